"""Dates in an article's text: "March 1, 2027", "1 March", "Oct. 13", "March 2027", "in
November", "spring 2028", "Tuesday" and years ("the 1908 crossing", "in 2019").

Each date keeps the parts it writes (year, month, day, weekday). With the article's own date
(its metadata), a date without a year is resolved: a weekday to the latest such day on or before
the article's date (news reports what happened), a day or month without a year to its next
occurrence when the sentence looks ahead ("will", "due", "from", "by"…: "bills rise from July"
in a piece dated November means the July after), else to its nearest occurrence. The resolved
year is a guess, so matching across articles uses only the parts the text writes. A
four-digit number from 1600 to 2099 is a year unless a plural noun follows it ("2000 residents")
or a currency, percent sign or thousands comma marks it as an amount. A month name alone is a
date only after a word of time ("in May", "by November"): "May" is also a verb.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from framing.story.numbers import counted_noun

MONTHS = {name: n for n, names in enumerate((
    "january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
    "august aug", "september sep sept", "october oct", "november nov", "december dec"), 1)
    for name in names.split()}
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)")
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DATE = re.compile(
    r"(?<![\w$£€,.])(?:"
    rf"(?P<md>{_MONTH})\s+(?P<d1>{_DAY})\b(?:,\s*(?P<y1>{_YEAR})\b)?"
    rf"|(?P<d2>{_DAY})\s+(?:of\s+)?(?P<dm>{_MONTH})(?:,?\s+(?P<y2>{_YEAR})\b)?"
    rf"|(?P<my>{_MONTH})\s+(?:of\s+)?(?P<y3>{_YEAR})\b"
    rf"|(?P<season>(?i:spring|summer|autumn|fall|winter))\s+(?:of\s+)?(?P<y4>{_YEAR})\b"
    rf"|(?P<month>{_MONTH})(?![\w])"
    r"|(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!s)"
    rf"|(?P<year>{_YEAR})(?![\d%]|[.,]\d|\s*(?:percent|per cent)\b)"
    r")")
BEFORE = 40  # characters looked back at for the word before a date
# A sentence about what is to come: a date in it without a year is the next one.
_AHEAD = re.compile(r"(?i)\b(?:will|shall|'ll|next|due|plans?|expected|scheduled|from|until|by)\b")
# "in May", "by November": a bare month name is a date only after one of these.
_BEFORE_MONTH = frozenset("""in by since until till from of last next this early late mid
before after during through throughout on""".split())


@dataclass(frozen=True)
class When:
    """A date's parts, None where unknown (as written, or resolved with the article's date)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # Monday is 0

    def iso(self) -> str | None:
        """"2027-03-01", "2027-03" or "2027"; None when the year is unknown."""
        if self.year is None:
            return None
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def parts(self) -> tuple[int | None, int | None, int | None, int | None]:
        return (self.year, self.month, self.day, self.weekday)


@dataclass(frozen=True)
class DateFound:
    start: int
    end: int
    when: When  # resolved with the article's date where it can be
    written: When  # only what the text says (a full date with its weekday)


def find_dates(text: str, start: int, end: int, published: dt.date | None) -> list[DateFound]:
    """The dates in ``text[start:end]`` (one sentence), resolved against ``published``
    (the article's date) where one is given."""
    found = []
    ahead = bool(_AHEAD.search(text, start, end))
    for m in DATE.finditer(text, start, end):
        when = _parts(m)
        if when is None:
            continue
        if m.group("month") is not None:
            previous = text[max(start, m.start() - BEFORE):m.start()].split()[-1:]
            if not previous or previous[0].lower().rstrip("-") not in _BEFORE_MONTH:
                continue
        if m.group("year") is not None and _is_count(text, m.end(), end):
            continue
        found.append(DateFound(m.start(), m.end(), resolve(when, published, ahead=ahead),
                               resolve(when, None)))
    return found


def _is_count(text: str, at: int, end: int) -> bool:
    """"2000 residents": a plural noun right after a year-like number makes it a count."""
    return counted_noun(text, at, end, plural=True, compounds=False) is not None


def _parts(m: re.Match[str]) -> When | None:
    g = m.group
    if g("md"):
        return When(_int(g("y1")), _month(g("md")), _day(g("d1")))
    if g("dm"):
        return When(_int(g("y2")), _month(g("dm")), _day(g("d2")))
    if g("my"):
        return When(int(g("y3")), _month(g("my")))
    if g("season"):
        return When(int(g("y4")))
    if g("month"):
        return When(month=_month(g("month")))
    if g("weekday"):
        return When(weekday=_WEEKDAYS.index(g("weekday").lower()))
    return When(int(g("year")))


def _int(text: str | None) -> int | None:
    return int(text) if text else None


def _month(text: str) -> int:
    return MONTHS[text.rstrip(".").lower()]


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def resolve(when: When, published: dt.date | None, *, ahead: bool = False) -> When:
    """``when`` with its year (and, for a weekday, its date) filled in from ``published``
    where the text leaves them out; a full date also gets its weekday. ``ahead``: a day
    or month without a year is the next one on or after ``published``, not the nearest."""
    if when.year is not None and when.month and when.day:
        return _full(when.year, when.month, when.day) or when
    if published is None:
        return when
    if when.weekday is not None and when.month is None:
        day = published - dt.timedelta(days=(published.weekday() - when.weekday) % 7)
        return When(day.year, day.month, day.day, day.weekday())
    if when.year is None and when.month:
        if ahead:
            best = published.year + ((when.month, when.day or 31) < (published.month, published.day))
        else:
            best = min((published.year - 1, published.year, published.year + 1),
                       key=lambda y: abs(_months_between(published, y, when.month, when.day or 15)))
        if when.day:
            return _full(best, when.month, when.day) or when
        return When(best, when.month)
    return when


def _months_between(published: dt.date, year: int, month: int, day: int) -> float:
    return (year - published.year) * 12 + (month - published.month) + (day - published.day) / 31


def _full(year: int, month: int, day: int) -> When | None:
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return When(year, month, day, date.weekday())


def published_date(text: str | None) -> dt.date | None:
    """The article's date from its metadata ("2026-10-14", "2026-10-14T09:00Z"), or None."""
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None

