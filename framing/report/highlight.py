"""Cut an article's text into pieces that each carry the highlight classes
active over them, so overlapping layers (sentence tone, loaded words, quotes,
cues...) render as flat, nestable ``<span>`` runs."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from framing.text.spans import Span


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    css: str
    anchor: str = ""  # an id for the piece the mark starts, for links into the text


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    css: str  # space-separated classes; "" when nothing is active
    anchor: str = ""  # the id of an anchored mark starting here; "" for none


def paragraph_pieces(text: str, paragraphs: Sequence[Span], marks: Iterable[Mark]) -> list[list[Piece]]:
    """For each paragraph, its pieces. Marks may overlap each other and paragraphs."""
    events: list[tuple[int, int, str]] = []  # (offset, +1 open / -1 close, css)
    anchors: dict[int, str] = {}
    for mark in marks:
        if mark.end > mark.start:
            events.append((mark.start, 1, mark.css))
            events.append((mark.end, -1, mark.css))
            if mark.anchor:
                anchors.setdefault(mark.start, mark.anchor)
    events.sort(key=lambda e: (e[0], e[1]))
    active: Counter[str] = Counter()
    result: list[list[Piece]] = []
    e = 0
    for para in paragraphs:
        while e < len(events) and events[e][0] <= para.start:
            _apply(active, events[e])
            e += 1
        pieces: list[Piece] = []
        cursor = para.start
        while e < len(events) and events[e][0] < para.end:
            offset = events[e][0]
            if offset > cursor:
                pieces.append(Piece(text[cursor:offset], _css(active), anchors.get(cursor, "")))
                cursor = offset
            _apply(active, events[e])
            e += 1
        if cursor < para.end:
            pieces.append(Piece(text[cursor:para.end], _css(active), anchors.get(cursor, "")))
        result.append(_merged(pieces))
    return result


def _apply(active: Counter[str], event: tuple[int, int, str]) -> None:
    active[event[2]] += event[1]
    if active[event[2]] <= 0:
        del active[event[2]]


def _css(active: Counter[str]) -> str:
    return " ".join(sorted(active))


def _merged(pieces: list[Piece]) -> list[Piece]:
    merged: list[Piece] = []
    for piece in pieces:
        if merged and merged[-1].css == piece.css and not piece.anchor:
            merged[-1] = Piece(merged[-1].text + piece.text, piece.css, merged[-1].anchor)
        else:
            merged.append(piece)
    return merged
