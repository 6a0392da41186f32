"""Cross-article facts: each headline metric side by side, with its extremes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from framing.analyzers import ANALYZERS
from framing.pipeline import ArticleAnalysis
from framing.schema import Metric


@dataclass(frozen=True)
class MetricRow:
    analyzer: str
    metric: Metric
    values: tuple[float | None, ...]  # one per article, in article order
    highest: tuple[int, ...]  # indexes of the articles with the highest value
    lowest: tuple[int, ...]


@dataclass(frozen=True)
class Comparison:
    analyses: tuple[ArticleAnalysis, ...]
    rows: tuple[MetricRow, ...]


def compare(analyses: Sequence[ArticleAnalysis]) -> Comparison:
    rows = []
    for name, module in ANALYZERS.items():
        for metric in module.METRICS:
            values = tuple(getattr(getattr(a, name), metric.key) for a in analyses)
            rows.append(_row(name, metric, values))
    return Comparison(analyses=tuple(analyses), rows=tuple(rows))


def _row(name: str, metric: Metric, values: tuple[float | None, ...]) -> MetricRow:
    present = [v for v in values if v is not None]
    if len(present) < 2 or max(present) == min(present):
        return MetricRow(name, metric, values, (), ())
    top, bottom = max(present), min(present)
    return MetricRow(name, metric, values,
                     tuple(i for i, v in enumerate(values) if v == top),
                     tuple(i for i, v in enumerate(values) if v == bottom))
