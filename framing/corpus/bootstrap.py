"""Each outlet's mean of a metric over its articles, with a bootstrap interval.

The interval is ``framing.comparison.statistics.bootstrap_interval`` over the outlet's
articles (one value per article), at the run's ``[intervals]`` confidence level and number
of resamples: the same method as the side-by-side report's intervals over sentences and
words. The random generator is seeded from the settings' seed and the outlet's name, so
adding an outlet to a corpus does not move another's interval. Articles without a value
for a metric (no quotations, no headline) are left out of that metric, and ``n`` says how
many remained.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

import numpy

from framing.comparison.statistics import bootstrap_interval
from framing.settings import IntervalSettings


@dataclass(frozen=True, slots=True)
class Interval:
    n: int
    mean: float | None
    low: float | None
    high: float | None


def mean_interval(values: numpy.ndarray, *, group: str,
                  settings: IntervalSettings = IntervalSettings()) -> Interval:
    """The mean of ``values`` (NaN = no value) with its bootstrap interval; with fewer
    than two values the interval is None."""
    present = values[~numpy.isnan(values)]
    n = len(present)
    if n == 0:
        return Interval(0, None, None, None)
    mean = float(present.mean())
    found = bootstrap_interval(present, level=settings.confidence_level,
                               resamples=settings.resamples,
                               seed=settings.seed * 2 ** 32 + zlib.crc32(group.encode("utf-8")))
    if found is None:
        return Interval(n, mean, None, None)
    return Interval(n, mean, *found)
