"""Data files shipped with framing: lexicons and word lists, each with a header
naming what it is, its source and its licence."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).parent  # the one place that says where the data files are


def data_path(name: str) -> Path:
    """The path of the shipped data file ``name``."""
    return DATA_DIR / name


def read_data(name: str) -> str:
    """The UTF-8 text of the shipped data file ``name``."""
    return data_path(name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """The entries of the word list ``framing/data/<name>``, lower-cased: one entry
    a line; lines starting with ``#`` are comments."""
    text = read_data(name)
    return frozenset(line.strip().lower() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))
