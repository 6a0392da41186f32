"""The report's "Distinctive words" section: per outlet, the words and two-word phrases it
uses more than the other outlets together beyond chance (``framing.comparison.distinctive``)."""

from __future__ import annotations

from collections.abc import Sequence

from framing.comparison import Comparison
from framing.comparison.distinctive import DistinctiveTerm
from framing.report.glance import percent
from framing.report.view import ArticleView, DistinctiveRow, DistinctiveView
from framing.settings import Settings

SHOWN = 12  # terms listed per outlet
LEADING = 3  # candidates listed for an outlet without distinctive terms


def distinctive_section(comparison: Comparison, outlets: Sequence[ArticleView],
                        settings: Settings) -> DistinctiveView:
    level = percent(settings.intervals.confidence_level)
    rows = []
    for outlet, found in zip(outlets, comparison.distinctive):
        if found.terms:
            text = ", ".join(term_text(t) for t in found.terms[:SHOWN])
        elif found.leading:
            text = ("none beyond chance; highest z: "
                    + ", ".join(term_text(t) for t in found.leading[:LEADING]))
        else:
            text = "none beyond chance"
        rows.append(DistinctiveRow(outlet=outlet, terms=text))
    return DistinctiveView(
        title="Distinctive words",
        lead=(f"The words and two-word phrases each outlet uses more than the other outlets "
              f"together, beyond chance at {level} confidence: weighted log-odds with an "
              f"informative prior from how common each word is in English (Monroe, Colaresi & "
              f"Quinn, 2008), so that frequent words must differ a lot and a word used once or "
              f"twice rarely stands out. Each term is followed by how often the outlet uses it "
              f"and its z-score. Function words, numbers and names (words always capitalised) "
              f"are left out. This finds word choice that no lexicon lists; short articles "
              f"give few distinctive words."),
        rows=tuple(rows),
    )


def term_text(term: DistinctiveTerm) -> str:
    """“scheme” ×3, z 1.9"""
    return f"“{term.term}” ×{term.count}, z {term.z:.1f}"
