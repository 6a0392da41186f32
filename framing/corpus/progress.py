"""The command line's progress bar for a corpus run (tqdm on stderr): articles
done of the total, rate and time left, with how many came from the cache and how
many were skipped; the last phase (writing the tables) shows as its label."""

from __future__ import annotations

from framing.corpus.run import ProgressBar


class TqdmBar(ProgressBar):
    def __init__(self, total: int | None):
        from tqdm import tqdm

        self.bar = tqdm(total=total, desc="Analyzing", unit="article", dynamic_ncols=True)
        self.seen = 0

    def update(self, *, done: int, cached: int, skipped: int) -> None:
        seen = done + skipped
        self.bar.update(seen - self.seen)
        self.seen = seen
        self.bar.set_postfix(cached=cached, skipped=skipped, refresh=False)

    def phase(self, name: str) -> None:
        self.bar.set_description(name)

    def close(self) -> None:
        self.bar.close()
