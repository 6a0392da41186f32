"""Places in an article's text: where things happen.

A capitalised name is a place when its last word is a place noun ("Marlow Street", "the Gen.
Harlan Bridge"; data/facts_place_nouns.txt), when a country or capital from the gazetteer
(framing.attribution.gazetteer) follows a preposition ("talks in Moscow"), when a name of one
to three words follows a locative preposition ("in Harrowgate", "near Eastbank") and is no
organisation, title, month or weekday, or when a paragraph opens with a dateline in capitals
("HARROWGATE —"). A country or capital standing as a speaker ("Moscow said") is an actor, not a
place, and is left to the actors' side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from framing.attribution.gazetteer import government_name
from framing.attribution.grammar import MONTH_ABBREVIATIONS, MONTH_NAMES, NOT_NAMES
from framing.attribution.source_types import organisation_words, title_words
from framing.data import word_list

_TOKEN = r"(?:(?:St|Ste|Gen|Mt|Ft|Pt)\.|[A-Z][\w’'-]*)"
NAME = re.compile(rf"(?<![\w’'-]){_TOKEN}(?:[ ]{_TOKEN})*")
DATELINE = re.compile(r"([A-Z][A-Z’'.-]+(?: [A-Z][A-Z’'.-]+)*)(?=,|\s+[—–-]\s)")
BEFORE = 60  # characters looked back at for the preposition before a name
_POSSESSIVE = re.compile(r"[’']s?$")
# A name right after one of these (or after it and "the") is a place if it is nothing else.
LOCATIVE = frozenset("in at near outside inside across throughout around within beside behind".split())
PREPOSITIONS = LOCATIVE | frozenset("""on to from into onto over under through via off past
along toward towards between""".split())
_MONTHS = MONTH_ABBREVIATIONS | MONTH_NAMES


@dataclass(frozen=True)
class PlaceFound:
    start: int
    end: int
    key: tuple[str, ...]  # the name's words in lower case, for matching ("gen", "harlan", "bridge")


def find_places(text: str, start: int, end: int, *, opens_paragraph: bool) -> list[PlaceFound]:
    """The places named in ``text[start:end]`` (one sentence); a dateline counts only
    when the sentence ``opens_paragraph``."""
    found = []
    if opens_paragraph:
        m = DATELINE.match(text, start, end)
        if m and len(m.group(1)) >= 3:
            found.append(PlaceFound(m.start(1), m.end(1), key_of(m.group(1).split())))
    for m in NAME.finditer(text, start, end):
        if found and m.start() < found[-1].end:
            continue
        place = _place(text, start, m)
        if place:
            found.append(place)
    return found


def _place(text: str, sentence_start: int, m: re.Match[str]) -> PlaceFound | None:
    words = m.group().split(" ")
    first = m.start()
    preposition = _preposition(text[max(sentence_start, first - BEFORE):first])
    while words and (words[0].lower() in NOT_NAMES or words[0].lower() in PREPOSITIONS):
        if words[0].lower() in PREPOSITIONS:
            preposition = words[0].lower()
        first += len(words[0]) + 1
        words = words[1:]
    if not words:
        return None
    last = _POSSESSIVE.sub("", words[-1])
    if not last:
        return None
    end = first + len(" ".join(words[:-1])) + (1 if len(words) > 1 else 0) + len(last)
    lower = last.lower()
    if lower in word_list("facts_place_nouns.txt"):
        if len(words) < 2:
            return None  # "the Bridge" alone names no particular place
    elif preposition is None:
        return None
    elif government_name(words) is None and not _plain_place(words, preposition):
        return None
    return PlaceFound(first, end, key_of(words))


def _plain_place(words: list[str], preposition: str) -> bool:
    """A short name after a locative preposition that is nothing but a place."""
    if preposition not in LOCATIVE or len(words) > 3:
        return False
    lower = [_POSSESSIVE.sub("", w).rstrip(".").lower() for w in words]
    return not (lower[-1] in organisation_words() or lower[0] in title_words()
                or any(w in _MONTHS or w in NOT_NAMES for w in lower))


def _preposition(before: str) -> str | None:
    """The preposition right before a name, "the" and up to two lower-case words between
    ("over the already clogged Gen. Harlan Bridge")."""
    words = before.split()[-4:]
    for k in range(len(words) - 1, -1, -1):
        word = words[k].lower()
        if word in PREPOSITIONS:
            between = words[k + 1:]
            if not between or (between[0].lower() == "the" and len(between) <= 3
                               and all(w.islower() for w in between)):
                return word
            return None
        if not words[k].islower():
            return None
    return None


def same_place(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether two place keys (``key_of``) name one place: the same words, or the shorter
    the last two or more words of the longer ("Harlan Bridge", "Gen. Harlan Bridge")."""
    short, long = sorted((one, other), key=len)
    return short == long or (len(short) >= 2 and long[-len(short):] == short)


def key_of(words: list[str]) -> tuple[str, ...]:
    """A place name's words for matching: lower case, without "the", a possessive or full stops."""
    key = [_POSSESSIVE.sub("", w).replace(".", "").lower() for w in words]
    while key and key[0] == "the":
        key = key[1:]
    return tuple(w for w in key if w)
