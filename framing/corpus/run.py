"""A corpus run: read the inputs, analyse each article once (or take it from the
cache), write the tables, in input order, with bounded memory.

The engine that runs ``rows.analyze_item`` is either local worker processes
(``LocalEngine``: one per core by default, each loading the analyzers' resources
once) or a Dask cluster (``framing.corpus.cluster``). Both receive items in
input order and hand back results in the same order; at most a few items per
worker are in flight, so neither the inputs nor the results pile up in memory.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from framing import __version__
from framing.corpus.cache import ResultCache
from framing.corpus.rows import Job, Result, analyze_item
from framing.corpus.sources import Columns, Item, Skipped, count_items, find_inputs, read_items, \
    read_metadata
from framing.corpus.tables import TableWriter, check_tables
from framing.errors import ArticleError, FramingError
from framing.files import output_folder
from framing.pipeline import prepare
from framing.settings import Settings

IN_FLIGHT_PER_WORKER = 8
REPORT_NAME = "report.pdf"


class SkippedError(FramingError):
    """A bad input under ``strict``: the run stops at it."""


@dataclass
class Summary:
    """What a run did: the tables written, how many articles, which inputs were
    skipped (each with a one-line reason) and how many results came from the cache."""

    tables: list[Path] = field(default_factory=list)
    articles: int = 0
    cached: int = 0
    skipped: list[Skipped] = field(default_factory=list)


@dataclass(frozen=True)
class Options:
    """A corpus run's choices besides the settings (the command's flags)."""

    columns: Columns = Columns()
    jobs: int | None = None  # worker processes; None: one per core
    strict: bool = False  # stop at the first bad input instead of skipping it
    any_language: bool = False
    metadata: Path | None = None  # a side table of metadata for article files
    join_column: str = "filename"
    report: bool = True  # also write report.pdf
    per_story: bool = False  # also write stories/<story>.pdf, one side-by-side report each
    engine: str = "local"  # or "dask"
    scheduler: str | None = None  # a Dask scheduler's address


Progress = Callable[[int | None], "ProgressBar"]


class ProgressBar:
    """What a run tells its progress display; this one shows nothing."""

    def update(self, *, done: int, cached: int, skipped: int) -> None: ...

    def phase(self, name: str) -> None: ...

    def close(self) -> None: ...


def run_corpus(inputs: Sequence[str], folder: Path, settings: Settings, options: Options = Options(),
               *, progress: Progress | None = None,
               warn: Callable[[str], None] = lambda message: None) -> Summary:
    """Analyse every article of ``inputs`` (files, folders, globs, tables) and write
    the corpus tables into ``folder``. Each skipped input is passed to ``warn``
    as it happens; with ``options.strict`` the first one stops the run
    (SkippedError) and nothing is written. ``progress(total)`` makes a progress
    display (the command line's is tqdm)."""
    paths = find_inputs(inputs)
    check_tables(folder, paths)
    metadata = None
    if options.metadata is not None:
        metadata = read_metadata(options.metadata, join=options.join_column,
                                 columns=options.columns)
    job = Job(settings=settings, any_language=options.any_language)
    max_bytes = settings.input.max_article_bytes
    summary = Summary()
    with output_folder(folder):
        bar = (progress or (lambda total: ProgressBar()))(
            count_items(paths, max_bytes=max_bytes) if progress else None)
        cache = ResultCache(folder, settings_digest=settings.digest(), version=__version__)
        try:
            if options.engine == "dask":
                from framing.corpus.cluster import DaskEngine

                engine = DaskEngine(options.scheduler, job)
                items = engine.read_items(paths, options.columns, max_bytes=max_bytes,
                                          metadata=metadata)
            else:
                engine = LocalEngine(job, options.jobs)
                items = read_items(paths, options.columns, max_bytes=max_bytes, metadata=metadata)
            extra = (REPORT_NAME,) if options.report else ()
            with engine, TableWriter(folder, extra=extra, intervals=settings.intervals) as writer:
                for outcome, from_cache in _in_order(items, engine, cache):
                    if isinstance(outcome, Skipped):
                        summary.skipped.append(outcome)
                        if options.strict:
                            raise SkippedError(f"{outcome.reason} (--strict stops at a bad input)")
                        warn(outcome.reason)
                    else:
                        writer.add(outcome)
                        summary.articles += 1
                        summary.cached += from_cache
                    bar.update(done=summary.articles, cached=summary.cached,
                               skipped=len(summary.skipped))
                bar.phase("Writing")
                if not summary.articles:
                    raise ArticleError("no article could be read: nothing to write")
                summary.tables = writer.finish()
                if options.report:
                    from framing.report import corpus_report_pdf

                    pdf = corpus_report_pdf(writer.summary.distinctive(), settings,
                                            version=__version__, skipped=len(summary.skipped))
                    summary.tables.append(writer.write_extra(REPORT_NAME, pdf))
            if options.per_story:
                from framing.corpus.stories import write_story_reports

                bar.phase("Story reports")
                items = read_items(paths, options.columns, max_bytes=max_bytes,
                                   metadata=metadata)
                summary.tables.extend(write_story_reports(
                    items, writer.summary.stories, folder, job, warn=warn))
        finally:
            cache.close()
            bar.close()
    return summary


def _in_order(items: Iterable[Item | Skipped], engine, cache: ResultCache
              ) -> Iterator[tuple[Result | Skipped, bool]]:
    """(outcome, from the cache) for each item, in input order, with at most
    ``engine.window`` items being analysed at a time."""
    pending: deque = deque()
    for item in items:
        if isinstance(item, Skipped):
            pending.append((item, None, item, False))
        else:
            key = item.key()
            cached = cache.get(key)
            if cached is not None:
                pending.append((item, key, cached, True))
            else:
                pending.append((item, key, engine.submit(item), False))
        while len(pending) > engine.window or (pending and _ready(pending[0])):
            yield _settle(pending.popleft(), engine, cache)
    while pending:
        yield _settle(pending.popleft(), engine, cache)


def _ready(entry) -> bool:
    value = entry[2]
    return not hasattr(value, "done") or value.done()


def _settle(entry, engine, cache: ResultCache) -> tuple[Result | Skipped, bool]:
    item, key, value, from_cache = entry
    if isinstance(value, Skipped):
        return value, False
    if isinstance(value, Result):
        return value.at(item), from_cache
    outcome = engine.result(value)
    if isinstance(outcome, Result):
        cache.put(key, outcome)
    return outcome, False


class _Done:
    """An outcome computed at once (one job: no worker processes)."""

    def __init__(self, outcome):
        self.outcome = outcome

    def done(self) -> bool:
        return True


_worker_job: Job | None = None


def _start_worker(job: Job) -> None:
    """Each worker process: Ctrl-C is the main process's to handle; load the
    analyzers' resources once, before the first article."""
    global _worker_job
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_job = job
    prepare(job.settings)


def _analyze_in_worker(item: Item) -> Result | Skipped:
    return analyze_item(item, _worker_job)


class LocalEngine:
    """``analyze_item`` on this machine: in this process with one job, else in
    ``jobs`` worker processes (default: one per core)."""

    def __init__(self, job: Job, jobs: int | None):
        self.job = job
        self.jobs = jobs or os.cpu_count() or 1
        self.window = self.jobs * IN_FLIGHT_PER_WORKER
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> LocalEngine:
        if self.jobs > 1:
            self.pool = ProcessPoolExecutor(self.jobs, initializer=_start_worker,
                                            initargs=(self.job,))
        return self

    def __exit__(self, kind, error, traceback) -> bool:
        if self.pool is not None:
            self.pool.shutdown(wait=kind is None, cancel_futures=True)
        return False

    def submit(self, item: Item):
        if self.pool is None:
            return _Done(analyze_item(item, self.job))
        return self.pool.submit(_analyze_in_worker, item)

    def result(self, handle: Future | _Done):
        if isinstance(handle, _Done):
            return handle.outcome
        try:
            return handle.result()
        except BrokenProcessPool:
            raise FramingError("a worker process died (out of memory or killed); run the "
                               "same command again to resume: finished articles are cached") \
                from None
