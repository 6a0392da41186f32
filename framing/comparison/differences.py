"""Which differences between the articles are beyond chance.

Every headline figure (each analyzer's ``METRICS``) gets an interval from the units it is
computed from (``Result.sample``, ``framing.analyzers.contract.Sample``): a percentile
bootstrap over sentences or words, or a Wilson interval for a share of independent units
(``framing.comparison.statistics``), at the ``[intervals]`` settings' confidence level, number
of resamples and seed. A row of the comparison is a clear difference when the intervals of
its highest and lowest articles do not overlap.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from framing.analyzers import ANALYZERS
from framing.analyzers.contract import Analyzer, Metric, Sample
from framing.comparison.statistics import (clear_difference, percentile_interval, ratio,
                                           resampled_totals, wilson_interval)
from framing.pipeline import ArticleAnalysis
from framing.settings import IntervalSettings

INTERVAL_TEST = "interval_overlap"  # the highest and lowest articles' intervals do not overlap
NO_TEST = "none"  # a figure without units to resample (the headline's), or nothing to compare


@dataclass(frozen=True, slots=True)
class Estimate:
    """One article's headline figure with its interval and the units behind it."""

    value: float | None
    interval: tuple[float, float] | None
    n: int | None  # how many units the figure rests on (None: no sample)
    unit: str  # "sentences", "words", "attributions"…; "" without a sample

    def to_json(self) -> dict:
        return {"interval": None if self.interval is None else [round(v, 4) for v in self.interval],
                "n": self.n}


def estimate(analysis: ArticleAnalysis, analyzer: str, key: str, settings: IntervalSettings,
             drawn: dict[int, tuple] | None = None) -> Estimate:
    """The figure ``key`` of ``analyzer`` in ``analysis`` with its interval. ``drawn`` keeps
    the resamples of units several figures share (readability's six scores), by identity."""
    result = getattr(analysis, analyzer)
    value = getattr(result, key)
    sample = result.sample(key) if value is not None else None
    if sample is None:
        return Estimate(value, None, None, "")
    return Estimate(value, interval(sample, settings, {} if drawn is None else drawn),
                    sample.n, sample.unit)


def interval(sample: Sample, settings: IntervalSettings,
             drawn: dict[int, tuple] | None = None) -> tuple[float, float] | None:
    """The interval of the figure ``sample`` stands behind, at the settings' level."""
    level = settings.confidence_level
    if sample.kind == "share":
        return wilson_interval(sample.successes, sample.n, level=level)
    drawn = {} if drawn is None else drawn
    if id(sample.units) not in drawn:
        drawn[id(sample.units)] = (sample.units, resampled_totals(
            sample.units, resamples=settings.resamples, seed=settings.seed))
    resampled = drawn[id(sample.units)][1]
    if resampled is None:
        return None
    totals, n = resampled
    if sample.kind == "ratio":
        figures = ratio(sample.scale)(totals, n)
    elif sample.kind == "formula":
        figures = sample.formula(totals)
    else:
        figures = sample.scale * totals[:, 0] / n
    return percentile_interval(figures, level=level, units=n)


def article_estimates(analysis: ArticleAnalysis,
                      settings: IntervalSettings) -> dict[str, dict[str, Estimate]]:
    """Every headline figure of one article with its interval, by analyzer and metric key."""
    drawn: dict[int, tuple] = {}  # holds each units object too, so that no id is reused
    return {name: {m.key: estimate(analysis, name, m.key, settings, drawn)
                   for m in run_metrics(module, [getattr(analysis, name)])}
            for name, module in ANALYZERS.items()}


def run_metrics(module: Analyzer, results: Sequence[object]) -> tuple[Metric, ...]:
    """An analyzer's headline figures in this run: its ``run_metrics(results)`` where its
    figures depend on the run's settings (user categories), else its ``METRICS``."""
    return module.run_metrics(results) if hasattr(module, "run_metrics") else module.METRICS


def is_clear(estimates: tuple[Estimate, ...], highest: tuple[int, ...],
             lowest: tuple[int, ...]) -> tuple[bool, str]:
    """Whether the highest and lowest articles differ beyond chance, and by which test:
    every highest article's interval lies above every lowest article's."""
    if not highest or not lowest:
        return False, NO_TEST
    pairs = [(estimates[h].interval, estimates[low].interval) for h in highest for low in lowest]
    if any(a is None or b is None for a, b in pairs):
        return False, NO_TEST
    return all(clear_difference(a, b) and a[0] > b[1] for a, b in pairs), INTERVAL_TEST
