"""Direct quotations: the stretches of an article inside double quotation marks.

Computed once per article, below the analyzers: the loaded-language analyzer
uses it to tell the outlet's own voice from quoted speech, and attribution
uses it as the content of direct quotes.

Rules (one pass over the marks, linear in the text's length):
- curly marks pair as opening “ and closing ”; straight marks " alternate;
- a quotation left open at the end of a paragraph continues when the next
  paragraph opens with a quotation mark (the newspaper convention for a quote
  running over several paragraphs); otherwise it ends with its paragraph and
  is recorded as unclosed;
- a closing mark with nothing open is ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from framing.spans import Span, trimmed

OPENING = "“"
CLOSING = "”"
STRAIGHT = '"'
MARK_RE = re.compile(f"[{OPENING}{CLOSING}{STRAIGHT}]")


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation. ``content`` excludes the outer marks."""

    content: Span
    opened_at: int
    closed_at: int | None  # offset of the closing mark; None when never closed
    paragraphs: int

    @property
    def outer(self) -> tuple[int, int]:
        """Offsets including the quotation marks."""
        end = self.closed_at + 1 if self.closed_at is not None else self.content.end
        return self.opened_at, end

    def to_json(self) -> dict:
        return {**self.content.to_json(), "closed": self.closed_at is not None,
                "paragraphs": self.paragraphs}


def find_quotes(text: str, paragraph_spans: list[Span]) -> list[Quote]:
    """Direct quotations in ``text``, in order, never nested or overlapping."""
    quotes: list[Quote] = []
    open_at: int | None = None
    spanned = 0
    previous_end = 0

    def close(end_of_content: int, closed_at: int | None) -> None:
        nonlocal open_at
        quotes.append(Quote(trimmed(text, open_at + 1, end_of_content), open_at, closed_at, spanned))
        open_at = None

    for para in paragraph_spans:
        marks = [m.start() for m in MARK_RE.finditer(text, para.start, para.end)]
        if open_at is not None:
            if marks and marks[0] == para.start and text[para.start] != CLOSING:
                marks = marks[1:]  # reopening mark: the quotation goes on
                spanned += 1
            else:
                close(previous_end, None)
        for i in marks:
            mark = text[i]
            if open_at is None:
                if mark != CLOSING:
                    open_at, spanned = i, 1
            elif mark != OPENING:
                close(i, i)
        previous_end = para.end
    if open_at is not None:
        close(previous_end, None)
    return quotes
