"""Intervals for figures computed from a sample of units (sentences, words, articles).

Two intervals, both general enough for any figure made from independent units:

- ``bootstrap_interval``: the percentile bootstrap (Efron & Tibshirani, 1993, ch. 13), with
  Hesterberg's expansion for few units. The units are resampled with replacement
  ``resamples`` times; the figure is recomputed on each resample and the interval is the
  middle ``level`` of those figures (a little more with few units). A unit is a row
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
from functools import lru_cache
from statistics import NormalDist

import numpy as np

# A statistic maps the column totals of each resample (shape resamples × columns) and the
# number of units to one figure per resample.
Statistic = Callable[[np.ndarray, int], np.ndarray]
# A multinomial draw over k distinct rows costs about as much as drawing this many times k
# units by index (numpy 2.x, measured with benchmarks/report_timing.py); merging identical
# rows is worth trying only with many units.
_MULTINOMIAL_COST = 8
_MERGE_FROM = 200
_DRAWN_AT_ONCE = 1 << 18  # units drawn by index in one array (× columns × 8 bytes)
_NORMAL = NormalDist()


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
    a figure. Several figures of the same units: ``resampled_totals`` once, then
    ``percentile_interval`` of each statistic.
    """
    drawn = resampled_totals(units, resamples=resamples, seed=seed)
    if drawn is None:
        return None
    totals, n = drawn
    return percentile_interval(statistic(totals, n), level=level, units=n)


def resampled_totals(units: Sequence[float] | Sequence[Sequence[float]] | np.ndarray, *,
                     resamples: int = 1000, seed: int = 0) -> tuple[np.ndarray, int] | None:
    """The column totals of ``resamples`` bootstrap resamples of ``units`` (an array of
    resamples × columns) and the number of units; None with fewer than two units.

    Where most of many units are alike (words, most without a loaded term), identical rows
    are merged and each resample draws how many times every distinct row occurs (a
    multinomial draw): the same distribution as drawing ``n`` units with replacement, at a
    cost that grows with the distinct rows, not the units. Otherwise units are drawn by index.
    """
    data = np.asarray(units, dtype=float)
    if data.ndim == 1:
        data = data[:, None]
    n = len(data)
    if n < 2:
        return None
    if n >= _MERGE_FROM:
        if data.shape[1] == 1:  # the same rows as np.unique(axis=0), found faster
            values, counts = np.unique(data[:, 0], return_counts=True)
            distinct = values[:, None]
        else:
            distinct, counts = np.unique(data, axis=0, return_counts=True)
        if len(distinct) * _MULTINOMIAL_COST < n:
            rng = np.random.default_rng(seed)
            return rng.multinomial(n, counts / n, size=resamples) @ distinct, n
    step = max(1, _DRAWN_AT_ONCE // n)  # bounds the memory a long article's resamples take
    if step >= resamples:  # one draw: the same indexes for every figure of n units
        return data[_indexes(n, resamples, seed)].sum(axis=1), n
    rng = np.random.default_rng(seed)
    totals = np.empty((resamples, data.shape[1]))
    for start in range(0, resamples, step):
        stop = min(resamples, start + step)
        totals[start:stop] = data[rng.integers(0, n, size=(stop - start, n))].sum(axis=1)
    return totals, n


@lru_cache(maxsize=32)
def _indexes(n: int, resamples: int, seed: int) -> np.ndarray:
    """The units drawn by ``resamples`` resamples of ``n`` units, from a generator started
    at ``seed``: what ``resampled_totals`` would draw, kept because every figure of an
    article with the same number of units (and every article of that length) draws the
    same. At most _DRAWN_AT_ONCE indexes each (2 MB), so the cache stays small."""
    indexes = np.random.default_rng(seed).integers(0, n, size=(resamples, n))
    indexes.setflags(write=False)
    return indexes


def percentile_interval(figures: np.ndarray, *, level: float = 0.95,
                        units: int | None = None) -> tuple[float, float] | None:
    """The middle of the resampled ``figures`` (NaN left out) at ``level``; None when none is
    left. With the number of ``units`` resampled, the percentiles are widened as in
    Hesterberg's expanded percentile interval ("What teachers should know about the
    bootstrap", The American Statistician 69(4), 2015): the tail is Φ(−√(n/(n−1))·t),
    t the Student quantile with n−1 degrees of freedom, which corrects the plain percentile
    interval's narrowness with few units (its 95% intervals over 25 sentences covered 92%)."""
    figures = figures[np.isfinite(figures)]
    if not len(figures):
        return None
    tail = (1 - level) / 2
    if units is not None and units > 1:
        tail = _NORMAL.cdf(-math.sqrt(units / (units - 1)) * _student_t(1 - tail, units - 1))
    ordered = np.sort(figures)
    return quantile(ordered, tail), quantile(ordered, 1 - tail)


def quantile(ordered: np.ndarray, q: float) -> float:
    """The ``q`` quantile of the sorted values ``ordered``, as ``np.quantile`` computes it
    by default (linear interpolation, its operations in its order: the same float), without
    its general machinery, which cost most of an interval's time."""
    last = len(ordered) - 1
    virtual = last * q
    if virtual >= last:
        return float(ordered[last])
    if virtual < 0:
        return float(ordered[0])
    previous = math.floor(virtual)
    a, b = float(ordered[previous]), float(ordered[previous + 1])
    t = virtual - previous
    difference = b - a
    return b - difference * (1 - t) if t >= 0.5 else a + difference * t


def _student_t(probability: float, freedom: int) -> float:
    """The Student t quantile, by the Cornish–Fisher expansion around the normal one
    (Abramowitz & Stegun 26.7.5; within 0.001 from 3 degrees of freedom at 0.975)."""
    z = _NORMAL.inv_cdf(probability)
    v = float(freedom)
    return (z + (z ** 3 + z) / (4 * v) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * v ** 2)
            + (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / (384 * v ** 3)
            + (79 * z ** 9 + 776 * z ** 7 + 1482 * z ** 5 - 1920 * z ** 3 - 945 * z) / (92160 * v ** 4))


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
    return _NORMAL.inv_cdf(1 - (1 - level) / 2)


def clear_difference(first: tuple[float, float] | None, second: tuple[float, float] | None) -> bool:
    """True when both intervals exist and do not overlap."""
    if first is None or second is None:
        return False
    return first[1] < second[0] or second[1] < first[0]
