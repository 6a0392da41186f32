"""pysbd's abbreviation step, with the same output and less regular-expression work.

pysbd (0.3.4) marks the period of an abbreviation ("Gen.", "St.", "e.g.") so that it is
not taken for a sentence end. For every abbreviation of its list that occurs in a chunk
as a substring (short ones such as "is", "al", "me" and "no" occur in nearly every
chunk), it finds each occurrence after a space and, for each, builds and runs a regular
expression that replaces "ABBR." by "ABBR∯" over the whole chunk. Those patterns are
built from the text matched, so there are thousands of them; they overflow the ``re``
module's cache of 512 and are compiled again and again (about a quarter of framing's
sentence splitting).

``AbbreviationReplacer`` below keeps pysbd's steps and their order and changes two
things only, neither of which can change a result:

- the patterns are compiled once each and kept (``_pattern``);
- a replacement is skipped when it cannot match: each pattern replaces a period that
  directly follows the matched text (case-sensitively, in the three replacement rules)
  after a space or the chunk's start, so when the matched text followed by "." is not
  in the chunk the replacement would return the chunk unchanged. For an abbreviation
  without a period, in a chunk where ignoring case can only match its own letters
  (``_FOLDING_TO_ASCII``), that test is made once for all its occurrences, before
  pysbd's search:
  the abbreviation must be one of the chunk's words (letters after a space or at the
  start) that a period follows, found by one search of the chunk. Replacements only
  ever turn "." into "∯", so a word that no period follows at first has none later.

``framing.text.segment`` uses ``Processor``, pysbd's processor with this replacer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pysbd.lang.english import English
from pysbd.processor import Processor as _PysbdProcessor
from pysbd.utils import Text

# The only letters beyond A-Z and a-z that re.IGNORECASE matches to them (the re
# module's documentation): in a chunk without them, what matches an abbreviation is
# the abbreviation's own letters, in either case.
_FOLDING_TO_ASCII = "\u0130\u0131\u017f\u212a"  # İ ı ſ K (Kelvin sign)
_DOTTED_WORD_RE = re.compile(r"(?<!\S)([A-Za-z]+)\.")
_PATTERNS: dict[tuple[str, int], re.Pattern[str]] = {}


def _pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, compiled once per process."""
    key = (source, flags)
    compiled = _PATTERNS.get(key)
    if compiled is None:
        compiled = _PATTERNS[key] = re.compile(source, flags)
    return compiled


@lru_cache(maxsize=4)
def _stripped(lang) -> tuple[str, ...]:
    """The language's abbreviations as pysbd matches them (stripped), in its order."""
    return tuple(abbr.strip() for abbr in lang.Abbreviation.ABBREVIATIONS)


class AbbreviationReplacer(English.AbbreviationReplacer):
    """pysbd's English abbreviation replacer, results unchanged (see the module docstring)."""

    def replace(self):
        self.text = Text(self.text).apply(
            self.lang.PossessiveAbbreviationRule,
            self.lang.KommanditgesellschaftRule,
            *self.lang.SingleLetterAbbreviationRules.All
        )
        self.text = "".join(self.search_for_abbreviations_in_string(line)
                            for line in self.text.splitlines(True))
        self.replace_multi_period_abbreviations()
        self.text = Text(self.text).apply(*self.lang.AmPmRules.All)
        self.text = self.replace_abbreviation_as_sentence_boundary()
        return self.text

    def search_for_abbreviations_in_string(self, text):
        lowered = text.lower()
        abbreviations = _stripped(self.lang)
        if not any(c in text for c in _FOLDING_TO_ASCII):
            dotted = {w.lower() for w in _DOTTED_WORD_RE.findall(text)}
            abbreviations = [a for a in abbreviations if a in dotted or "." in a]
        for stripped in abbreviations:
            if stripped not in lowered:
                continue
            abbrev_match = _pattern(r"(?:^|\s|\r|\n){}".format(stripped),
                                    re.IGNORECASE).findall(text)
            if not abbrev_match:
                continue
            next_word_start = r"(?<={" + str(re.escape(stripped)) + "} ).{1}"
            char_array = _pattern(next_word_start).findall(text)
            for ind, match in enumerate(abbrev_match):
                text = self.scan_for_replacements(text, match, ind, char_array)
        return text

    def scan_for_replacements(self, txt, am, ind, char_array):
        abbr = am.strip()
        if abbr + "." not in txt:
            return txt  # each replacement below needs abbr directly before a period
        char = char_array[ind] if ind < len(char_array) else ""
        lowered = abbr.lower()
        prepositive = lowered in self.lang.Abbreviation.PREPOSITIVE_ABBREVIATIONS
        if not str(char).isupper() or prepositive:
            if prepositive:
                pattern = r"(?<=\s{abbr})\.(?=(\s|:\d+))".format(abbr=abbr)
            elif lowered in self.lang.Abbreviation.NUMBER_ABBREVIATIONS:
                pattern = r"(?<=\s{abbr})\.(?=(\s\d|\s+\())".format(abbr=abbr)
            else:
                pattern = (r"(?<=\s{abbr})\.(?=((\.|\:|-|\?|,)|(\s([a-z]|I\s|I'm|I'll|\d|\())))"
                           .format(abbr=re.escape(abbr)))
            # pysbd puts a space in front so that the look-behind can match at the start.
            txt = _pattern(pattern).sub("∯", " " + txt)[1:]
        return txt


class Processor(_PysbdProcessor):
    """pysbd's processor with the replacer above."""

    def abbreviations_replacer(self):
        return AbbreviationReplacer(self.text, self.lang)
