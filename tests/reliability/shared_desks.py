"""Desk and listener processes for the shared-server reliability test and bench/bench_shared.py.

Every function here is the target of a ``spawn`` process, so it takes only picklable arguments
and reports through a queue (a traceback string on failure, never a hang).

Timing: ``time.time()`` (one clock for every process on the machine). A desk stamps each entry
three times: before ``record()`` (``called``), when SQLAlchemy sends the COMMIT (``commit``, the
engine's ``commit`` event on a ``Database.write`` connection: the last one before ``record()``
returned is the entry's own, a retried attempt's included) and
when ``record()`` returned (``acked``). The listener stamps each notification when psycopg
hands it over. "commit → notified" below is ``notified - commit``: it includes the commit round
trip itself, so it is never negative and never flatters.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.synchronize
import os
import queue
import statistics
import time
import traceback
import uuid
from dataclasses import dataclass
from typing import Any

import psycopg
from sqlalchemy import Connection, event
from sqlalchemy.engine import make_url

CHANNEL = "feedback_desk"

Stamped = tuple[str, int, float, float, float]  # uuid, entry id, called, commit, acked


def conninfo(url: str) -> str:
    """A SQLAlchemy ``postgresql+psycopg://`` URL as a libpq conninfo psycopg accepts."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def desk_text(desk: int, n: int) -> str:
    return f"Desk {desk} entry {n}: klaim JHT belum cair sudah tiga bulan, mohon dibantu."


def record_desk(
    url: str,
    desk: int,
    count: int,
    event_id: int,
    barrier: multiprocessing.synchronize.Barrier,
    results: multiprocessing.Queue[Any],
) -> None:
    """One desk: its own account and engine, ``count`` entries through ``Services``."""
    try:
        from feedback_desk.core.db.engine import open_database
        from feedback_desk.core.dto import NewEntry
        from feedback_desk.core.ids import EventId
        from feedback_desk.core.services import Services

        db = open_database(url, migrate=False)
        services = Services.connect(db, f"desk{desk}", roles="recorder")
        commit_at = [0.0]

        def on_commit(conn: Connection) -> None:
            if conn.get_execution_options().get("fd_write"):  # Database.write, not a read
                commit_at[0] = time.time()

        event.listen(db.engine, "commit", on_commit)
        rows: list[Stamped] = []
        barrier.wait(timeout=300)
        for n in range(count):
            key = str(uuid.uuid4())  # fixed before the call, as the capture desk does
            called = time.time()
            view = services.entries.record(NewEntry(
                event_id=EventId(event_id), kind="complaint", service_area="overseas",
                text=desk_text(desk, n), topic="claims", country="HK",
                speaker_type="pmi_abroad", source="floor", language="id", uuid=key,
            ))
            rows.append((key, int(view.id), called, commit_at[0], time.time()))
        db.dispose()
        results.put(("ok", desk, rows))
    except BaseException:  # report, don't hang the parent
        barrier.abort()
        results.put(("error", desk, traceback.format_exc()))


def listen(
    url: str,
    expect_entries: int,
    ready: multiprocessing.synchronize.Event,
    stop: multiprocessing.synchronize.Event,
    results: multiprocessing.Queue[Any],
    grace_s: float = 10.0,
) -> None:
    """LISTEN on the desks' channel until ``expect_entries`` entry notices arrived, or
    ``grace_s`` after ``stop`` was set. Reports ``[(received_at, payload), …]`` in arrival order."""
    try:
        got: list[tuple[float, str]] = []
        entries = 0
        with psycopg.connect(conninfo(url), autocommit=True) as conn:
            conn.execute(f"LISTEN {CHANNEL}")
            ready.set()
            stopped_at: float | None = None
            while entries < expect_entries:
                for notice in conn.notifies(timeout=0.2):
                    got.append((time.time(), notice.payload))
                    if notice.payload.startswith("entry:"):
                        entries += 1
                        if entries >= expect_entries:
                            break
                if stop.is_set():
                    stopped_at = stopped_at or time.monotonic()
                    if time.monotonic() - stopped_at > grace_s:
                        break
        results.put(("listener", got))
    except BaseException:
        ready.set()
        results.put(("listener-error", traceback.format_exc()))


@dataclass(frozen=True)
class Notice:
    received: float
    entity: str
    entity_id: int | None
    audit_id: int


def parse(received: float, payload: str) -> Notice:
    """``entity:entity_id:audit_id`` as migration 0006 sends it (entity_id may be empty)."""
    entity, entity_id, audit_id = payload.rsplit(":", 2)
    return Notice(received, entity, int(entity_id) if entity_id else None, int(audit_id))


@dataclass(frozen=True)
class Run:
    """What one run of N desks produced (``wall_s``: first ``record()`` call to last return)."""

    wall_s: float
    stamped: list[Stamped]
    notices: list[Notice]
    errors: list[str]


def run_desks(url: str, event_id: int, desks: int, per_desk: int, timeout_s: float = 900) -> Run:
    """Start a listener and ``desks`` desk processes (spawn); all record at one go."""
    ctx = multiprocessing.get_context("spawn")
    results: multiprocessing.Queue[Any] = ctx.Queue()
    ready, stop = ctx.Event(), ctx.Event()
    barrier = ctx.Barrier(desks + 1)
    listener = ctx.Process(target=listen, args=(url, desks * per_desk, ready, stop, results))
    listener.start()
    ready.wait(timeout=120)
    procs = [ctx.Process(target=record_desk, args=(url, d, per_desk, event_id, barrier, results))
             for d in range(desks)]
    for proc in procs:
        proc.start()
    errors: list[str] = []
    stamped: list[Stamped] = []
    notices: list[Notice] = []
    try:
        barrier.wait(timeout=300)
    except Exception:  # a desk failed before recording; its traceback is in the queue
        pass
    desks_left, listener_left = desks, True
    deadline = time.monotonic() + timeout_s
    while desks_left or listener_left:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            errors.append(f"timed out: {desks_left} desk(s), listener done: {not listener_left}")
            break
        try:
            message = results.get(timeout=min(remaining, 5))
        except queue.Empty:  # a process that died without a word must not cost the timeout
            if not listener.is_alive() and listener_left:
                errors.append(f"the listener died (exit code {listener.exitcode})")
                listener_left = False
            if desks_left and not any(proc.is_alive() for proc in procs):
                errors.append(f"{desks_left} desk(s) died: {[p.exitcode for p in procs]}")
                desks_left = 0
                stop.set()
            continue
        if message[0] in ("listener", "listener-error"):
            listener_left = False
            if message[0] == "listener":
                notices = [parse(at, payload) for at, payload in message[1]]
            else:
                errors.append(f"listener: {message[1]}")
            continue
        desks_left -= 1
        if desks_left == 0:
            stop.set()  # every desk reported: the listener gets its grace time, then reports
        if message[0] == "ok":
            stamped.extend(message[2])
        else:
            errors.append(f"desk {message[1]}: {message[2]}")
    stop.set()
    for proc in (*procs, listener):
        proc.join(timeout=30)
        if proc.is_alive():
            proc.kill()
    wall = (max(r[4] for r in stamped) - min(r[2] for r in stamped)) if stamped else 0.0
    return Run(wall, stamped, notices, errors)


def latencies(run: Run) -> dict[str, list[float]]:
    """Per entry, seconds from COMMIT sent / commit acknowledged / call → notified."""
    notified = {n.entity_id: n.received for n in run.notices if n.entity == "entry"}
    out: dict[str, list[float]] = {"commit": [], "acked": [], "called": []}
    for _key, entry_id, called, commit, acked in run.stamped:
        at = notified.get(entry_id)
        if at is not None:
            out["commit"].append(at - commit)
            out["acked"].append(at - acked)
            out["called"].append(at - called)
    return out


def pct(values: list[float], q: float) -> float:
    """Nearest-rank percentile (``q`` in 0..1)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def summary(values: list[float]) -> str:
    ms = [v * 1000 for v in values]
    return (f"p50 {statistics.median(ms):.1f} ms, p95 {pct(ms, 0.95):.1f} ms, "
            f"max {max(ms):.1f} ms (n={len(ms)})")


def record_same(
    url: str,
    desk: int,
    keys: list[str],
    event_id: int,
    barrier: multiprocessing.synchronize.Barrier,
    results: multiprocessing.Queue[Any],
) -> None:
    """Record the given UUIDs (the same ones on every desk: retries, merges, two flushes)."""
    try:
        from feedback_desk.core.db.engine import open_database
        from feedback_desk.core.dto import NewEntry
        from feedback_desk.core.ids import EventId
        from feedback_desk.core.services import Services

        db = open_database(url, migrate=False)
        services = Services.connect(db, f"desk{desk}", roles="recorder")
        got: list[tuple[str, int | str]] = []
        barrier.wait(timeout=300)
        for n, key in enumerate(keys):
            try:
                view = services.entries.record(NewEntry(
                    event_id=EventId(event_id), kind="complaint", service_area="digital",
                    text=desk_text(desk, n), uuid=key))
                got.append((key, int(view.id)))
            except Exception as exc:  # noqa: BLE001 - the test reports what escaped
                got.append((key, f"{type(exc).__name__}: {str(exc).splitlines()[0]}"))
        db.dispose()
        results.put(("ok", desk, got))
    except BaseException:
        barrier.abort()
        results.put(("error", desk, traceback.format_exc()))


def record_until_killed(url: str, desk: int, event_id: int, acks: str) -> None:
    """Record without end; append each acknowledged UUID to the file ``acks`` with one
    unbuffered ``os.write`` after ``record()`` returned (it survives SIGKILL)."""
    from feedback_desk.core.db.engine import open_database
    from feedback_desk.core.dto import NewEntry
    from feedback_desk.core.ids import EventId
    from feedback_desk.core.services import Services

    db = open_database(url, migrate=False)
    services = Services.connect(db, f"desk{desk}", roles="recorder")
    fd = os.open(acks, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    n = 0
    while True:
        key = str(uuid.uuid4())
        services.entries.record(NewEntry(
            event_id=EventId(event_id), kind="complaint", service_area="overseas",
            text=desk_text(desk, n), uuid=key))
        os.write(fd, f"{key}\n".encode())
        n += 1
