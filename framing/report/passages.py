"""The report's "Shared passages" subsection and the marks that show them in the texts."""

from __future__ import annotations

from collections.abc import Sequence

from framing.comparison import Comparison, SharedPassages
from framing.report.highlight import Mark
from framing.report.view import ArticleView, LegendItem, PassageRow, PassagesView, PassageShare

EXCERPT_WORDS = 30  # words of each passage shown in the list
CSS = "shared-passage"
LEGEND = LegendItem(CSS, "passage another outlet carries near-identically (dashed line above)")


def passages_section(comparison: Comparison, outlets: Sequence[ArticleView]) -> PassagesView:
    """Each shared passage (its first words and the outlets that carry it) and each
    outlet's share of its words inside shared passages."""
    found = comparison.passages
    rows = []
    for passage in found.passages:
        first = next(s for s in passage.spans if s is not None)
        words = first.text.split()
        excerpt = " ".join(words[:EXCERPT_WORDS]) + (" …" if len(words) > EXCERPT_WORDS else "")
        carriers = [o.name for o, s in zip(outlets, passage.spans) if s is not None]
        rows.append(PassageRow(excerpt=excerpt, outlets=", ".join(carriers)))
    return PassagesView(
        title="Shared passages",
        lead="Sentences of at least 10 words that two or more outlets carry in near-identical "
             "form (at least 85% of the words the same and in order), such as wire copy or a "
             "press release. They are marked in the side-by-side texts.",
        rows=tuple(rows),
        empty="No passage appears in more than one article.",
        shares=tuple(PassageShare(o.name, o.colour, f"{share:.0%} of its words in shared passages")
                     for o, share in zip(outlets, _shares(found, len(outlets)))),
    )


def passage_marks(passages: SharedPassages, article: int) -> list[Mark]:
    """Marks over the passages article number ``article`` shares with another."""
    return [Mark(s.start, s.end, CSS) for p in passages.passages
            if (s := p.spans[article]) is not None]


def _shares(found: SharedPassages, count: int) -> tuple[float, ...]:
    return found.shares if len(found.shares) == count else (0.0,) * count
