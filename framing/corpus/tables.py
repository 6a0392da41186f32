"""The tables a corpus run writes, streamed: rows go to the files as results
arrive, so memory does not grow with the corpus (except one float per metric per
article for the outlets' intervals).

- ``articles.csv`` and ``articles.parquet``: one row per article (``rows.article_columns``);
- ``sentences.parquet``: one row per sentence (``rows.SENTENCE_FIELDS``);
- ``outlets.csv``: one row per outlet and metric: n, mean and a bootstrap interval
  (``framing.corpus.bootstrap``);
- ``terms.csv``: each outlet's distinctive terms against the other outlets pooled
  (``CorpusSummary.distinctive``), most distinctive first, at most 25 per outlet.

All are written to temporary files and moved into place together at the end
(``framing.files.staged_outputs``); an interrupted run leaves none of them
behind, half-written or otherwise.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from framing.corpus.summary import CorpusSummary
from framing.corpus.rows import SENTENCE_FIELDS, Result, article_columns, metric_columns
from framing.errors import OutputError
from framing.files import check_target, staged_outputs
from framing.settings import IntervalSettings

ARTICLES_CSV, ARTICLES_PARQUET = "articles.csv", "articles.parquet"
SENTENCES_PARQUET, OUTLETS_CSV = "sentences.parquet", "outlets.csv"
TERMS_CSV = "terms.csv"
TABLES = (ARTICLES_CSV, ARTICLES_PARQUET, SENTENCES_PARQUET, OUTLETS_CSV, TERMS_CSV)
OUTLET_FIELDS = ("outlet", "metric", "n", "mean", "low", "high")
TERM_FIELDS = ("outlet", "term", "count", "z")
_BATCH = 256  # rows per Parquet record batch: fixed, so that reruns write identical files


def check_tables(folder: Path, inputs: Sequence[Path]) -> None:
    """Refuse, before any work, table paths that are inputs or not regular files."""
    for name in TABLES:
        check_target(folder / name, inputs=inputs, what="output folder")


class TableWriter:
    """Write a corpus's tables into ``folder``: ``add`` each result in order,
    then ``finish``. Use as a context manager: leaving it by an exception writes
    nothing."""

    def __init__(self, folder: Path, *, extra: Sequence[str] = (),
                 intervals: IntervalSettings = IntervalSettings()):
        self.folder = folder
        self.intervals = intervals  # the outlets' intervals: level, resamples, seed
        self.extra = tuple(extra)  # further files written with the tables (report.pdf)
        self.count = 0

    def __enter__(self) -> TableWriter:
        import pyarrow as pa
        import pyarrow.parquet as pq

        for name in (*TABLES, *self.extra):  # left by a run that was killed (SIGKILL)
            for stale in self.folder.glob(f".{name}.*.part"):
                stale.unlink(missing_ok=True)
        self._staging = staged_outputs([self.folder / name for name in (*TABLES, *self.extra)])
        self._paths = self._staging.__enter__()
        self._article_schema = _schema(pa, article_columns())
        self._sentence_schema = _schema(pa, SENTENCE_FIELDS)
        self._csv_stream = open(self._paths[0], "w", encoding="utf-8", newline="")
        self._csv = csv.writer(self._csv_stream)
        self._csv.writerow([name for name, _ in article_columns()])
        self._articles = pq.ParquetWriter(self._paths[1], self._article_schema)
        self._sentences = pq.ParquetWriter(self._paths[2], self._sentence_schema)
        self._article_rows: list[dict] = []
        self._sentence_rows: list[dict] = []
        self.summary = CorpusSummary(self.intervals)
        return self

    def add(self, result: Result) -> int:
        """Write one article's rows; returns its id (1, 2, … in output order)."""
        self.count += 1
        row = {"id": self.count, **result.row}
        self._csv.writerow([_csv_value(row[name]) for name, _ in article_columns()])
        self._article_rows.append(row)
        self._sentence_rows.extend({"article": self.count, **s} for s in result.sentences)
        self.summary.add(result)
        if len(self._article_rows) >= _BATCH:
            self._flush_articles()
        if len(self._sentence_rows) >= _BATCH * 32:
            self._flush_sentences()
        return self.count

    def finish(self) -> list[Path]:
        """Close every table and write outlets.csv and terms.csv; the files move into
        place when the context ends. Returns their final paths."""
        self._flush_articles()
        self._flush_sentences()
        self._articles.close()
        self._sentences.close()
        self._csv_stream.close()
        with open(self._paths[3], "w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(OUTLET_FIELDS)
            for outlet in self.summary.sorted_outlets():
                for name, *_ in metric_columns():
                    interval = outlet.interval(name)
                    writer.writerow([outlet.name, name, interval.n, *(
                        _csv_value(v) for v in (interval.mean, interval.low, interval.high))])
        with open(self._paths[4], "w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(TERM_FIELDS)
            for outlet in self.summary.distinctive():
                for term in outlet.distinctive.terms:
                    writer.writerow([outlet.name, term.term, term.count, f"{term.z:.3f}"])
        return [self.folder / name for name in TABLES]

    def write_extra(self, name: str, data: bytes) -> Path:
        """Write one of the ``extra`` files; it moves into place with the tables."""
        temporary = self._paths[len(TABLES) + self.extra.index(name)]
        try:
            Path(temporary).write_bytes(data)
        except OSError as error:
            raise OutputError(f"{self.folder / name}: cannot write ({error.strerror})") from None
        return self.folder / name

    def __exit__(self, kind, error, traceback) -> bool:
        for closing in ("_articles", "_sentences"):
            writer = getattr(self, closing, None)
            if writer is not None and kind is not None:
                try:
                    writer.close()
                except Exception:  # already failing; the temporary file is removed below
                    pass
        if kind is not None and not self._csv_stream.closed:
            self._csv_stream.close()
        try:
            self._staging.__exit__(kind, error, traceback)
        except OSError as failure:
            raise OutputError(f"{self.folder}: cannot write the tables ({failure})") from None
        return False

    def _flush_articles(self) -> None:
        if self._article_rows:
            self._write(self._articles, self._article_rows, self._article_schema)
            self._article_rows = []

    def _flush_sentences(self) -> None:
        if self._sentence_rows:
            self._write(self._sentences, self._sentence_rows, self._sentence_schema)
            self._sentence_rows = []

    def _write(self, writer, rows: list[dict], schema) -> None:
        import pyarrow as pa

        try:
            writer.write_batch(pa.RecordBatch.from_pylist(rows, schema=schema))
        except OSError as error:
            raise OutputError(f"{self.folder}: cannot write the tables ({error})") from None


def _schema(pa, fields):
    types = {"int": pa.int64(), "float": pa.float64(), "str": pa.string(), "bool": pa.bool_()}
    return pa.schema([(name, types[kind]) for name, kind in fields])


def _csv_value(value: object) -> object:
    """A cell: empty for no value, floats in their shortest exact form."""
    if value is None:
        return ""
    return repr(value) if isinstance(value, float) else value
