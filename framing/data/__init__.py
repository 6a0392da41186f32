"""Data files shipped with framing: lexicons and word lists, each with a header
naming what it is, its source and its licence."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """The entries of the word list ``framing/data/<name>``, lower-cased: one entry
    a line; lines starting with ``#`` are comments."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))
