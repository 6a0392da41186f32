"""Per-article results kept in the output folder, so that an interrupted run resumes.

One SQLite file, ``DIR/.framing-cache.sqlite``: a result is stored under the
item's key (a SHA-256 of its text and metadata, ``Item.key``), the settings
digest, the framing version and the result's format (``_FORMAT``), so changed
settings or a new version never reuse an old result. Results are committed in
small batches; SQLite's journal keeps the file whole when the process is killed
or the disk fills, and whatever was committed is found by the next run. Payloads are JSON (never pickle: the folder
may come from someone else).
"""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

from framing.corpus.rows import Result
from framing.errors import OutputError

CACHE_NAME = ".framing-cache.sqlite"
# The shape of a stored result: a result stored in another shape (before the distinctive
# terms' counts, 2; before curly and straight apostrophes made one term, 3) is computed again.
_FORMAT = 3
_COMMIT_EVERY = 64  # results
_COMMIT_SECONDS = 2.0


class ResultCache:
    """Cached results for one (settings digest, framing version)."""

    def __init__(self, folder: Path, *, settings_digest: str, version: str):
        self.path = folder / CACHE_NAME
        self.scope = (settings_digest, f"{version} format {_FORMAT}")
        self.connection: sqlite3.Connection | None = None
        if self.path.exists():  # else created with the first result, so a run that fails
            self._connect()     # before any leaves no cache behind
        self.pending = 0
        self.last_commit = time.monotonic()

    def _connect(self) -> sqlite3.Connection:
        try:
            self.connection = sqlite3.connect(self.path)
            self.connection.execute(
                "CREATE TABLE IF NOT EXISTS results (key TEXT, settings TEXT, version TEXT, "
                "payload TEXT, PRIMARY KEY (key, settings, version))")
            self.connection.commit()
        except sqlite3.Error as error:
            raise OutputError(f"{self.path}: cannot open the result cache ({error}); "
                              "delete it to start afresh") from None
        return self.connection

    def get(self, key: str) -> Result | None:
        if self.connection is None:
            return None
        try:
            found = self.connection.execute(
                "SELECT payload FROM results WHERE key = ? AND settings = ? AND version = ?",
                (key, *self.scope)).fetchone()
        except sqlite3.Error as error:
            raise OutputError(f"{self.path}: cannot read the result cache ({error}); "
                              "delete it to start afresh") from None
        return None if found is None else Result.from_json(json.loads(found[0]))

    def put(self, key: str, result: Result) -> None:
        if self.connection is None:
            self._connect()
        self._run("INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?)",
                  (key, *self.scope, json.dumps(result.to_json(), ensure_ascii=False)))
        self.pending += 1
        if (self.pending >= _COMMIT_EVERY
                or time.monotonic() - self.last_commit > _COMMIT_SECONDS):
            self.commit()

    def commit(self) -> None:
        if self.connection is not None:
            self._run(None, ())
        self.pending = 0
        self.last_commit = time.monotonic()

    def close(self) -> None:
        try:
            self.commit()
        finally:
            if self.connection is not None:
                self.connection.close()

    def _run(self, statement: str | None, values: tuple) -> None:
        try:
            if statement is None:
                self.connection.commit()
            else:
                self.connection.execute(statement, values)
        except sqlite3.Error as error:
            raise OutputError(f"{self.path}: cannot write the result cache ({error})") from None
