"""Term lexicons: reading them from TSV files and matching them in a text.

A lexicon file holds one entry a line, ``term or phrase<TAB>category[<TAB>weight]``;
blank lines and lines starting with ``#`` are skipped, and so is anything after a
``#`` that follows white space. Terms are written in their base form and matched
case-insensitively, with their inflected forms (see ``forms``). A term written with
spaces also finds its hyphenated form ("witch hunt" finds "witch-hunts"); a hyphenated
term finds only hyphenated text ("so-called" does not find "is so called because").
When two entries match at one place, the longer wins, then the one whose words stand
in the text as written ("alleged" over "allege").

All entries of a run are compiled into one ``Lexicon``: a dict from each known word
form to its base forms, and a dict from each entry's first base form to the entries
starting with it. Matching walks the article's words once, with a dict look-up per
word, so its cost does not grow with the number of entries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from framing.data import DATA_DIR
from framing.errors import SettingsError, read_settings_file
from framing.text.segment import WORD_RE
from framing.text.spans import Span


_VOWELS = set("aeiou")
_NONE: frozenset[str] = frozenset()
# How each category's terms inflect: modifiers only take -ly, speech verbs only
# take verb endings, nouns/adjectives/verbs of judgement take all of them.
_INFLECTIONS = {"intensifier": "adverb", "hedge": "adverb", "stance_verb": "verb"}


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon entry. ``term`` is as written in the file, lower-cased."""

    term: str
    category: str
    weight: float
    keys: tuple[str, ...]  # base form of each word of the term
    hyphens: tuple[bool, ...] = ()  # True where the term joins two words with a hyphen


@dataclass(frozen=True, slots=True)
class Match:
    start: int  # character offsets into the text
    end: int
    entry: Entry


def read_entries(path: Path, categories: Iterable[str]) -> list[Entry]:
    """Entries of one lexicon file; a bad line is a SettingsError naming file and line."""
    known = tuple(categories)
    lines = read_settings_file(path, "lexicon file").splitlines()
    entries = []
    for number, line in enumerate(lines, start=1):
        line = re.sub(r"(^|\s)#.*", "", line).strip()
        if not line:
            continue
        entries.append(_parse_line(line, known, f"{path}:{number}"))
    return entries


def _parse_line(line: str, categories: tuple[str, ...], where: str) -> Entry:
    fields = [f.strip() for f in line.split("\t")]
    if len(fields) not in (2, 3):
        raise SettingsError(f"{where}: expected 'term<TAB>category[<TAB>weight]', "
                            f"got {len(fields)} tab-separated field{'s' if len(fields) != 1 else ''}")
    term, category = " ".join(fields[0].lower().split()), fields[1]
    keys = tuple(key(w) for w in words_of(term))
    hyphens = _hyphens(term)
    if not keys:
        raise SettingsError(f"{where}: the term has no words (letters or digits)")
    if category not in categories:
        raise SettingsError(f"{where}: unknown category {category!r} "
                            f"(expected one of {', '.join(categories)})")
    weight = 1.0
    if len(fields) == 3:
        try:
            weight = float(fields[2])
        except ValueError:
            raise SettingsError(f"{where}: weight {fields[2]!r} is not a number") from None
        if not 0 <= weight <= 10:
            raise SettingsError(f"{where}: weight {weight:g} is outside 0 to 10")
    return Entry(term, category, weight, keys, hyphens)


def _hyphens(term: str) -> tuple[bool, ...]:
    """For each break between the words of a term (as ``words_of`` splits it): is it a hyphen?"""
    joints: list[bool] = []
    for m in WORD_RE.finditer(term):
        parts = [p for p in m.group().split("-") if p]
        joints += [False] + [True] * (len(parts) - 1) if parts else []
    return tuple(joints[1:])


def words_of(text: str) -> list[str]:
    """The words of a term, hyphenated words split in parts. A term written with
    spaces also matches hyphenated text ("witch hunt": "witch-hunt"), but a
    hyphenated term only hyphenated text ("cover-up" is not "cover up")."""
    return [part for m in WORD_RE.finditer(text) for part in m.group().split("-") if part]


def key(word: str) -> str:
    """Lower case, curly apostrophe folded, possessive ending dropped."""
    word = word.lower().replace("’", "'")
    return word[:-2] if word.endswith("'s") else word


def forms(word: str, inflection: str = "all") -> set[str]:
    """Inflected forms of a base word: -ly adverbs for "adverb", verb endings for
    "verb", both and also plurals, comparatives, agent nouns and -ness nouns for "all".
    Over-generation is harmless: a form that is not an English word never occurs."""
    result = {word}
    if len(word) < 3 or not word.isalpha():
        return result
    consonant_y = word.endswith("y") and word[-2] not in _VOWELS
    stem = word[:-1] if word.endswith("e") else word
    doubles = (word[-1] not in _VOWELS | set("wxy") and word[-2] in _VOWELS
               and word[-3] not in _VOWELS)  # slam -> slammed, mad -> madder
    if inflection in ("all", "adverb"):
        if word.endswith("ic"):
            result.add(word + "ally")
        elif word.endswith("le"):
            result.add(word[:-1] + "y")  # terrible -> terribly
        elif consonant_y:
            result.add(word[:-1] + "ily")
        else:
            result.add(word + "ly")
    if inflection in ("all", "verb"):
        result |= {word + "s", word + "es", stem + "ed", stem + "ing"}
        if consonant_y:
            result |= {word[:-1] + "ies", word[:-1] + "ied"}
        if word.endswith("ie"):
            result.add(word[:-2] + "ying")  # lie -> lying
        if word.endswith("ic"):
            result |= {word + "ked", word + "king"}  # panic -> panicked
        if doubles:
            result |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    if inflection == "all":
        result |= ({word[:-1] + "ier", word[:-1] + "iest", word[:-1] + "iness"} if consonant_y
                   else {stem + "er", stem + "est", word + "ness"})
        if doubles:
            result |= {word + word[-1] + "er", word + word[-1] + "est"}
    return result


class Lexicon:
    """All entries of a run, compiled for matching in one pass over the words."""

    def __init__(self, entries: Sequence[Entry]):
        by_keys: dict[tuple[str, ...], Entry] = {}
        for entry in entries:
            by_keys[entry.keys] = entry  # a later entry (a user's) overrides an earlier one
        self.entries = tuple(by_keys.values())
        self._order = {c: n for n, c in enumerate(dict.fromkeys(e.category for e in entries))}
        self._bases: dict[str, set[str]] = {}
        self._starts: dict[str, list[Entry]] = {}
        for entry in self.entries:
            inflection = _INFLECTIONS.get(entry.category, "all")
            for word in entry.keys:
                for form in forms(word, inflection):
                    self._bases.setdefault(form, set()).add(word)
            self._starts.setdefault(entry.keys[0], []).append(entry)
        for starting in self._starts.values():
            starting.sort(key=lambda e: -len(e.keys))  # longest phrase first

    def __len__(self) -> int:
        return len(self.entries)

    def match(self, text: str, tokens: Sequence[Span]) -> list[Match]:
        """Non-overlapping matches over ``tokens`` (sub-words of ``text``, see
        ``tokens``), left to right, the longest entry winning at each position."""
        exact = [key(t.text) for t in tokens]
        bases = [self._bases.get(k, _NONE) for k in exact]
        found: list[Match] = []
        i = 0
        while i < len(tokens):
            candidates = []
            for base in bases[i]:
                for entry in self._starts.get(base, ()):
                    n = len(entry.keys)
                    if i + n <= len(tokens) and all(
                            entry.keys[j] in bases[i + j]
                            and (not entry.hyphens[j - 1] or text[tokens[i + j].start - 1] == "-")
                            for j in range(1, n)):
                        candidates.append(entry)
                        break
            if not candidates:
                i += 1
                continue
            # the longest entry wins, then the one written as the text has it ("alleged"
            # over "allege"), then the first in category order, for a stable choice
            best = max(candidates, key=lambda e: (
                len(e.keys), sum(k == exact[i + j] for j, k in enumerate(e.keys)),
                -self._order[e.category], e.term))
            last = i + len(best.keys) - 1
            found.append(Match(tokens[i].start, tokens[last].end, best))
            i = last + 1
        return found


def subwords(text: str, words: Iterable[Span]) -> list[Span]:
    """The article's words with hyphenated words split in parts, so that a
    lexicon's "witch hunt" also finds "witch-hunt" (see ``words_of``)."""
    result = []
    for word in words:
        if "-" not in word.text:
            result.append(word)
            continue
        offset = word.start
        for part in word.text.split("-"):
            if part:
                result.append(Span.of(text, offset, offset + len(part)))
            offset += len(part) + 1
    return result


def builtin_files() -> list[Path]:
    """The lexicons shipped with framing, in a stable order."""
    return sorted(DATA_DIR.glob("loaded_*.tsv"))
