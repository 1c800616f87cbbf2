"""Consistent copies of a live database: SQLite's online backup API, or pg_dump for a server."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from .db.audit_chain import append
from .db.engine import Database
from .db.migrate import backup_sqlite
from .errors import DatabaseError, ValidationError
from .external import program_env


def backup(db: Database, target: Path) -> Path:
    """Write a copy of ``db`` to ``target`` (which must not exist yet) and audit it."""
    target = target.expanduser().absolute()
    if target.exists():
        raise ValidationError("path", f"{target} exists already; choose a new file name")
    if not target.parent.is_dir():
        raise ValidationError("path", f"the folder {target.parent} does not exist")
    if not os.access(target.parent, os.W_OK):
        raise ValidationError("path", f"the folder {target.parent} is not writable")
    partial = target.with_name(target.name + ".partial")
    try:
        if db.is_sqlite:
            source = db.sqlite_path
            assert source is not None
            backup_sqlite(source, partial)
        else:
            _pg_dump(db, partial)
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseError(f"could not write the backup to {target}: {exc.strerror}") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    db.write(lambda s: append(s, "system", "database.backup", "database", None,
                              {"path": str(target)}))
    return target


def _pg_dump(db: Database, target: Path) -> None:
    tool = shutil.which("pg_dump")
    if tool is None:
        raise DatabaseError("pg_dump is not installed; install the PostgreSQL client tools")
    url = db.engine.url.set(drivername="postgresql")
    env = program_env()
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    conninfo = url.set(password=None).render_as_string(hide_password=False)
    done = subprocess.run(
        [tool, "--format=custom", f"--file={target}", f"--dbname={conninfo}"],
        env=env, capture_output=True, text=True, check=False,
    )
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines()
        raise DatabaseError(f"pg_dump failed: {lines[-1] if lines else done.returncode}")
