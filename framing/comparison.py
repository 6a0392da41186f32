"""Cross-article facts: each headline metric side by side, with its extremes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from collections import Counter

from framing.analyzers import ANALYZERS
from framing.attribution import canonical_speakers
from framing.pipeline import ArticleAnalysis
from framing.analyzers.contract import Metric


@dataclass(frozen=True)
class MetricRow:
    analyzer: str
    metric: Metric
    values: tuple[float | None, ...]  # one per article, in article order
    highest: tuple[int, ...]  # indexes of the articles with the highest value
    lowest: tuple[int, ...]


@dataclass(frozen=True)
class SourceRow:
    """One source and how often each article credits it (0: not quoted there)."""

    name: str
    source_type: str
    mentions: tuple[int, ...]  # one per article, in article order

    @property
    def outlets(self) -> int:
        return sum(1 for m in self.mentions if m)


@dataclass(frozen=True)
class TermUse:
    entry: str
    category: str
    count: int


@dataclass(frozen=True)
class Comparison:
    analyses: tuple[ArticleAnalysis, ...]
    rows: tuple[MetricRow, ...]
    sources: tuple[SourceRow, ...]  # shared sources first
    exclusive_terms: tuple[tuple[TermUse, ...], ...]  # per article: loaded terms no other article uses


def compare(analyses: Sequence[ArticleAnalysis]) -> Comparison:
    rows = []
    for name, module in ANALYZERS.items():
        for metric in module.METRICS:
            values = tuple(getattr(getattr(a, name), metric.key) for a in analyses)
            rows.append(_row(name, metric, values))
    return Comparison(analyses=tuple(analyses), rows=tuple(rows),
                      sources=shared_sources(analyses), exclusive_terms=exclusive_terms(analyses))


def shared_sources(analyses: Sequence[ArticleAnalysis]) -> tuple[SourceRow, ...]:
    """Every source credited anywhere, matched across articles ("Ana Ortiz" in one,
    "Deputy Mayor Ortiz" in another), most widely quoted first."""
    speakers = [a.attribution.speakers for a in analyses]
    shared = canonical_speakers([[s.name for s in article] for article in speakers])
    mentions: dict[str, list[int]] = {}
    types: dict[str, str] = {}
    for i, (article, names) in enumerate(zip(speakers, shared)):
        for speaker in article:
            name = names.get(speaker.name, speaker.name)
            mentions.setdefault(name, [0] * len(analyses))[i] += speaker.mentions
            types.setdefault(name, speaker.source_type)
    rows = [SourceRow(name, types[name], tuple(counts)) for name, counts in mentions.items()]
    rows.sort(key=lambda r: (-r.outlets, -sum(r.mentions), r.name.lower()))
    return tuple(rows)


def exclusive_terms(analyses: Sequence[ArticleAnalysis]) -> tuple[tuple[TermUse, ...], ...]:
    """For each article, the loaded-language entries that no other article uses."""
    counts = [Counter((s.entry, s.category) for s in a.loaded_language.spans) for a in analyses]
    result = []
    for i, own in enumerate(counts):
        others = {entry for j, c in enumerate(counts) if j != i for entry, _ in c}
        uses = [TermUse(entry, category, n) for (entry, category), n in own.items()
                if entry not in others]
        uses.sort(key=lambda u: (-u.count, u.entry))
        result.append(tuple(uses))
    return tuple(result)


def _row(name: str, metric: Metric, values: tuple[float | None, ...]) -> MetricRow:
    present = [v for v in values if v is not None]
    if len(present) < 2 or max(present) == min(present):
        return MetricRow(name, metric, values, (), ())
    top, bottom = max(present), min(present)
    return MetricRow(name, metric, values,
                     tuple(i for i, v in enumerate(values) if v == top),
                     tuple(i for i, v in enumerate(values) if v == bottom))
