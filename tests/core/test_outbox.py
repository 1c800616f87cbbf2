"""The offline outbox: entries kept on disk while the server is gone, sent exactly once."""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from feedback_desk.core.db.engine import Database, open_database
from feedback_desk.core.db.models import Entry, Person
from feedback_desk.core.dto import EntryQuery, NewEntry, NewIdentity
from feedback_desk.core.errors import DatabaseUnavailable
from feedback_desk.core.outbox import Outbox, OutboxError, outbox_path
from feedback_desk.core.services import Services
from tests.support.pg_server import SERVER_OPTIONS, PgServer, available

from .conftest import new_entry

T0 = datetime(2026, 11, 16, 2, 0, tzinfo=UTC)


def queued(event_id: int, n: int, **overrides: Any) -> NewEntry:
    return replace(new_entry(event_id, text=f"Keluhan nomor {n}", **overrides),
                   uuid=str(uuidlib.uuid4()), recorded_at=T0 + timedelta(minutes=n))


def count_entries(db: Database) -> tuple[int, int]:
    """(entries, distinct uuids) as the database holds them."""
    return db.read(lambda s: (s.scalar(select(func.count()).select_from(Entry)) or 0,
                              s.scalar(select(func.count(func.distinct(Entry.uuid)))) or 0))


# ---- the file ---------------------------------------------------------------------------------
def test_put_keeps_everything_and_survives_a_restart(tmp_path: Path) -> None:
    path = outbox_path(tmp_path, "postgresql+psycopg://ani:s3cret@db/fd", "ani")
    assert "s3cret" not in path.name and path.parent == tmp_path
    assert path == outbox_path(tmp_path, "postgresql+psycopg://ani:n3w-pw@db/fd", "ani")
    assert path != outbox_path(tmp_path, "postgresql+psycopg://ani@db/other", "ani")
    assert path != outbox_path(tmp_path, "postgresql+psycopg://ani:s3cret@db/fd", "budi")
    entry = queued(1, 1, dimensions=("service_process", "infrastructure"), sensitive=True)
    who = NewIdentity("follow-up of the claim", name="Siti", phone="0812")
    box = Outbox(path)
    assert box.pending_count() == 0 and box.pending() == ()
    box.put(entry, who, voice_of=7)
    box.put(entry)  # the same UUID again (a retry): kept once, the first copy
    again = Outbox(path)  # the desk restarted
    assert again.pending_count() == 1
    (item,) = again.pending()
    assert item.entry == entry and item.identity == who and item.voice_of == 7
    assert item.attempts == 0


def test_an_entry_without_its_uuid_or_time_is_refused(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o.sqlite")
    with pytest.raises(ValueError, match="UUID"):
        box.put(new_entry(1, recorded_at=T0))
    with pytest.raises(ValueError, match="recording time"):
        box.put(replace(new_entry(1), uuid=str(uuidlib.uuid4())))
    assert box.pending_count() == 0


def test_a_damaged_or_newer_outbox_file_is_a_clear_error(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(OutboxError, match="cannot be used"):
        Outbox(junk).pending_count()
    assert junk.read_bytes().startswith(b"this is not")  # left for a person to look at
    newer = tmp_path / "newer.sqlite"
    with sqlite3.connect(newer) as conn:
        conn.execute("PRAGMA user_version=9")
    with pytest.raises(OutboxError, match="newer Feedback Desk"):
        Outbox(newer).put(queued(1, 1))


# ---- sending ----------------------------------------------------------------------------------
@pytest.fixture
def desk(db_url: str) -> Iterator[Services]:
    db = open_database(db_url)
    try:
        yield Services.connect(db, "ani", roles="recorder")
    finally:
        db.dispose()


def test_flush_sends_each_entry_once_with_its_identity(desk: Services, tmp_path: Path) -> None:
    event = Services.connect(desk.db, "sari", roles="supervisor").catalog.create_event("Forum")
    box = Outbox(tmp_path / "o.sqlite")
    entries = [queued(event.id, n) for n in range(3)]
    box.put(entries[0], NewIdentity("call back", name="Siti"))
    for e in entries[1:]:
        box.put(e)
    result = box.flush(desk)
    assert (result.sent, result.already_there, result.failed, result.remaining) == (3, 0, 0, 0)
    assert not result.offline and len(result.sent_ids) == 3
    assert count_entries(desk.db) == (3, 3)
    stored = desk.entries.get(result.sent_ids[1])
    assert stored.uuid == entries[1].uuid and stored.recorded_at == entries[1].recorded_at
    assert stored.recorded_by == "ani"
    assert desk.db.read(lambda s: s.scalar(select(Person.name))) == "Siti"
    assert box.flush(desk) == type(result)(0, 0, 0, 0)  # nothing left, nothing sent twice
    assert count_entries(desk.db) == (3, 3)


class _AnswerLost:
    """Services whose record commits on the server but whose answer never arrives."""

    def __init__(self, real: Services) -> None:
        self.db, self.groups, self.actor = real.db, real.groups, real.actor
        self.entries = self
        self._real = real

    def record(self, new: NewEntry, identity: NewIdentity | None = None) -> Any:
        self._real.entries.record(new, identity)
        raise DatabaseUnavailable("lost the connection to the database: server closed")


def test_a_send_whose_answer_was_lost_is_not_stored_twice(desk: Services, tmp_path: Path) -> None:
    event = Services.connect(desk.db, "sari", roles="supervisor").catalog.create_event("Forum")
    box = Outbox(tmp_path / "o.sqlite")
    first, second = queued(event.id, 1), queued(event.id, 2)
    box.put(first)
    box.put(second)
    lost = box.flush(_AnswerLost(desk))  # type: ignore[arg-type]
    assert lost.offline and lost.sent == 0 and lost.remaining == 2  # nothing confirmed
    (kept, _other) = box.pending()
    assert kept.attempts == 1 and "lost the connection" in (kept.last_error or "")
    result = box.flush(desk)
    assert (result.sent, result.already_there, result.remaining) == (1, 1, 0)
    assert count_entries(desk.db) == (2, 2)


def test_a_refused_entry_stays_with_its_reason_and_the_rest_go(
    desk: Services, tmp_path: Path
) -> None:
    event = Services.connect(desk.db, "sari", roles="supervisor").catalog.create_event("Forum")
    box = Outbox(tmp_path / "o.sqlite")
    good, bad = queued(event.id, 1), queued(event.id, 2, kind="no-such-kind")
    box.put(bad)
    box.put(good)
    result = box.flush(desk)
    assert (result.sent, result.failed, result.remaining) == (1, 1, 1)
    assert "no-such-kind" in result.errors[0]
    (left,) = box.pending()
    assert left.uuid == bad.uuid and "no-such-kind" in (left.last_error or "")
    assert count_entries(desk.db) == (1, 1)


def test_flush_while_the_server_is_gone_keeps_everything(tmp_path: Path) -> None:
    ok, reason = available()
    if not ok:
        pytest.skip(reason)
    server = PgServer()
    try:
        server.create_database("fd")
        db = open_database(server.url("fd"))
        desk = Services.connect(db, "ani", roles="supervisor")
        event = desk.catalog.create_event("Forum")
    finally:
        server.stop()
    try:
        box = Outbox(tmp_path / "o.sqlite")
        box.put(queued(event.id, 1))
        result = box.flush(desk)
        assert result.offline and result.remaining == 1 and result.sent == 0
        assert box.pending_count() == 1
    finally:
        db.dispose()


# ---- the scenario: the server stops mid-session ------------------------------------
def _stop_keeping_data(server: PgServer) -> None:
    server._run("pg_ctl", "-D", str(server.data), "-m", "fast", "-w", "stop")


def _start_on_the_same_port(server: PgServer) -> None:
    server._run("pg_ctl", "-w", "-t", "60", "-D", str(server.data), "-l", str(server.log),
                "-o", f"-p {server.port} -k {server.root} {SERVER_OPTIONS}", "start")
    server._wait()


def test_server_stopped_mid_session_all_50_entries_arrive_once(tmp_path: Path) -> None:
    ok, reason = available()
    if not ok:
        pytest.skip(reason)
    server = PgServer()  # our own: this test stops and starts it
    db: Database | None = None
    try:
        server.create_database("fd")
        url = server.url("fd")
        db = open_database(url)
        desk = Services.connect(db, "ani", roles="supervisor")
        event = desk.catalog.create_event("Forum")
        box = Outbox(outbox_path(tmp_path, url, "ani"))
        entries = [queued(event.id, n) for n in range(50)]
        for entry in entries[:20]:
            desk.entries.record(entry)
        _stop_keeping_data(server)
        for entry in entries[20:]:  # what the capture desk does when recording fails
            with pytest.raises(DatabaseUnavailable):
                desk.entries.record(entry)
            box.put(entry)
        assert box.flush(desk).offline  # still down: nothing lost, nothing sent
        assert box.pending_count() == 30
        db.dispose()
        _start_on_the_same_port(server)
        db = open_database(url)  # the desk restarted too: a new connection, the same outbox
        desk = Services.connect(db, "ani")
        result = Outbox(outbox_path(tmp_path, url, "ani")).flush(desk)
        assert (result.sent, result.already_there, result.failed, result.remaining) == (30, 0, 0, 0)
        assert count_entries(db) == (50, 50)
        assert desk.search.count(EntryQuery(event_ids=(event.id,))) == 50
        stored = db.read(lambda s: set(s.scalars(select(Entry.uuid))))
        assert stored == {e.uuid for e in entries}
        assert box.flush(desk).sent == 0 and count_entries(db) == (50, 50)
    finally:
        if db is not None:
            db.dispose()
        server.stop()


def test_an_entry_taken_back_before_it_was_sent_is_never_sent(desk: Services, tmp_path: Path) -> None:
    event = Services.connect(desk.db, "sari", roles="supervisor").catalog.create_event("Forum")
    box = Outbox(tmp_path / "o.sqlite")
    keep, undo = queued(event.id, 1), queued(event.id, 2)
    box.put(keep)
    box.put(undo)
    assert box.discard(undo.uuid) and not box.discard(undo.uuid)
    result = box.flush(desk)
    assert result.stored == ((keep.uuid, result.sent_ids[0]),) and result.remaining == 0
    assert not box.discard(keep.uuid)  # already sent: the caller retracts it instead
    assert count_entries(desk.db) == (1, 1)
