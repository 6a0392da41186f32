"""What a corpus run keeps about each outlet while the rows stream past: every
metric's values (for the intervals and the distributions), tone by month, the
sources it quotes and their types, and the counts of its candidate terms (for its
distinctive terms). One number per metric per article, one counter entry per
distinct source and per distinct word or word pair; the articles themselves are
not kept."""

from __future__ import annotations

import re
from array import array
from collections import Counter
from dataclasses import dataclass, field

import numpy

from framing.comparison.distinctive import DistinctiveTerms, TermCounts, log_odds, names_of, \
    without_names
from framing.corpus import bootstrap
from framing.corpus.rows import Result, metric_columns
from framing.settings import IntervalSettings

_MONTH_RE = re.compile(r"(\d{4})-(\d{2})")


@dataclass
class OutletSummary:
    name: str
    articles: int = 0
    words: int = 0
    stories: set[str] = field(default_factory=set)
    values: list[array] = field(default_factory=lambda: [array("d") for _ in metric_columns()])
    tone_by_month: dict[str, list[float]] = field(default_factory=dict)  # month: [sum, count]
    sources: Counter = field(default_factory=Counter)  # key: mentions
    source_names: dict[str, str] = field(default_factory=dict)  # key: first name seen
    source_types: Counter = field(default_factory=Counter)  # type: mentions
    intervals: IntervalSettings = IntervalSettings()  # the run's [intervals] settings
    terms: TermCounts = field(default_factory=lambda: TermCounts(Counter(), Counter(), 0))
    # the terms it uses more than the other outlets pooled (CorpusSummary.distinctive)
    distinctive: DistinctiveTerms = DistinctiveTerms(())

    def metric(self, column: str) -> numpy.ndarray:
        """The outlet's values of one articles column (NaN where an article has none)."""
        index = [name for name, *_ in metric_columns()].index(column)
        return numpy.asarray(self.values[index])

    # intervals already computed, by (column, articles): the tables and the report ask for
    # the same ones, and each is a full bootstrap over the outlet's articles
    computed: dict[tuple[str, int], bootstrap.Interval] = field(default_factory=dict, repr=False)

    def interval(self, column: str) -> bootstrap.Interval:
        key = (column, self.articles)
        if key not in self.computed:
            self.computed[key] = bootstrap.mean_interval(self.metric(column), group=self.name,
                                                         settings=self.intervals)
        return self.computed[key]


class CorpusSummary:
    """Per-outlet figures, filled by ``add`` in output order."""

    def __init__(self, intervals: IntervalSettings = IntervalSettings()) -> None:
        self.intervals = intervals
        self.outlets: dict[str, OutletSummary] = {}
        self.stories: Counter = Counter()  # story id: articles
        self._distinctive_done = False

    def add(self, result: Result) -> None:
        row = result.row
        outlet = self.outlets.get(row["outlet"])
        if outlet is None:
            outlet = self.outlets[row["outlet"]] = OutletSummary(row["outlet"],
                                                                intervals=self.intervals)
        outlet.articles += 1
        outlet.words += row["words"]
        if row.get("story"):
            outlet.stories.add(row["story"])
            self.stories[row["story"]] += 1
        for values, (name, *_) in zip(outlet.values, metric_columns()):
            values.append(numpy.nan if row[name] is None else row[name])
        month = _MONTH_RE.match(row.get("date") or "")
        if month and row["sentiment_mean"] is not None:
            totals = outlet.tone_by_month.setdefault(f"{month[1]}-{month[2]}", [0.0, 0])
            totals[0] += row["sentiment_mean"]
            totals[1] += 1
        for key, name, source_type, mentions in result.sources:
            outlet.sources[key] += mentions
            outlet.source_names.setdefault(key, name)
            outlet.source_types[source_type] += mentions
        outlet.terms = outlet.terms.add(TermCounts(result.terms, result.capitalised,
                                                   result.term_words))

    def distinctive(self) -> list[OutletSummary]:
        """The outlets (sorted by name) with their distinctive terms filled in: each outlet
        against all the others pooled, by weighted log-odds at the run's confidence level;
        names (words capitalised at every use in the whole corpus) are left out. Computed
        once, after the last ``add``."""
        outlets = self.sorted_outlets()
        if not self._distinctive_done:
            names = names_of([o.terms for o in outlets])
            counts = [without_names(o.terms.terms, names) for o in outlets]
            sizes = [o.terms.words for o in outlets]
            for outlet in outlets:  # the counts are no longer needed
                outlet.terms = TermCounts(Counter(), Counter(), outlet.terms.words)
            found = log_odds(counts, sizes, level=self.intervals.confidence_level)
            for outlet, terms in zip(outlets, found):
                outlet.distinctive = terms
            self._distinctive_done = True
        return outlets

    def sorted_outlets(self) -> list[OutletSummary]:
        return [self.outlets[name] for name in sorted(self.outlets)]
