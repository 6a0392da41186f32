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
word, so its cost does not grow with the number of entries; each distinct word's key
and base forms are worked out once and remembered, and only the words that have a base
form are tried as the start of an entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import compress, repeat
from operator import attrgetter, contains, itemgetter
from dataclasses import dataclass
from pathlib import Path

from framing.data import DATA_DIR
from framing.errors import SettingsError, read_settings_file
from framing.text.remembered import Remembered
from framing.text.segment import WORD_RE
from framing.text.spans import Span
from framing.text.word_table import word_table


_VOWELS = set("aeiou")
_MAX_WORDS = 200_000  # distinct words a Lexicon remembers; it starts afresh beyond (flat memory)
_NONE: frozenset[str] = frozenset()
# How each category's terms inflect: modifiers only take -ly, speech verbs only
# take verb endings, nouns/adjectives/verbs of judgement take all of them.
_INFLECTIONS = {"intensifier": "adverb", "hedge": "adverb", "stance_verb": "verb"}
# "none": a word matches only as written (the words of a .dic file, as LIWC reads them)


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon entry. ``term`` is as written in the file, lower-cased."""

    term: str
    category: str
    weight: float
    keys: tuple[str, ...]  # base form of each word of the term; "econom*" a prefix
    hyphens: tuple[bool, ...] = ()  # True where the term joins two words with a hyphen
    inflection: str = ""  # "" inflects as its category does; "none" matches as written


@dataclass(frozen=True, slots=True)
class Match:
    start: int  # character offsets into the text
    end: int
    entry: Entry


def read_entries(path: Path, categories: Iterable[str]) -> list[Entry]:
    """Entries of one lexicon file, TSV or, for a ``.dic`` name, LIWC-style (see
    ``read_dic``); a bad line is a SettingsError naming file and line."""
    known = tuple(categories)
    if path.suffix.lower() == ".dic":
        return read_dic(path, known)
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


def read_dic(path: Path, categories: tuple[str, ...]) -> list[Entry]:
    """Entries of a LIWC-style dictionary: a header between two lines holding only "%",
    each header line ``number<TAB>category name``, then ``word<TAB>number[<TAB>number…]``
    lines (spaces also separate). A word ending in "*" matches every word starting with
    what comes before it ("econom*": "economy", "economic"); other words match only as
    written, in any case. A word listed under several categories counts under the first.
    A category name must be one of ``categories``."""
    lines = read_settings_file(path, "lexicon file").splitlines()
    numbered = [(n, line.strip()) for n, line in enumerate(lines, start=1) if line.strip()]
    if not numbered or numbered[0][1] != "%":
        where = f"{path}:{numbered[0][0] if numbered else 1}"
        raise SettingsError(f"{where}: a .dic file starts with a line holding only '%'")
    names: dict[str, str] = {}
    body = None
    for index, (number, line) in enumerate(numbered[1:], start=1):
        where = f"{path}:{number}"
        if line == "%":
            body = numbered[index + 1:]
            break
        fields = line.split()
        if len(fields) != 2 or not fields[0].isdigit():
            raise SettingsError(f"{where}: expected 'number<TAB>category' in the header")
        if fields[1] not in categories:
            raise SettingsError(f"{where}: unknown category {fields[1]!r} (declare it in "
                                f"[[loaded_language.user_categories]] or use one of "
                                f"{', '.join(categories)})")
        if fields[0] in names:
            raise SettingsError(f"{where}: category number {fields[0]} is used twice")
        names[fields[0]] = fields[1]
    if body is None:
        raise SettingsError(f"{path}:{numbered[-1][0]}: the category header has no closing '%'")
    entries = []
    for number, line in body:
        where = f"{path}:{number}"
        word, *numbers = line.split()
        if not numbers:
            raise SettingsError(f"{where}: expected 'word<TAB>category number…'")
        unknown = [n for n in numbers if n not in names]
        if unknown:
            raise SettingsError(f"{where}: category number {unknown[0]!r} is not in the header")
        term = word.lower()
        stem = term[:-1] if term.endswith("*") else term
        if not stem or not words_of(stem) or "*" in stem:
            raise SettingsError(f"{where}: {word!r} is not a word or a word ending in '*'")
        keys = tuple(key(w) for w in words_of(stem))
        if term.endswith("*"):
            keys = (*keys[:-1], keys[-1] + "*")
        # one match counts in one category: the first the word lists
        entries.append(Entry(term, names[numbers[0]], 1.0, keys, _hyphens(stem), "none"))
    return entries


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
    A form is made only where English makes it, since a form that is a word of another
    language would match there (German "brutaler", "brutales"): "-es" only after a
    hissing sound or "o" ("bosses", "heroes"); "-er" and "-est" only on words that compare
    that way (one syllable, or two ending in -y, -le, -ow or -er: "vile", "angry",
    "narrow"), "-er" also as an agent noun on a word that ends like a verb, not like an
    adjective ("attacker", "demonizer"; no "brutaler", "hostiler")."""
    result = {word}
    if len(word) < 3 or not word.isalpha():
        return result
    consonant_y = word.endswith("y") and word[-2] not in _VOWELS
    stem = word[:-1] if word.endswith("e") else word
    doubles = (word[-1] not in _VOWELS | set("wxy") and word[-2] in _VOWELS
               and word[-3] not in _VOWELS  # slam -> slammed, mad -> madder
               and not word.endswith(("er", "en", "on", "or", "om")))  # no "slaughterred"
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
        result |= {word + "s", stem + "ed", stem + "ing"}
        if word.endswith(("s", "x", "z", "ch", "sh", "o")):
            result.add(word + "es")
        if consonant_y:
            result |= {word[:-1] + "ies", word[:-1] + "ied"}
        if word.endswith("ie"):
            result.add(word[:-2] + "ying")  # lie -> lying
        if word.endswith("ic"):
            result |= {word + "ked", word + "king"}  # panic -> panicked
        if doubles:
            result |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    if inflection == "all":
        result.add(word[:-1] + "iness" if consonant_y else word + "ness")
        endings = (("er", "est") if _compares(word)
                   else ("er",) if not word.endswith(_ADJECTIVE_ENDINGS) else ())
        for ending in endings:
            result.add(word[:-1] + "i" + ending if consonant_y
                       else word + word[-1] + ending if doubles and _syllables(word) == 1
                       else stem + ending)
    return result


# endings of adjectives, which compare with "more" and make no agent noun in -er
_ADJECTIVE_ENDINGS = ("al", "ic", "ous", "ful", "ive", "ent", "ant", "ible", "able", "less",
                      "ish", "ed", "ing", "ary", "ory", "ile", "ine", "id", "ist", "an", "ese")


def _syllables(word: str) -> int:
    """Vowel groups, a silent final "e" not counted ("vile" 1, "angry" 2, "simple" 2)."""
    groups = len(re.findall(r"[aeiouy]+", word))
    if word.endswith("e") and not word.endswith(("le", "ee")) and groups > 1:
        groups -= 1
    return groups


def _compares(word: str) -> bool:
    """Does an adjective take "-er" and "-est" ("vile", "angry", "simple", "narrow")?"""
    syllables = _syllables(word)
    return syllables == 1 or (syllables == 2 and word.endswith(("y", "le", "ow", "er")))


class Lexicon:
    """All entries of a run, compiled for matching in one pass over the words."""

    def __init__(self, entries: Sequence[Entry]):
        by_keys: dict[tuple[str, ...], Entry] = {}
        for entry in entries:
            by_keys[entry.keys] = entry  # a later entry (a user's) overrides an earlier one
        self.entries = tuple(by_keys.values())
        self._order = {c: n for n, c in enumerate(dict.fromkeys(e.category for e in entries))}
        self._bases: dict[str, set[str]] = {}
        self._prefixes: set[str] = set()  # wildcard words, "econom*" as "econom"
        self._starts: dict[str, list[Entry]] = {}
        for entry in self.entries:
            inflection = entry.inflection or _INFLECTIONS.get(entry.category, "all")
            for word in entry.keys:
                if word.endswith("*"):
                    self._prefixes.add(word[:-1])
                    continue
                for form in forms(word, inflection):
                    self._bases.setdefault(form, set()).add(word)
            self._starts.setdefault(entry.keys[0], []).append(entry)
        for starting in self._starts.values():
            starting.sort(key=lambda e: -len(e.keys))  # longest phrase first
        # each word seen so far → (its key, the base forms it may stand for, the entries
        # starting with one of those, per base, and those entries' second words unless
        # one is a single word): worked out once per distinct word, on its first look-up
        self._words = Remembered(self._look_up, _MAX_WORDS)

    def __len__(self) -> int:
        return len(self.entries)

    def state(self) -> tuple:
        """The compiled matcher as plain values (``marshal`` can keep them:
        framing.data.cached_for); ``from_state`` makes the same matcher again."""
        index = {id(entry): n for n, entry in enumerate(self.entries)}
        return (tuple((e.term, e.category, e.weight, e.keys, e.hyphens, e.inflection)
                      for e in self.entries),
                self._order, self._bases, self._prefixes,
                {word: [index[id(e)] for e in entries] for word, entries in self._starts.items()})

    @classmethod
    def from_state(cls, state: tuple) -> Lexicon:
        """The matcher ``state()`` describes, without compiling its entries again."""
        entries, order, bases, prefixes, starts = state
        lexicon = cls.__new__(cls)
        lexicon.entries = tuple(Entry(*fields) for fields in entries)
        lexicon._order, lexicon._bases, lexicon._prefixes = order, bases, prefixes
        lexicon._starts = {word: [lexicon.entries[n] for n in numbers]
                           for word, numbers in starts.items()}
        lexicon._words = Remembered(lexicon._look_up, _MAX_WORDS)
        return lexicon

    def match(self, text: str, tokens: Sequence[Span]) -> list[Match]:
        """Non-overlapping matches over ``tokens`` (sub-words of ``text``, see
        ``tokens``), left to right, the longest entry winning at each position."""
        looked_up = list(map(self._words.__getitem__, map(_TEXT, tokens)))
        count = len(tokens)
        found: list[Match] = []
        i = 0
        # only a word with a base form that starts an entry can start a match
        for start in compress(range(count), map(_STARTING, looked_up)):
            if start < i:
                continue  # inside the last match
            seconds = looked_up[start][3]
            if seconds is not None and (start + 1 == count
                                        or seconds.isdisjoint(looked_up[start + 1][1])):
                continue  # only phrases start here, and no second word of one follows
            i = start
            candidates = []
            for entries in looked_up[i][2]:
                for entry in entries:
                    keys = entry.keys
                    n = len(keys)
                    if n > 1 and (i + n > count or keys[1] not in looked_up[i + 1][1]):
                        continue  # the usual miss, told by the second word alone
                    if all(keys[j] in looked_up[i + j][1]
                           and (not entry.hyphens[j - 1] or text[tokens[i + j].start - 1] == "-")
                           for j in range(1, n)) and (
                            entry.inflection != "none" or all(
                                k.endswith("*") or k == looked_up[i + j][0]
                                for j, k in enumerate(keys))):
                        candidates.append(entry)
                        break
            if not candidates:
                continue
            # the longest entry wins, then the one written as the text has it ("alleged"
            # over "allege"), then the first in category order, for a stable choice
            best = max(candidates, key=lambda e: (
                len(e.keys), sum(k == looked_up[i + j][0] for j, k in enumerate(e.keys)),
                -self._order[e.category], e.term))
            last = i + len(best.keys) - 1
            found.append(Match(tokens[i].start, tokens[last].end, best))
            i = last + 1
        return found

    def _look_up(self, word: str) -> tuple[str, frozenset[str] | set[str], tuple[list[Entry], ...],
                                            frozenset[str] | None]:
        """(key, base forms, entries starting with each base form, the second words of
        those entries or None when one of them is a single word) of ``word``, worked
        out on its first use (``self._words`` keeps it)."""
        exact = key(word)
        bases = self._bases.get(exact, _NONE)
        if self._prefixes:
            bases = bases | {exact[:n] + "*" for n in range(1, len(exact) + 1)
                             if exact[:n] in self._prefixes}
        starting = tuple(self._starts[base] for base in bases if base in self._starts)
        entries = [entry for starting_one in starting for entry in starting_one]
        seconds = (None if any(len(entry.keys) == 1 for entry in entries)
                   else frozenset(entry.keys[1] for entry in entries))
        return exact, bases, starting, seconds


def subwords(text: str, words: Sequence[Span]) -> list[Span]:
    """The article's words with hyphenated words split in parts, so that a
    lexicon's "witch hunt" also finds "witch-hunt" (see ``words_of``). Only the
    hyphenated words are visited (found from the article's shared word table); the
    runs between them are copied whole."""
    texts = word_table(words).texts
    result: list[Span] = []
    copied = 0
    for k in compress(range(len(texts)), map(contains, texts, repeat("-"))):
        result.extend(words[copied:k])
        offset = words[k].start
        for part in texts[k].split("-"):
            if part:
                result.append(Span.of(text, offset, offset + len(part)))
            offset += len(part) + 1
        copied = k + 1
    result.extend(words[copied:])
    return result


_TEXT = attrgetter("text")
_STARTING = itemgetter(2)  # of a looked-up word: the entries starting with its base forms


def builtin_files() -> list[Path]:
    """The lexicons shipped with framing, in a stable order."""
    return sorted(DATA_DIR.glob("loaded_*.tsv"))
