"""A per-process table of what is worked out once per distinct word (its counts, its
lexicon look-up, its VADER facts...), bounded so that memory stays flat over any corpus."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

V = TypeVar("V")


class Remembered(dict, Generic[V]):
    """Word → ``work_out(word)``, worked out on the word's first use and kept; a look-up
    is a plain dict look-up (``table[word]``). Once ``limit`` words are kept, the table
    starts afresh before taking the next one."""

    def __init__(self, work_out: Callable[[str], V], limit: int) -> None:
        super().__init__()
        self.work_out = work_out
        self.limit = limit

    def __missing__(self, word: str) -> V:
        if len(self) >= self.limit:
            self.clear()
        value = self[word] = self.work_out(word)
        return value
