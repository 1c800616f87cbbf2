"""Trends dashboard figures at 1,000,000 entries, each beside its floor measured in the same run.

Floor: the plain GROUP BY of the same counts run with the bare sqlite3 driver (what SQLite
itself takes to count them; its sorter dominates). Ours: the service call, DTO included.
Medians of ``--runs`` (≥ 3). Target: a series ≤ 500 ms at 1M entries.

Sections (``main`` runs each; the GUI figures are added as another section):
- core: series by area (auto bucket), topic, country, dimension, hourly over a week, with
  filters; case health; both heatmaps; both rankings.

Usage: .venv/bin/python bench/bench_trends.py [--db /tmp/bench1m.sqlite] [--runs 3]
The database is only read (opened without migrating, as an existing user, no writes); a
missing one is built with the demo generator (as bench_core.py does).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from feedback_desk.core.db.engine import Database, open_database
from feedback_desk.core.dto import Actor, EntryQuery
from feedback_desk.core.ids import UserId
from feedback_desk.core.services import Services

ROOT = Path(__file__).resolve().parent.parent
SERIES_TARGET_MS = 500.0
SHIFT = "'+420 minutes'"  # Asia/Jakarta, the services' default zone
WEEK = f"strftime('%Y-%m-%d', recorded_at, {SHIFT}, '-6 days', 'weekday 1')"
HOUR = f"strftime('%Y-%m-%d %H', recorded_at, {SHIFT})"


def median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def row(name: str, ours: float, floor: float, target: float | None = None) -> None:
    ratio = ours / floor if floor else float("inf")
    goal = "" if target is None else f"  target ≤ {target:g} ms: {'ok' if ours <= target else 'OVER'}"
    print(f"{name:<40} {ours:8.0f} ms   floor {floor:8.0f} ms   ratio {ratio:5.2f}{goal}")


def open_or_build(path: Path, entries: int) -> Database:
    if not path.exists():
        from feedback_desk.core.demo import generate

        db = open_database(f"sqlite:///{path}")
        print(f"building {path} with {entries:,} demo entries …")
        generate(db, entries)
        db.dispose()
    return open_database(f"sqlite:///{path}", migrate=False)


def core_section(svc: Services, raw: sqlite3.Connection, runs: int) -> None:
    def floor(sql: str, *params: Any) -> float:
        return median_ms(lambda: raw.execute(sql, params).fetchall(), runs)

    first, last = svc.trends.span() or (datetime.now(UTC), datetime.now(UTC))
    event = raw.execute("SELECT event_id FROM entry GROUP BY event_id ORDER BY count(*) DESC"
                        " LIMIT 1").fetchone()[0]
    week_end = last + timedelta(microseconds=1)
    week = EntryQuery(recorded_from=week_end - timedelta(days=7), recorded_to=week_end)
    week_text = tuple(t.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
                      for t in (week.recorded_from, week.recorded_to))  # type: ignore[union-attr]
    print(f"entries {first:%Y-%m-%d} … {last:%Y-%m-%d}; medians of {runs} runs\n")
    print("series (entries over time)")
    for by, column in (("area", "service_area"), ("topic", "topic"), ("country", "country")):
        ts = svc.trends.series(EntryQuery(), by=by)
        ours = median_ms(lambda by=by: svc.trends.series(EntryQuery(), by=by), runs)
        row(f"by {by}, auto ({ts.bucket}, {len(ts.bounds) - 1} buckets)", ours,
            floor(f"SELECT {WEEK}, {column}, count(*) FROM entry GROUP BY 1, 2"), SERIES_TARGET_MS)
    ours = median_ms(lambda: svc.trends.series(EntryQuery(), by="dimension"), runs)
    row("by dimension, auto (week)", ours, floor(
        f"SELECT {WEEK}, d.dimension, count(*) FROM entry LEFT JOIN entry_dimension d"
        " ON d.entry_id = entry.id GROUP BY 1, 2"), SERIES_TARGET_MS)
    ours = median_ms(lambda: svc.trends.series(week, by="area", bucket="hour"), runs)
    row("by area, hourly over the last 7 days", ours, floor(
        f"SELECT {HOUR}, service_area, count(*) FROM entry WHERE recorded_at >= ?"
        " AND recorded_at < ? GROUP BY 1, 2", *week_text), SERIES_TARGET_MS)
    for name, query, where, params in (
        ("kind = complaint", EntryQuery(kinds=("complaint",)), "kind = ?", ("complaint",)),
        ("area = overseas", EntryQuery(areas=("overseas",)), "service_area = ?", ("overseas",)),
        ("one event", EntryQuery(event_ids=(event,)), "event_id = ?", (event,)),
    ):
        ours = median_ms(lambda query=query: svc.trends.series(query, by="topic"), runs)
        row(f"by topic, {name}", ours, floor(
            f"SELECT {WEEK}, topic, count(*) FROM entry WHERE {where} GROUP BY 1, 2", *params),
            SERIES_TARGET_MS)

    print("\ncase health (backlog per week, tiers, median, adoption, commitments)")
    ours = median_ms(lambda: svc.trends.health(EntryQuery()), runs)
    row("health, everything", ours, floor(
        "SELECT tier, sum(status IN ('resolved', 'closed')), count(*) FROM entry"
        " WHERE kind = 'complaint' GROUP BY tier") + floor(
        "SELECT recorded_at, resolved_at FROM entry WHERE kind = 'complaint'"))
    ours = median_ms(lambda: svc.trends.health(EntryQuery(areas=("overseas",))), runs)
    row("health, area = overseas", ours, floor(
        "SELECT tier, sum(status IN ('resolved', 'closed')), count(*) FROM entry"
        " WHERE kind = 'complaint' AND service_area = 'overseas' GROUP BY tier") + floor(
        "SELECT recorded_at, resolved_at FROM entry WHERE kind = 'complaint'"
        " AND service_area = 'overseas'"))

    print("\nheatmaps and rankings")
    ours = median_ms(lambda: svc.trends.heatmap(EntryQuery(), "area", "topic"), runs)
    row("heatmap area × topic", ours,
        floor("SELECT service_area, topic, count(*) FROM entry GROUP BY 1, 2"))
    ours = median_ms(lambda: svc.trends.heatmap(EntryQuery(), "phase", "programme"), runs)
    row("heatmap phase × programme", ours,
        floor("SELECT phase, programme, count(*) FROM entry GROUP BY 1, 2"))
    ours = median_ms(lambda: svc.trends.ranking(EntryQuery(), "country"), runs)
    row("top 10 countries", ours,
        floor("SELECT country, count(*) FROM entry WHERE country IS NOT NULL GROUP BY 1"
              " ORDER BY 2 DESC LIMIT 10"))
    ours = median_ms(lambda: svc.trends.ranking(EntryQuery(), "group"), runs)
    row("top 10 issue groups", ours,
        floor("SELECT group_id, count(*) FROM entry WHERE group_id IS NOT NULL GROUP BY 1"
              " ORDER BY 2 DESC LIMIT 10"))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path, default=ROOT / "bench" / "bench.sqlite")
    ap.add_argument("--entries", type=int, default=1_000_000, help="when building the DB")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    runs = max(3, args.runs)
    db = open_or_build(args.db, args.entries)
    svc = Services(db, Actor(UserId(0), "bench", frozenset({"admin"})))
    raw = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    total = raw.execute("SELECT count(*) FROM entry").fetchone()[0]
    print(f"database: {args.db} with {total:,} entries (read only)")
    core_section(svc, raw, runs)
    raw.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
