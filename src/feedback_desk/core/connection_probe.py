"""Test a connection before saving a profile: what the server says, in plain words.

``probe(url, where)`` connects with a short timeout and reads the schema version; ``explain``
turns any failure into a ``ConnectionProblem`` with a reason code the GUI translates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import DatabaseError, DatabaseTooNew, DeskError

# ---- what is wrong with a connection -----------------------------------------------------------
REFUSED, TIMEOUT, UNKNOWN_HOST, AUTH, TLS, NO_DATABASE = (
    "refused", "timeout", "unknown_host", "auth", "tls", "no_database")
SCHEMA_OLD, SCHEMA_NEW, NO_ACCESS, OTHER = "schema_old", "schema_new", "no_access", "other"


class ConnectionProblem(DatabaseError):
    """Why a database cannot be used; ``reason`` is one of the constants above, ``detail`` the
    first line the server or the driver gave (never a password)."""

    def __init__(self, reason: str, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.reason, self.detail = reason, detail


@dataclass(frozen=True, slots=True)
class ProbeResult:
    server: str  # "PostgreSQL 15.8" or "SQLite 3.45.1"
    revision: str | None  # the schema revision found (None: an empty database)
    head: str  # the revision this program needs
    notes: tuple[str, ...] = ()
    foreign_tables: int = 0  # tables of another program in a database without our schema

    @property
    def needs_setup(self) -> bool:
        return self.revision is None


def _first_line(exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__


def _chain(exc: BaseException | None) -> list[BaseException]:
    """``exc`` and its causes (SQLAlchemy raises its errors from the driver's)."""
    seen: list[BaseException] = []
    while exc is not None and exc not in seen:
        seen.append(exc)
        exc = exc.__cause__ or exc.__context__
    return seen


def upgrade_command(url: str) -> str:
    return f"feedback-desk --db {url} db upgrade"


_RULES: tuple[tuple[str, str, str], ...] = (  # (reason, pattern in the driver's words, message)
    (NO_DATABASE, r'3d000|database ".*" does not exist',
     "there is no such database on the server: {where}"),
    (AUTH, r'28p01|28000|password authentication failed|no password supplied|authentication '
           r'failed|password is required|no pg_hba\.conf entry|role ".*" does not exist',
     "the server refused the user name or password for {where}"),
    (TLS, r"ssl|certificate|tls", "the secure (TLS) connection to {where} failed"),
    (TIMEOUT, r"timeout expired|timed out", "the server did not answer in time: {where}"),
    (REFUSED, r"connection refused",
     "no database server is listening at {where}: is it running, the port right, the firewall "
     "open?"),
    (UNKNOWN_HOST, r"could not translate host name|name or service not known|failed to resolve",
     "the server's name cannot be found: {where}"),
    (NO_ACCESS, r"42501|permission denied",  # only while reading: see ``explain``
     "the database user may not read the Feedback Desk tables of {where}; ask the "
     "administrator to grant access"),
    (SCHEMA_OLD, r"42501|permission denied|must be owner",
     "the database {where} needs an upgrade this account may not run; ask the administrator "
     "to run `{command}`"),
    (REFUSED, r"no route to host|network is unreachable|could not connect|connection to server",
     "the server cannot be reached: {where}"),
)


def explain(exc: BaseException, where: str, url: str = "", *,
            reading: bool = False) -> ConnectionProblem:
    """Turn a failure to connect or open into a ``ConnectionProblem``: ``where`` names the
    database in the message (a profile's ``display()``), ``url`` is its password-free URL for
    the upgrade command an administrator runs; ``reading``: nothing was being changed (a
    refused permission is then no access at all, not an upgrade this account may not run)."""
    if isinstance(exc, ConnectionProblem):
        return exc
    chain = _chain(exc)
    too_new = [e for e in chain if isinstance(e, DatabaseTooNew)]
    if too_new:
        return ConnectionProblem(SCHEMA_NEW, str(too_new[0]))
    # the driver's own words (ours quote the URL, whose ``sslmode=`` would read as a TLS error)
    driver = [e for e in chain if type(e).__module__.split(".")[0] in ("psycopg", "sqlite3")
              or isinstance(e, OSError)] or [e for e in chain if not isinstance(e, DeskError)]
    text = " ".join([str(getattr(e, "sqlstate", "") or "") for e in chain]
                    + [str(e) for e in driver]).lower()
    detail = _first_line(driver[0]) if driver else _first_line(exc)
    reading = reading or any(str(e).startswith("cannot open the database") for e in chain
                             if isinstance(e, DeskError))  # migrate.upgrade reading the revision
    for reason, pattern, message in _RULES:
        if re.search(pattern, text) and (reason != NO_ACCESS or reading):
            text = message.format(where=where, command=upgrade_command(url or where))
            return ConnectionProblem(reason, f"{text} ({detail})", detail)
    return ConnectionProblem(OTHER, f"the database {where} cannot be opened ({detail})", detail)


def probe(url: str, where: str, *, timeout: float = 10.0) -> ProbeResult:
    """Connect once without changing anything: the server version and the schema revision.

    Raises ``ConnectionProblem``; on a server, a schema older than this program's is one too
    (the administrator upgrades it); an empty database is not (the first desk sets it up)."""
    from sqlalchemy import event, inspect

    from .db.engine import Database, create_database_engine
    from .db.migrate import current_revision, head_revision

    try:
        engine = create_database_engine(url)
    except DatabaseError as exc:
        raise ConnectionProblem(OTHER, str(exc)) from None
    plain = _without_password(engine.url)
    server_side = engine.dialect.name == "postgresql"
    if server_side:
        seconds = max(2, round(timeout))  # libpq's minimum is 2 s

        @event.listens_for(engine, "do_connect")
        def _timeout(_dialect: Any, _rec: Any, _cargs: Any, cparams: dict[str, Any]) -> None:
            cparams["connect_timeout"] = seconds

    path = None if server_side else Path(engine.url.database or "")
    if path is not None and not path.exists():
        engine.dispose()
        import sqlite3

        return ProbeResult(f"SQLite {sqlite3.sqlite_version}", None, head_revision(),
                           (f"the file {path} does not exist yet; it will be created",))
    db = Database(engine)
    try:
        revision = current_revision(db)
        tables = inspect(engine).get_table_names() if revision is None else []
        info = engine.dialect.server_version_info or ()
        server = f"{'PostgreSQL' if server_side else 'SQLite'} {'.'.join(map(str, info))}"
    except Exception as exc:
        raise explain(exc, where, plain, reading=True) from None
    finally:
        db.dispose()
    head = head_revision()
    notes: tuple[str, ...] = ()
    if revision is None and tables:
        notes = (f"the database has {len(tables)} tables but none of Feedback Desk: is it the "
                 f"right database? The first desk to connect would add its tables there",)
    elif revision is None:
        notes = ("the database is empty; the first desk to connect sets it up",)
    elif revision != head and revision not in _known_revisions():
        raise ConnectionProblem(SCHEMA_NEW, str(DatabaseTooNew(revision, head)))
    elif revision != head and server_side:
        raise ConnectionProblem(
            SCHEMA_OLD, f"the database {where} has an older schema ({revision}; this program "
                        f"needs {head}): ask the administrator to run `{upgrade_command(plain)}`")
    elif revision != head:
        notes = (f"schema {revision} is upgraded to {head} (after a backup) when it is opened",)
    return ProbeResult(server, revision, head, notes, len(tables))


def _without_password(url: Any) -> str:
    from sqlalchemy.engine import URL

    return URL.create(url.drivername, username=url.username, host=url.host, port=url.port,
                      database=url.database, query=url.query).render_as_string(
                          hide_password=False)


def _known_revisions() -> set[str]:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from .db.migrate import MIGRATIONS_DIR

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return {rev.revision for rev in ScriptDirectory.from_config(cfg).walk_revisions()}

