"""Facts across outlets: which outlet states which figure, date and place, what only one
states, what all but one state, and figures that disagree.

Matching, article by article, each fact joining the first row it agrees with:
- figures agree when their unit ("$", "%", vote) and value are the same ("$4.2 million" =
  "$4.2M" = "4.2 million dollars"; "7-4" = "seven to four"; "up to six minutes" = the top of
  "four to six minutes") and they count the same thing ("11,000 cars" = "11,000 vehicle
  crossings", data/facts_count_classes.tsv); a figure whose counted noun is unknown ("all
  11,000 of them") agrees with one that has it only when it is money, a percentage, a tally,
  a range or at least 100: "2,000 residents" never agrees with "2,000 vehicles";
- dates agree when no part both give differs and they share one part ("Tuesday" = "Oct. 13"
  only when the article's date places that Tuesday on Oct. 13; "March 2027" = "March 1, 2027");
- places agree when one name is the other or its tail of two or more words ("Harlan Bridge" =
  "Gen. Harlan Bridge").
Then two rows that no article shares are one figure whose values DIFFER when they count the
same thing (or are both money, or both percentages), their values are within ``CLOSE`` of
each other (``CLOSE_AMOUNT`` for money and percentages), and their sentences share a content
word (two for money and percentages): "11,000 vehicles a day" and "about 10,000 vehicles a
day" differ; "twenty years" crossing a bridge and "31 years" running a shop do not match.
Two vote tallies differ when as many members vote in each ("7-4", "8-3") and their sentences
share a content word.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from framing.story import DATE, NUMBER, PLACE, Fact
from framing.story.numbers import singular
from framing.story.places import same_place
from framing.text.article import Article

CLOSE = 1.5  # counted figures: the larger value at most this many times the smaller
CLOSE_AMOUNT = 1.25  # money and percentages
COUNTED_WORDS = 1  # content words the sentences of two counted figures must share
AMOUNT_WORDS = 2  # ... of two amounts of money or percentages
DISTINCT = 100  # a figure counting an unknown thing matches only from this value up
NEIGHBOURS = 50  # rows of the next sizes up a figure row is compared with, for differing values

_FUNCTION = frozenset("""a an the and or but of to in on at for by with from into over under
about as is are was were be been being has have had will would can could should may might must
do does did not no it its it's this that these those they them their he she his her we our you
your i my me who whom which what when where while than then so such there here said says say
says also more most less up out all any some one two three four five six seven eight nine ten
per percent cent million billion thousand""".split())


_WORD_EDGES = re.compile(r"^[^\w]+|[^\w]+$")


@dataclass(frozen=True)
class FactRow:
    """One fact and how each article states it (an empty tuple: the article does not)."""

    id: str  # "k1", "k2"…, in row order
    kind: str  # number, date or place
    facts: tuple[tuple[Fact, ...], ...]  # per article, in article order: its facts in this row
    differs: bool  # figures: the articles give different values for the same counted thing

    @property
    def outlets(self) -> int:
        return sum(1 for f in self.facts if f)

    def stated(self, article: int) -> Fact | None:
        """The article's first statement of this fact, or None."""
        found = self.facts[article]
        return found[0] if found else None

    @property
    def only(self) -> int | None:
        """The one article that states this fact, when only one does."""
        present = [i for i, f in enumerate(self.facts) if f]
        return present[0] if len(present) == 1 and len(self.facts) > 1 else None

    @property
    def left_out(self) -> int | None:
        """The one article that leaves this fact out while all the others (two or more) state it."""
        absent = [i for i, f in enumerate(self.facts) if not f]
        return absent[0] if len(absent) == 1 and len(self.facts) > 2 else None

    def to_json(self) -> dict:
        """This fact in the ``comparison.facts`` list of ``framing analyze --json``."""
        def each(get):
            return [get(found[0]) if found else None for found in self.facts]
        return {"id": self.id, "kind": self.kind, "differs": self.differs,
                "outlets": self.outlets, "only": self.only, "left_out": self.left_out,
                "text": each(lambda f: f.text),
                "value": each(lambda f: f.to_json()["value"]),
                "counts": each(lambda f: f.counts),
                "fact_ids": [[f.id for f in found] for found in self.facts],
                "spans": each(lambda f: f.span.to_json())}


def fact_rows(facts: Sequence[Sequence[Fact]], articles: Sequence[Article]) -> tuple[FactRow, ...]:
    """Every fact any article states, one row per fact across the articles: facts most
    outlets state first, then figures that differ, then in order of first mention."""
    contexts = _Contexts(articles)
    rows: list[list[list[Fact]]] = []
    index: dict[tuple, set[int]] = defaultdict(set)  # a key of a fact → rows holding one
    for a, found in enumerate(facts):
        for fact in found:
            keys = _keys(fact)
            candidates = sorted(set().union(*(index[key] for key in keys)))
            chosen = _joinable(rows, candidates, a, fact, contexts)
            if chosen is None:
                chosen = len(rows)
                rows.append([[] for _ in facts])
            rows[chosen][a].append(fact)
            for key in keys:
                index[key].add(chosen)
    differing = _merge_differing(rows, contexts)
    order = sorted(range(len(rows)), key=lambda r: (
        -sum(1 for f in rows[r] if f), r not in differing, _first(rows[r])))
    return tuple(FactRow(f"k{n}", next(f for found in rows[r] for f in found).kind,
                         tuple(tuple(found) for found in rows[r]), r in differing)
                 for n, r in enumerate(order, 1))


def _keys(fact: Fact) -> list[tuple]:
    """Keys two statements of one fact always share, so that a fact is checked only against
    the rows it may join: a figure's unit and (top) value, a place's last word, each part a
    date writes."""
    if fact.kind == NUMBER:
        top = fact.value[1] if isinstance(fact.value, tuple) else fact.value
        return [(NUMBER, fact.unit, top)]
    if fact.kind == PLACE:
        return [(PLACE, fact.key[-1:])]
    return [(DATE, n, part) for n, part in enumerate(fact.when) if part is not None]


def _first(row: list[list[Fact]]) -> tuple[int, int]:
    return next((a, found[0].span.start) for a, found in enumerate(row) if found)


def _joinable(rows: list[list[list[Fact]]], candidates: list[int], article: int, fact: Fact,
              contexts: _Contexts) -> int | None:
    """The first of the ``candidates`` rows that ``fact`` agrees with throughout, a row this
    article is not yet in preferred. A small plain count ("three years") also needs a content
    word in common with the sentence of each statement in the row."""
    small = fact.kind == NUMBER and not _distinct(fact, counted=False)
    own = contexts.words(article, fact) if small else frozenset()
    fitting = [r for r in candidates
               if all(agree(fact, other) and (not small or own & contexts.words(a, other))
                      for a, found in enumerate(rows[r]) for other in found)]
    return next((r for r in fitting if not rows[r][article]), fitting[0] if fitting else None)


def agree(one: Fact, other: Fact) -> bool:
    """Whether two statements are of the same fact (see the module's doc)."""
    if one.kind != other.kind:
        return False
    if one.kind == PLACE:
        return same_place(one.key, other.key)
    if one.kind == DATE:
        shared = [(x, y) for x, y in zip(one.when, other.when) if x is not None and y is not None]
        return bool(shared) and all(x == y for x, y in shared)
    if one.unit != other.unit or not _same_value(one, other):
        return False
    if one.counted and other.counted:
        return same_thing(one, other)
    return _distinct(one) and _distinct(other)


def same_thing(one: Fact, other: Fact) -> bool:
    """Whether two figures count the same thing: the same class, or the last word of one
    is a word of the other ("64 members" and "64 member businesses")."""
    if one.counted == other.counted:
        return True
    words = [[singular(w.lower()) for w in (f.counts or "").split()] for f in (one, other)]
    return bool(words[0] and words[1]) and (words[0][-1] in words[1] or words[1][-1] in words[0])


def _same_value(one: Fact, other: Fact) -> bool:
    if one.value == other.value:
        return True
    for a, b in ((one, other), (other, one)):
        if isinstance(a.value, tuple) and b.bound == "high" and b.value == a.value[1]:
            return True
    return False


def _distinct(fact: Fact, *, counted: bool = True) -> bool:
    """Whether a figure is distinctive enough to match without knowing what it counts
    (or, with ``counted`` false, without its sentence's words)."""
    if fact.unit is not None or isinstance(fact.value, tuple) or (counted and fact.counted):
        return True
    return isinstance(fact.value, (int, float)) and fact.value >= DISTINCT


def _merge_differing(rows: list[list[list[Fact]]], contexts: _Contexts) -> set[int]:
    """Join rows of one figure with different values (in place; the joined row is emptied
    and dropped); the indexes, after dropping, of the rows whose values differ."""
    by_size = sorted((size, r) for r, row in enumerate(rows)
                     if (size := _row_size(row)) is not None)
    pairs = []
    for n, (size, r) in enumerate(by_size):
        for other_size, s in by_size[n + 1:n + 1 + NEIGHBOURS]:
            if other_size > size * CLOSE:
                break
            closeness = _differing(rows[min(r, s)], rows[max(r, s)], contexts)
            if closeness is not None:
                pairs.append((closeness, min(r, s), max(r, s)))
    merged: set[int] = set()
    alive = set(range(len(rows)))
    for _, r, s in sorted(pairs):
        if r not in alive or s not in alive or any(a and b for a, b in zip(rows[r], rows[s])):
            continue
        for a, found in enumerate(rows[s]):
            rows[r][a].extend(found)
        alive.discard(s)
        merged.add(r)
    kept = [r for r in range(len(rows)) if r in alive]
    rows[:] = [rows[r] for r in kept]
    return {n for n, r in enumerate(kept) if r in merged}


def _differing(one: list[list[Fact]], other: list[list[Fact]],
               contexts: _Contexts) -> float | None:
    """How far apart two rows' figures are (the larger value over the smaller), when they may
    be one figure told with different values; None when they may not."""
    if any(a and b for a, b in zip(one, other)):
        return None
    first = [f for found in one for f in found]
    second = [f for found in other for f in found]
    x, y = first[0], second[0]
    if x.kind != NUMBER or y.kind != NUMBER or x.unit != y.unit:
        return None
    if x.unit == "vote":  # "7-4" and "8-3": one vote of the same eleven members, told twice
        same_body = _votes(x.value) == _votes(y.value)
        shared = _words_of(one, contexts) & _words_of(other, contexts)
        return 1.0 + 1e-3 if same_body and len(shared) >= COUNTED_WORDS else None
    counted = [f for f in first + second if f.counted]
    if x.unit is None and not (any(f.counted for f in first) and any(f.counted for f in second)):
        return None
    if not all(same_thing(counted[0], f) for f in counted[1:]):
        return None
    size_x, size_y = _size(x), _size(y)
    if not size_x or not size_y:
        return None
    ratio = max(size_x, size_y) / min(size_x, size_y)
    if ratio == 1 or ratio > (CLOSE if counted else CLOSE_AMOUNT):
        return None
    needed = COUNTED_WORDS if counted else AMOUNT_WORDS
    shared = _words_of(one, contexts) & _words_of(other, contexts)
    return ratio if len(shared) >= needed else None


def _words_of(row: list[list[Fact]], contexts: _Contexts) -> frozenset[str]:
    return frozenset().union(*(contexts.words(a, f) for a, found in enumerate(row) for f in found))


def _votes(tally: object) -> int:
    """The members who voted in a tally ("7-4": 11)."""
    return sum(int(n) for n in str(tally).split("-"))


def _row_size(row: list[list[Fact]]) -> float | None:
    """A figure row's value to sort by (a tally: its number of votes), None for other rows."""
    fact = next(f for found in row for f in found)
    if fact.kind != NUMBER:
        return None
    return float(_votes(fact.value)) if fact.unit == "vote" else _size(fact)


def _size(fact: Fact) -> float | None:
    value = fact.value
    if isinstance(value, tuple):
        return (value[0] + value[1]) / 2
    return float(value) if isinstance(value, (int, float)) and value > 0 else None


class _Contexts:
    """The content words of the sentence stating each fact, its counted words left out."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self.articles = articles
        self.starts = [[s.start for s in a.sentences] for a in articles]
        self.cache: dict[tuple[int, str], frozenset[str]] = {}

    def words(self, article: int, fact: Fact) -> frozenset[str]:
        key = (article, fact.id)
        if key not in self.cache:
            self.cache[key] = self._words(article, fact)
        return self.cache[key]

    def _words(self, article: int, fact: Fact) -> frozenset[str]:
        sentences = self.articles[article].sentences
        k = bisect_right(self.starts[article], fact.span.start) - 1
        if k < 0:
            return frozenset()
        sentence = sentences[k]
        words = (_WORD_EDGES.sub("", w).lower() for w in sentence.text.split())
        counted = {singular(w.lower()) for w in (fact.counts or "").split()}
        return frozenset(singular(w) for w in words
                         if w.isalpha() and len(w) > 2 and w not in _FUNCTION) - counted
