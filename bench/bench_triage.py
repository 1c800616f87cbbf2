"""Triage list figures at 1,000,000 entries, each beside its floor measured in the same run.

- first page after opening the list: a new ``TriageModel`` asks, through the task runner and
  the Qt event loop, until the first page is in the model (target ≤ 200 ms); floor: the same
  page's SQL run with the bare sqlite3 driver.
- filter or search change → first page, median over several filters (target ≤ 150 ms); floor:
  each filter's page SQL with sqlite3.
- jump to any row (after the id list is in): ``ensure_row`` of a random row until its page is
  in the model, median and p95 over 40 jumps (target ≤ 100 ms); floor: ``SELECT … WHERE id IN``
  of 200 ids with sqlite3.
- also: the id list in the background, all facet counts, the longest event-loop stall seen by a
  10 ms heartbeat during all of it (target < 100 ms: nothing runs on the GUI thread).

Planner statistics: the desk measures them 2 s after opening (``db.planner_stats``); the
benchmark does the same first and reports how long it took.

Usage: python bench/bench_triage.py [--db bench/bench.sqlite]  (bench_core.py makes the 1M DB)
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent

FILTERS = {
    "kind = complaint": dict(kinds=("complaint",)),
    "complaint + overseas": dict(kinds=("complaint",), areas=("overseas",)),
    "country = Taiwan": dict(countries=("TW",)),
    "status = new": dict(statuses=("new",)),
    "overdue": dict(overdue=True),
    "due within 24 h": dict(due_soon=True),
    "tier S1": dict(tiers=("S1",)),
    "search 'klaim'": dict(text="klaim"),
    "search 'mengklaim paspor'": dict(text="mengklaim paspor"),
    "unassigned, sensitive": dict(assignees=("",), sensitive=True),
}


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def compiled(stmt: Any) -> tuple[str, tuple[Any, ...]]:
    from sqlalchemy.dialects import sqlite

    c = stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"render_postcompile": True})
    params = c.construct_params()
    processors = c._bind_processors  # the dialect's own conversions (dates, datetimes, bools)
    return str(c), tuple(processors[k](params[k]) if k in processors else params[k]
                         for k in c.positiontup or ())


def raw_ms(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        conn.execute(sql, params).fetchall()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=str(HERE / "bench.sqlite"))
    args = parser.parse_args()
    path = Path(args.db)
    if not path.exists():
        raise SystemExit(f"{path} does not exist: run bench/bench_core.py first (it makes it)")

    from event_loop import EventLoop  # bench/ is the script's folder: on sys.path
    from PySide6.QtWidgets import QApplication

    from feedback_desk.core.db import planner_stats, queries
    from feedback_desk.core.dto import EntryQuery, PageRequest
    from feedback_desk.gui.backend import Backend
    from feedback_desk.gui.tasks import TaskRunner
    from feedback_desk.gui.triage.list_model import TriageModel

    app = QApplication([])
    raw = sqlite3.connect(path, isolation_level=None)
    t = time.perf_counter()
    planner_stats.refresh(raw)
    print(f"planner statistics (measured in the background 2 s after opening): "
          f"{time.perf_counter() - t:.2f} s")
    total = raw.execute("SELECT count(*) FROM entry").fetchone()[0]
    print(f"entries: {total:,}")

    backend = Backend(f"sqlite:///{path}", "bench")
    backend.open(roles="supervisor")
    services = backend.services()
    tasks = TaskRunner()
    today = services.search._today()

    loop = EventLoop(app)
    stalls = loop.stalls
    wait = loop.run

    def page_sql(query: EntryQuery, dense: bool | None = None) -> tuple[str, tuple[Any, ...]]:
        """The page SQL the service runs for ``query`` (its plan choice for common words)."""
        if dense is None:
            dense = services.db.query(
                lambda conn: services.search._dense_text(conn, query, PageRequest()))
        stmt, _ = queries.page_select("sqlite", query, PageRequest(), today=today,
                                      see_protection=False, dense_text=dense)
        return compiled(stmt)

    # warm the connection pool and the statement cache once (as a desk that has been open)
    services.search.search(EntryQuery())

    # 1. first page after opening the list
    firsts, floors = [], []
    for _ in range(5):
        model = TriageModel(backend, tasks)
        done: list[float] = []
        model.sig_first_page.connect(done.append)
        t = time.perf_counter()
        model.set_query(EntryQuery())
        wait(lambda done=done: bool(done))  # type: ignore[misc]
        firsts.append(time.perf_counter() - t)
        floors.append(raw_ms(raw, *page_sql(EntryQuery()), runs=1) / 1000)
        wait(lambda model=model: model.ids_ready)
    print(f"first page after opening: median {statistics.median(firsts) * 1000:.1f} ms "
          f"(target ≤ 200 ms); floor (raw page SQL) {statistics.median(floors) * 1000:.2f} ms")

    # 2. filter and search changes
    model = TriageModel(backend, tasks)
    ready: list[float] = []
    model.sig_first_page.connect(ready.append)
    changes, ids_times = [], []
    print("filter / search change → first page (floor: the page SQL the service chose, run with sqlite3):")
    for label, fields in FILTERS.items():
        query = EntryQuery(**fields)  # type: ignore[arg-type]
        floor = raw_ms(raw, *page_sql(query))
        got = []
        for _ in range(3):
            ready.clear()
            t = time.perf_counter()
            model.set_query(query)
            wait(lambda: bool(ready))
            got.append(time.perf_counter() - t)
            wait(lambda: model.ids_ready)
            ids_times.append(time.perf_counter() - t)
        changes.append(statistics.median(got))
        print(f"  {label:28s} {statistics.median(got) * 1000:7.1f} ms   floor {floor:7.2f} ms   "
              f"{model.rowCount():>9,} rows")
        if query.text:
            print(f"  {'':28s} (collecting every match first instead: "
                  f"{raw_ms(raw, *page_sql(query, dense=False)):.1f} ms)")
    print(f"filter change → first page: median {statistics.median(changes) * 1000:.1f} ms, "
          f"worst {max(changes) * 1000:.1f} ms (target ≤ 150 ms)")
    print(f"id list of the whole result in (background): median "
          f"{statistics.median(ids_times) * 1000:.0f} ms, worst {max(ids_times) * 1000:.0f} ms")

    # 3. jump to any row of the unfiltered list
    ready.clear()
    model.set_query(EntryQuery())
    wait(lambda: model.ids_ready and bool(ready))
    loaded: list[tuple[int, int]] = []
    model.sig_rows_loaded.connect(lambda a, b: loaded.append((a, b)))
    rnd = random.Random(1)
    jumps, id_floor = [], []
    for _ in range(40):
        row = rnd.randrange(model.rowCount())
        loaded.clear()
        t = time.perf_counter()
        if not model.ensure_row(row):
            wait(lambda row=row: model.entry_row(row) is not None)
        jumps.append(time.perf_counter() - t)
        chunk = list(model._ids[row - row % 200: row - row % 200 + 200])  # type: ignore[index]
        stmt = queries.rows_select(chunk, see_protection=False)
        id_floor.append(raw_ms(raw, *compiled(stmt), runs=1))
    print(f"jump to any row: median {statistics.median(jumps) * 1000:.1f} ms, "
          f"p95 {pct(jumps, .95) * 1000:.1f} ms (target ≤ 100 ms); floor (raw WHERE id IN of "
          f"200 ids) {statistics.median(id_floor):.2f} ms")

    # 3b. a refresh (data changed) with a row selected far down: the selection follows its entry
    from PySide6.QtCore import QPersistentModelIndex

    model.ensure_row(500_000)
    wait(lambda: model.entry_row(500_000) is not None)
    kept = QPersistentModelIndex(model.index(500_000, 0))
    chosen = model.entry_id(500_000)
    refreshed: list[int] = []
    model.sig_ids_ready.connect(lambda: refreshed.append(1))
    t = time.perf_counter()
    model.refresh()
    wait(lambda: bool(refreshed))
    print(f"refresh of the whole list with a selected row kept on its entry: "
          f"{(time.perf_counter() - t) * 1000:.0f} ms (background), selection "
          f"{'kept' if model.entry_id(kept.row()) == chosen else 'LOST'}")

    # 4. facet counts (background lane)
    for label, fields in (("no filter", {}), ("complaint + overseas",
                                              FILTERS["complaint + overseas"])):
        t = time.perf_counter()
        services.search.facets(EntryQuery(**fields))  # type: ignore[arg-type]
        print(f"all 14 facet counts, {label}: {time.perf_counter() - t:.2f} s (background; "
              f"each facet shows as it comes)")
    loop.stop()
    print(f"longest event-loop stall while the list loaded, filtered and jumped (10 ms heartbeat): "
          f"{max(stalls) * 1000:.1f} ms (target < 100 ms)")
    tasks.shutdown()
    backend.close()


if __name__ == "__main__":
    main()
