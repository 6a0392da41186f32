"""Figures in an article's text: counts with the noun they count ("11,000 vehicles", "three
children"), money ("$4.2 million", "4.2 million dollars", "$4.2M"), percentages ("58 percent"),
ranges ("four to six minutes") and vote tallies ("a 7-4 vote", "by a vote of seven to four").

Rules, not a model: a number is digits (with thousands commas and decimals) or English number
words up to ninety-nine, with an optional scale word ("million") or suffix ("M", "bn"). Two
numbers joined by "to" or a dash are a tally when a vote is named next to them, else a range.
A number glued to a capitalised word ("Line 3", "Route 66") names a thing and is left out, and so
is a spelled number that counts nothing ("one of the most…"): those are words, not figures.
The counted noun is the first plural word among the (at most three) words after the number, or
the word of a compound ("a six-week consultation" counts weeks); "41 of its 64 members" counts
members both times.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from framing.attribution.grammar import CLAUSE_WORDS, DETERMINERS, MONTH_ABBREVIATIONS, NOT_NAMES
from framing.data import data_rows

_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_VALUES = {w: n for n, w in enumerate(_SMALL)} | {w: 20 + 10 * n for n, w in enumerate(_TENS)}
_WORDS = (r"(?:(?:" + "|".join(_TENS) + r")(?:-(?:" + "|".join(_SMALL[1:10]) + r"))?|"
          + "|".join(sorted(_SMALL, key=len, reverse=True)) + r"|dozen)")
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "k": 1_000, "m": 1_000_000, "bn": 1_000_000_000}
CURRENCIES = {"$": "$", "us$": "$", "£": "£", "€": "€", "dollars": "$", "pounds": "£", "euros": "€"}

NUMBER = re.compile(
    r"(?<![\w.,$£€])(?<![A-Za-z]-)(?P<currency>US\$|\$|£|€)?\s?"
    r"(?P<amount>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:\.\d+)?(?![\d,.]\d)|(?i:" + _WORDS + r")\b)"
    r"(?:\s+(?P<scale>(?i:hundred|thousand|million|billion|trillion))\b|(?P<short>bn|m|M|k|K)\b)?"
    r"(?P<percent>\s?%|\s+percent\b|\s+per\s+cent\b)?"
    r"(?:\s+(?P<after>dollars|pounds|euros)\b)?")
_JOIN = re.compile(r"\s*(?:-|–|—|to)\s*$|\s+and\s+$")
_VOTE_BEFORE = re.compile(r"(?i)\bvot(?:e|ed|es|ing)(?:\s+of)?\s*$|\bby\s+a\s+(?:vote|margin)\s+of\s*$")
_VOTE_AFTER = re.compile(r"(?i)^[\s-]*(?:vote|votes|decision|majority|ruling|verdict|split|margin)\b")
_APPROX = re.compile(r"(?i)\b(about|around|roughly|approximately|nearly|almost|some|more than|"
                     r"over|less than|fewer than|under|at least|at most|up to|as many as|"
                     r"as much as|close to|an estimated|just over|just under)\s+$")
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*|[^\sA-Za-z]")
_COMPOUND = re.compile(r"-([a-z]+)(?:-old)?\b")
_IRREGULAR = frozenset("people children men women police staff cattle feet teeth mice geese "
                       "personnel".split())
_NOT_PLURAL = frozenset("""is was has does its his hers ours yours theirs as us yes less across
always perhaps plus minus thus thanks whereas this news series species means lens bus gas""".split())
_STOP = (DETERMINERS | CLAUSE_WORDS | frozenset("""of to in on at for by with from into onto over
under about around per than more less fewer is are was were be been has have had will would can
could should may might must do does did not who whom which what it them they he she we you i
percent cent""".split())) - {"other"}
_OF = frozenset("its the their our his her these those whose your my".split())
BEFORE = 40  # characters looked back at for a qualifier, a vote or a name before a number
_BOUNDS = {"up to": "high", "at most": "high", "as many as": "high", "as much as": "high"}


def bound_of(approx: str | None) -> str | None:
    """"high" when the qualifier ``approx`` makes a figure an upper bound ("up to")."""
    return _BOUNDS.get(approx or "")


@dataclass(frozen=True)
class Figure:
    """One figure as found: where it is, what it is worth and what it counts."""

    start: int  # offsets into the text searched (the qualifier and counted noun included)
    end: int
    value: int | float | str | tuple[int | float, int | float]  # a tally is "7-4"; a range (low, high)
    unit: str | None  # "$", "£", "€", "%", "vote" or None for a plain count
    counts: str | None  # the words counted ("vehicle crossings"), None when unknown
    approx: str | None  # "about", "up to"… as written before the figure, lower case

    @property
    def bound(self) -> str | None:
        """"high" when the figure is an upper bound ("up to six minutes")."""
        return bound_of(self.approx)


@dataclass(frozen=True)
class _Number:
    start: int
    end: int
    value: int | float
    unit: str | None
    spelled: bool
    scaled: bool


def find_figures(text: str, start: int, end: int, skip: list[tuple[int, int]]) -> list[Figure]:
    """The figures in ``text[start:end]`` (one sentence), leaving out numbers inside the
    ``skip`` ranges (dates found before)."""
    numbers = [n for n in _numbers(text, start, end)
               if not any(a < n.end and n.start < b for a, b in skip)]
    figures: list[Figure] = []
    k = 0
    while k < len(numbers):
        first = numbers[k]
        second = numbers[k + 1] if k + 1 < len(numbers) else None
        if second and _JOIN.match(text[first.end:second.start]) and (
                " and " not in text[first.end:second.start]
                or _before(text, start, first.start).rstrip().lower().endswith("between")):
            figures.append(_pair(text, start, end, first, second))
            k += 2
            continue
        figure = _single(text, start, end, first, numbers[k + 1:])
        if figure:
            figures.append(figure)
        k += 1
    return figures


def _numbers(text: str, start: int, end: int) -> list[_Number]:
    found = []
    for m in NUMBER.finditer(text, start, end):
        amount = m.group("amount")
        spelled = amount[0].isalpha()
        if spelled:
            value: int | float = _word_value(amount.lower())
        else:
            value = float(amount.replace(",", ""))
            before = _before(text, start, m.start()).split()
            if before and before[-1][:1].isupper() and before[-1][-1:].isalpha() \
                    and before[-1].lower() not in NOT_NAMES \
                    and text[m.start() - 1] == " " and not m.group("currency") \
                    and before[-1].rstrip(".").lower() not in MONTH_ABBREVIATIONS:
                continue  # "Line 3", "Route 66": a number that is part of a name
        scale = (m.group("scale") or m.group("short") or "").lower()
        if m.group("short") and not (m.group("currency") or m.group("after")):
            continue  # "5m" without a currency may be metres
        value = _tidy(value * SCALES.get(scale, 1))
        currency = m.group("currency") or m.group("after")
        unit = "%" if m.group("percent") else CURRENCIES.get((currency or "").lower())
        found.append(_Number(m.start(), m.end(), value, unit, spelled, bool(scale)))
    return found


def _before(text: str, start: int, at: int) -> str:
    """The few words before ``at`` (not before ``start``): enough for "by a vote of" or
    "as many as", and a bounded look back however long the sentence."""
    return text[max(start, at - BEFORE):at]


def _word_value(word: str) -> int:
    if word == "dozen":
        return 12
    tens, _, unit = word.partition("-")
    return WORD_VALUES[tens] + (WORD_VALUES[unit] if unit else 0)


def _tidy(value: float) -> int | float:
    value = round(value, 6)
    return int(value) if value == int(value) else value


def _pair(text: str, start: int, end: int, first: _Number, second: _Number) -> Figure:
    before = _before(text, start, first.start)
    after = text[second.end:end]
    is_tally = (first.unit is None and second.unit is None and not first.scaled
                and not second.scaled and (_VOTE_BEFORE.search(before) or _VOTE_AFTER.match(after)))
    if is_tally:
        value = f"{first.value}-{second.value}"
        return Figure(first.start, second.end, value, "vote", None, None)
    unit = first.unit or second.unit
    low = first.value
    if not first.scaled and second.scaled and low < second.value:  # "$4 to $5 million"
        low = _tidy(low * (second.value / _unscaled(text, second)))
    noun = counted_noun(text, second.end, end, plural=True)
    qualifier = _APPROX.search(before)
    return Figure(qualifier.start() + max(start, first.start - BEFORE) if qualifier else first.start,
                  noun[1] if noun else second.end, (low, second.value), unit,
                  noun[0] if noun else None, qualifier.group(1).lower() if qualifier else None)


def _unscaled(text: str, number: _Number) -> float:
    m = NUMBER.match(text, number.start)
    amount = m.group("amount") if m else "1"
    return _word_value(amount.lower()) if amount[0].isalpha() else float(amount.replace(",", ""))


def _single(text: str, start: int, end: int, number: _Number,
            following: list[_Number]) -> Figure | None:
    noun = None
    if number.unit is None:
        noun = _of_phrase(text, number.end, end, following)
        if noun is None:
            noun = counted_noun(text, number.end, end, plural=number.value != 1)
        if noun is None and number.spelled:
            return None  # "one of the most…", "Four to six" is caught as a range
    before = _before(text, start, number.start)
    qualifier = _APPROX.search(before)
    return Figure(qualifier.start() + max(start, number.start - BEFORE) if qualifier else number.start,
                  noun[1] if noun else number.end, number.value, number.unit,
                  noun[0] if noun else None, qualifier.group(1).lower() if qualifier else None)


def _of_phrase(text: str, at: int, end: int, following: list[_Number]) -> tuple[str, int] | None:
    """"41 of its 64 members", "41 of the group's 64 members": the noun the next number
    counts; "2,300 of the residents": the plural after "of" and a determiner. The end
    returned is this number's own end."""
    m = re.match(r"\s+of\s+(\w+)", text[at:end])
    if not m or m.group(1).lower() not in _OF:
        return None
    if following and _OF_NUMBER.fullmatch(text, at, following[0].start):
        noun = counted_noun(text, following[0].end, end, plural=True)
    else:
        noun = counted_noun(text, at + m.end(), end, plural=True)
    return (noun[0], at) if noun else None


_OF_NUMBER = re.compile(r"\s+of\s+\w+\s+(?:[\w’']+\s+)?")


def counted_noun(text: str, at: int, end: int, *, plural: bool,
                 compounds: bool = True) -> tuple[str, int] | None:
    """The words a number ending at ``at`` counts and where they end, or None: the words up
    to the first plural among the next three (the first word alone when ``plural`` is
    false), or the word of a hyphenated compound ("six-week" → "weeks"). With
    ``compounds`` false only the very next word may be the plural (a year: "1908 bridges"
    is a count, "the 1908 bridge" a year)."""
    compound = _COMPOUND.match(text, at, end)
    if compound:
        word = compound.group(1)
        if word in _STOP:
            return None
        return (word + "s" if plural and not word.endswith("s") else word), compound.end()
    words = []
    for m in _WORD.finditer(text, at, end):
        word = m.group()
        lower = word.lower()
        if not word[0].isalpha() or lower in _STOP or word[0].isupper():
            return None
        words.append(word)
        if not plural or is_plural(lower):
            return " ".join(words), m.end()
        if not compounds or len(words) == 3:
            return None
    return None


def is_plural(word: str) -> bool:
    """Whether a lower-case word looks like a plural noun ("vehicles", "children")."""
    if word in _IRREGULAR:
        return True
    return (len(word) > 3 and word.endswith("s") and word not in _NOT_PLURAL
            and not word.endswith(("ss", "us", "is", "'s", "’s")))


def singular(word: str) -> str:
    """A plural noun's singular, by rule ("crossings" → "crossing", "lorries" → "lorry")."""
    irregular = {"people": "people", "children": "child", "men": "man", "women": "woman",
                 "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose"}
    if word in irregular:
        return irregular[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses", "buses")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@lru_cache(maxsize=1)
def _classes() -> dict[str, str]:
    return {noun: kind for noun, kind in data_rows("facts_count_classes.tsv")}


def count_class(counts: str | None) -> str | None:
    """What a counted phrase counts, for matching across articles: the class of its last word
    (data/facts_count_classes.tsv), else of another listed word in it, else its last word in
    the singular ("11,000 cars" and "10,000 vehicles" both count vehicles)."""
    if not counts:
        return None
    words = [singular(w.lower()) for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", counts)]
    if not words:
        return None
    classes = _classes()
    if words[-1] in classes:
        return classes[words[-1]]
    for word in words[:-1]:
        if word in classes:
            return classes[word]
    return words[-1]
