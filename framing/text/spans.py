"""Character spans: the common currency between analyzers, JSON and the report.

Every offset is a Python string index into an article's ``text`` (end exclusive).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from typing import NamedTuple


class Span(NamedTuple):
    """``text[start:end]`` of an article, with its offsets.

    A named tuple rather than a dataclass: an article has one per word (623,000 in the
    840 PolNeAR texts), and a tuple is compared and hashed in C, and made in C where
    words are made (``new_span``, tuple's own constructor). Equality and
    hash are those of ``(start, end, text)``, as the frozen dataclass's were; ``len``
    is the span's length in characters, not 3.
    """

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span ``text[start:end]``."""
        return new_span(cls, (start, end, text[start:end]))

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end

    def overlaps(self, start: int, end: int) -> bool:
        return start < self.end and self.start < end

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


# tuple's own constructor: makes a Span from (start, end, text) without a Python call,
# for the places that make one per word
new_span = tuple.__new__


def trimmed(text: str, start: int, end: int) -> Span:
    """The span of ``text[start:end]`` without surrounding white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span.of(text, start, end)


class WordCounter:
    """Counts an article's words inside spans, in time that grows with the spans,
    not with the article (the speakers table counts once per speaker)."""

    def __init__(self, words: Sequence[Span]) -> None:
        self.starts = [w.start for w in words]
        self.ends = [w.end for w in words]

    def count(self, spans: Iterable[Span]) -> int:
        """Words overlapping one of the disjoint ``spans``; more spans, more words."""
        return sum(bisect.bisect_left(self.starts, s.end) - bisect.bisect_right(self.ends, s.start)
                   for s in spans)
