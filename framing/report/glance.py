"""The at-a-glance table: every headline figure per outlet with its interval and the
number of units behind it; ▲ and ▼ only where the highest and lowest outlets differ
beyond chance (``framing.comparison.differences``)."""

from __future__ import annotations

from framing.analyzers import ANALYZERS
from framing.analyzers.contract import Metric
from framing.comparison import Comparison, MetricRow
from framing.comparison.differences import INTERVAL_TEST, Estimate
from framing.report.sections import format_value
from framing.report.view import GlanceCell, GlanceGroup, GlanceRow, GlanceView
from framing.settings import Settings

NO_CLEAR_DIFFERENCE = "no clear difference"
NO_UNITS = "not tested: a single value, no units to resample"
TOO_FEW = "not tested: too few units behind an extreme value for an interval"


def glance_section(comparison: Comparison, settings: Settings) -> GlanceView:
    groups: dict[str, list[GlanceRow]] = {}
    for row in comparison.rows:
        groups.setdefault(row.analyzer, []).append(GlanceRow(
            label=row.metric.label,
            higher=row.metric.higher,
            verdict=verdict(row),
            cells=tuple(_cell(i, row) for i in range(len(row.values))),
        ))
    level = percent(settings.intervals.confidence_level)
    return GlanceView(
        groups=tuple(GlanceGroup(ANALYZERS[name].TITLE, tuple(rows)) for name, rows in groups.items()),
        colspan=str(len(comparison.analyses) + 1),
        note=(f"Under each value: its {level} interval and n, the number of units (sentences, "
              f"words, attributions) it rests on. ▲ marks the highest value of a row and ▼ the "
              f"lowest only where their {level} intervals do not overlap: a difference beyond "
              f"chance; otherwise the row reads “{NO_CLEAR_DIFFERENCE}”. ▲ always marks the "
              f"higher value; the line under each measure says what higher means. The "
              f"methodology appendix explains every measure and the intervals."),
    )


def verdict(row: MetricRow) -> str:
    """What the row says about its differences: "" when it is marked."""
    if row.clear:
        return ""
    if row.test == INTERVAL_TEST or not row.highest:
        return NO_CLEAR_DIFFERENCE
    if any(e.n is not None and e.n > 1 for e in row.estimates):
        return TOO_FEW
    return NO_UNITS


def _cell(index: int, row: MetricRow) -> GlanceCell:
    estimate = row.estimates[index] if row.estimates else None
    css = ""
    if row.clear:
        css = "high" if index in row.highest else "low" if index in row.lowest else ""
    return GlanceCell(format_value(row.values[index], row.metric),
                      interval_text(estimate, row.metric) if estimate else "", css)


def interval_text(estimate: Estimate, metric: Metric) -> str:
    """The interval and n, compactly: "−0.16 to 0.03 · n 21"; "n 1" without an interval."""
    parts = []
    if estimate.interval is not None:
        low, high = (format_value(v, metric) for v in estimate.interval)
        if metric.unit == "%":
            low = low.removesuffix("%")
        parts.append(f"{low} to {high}")
    if estimate.n is not None:
        parts.append(f"n {estimate.n:,}")
    return " · ".join(parts)


def percent(level: float) -> str:
    """A confidence level as a reader writes it: 0.95 → "95%", 0.995 → "99.5%"."""
    return f"{level * 100:.10g}%"
