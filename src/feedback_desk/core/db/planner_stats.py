"""SQLite planner statistics for the entry table, measured exactly without blocking writers.

``ANALYZE`` holds the write lock while it reads every index (0.8 s on a million entries: a
recorder's save waits that long), and a sampled ``ANALYZE`` (``analysis_limit``) reads only the
first rows of each index, so it believes ``service_area = 'overseas'`` picks a few hundred rows;
the planner then sorts 230,000 rows for a filtered page (1.1 s) instead of walking the
``recorded_at`` index (2 ms). Here the same figures ``ANALYZE`` would write are counted in a read
transaction (WAL: writers go on) and written in a write transaction of a few rows.
"""

from __future__ import annotations

import math
import sqlite3

TABLE = "entry"
SMALL = 20_000  # entries below which statistics change no plan that matters


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def measure(conn: sqlite3.Connection, table: str = TABLE) -> list[tuple[str, str]]:
    """(index name, sqlite_stat1 ``stat`` text) for each index of ``table``."""
    rows = conn.execute(f"SELECT count(*) FROM {_quote(table)}").fetchone()[0]
    if not rows:
        return []
    out = []
    for _seq, index, unique, *_rest in conn.execute(f"PRAGMA index_list({_quote(table)})").fetchall():
        columns = [r[2] for r in conn.execute(f"PRAGMA index_info({_quote(index)})").fetchall()]
        if not columns or any(c is None for c in columns):
            continue  # an expression index: leave it to ANALYZE
        figures = [rows]
        for width in range(1, len(columns) + 1):
            if unique and width == len(columns):
                figures.append(1)
                break
            prefix = ", ".join(_quote(c) for c in columns[:width])
            distinct = conn.execute(
                f"SELECT count(*) FROM (SELECT 1 FROM {_quote(table)} INDEXED BY {_quote(index)} "
                f"GROUP BY {prefix})"
            ).fetchone()[0]
            figures.append(max(1, math.ceil(rows / max(1, distinct))))
        out.append((index, " ".join(str(f) for f in figures)))
    return out


def stale(conn: sqlite3.Connection, table: str = TABLE) -> bool:
    """Whether the stored figures no longer describe ``table``: none yet, or it grew or shrank
    by a fifth since (cheap: one row of sqlite_stat1 and the largest rowid). Measuring again
    reads every index of a million entries (seconds of I/O beside a recorder's saves): only
    when it changes the planner's picture."""
    try:
        row = conn.execute(
            "SELECT stat FROM sqlite_stat1 WHERE tbl = ? LIMIT 1", (table,)
        ).fetchone()
    except sqlite3.OperationalError:  # no sqlite_stat1 yet
        row = None
    size = conn.execute(f"SELECT max(rowid) FROM {_quote(table)}").fetchone()[0] or 0
    if size < SMALL:
        return False  # any plan is quick at this size: no housekeeping beside a live desk
    if row is None:
        return True
    known = int(str(row[0]).split()[0])
    return size > known * 1.2 + 100 or size < known * 0.8


def refresh(conn: sqlite3.Connection, table: str = TABLE) -> int:
    """Measure, then store the figures (and let this connection's planner use them).

    In autocommit mode (``isolation_level=None``) the measuring is a read transaction and the
    storing a short write one; inside a transaction the caller already holds (a bulk load) both
    happen in it. Returns the number of indexes.
    """
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    try:
        stats = measure(conn, table)
    finally:
        if own:
            conn.execute("COMMIT")
    if not stats:
        return 0
    if own:
        conn.execute("BEGIN IMMEDIATE")
    try:
        exists = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'"
        ).fetchone()
        if not exists:
            conn.execute("ANALYZE sqlite_master")  # creates sqlite_stat1 (and reads nothing)
        conn.execute("DELETE FROM sqlite_stat1 WHERE tbl = ?", (table,))
        conn.executemany(
            "INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)",
            [(table, index, stat) for index, stat in stats],
        )
        if own:
            conn.execute("COMMIT")
    except BaseException:
        if own:
            conn.execute("ROLLBACK")
        raise
    conn.execute("ANALYZE sqlite_master")  # reload the statistics into the planner
    return len(stats)
