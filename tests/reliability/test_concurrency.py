"""Concurrency: 8 processes × 500 read-modify-write transactions on one database.

Each transaction reads a counter kept in an entry (locking the row, as the services do), writes
it back plus one through the ORM (the row's version column guards it) and appends an audit
event. Nothing may be lost, no
"database is locked" may escape, and the audit chain must not fork.
"""

from __future__ import annotations

import multiprocessing
import os
import traceback

import pytest
from sqlalchemy.orm import Session

from feedback_desk.core.db import audit_chain
from feedback_desk.core.db.engine import open_database
from feedback_desk.core.db.models import Entry
from feedback_desk.core.dto import NewEntry
from feedback_desk.core.services import Services

WORKERS = 8
ROUNDS = int(os.environ.get("FD_CONCURRENCY_ROUNDS", "500"))

pytestmark = pytest.mark.slow


def _worker(url: str, entry_id: int, worker: int, rounds: int, queue: multiprocessing.Queue[str]) -> None:
    try:
        db = open_database(url, migrate=False)

        def increment(session: Session) -> int:
            row = session.get(Entry, entry_id, with_for_update=True)
            assert row is not None
            value = int(row.summary or "0") + 1
            row.summary = str(value)
            session.flush()  # version_id_col: a concurrent writer → StaleDataError → retried
            audit_chain.append(session, f"w{worker}", "test.increment", "entry", entry_id,
                               {"value": value})
            return value

        for _ in range(rounds):
            db.write(increment)
        db.dispose()
        queue.put("ok")
    except BaseException:  # report, don't hang the parent
        queue.put(traceback.format_exc())


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_no_update_is_lost(backend: str, tmp_path, request) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'busy.sqlite'}" if backend == "sqlite" else request.getfixturevalue("pg_url")
    db = open_database(url)
    svc = Services.connect(db, "setup", roles="supervisor")
    event = svc.catalog.create_event("Concurrency")
    entry = svc.entries.record(NewEntry(event_id=event.id, kind="complaint",
                                        service_area="digital", text="counter", summary="0"))
    before = svc.audit.verify().checked
    db.dispose()

    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(url, entry.id, w, ROUNDS, queue))
             for w in range(WORKERS)]
    for proc in procs:
        proc.start()
    results = [queue.get(timeout=600) for _ in procs]
    for proc in procs:
        proc.join(timeout=60)
    failures = [r for r in results if r != "ok"]
    assert not failures, failures[0]

    db = open_database(url)
    try:
        svc = Services.connect(db, "setup")
        assert svc.entries.get(entry.id).summary == str(WORKERS * ROUNDS)
        check = svc.audit.verify()
        assert check.ok, check
        assert check.checked == before + WORKERS * ROUNDS
    finally:
        db.dispose()
