"""Direct quotations: the stretches of an article inside double quotation marks.

Computed once per article, below the analyzers: the loaded-language analyzer
uses it to tell the outlet's own voice from quoted speech, and attribution
uses it as the content of direct quotes.

Rules (one pass over the marks, linear in the text's length):
- curly marks pair as opening “ and closing ”; straight marks " alternate, and
  so do two apostrophes '' (an old newswire convention for a double mark); a
  quotation opened with one style may close with another;
- a straight mark right after a digit is an inch or seconds sign, not a quote;
- a curly mark typed the wrong way round is read by its place: “ right after a
  word or punctuation and before a space closes, ” before a word opens;
- a quotation left open at the end of a paragraph continues when the next
  paragraph opens with a quotation mark (the newspaper convention for a quote
  running over several paragraphs); otherwise it ends with its paragraph and
  is recorded as unclosed;
- inside a quotation opened with a straight mark, curly “…” pairs are a
  quotation within the quotation and do not close it;
- a closing mark with nothing open is ignored.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from framing.text.spans import Span, trimmed

OPENING = "“"
CLOSING = "”"
STRAIGHT = '"'
MARK_RE = re.compile(f"''|[{OPENING}{CLOSING}{STRAIGHT}]")
DOUBLE_MARKS = STRAIGHT + OPENING + CLOSING  # every double quotation mark character
SINGLE_MARKS = "‘’'"  # single quotation marks, which are also apostrophes


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation. ``content`` excludes the outer marks."""

    content: Span
    opened_at: int  # offset of the opening mark
    closed_at: int | None  # offset of the closing mark; None when never closed
    paragraphs: int  # how many paragraphs it runs over
    closing_length: int = 1  # characters in the closing mark ('' has two)

    @property
    def outer(self) -> tuple[int, int]:
        """Offsets including the quotation marks."""
        if self.closed_at is None:
            return self.opened_at, self.content.end
        return self.opened_at, self.closed_at + self.closing_length

    def to_json(self) -> dict:
        return {**self.content.to_json(), "closed": self.closed_at is not None,
                "paragraphs": self.paragraphs}


def _marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, mark) of each quotation mark in ``text[start:end]``, inch signs left out."""
    found = []
    for match in MARK_RE.finditer(text, start, end):
        mark, at = match.group(), match.start()
        if mark == STRAIGHT and at > 0 and text[at - 1].isdigit():
            continue
        before = text[at - 1] if at > 0 else " "
        after = text[at + len(mark)] if at + len(mark) < len(text) else " "
        if mark == OPENING and not before.isspace() and after.isspace() and before not in "([—–-":
            mark = CLOSING
        elif mark == CLOSING and before.isspace() and not after.isspace() and after not in ",.;:!?)":
            mark = OPENING
        found.append((at, mark))
    return found


def find_quotes(text: str, paragraph_spans: Sequence[Span]) -> list[Quote]:
    """Direct quotations in ``text``, in order, never nested or overlapping."""
    quotes: list[Quote] = []
    open_at: int | None = None
    open_length = 1
    spanned = nested = 0
    previous_end = 0

    def close(end_of_content: int, closed_at: int | None, closing_length: int = 1) -> None:
        nonlocal open_at
        content = trimmed(text, open_at + open_length, end_of_content)
        quotes.append(Quote(content, open_at, closed_at, spanned, closing_length))
        open_at = None

    for para in paragraph_spans:
        marks = _marks(text, para.start, para.end)
        if open_at is not None:
            if marks and marks[0][0] == para.start and marks[0][1] != CLOSING:
                marks = marks[1:]  # reopening mark: the quotation goes on
                spanned += 1
            else:
                close(previous_end, None)
        for at, mark in marks:
            if open_at is None:
                if mark != CLOSING:
                    open_at, open_length, spanned, nested = at, len(mark), 1, 0
            elif mark == OPENING:
                # Inside a straight-quoted passage, curly marks quote within the quote.
                nested += text[open_at] != OPENING
            elif mark == CLOSING and nested:
                nested -= 1
            else:
                close(at, at, len(mark))
        previous_end = para.end
    if open_at is not None:
        close(previous_end, None)
    return quotes
