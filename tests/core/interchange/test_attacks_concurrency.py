"""Adversarial tests of spreadsheet import, part 4: two desks import the same file at the same
moment. Desk A is held just before it commits (its rows are inserted, not yet committed) while
desk B runs its whole import; then A commits. On PostgreSQL B is seen waiting on A's rows
(pg_locks) before A is let go, so the interleaving is the worst one, not a matter of luck."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from feedback_desk.core.db import audit_chain
from feedback_desk.core.db.engine import open_database
from feedback_desk.core.errors import DeskError
from feedback_desk.core.services import Services

from .attacks_support import EVENT, counts, row, write_csv

WAIT = 60  # seconds a stuck thread may take before the test gives up on it (not an assertion)


def _wait_until_blocked(url: str, stop: threading.Event) -> None:
    """Until a PostgreSQL backend waits on a lock (B on A's uncommitted rows), or B is done."""
    if not url.startswith("postgresql"):
        stop.wait(0.5)  # SQLite: B waits on BEGIN IMMEDIATE or runs after A; either is fine
        return
    probe = open_database(url, migrate=False)
    try:
        for _ in range(WAIT * 20):
            with probe.engine.connect() as conn:
                if conn.execute(text("SELECT count(*) FROM pg_locks WHERE NOT granted")).scalar():
                    return
            if stop.wait(0.05):
                return
    finally:
        probe.dispose()


@pytest.mark.parametrize("new_event", [False, True], ids=["known_event", "new_event"])
def test_two_desks_importing_one_file_at_once_store_it_once(
        db_url: str, clock: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        request: pytest.FixtureRequest, new_event: bool) -> None:
    desk_a, desk_b = open_database(db_url), open_database(db_url)
    try:
        a = Services.connect(desk_a, "sari", roles="supervisor", clock=clock)
        b = Services.connect(desk_b, "dewi", roles="supervisor", clock=clock)
        a.catalog.create_event(EVENT)
        name = "Acara Baru 2026" if new_event else EVENT
        path = write_csv(tmp_path / "same.csv", [row(i, event=name) for i in range(5)])
        preview_a, preview_b = a.interchange.preview(path), b.interchange.preview(path)
        held, release = threading.Event(), threading.Event()
        real = audit_chain.append_many

        def hold_a(session: Any, events: Any, *, at: Any = None) -> str:
            if threading.current_thread().name == "desk-a" and not held.is_set():
                held.set()
                release.wait(WAIT)
            return real(session, events, at=at)

        monkeypatch.setattr(audit_chain, "append_many", hold_a)
        outcome: dict[str, Any] = {}

        def run(key: str, svc: Services, preview: Any) -> None:
            try:
                outcome[key] = svc.interchange.commit(preview)
            except BaseException as exc:  # reported below
                outcome[key] = exc

        ta = threading.Thread(target=run, args=("a", a, preview_a), name="desk-a")
        tb = threading.Thread(target=run, args=("b", b, preview_b), name="desk-b")
        ta.start()
        assert held.wait(WAIT), outcome
        b_done = threading.Event()
        tb.start()

        def watch_b() -> None:
            tb.join()
            b_done.set()

        threading.Thread(target=watch_b, daemon=True).start()
        _wait_until_blocked(db_url, b_done)
        release.set()
        ta.join(WAIT)
        tb.join(WAIT)
        assert not ta.is_alive() and not tb.is_alive()
        errors = {k: v for k, v in outcome.items() if isinstance(v, BaseException)}
        assert all(isinstance(e, DeskError) for e in errors.values()), repr(errors)
        added = sorted(len(r.added) for r in outcome.values() if not isinstance(r, BaseException))
        assert added in ([0, 5], [5]), (added, repr(errors))
        shape = counts(desk_a)
        assert shape["entry"] == 5 and shape["event"] == 1 + new_event
    finally:
        desk_a.dispose()
        desk_b.dispose()
