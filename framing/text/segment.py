"""Paragraphs, sentences and words of a text, as exact character spans.

Sentence boundaries come from pysbd (rule-based, handles abbreviations such as
U.S., Gen., Jan. and Dr., decimals, initials and quotations). We run it on one
paragraph at a time and map its sentences back to offsets ourselves, so every
span indexes the original text exactly.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pysbd

from framing.text.spans import Span, trimmed

WORD_RE = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*")
_LINE_BREAK_RE = re.compile(r"[ \t]*\n[ \t\n]*")


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Paragraph spans of ``text[start:end]``.

    A paragraph ends at a blank line, or at a single line break unless the next
    line starts in lower case or with a digit (a hard-wrapped line continuing
    its sentence).
    """
    end = len(text) if end is None else end
    spans: list[Span] = []
    block_start = start
    for brk in _LINE_BREAK_RE.finditer(text, start, end):
        following = text[brk.end()] if brk.end() < end else ""
        blank = brk.group().count("\n") > 1
        if blank or not following or not (following.islower() or following.isdigit()):
            _add(spans, text, block_start, brk.start())
            block_start = brk.end()
    _add(spans, text, block_start, end)
    return spans


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    span = trimmed(text, start, end)
    if span.text:
        spans.append(span)


def sentences(text: str, paragraph_spans: list[Span]) -> list[Span]:
    """Sentence spans within each paragraph; no sentence crosses a paragraph."""
    result: list[Span] = []
    segmenter = _segmenter()
    for para in paragraph_spans:
        # Line breaks inside a paragraph are hard wraps, not boundaries; the
        # replacement keeps every offset in place.
        flat = para.text.replace("\n", " ")
        cursor = 0
        for piece in segmenter.segment(flat):
            piece = piece.strip()
            if not piece:
                continue
            found = flat.find(piece, cursor)
            if found == -1:  # pysbd altered the text: keep the rest as one sentence
                break
            result.append(Span.of(text, para.start + found, para.start + found + len(piece)))
            cursor = found + len(piece)
        if flat[cursor:].strip():
            result.append(trimmed(text, para.start + cursor, para.end))
    return result


def words(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Word spans (letters and digits, with inner apostrophes, hyphens and points)."""
    end = len(text) if end is None else end
    return [Span.of(text, m.start(), m.end()) for m in WORD_RE.finditer(text, start, end)]
