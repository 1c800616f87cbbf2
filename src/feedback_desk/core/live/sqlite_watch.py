"""Noticing that another process committed to the same SQLite file: ``PRAGMA data_version``.

The value, read on one connection, changes whenever *another* connection committed (any
process on the machine). The watcher keeps its own connection for that (the pool's connections
write themselves, and a connection does not see its own commits in it). Reading it costs a few
microseconds and takes no lock. Thread-safe: the desk polls it from its read pool.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from ..errors import DatabaseUnavailable


class SqliteWatcher:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None
        self._version: int | None = None
        self._lock = threading.Lock()
        self._closed = False

    def _open(self) -> sqlite3.Connection:
        if not self.path.exists():  # never create an empty file where the database was
            raise DatabaseUnavailable(f"the database file {self.path} is not there")
        # quoted: a "?", "#" or "%" in the path would otherwise name (and create) another file
        uri = f"{self.path.absolute().as_uri()}?mode=rw"
        conn = sqlite3.connect(uri, uri=True, timeout=1,
                               isolation_level=None, check_same_thread=False)
        return conn

    def changed(self) -> bool:
        """Whether another connection committed since the last call. The first call only takes
        the starting point (False); after the file could not be read, the next successful read
        says True (something may have changed meanwhile)."""
        with self._lock:
            if self._closed:
                raise DatabaseUnavailable("the change watcher is closed")
            try:
                if self._conn is None:
                    self._conn = self._open()
                row = self._conn.execute("PRAGMA data_version").fetchone()
            except (sqlite3.Error, DatabaseUnavailable) as exc:
                self._reset()
                self._version = -1  # unknown: report a change once it can be read again
                if isinstance(exc, DatabaseUnavailable):
                    raise
                raise DatabaseUnavailable(f"cannot read {self.path}: {exc}") from exc
            version = int(row[0])
            before, self._version = self._version, version
            return before is not None and before != version

    def _reset(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error:  # pragma: no cover
                pass
            self._conn = None

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._reset()
