"""Cross-article figures: each headline metric side by side with its extremes, the sources
matched across the articles, and the loaded terms only one article uses."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from framing.analyzers import ANALYZERS
from framing.analyzers.contract import Metric
from framing.attribution.identity import match_sources
from framing.comparison.differences import Estimate, article_estimates, is_clear, run_metrics
from framing.comparison.distinctive import DistinctiveTerms, distinctive_terms
from framing.comparison.actors import ActorRow, ActorSelection, actor_rows, actor_selection
from framing.comparison.naming import NamedThing, named_things
from framing.comparison.facts import FactRow, fact_rows
from framing.comparison.passages import SharedPassages, shared_passages
from framing.comparison.quotes import QuoteGroup, quote_groups
from framing.pipeline import ArticleAnalysis
from framing.settings import IntervalSettings


@dataclass(frozen=True)
class MetricRow:
    analyzer: str
    metric: Metric
    values: tuple[float | None, ...]  # one per article, in article order
    highest: tuple[int, ...]  # indexes of the articles with the highest value
    lowest: tuple[int, ...]
    estimates: tuple[Estimate, ...] = ()  # per article: the value with its interval and n
    clear: bool = False  # the highest and lowest differ beyond chance (differences.is_clear)
    test: str = "none"  # the test that decided ("interval_overlap"), "none" when untested

    def to_json(self) -> dict:
        """This row in the ``comparison.differences`` list of ``framing analyze --json``."""
        return {"analyzer": self.analyzer, "metric": self.metric.key,
                "highest": list(self.highest), "lowest": list(self.lowest),
                "clear": self.clear, "test": self.test}


@dataclass(frozen=True)
class SourceRow:
    """One source (one real-world identity) and how often each article credits it
    (0: not quoted there)."""

    name: str  # the fullest form any article uses
    source_type: str
    mentions: tuple[int, ...]  # one per article, in article order
    id: str = ""  # "c1", "c2"…, in row order
    names: tuple[tuple[str, ...], ...] = ()  # per article, the forms of its name used there
    speaker_ids: tuple[tuple[str, ...], ...] = ()  # per article, its speakers' ids ("s1")

    def to_json(self) -> dict:
        """This source in the ``comparison.sources`` list of ``framing analyze --json``."""
        return {"id": self.id, "name": self.name, "type": self.source_type,
                "mentions": list(self.mentions), "names": [list(n) for n in self.names],
                "speaker_ids": [list(ids) for ids in self.speaker_ids]}

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
    passages: SharedPassages = SharedPassages()  # text two or more articles carry near-identically
    quotes: tuple[QuoteGroup, ...] = ()  # quotations found in two or more articles (quotes.py)
    actors: tuple[ActorRow, ...] = ()  # every actor, matched across the articles (actors.py)
    actor_selection: tuple[ActorSelection, ...] = ()  # per article: actors only it names, left out
    naming: tuple[NamedThing, ...] = ()  # things named with one modifier and different heads
    facts: tuple[FactRow, ...] = ()  # each figure, date and place, matched across the articles
    # per article, by analyzer and metric key: each headline figure with its interval
    estimates: tuple[dict[str, dict[str, Estimate]], ...] = ()
    distinctive: tuple[DistinctiveTerms, ...] = ()  # per article (distinctive.py)

    def to_json(self) -> dict:
        """The ``comparison`` object of ``framing analyze --json``: the sources, actors and
        facts matched across the articles, the quotations they share, their shared passages
        and which figures differ beyond chance."""
        return {"sources": [row.to_json() for row in self.sources],
                "quotes": [group.to_json(len(self.analyses)) for group in self.quotes],
                "actors": [row.to_json() for row in self.actors],
                "actor_selection": [choice.to_json() for choice in self.actor_selection],
                "naming": [thing.to_json() for thing in self.naming],
                "facts": [row.to_json() for row in self.facts],
                **self.passages.to_json(),
                "differences": [row.to_json() for row in self.rows],
                "distinctive_terms": [[t.to_json() for t in d.terms] for d in self.distinctive]}

    @property
    def clear_rows(self) -> tuple[MetricRow, ...]:
        return tuple(row for row in self.rows if row.clear)


def compare(analyses: Sequence[ArticleAnalysis],
            intervals: IntervalSettings | None = None) -> Comparison:
    """The comparison of ``analyses``; ``intervals`` are the ``[intervals]`` settings
    (default: the built-in ones)."""
    intervals = IntervalSettings() if intervals is None else intervals
    estimates = tuple(article_estimates(a, intervals) for a in analyses)
    rows = []
    for name, module in ANALYZERS.items():
        for metric in run_metrics(module, [getattr(a, name) for a in analyses]):
            rows.append(_row(name, metric, tuple(e[name][metric.key] for e in estimates)))
    sources = shared_sources(analyses)
    actors = actor_rows(analyses)
    return Comparison(analyses=tuple(analyses), rows=tuple(rows),
                      sources=sources, exclusive_terms=exclusive_terms(analyses),
                      passages=shared_passages([a.article for a in analyses]),
                      quotes=quote_groups(analyses, sources),
                      actors=actors, actor_selection=actor_selection(actors, len(analyses)),
                      naming=named_things(analyses),
                      facts=fact_rows([a.facts for a in analyses], [a.article for a in analyses]),
                      estimates=estimates,
                      distinctive=distinctive_terms([a.article for a in analyses],
                                                    level=intervals.confidence_level))


def shared_sources(analyses: Sequence[ArticleAnalysis]) -> tuple[SourceRow, ...]:
    """Every source credited anywhere, one row per real-world identity ("Jim Mattis" in
    one outlet, "James Mattis" in another; "U.S." and "United States"), sources that
    most outlets credit first (``framing.attribution.identity.match_sources``)."""
    speakers = [a.attribution.speakers for a in analyses]
    matched = match_sources([[(s.name, s.names, s.source_type, s.mentions) for s in article]
                             for article in speakers])
    rows = []
    for source in matched:
        chosen = [[article[i] for i in members] for article, members in zip(speakers, source.members)]
        rows.append(SourceRow(
            name=source.name, source_type=source.source_type,
            mentions=tuple(sum(s.mentions for s in found) for found in chosen),
            id=source.id,
            names=tuple(tuple(dict.fromkeys(n for s in found for n in s.names)) for found in chosen),
            speaker_ids=tuple(tuple(s.id for s in found) for found in chosen)))
    return tuple(rows)


def exclusive_terms(analyses: Sequence[ArticleAnalysis]) -> tuple[tuple[TermUse, ...], ...]:
    """For each article, the loaded-language entries that no other article uses."""
    counts = [Counter((t.entry, t.category) for s in a.loaded_language.spans for t in s.terms)
              for a in analyses]
    result = []
    for i, own in enumerate(counts):
        others = {entry for j, c in enumerate(counts) if j != i for entry, _ in c}
        uses = [TermUse(entry, category, n) for (entry, category), n in own.items()
                if entry not in others]
        uses.sort(key=lambda u: (-u.count, u.entry))
        result.append(tuple(uses))
    return tuple(result)


def _row(name: str, metric: Metric, estimates: tuple[Estimate, ...]) -> MetricRow:
    values = tuple(e.value for e in estimates)
    present = [v for v in values if v is not None]
    if len(present) < 2 or max(present) == min(present):
        return MetricRow(name, metric, values, (), (), estimates)
    top, bottom = max(present), min(present)
    highest = tuple(i for i, v in enumerate(values) if v == top)
    lowest = tuple(i for i, v in enumerate(values) if v == bottom)
    clear, test = is_clear(estimates, highest, lowest)
    return MetricRow(name, metric, values, highest, lowest, estimates, clear, test)
