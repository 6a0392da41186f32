"""Corpus scale: many articles in (files, folders, globs, CSV/TSV, JSONL, Parquet),
per-article and per-outlet tables out, on local cores or a Dask cluster, resumable.

``run_corpus`` is the one entry point (``framing corpus`` calls it).
"""

from framing.corpus.run import Options, Summary, run_corpus
from framing.corpus.sources import Columns

__all__ = ["Columns", "Options", "Summary", "run_corpus"]
