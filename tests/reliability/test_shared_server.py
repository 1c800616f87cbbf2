"""Shared server: 8 desk processes × 500 entries on one PostgreSQL database, and the notices.

Each desk is its own process (spawn) with its own account and engine, recording through
``Services`` with the entry UUID fixed before the call, as the capture desk does. Another
process LISTENs on ``feedback_desk`` (migration 0006 sends ``entity:entity_id:audit_id`` for
every audit row at commit) and stamps every notice. Nothing may be lost or doubled, the audit
chain must not fork, every entry must be announced once, in commit order, and the notice must
reach the other process within 1 s (p95; the figures are printed, run with ``-s``).
"""

from __future__ import annotations

import collections
import multiprocessing
import os
import random
import time
import uuid
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import func, select

from feedback_desk.core.db import audit_chain
from feedback_desk.core.db.engine import open_database
from feedback_desk.core.db.models import AuditEvent, Entry
from feedback_desk.core.dto import NewEntry
from feedback_desk.core.services import Services
from tests.reliability.shared_desks import (
    CHANNEL,
    conninfo,
    latencies,
    listen,
    parse,
    pct,
    record_desk,
    record_same,
    record_until_killed,
    run_desks,
    summary,
)

DESKS = 8
PER_DESK = int(os.environ.get("FD_SHARED_ENTRIES", "500"))
RACERS, RACED = 8, 50
SURVIVORS, KILL_RUN, VICTIM = 4, 300, 99


@pytest.mark.slow
def test_eight_desks_record_concurrently_and_every_entry_is_announced(pg_url: str) -> None:
    db = open_database(pg_url, migrate=False)
    try:
        setup = Services.connect(db, "setup", roles="admin")
        event_id = setup.catalog.create_event("Shared server").id
    finally:
        db.dispose()

    run = run_desks(pg_url, event_id, DESKS, PER_DESK)
    assert not run.errors, run.errors[0]
    total = DESKS * PER_DESK
    assert len(run.stamped) == total

    db = open_database(pg_url, migrate=False)
    try:
        rows, distinct = db.read(lambda s: s.execute(
            select(func.count(), func.count(func.distinct(Entry.uuid)))).one())
        assert (rows, distinct) == (total, total)
        stored = dict(db.read(lambda s: s.execute(select(Entry.id, Entry.uuid)).all()))
        assert stored == {entry_id: key for key, entry_id, *_ in run.stamped}
        audited = dict(db.read(lambda s: s.execute(
            select(AuditEvent.id, AuditEvent.entity_id)
            .where(AuditEvent.action == "entry.record")).all()))
        assert sorted(audited.values()) == sorted(stored)  # one entry.record row per entry
        audit_rows = db.read(lambda s: s.scalar(select(func.count()).select_from(AuditEvent)))
        check = Services.connect(db, "setup").audit.verify()
        assert check.ok, check
        assert check.checked == audit_rows
    finally:
        db.dispose()

    entry_notices = [n for n in run.notices if n.entity == "entry"]
    counts = collections.Counter(n.entity_id for n in entry_notices)
    assert set(counts) == set(stored), f"{len(set(stored) - set(counts))} entries never announced"
    assert max(counts.values()) == 1
    assert {n.audit_id: n.entity_id for n in entry_notices} == audited  # payload = the audit row
    ids = [n.audit_id for n in run.notices]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)  # delivered in commit order

    lat = latencies(run)
    print(f"\n{DESKS} desks × {PER_DESK} entries: {total / run.wall_s:.0f} entries/s "
          f"({run.wall_s:.1f} s)")
    print(f"  COMMIT sent → notified:     {summary(lat['commit'])}")
    print(f"  commit acked → notified:    {summary(lat['acked'])}")
    print(f"  record() called → notified: {summary(lat['called'])}")
    assert len(lat["commit"]) == total
    assert min(lat["commit"]) >= 0  # the notice never comes before the COMMIT was sent
    assert pct(lat["commit"], 0.95) < 1.0, summary(lat["commit"])


def test_a_rolled_back_change_is_never_announced(pg_url: str) -> None:
    """Only committed audit rows wake the desks: a failed write sends nothing, and the next
    committed one arrives with its own audit id."""
    db = open_database(pg_url, migrate=False)
    listener = psycopg.connect(conninfo(pg_url), autocommit=True)
    try:
        services = Services.connect(db, "desk0", roles="recorder")
        event_id = Services.connect(db, "setup", roles="admin").catalog.create_event("Rollback").id
        listener.execute(f"LISTEN {CHANNEL}")

        class Boom(Exception):
            pass

        def fails(session):  # type: ignore[no-untyped-def]
            audit_chain.append(session, "desk0", "test.rollback", "entry", 999_999, {})
            session.flush()
            raise Boom

        with pytest.raises(Boom):
            db.write(fails)
        assert list(listener.notifies(timeout=0.5)) == []

        entry = services.entries.record(NewEntry(
            event_id=event_id, kind="complaint", service_area="digital", text="committed"))
        notices = list(listener.notifies(timeout=5, stop_after=1))
        assert [n.channel for n in notices] == [CHANNEL]
        entity, entity_id, audit_id = notices[0].payload.split(":")
        assert (entity, int(entity_id)) == ("entry", entry.id)
        stored = db.read(lambda s: s.scalar(
            select(AuditEvent.entity_id).where(AuditEvent.id == int(audit_id))))
        assert stored == entry.id
        assert db.read(lambda s: s.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.entity_id == 999_999))) == 0
    finally:
        listener.close()
        db.dispose()


@pytest.mark.slow
def test_the_same_uuid_from_several_desks_at_once_is_stored_once(pg_url: str) -> None:
    """Recording is idempotent by UUID even when the copies race (an outbox flush while the
    same offline file is merged, two flushes after a lost answer): one row per UUID, and every
    caller gets that row back instead of an error."""
    db = open_database(pg_url, migrate=False)
    try:
        event_id = Services.connect(db, "setup", roles="admin").catalog.create_event("Race").id
    finally:
        db.dispose()
    keys = [str(uuid.uuid4()) for _ in range(RACED)]
    ctx = multiprocessing.get_context("spawn")
    results: multiprocessing.Queue[Any] = ctx.Queue()
    barrier = ctx.Barrier(RACERS + 1)
    procs = [ctx.Process(target=record_same, args=(pg_url, d, keys, event_id, barrier, results))
             for d in range(RACERS)]
    for proc in procs:
        proc.start()
    barrier.wait(timeout=300)
    messages = [results.get(timeout=600) for _ in procs]
    for proc in procs:
        proc.join(timeout=30)
    assert [m for m in messages if m[0] != "ok"] == []
    answers: dict[str, set[int | str]] = collections.defaultdict(set)
    for _ok, _desk, got in messages:
        for key, answer in got:
            answers[key].add(answer)
    escaped = collections.Counter(a for _o, _d, got in messages for _k, a in got if isinstance(a, str))
    assert not escaped, f"{sum(escaped.values())} of {RACERS * RACED} calls failed: {escaped}"
    assert all(len(seen) == 1 for seen in answers.values())  # every desk got the same row

    db = open_database(pg_url, migrate=False)
    try:
        stored = dict(db.read(lambda s: s.execute(select(Entry.uuid, Entry.id)).all()))
        assert stored == {key: next(iter(seen)) for key, seen in answers.items()}
        check = Services.connect(db, "setup").audit.verify()
        assert check.ok, check
    finally:
        db.dispose()


@pytest.mark.slow
def test_a_desk_killed_mid_recording_loses_nothing_it_acknowledged_and_blocks_no_one(
    pg_url: str, tmp_path: Path
) -> None:
    """SIGKILL one desk at a random moment while four others record: its server transaction
    (perhaps holding the audit chain lock) is rolled back and the others finish; every entry
    it acknowledged is there (at most the one in flight more), each stored entry is announced
    once, nothing that was rolled back is, and the chain still verifies."""
    db = open_database(pg_url, migrate=False)
    try:
        event_id = Services.connect(db, "setup", roles="admin").catalog.create_event("Kill").id
    finally:
        db.dispose()
    ctx = multiprocessing.get_context("spawn")
    results: multiprocessing.Queue[Any] = ctx.Queue()
    ready, stop = ctx.Event(), ctx.Event()
    listener = ctx.Process(target=listen, args=(pg_url, 10**9, ready, stop, results, 3.0))
    listener.start()
    assert ready.wait(timeout=120)
    acks = tmp_path / "acks"
    victim = ctx.Process(target=record_until_killed, args=(pg_url, VICTIM, event_id, str(acks)))
    barrier = ctx.Barrier(SURVIVORS + 1)
    desks = [ctx.Process(target=record_desk, args=(pg_url, d, KILL_RUN, event_id, barrier, results))
             for d in range(SURVIVORS)]
    for proc in (victim, *desks):
        proc.start()
    barrier.wait(timeout=300)
    deadline = time.monotonic() + 300
    while not acks.exists() or len(acks.read_text().split()) < 30:
        assert victim.is_alive() and time.monotonic() < deadline, "the victim desk never recorded"
        time.sleep(0.05)
    time.sleep(random.uniform(0, 0.03))
    victim.kill()
    victim.join(timeout=30)
    acknowledged = set(acks.read_text().split())

    messages = [results.get(timeout=600) for _ in desks]  # they finish: no lock was left behind
    stop.set()
    heard = results.get(timeout=120)
    for proc in (*desks, listener):
        proc.join(timeout=30)
    assert [m for m in messages if m[0] != "ok"] == []
    assert heard[0] == "listener", heard

    db = open_database(pg_url, migrate=False)
    try:
        stored = dict(db.read(lambda s: s.execute(select(Entry.id, Entry.text)).all()))
        victim_keys = set(db.read(lambda s: s.scalars(
            select(Entry.uuid).where(Entry.text.like(f"Desk {VICTIM} entry %"))).all()))
        check = Services.connect(db, "setup").audit.verify()
        assert check.ok, check
    finally:
        db.dispose()
    assert acknowledged <= victim_keys
    assert len(victim_keys - acknowledged) <= 1  # only the one in flight can have committed
    assert len(stored) == SURVIVORS * KILL_RUN + len(victim_keys)
    notices = [parse(at, payload) for at, payload in heard[1]]
    announced = collections.Counter(n.entity_id for n in notices if n.entity == "entry")
    assert set(announced) == set(stored) and max(announced.values()) == 1
