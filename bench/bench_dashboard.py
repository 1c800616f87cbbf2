"""The trends dashboard on a big database, as a supervisor sees it: each figure beside its floor.

    .venv/bin/python bench/bench_dashboard.py --db PATH   (default bench/bench.sqlite, made by
                                                          bench/bench_core.py)

- refresh of the chart in front (filters → numbers on the background lane → drawn), per tab;
  floor: the raw GROUP BY of the same counts with the bare sqlite3 driver;
- a redraw of the over-time chart (8 series, stacked, ``setData`` on items made once); floor: the
  same number of points given to bare pyqtgraph curves;
- live: entries "recorded" (change notices) every 200 ms for 10 s while the charts refresh —
  how many refreshes ran (at most one a second) and the longest event-loop stall (10 ms
  heartbeat; target < 100 ms).
The core's own figures (every breakdown, heatmaps, rankings) are in bench/bench_trends.py.
Medians; the machine is shared, so compare ratios.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))


def raw_ms(conn: sqlite3.Connection, sql: str, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        conn.execute(sql).fetchall()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=str(HERE / "bench.sqlite"))
    parser.add_argument("--live-seconds", type=float, default=10.0)
    args = parser.parse_args()
    path = Path(args.db)
    if not path.exists():
        raise SystemExit(f"{path} does not exist: run bench/bench_core.py first (it makes it)")

    import numpy as np
    import pyqtgraph as pg
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from feedback_desk.core.dto import EntryQuery
    from feedback_desk.gui.backend import Backend
    from feedback_desk.gui.dashboard.loader import HEALTH, HEATMAPS, OVER_TIME, TOP
    from feedback_desk.gui.dashboard.panel import DashboardPanel
    from feedback_desk.gui.events import Change, DeskEvents
    from feedback_desk.gui.settings import Settings
    from feedback_desk.gui.tasks import TaskRunner

    app = QApplication([])
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    total = raw.execute("SELECT count(*) FROM entry").fetchone()[0]
    print(f"entries: {total:,}")
    backend = Backend(f"sqlite:///{path}", "bench")
    backend.open(roles="supervisor")
    tasks = TaskRunner()
    events = DeskEvents()
    folder = Path(tempfile.mkdtemp())
    board = DashboardPanel(backend, tasks, events, Settings(folder / "settings.ini"))
    board.resize(1400, 800)
    board.show()
    from feedback_desk.gui import memory

    memory.settle()  # as the desk does after start-up and after building a page

    from event_loop import EventLoop  # bench/ is the script's folder: on sys.path

    loop = EventLoop(app)
    stalls = loop.stalls
    run_loop = loop.run

    def refresh_ms(tab: int) -> tuple[float, float]:
        """Wall time of one refresh of ``tab`` (reload → drawn) and the core's part of it."""
        board.tabs.setCurrentIndex(tab)
        before = board.last_loaded
        run_loop(lambda: board.last_loaded is not before and board.last_loaded is not None
                 and board.last_loaded.tab == tab)
        settle_until = time.perf_counter() + 0.5  # the tab's first paint: not a refresh
        run_loop(lambda: time.perf_counter() > settle_until)  # noqa: B023
        walls, cores = [], []
        loop.reset()
        draws.clear()
        for _ in range(3):
            before = board.last_loaded
            t = time.perf_counter()
            board.reload()
            run_loop(lambda: board.last_loaded is not before)  # noqa: B023
            walls.append((time.perf_counter() - t) * 1000)
            assert board.last_loaded is not None
            cores.append(board.last_loaded.seconds * 1000)
            draws.append(board.last_draw_ms)
        return statistics.median(walls), statistics.median(cores)

    draws: list[float] = []
    board.start()
    floors = {
        OVER_TIME: ("GROUP BY local day, service_area",
                    "SELECT strftime('%Y-%m-%d', recorded_at, '+420 minutes'), service_area, "
                    "count(*) FROM entry GROUP BY 1, 2"),
        HEALTH: ("GROUP BY tier over complaints (sla)",
                 "SELECT tier, count(*), sum(resolved_at IS NOT NULL) FROM entry "
                 "WHERE kind = 'complaint' GROUP BY tier"),
        HEATMAPS: ("GROUP BY service_area, topic",
                   "SELECT service_area, topic, count(*) FROM entry GROUP BY 1, 2"),
        TOP: ("GROUP BY country ORDER BY count DESC LIMIT 10",
              "SELECT country, count(*) FROM entry GROUP BY 1 ORDER BY 2 DESC LIMIT 10"),
    }
    names = {OVER_TIME: "over time (area, auto buckets)", HEALTH: "case health",
             HEATMAPS: "heatmaps (area × topic, phase × programme)",
             TOP: "top countries and issues"}
    print(f"\n{'refresh of the tab in front':44} {'wall':>9} {'core':>9} {'draw':>8} {'stall':>8}"
          "   floor")
    for tab in (OVER_TIME, HEALTH, HEATMAPS, TOP):
        wall, core = refresh_ms(tab)
        label, sql = floors[tab]
        print(f"{names[tab]:44} {wall:7.0f} ms {core:7.0f} ms {statistics.median(draws):5.0f} ms"
              f" {max(stalls) * 1000:5.0f} ms   {raw_ms(raw, sql):6.0f} ms ({label})")
    print("(draw: showing the numbers on the GUI thread; stall: the longest event-loop stall "
          "during those refreshes, 10 ms heartbeat, target < 100 ms)")

    # ---- redraw ------------------------------------------------------------------------------
    board.tabs.setCurrentIndex(OVER_TIME)
    for by in ("topic", "area"):
        board.breakdown.setCurrentIndex(board.breakdown.findData(by))
        run_loop(lambda: board.last_loaded is not None and board.last_loaded.tab == OVER_TIME
                 and board.last_loaded.options.by == by)  # noqa: B023
        loaded = board.last_loaded
        assert loaded is not None
        series = loaded.data[0]
        draws = []
        for _ in range(7):
            t = time.perf_counter()
            board.over_time.show_loaded(loaded)
            app.processEvents()  # the paint
            draws.append((time.perf_counter() - t) * 1000)
        plot = pg.PlotWidget()
        plot.resize(1200, 600)
        plot.show()
        curves = [plot.plot() for _ in series.keys]
        x = np.array([b.timestamp() for b in series.bounds[:-1]], dtype=float)
        ys = [np.array(row, dtype=float) for row in series.counts]
        bare = []
        for _ in range(7):
            t = time.perf_counter()
            for curve, y in zip(curves, ys, strict=True):
                curve.setData(x, y)
            app.processEvents()
            bare.append((time.perf_counter() - t) * 1000)
        plot.close()
        print(f"redraw by {by:6} ({len(series.keys)} series × {len(x):,} buckets, stacked): "
              f"{statistics.median(draws):6.1f} ms   floor (bare curves, no fill) "
              f"{statistics.median(bare):6.1f} ms   target ≤ 50 ms")

    # ---- live --------------------------------------------------------------------------------
    board.breakdown.setCurrentIndex(board.breakdown.findData("area"))
    run_loop(lambda: board.last_loaded is not None and board.last_loaded.options.by == "area")
    fired_before = board.throttle.fired
    loop.reset()
    poke = QTimer(interval=200)
    poke.timeout.connect(lambda: events.notify(Change("entry", "record", (1,))))
    poke.start()
    end = time.perf_counter() + args.live_seconds
    run_loop(lambda: time.perf_counter() > end, timeout=args.live_seconds + 60)
    poke.stop()
    run_loop(lambda: not board.throttle.busy)
    fired = board.throttle.fired - fired_before
    print(f"\nlive: {int(args.live_seconds / 0.2)} change notices in {args.live_seconds:.0f} s → "
          f"{fired} refreshes (at most one a second, one at a time)")
    print(f"longest event-loop stall during refreshes (10 ms heartbeat): "
          f"{max(stalls) * 1000:.1f} ms (target < 100 ms); p99 "
          f"{float(np.percentile(stalls, 99)) * 1000:.1f} ms")
    _ = EntryQuery
    board.close()
    tasks.shutdown()
    backend.close()


if __name__ == "__main__":
    main()
