"""framing.comparison.statistics: bootstrap and Wilson intervals."""

import numpy as np
import pytest

from framing.comparison.statistics import (bootstrap_interval, clear_difference, ratio,
                                           wilson_interval, z_critical)


def test_the_bootstrap_interval_holds_the_mean_and_narrows_with_more_units():
    rng = np.random.default_rng(1)
    few, many = rng.normal(0.2, 0.3, 20), rng.normal(0.2, 0.3, 500)
    low, high = bootstrap_interval(few)
    assert low < few.mean() < high
    wide = high - low
    low, high = bootstrap_interval(many)
    assert low < many.mean() < high
    assert high - low < wide / 2.5  # about √(500/20) = 5 times narrower


def test_the_same_seed_gives_the_same_interval_and_another_seed_another():
    values = [0.1, -0.4, 0.3, 0.0, 0.6, -0.2, 0.25]
    assert bootstrap_interval(values, seed=3) == bootstrap_interval(values, seed=3)
    assert bootstrap_interval(values, seed=3) != bootstrap_interval(values, seed=4)


def test_a_higher_level_gives_a_wider_interval():
    values = list(np.random.default_rng(2).normal(size=40))
    low90, high90 = bootstrap_interval(values, level=0.9)
    low99, high99 = bootstrap_interval(values, level=0.99)
    assert low99 < low90 and high99 > high90


def test_a_ratio_statistic_resamples_rows_of_part_and_whole():
    rows = [(5, 10), (0, 12), (8, 8), (2, 20), (6, 9), (1, 15)]
    low, high = bootstrap_interval(rows, ratio(100))
    assert low < 100 * 22 / 74 < high
    assert 0 <= low and high <= 100


def test_too_few_units_give_no_interval():
    assert bootstrap_interval([0.5]) is None
    assert bootstrap_interval([]) is None
    assert wilson_interval(0, 0) is None


def test_wilson_matches_the_textbook_values_and_stays_inside_zero_and_one():
    low, high = wilson_interval(5, 20)
    assert low == pytest.approx(0.1119, abs=1e-4) and high == pytest.approx(0.4687, abs=1e-4)
    assert wilson_interval(0, 10)[0] == pytest.approx(0.0, abs=1e-12)
    assert wilson_interval(10, 10)[1] == pytest.approx(1.0)
    assert 0.0 < wilson_interval(0, 10)[1] < 0.35
    assert z_critical(0.95) == pytest.approx(1.95996, abs=1e-5)


def test_clear_difference_means_the_intervals_do_not_overlap():
    assert clear_difference((0.1, 0.2), (0.3, 0.4))
    assert not clear_difference((0.1, 0.35), (0.3, 0.4))
    assert not clear_difference(None, (0.3, 0.4))
