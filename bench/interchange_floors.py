"""The databases and the floors of ``bench_interchange.py``.

A ``Target`` hands out fresh migrated databases (SQLite: a copy of one migrated file, with the
app's pragmas; PostgreSQL: a copy of a migrated template on a throwaway cluster) and a raw
DB-API connection to one. The floors are the bare operations each figure is built on:

- CSV import: ``csv.reader`` over the file (UTF-8 with BOM) into a list, then ONE
  ``executemany`` INSERT of every row (25 TEXT columns, the cells as read) into a plain table
  ``floor_rows`` without index or constraint, in one transaction, in a fresh migrated database
  of the same engine (sqlite3 with the app's pragmas: WAL, synchronous=FULL; psycopg 3).
- XLSX import: ``openpyxl.load_workbook(read_only=True)`` + ``iter_rows(values_only=True)``
  over every row (read only, nothing written).
- CSV export: ONE SELECT of the exported entry columns joined to the event, session and
  recorder names (no dimensions, no time-zone conversion, no formula guard), ordered by
  recorded_at DESC, each row through ``csv.writer`` into a UTF-8-BOM file, flushed and fsynced
  (as the export does).
- XLSX export: the same SELECT, every row appended to an openpyxl write-only workbook, saved,
  fsynced.
"""

from __future__ import annotations

import csv
import os
import shutil
import sqlite3
import time
from pathlib import Path
from typing import Any

from interchange_data import HEADER

FLOOR_TABLE = "floor_rows"
EXPORT_SQL = (
    "SELECT e.uuid, e.recorded_at, ev.name, s.name, e.kind, e.service_area, e.topic, "
    "e.programme, e.phase, e.speaker_type, e.country, e.text, e.summary, e.source, e.language, "
    "e.status, e.tier, u.username FROM entry e JOIN event ev ON ev.id = e.event_id "
    "LEFT JOIN event_session s ON s.id = e.session_id JOIN user_account u "
    "ON u.id = e.recorded_by_id ORDER BY e.recorded_at DESC, e.id DESC"
)
EXPORT_HEADER = ("uuid", "recorded_at", "event", "session", "kind", "service_area", "topic",
                 "programme", "phase", "speaker_type", "country", "text", "summary", "source",
                 "language", "status", "priority", "recorded_by")


class Target:
    """Fresh migrated databases of one engine."""

    name = ""

    def fresh(self, label: str) -> str:
        raise NotImplementedError

    def raw(self, url: str) -> Any:
        """An autocommit-free DB-API connection to ``url``."""
        raise NotImplementedError

    def placeholder(self) -> str:
        raise NotImplementedError

    def drop(self, url: str) -> None:
        raise NotImplementedError

    def close(self) -> None:
        pass


class SqliteTarget(Target):
    name = "SQLite"

    def __init__(self, folder: Path) -> None:
        from feedback_desk.core.db.engine import open_database

        self.folder = folder
        self.template = folder / "template.sqlite"
        open_database(f"sqlite:///{self.template}").dispose()  # migrated; WAL folded back in

    def fresh(self, label: str) -> str:
        path = self.folder / f"{label}.sqlite"
        self.drop(f"sqlite:///{path}")
        shutil.copyfile(self.template, path)
        return f"sqlite:///{path}"

    def raw(self, url: str) -> sqlite3.Connection:
        from feedback_desk.core.db.engine import SQLITE_CACHE_KIB

        conn = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
        for pragma in ("busy_timeout=5000", "journal_mode=WAL", "synchronous=FULL",
                       "foreign_keys=ON", f"cache_size={SQLITE_CACHE_KIB}"):
            conn.execute(f"PRAGMA {pragma}")
        return conn

    def placeholder(self) -> str:
        return "?"

    def drop(self, url: str) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(url.removeprefix("sqlite:///") + suffix).unlink(missing_ok=True)


class PgTarget(Target):
    name = "PostgreSQL"

    def __init__(self) -> None:
        from feedback_desk.core.db.engine import open_database
        from tests.support.pg_server import PgServer

        self.server = PgServer()
        try:
            url = self.server.create_database("bench_template")
            open_database(url).dispose()
            self.server.terminate_connections("bench_template")
            with self.server.admin() as conn:
                row = conn.execute("SHOW server_version").fetchone()
            self.version = row[0] if row else "?"
        except BaseException:
            self.server.stop()
            raise

    def fresh(self, label: str) -> str:
        self.server.drop_database(label)
        return self.server.create_database(label, template="bench_template")

    def raw(self, url: str) -> Any:
        import psycopg

        return psycopg.connect(host="127.0.0.1", port=self.server.port, user="postgres",
                               dbname=url.rsplit("/", 1)[1])

    def placeholder(self) -> str:
        return "%s"

    def drop(self, url: str) -> None:
        self.server.drop_database(url.rsplit("/", 1)[1])

    def close(self) -> None:
        self.server.stop()


def _begin(conn: Any) -> None:
    if isinstance(conn, sqlite3.Connection):
        conn.execute("BEGIN IMMEDIATE")


def floor_csv_import(target: Target, url: str, path: Path) -> tuple[float, float, int]:
    """(seconds reading, seconds inserting, rows)."""
    conn = target.raw(url)
    try:
        _begin(conn)
        conn.execute(f"CREATE TABLE {FLOOR_TABLE} ("
                     + ", ".join(f"{c} TEXT" for c in HEADER) + ")")
        conn.commit()
        start = time.perf_counter()
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            next(reader)
            rows = list(reader)
        read = time.perf_counter() - start
        start = time.perf_counter()
        mark = target.placeholder()
        cur = conn.cursor()
        _begin(conn)
        cur.executemany(f"INSERT INTO {FLOOR_TABLE} VALUES ({', '.join([mark] * len(HEADER))})",
                        rows)
        conn.commit()
        return read, time.perf_counter() - start, len(rows)
    finally:
        conn.close()


def floor_xlsx_read(path: Path) -> tuple[float, int]:
    from openpyxl import load_workbook

    start = time.perf_counter()
    book = load_workbook(path, read_only=True)
    count = 0
    try:
        for _row in book.worksheets[0].iter_rows(values_only=True):
            count += 1
    finally:
        book.close()
    return time.perf_counter() - start, count - 1


def floor_export(target: Target, url: str, path: Path) -> tuple[float, int]:
    """The plain SELECT + csv.writer (``.csv``) or openpyxl write-only (``.xlsx``)."""
    conn = target.raw(url)
    try:
        start = time.perf_counter()
        cur = conn.cursor()
        cur.execute(EXPORT_SQL)
        count = 0
        if path.suffix == ".csv":
            with path.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle, lineterminator="\r\n")
                writer.writerow(EXPORT_HEADER)
                for row in cur:
                    writer.writerow(row)
                    count += 1
                handle.flush()
                os.fsync(handle.fileno())
        else:
            from openpyxl import Workbook

            book = Workbook(write_only=True)
            sheet = book.create_sheet("Entries")
            sheet.append(list(EXPORT_HEADER))
            for row in cur:
                sheet.append([str(v) if v is not None else None for v in row])
                count += 1
            with path.open("wb") as handle:
                book.save(handle)
                handle.flush()
                os.fsync(handle.fileno())
        conn.rollback()
        return time.perf_counter() - start, count
    finally:
        conn.close()
