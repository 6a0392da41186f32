"""Data files shipped with framing: lexicons and word lists, each with a header
naming what it is, its source and its licence."""

from __future__ import annotations

import hashlib
import importlib.util
import marshal
import os
import sys
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from framing.errors import FramingError

DATA_DIR = Path(__file__).parent  # the one place that says where the data files are
T = TypeVar("T")


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
    try:
        if sys.platform == "win32":
            root = os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local"
        elif sys.platform == "darwin":
            root = Path.home() / "Library" / "Caches"
        else:
            root = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    except RuntimeError as error:  # no home folder: treated as a cache that cannot be used
        raise OSError(f"no folder for framing's cache: {error}") from None
    return Path(root) / "framing"


def cache_path(stem: str, source: Path, suffix: str = "") -> Path:
    """Where the cache keeps what is derived from the file ``source``: a name that changes
    when the file is replaced (its size and modification time), so that an upgraded
    package never meets a copy made from its old data."""
    stat = source.stat()
    return cache_dir() / f"{stem}-{stat.st_size}-{stat.st_mtime_ns}{suffix}"


def cached(stem: str, source: Path, build: Callable[[], T]) -> T:
    """``build()``, a value made of dicts, lists, tuples, sets, strings and numbers from the
    file ``source``, kept in the cache folder with ``marshal`` (several times faster to read
    back than most parsing). Built afresh when the copy is missing or unreadable; when the
    cache cannot be written, the value is simply not kept."""
    return _marshalled(lambda: cache_path(stem, source, _MARSHAL_SUFFIX), build)


def cached_for(stem: str, sources: Sequence[Path], also: str, build: Callable[[], T]) -> T:
    """``build()`` as ``cached`` keeps it, for a value made from several files and some
    settings (``also``): kept under a digest of the files' paths, sizes and modification
    times and of ``also``, so that changing any of them builds it afresh. A file that
    cannot be read is left to ``build`` to report."""
    def path() -> Path:
        digest = hashlib.sha256(also.encode("utf-8"))
        for source in sources:
            stat = source.stat()
            digest.update(f"\0{source}\0{stat.st_size}\0{stat.st_mtime_ns}".encode("utf-8"))
        return cache_dir() / f"{stem}-{digest.hexdigest()[:20]}{_MARSHAL_SUFFIX}"

    return _marshalled(path, build)


_MARSHAL_SUFFIX = f".py{sys.version_info[0]}{sys.version_info[1]}.marshal"  # marshal's format


def _marshalled(path: Callable[[], Path], build: Callable[[], T]) -> T:
    try:
        return marshal.loads(path().read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        pass
    value = build()
    try:
        write_cache(path(), marshal.dumps(value))
    except (OSError, ValueError):  # no writable folder, or a value marshal cannot write
        pass
    return value


def write_cache(path: Path, data: bytes | memoryview) -> None:
    """Write ``data`` to ``path`` whole or not at all: to a temporary file beside it,
    renamed into place (another process may be writing the same file)."""
    import tempfile  # only when writing: its import costs a few ms of every start

    path.parent.mkdir(parents=True, exist_ok=True)
    handle, staging = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(staging, path)
    except BaseException:
        Path(staging).unlink(missing_ok=True)
        raise


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
