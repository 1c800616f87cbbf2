"""Opening a database: engine set-up for SQLite and PostgreSQL, and the read/write units of work.

SQLite: WAL, ``synchronous=FULL``, foreign keys on, a busy timeout, and every write transaction
starts with ``BEGIN IMMEDIATE`` (SQLAlchemy's documented pysqlite recipe) so that concurrent
read-modify-write transactions queue instead of failing or losing updates. PostgreSQL: a
serialization failure or deadlock is retried. A server that goes away becomes
``DatabaseUnavailable`` with a message a person can act on.
"""

from __future__ import annotations

import random
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ..errors import DatabaseError, DatabaseUnavailable
from . import planner_stats
from .change_feed import OWN_WRITES_KEY, OwnWrites
from .location import APP_NAME, ENV_VAR, default_database_path, resolve_url  # noqa: F401

T = TypeVar("T")

_RETRY_SQLSTATES = {"40001", "40P01"}  # serialization failure, deadlock detected
_WRITE_ATTEMPTS = 8
SQLITE_CACHE_KIB = -65536  # 64 MiB page cache per connection (negative = KiB)
#: Commits no longer checkpoint the WAL every 1,000 pages (a 10-20 ms stall on the recording
#: path); a background thread does it. The larger automatic limit is only a safety net.
SQLITE_AUTOCHECKPOINT_PAGES = 20_000
CHECKPOINT_EVERY_S = 0.5
CHECKPOINT_WAL_BYTES = 4 * 1024 * 1024
#: Planner statistics (sqlite_stat1): sampled for the small tables (~50 ms), measured exactly
#: for the entry table without holding the write lock (planner_stats), when they are missing or
#: the table grew or shrank by a fifth since. Without them SQLite sorts a filtered page of a
#: million entries (1.1 s) instead of walking an index (2 ms).
ANALYZE_AFTER_S = 2.0
ANALYZE_EVERY_S = 1800.0


def analyze_sqlite(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA analysis_limit=1000")
    conn.execute("ANALYZE")
    planner_stats.refresh(conn)


class _Checkpointer(threading.Thread):
    """Housekeeping off the recording path: copies the WAL back into the database file
    (PASSIVE: it never blocks a writer or reader) and refreshes the planner statistics."""

    def __init__(self, path: Path) -> None:
        super().__init__(name="sqlite-checkpoint", daemon=True)
        self.stats_generation = 0  # goes up when new planner statistics are stored
        self._path = path
        self._wal = Path(f"{path}-wal")
        self._halt = threading.Event()

    def run(self) -> None:
        conn: sqlite3.Connection | None = None
        next_analyze = time.monotonic() + ANALYZE_AFTER_S
        try:
            while not self._halt.wait(CHECKPOINT_EVERY_S):
                try:
                    if conn is None:
                        conn = sqlite3.connect(str(self._path), timeout=1, isolation_level=None)
                    if time.monotonic() >= next_analyze:
                        next_analyze = time.monotonic() + ANALYZE_EVERY_S
                        if planner_stats.stale(conn):
                            analyze_sqlite(conn)
                            self.stats_generation += 1
                    if self._wal.stat().st_size >= CHECKPOINT_WAL_BYTES:
                        conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                except (OSError, sqlite3.Error):
                    continue  # no WAL yet, or busy: try again next time
        finally:
            if conn is not None:
                conn.close()

    def stop(self) -> None:
        self._halt.set()
        if self.is_alive():
            self.join(timeout=5)


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # the driver must not BEGIN by itself: we do
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA cache_size={SQLITE_CACHE_KIB}")
    cursor.execute(f"PRAGMA wal_autocheckpoint={SQLITE_AUTOCHECKPOINT_PAGES}")
    cursor.close()


def _sqlite_on_begin(conn: Any) -> None:
    options = conn.get_execution_options()
    if options.get("fd_single_read"):
        return  # one SELECT is its own consistent snapshot in SQLite; no BEGIN/COMMIT round trips
    conn.exec_driver_sql("BEGIN IMMEDIATE" if options.get("fd_write") else "BEGIN")


def _is_retryable(exc: BaseException, dialect: str) -> bool:
    if isinstance(exc, StaleDataError):
        return True  # a concurrent writer slipped in between our read and write: redo both
    if not isinstance(exc, DBAPIError):
        return False
    if dialect == "postgresql":
        return getattr(exc.orig, "sqlstate", None) in _RETRY_SQLSTATES
    message = str(exc.orig).lower()
    return "database is locked" in message or "database is busy" in message


def _is_connection_loss(exc: BaseException) -> bool:
    return isinstance(exc, DBAPIError) and bool(exc.connection_invalidated) or (
        isinstance(exc, OperationalError)
        and any(
            word in str(exc.orig).lower()
            for word in ("connection", "server closed", "could not connect", "terminating")
        )
    )


class Database:
    """An open database: the engine plus read and write units of work.

    ``read(fn)`` and ``write(fn)`` call ``fn(session)`` inside one transaction and return its
    result; ``write`` commits, retries lock/serialization conflicts and internal stale-version
    races by calling ``fn`` again, so ``fn`` must do all its reading inside.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        #: audit hashes this object wrote: the change feed leaves them out (own changes)
        self.own_writes = OwnWrites()
        own = {OWN_WRITES_KEY: self.own_writes}
        self._read_factory = sessionmaker(
            engine, expire_on_commit=False, autoflush=False, info=own
        )
        self._write_factory = sessionmaker(
            engine.execution_options(fd_write=True), expire_on_commit=False, autoflush=True,
            info=own,
        )
        self._single_read = engine.execution_options(fd_single_read=True)
        self.cache: dict[str, Any] = {}  # reference data that never changes under us
        self._checkpointer: _Checkpointer | None = None
        path = self.sqlite_path
        if path is not None:
            self._checkpointer = _Checkpointer(path)
            self._checkpointer.start()
            event.listen(engine, "checkout", self._load_new_statistics)

    def _load_new_statistics(self, dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        """A pooled connection keeps the planner statistics it read when it opened; after the
        housekeeping thread stored new ones, it reads them again (a few rows)."""
        checkpointer = self._checkpointer
        if checkpointer is None:
            return
        generation = checkpointer.stats_generation
        if record.info.get("stats_generation", 0) != generation:
            dbapi_connection.execute("PRAGMA busy_timeout=0")  # never wait on a writer here
            try:
                dbapi_connection.execute("ANALYZE sqlite_master")
                record.info["stats_generation"] = generation
            except sqlite3.Error:
                pass  # busy: the next checkout tries again (the old statistics still work)
            finally:
                dbapi_connection.execute("PRAGMA busy_timeout=5000")

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite or not self.engine.url.database:
            return None
        return Path(self.engine.url.database)

    def read(self, fn: Callable[[Session], T]) -> T:
        try:
            with self._read_factory() as session:
                with session.begin():
                    return fn(session)
        except DBAPIError as exc:
            self._raise_unavailable(exc)
            raise

    def query(self, fn: Callable[[Connection], T]) -> T:
        """Run ONE read statement on a Core connection: no ORM session and, on SQLite, no
        explicit transaction (a single SELECT is consistent by itself). For hot list/count
        queries; anything that reads twice and needs both reads to agree uses ``read``."""
        try:
            with self._single_read.connect() as conn:
                return fn(conn)
        except DBAPIError as exc:
            self._raise_unavailable(exc)
            raise

    def write(self, fn: Callable[[Session], T]) -> T:
        last: BaseException | None = None
        for attempt in range(_WRITE_ATTEMPTS):
            try:
                with self._write_factory() as session:
                    with session.begin():
                        result = fn(session)
                return result
            except (DBAPIError, StaleDataError) as exc:
                if not _is_retryable(exc, self.dialect):
                    if isinstance(exc, DBAPIError):
                        self._raise_unavailable(exc)
                    raise
                last = exc
                time.sleep(random.uniform(0.005, 0.02) * (2**attempt))
        assert last is not None
        raise DatabaseError(f"the database stayed busy after {_WRITE_ATTEMPTS} attempts: {last}")

    def _raise_unavailable(self, exc: DBAPIError) -> None:
        if _is_connection_loss(exc):
            raise DatabaseUnavailable(
                f"lost the connection to the database ({self.url}): "
                f"{str(exc.orig).strip().splitlines()[0] if exc.orig else exc}"
            ) from exc

    def dispose(self) -> None:
        if self._checkpointer is not None:
            self._checkpointer.stop()
            self._checkpointer = None
        self.engine.dispose()


def create_database_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:
        raise DatabaseError(  # neither the URL nor the parser's words: they may hold a password
            "not a database URL: use sqlite:///FILE or postgresql+psycopg://USER@HOST/DB"
        ) from exc
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        if not parsed.database or parsed.database == ":memory:":
            raise DatabaseError("an in-memory SQLite database cannot be shared; give a file path")
        path = Path(parsed.database).expanduser()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(f"cannot create the folder for {path}: {exc.strerror}") from exc
        try:
            engine = create_engine(parsed.set(database=str(path)), connect_args={"timeout": 30})
        except (ArgumentError, NoSuchModuleError) as exc:
            raise DatabaseError(f"unsupported SQLite driver in {url!r}") from exc
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    if backend == "postgresql":
        if parsed.get_driver_name() != "psycopg":
            parsed = parsed.set(drivername="postgresql+psycopg")
        return create_engine(
            parsed, pool_pre_ping=True, connect_args={"connect_timeout": 10}
        )
    raise DatabaseError(
        f"unsupported database {backend!r}: use sqlite:///FILE or postgresql+psycopg://…"
    )


def open_database(url: str | None = None, *, migrate: bool = True) -> Database:
    """Open (and by default migrate, after a backup) the database at ``url``."""
    from .migrate import upgrade

    db = Database(create_database_engine(resolve_url(url)))
    if migrate:
        try:
            upgrade(db)
        except BaseException:
            db.dispose()
            raise
    return db
