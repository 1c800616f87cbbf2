"""Core benchmarks on a 1,000,000-entry SQLite database, each beside its floor.

    .venv/bin/python bench/bench_core.py [--entries 1000000] [--db bench/bench.sqlite] [--fresh]

Every figure is printed next to the raw operation it is built on, measured in the same run
with the same pragmas on the same file (interleaved, medians), and the ratio against the
target the issue sets. Nothing here fails on a slow machine: it reports.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from feedback_desk.core.db import fts  # noqa: E402
from feedback_desk.core.db.engine import open_database  # noqa: E402
from feedback_desk.core.db.queries import RUNNING_STATUSES  # noqa: E402
from feedback_desk.core.db.types import to_sqlite_text  # noqa: E402
from feedback_desk.core.demo import generate  # noqa: E402
from feedback_desk.core.dto import EntryQuery, NewEntry, PageRequest  # noqa: E402
from feedback_desk.core.services import Services  # noqa: E402

LIST_SQL = (
    "SELECT id, uuid, recorded_at, event_id, session_id, kind, status, service_area, topic, "
    "country, speaker_type, tier, due_date, assignee_id, group_id, sensitive, summary, text, "
    "version FROM entry"
)


def raw_connection(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None)
    for pragma in ("busy_timeout=5000", "journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def interleave(a: Callable[[], object], b: Callable[[], object], n: int) -> tuple[list[float], list[float]]:
    xs, ys = [], []
    for _ in range(n):
        xs.append(timed(a))
        ys.append(timed(b))
    return xs, ys


def p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def report(name: str, ours: float, floor: float, target: float | None, unit: str = "ms") -> None:
    ratio = ours / floor if floor else float("inf")
    goal = "(no target)" if target is None else (
        f"(target ≤ {target:g}×: {'ok' if ratio <= target else 'OVER'})")
    print(f"{name:<44} {ours:9.3f} {unit}   floor {floor:9.3f} {unit}   ratio {ratio:5.2f}  {goal}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--entries", type=int, default=1_000_000)
    ap.add_argument("--db", type=Path, default=ROOT / "bench" / "bench.sqlite")
    ap.add_argument("--fresh", action="store_true", help="rebuild the database")
    ap.add_argument("--records", type=int, default=400, help="entries recorded for p50/p99")
    ap.add_argument("--reps", type=int, default=40, help="repetitions of each read")
    args = ap.parse_args()

    path: Path = args.db
    if args.fresh:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = open_database(f"sqlite:///{path}")
    services = Services.connect(db, "bench", roles="admin supervisor protection")
    have = services.search.count(EntryQuery())
    if have < args.entries:
        started = time.perf_counter()
        generate(db, args.entries - have, seed=have + 7, actor=services.actor)
        took = time.perf_counter() - started
        print(f"demo: {args.entries - have:,} entries in {took:.1f} s "
              f"(target < 60 s for 1,000,000: {'ok' if took < 60 else 'OVER'})")
    total = services.search.count(EntryQuery())
    print(f"database: {path} with {total:,} entries\n")
    raw = raw_connection(path)
    event_id = services.catalog.events()[0].id

    # 1. record one entry -------------------------------------------------------------------
    def ours_record() -> None:
        services.entries.record(NewEntry(
            event_id=event_id, kind="complaint", service_area="overseas",
            text="Klaim JHT saya belum cair sudah tiga bulan, mohon dibantu.",
            dimensions=("service_process",), topic="claims", country="HK",
            speaker_type="pmi_abroad", source="floor", language="id",
        ))

    columns = ("uuid, event_id, kind, text, service_area, speaker_type, sensitive, protection, "
               "recorded_by_id, recorded_at, status, reopen_count, updated_at, updated_by_id, "
               "version")

    def raw_record() -> None:
        now = to_sqlite_text(datetime.now(UTC))
        raw.execute("BEGIN IMMEDIATE")
        raw.execute(
            f"INSERT INTO entry ({columns}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (str(uuid.uuid4()), event_id, "complaint", "raw floor insert", "overseas",
             "pmi_abroad", 0, 0, services.actor.user_id, now, "new", 0, now,
             services.actor.user_id, 1),
        )
        raw.execute("COMMIT")

    for _ in range(10):  # warm caches
        ours_record()
        raw_record()
    ours, floor = interleave(ours_record, raw_record, args.records)
    print(f"record one entry ({args.records} each, interleaved with the floor)")
    report("  record: p50", p(ours, 0.5), p(floor, 0.5), None)
    report("  record: p99", p(ours, 0.99), p(floor, 0.99), 3)

    # 2-4. pages ------------------------------------------------------------------------------
    today = datetime.now(UTC).date().isoformat()
    running = ", ".join(f"'{s}'" for s in RUNNING_STATUSES)
    word = "klaim"
    match = fts.sqlite_match_expression(word)
    cases: list[tuple[str, EntryQuery, str, tuple[object, ...]]] = [
        ("first page of 200 by recorded_at", EntryQuery(),
         f"{LIST_SQL} ORDER BY recorded_at DESC, id DESC LIMIT 201", ()),
        ("filtered page (area + status + overdue)",
         EntryQuery(areas=("overseas",), statuses=("in_progress",), overdue=True),
         f"{LIST_SQL} WHERE service_area = ? AND status = ? AND due_date < ? "
         f"AND status IN ({running}) ORDER BY recorded_at DESC, id DESC LIMIT 201",
         ("overseas", "in_progress", today)),
        (f"full-text page ({word!r})", EntryQuery(text=word),
         f"{LIST_SQL} WHERE id IN (SELECT rowid FROM entry_fts WHERE entry_fts MATCH ?) "
         "ORDER BY recorded_at DESC, id DESC LIMIT 201", (match,)),
    ]
    print("\npages of 200 (medians)")
    for name, query, sql, params in cases:
        def ours_page(query: EntryQuery = query) -> None:
            page = services.search.search(query, PageRequest(limit=200))
            assert page.rows

        def raw_page(sql: str = sql, params: tuple[object, ...] = params) -> None:
            assert raw.execute(sql, params).fetchall()

        ours_page(), raw_page()
        ours, floor = interleave(ours_page, raw_page, args.reps)
        report(f"  {name}", statistics.median(ours), statistics.median(floor), 2)

    # 5. counts by hour × area ---------------------------------------------------------------
    def ours_counts() -> None:
        assert services.stats.counts(bucket="hour", by="area")

    def raw_counts() -> None:
        assert raw.execute(
            "SELECT strftime('%Y-%m-%d %H:00', recorded_at, '+420 minutes') AS bucket, "
            "service_area AS key, count(*) FROM entry GROUP BY bucket, key ORDER BY bucket, key"
        ).fetchall()

    reps = max(5, args.reps // 4)
    ours_counts(), raw_counts()
    ours, floor = interleave(ours_counts, raw_counts, reps)
    print("\naggregates (medians)")
    report("  counts by hour × area", statistics.median(ours), statistics.median(floor), 1.5)
    raw.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
