"""The facts an article states: figures (numbers with what they count, money, percentages,
ranges, vote tallies), dates and places, each with every span where the article states it.

Rules, sentence by sentence: dates first (framing.story.dates), then figures outside them
(framing.story.numbers), then places outside both (framing.story.places). The same fact stated
twice in one article ("$4.2 million" in the lead and again later) is one fact with two spans.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from framing.story.dates import find_dates, published_date
from framing.story.numbers import bound_of, count_class, find_figures
from framing.story.places import find_places, same_place
from framing.text.article import Article
from framing.text.spans import Span, trimmed

NUMBER, DATE, PLACE = "number", "date", "place"

Value = int | float | str | tuple[int | float, int | float] | None


@dataclass(frozen=True)
class Fact:
    """One fact as an article states it.

    ``value`` is normalised: a figure's amount (4200000 for "$4.2 million"; a range is
    ``(low, high)``, a vote tally "7-4"), a date as ISO 8601 ("2027-03-01", "2027-03", "2027";
    None when its year cannot be told), a place's name as first written.
    """

    id: str  # "f1", "f2"…, in order of first mention
    kind: str  # NUMBER, DATE or PLACE
    spans: tuple[Span, ...]  # every mention: the one that says most first, then in order
    value: Value
    counts: str | None = None  # numbers: the words counted ("vehicle crossings"), None if unknown
    unit: str | None = None  # numbers: "$", "£", "€", "%", "vote", or None for a count
    approx: str | None = None  # numbers: the qualifier written before ("about", "up to")
    counted: str | None = None  # numbers: what is counted, for matching ("vehicle")
    # dates: (year, month, day, weekday) as written, None where the text does not say (a
    # guessed year would make "July" and "July 1, 2027" disagree); ``value`` is resolved
    when: tuple[int | None, ...] = ()
    key: tuple[str, ...] = ()  # places: the name's words in lower case

    @property
    def span(self) -> Span:
        return self.spans[0]

    @property
    def text(self) -> str:
        return self.span.text

    @property
    def bound(self) -> str | None:
        """"high" when the figure is an upper bound ("up to six minutes")."""
        return bound_of(self.approx)

    def to_json(self) -> dict:
        """This fact in an article's ``facts`` list of ``framing analyze --json``."""
        return {"id": self.id, "kind": self.kind, "text": self.text,
                "value": list(self.value) if isinstance(self.value, tuple) else self.value,
                "counts": self.counts, "unit": self.unit, "approx": self.approx,
                "span": self.span.to_json(), "mentions": [s.to_json() for s in self.spans]}


def find_facts(article: Article) -> tuple[Fact, ...]:
    """The facts ``article`` states, in order of first mention, each once with all its spans."""
    published = published_date(article.date)
    paragraph_starts = {p.start for p in article.paragraphs}
    text = article.text
    found: list[Fact] = []
    for sentence in article.sentences:
        start, end = sentence.start, sentence.end
        taken: list[tuple[int, int]] = []
        for date in find_dates(text, start, end, published):
            taken.append((date.start, date.end))
            found.append(Fact("", DATE, (trimmed(text, date.start, date.end),), date.when.iso(),
                              when=date.written.parts()))
        for figure in find_figures(text, start, end, taken):
            taken.append((figure.start, figure.end))
            found.append(Fact("", NUMBER, (trimmed(text, figure.start, figure.end),),
                              figure.value, counts=figure.counts, unit=figure.unit,
                              approx=figure.approx, counted=count_class(figure.counts)))
        for place in find_places(text, start, end, opens_paragraph=start in paragraph_starts):
            if not any(a < place.end and place.start < b for a, b in taken):
                span = trimmed(text, place.start, place.end)
                name = span.text.title() if span.text.isupper() else span.text  # a dateline
                found.append(Fact("", PLACE, (span,), name, key=place.key))
    return _merged(found)


def identity(fact: Fact) -> tuple:
    """What makes two mentions in one article the same fact."""
    if fact.kind == DATE:
        return (DATE, fact.when)
    if fact.kind == PLACE:
        return (PLACE, fact.key)
    return (NUMBER, fact.unit, fact.value, fact.counted, fact.bound)


def _merged(found: list[Fact]) -> tuple[Fact, ...]:
    """One fact per identity, numbered in order of first mention; a year alone ("in 2027")
    joins a fuller date of that year in the same article ("March 2027"), which names it, and
    a place named by the tail of a longer name joins it ("Harlan Bridge", "Gen. Harlan Bridge")."""
    found.sort(key=lambda f: f.span.start)
    fuller = {f.when[0]: identity(f) for f in reversed(found)
              if f.kind == DATE and f.when[0] is not None and f.when[1] is not None}
    places = sorted({f.key for f in found if f.kind == PLACE}, key=len, reverse=True)
    groups: dict[tuple, list[Fact]] = {}
    for fact in found:
        k = identity(fact)
        if fact.kind == DATE and fact.when[1:] == (None, None, None):
            k = fuller.get(fact.when[0], k)
        elif fact.kind == PLACE and len(fact.key) >= 2:  # "Harlan Bridge" after "Gen. Harlan Bridge"
            k = (PLACE, next(p for p in places if same_place(p, fact.key)))
        groups.setdefault(k, []).append(fact)
    result = []
    for n, members in enumerate(groups.values(), 1):
        named = max(members, key=lambda f: (sum(p is not None for p in f.when), len(f.key)))
        spans = (named.span,) + tuple(f.span for f in members if f is not named)
        result.append(dataclasses.replace(named, id=f"f{n}", spans=spans))
    return tuple(result)
