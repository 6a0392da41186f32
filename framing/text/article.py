"""The Article: one input's text with everything the analyzers share.

Paragraphs, sentences, words and direct quotations are computed here once, so
that no analyzer recomputes them and all of them agree on offsets.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from framing.text import segment
from framing.text.quotes import Quote, find_quotes
from framing.text.spans import Span

if TYPE_CHECKING:
    from framing.text.voices import Voices


@dataclass(frozen=True)
class Article:
    path: str  # as given on the command line; "-" for standard input
    outlet: str
    title: str
    text: str  # the text analyzed, headline included
    headline: Span | None
    body_start: int  # offset where the body begins (0 when there is no headline)
    sha256: str  # digest of the input's bytes
    format: str  # "txt", "md" or "html"
    encoding: str
    date: str | None = None
    url: str | None = None
    paragraphs: tuple[Span, ...] = ()
    sentences: tuple[Span, ...] = ()
    words: tuple[Span, ...] = ()
    quotes: tuple[Quote, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    # whose words each word is; the pipeline attaches them with the run's [voice] settings
    voices: Voices | None = None

    @property
    def body_sentences(self) -> tuple[Span, ...]:
        return tuple(s for s in self.sentences if s.start >= self.body_start)

    @property
    def body(self) -> str:
        return self.text[self.body_start:]


def make_article(
    *,
    path: str,
    data: bytes,
    text: str,
    headline_end: int | None,
    body_start: int,
    outlet: str,
    title: str,
    format: str,
    encoding: str,
    date: str | None = None,
    url: str | None = None,
    warnings: tuple[str, ...] = (),
) -> Article:
    """Build an Article and its shared segmentation from decoded text.

    ``headline_end`` is the end offset of a headline starting at 0, or None.
    """
    headline = Span.of(text, 0, headline_end) if headline_end else None
    paragraph_spans = segment.paragraphs(text)
    return Article(
        path=path,
        outlet=outlet,
        title=title,
        text=text,
        headline=headline,
        body_start=body_start,
        sha256=hashlib.sha256(data).hexdigest(),
        format=format,
        encoding=encoding,
        date=date,
        url=url,
        paragraphs=tuple(paragraph_spans),
        sentences=tuple(segment.sentences(text, paragraph_spans)),
        words=tuple(segment.words(text)),
        quotes=tuple(find_quotes(text, paragraph_spans)),
        warnings=warnings,
    )
