"""Character spans: the common currency between analyzers, JSON and the report.

Every offset is a Python string index into an article's ``text`` (end exclusive).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span ``text[start:end]``."""
        return cls(start, end, text[start:end])

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end

    def overlaps(self, start: int, end: int) -> bool:
        return start < self.end and self.start < end

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


def trimmed(text: str, start: int, end: int) -> Span:
    """The span of ``text[start:end]`` without surrounding white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span.of(text, start, end)
