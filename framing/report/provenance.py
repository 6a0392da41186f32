"""The report's "Quotations across outlets": each quotation found in two or more
articles (``Comparison.quotes``), every outlet's version with its relation to the
fullest one, its cue and, for an altered quotation, the words changed."""

from __future__ import annotations

import re
from collections.abc import Sequence

from framing.comparison import Comparison, QuoteGroup
from framing.report.view import (ArticleView, QuoteGroupView, QuotesView, QuoteVersionView,
                                 QuoteWordView, clipped)

QUOTE_CHARS = 400  # characters of a version shown; the full span is in the JSON
NAME_CHARS = 80
# A quotation running on into a new paragraph reopens with a quotation mark and no
# closing one before it; shown on one line, the break reads as a pilcrow instead.
_PARAGRAPH_RE = re.compile(r"\s*\n\s*\n\s*[“\"]?")

LEAD = ("The same quotation as each outlet gives it, aligned on its words (case, punctuation and "
        "ellipses aside): verbatim; trimmed, a part of the fullest version; altered, words "
        "changed (the words of the fullest version left out, struck through, and those put in); "
        "or paraphrased, the speaker's words reported without quotation marks. Quotations under "
        "five words, and the same words from different speakers, are not matched.")


def quotes_section(comparison: Comparison, outlets: Sequence[ArticleView]) -> QuotesView:
    return QuotesView(
        anchor="quotes", title="Quotations across outlets", lead=LEAD,
        groups=tuple(_group(g, outlets) for g in comparison.quotes),
        empty_note="No quotation appears in more than one outlet.")


def _group(group: QuoteGroup, outlets: Sequence[ArticleView]) -> QuoteGroupView:
    versions = tuple(
        QuoteVersionView(
            outlet=outlets[v.article].short, colour=outlets[v.article].colour,
            relation=v.relation, relation_css=f"rel-{v.relation}",
            cue=_cue(v.cue.text if v.cue is not None else ""),
            speaker=clipped(v.speaker, NAME_CHARS) if v.speaker else "—",
            text=clipped(shown_quotation(v.span.text), QUOTE_CHARS),
            removed=tuple(QuoteWordView(w) for w in v.removed),
            added=tuple(QuoteWordView(w) for w in v.added))
        for v in group.versions)
    speaker = clipped(group.speaker, NAME_CHARS) if group.speaker else "Speaker not named"
    return QuoteGroupView(speaker=speaker,
                          outlets=f"{len(group.versions)} of {len(outlets)} outlets",
                          versions=versions)


def shown_quotation(text: str) -> str:
    """A quotation's words on one line, each paragraph break as " ¶ " (the reopening
    quotation mark of the new paragraph dropped)."""
    return _PARAGRAPH_RE.sub(" ¶ ", text)


def _cue(text: str) -> str:
    """The cue as the outlet writes it; a colon before the quotation is named, not shown
    bare; "—" when no cue introduces it."""
    if text == ":":
        return "colon"
    return text or "—"
