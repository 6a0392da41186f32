"""A corpus's inputs: article files, folders, globs and tables, read as a stream of items.

An ``Item`` is one article as read, not yet parsed: a file's bytes, or a table
cell's text with the row's other columns. Parsing and analysis are the worker's
job (``framing.corpus.rows``), so reading stays cheap and the workers share it.

- A folder is searched recursively for files whose suffix is an article's
  (.txt, .md, .html, …) or a table's (.csv, .tsv, .jsonl, .ndjson, .parquet),
  in sorted path order; hidden files and folders are left out.
- A name that does not exist but holds ``*``, ``?`` or ``[`` is a glob
  (``**`` crosses folders).
- Tables are streamed: CSV and TSV with the csv module, JSONL one line at a
  time, Parquet one record batch at a time (pyarrow), so a table larger than
  memory is fine. The text column is required (a CSV or Parquet file without it
  stops the run; a JSONL line without it is skipped); the outlet, title, date, url and
  story columns are used when present.

A bad row (a cell that is not text, a broken JSON line, a text over the size
limit) becomes a ``Skipped`` naming the file and row; a problem with a whole
file (no text column, not a table) is an ArticleError that stops the run.
"""

from __future__ import annotations

import csv
import glob
import hashlib
import json
import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from framing.errors import ArticleError
from framing.inputs import read_regular_file
from framing.text.readers import LIMIT_HINT, SUFFIX_FORMATS

TABLE_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson", ".parquet")
_GLOB_CHARACTERS = ("*", "?", "[")
_PARQUET_BATCH = 256


@dataclass(frozen=True)
class Columns:
    """Which table columns hold each article's text and metadata."""

    text: str = "text"
    outlet: str = "outlet"
    title: str = "title"
    date: str = "date"
    url: str = "url"
    story: str = "story"

    def metadata(self) -> dict[str, str]:
        """The optional columns by field name (everything but the text)."""
        return {"outlet": self.outlet, "title": self.title, "date": self.date,
                "url": self.url, "story": self.story}


@dataclass(frozen=True)
class Item:
    """One article as read. ``name`` is what messages show: the file's path, or
    ``table.csv:row 7`` (row 1 is the first row after a CSV's header; JSONL
    counts lines)."""

    name: str
    path: str  # the file it came from
    row: int | None = None  # the row (table) or None (an article file)
    data: bytes | None = None  # an article file's bytes
    text: str | None = None  # a table cell's text
    metadata: Mapping[str, str | None] = field(default_factory=dict)

    def key(self) -> str:
        """A SHA-256 of everything the analysis reads from this item: the text or
        bytes, the metadata (a title becomes the headline) and a file's name (its
        suffix gives the format, its name the outlet when nothing else does); not
        the folder or the row, so a moved file or row keeps its cached result."""
        digest = hashlib.sha256()
        digest.update(self.data if self.data is not None else (self.text or "").encode("utf-8"))
        kind = f"file {Path(self.path).name}" if self.data is not None else "cell"
        digest.update(b"\0" + kind.encode("utf-8"))
        digest.update(json.dumps(dict(self.metadata), sort_keys=True).encode("utf-8"))
        return digest.hexdigest()


@dataclass(frozen=True)
class Skipped:
    """An input that was left out, with the reason (one line naming it)."""

    name: str
    reason: str


def find_inputs(names: Iterable[str]) -> list[Path]:
    """The files ``names`` stand for, in the order given: a file as it is, a
    folder's article and table files (recursively, sorted), a glob's matches
    (sorted). A name that matches nothing is an ArticleError."""
    found: list[Path] = []
    for name in names:
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if _wanted(p, path))
            if not files:
                raise ArticleError(f"{name}: the folder holds no article or table files "
                                   f"({', '.join(sorted({*SUFFIX_FORMATS, *TABLE_SUFFIXES}))})")
            found.extend(files)
        elif path.exists() or path.is_symlink():
            found.append(path)
        elif any(c in name for c in _GLOB_CHARACTERS):
            files = sorted(Path(p) for p in glob.glob(name, recursive=True) if Path(p).is_file())
            if not files:
                raise ArticleError(f"{name}: no file matches")
            found.extend(files)
        else:
            raise ArticleError(f"{name}: no such file")
    return found


def _wanted(path: Path, root: Path) -> bool:
    if any(part.startswith(".") for part in path.relative_to(root).parts):
        return False
    suffix = path.suffix.lower()
    return path.is_file() and (suffix in SUFFIX_FORMATS or suffix in TABLE_SUFFIXES)


def is_table(path: Path) -> bool:
    return path.suffix.lower() in TABLE_SUFFIXES


def read_items(paths: Iterable[Path], columns: Columns = Columns(), *,
               max_bytes: int, metadata: Mapping[str, Mapping[str, str | None]] | None = None,
               ) -> Iterator[Item | Skipped]:
    """Every article of ``paths``, in order, as an Item, or a Skipped for a bad row.

    ``metadata`` maps a file's name (with or without its suffix) to the fields that
    file's article takes (outlet, title, date, url, story), as ``read_metadata``
    reads them from a side table.
    """
    for path in paths:
        if is_table(path):
            yield from read_table(path, columns, max_bytes=max_bytes)
        else:
            data = read_regular_file(path, limit=max_bytes, kind="article", error=ArticleError,
                                     hint=LIMIT_HINT)
            fields = {}
            if metadata:
                fields = metadata.get(path.name) or metadata.get(path.stem) or {}
            yield Item(name=str(path), path=str(path), data=data, metadata=dict(fields))


def read_table(path: Path, columns: Columns = Columns(), *,
               max_bytes: int) -> Iterator[Item | Skipped]:
    """The rows of one table as Items (or Skipped), streamed."""
    records = _records_of(path, max_bytes)
    checked = False
    for row, record in records:
        if isinstance(record, Skipped):
            yield record
            continue
        if not checked and isinstance(record, _Header):
            _check_columns(path, record.names, columns)
            checked = True
            continue
        yield item_from_record(record, path=str(path), row=row, columns=columns,
                               max_bytes=max_bytes)


class _Header:
    """The column names a table declares before its first row."""

    def __init__(self, names: Iterable[str]):
        self.names = list(names)


def _check_columns(path: Path, names: list[str], columns: Columns) -> None:
    if columns.text not in names:
        shown = ", ".join(names[:12]) + (" …" if len(names) > 12 else "")
        raise ArticleError(f"{path}: no column '{columns.text}' for the article text "
                           f"(columns: {shown or 'none'}; name it with --text-column)")


def item_from_record(record: Mapping[str, object], *, path: str, row: int, columns: Columns,
                     max_bytes: int) -> Item | Skipped:
    """One table row as an Item, or a Skipped saying what is wrong with it."""
    name = f"{path}:{'line' if path.lower().endswith(('.jsonl', '.ndjson')) else 'row'} {row}"
    if not isinstance(record, Mapping):
        return Skipped(name, f"{name}: not an object with named fields")
    text = _value(record.get(columns.text))
    if text is None:
        return Skipped(name, f"{name}: no text in column '{columns.text}'")
    if not isinstance(record.get(columns.text), str):
        return Skipped(name, f"{name}: column '{columns.text}' holds "
                             f"{type(record.get(columns.text)).__name__}, not text")
    if len(text.encode("utf-8", errors="replace")) > max_bytes:
        return Skipped(name, f"{name}: the text is larger than the {max_bytes:,}-byte limit"
                             f"{LIMIT_HINT}")
    fields = {field_name: _value(record.get(column))
              for field_name, column in columns.metadata().items()}
    return Item(name=name, path=path, row=row, text=text, metadata=fields)


def _value(value: object) -> str | None:
    """A cell as text; None for an empty cell (None, NaN, blank)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = value if isinstance(value, str) else str(value)
    return text if text.strip() else None


def _csv_records(path: Path, delimiter: str, max_bytes: int):
    csv.field_size_limit(max(csv.field_size_limit(), max_bytes * 4 + 1))
    with _open_text(path) as stream:
        reader = csv.reader(stream, delimiter=delimiter)
        try:
            header = next(reader, None)
        except (csv.Error, UnicodeDecodeError) as error:
            raise ArticleError(f"{path}: not a readable table ({error})") from None
        if header is None:
            raise ArticleError(f"{path}: the table is empty")
        yield 0, _Header(header)
        row = 0
        while True:
            row += 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except UnicodeDecodeError:
                raise ArticleError(f"{path}: not UTF-8 text after row {row - 1}") from None
            except csv.Error as error:
                yield row, Skipped(f"{path}:row {row}", f"{path}:row {row}: {error}")
                continue
            if not any(cell.strip() for cell in cells):
                row -= 1  # a blank line is no row
                continue
            if len(cells) != len(header):
                yield row, Skipped(f"{path}:row {row}",
                                   f"{path}:row {row}: {len(cells)} fields where the header "
                                   f"names {len(header)}")
                continue
            yield row, dict(zip(header, cells))


def _jsonl_records(path: Path):
    with _open_text(path) as stream:
        for line_number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            name = f"{path}:line {line_number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                yield line_number, Skipped(name, f"{name}: not valid JSON ({error.msg})")
                continue
            if not isinstance(record, dict):
                yield line_number, Skipped(name, f"{name}: not a JSON object")
                continue
            yield line_number, record


def _parquet_records(path: Path):
    import pyarrow.parquet as pq

    try:
        table = pq.ParquetFile(path)
    except Exception as error:  # pyarrow raises several unrelated types for a broken file
        raise ArticleError(f"{path}: not a readable Parquet file ({error})") from None
    names = table.schema_arrow.names
    yield 0, _Header(names)
    row = 0
    for batch in table.iter_batches(batch_size=_PARQUET_BATCH):
        for record in batch.to_pylist():
            row += 1
            yield row, record


def _open_text(path: Path):
    try:
        return open(path, encoding="utf-8-sig", newline="")
    except OSError as error:
        raise ArticleError(f"{path}: cannot be read ({error.strerror})") from None


def read_metadata(path: Path, *, join: str, columns: Columns = Columns()
                  ) -> dict[str, dict[str, str | None]]:
    """A side table of metadata for article files: each row's fields (outlet, title,
    date, url, story, by ``columns``) keyed by its ``join`` column, a file name with
    or without its suffix. Only the metadata is kept, so a large table is fine."""
    if not is_table(path):
        raise ArticleError(f"{path}: a metadata table is .csv, .tsv, .jsonl or .parquet")
    records = _records_of(path, 10_000_000)
    found: dict[str, dict[str, str | None]] = {}
    for _, record in records:
        if isinstance(record, _Header):
            if join not in record.names:
                raise ArticleError(f"{path}: no column '{join}' to join on (--join-column)")
            continue
        if isinstance(record, Skipped):
            continue
        key = _value(record.get(join))
        if key is not None:
            found[key] = {name: _value(record.get(column))
                          for name, column in columns.metadata().items()}
    return found


def count_items(paths: Iterable[Path], *, max_bytes: int) -> int:
    """How many items ``read_items`` will give (for a progress bar's total): one per
    article file, one per table row (Parquet from its footer; CSV and JSONL by a
    quick pass that parses nothing but the rows' boundaries)."""
    total = 0
    for path in paths:
        suffix = path.suffix.lower()
        if not is_table(path):
            total += 1
        elif suffix == ".parquet":
            import pyarrow.parquet as pq

            try:
                total += pq.ParquetFile(path).metadata.num_rows
            except Exception:  # a broken file: read_items names the problem
                pass
        elif suffix in (".jsonl", ".ndjson"):  # one item per line that is not blank
            try:
                with _open_text(path) as stream:
                    total += sum(1 for line in stream if line.strip())
            except ArticleError:
                pass
        else:  # a quoted CSV cell may hold line breaks: the rows are read
            try:
                total += sum(1 for _ in _records_of(path, max_bytes)) - 1  # the header
            except ArticleError:
                pass
    return total


def _records_of(path: Path, max_bytes: int):
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        return _parquet_records(path)
    if suffix in (".jsonl", ".ndjson"):
        return _jsonl_records(path)
    return _csv_records(path, "\t" if suffix == ".tsv" else ",", max_bytes)
