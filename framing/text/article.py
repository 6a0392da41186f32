"""The Article: one input's text with everything the analyzers share.

Paragraphs, sentences, words and direct quotations are computed here once, so
that no analyzer recomputes them and all of them agree on offsets. Boilerplate
paragraphs (share buttons, "read more" lines, photo credits; see
framing.text.boilerplate) stay in ``text`` but are left out of ``paragraphs``,
``sentences``, ``words`` and ``quotes``, so no analyzer counts them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from framing.text import boilerplate, segment
from framing.text.language import UNDETERMINED, Language, detect
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
    boilerplate: tuple[Span, ...] = ()  # paragraphs of page furniture, analysed by no one
    language: Language = UNDETERMINED
    # whose words each word is; the pipeline attaches them with the run's [voice] settings
    voices: Voices | None = None

    @property
    def body_sentences(self) -> tuple[Span, ...]:
        return tuple(s for s in self.sentences if s.start >= self.body_start)

    @property
    def body(self) -> str:
        """The text after the headline, boilerplate paragraphs cut out."""
        pieces, cursor = [], self.body_start
        for span in self.boilerplate:
            if span.end > cursor:
                pieces.append(self.text[cursor:max(cursor, span.start)])
                cursor = span.end
        pieces.append(self.text[cursor:])
        return "".join(pieces)


def make_article(
    *,
    path: str,
    data: bytes,
    text: str,
    headline_end: int | None,
    body_start: int,
    headline_start: int = 0,
    outlet: str,
    title: str,
    format: str,
    encoding: str,
    date: str | None = None,
    url: str | None = None,
    warnings: tuple[str, ...] = (),
    declared_language: str | None = None,
) -> Article:
    """Build an Article and its shared segmentation from decoded text.

    The headline is ``text[headline_start:headline_end]``, or there is none when
    ``headline_end`` is None. ``declared_language`` is the language an HTML page
    declares (see framing.text.language).
    """
    headline = Span.of(text, headline_start, headline_end) if headline_end else None
    every_paragraph = segment.paragraphs(text)
    furniture = boilerplate.find(text, every_paragraph, keep=headline)
    furniture_starts = {p.start for p in furniture}
    paragraph_spans = [p for p in every_paragraph if p.start not in furniture_starts]
    word_spans = segment.paragraph_words(text, paragraph_spans)
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
        words=tuple(word_spans),
        quotes=tuple(find_quotes(text, paragraph_spans)),
        warnings=warnings,
        boilerplate=tuple(furniture),
        language=detect(" ".join(p.text for p in paragraph_spans), words=len(word_spans),
                        declared=declared_language),
    )
