"""Schema migrations: back up, then upgrade in one transaction, or refuse a newer database.

The whole upgrade runs in a single transaction (SQLite and PostgreSQL both have transactional
DDL), holding the write lock, so a failure leaves the database exactly at its old revision and a
second desk opening the same file waits instead of migrating twice. SQLite upgrades run with
foreign keys off (a batch migration would otherwise cascade-delete children) and are preceded by
an online backup of the file.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from ..errors import DatabaseError, DatabaseTooNew
from .engine import Database

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
_PG_MIGRATION_LOCK = 0x46445F4D  # "FD_M": one migrating desk at a time


@dataclass(frozen=True, slots=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def _config(migrations_dir: Path) -> Config:
    cfg = Config()
    # ConfigParser interpolation: a "%" in the install path (C:\Users\50%off\…) must be "%%"
    cfg.set_main_option("script_location", str(migrations_dir).replace("%", "%%"))
    return cfg


def head_revision(migrations_dir: Path = MIGRATIONS_DIR) -> str:
    head = ScriptDirectory.from_config(_config(migrations_dir)).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        rev = MigrationContext.configure(conn).get_current_revision()
        conn.rollback()
        return rev


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a live SQLite database with the online backup API (consistent under writers)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def upgrade(db: Database, migrations_dir: Path = MIGRATIONS_DIR) -> MigrationResult:
    script = ScriptDirectory.from_config(_config(migrations_dir))
    head = script.get_current_head()
    assert head is not None
    try:
        current = current_revision(db)
    except Exception as exc:  # unreadable file, refused connection, wrong password …
        raise DatabaseError(f"cannot open the database {db.url}: {_first_line(exc)}") from exc
    if current == head:
        return MigrationResult(current, head, None)
    if current is not None:
        known = {rev.revision for rev in script.walk_revisions()}
        if current not in known:
            raise DatabaseTooNew(current, head)
    backup = None
    path = db.sqlite_path
    if path is not None and current is not None and path.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = backup_sqlite(path, path.with_name(f"{path.name}.before-{head}-{stamp}.bak"))
    _run_upgrade(db, migrations_dir)
    return MigrationResult(current, head, backup)


def _run_upgrade(db: Database, migrations_dir: Path) -> None:
    cfg = _config(migrations_dir)
    engine = db.engine.execution_options(fd_write=True)
    with engine.connect() as conn:
        if db.is_sqlite:
            conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with conn.begin():
                if not db.is_sqlite:
                    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                if db.is_sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseError(f"migration broke {len(broken)} foreign keys")
        finally:
            if db.is_sqlite:
                conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    lines = str(orig).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def grant_desk_role(db: Database, role: str) -> None:
    """PostgreSQL: let ``role`` (the login the desks use) read and write the rows, and nothing
    more. It does not own the tables, so it cannot switch the audit log's triggers off; audit
    rows it may only add. Run by the owner after every ``db upgrade`` (new tables)."""
    if db.is_sqlite:
        raise DatabaseError("a SQLite file has no database roles: it is protected by its folder")
    from psycopg import sql

    name = sql.Identifier(role)
    statements = [
        sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
            sql.Identifier(db.engine.url.database or ""), name),
        sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(name),
        sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {}")
        .format(name),
        sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {}").format(name),
        sql.SQL("REVOKE UPDATE, DELETE, TRUNCATE ON audit_event, alembic_version FROM {}")
        .format(name),
        sql.SQL("REVOKE INSERT ON alembic_version FROM {}").format(name),
    ]
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        with conn.begin():
            exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                                  {"r": role}).first()
            if exists is None:
                raise DatabaseError(f"there is no PostgreSQL role {role!r}: create it first "
                                    "(CREATE ROLE … LOGIN PASSWORD …)")
            cursor = raw.cursor()
            for statement in statements:
                cursor.execute(statement)
