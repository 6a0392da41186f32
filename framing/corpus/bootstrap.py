"""A percentile bootstrap interval for a mean, seeded so that a run is repeatable.

Each outlet's articles are resampled with replacement ``RESAMPLES`` times; the
interval runs from the 2.5th to the 97.5th percentile of the resampled means (a
95% interval by default). The generator is seeded from the seed and the group's
name (an outlet), so adding an outlet to a corpus does not move another's interval.
Articles without a value for a metric (no quotations, no headline) are left out
of that metric, and ``n`` says how many remained.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

import numpy

RESAMPLES = 2000
CONFIDENCE = 0.95
SEED = 13
_BLOCK = 200  # resamples drawn at a time, so memory stays at _BLOCK × n values


@dataclass(frozen=True, slots=True)
class Interval:
    n: int
    mean: float | None
    low: float | None
    high: float | None


def mean_interval(values: numpy.ndarray, *, group: str, resamples: int = RESAMPLES,
                  confidence: float = CONFIDENCE, seed: int = SEED) -> Interval:
    """The mean of ``values`` (NaN = no value) with its percentile bootstrap interval;
    with fewer than two values the interval is None."""
    present = values[~numpy.isnan(values)]
    n = len(present)
    if n == 0:
        return Interval(0, None, None, None)
    mean = float(present.mean())
    if n < 2:
        return Interval(n, mean, None, None)
    generator = numpy.random.default_rng([seed, zlib.crc32(group.encode("utf-8"))])
    means = []
    for start in range(0, resamples, _BLOCK):
        size = min(_BLOCK, resamples - start)
        means.append(present[generator.integers(0, n, size=(size, n))].mean(axis=1))
    tail = (1 - confidence) / 2
    low, high = numpy.quantile(numpy.concatenate(means), [tail, 1 - tail])
    return Interval(n, mean, float(low), float(high))
