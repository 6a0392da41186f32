"""How often the intervals framing draws around a figure cover its true value.

Usage: python benchmarks/interval_coverage.py [--trials 1000] [--level 0.95]

For each kind of figure, synthetic articles are drawn from a population whose true value is
known, the figure's interval is computed exactly as the comparison computes it
(``framing.comparison.differences.interval`` with the default ``[intervals]`` settings), and
the share of trials whose interval holds the true value is printed. Issue 12's target for
95% intervals: 93–97% over 1,000 trials.

- mean tone: 25 sentences whose VADER-like scores are 0 for 40% of sentences and otherwise
  spread over −1…1, skewed negative (true mean known from the population);
- loaded-term density: 400 words, each starting a loaded term with probability 0.03
  (true density 30 per 1,000 words);
- attributed word share: 25 sentences of 8–32 words, each attributed wholly with probability
  0.35 (a ratio over sentences; true share is the population ratio);
- negative sentence share (Wilson): 15 to 40 sentences, each negative with a probability
  drawn for the trial from 0.05–0.6 (the Wilson interval's coverage swings with n and p, from
  92% at n 25, p 0.3 to 96% at n 25, p 0.13, so the trials spread over both; a second line
  gives n 25, p 0.3 alone);
- Flesch reading ease: 25 sentences with random words per sentence and syllables per word
  (true value: the formula on the population's expected counts).
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from framing.analyzers.contract import Sample
from framing.analyzers.readability import FORMULAS
from framing.comparison.differences import interval
from framing.settings import IntervalSettings


def _tone(rng: np.random.Generator, n: int) -> np.ndarray:
    scores = np.clip(rng.normal(-0.15, 0.45, n), -1, 1)
    return np.where(rng.random(n) < 0.4, 0.0, scores)


def _readability_rows(rng: np.random.Generator, n: int) -> np.ndarray:
    words = rng.integers(8, 33, n)
    syllables = np.array([rng.choice([1, 1, 1, 2, 2, 3, 4], size=w).sum() for w in words])
    rows = np.zeros((n, 7))
    rows[:, 0], rows[:, 1], rows[:, 2] = words, 1, syllables
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=1000)
    parser.add_argument("--level", type=float, default=0.95)
    args = parser.parse_args()
    settings = IntervalSettings(confidence_level=args.level)
    rng = np.random.default_rng(20261129)

    big = _readability_rows(rng, 200_000)
    truths = {
        "mean tone (bootstrap over 25 sentences)": float(_tone(rng, 2_000_000).mean()),
        "loaded density (bootstrap over 400 words)": 30.0,
        "attributed word share (bootstrap, ratio)": 0.35,
        "negative sentence share (Wilson, mixed)": None,
        "negative sentence share (Wilson, 25, 0.3)": 0.3,
        "Flesch reading ease (bootstrap, formula)": float(
            FORMULAS["flesch_reading_ease"](big.sum(axis=0)[None, :])[0]),
    }

    def draw(name: str, truth: float) -> Sample:
        if name.startswith("mean tone"):
            return Sample("mean", "sentences", 25, units=_tone(rng, 25))
        if name.startswith("loaded"):
            return Sample("mean", "words", 400, units=(rng.random(400) < 0.03).astype(float),
                          scale=1000)
        if name.startswith("attributed"):
            words = rng.integers(8, 33, 25)
            attributed = np.where(rng.random(25) < 0.35, words, 0)
            return Sample("ratio", "sentences", 25, units=np.column_stack([attributed, words]))
        if name.startswith("negative"):
            n, p = (25, 0.3) if name.endswith("0.3)") else (int(rng.integers(15, 41)), truth)
            return Sample("share", "sentences", n, successes=int((rng.random(n) < p).sum()))
        return Sample("formula", "sentences", 25, units=_readability_rows(rng, 25),
                      formula=FORMULAS["flesch_reading_ease"])

    print(f"{args.trials:,} trials per figure, {args.level:.0%} intervals, "
          f"{settings.resamples:,} resamples each")
    for name, truth in truths.items():
        started = time.perf_counter()
        covered = 0
        for _ in range(args.trials):
            true = truth if truth is not None else float(rng.uniform(0.05, 0.6))
            low, high = interval(draw(name, true), settings)
            covered += low <= true <= high
        shown = f"{truth:8.4f}" if truth is not None else "  varies"
        print(f"{name:<44} true {shown}   coverage {covered / args.trials:6.1%}"
              f"   ({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
