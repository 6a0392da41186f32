"""Data files shipped with framing: lexicons and word lists, each with a header
naming what it is, its source and its licence."""

from __future__ import annotations

import importlib.util
import os
import sys
from functools import lru_cache
from pathlib import Path

from framing.errors import FramingError

DATA_DIR = Path(__file__).parent  # the one place that says where the data files are


def data_path(name: str) -> Path:
    """The path of the shipped data file ``name``."""
    return DATA_DIR / name


def package_file(package: str, *parts: str) -> Path:
    """The path of a data file another installed package ships (``parts`` below its
    folder), found without importing the package; a missing package is a broken install."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise FramingError(f"the {package} package is missing: reinstall framing")
    return Path(spec.submodule_search_locations[0], *parts)


def cache_dir() -> Path:
    """The folder where framing keeps what it derives from installed data to start
    faster (e.g. the language model, decompressed), safe to delete: ``$FRAMING_CACHE_DIR``
    when set, else ``framing`` in the user's cache folder (``$XDG_CACHE_HOME`` or
    ``~/.cache`` on Linux, ``~/Library/Caches`` on macOS, ``%LOCALAPPDATA%`` on Windows)."""
    if folder := os.environ.get("FRAMING_CACHE_DIR"):
        return Path(folder)
    if sys.platform == "win32":
        root = os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local"
    elif sys.platform == "darwin":
        root = Path.home() / "Library" / "Caches"
    else:
        root = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(root) / "framing"


def read_data(name: str) -> str:
    """The UTF-8 text of the shipped data file ``name``."""
    return data_path(name).read_text(encoding="utf-8")


def data_rows(name: str) -> list[list[str]]:
    """The rows of the tab-separated data file ``name``: each line that is neither blank
    nor a ``#`` comment, split at its tabs (fields as written, not stripped)."""
    return [line.split("\t") for line in read_data(name).splitlines()
            if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """The entries of the word list ``framing/data/<name>``, lower-cased: one entry
    a line; lines starting with ``#`` are comments."""
    text = read_data(name)
    return frozenset(line.strip().lower() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=None)
def verb_forms(modes: frozenset[str] | None = None, *, nounlike: bool = True) -> frozenset[str]:
    """Every form of the reporting verbs in ``attribution_verbs.tsv``, lower-case, as
    written there (a form may be several words: "pointed out"): only the verbs of
    ``modes`` (speech, quote, act, thought, evidence) when given, and without the forms
    that are also common nouns (marked ``*``: "the report", "an attack") unless ``nounlike``."""
    forms = set()
    for _lemma, mode, _stance, written in data_rows("attribution_verbs.tsv"):
        if modes is not None and mode not in modes:
            continue
        for form in (f.strip() for f in written.split(",")):
            if nounlike or not form.endswith("*"):
                forms.add(" ".join(form.rstrip("*").lower().split()))
    return frozenset(forms)
