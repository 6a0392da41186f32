"""The Dask engine (``framing corpus --engine dask --scheduler ADDRESS``): the same
per-article function (``rows.analyze_item``) on a Dask distributed cluster.

Tables are read as Dask dataframes, one partition at a time: a Parquet file's
row groups, a JSONL file in blocks of lines, a CSV/TSV file whole (an article's
text holds line breaks inside quoted cells, which Dask's byte-range blocks would
cut). Each partition is read on a worker, its rows become items in the client
with the same row numbers as the local reader gives, and each item is analysed
on a worker; article files are read by the client and shipped to the workers.
Results come back in input order, a bounded number in flight, and are written by
the same writers as the local engine's, so the tables are the same.

The inputs must be readable at the same path by the client and the workers (a
shared file system). Each worker needs framing installed (with the same version:
results are cached under it) and loads the analyzers' resources once, at its
first article.

Differences from the local reader on malformed tables: a broken JSONL line or a
CSV row with too many fields stops the run here (Dask's parser refuses the whole
partition) where the local reader skips it with its row number; a CSV row with too
few fields is read with its missing cells empty, where the local reader skips it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

from framing.corpus.rows import Job, analyze_item
from framing.corpus.sources import Columns, Item, Skipped, is_table, item_from_record, read_items
from framing.errors import ArticleError, FramingError

IN_FLIGHT_PER_THREAD = 8
_JSONL_BLOCK = 32 * 2**20  # bytes of a JSONL file per partition


class DaskEngine:
    """Submit items to the cluster at ``scheduler`` (an address such as
    ``tcp://10.0.0.5:8786``)."""

    def __init__(self, scheduler: str | None, job: Job):
        if not scheduler:
            raise FramingError("--engine dask needs --scheduler ADDRESS")
        try:
            from distributed import Client
        except ImportError:
            raise FramingError("the Dask engine needs Dask: pip install 'framing[dask]'") from None
        self.scheduler = scheduler
        self.job = job
        self._client_class = Client
        self.client = None

    def __enter__(self) -> DaskEngine:
        try:
            self.client = self._client_class(self.scheduler, timeout="20s")
        except (OSError, TimeoutError) as error:
            raise FramingError(f"{self.scheduler}: cannot reach the Dask scheduler "
                               f"({error})") from None
        threads = sum(self.client.nthreads().values()) or 1
        self.window = threads * IN_FLIGHT_PER_THREAD
        [self.job_future] = self.client.scatter([self.job], broadcast=True)
        return self

    def __exit__(self, kind, error, traceback) -> bool:
        if self.client is not None:
            self.client.close()
        return False

    def submit(self, item: Item):
        return self.client.submit(analyze_item, item, self.job_future, pure=False)

    def result(self, future):
        try:
            return future.result()
        except FramingError:
            raise
        except Exception as error:  # a task failed on the cluster: its error, one line
            raise FramingError(f"the Dask cluster failed an article ({type(error).__name__}: "
                               f"{error}); run again to resume: finished articles are cached") \
                from None

    def read_items(self, paths: list[Path], columns: Columns, *, max_bytes: int,
                   metadata: Mapping | None = None) -> Iterator[Item | Skipped]:
        """Items as ``sources.read_items`` gives them, tables read through Dask."""
        for path in paths:
            if is_table(path):
                yield from self._table_items(path, columns, max_bytes)
            else:
                yield from read_items([path], columns, max_bytes=max_bytes, metadata=metadata)

    def _table_items(self, path: Path, columns: Columns,
                     max_bytes: int) -> Iterator[Item | Skipped]:
        frame = _dataframe(path)
        if columns.text not in frame.columns and not path.suffix.lower() in (".jsonl", ".ndjson"):
            raise ArticleError(f"{path}: no column '{columns.text}' for the article text "
                               f"(name it with --text-column)")
        row = 0
        for index in range(frame.npartitions):
            try:
                part = self.client.compute(frame.partitions[index]).result()
            except (ValueError, OSError) as error:  # pandas' parser errors are ValueErrors
                raise ArticleError(f"{path}: partition {index + 1} cannot be read "
                                   f"({' '.join(str(error).split())})") from None
            for record in part.to_dict("records"):
                row += 1
                yield item_from_record(record, path=str(path), row=row, columns=columns,
                                       max_bytes=max_bytes)


def _dataframe(path: Path):
    import dask.dataframe as dd

    suffix = path.suffix.lower()
    name = str(path)
    if suffix == ".parquet":
        return dd.read_parquet(name, split_row_groups=True)
    if suffix in (".jsonl", ".ndjson"):
        return dd.read_json(name, lines=True, blocksize=_JSONL_BLOCK, dtype=False,
                            convert_dates=False)
    return dd.read_csv(name, sep="\t" if suffix == ".tsv" else ",", blocksize=None, dtype=str,
                       keep_default_na=False, encoding="utf-8-sig")
