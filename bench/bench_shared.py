"""Shared server benchmark: N desks recording at once on one PostgreSQL server, beside floors.

    .venv/bin/python bench/bench_shared.py [--desks 8] [--entries 500] [--reps 3] [--pings 500]

Starts its own throwaway cluster (``tests/support/pg_server.PgServer``: fsync off, as the test
suite's). Every figure is printed next to the raw operation it is built on, measured in the
same run on the same server, interleaved, medians over ``--reps`` (each rep on a fresh copy of
one migrated database):

- throughput: ``--desks`` desk processes each recording ``--entries`` entries through
  ``Services`` (validation, the row, its audit row under the chain lock, the NOTIFY) vs. the
  same number of processes doing raw psycopg INSERTs of the same entry rows, one per
  transaction (no audit, no checks);
- notification latency, COMMIT sent → the notice in another process (a LISTEN process, per
  entry; ``tests/reliability/shared_desks.py``) vs. a bare ``NOTIFY`` round trip between two
  psycopg connections, measured during the same runs (same load, one every 20 ms), and idle.

Nothing here fails on a slow machine: it reports.
"""

from __future__ import annotations

import argparse
import multiprocessing
import multiprocessing.synchronize
import statistics
import sys
import threading
import time
import traceback
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

import psycopg  # noqa: E402

from feedback_desk.core.db.engine import open_database  # noqa: E402
from feedback_desk.core.services import Services  # noqa: E402
from tests.reliability.shared_desks import (  # noqa: E402
    conninfo,
    desk_text,
    latencies,
    pct,
    run_desks,
)
from tests.support.pg_server import PgServer, available  # noqa: E402

TEMPLATE = "bench_template"
PING_PAUSE_S = 0.02
RAW_INSERT = (
    "INSERT INTO entry (uuid, event_id, kind, text, service_area, topic, country, speaker_type, "
    "source, language, sensitive, protection, recorded_by_id, recorded_at, status, "
    "reopen_count, updated_at, updated_by_id, version) "
    "VALUES (%s, %s, 'complaint', %s, 'overseas', 'claims', 'HK', 'pmi_abroad', 'floor', 'id', "
    "false, false, %s, %s, 'new', 0, %s, %s, 1)"
)


def raw_desk(
    dsn: str,
    desk: int,
    count: int,
    event_id: int,
    user_id: int,
    barrier: multiprocessing.synchronize.Barrier,
    results: multiprocessing.Queue[Any],
) -> None:
    """The floor of one desk: the same entry rows, raw INSERT + COMMIT each."""
    try:
        with psycopg.connect(dsn) as conn:
            barrier.wait(timeout=300)
            started = time.time()
            for n in range(count):
                now = datetime.now(UTC)
                conn.execute(RAW_INSERT, (str(uuid.uuid4()), event_id, desk_text(desk, n),
                                          user_id, now, now, user_id), prepare=True)
                conn.commit()
            results.put(("ok", desk, started, time.time()))
    except BaseException:
        barrier.abort()
        results.put(("error", desk, traceback.format_exc()))


def run_raw(dsn: str, event_id: int, users: list[int], per_desk: int) -> tuple[float, float]:
    """(first raw INSERT, last COMMIT) over every process, as ``time.time()``."""
    ctx = multiprocessing.get_context("spawn")
    results: multiprocessing.Queue[Any] = ctx.Queue()
    barrier = ctx.Barrier(len(users) + 1)
    procs = [ctx.Process(target=raw_desk, args=(dsn, d, per_desk, event_id, uid, barrier, results))
             for d, uid in enumerate(users)]
    for proc in procs:
        proc.start()
    barrier.wait(timeout=300)
    messages = [results.get(timeout=900) for _ in procs]
    for proc in procs:
        proc.join(timeout=30)
    failed = [m for m in messages if m[0] != "ok"]
    if failed:
        raise RuntimeError(f"raw desk {failed[0][1]} failed:\n{failed[0][2]}")
    return min(m[2] for m in messages), max(m[3] for m in messages)


def ping_pong(dsn: str, count: int, stop: threading.Event | None = None,
              pause_s: float = PING_PAUSE_S) -> list[tuple[float, float]]:
    """Bare NOTIFY round trips between two autocommit connections: ``(sent, seconds until the
    notice arrived on the other one)``, ``count`` of them or until ``stop`` is set, one every
    ``pause_s`` (so the pinger itself hardly loads the server)."""
    out: list[tuple[float, float]] = []
    with psycopg.connect(dsn, autocommit=True) as listener, \
            psycopg.connect(dsn, autocommit=True) as sender:
        listener.execute("LISTEN bench_ping")
        for n in range(count):
            if stop is not None and stop.is_set():
                break
            sent = time.time()
            sender.execute(f"NOTIFY bench_ping, '{n}'")
            got = next(iter(listener.notifies(timeout=10, stop_after=1)), None)
            if got is None or got.payload != str(n):
                raise RuntimeError(f"NOTIFY {n} did not come back: {got}")
            out.append((sent, time.time() - sent))
            time.sleep(pause_s)
    return out


class Pinger(threading.Thread):
    """``ping_pong`` in the background until ``finish()``."""

    def __init__(self, dsn: str) -> None:
        super().__init__(daemon=True)
        self.dsn = dsn
        self.stop = threading.Event()
        self.results: list[tuple[float, float]] = []
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.results = ping_pong(self.dsn, 10**9, self.stop)
        except BaseException as exc:  # handed to finish()
            self.error = exc

    def finish(self) -> list[tuple[float, float]]:
        self.stop.set()
        self.join()
        if self.error is not None:
            raise self.error
        return self.results


def single_desk(url: str, event_id: int, entries: int) -> float:
    """Entries/s of one desk alone (no contention): the reference for the scaling."""
    run = run_desks(url, event_id, 1, entries)
    if run.errors:
        raise RuntimeError(run.errors[0])
    return entries / run.wall_s


def ms(values: list[float], q: float) -> float:
    return pct(values, q) * 1000


def line(name: str, ours: float, floor: float, unit: str, better: str) -> None:
    """``better`` = "higher" (throughput) or "lower" (latency): the ratio is always the cost
    (≥ 1 means ours is slower than the floor)."""
    ratio = (floor / ours if better == "higher" else ours / floor) if ours and floor else float("inf")
    print(f"{name:<40} {ours:10.1f} {unit:<9} floor {floor:10.1f} {unit:<9} cost ×{ratio:6.2f}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--desks", type=int, default=8)
    ap.add_argument("--entries", type=int, default=500, help="entries per desk")
    ap.add_argument("--reps", type=int, default=3, help="interleaved runs of ours and the floor")
    ap.add_argument("--pings", type=int, default=500, help="idle NOTIFY round trips")
    args = ap.parse_args()
    ok, reason = available()
    if not ok:
        print(f"cannot start a PostgreSQL server: {reason}", file=sys.stderr)
        return 2

    server = PgServer()
    try:
        server.create_database(TEMPLATE)
        db = open_database(server.url(TEMPLATE))
        setup = Services.connect(db, "setup", roles="admin")
        event_id = int(setup.catalog.create_event("Bench shared").id)
        users = [int(Services.connect(db, f"desk{d}", roles="recorder").actor.user_id)
                 for d in range(args.desks)]
        db.dispose()
        server.terminate_connections(TEMPLATE)
        with server.admin() as conn:
            version = conn.execute("SHOW server_version").fetchone()
        total = args.desks * args.entries
        print(f"PostgreSQL {version[0] if version else '?'} (throwaway cluster, fsync off), "
              f"{args.desks} desks × {args.entries} entries = {total:,} per run, "
              f"{args.reps} runs each, interleaved\n")

        ours_rate: list[float] = []
        raw_rate: list[float] = []
        ours_lat: list[float] = []
        ping_loaded: list[float] = []
        for rep in range(args.reps):
            name = f"ours_{rep}"
            url = server.create_database(name, template=TEMPLATE)
            pinger = Pinger(conninfo(url))
            pinger.start()
            try:
                run = run_desks(url, event_id, args.desks, args.entries)
            finally:
                pinged = pinger.finish()
            if run.errors:
                raise RuntimeError(run.errors[0])
            lat = latencies(run)["commit"]
            missed = total - len(lat)
            ours_rate.append(total / run.wall_s)
            ours_lat.extend(lat)
            first = min(row[2] for row in run.stamped)
            last = max(row[4] for row in run.stamped)
            during = [lat for sent, lat in pinged if first <= sent <= last]
            ping_loaded.extend(during)
            server.drop_database(name)

            name = f"raw_{rep}"
            url = server.create_database(name, template=TEMPLATE)
            first, last = run_raw(conninfo(url), event_id, users, args.entries)
            raw_rate.append(total / (last - first))
            server.drop_database(name)
            print(f"run {rep + 1}: ours {ours_rate[-1]:6.0f} entries/s ({run.wall_s:5.1f} s, "
                  f"{missed} not notified, {len(during)} bare NOTIFY round trips meanwhile), "
                  f"raw {raw_rate[-1]:6.0f} entries/s ({last - first:4.1f} s)")

        idle = [lat for _sent, lat in ping_pong(conninfo(server.url("postgres")), args.pings)]
        url = server.create_database("single", template=TEMPLATE)
        alone = single_desk(url, event_id, args.entries)
        server.drop_database("single")
        print("\nthroughput (median of runs)")
        line(f"  {args.desks} desks recording", statistics.median(ours_rate),
             statistics.median(raw_rate), "entries/s", "higher")
        print(f"  one desk alone: {alone:.1f} entries/s ({args.entries} entries; "
              f"{args.desks} desks = ×{statistics.median(ours_rate) / alone:.2f} of it)")
        print(f"\nnotification latency, COMMIT sent → notice in another process "
              f"({len(ours_lat):,} entries; floor: bare NOTIFY round trip between two connections "
              f"during the same runs, {len(ping_loaded):,})")
        for q, label in ((0.5, "p50"), (0.95, "p95"), (0.99, "p99")):
            line(f"  latency {label}", ms(ours_lat, q), ms(ping_loaded, q), "ms", "lower")
        print(f"  latency max {max(ours_lat) * 1000:.1f} ms (target: within 1 s: "
              f"{'ok' if ms(ours_lat, 0.95) < 1000 else 'OVER'} at p95)")
        print(f"  idle bare NOTIFY round trip ({len(idle)}): p50 {ms(idle, 0.5):.2f} ms, "
              f"p95 {ms(idle, 0.95):.2f} ms")
        print(f"\nserver: initdb {server.timings.get('initdb', 0):.2f} s, "
              f"start {server.timings.get('start', 0):.2f} s")
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
