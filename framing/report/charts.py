"""Chart geometry for the report, computed here so templates only print it.

Each function returns a ``Chart``: a list of SVG primitives in a fixed
coordinate space (the template scales it to the page width). ``chart_view``
turns it into the view model's ``ChartView``: coordinates rounded and written,
font sizes and colours chosen. Labels are plain strings; the template escapes
them like any other text.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from framing.report.view import ChartView, SvgDot, SvgLine, SvgPolyline, SvgRect, SvgText

WIDTH = 640
ROW = 22  # height of one bar row
LEFT = 150  # room for row labels
RIGHT = 60  # room for value labels
TOP = 10
AXIS = 38  # room below the plot for ticks and the axis title

# How each kind of text and line is drawn: (font size, fill) and stroke.
TEXT_STYLES = {"label": ("11", "#222222"), "tick": ("9", "#555555"), "axis": ("10", "#333333"),
               "axis-vertical": ("10", "#333333"), "value": ("10", "#222222"),
               "inbar": ("9", "#ffffff"), "legend": ("10", "#222222")}
LINE_STROKES = {"grid": "#dddddd", "zero": "#777777", "row": "#eeeeee", "whisker": "#555555",
                "median": "#ffffff", "interval": "#111111"}


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    width: float
    height: float
    fill: str


@dataclass(frozen=True, slots=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    css: str = "grid"


@dataclass(frozen=True, slots=True)
class Path:
    points: str
    stroke: str


@dataclass(frozen=True, slots=True)
class Dot:
    x: float
    y: float
    fill: str


@dataclass(frozen=True, slots=True)
class Text:
    x: float
    y: float
    text: str
    anchor: str = "start"  # start, middle, end
    css: str = "label"


@dataclass
class Chart:
    height: float
    title: str  # for screen readers and the figure caption
    rects: list[Rect] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    paths: list[Path] = field(default_factory=list)
    dots: list[Dot] = field(default_factory=list)
    texts: list[Text] = field(default_factory=list)
    width: float = WIDTH


class _Scale:
    def __init__(self, low: float, high: float, left: float, right: float):
        self.low, self.high, self.left, self.right = low, high, left, right

    def __call__(self, value: float) -> float:
        return self.left + (value - self.low) / (self.high - self.low) * (self.right - self.left)


def _ticks(low: float, high: float, count: int = 5) -> list[float]:
    step = (high - low) / (count - 1)
    return [low + i * step for i in range(count)]


def _x_axis(chart: Chart, scale: _Scale, top: float, bottom: float, ticks: Sequence[float],
            fmt: str, title: str) -> None:
    for tick in ticks:
        x = scale(tick)
        chart.lines.append(Line(x, top, x, bottom, "zero" if tick == 0 else "grid"))
        chart.texts.append(Text(x, bottom + 13, format(tick, fmt), "middle", "tick"))
    chart.texts.append(Text((scale.left + scale.right) / 2, bottom + 30, title, "middle", "axis"))


def bar_chart(labels: Sequence[str], values: Sequence[float | None], colours: Sequence[str], *,
              domain: tuple[float, float], axis_title: str, value_format: str = "+.2f",
              tick_format: str = ".1f", title: str = "") -> Chart:
    """Horizontal bars, one per outlet, from zero (or the domain's low end)."""
    low, high = domain
    values = [None if v is None else max(low, min(high, v)) for v in values]
    bottom = TOP + ROW * len(labels)
    chart = Chart(height=bottom + AXIS, title=title or axis_title)
    scale = _Scale(low, high, LEFT, WIDTH - RIGHT)
    origin = scale(0 if low <= 0 <= high else low)
    _x_axis(chart, scale, TOP, bottom, _ticks(low, high), tick_format, axis_title)
    for i, (label, value, colour) in enumerate(zip(labels, values, colours)):
        y = TOP + i * ROW
        chart.texts.append(Text(LEFT - 6, y + ROW * 0.65, label, "end"))
        if value is None:
            chart.texts.append(Text(origin + 4, y + ROW * 0.65, "n/a", css="value"))
            continue
        x = scale(value)
        chart.rects.append(Rect(min(origin, x), y + 4, max(abs(x - origin), 1.5), ROW - 8, colour))
        chart.texts.append(Text(max(origin, x) + 4, y + ROW * 0.65, format(value, value_format),
                                css="value"))
    return chart


def stacked_shares(labels: Sequence[str], shares: Sequence[Sequence[float]],
                   parts: Sequence[tuple[str, str]], *, axis_title: str, title: str = "") -> Chart:
    """One 0–100% bar per outlet split into ``parts`` (name, colour); shares sum to 1."""
    bottom = TOP + ROW * len(labels)
    chart = Chart(height=bottom + AXIS + 18, title=title or axis_title)
    scale = _Scale(0, 100, LEFT, WIDTH - RIGHT)
    _x_axis(chart, scale, TOP, bottom, _ticks(0, 100), ".0f", axis_title)
    for i, (label, row) in enumerate(zip(labels, shares)):
        y = TOP + i * ROW
        chart.texts.append(Text(LEFT - 6, y + ROW * 0.65, label, "end"))
        x = 0.0
        for share, (_, colour) in zip(row, parts):
            if share > 0:
                chart.rects.append(Rect(scale(x * 100), y + 4, share * (scale.right - scale.left),
                                        ROW - 8, colour))
                if share >= 0.08:
                    chart.texts.append(Text(scale((x + share / 2) * 100), y + ROW * 0.65,
                                            f"{share * 100:.0f}%", "middle", "inbar"))
            x += share
    _legend(chart, parts, bottom + AXIS + 6)
    return chart


def line_chart(series: Sequence[tuple[str, str, Sequence[float | None]]], *,
               y_domain: tuple[float, float], x_title: str, y_title: str,
               title: str = "",
               x_labels: Sequence[tuple[float, str]] = ((0, "beginning"), (50, "middle"),
                                                        (100, "end"))) -> Chart:
    """Lines over positions 0..n-1 spread across the width; gaps where a value is None.
    ``series`` holds (label, colour, values); ``x_labels`` (position 0–100, text) mark
    the horizontal axis."""
    height = 180
    plot_top, plot_bottom, left = TOP, TOP + height, 60
    chart = Chart(height=plot_bottom + AXIS + 18 * ((len(series) + 2) // 3), title=title or y_title)
    x_scale = _Scale(0, 100, left, WIDTH - 20)
    y_scale = _Scale(y_domain[0], y_domain[1], plot_bottom, plot_top)
    for tick in _ticks(*y_domain):
        y = y_scale(tick)
        chart.lines.append(Line(left, y, WIDTH - 20, y, "zero" if tick == 0 else "grid"))
        chart.texts.append(Text(left - 6, y + 4, f"{tick:+.1f}" if tick else "0", "end", "tick"))
    chart.texts.append(Text(14, (plot_top + plot_bottom) / 2, y_title, "middle", "axis-vertical"))
    for tick, name in x_labels:
        chart.texts.append(Text(x_scale(tick), plot_bottom + 13, name, "middle", "tick"))
    chart.texts.append(Text((left + WIDTH - 20) / 2, plot_bottom + 30, x_title, "middle", "axis"))
    for _, colour, values in series:
        count = len(values)
        points = [(x_scale((i + 0.5) / count * 100), y_scale(v))
                  for i, v in enumerate(values) if v is not None]
        if len(points) > 1:
            chart.paths.append(Path(" ".join(f"{x:.1f},{y:.1f}" for x, y in points), colour))
        chart.dots.extend(Dot(x, y, colour) for x, y in points)
    _legend(chart, [(label, colour) for label, colour, _ in series], plot_bottom + AXIS + 6)
    return chart


def dot_plot(rows: Sequence[tuple[str, Sequence[float | None]]], colours: Sequence[str],
             outlets: Sequence[str], *, domain: tuple[float, float], axis_title: str,
             tick_format: str = ".0f", title: str = "") -> Chart:
    """One row per metric, one dot per outlet on a shared scale."""
    bottom = TOP + ROW * len(rows)
    chart = Chart(height=bottom + AXIS + 18 * ((len(outlets) + 2) // 3), title=title or axis_title)
    scale = _Scale(domain[0], domain[1], LEFT, WIDTH - RIGHT)
    _x_axis(chart, scale, TOP, bottom, _ticks(*domain), tick_format, axis_title)
    for i, (label, values) in enumerate(rows):
        y = TOP + i * ROW + ROW / 2
        chart.texts.append(Text(LEFT - 6, y + 4, label, "end"))
        chart.lines.append(Line(LEFT, y, WIDTH - RIGHT, y, "row"))
        for value, colour in zip(values, colours):
            if value is not None:
                chart.dots.append(Dot(scale(max(domain[0], min(domain[1], value))), y, colour))
    _legend(chart, list(zip(outlets, colours)), bottom + AXIS + 6)
    return chart


@dataclass(frozen=True, slots=True)
class Spread:
    """One group's distribution for ``box_plot``: quartiles, whiskers (the furthest
    values within 1.5 times the box's length), the mean and its interval."""

    q1: float
    median: float
    q3: float
    low: float
    high: float
    mean: float
    mean_low: float | None
    mean_high: float | None


def box_plot(rows: Sequence[tuple[str, str, Spread | None]], *, domain: tuple[float, float],
             axis_title: str, tick_format: str = ".1f", title: str = "") -> Chart:
    """One box per row (label, colour, spread): the box spans the middle half of the
    articles, a white line marks the median, whiskers reach the furthest values within
    1.5 box lengths; under the box a black dot is the mean and a black line its interval."""
    bottom = TOP + ROW * len(rows)
    chart = Chart(height=bottom + AXIS, title=title or axis_title)
    scale = _Scale(domain[0], domain[1], LEFT, WIDTH - RIGHT)
    _x_axis(chart, scale, TOP, bottom, _ticks(*domain), tick_format, axis_title)

    def x(value: float) -> float:
        return scale(max(domain[0], min(domain[1], value)))

    for i, (label, colour, spread) in enumerate(rows):
        y = TOP + i * ROW
        chart.texts.append(Text(LEFT - 6, y + ROW * 0.65, label, "end"))
        if spread is None:
            chart.texts.append(Text(LEFT + 4, y + ROW * 0.65, "n/a", css="value"))
            continue
        middle = y + ROW * 0.4
        chart.lines.append(Line(x(spread.low), middle, x(spread.high), middle, "whisker"))
        chart.rects.append(Rect(x(spread.q1), y + 3, max(x(spread.q3) - x(spread.q1), 1.5),
                                ROW * 0.8 - 6, colour))
        chart.lines.append(Line(x(spread.median), y + 3, x(spread.median), y + ROW * 0.8 - 3,
                                "median"))
        if spread.mean_low is not None and spread.mean_high is not None:
            chart.lines.append(Line(x(spread.mean_low), y + ROW - 3, x(spread.mean_high),
                                    y + ROW - 3, "interval"))
        chart.dots.append(Dot(x(spread.mean), y + ROW - 3, "#111111"))
    return chart


def _legend(chart: Chart, items: Sequence[tuple[str, str]], top: float) -> None:
    per_row = 3
    column = (WIDTH - 40) / per_row
    for i, (label, colour) in enumerate(items):
        x = 20 + (i % per_row) * column
        y = top + (i // per_row) * 18
        chart.rects.append(Rect(x, y, 10, 10, colour))
        chart.texts.append(Text(x + 14, y + 9, label, css="legend"))


def nice_domain(values: Sequence[float | None], *, floor: float = 0.0) -> tuple[float, float]:
    """A domain from ``floor`` up past the largest value, split by the axis's five
    ticks into round steps (1, 2 or 5 times a power of ten)."""
    present = [v for v in values if v is not None]
    raw = max(max(present, default=0.0) - floor, 4.0) / 4  # whole-number ticks at least
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    return floor, floor + 4 * step


def chart_view(chart: Chart) -> ChartView:
    """The chart as the template prints it."""
    return ChartView(
        width=_number(chart.width), height=_number(chart.height),
        view_box=f"0 0 {_number(chart.width)} {_number(chart.height)}", title=chart.title,
        lines=tuple(SvgLine(_number(l.x1), _number(l.y1), _number(l.x2), _number(l.y2),
                            LINE_STROKES[l.css]) for l in chart.lines),
        rects=tuple(SvgRect(_number(r.x), _number(r.y), _number(r.width), _number(r.height), r.fill)
                    for r in chart.rects),
        polylines=tuple(SvgPolyline(p.points, p.stroke) for p in chart.paths),
        dots=tuple(SvgDot(_number(d.x), _number(d.y), d.fill) for d in chart.dots),
        texts=tuple(_text_view(t) for t in chart.texts),
    )


def _text_view(text: Text) -> SvgText:
    x, y = _number(text.x), _number(text.y)
    size, fill = TEXT_STYLES[text.css]
    if text.css == "axis-vertical":
        return SvgText(x, y, text.text, "middle", size, fill, f"rotate(-90 {x} {y})")
    return SvgText(x, y, text.text, text.anchor, size, fill, "")


def _number(value: float) -> str:
    """A coordinate to two decimals, without trailing zeros (a hundredth of a point is
    far below what the page shows)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text
