"""Attributions with no reporting verb: a colon before a quotation, and bare quotations.

A colon is a cue when a quotation follows it ("Ortiz was blunt: “…”", source:
the sentence's subject) or when it ends a short label opening a paragraph or
headline ("Ortiz: We will win", source: the label, content: the rest of the
sentence). A direct quotation with no cue is someone's speech too (``inferred``),
unless ``framing.text.voices`` reads it as a scare quote or a quoted name: one
opening a sentence right after an attributed quotation, in its paragraph or the
next, is credited to the same speaker, as a reader would; otherwise its speaker
is unknown (None).
"""

from __future__ import annotations

import bisect

from framing.attribution import source_types
from framing.attribution.content import strip_punctuation
from framing.attribution.record import (DIRECT, INDIRECT, MIXED, Attribution, Source,
                                        anchor_position)
from framing.attribution.source_phrases import SourceFinder
from framing.attribution.word_view import TokenView
from framing.data import word_list
from framing.text.quotes import DOUBLE_MARKS
from framing.text.spans import Span, trimmed
from framing.text.voices import Voices


def colon_attribution(tokens: TokenView, source_finder: SourceFinder, sentence: Span,
                      a: int, b: int, *, indirect: bool,
                      labels_only: bool = False) -> tuple[Attribution, Source] | None:
    """"Ortiz was blunt: “…”" (a colon before a quotation), and labels opening a
    paragraph or headline ("Ortiz: We will win"), in the sentence of words a..b-1:
    the attribution and its source, or None. ``labels_only`` finds labels alone;
    ``indirect`` False leaves out a label's content without quotation marks."""
    t, text = tokens, tokens.text
    colon_at = text.find(":", sentence.start, sentence.end)
    if colon_at < 0:
        return None
    k = t.index_at(colon_at)
    if k <= a or t.in_quote[k - 1]:
        return None
    i = bisect.bisect_left(t.quote_starts, colon_at)
    quote = t.quotes[i] if i < len(t.quotes) else None
    label = k - a <= 4 and t.is_paragraph_start(sentence.start) and all(
        t.upper[j] or t.lower[j] in source_types.title_words() for j in range(a, k))
    if labels_only and not label:
        return None
    after = trimmed(text, colon_at + 1, sentence.end)
    if quote is not None and not text[colon_at + 1:quote.outer[0]].strip() \
            and text[colon_at + 1:quote.outer[0]].count("\n") <= 2:
        content, kind = quote.content, DIRECT
    elif label and len(after.text.split()) >= 2:
        content = strip_punctuation(text, after)
        kind = MIXED if any(c in content.text for c in DOUBLE_MARKS) else INDIRECT
        if kind == INDIRECT and not indirect:
            return None
    else:
        return None
    if label and {w.lower() for w in t.texts(a, k)} & word_list("attribution_labels.txt"):
        return None
    source = source_finder.phrase(a, k) if label else source_finder.subject(a, k)
    if source is None:
        return None
    return Attribution(kind=kind, cue=Span.of(text, colon_at, colon_at + 1),
                       source=source.span, content=content, content_parts=(content,),
                       speaker=source.name, source_type=source.type, stance=None,
                       verb=":"), source


def continued_quotes(found: list[Attribution], tokens: TokenView, sentences: tuple[Span, ...],
                     *, voices: Voices) -> list[Attribution]:
    """Cue-less quotations that ``voices`` calls speech, counted as speech
    (``inferred``); one opening a sentence just after an attributed quotation in
    ``found`` goes to the same speaker."""
    t = tokens
    ordered = sorted(found, key=anchor_position)
    used = sorted((p.start, p.end) for attribution in ordered for p in attribution.content_parts)
    used_starts = [u[0] for u in used]
    sentence_starts = {s.start for s in sentences}
    inferred: list[Attribution] = []
    last: Attribution | None = None
    last_paragraph = -10
    next_found = 0
    for quote in t.quotes:
        while next_found < len(ordered) and anchor_position(ordered[next_found])[0] < quote.outer[0]:
            previous = ordered[next_found]
            next_found += 1
            credited = previous.speaker is not None or previous.source_type == source_types.UNRESOLVED
            last = previous if previous.kind in (DIRECT, MIXED) and credited else None
            if last is not None:
                last_paragraph = t.paragraph_of((previous.content or previous.cue).end)
        i = bisect.bisect_right(used_starts, quote.content.start) - 1
        if i >= 0 and used[i][1] > quote.content.start:
            continue  # already somebody's content
        if not voices.is_speech(quote.content):
            continue  # a scare quote or a quoted name
        opens = quote.outer[0] in sentence_starts
        if last is not None and (not opens or
                                 t.paragraph_of(quote.outer[0]) - last_paragraph > 1):
            last = None
        inferred.append(Attribution(
            kind=DIRECT, cue=None, source=None, content=quote.content,
            content_parts=(quote.content,), speaker=last.speaker if last else None,
            source_type=last.source_type if last else None, stance=None, verb=None,
            inferred=True))
        if last is not None:
            last_paragraph = t.paragraph_of(quote.content.end)
    return inferred
