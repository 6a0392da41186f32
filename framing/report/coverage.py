"""The report's "Facts each outlet reports": which outlet states which figure, date and place
(``Comparison.facts``), the figures whose values differ side by side, what only one outlet
states and what it alone leaves out; and the marks that show the facts in the texts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from framing.comparison import Comparison, FactRow
from framing.report.highlight import Mark
from framing.report.view import (ArticleView, DifferingFigure, FactCell, FactLink, FactRowView,
                                 FactsView, FactVersion, LegendItem, OutletFacts, clipped)
from framing.story import DATE, NUMBER, PLACE, Fact

CELL_CHARS = 18  # characters of an outlet's own wording in a coverage cell
TEXT_CHARS = 60  # characters of a fact's wording anywhere else
KINDS = {NUMBER: "figure", DATE: "date", PLACE: "place"}
CSS, DIFFERS_CSS = "fact", "fact-differs"
LEGEND = (LegendItem(CSS, "a figure, date or place (dotted underline)"),
          LegendItem(DIFFERS_CSS, "a figure another outlet gives differently"))
SAME = "●"
ABSENT = "–"

LEAD = ("The figures (with what they count, money, percentages, vote tallies), dates and places "
        "each article states, found by rules and matched across the outlets: the same figure in "
        "other words (\u201c$4.2 million\u201d, \u201c$4.2M\u201d; \u201c7-4\u201d, \u201cseven "
        "to four\u201d) is one fact, and so is the same count of the same thing (\u201c11,000 "
        "cars\u201d, \u201c11,000 vehicle crossings\u201d). A figure that counts the same thing "
        "with a value within half of another's, in sentences about the same thing, is one "
        "figure whose values differ. Each fact links to its underlined mention in the texts.")


def facts_section(comparison: Comparison, outlets: Sequence[ArticleView], *,
                  linked: bool) -> FactsView:
    """The section; ``linked``: the side-by-side texts are in the report, so facts link to them."""
    rows = comparison.facts
    shared = [r for r in rows if r.outlets > 1]
    return FactsView(
        anchor="facts", title="Facts each outlet reports", lead=LEAD, outlets=tuple(outlets),
        rows=tuple(_row(r, linked) for r in shared),
        rows_note="No figure, date or place is stated by more than one outlet.",
        key=f"{SAME} the outlet words the fact as the first column does; words: its own "
            f"wording; red: a value other than most outlets give; {ABSENT} not stated.",
        differing_title="Figures that differ",
        differing=tuple(_differing(r, outlets, linked) for r in rows if r.differs),
        differing_note="No figure is given with different values by different outlets.",
        choices_title="What each outlet alone reports, and leaves out",
        choices_note=("Only here: facts no other outlet states. Left out: facts every other "
                      "outlet states and this one does not" + (
                          " (with two outlets, that is the other's \u201conly here\u201d)."
                          if len(outlets) < 3 else ".")),
        choices=tuple(_choices(rows, a, o, linked) for a, o in enumerate(outlets)),
        none="—",
    )


def fact_anchor(article: int, fact: Fact) -> str:
    """The element id of a fact's first mention in the texts."""
    return f"fact-{article}-{fact.id}"


def fact_marks(comparison: Comparison, article: int) -> list[Mark]:
    """Marks over every mention of every fact article number ``article`` states; its first
    mention carries the anchor the section links to."""
    marks = []
    differing = {f.id for r in comparison.facts if r.differs for f in r.facts[article]}
    for fact in comparison.analyses[article].facts:
        css = f"{CSS} {DIFFERS_CSS}" if fact.id in differing else CSS
        marks.append(Mark(fact.span.start, fact.span.end, css, fact_anchor(article, fact)))
        marks += [Mark(s.start, s.end, css) for s in fact.spans[1:]]
    return marks


def _link(fact: Fact, article: int, linked: bool, limit: int = TEXT_CHARS) -> FactLink:
    return FactLink(clipped(fact.text, limit), f"#{fact_anchor(article, fact)}" if linked else "")


def _row(row: FactRow, linked: bool) -> FactRowView:
    first, label = _label(row)
    cells = []
    for a, found in enumerate(row.facts):
        if not found:
            cells.append(FactCell(ABSENT, "", "fact-absent"))
            continue
        fact = found[0]
        link = _link(fact, a, linked, CELL_CHARS)
        if row.differs and fact.value != label.value:
            cells.append(FactCell(link.text, link.href, "fact-differs"))
        elif _words(fact.text) == _words(label.text):
            cells.append(FactCell(SAME, link.href, "fact-same"))
        else:
            cells.append(FactCell(link.text, link.href, "fact-own"))
    return FactRowView(_link(label, first, linked), KINDS[row.kind], tuple(cells))


def _label(row: FactRow) -> tuple[int, Fact]:
    """The statement that names a row, and its article: the wording most outlets use (the
    longest, on a tie); for a figure that differs, among those giving the value most give."""
    stated = [(a, found[0]) for a, found in enumerate(row.facts) if found]
    common = stated
    if row.differs:
        values = Counter(repr(f.value) for _, f in stated)
        common = [(a, f) for a, f in stated if values[repr(f.value)] == max(values.values())]
    wordings = Counter(_words(f.text) for _, f in common)
    return max(common, key=lambda af: (wordings[_words(af[1].text)], len(af[1].text), -af[0]))


def _differing(row: FactRow, outlets: Sequence[ArticleView], linked: bool) -> DifferingFigure:
    stated = [(a, found[0]) for a, found in enumerate(row.facts) if found]
    label = _label(row)[1]
    counts = label.counts or next((f.counts for _, f in stated if f.counts), None)
    unit = label.unit
    about = counts or {"$": "money", "£": "money", "€": "money", "%": "percentage",
                       "vote": "vote tally"}.get(unit, "figure")
    return DifferingFigure(
        counts=clipped(about, TEXT_CHARS),
        versions=tuple(FactVersion(outlets[a].short, outlets[a].colour, _link(f, a, linked),
                                   format_value(f)) for a, f in stated))


def _choices(rows: Sequence[FactRow], article: int, outlet: ArticleView,
             linked: bool) -> OutletFacts:
    only = tuple(_link(r.facts[article][0], article, linked) for r in rows if r.only == article)
    left_out = []
    for r in rows:
        if r.left_out == article:
            other, fact = _label(r)
            left_out.append(_link(fact, other, linked))
    return OutletFacts(outlet.short, outlet.colour, only, tuple(left_out))


def format_value(fact: Fact) -> str:
    """A fact's value as a reader reads it: "11,000", "4–6", "$4,200,000", "58%", "7-4"."""
    value = fact.value
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    if isinstance(value, tuple):
        text = f"{_number(value[0])}–{_number(value[1])}"
    else:
        text = _number(value)
    if fact.unit == "%":
        text += "%"
    elif fact.unit:
        text = fact.unit + text
    return f"{fact.approx} {text}" if fact.approx else text


def _number(value: int | float) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:,.2f}".rstrip("0").rstrip(".")


def _words(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())
