"""Paragraphs, sentences and words of a text, as exact character spans.

Sentence boundaries are pysbd's (rule-based: abbreviations such as U.S., Gen., Jan.
and Dr., decimals, initials, quotations). We cut one paragraph at a time and keep
offsets ourselves, so every span indexes the original text exactly. Most chunks are
cut by framing.text.splitter, which applies pysbd's rules in pysbd's order in a few
compiled passes and returns spans; a chunk holding something it leaves to pysbd
(list markers, runs of "!" and "?", numbered references, ...: 63 of the 22,699 chunks
of the examples and the PolNeAR and PTC training texts) goes to pysbd's processor,
called directly (with its abbreviation step made cheaper, framing.text.abbreviations):
its ``Segmenter.segment`` would look for each sentence in the text with a regular
expression built for that sentence; ``_pysbd_sentences`` does the same search with
``str.find`` and returns the same strings. A chunk with
no sentence punctuation, or only at its end, is one sentence without asking either.

pysbd's time grows with the square of its input on some texts (a paragraph of
80,000 "[" took 20 s), so a paragraph longer than MAX_CHUNK characters is first
cut into chunks of at most that length, each ending where a sentence plausibly
ends (else at a space); a run of more than MAX_CHUNK characters without a space
is one sentence, not given to pysbd at all. The splitter gets the same chunks as
pysbd would.
"""

from __future__ import annotations

import re
from pysbd.lang.english import English

from framing.text import splitter
from framing.text.abbreviations import Processor
from framing.text.spans import Span, new_span, trimmed

MAX_CHUNK = 1_000  # characters given to pysbd at once
WORD_RE = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*")
_LINE_BREAK_RE = re.compile(r"[ \t]*\n[ \t\n]*")
_SENTENCE_END_RE = re.compile(r"[.!?…][\"'”’)\]]*\s+")
_SPACE_RE = re.compile(r"\s+")


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
    for para in paragraph_spans:
        # Line breaks inside a paragraph are hard wraps, not boundaries; the
        # replacement keeps every offset in place.
        flat = para.text.replace("\n", " ")
        for start, end in _chunks(flat):
            _segment(text, flat, para.start, start, end, result)
    return result


def _segment(text: str, flat: str, offset: int, start: int, end: int,
             result: list[Span]) -> None:
    """Append the sentences of ``flat[start:end]``; ``flat`` begins at ``offset`` in ``text``."""
    chunk = flat[start:end]
    cursor = 0
    if len(chunk) <= MAX_CHUNK and not _ONE_SENTENCE_RE.fullmatch(chunk):
        spans = splitter.split(chunk)
        if spans is not None:
            first = offset + start
            result += [Span.of(text, first + a, first + b) for a, b in spans]
            return
        for piece in _pysbd_sentences(chunk):
            piece = piece.strip()
            if not piece:
                continue
            found = chunk.find(piece, cursor)
            if found == -1:  # pysbd altered the text: keep the rest as one sentence
                break
            first = offset + start + found
            result.append(Span.of(text, first, first + len(piece)))
            cursor = found + len(piece)
    if chunk[cursor:].strip():
        result.append(trimmed(text, offset + start + cursor, offset + end))


def _pysbd_sentences(chunk: str) -> list[str]:
    """What ``pysbd.Segmenter(clean=False).segment(chunk)`` returns: each sentence
    of pysbd's processor with the whitespace after it, found at its first
    occurrence (in the text's non-overlapping occurrences) ending past the
    previous sentence's end; a sentence not found is left out."""
    if not chunk:
        return []
    found, previous_end = [], 0
    for sentence in Processor(chunk, English).process():
        if not sentence:  # pysbd's pattern is then whitespace alone; ask it as pysbd does
            match = next((m for m in _SPACES_RE.finditer(chunk) if m.end() > previous_end), None)
            if match:
                found.append(match.group())
                previous_end = match.end()
            continue
        at = 0
        while (start := chunk.find(sentence, at)) != -1:
            end = _SPACES_RE.match(chunk, start + len(sentence)).end()
            if end > previous_end:
                found.append(chunk[start:end])
                previous_end = end
                break
            at = end
    return found


_SPACES_RE = re.compile(r"\s*")


# A chunk with no sentence punctuation, or only at its end, is one sentence: pysbd
# (about 0.2 ms a call) need not be asked. Kept narrow so that pysbd still decides
# anything it might split: list markers, brackets, ellipses, quotation marks, several
# marks.
_ONE_SENTENCE_RE = re.compile(r"\s*[^.!?…;:•)\]\n\"'“”‘’]*[.!?]?\s*")


def _chunks(flat: str) -> list[tuple[int, int]]:
    """(start, end) pieces of ``flat`` of at most MAX_CHUNK characters, cut after a
    likely sentence end, else after a space; an unbroken run longer than that is
    one piece."""
    pieces: list[tuple[int, int]] = []
    start = 0
    while len(flat) - start > MAX_CHUNK:
        window = (start, start + MAX_CHUNK)
        cut = _last_end(_SENTENCE_END_RE, flat, *window) or _last_end(_SPACE_RE, flat, *window)
        if not cut:
            space = _SPACE_RE.search(flat, start + MAX_CHUNK)
            cut = space.end() if space else len(flat)
        pieces.append((start, cut))
        start = cut
    pieces.append((start, len(flat)))
    return pieces


def _last_end(pattern: re.Pattern[str], flat: str, start: int, end: int) -> int | None:
    """The end of the last match of ``pattern`` inside ``flat[start:end]`` past ``start``."""
    last = None
    for match in pattern.finditer(flat, start, end):
        if match.end() > start:
            last = match.end()
    return last


def words(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Word spans (letters and digits, with inner apostrophes, hyphens and points)."""
    end = len(text) if end is None else end
    return [new_span(Span, (m.start(), m.end(), m.group())) for m in WORD_RE.finditer(text, start, end)]


def paragraph_words(text: str, paragraph_spans: list[Span]) -> list[Span]:
    """The words of every paragraph, in order, in one list."""
    return [new_span(Span, (m.start(), m.end(), m.group()))
            for p in paragraph_spans for m in WORD_RE.finditer(text, p.start, p.end)]
