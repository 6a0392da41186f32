"""The corpus report's view model (``framing corpus``): outlets compared across many
articles, as distributions with intervals rather than single numbers, tone by
month when the articles have dates, and the sources each outlet quotes.

Everything the template prints is decided and formatted here; ``templates/corpus.html``
only loops and prints. The figures come from the per-outlet summary a corpus run
keeps (``framing.corpus.summary``), the same figures as ``outlets.csv``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy

from framing.analyzers import ANALYZERS
from framing.analyzers.contract import Metric
from framing.comparison.distinctive import SHOWN as DISTINCTIVE_KEPT
from framing.comparison.distinctive import critical_z
from framing.report.charts import Spread, box_plot, chart_view, line_chart, nice_domain
from framing.report.glance import percent
from framing.report.sections import format_value
from framing.report.view import ChartView
from framing.settings import IntervalSettings

if TYPE_CHECKING:
    from framing.corpus.summary import OutletSummary

# The distributions shown, as (analyzer, metric key); every metric is in the tables.
SHOWN = (("sentiment", "mean"), ("loaded_language", "own_density"),
         ("attribution", "attributed_word_share"), ("attribution", "direct_quote_share"),
         ("attribution", "anonymous_share"), ("readability", "flesch_kincaid_grade"))
MAX_OUTLETS = 16  # in the charts, the outlets with most articles; the tables list all
MAX_TIME_OUTLETS = 8
MAX_LISTED = 40  # rows of the outlet and source tables; outlets.csv has every outlet
TOP_SOURCES = 8
TERMS_SHOWN = 12  # distinctive terms per outlet in the report; terms.csv has up to 25


def interval_note(intervals: IntervalSettings) -> str:
    return ("Each box spans the middle half of an outlet's articles, the white line is the "
            "median and the whiskers reach the furthest articles within one and a half box "
            f"lengths. The black dot under the box is the mean, and the black line its "
            f"{percent(intervals.confidence_level)} bootstrap interval ({intervals.resamples:,} resamples of the "
            "outlet's articles, seeded): where two outlets' lines do not overlap, the "
            "difference in means is unlikely to come from which articles happened to be "
            "collected.")


def terms_note(intervals: IntervalSettings) -> str:
    return ("The words and two-word phrases each outlet uses more often than all the other "
            "outlets together, beyond chance, by weighted log-odds with an informative prior "
            "from English word frequencies (Monroe, Colaresi & Quinn 2008). In brackets: the "
            "outlet's uses, then z, the difference in log-odds in standard errors; a term is "
            f"listed when z reaches {critical_z(intervals.confidence_level):.2f} (one-sided, "
            f"{percent(intervals.confidence_level)}). Function words, numbers and names (words capitalised at "
            f"every use) are left out; terms.csv has up to {DISTINCTIVE_KEPT} per outlet.")


@dataclass(frozen=True, slots=True)
class OutletRow:
    name: str
    colour: str
    articles: str
    words: str  # mean words per article
    stories: str
    months: str  # first and last month with a dated article, or "—"


@dataclass(frozen=True, slots=True)
class IntervalCell:
    outlet: str
    colour: str
    n: str
    mean: str
    interval: str  # "0.12 to 0.20", or "—"


@dataclass(frozen=True, slots=True)
class MetricView:
    title: str
    description: str
    higher: str
    chart: ChartView
    rows: tuple[IntervalCell, ...]


@dataclass(frozen=True, slots=True)
class SourceRow:
    outlet: str
    colour: str
    top: str  # "Ana Ortiz (12), Police (9)", or "—"
    types: str  # "person 60%, organisation 25%", or "—"


@dataclass(frozen=True, slots=True)
class TermsRow:
    outlet: str
    colour: str
    terms: str  # "ferry (14; z 5.2), timetable (6; z 3.1)", or "none beyond chance"


@dataclass(frozen=True, slots=True)
class CorpusReportView:
    title: str
    generated: str
    description: str
    version: str
    stylesheet: object  # Markup of report.css
    page: str
    summary: str
    outlets: tuple[OutletRow, ...]
    outlets_note: str
    interval_note: str
    interval_header: str  # "95% interval"
    metrics: tuple[MetricView, ...]
    tone_time: ChartView | None
    tone_time_note: str
    sources: tuple[SourceRow, ...]
    terms: tuple[TermsRow, ...]
    terms_note: str


def build_corpus_view(outlets: Sequence[OutletSummary], *, palette: Sequence[str],
                      stylesheet: object, page: str, version: str, settings_digest: str,
                      skipped: int, intervals: IntervalSettings = IntervalSettings()
                      ) -> CorpusReportView:
    """The corpus report for ``outlets`` (sorted by name, their distinctive terms filled in
    by ``CorpusSummary.distinctive``); ``intervals``: the run's ``[intervals]`` settings."""
    by_size = sorted(outlets, key=lambda o: (-o.articles, o.name))
    shown = by_size[:MAX_OUTLETS]
    listed = sorted(by_size[:MAX_LISTED], key=lambda o: o.name)
    colours = {o.name: palette[i % len(palette)] for i, o in enumerate(by_size)}
    articles = sum(o.articles for o in outlets)
    months = sorted({m for o in outlets for m in o.tone_by_month})
    span = f", dated {months[0]} to {months[-1]}" if months else ""
    summary = (f"{articles:,} articles from {len(outlets):,} outlets{span}"
               + (f"; {skipped:,} inputs skipped" if skipped else ""))
    return CorpusReportView(
        title="Outlets compared across the corpus",
        generated=f"framing {version} · settings digest {settings_digest}",
        description=summary,
        version=f"framing {version}",
        stylesheet=stylesheet,
        page=page,
        summary=summary,
        outlets=tuple(_outlet_row(o, colours[o.name]) for o in listed),
        outlets_note=_outlets_note(len(outlets)),
        interval_note=interval_note(intervals),
        interval_header=f"{percent(intervals.confidence_level)} interval",
        metrics=tuple(_metric_view(analyzer, key, shown, colours) for analyzer, key in SHOWN),
        tone_time=_tone_time(by_size[:MAX_TIME_OUTLETS], colours, months),
        tone_time_note=("" if len(months) > 1 else
                        "Tone over time needs articles dated in at least two months "
                        "(a date column, or dates in the files)."),
        sources=tuple(_source_row(o, colours[o.name]) for o in listed),
        terms=tuple(_terms_row(o, colours[o.name]) for o in listed),
        terms_note=terms_note(intervals),
    )


def _outlets_note(count: int) -> str:
    if count <= MAX_OUTLETS:
        return ""
    listed = (f"the tables list the {MAX_LISTED} with most articles; "
              if count > MAX_LISTED else "")
    return (f"{count:,} outlets: the charts show the {MAX_OUTLETS} with most articles, "
            f"{listed}outlets.csv and articles.csv have every outlet.")


def _outlet_row(outlet: OutletSummary, colour: str) -> OutletRow:
    months = sorted(outlet.tone_by_month)
    return OutletRow(
        name=outlet.name, colour=colour, articles=f"{outlet.articles:,}",
        words=f"{outlet.words / outlet.articles:,.0f}", stories=f"{len(outlet.stories):,}",
        months=f"{months[0]} to {months[-1]}" if len(months) > 1 else (months[0] if months else "—"))


def _metric(analyzer: str, key: str) -> Metric:
    return next(m for m in ANALYZERS[analyzer].METRICS if m.key == key)


def _metric_view(analyzer: str, key: str, outlets: Sequence[OutletSummary],
                 colours: dict[str, str]) -> MetricView:
    metric = _metric(analyzer, key)
    column = f"{analyzer}_{key}"
    factor = 100.0 if metric.unit == "%" else 1.0
    spreads, cells = [], []
    for outlet in outlets:
        values = outlet.metric(column)
        values = values[~numpy.isnan(values)] * factor
        interval = outlet.interval(column)
        spread = _spread(values, interval, factor)
        spreads.append((outlet.name, colours[outlet.name], spread))
        cells.append(IntervalCell(
            outlet=outlet.name, colour=colours[outlet.name], n=f"{interval.n:,}",
            mean=format_value(interval.mean, metric),
            interval=(f"{format_value(interval.low, metric)} to {format_value(interval.high, metric)}"
                      if interval.low is not None else "—")))
    domain = _domain([s for _, _, s in spreads if s is not None], factor)
    unit = " (%)" if metric.unit == "%" else (f" ({metric.unit})" if metric.unit else "")
    chart = box_plot(spreads, domain=domain, axis_title=f"{metric.label}{unit}",
                     tick_format=".0f" if domain[1] - domain[0] >= 4 else ".2f",
                     title=f"{metric.label} per article, by outlet")
    return MetricView(title=metric.label, description=metric.description,
                      higher=f"Higher: {metric.higher}.", chart=chart_view(chart),
                      rows=tuple(cells))


def _spread(values: numpy.ndarray, interval, factor: float) -> Spread | None:
    if not len(values):
        return None
    q1, median, q3 = (float(v) for v in numpy.percentile(values, [25, 50, 75]))
    reach = 1.5 * (q3 - q1)
    inside = values[(values >= q1 - reach) & (values <= q3 + reach)]
    return Spread(q1=q1, median=median, q3=q3, low=float(inside.min()), high=float(inside.max()),
                  mean=interval.mean * factor,
                  mean_low=None if interval.low is None else interval.low * factor,
                  mean_high=None if interval.high is None else interval.high * factor)


def _domain(spreads: Sequence[Spread], factor: float) -> tuple[float, float]:
    if factor == 100.0:
        return 0.0, 100.0
    low = min((s.low for s in spreads), default=0.0)
    high = max((s.high for s in spreads), default=1.0)
    if low < 0:
        bound = max(0.1, math.ceil(max(-low, high) * 10) / 10)
        return -bound, bound
    return nice_domain([high])


def _tone_time(outlets: Sequence[OutletSummary], colours: dict[str, str],
               months: list[str]) -> ChartView | None:
    if len(months) < 2:
        return None
    series = []
    for outlet in outlets:
        values = [(lambda t: t[0] / t[1] if t else None)(outlet.tone_by_month.get(m))
                  for m in months]
        if any(v is not None for v in values):
            series.append((outlet.name, colours[outlet.name], values))
    present = [abs(v) for _, _, values in series for v in values if v is not None]
    bound = max(0.1, math.ceil(max(present, default=0.1) * 10) / 10)
    count = len(months)
    marks = sorted({0, count // 2, count - 1})
    chart = line_chart(series, y_domain=(-bound, bound), x_title="month of publication",
                       y_title="mean tone", title="Mean article tone by month, by outlet",
                       x_labels=[((i + 0.5) / count * 100, months[i]) for i in marks])
    return chart_view(chart)


def _source_row(outlet: OutletSummary, colour: str) -> SourceRow:
    top = sorted(outlet.sources.items(), key=lambda item: (-item[1], item[0]))[:TOP_SOURCES]
    total = sum(outlet.source_types.values())
    types = sorted(outlet.source_types.items(), key=lambda item: (-item[1], item[0]))
    return SourceRow(
        outlet=outlet.name, colour=colour,
        top=", ".join(f"{outlet.source_names[key]} ({count:,})" for key, count in top) or "—",
        types=", ".join(f"{name.replace('_', ' ')} {_share(count / total)}"
                        for name, count in types) if total else "—")


def _terms_row(outlet: OutletSummary, colour: str) -> TermsRow:
    terms = outlet.distinctive.terms[:TERMS_SHOWN]
    return TermsRow(outlet=outlet.name, colour=colour,
                    terms=", ".join(f"{t.term} ({t.count:,}; z {t.z:.1f})" for t in terms)
                    or "none beyond chance")


def _share(value: float) -> str:
    return "under 1%" if 0 < value < 0.005 else f"{value:.0%}"
