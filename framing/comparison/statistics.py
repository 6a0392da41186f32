"""Intervals for figures computed from a sample of units (sentences, words, articles).

Two intervals, both general enough for any figure made from independent units:

- ``bootstrap_interval``: the percentile bootstrap (Efron & Tibshirani, 1993, ch. 13).
  The units are resampled with replacement ``resamples`` times; the figure is recomputed on
  each resample and the interval is the middle ``level`` of those figures. A unit is a row
  of numbers (a sentence's words, syllables and letters; a word's loaded-term weight; an
  article's mean tone), and the figure a function of the column totals, so one resample is
  a weighted sum, never a second pass over the text. The random generator starts from
  ``seed`` for every call, so the same inputs give the same interval, whatever else is
  computed in the same run.
- ``wilson_interval``: the Wilson score interval for a share of successes among ``n``
  independent trials (Wilson, 1927), the usual choice for a proportion because it stays
  inside [0, 1] and keeps close to its nominal coverage with few trials.

``clear_difference`` says whether two intervals do not overlap, the test the report uses
to mark a difference as beyond chance: deliberately conservative (two disjoint 95%
intervals mean roughly p < 0.01 for the difference).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from statistics import NormalDist

import numpy as np

# A statistic maps the column totals of each resample (shape resamples × columns) and the
# number of units to one figure per resample.
Statistic = Callable[[np.ndarray, int], np.ndarray]


def mean(totals: np.ndarray, n: int) -> np.ndarray:
    """The mean of the first column: the default statistic."""
    return totals[:, 0] / n


def ratio(scale: float = 1.0) -> Statistic:
    """The total of the first column over the total of the second, times ``scale``
    (a share of words, terms per 1,000 words). A resample whose second total is 0 gives
    NaN, which the interval ignores."""
    def statistic(totals: np.ndarray, n: int) -> np.ndarray:
        with np.errstate(divide="ignore", invalid="ignore"):
            return scale * totals[:, 0] / totals[:, 1]
    return statistic


def bootstrap_interval(units: Sequence[float] | Sequence[Sequence[float]] | np.ndarray,
                       statistic: Statistic = mean, *, level: float = 0.95,
                       resamples: int = 1000, seed: int = 0) -> tuple[float, float] | None:
    """The percentile bootstrap interval of ``statistic`` over ``units``.

    ``units`` holds one number or one row of numbers per unit; ``statistic`` turns the
    column totals of a resample into the figure (``mean`` by default; see ``ratio``).
    ``level`` is the confidence level (0.95: the middle 95% of the resampled figures).
    Returns ``(low, high)``, or None with fewer than two units or when no resample gives
    a figure.

    Identical rows are merged first and each resample draws how many times every distinct
    row occurs (one multinomial draw), which is the same distribution as drawing ``n`` units
    with replacement and much cheaper when most units are alike (a word with no loaded term).
    """
    data = np.asarray(units, dtype=float)
    if data.ndim == 1:
        data = data[:, None]
    n = len(data)
    if n < 2:
        return None
    distinct, counts = np.unique(data, axis=0, return_counts=True)
    rng = np.random.default_rng(seed)
    draws = rng.multinomial(n, counts / n, size=resamples)
    figures = statistic(draws @ distinct, n)
    figures = figures[np.isfinite(figures)]
    if not len(figures):
        return None
    tail = (1 - level) / 2
    low, high = np.quantile(figures, [tail, 1 - tail])
    return float(low), float(high)


def wilson_interval(successes: int, n: int, *, level: float = 0.95) -> tuple[float, float] | None:
    """The Wilson score interval for ``successes`` out of ``n`` independent trials, as
    shares (0–1); None when ``n`` is 0."""
    if n <= 0:
        return None
    z = z_critical(level)
    share = successes / n
    centre = (share + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(share * (1 - share) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def z_critical(level: float) -> float:
    """The two-sided critical value of the standard normal distribution at ``level``
    (1.96 at 0.95)."""
    return NormalDist().inv_cdf(1 - (1 - level) / 2)


def clear_difference(first: tuple[float, float] | None, second: tuple[float, float] | None) -> bool:
    """True when both intervals exist and do not overlap."""
    if first is None or second is None:
        return False
    return first[1] < second[0] or second[1] < first[0]
