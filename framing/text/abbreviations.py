"""pysbd's abbreviation step, run by pysbd's own code on a shorter list.

pysbd (0.3.4) marks the period of an abbreviation ("Gen.", "St.", "e.g.") so that it is
not taken for a sentence end. For each line it walks its whole list of abbreviations and,
for every one that occurs in the line as a substring (short ones such as "is", "al", "me"
and "no" occur in nearly every line), searches the line and builds regular expressions
from what it found. Those patterns overflow the ``re`` module's cache, so most are compiled
again and again: about a quarter of framing's sentence splitting.

Every replacement pysbd makes for an abbreviation written without a period turns the
period right after that abbreviation, standing as a word of its own (after white space
or at the line's start), into its marker. So an abbreviation that no line word followed
by a period spells (ignoring case) can change nothing, and leaving it out of the walk
leaves the result as it was. ``AbbreviationReplacer`` finds the line's words followed by
a period with one search and hands pysbd's own method the abbreviations that remain
(all of those written with a period inside, "e.g", "u.s", are kept), in pysbd's order.
Where the line holds a character that case-insensitive matching folds into an ASCII
letter (İ ı ſ K), the full list is walked, as pysbd does.

``framing.text.segment`` uses ``Processor`` (pysbd's processor with this replacer) for
the chunks that framing.text.splitter leaves to pysbd. Tests compare its sentences with
pysbd's (tests/test_segment.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pysbd.lang.english import English
from pysbd.processor import Processor as _PysbdProcessor

# The only letters beyond A-Z and a-z that re.IGNORECASE matches to them (the re module's
# documentation); without them, what matches an abbreviation is its own letters.
_FOLDING_TO_ASCII = "\u0130\u0131\u017f\u212a"  # İ ı ſ K (Kelvin sign)
_DOTTED_WORD_RE = re.compile(r"(?<!\S)([A-Za-z]+)\.")


class _Abbreviations:
    """A language's abbreviation lists with ``ABBREVIATIONS`` cut down to ``kept``."""

    def __init__(self, lists: type, kept: list[str]):
        self._lists = lists
        self.ABBREVIATIONS = kept

    def __getattr__(self, name: str):
        return getattr(self._lists, name)


class _Language:
    """A language that pysbd's replacer reads like the original, but for its shorter list."""

    def __init__(self, lang: type, kept: list[str]):
        self._lang = lang
        self.Abbreviation = _Abbreviations(lang.Abbreviation, kept)

    def __getattr__(self, name: str):
        return getattr(self._lang, name)


@lru_cache(maxsize=4)
def _listed(lang: type) -> tuple[tuple[str, str], ...]:
    """The language's abbreviations, each with its form as pysbd matches it (stripped)."""
    return tuple((abbreviation, abbreviation.strip())
                 for abbreviation in lang.Abbreviation.ABBREVIATIONS)


class AbbreviationReplacer(English.AbbreviationReplacer):
    """pysbd's English abbreviation replacer, its results unchanged (see the module
    docstring): each line is searched for the abbreviations that can match it only."""

    def search_for_abbreviations_in_string(self, text):
        if any(c in text for c in _FOLDING_TO_ASCII):
            return super().search_for_abbreviations_in_string(text)
        dotted = {word.lower() for word in _DOTTED_WORD_RE.findall(text)}
        lang = self.lang
        kept = [full for full, stripped in _listed(lang) if stripped in dotted or "." in stripped]
        self.lang = _Language(lang, kept)
        try:
            return super().search_for_abbreviations_in_string(text)
        finally:
            self.lang = lang


class Processor(_PysbdProcessor):
    """pysbd's processor with the replacer above."""

    def abbreviations_replacer(self):
        return AbbreviationReplacer(self.text, self.lang)
