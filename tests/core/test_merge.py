"""Merging an offline desk's SQLite file into the shared database: new, present, conflicts."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from feedback_desk.core.db import audit_chain
from feedback_desk.core.db.engine import Database, open_database
from feedback_desk.core.db.models import AuditEvent, Entry, Person, User
from feedback_desk.core.dto import EntryQuery, NewIdentity
from feedback_desk.core.errors import DatabaseTooNew, DeskError, PermissionDenied, ValidationError
from feedback_desk.core.merge import MergeReport, merge_desk_file
from feedback_desk.core.services import Services

from .conftest import new_entry

T0 = datetime(2026, 11, 16, 2, 0, tzinfo=UTC)


@dataclass
class OfflineDesk:
    path: Path
    uuids: list[str]


def _make_offline_desk(path: Path) -> OfflineDesk:
    """A laptop's own file: a supervisor set up the event, a recorder typed three entries, one
    with the speaker's identity (consent), one tagged and noted and moved on in triage."""
    db = open_database(f"sqlite:///{path}")
    try:
        boss = Services.connect(db, "rina", roles="supervisor")
        event = boss.catalog.create_event("Simposium PMI 2026")
        panel = boss.catalog.create_session(event.id, "Panel 1")
        rec = Services.connect(db, "budi", roles="recorder")
        a = rec.entries.record(
            replace(new_entry(event.id, text="Klaim JHT belum cair", session_id=panel.id),
                    recorded_at=T0),
            NewIdentity("follow-up of the claim", name="Siti", phone="0812"))
        b = rec.entries.record(replace(new_entry(
            event.id, kind="suggestion", service_area="digital", text="Aplikasi perlu offline",
            topic=None, dimensions=("infrastructure", "service_process")),
            recorded_at=T0 + timedelta(minutes=5)))
        c = rec.entries.record(replace(new_entry(event.id, text="Antrian kantor cabang lama"),
                                       recorded_at=T0 + timedelta(minutes=9)))
        boss.relations.tag(c.id, "antrian")
        boss.cases.add_note(c.id, "called the branch")
        boss.relations.link(c.id, a.id)
        return OfflineDesk(path, [a.uuid, b.uuid, c.uuid])
    finally:
        db.dispose()


@pytest.fixture
def offline(tmp_path: Path) -> OfflineDesk:
    return _make_offline_desk(tmp_path / "laptop" / "desk.sqlite")


@pytest.fixture
def shared(db_url: str) -> Iterator[Services]:
    db = open_database(db_url)
    try:
        yield Services.connect(db, "sari", roles="supervisor")
    finally:
        db.dispose()


def audit_rows(db: Database, action: str | None = None) -> int:
    query = select(func.count()).select_from(AuditEvent)
    if action:
        query = query.where(AuditEvent.action == action)
    return db.read(lambda s: s.scalar(query) or 0)


def user_names(db: Database) -> set[str]:
    return set(db.read(lambda s: list(s.scalars(select(User.username)))))


def fingerprint(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file in the folder with its hash and modification time."""
    return {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in sorted(folder.iterdir())}


def test_merge_brings_everything_over_and_leaves_the_file_alone(
    offline: OfflineDesk, shared: Services
) -> None:
    before = fingerprint(offline.path.parent)
    ticks: list[tuple[int, int]] = []
    report = merge_desk_file(shared, offline.path, progress=lambda d, t: ticks.append((d, t)))
    assert fingerprint(offline.path.parent) == before  # not a byte, not a -wal/-shm beside it
    assert set(report.new) == set(offline.uuids) and report.present == () == report.conflicts
    assert report.total == 3 and ticks[-1] == (3, 3)
    assert set(report.users_created) == {"budi", "rina"}
    assert report.events_created == ("Simposium PMI 2026",) and report.sessions_created == ("Panel 1",)
    db = shared.db
    budi = db.read(lambda s: s.scalars(select(User).where(User.username == "budi")).one())
    assert not budi.active and budi.password_hash is None and budi.roles == "recorder"
    views = {v.uuid: v for v in (shared.entries.get(i) for i in db.read(
        lambda s: list(s.scalars(select(Entry.id)))))}
    a, b, c = (views[u] for u in offline.uuids)
    assert a.recorded_by == "budi" and a.recorded_at == T0 and a.session_name == "Panel 1"
    assert a.speaker_id is not None
    person = db.read(lambda s: s.scalars(select(Person)).one())
    assert (person.name, person.consent_purpose) == ("Siti", "follow-up of the claim")
    assert b.dimensions == ("infrastructure", "service_process") and b.kind == "suggestion"
    assert c.tags == ("antrian",) and c.tier == a.tier
    assert [n.body for n in shared.cases.notes(c.id)] == ["called the branch"]
    assert [ln.target_id for ln in shared.relations.links(c.id)] == [a.id]
    assert shared.search.count(EntryQuery(text="antrian")) == 1  # in the search index too
    assert audit_rows(db, "entry.merge") == 3 and audit_rows(db, "desk.merge") == 1
    payload = db.read(lambda s: s.scalar(
        select(AuditEvent.payload).where(AuditEvent.action == "desk.merge")))
    data = json.loads(payload or "{}")["data"]
    assert (data["new"], data["present"], data["conflicts"]) == (3, 0, [])
    assert data["merged_from"] == "desk.sqlite" and len(data["sha256"]) == 64
    assert db.read(audit_chain.verify).ok


def test_a_second_merge_adds_nothing(offline: OfflineDesk, shared: Services) -> None:
    merge_desk_file(shared, offline.path)
    entries = shared.search.count(EntryQuery())
    users, events = user_names(shared.db), len(shared.catalog.events())
    again = merge_desk_file(shared, offline.path)
    assert again.new == () and set(again.present) == set(offline.uuids)
    assert again.conflicts == () and again.users_created == () == again.events_created
    assert shared.search.count(EntryQuery()) == entries == 3
    assert (user_names(shared.db), len(shared.catalog.events())) == (users, events)
    assert audit_rows(shared.db, "entry.merge") == 3 and audit_rows(shared.db, "desk.merge") == 2
    assert "  new: 0" in again.report_lines()


def test_events_match_by_name_and_a_changed_copy_is_a_conflict(
    offline: OfflineDesk, shared: Services
) -> None:
    event = shared.catalog.create_event("Simposium PMI 2026")  # made here too, another uuid
    shared.catalog.create_session(event.id, "Panel 1")
    same_uuid = replace(new_entry(event.id, text="Klaim JHT sudah cair"), uuid=offline.uuids[0],
                        recorded_at=T0)
    kept = shared.entries.record(same_uuid)
    report = merge_desk_file(shared, offline.path)
    assert report.events_created == () == report.sessions_created
    assert len(shared.catalog.events()) == 1
    (conflict,) = report.conflicts
    assert conflict.uuid == offline.uuids[0]
    assert "text" in conflict.fields and "recorded_by" in conflict.fields
    assert conflict.here.text == "Klaim JHT sudah cair" and conflict.there.text == "Klaim JHT belum cair"
    assert shared.entries.get(kept.id).text == "Klaim JHT sudah cair"  # never overwritten
    assert set(report.new) == set(offline.uuids[1:])
    lines = "\n".join(report.report_lines())
    assert "conflicts (not merged): 1" in lines and "Klaim JHT belum cair" in lines


def test_a_recorder_may_not_merge(offline: OfflineDesk, shared: Services) -> None:
    recorder = Services.connect(shared.db, "budi", roles="recorder")
    before = audit_rows(shared.db)
    with pytest.raises(PermissionDenied):
        merge_desk_file(recorder, offline.path)
    assert audit_rows(shared.db) == before


def test_cancel_writes_nothing(offline: OfflineDesk, shared: Services) -> None:
    before = audit_rows(shared.db)
    seen: list[int] = []

    def cancel() -> bool:
        return len(seen) >= 2

    report = merge_desk_file(shared, offline.path, progress=lambda d, _t: seen.append(d),
                             cancel=cancel)
    assert report.cancelled and report.new == ()
    assert "cancelled" in report.report_lines()[0]
    assert audit_rows(shared.db) == before and shared.search.count(EntryQuery()) == 0
    assert "budi" not in user_names(shared.db)


def test_entries_with_codes_this_database_lacks_are_refused(tmp_path: Path, shared: Services) -> None:
    path = tmp_path / "laptop.sqlite"
    db = open_database(f"sqlite:///{path}")
    try:
        admin = Services.connect(db, "admin", roles="admin")
        admin.catalog.add_term("topic", "lokal", "Local topic", "Topik lokal")
        event = admin.catalog.create_event("Forum")
        good = admin.entries.record(new_entry(event.id))
        odd = admin.entries.record(new_entry(event.id, topic="lokal", text="topik baru"))
    finally:
        db.dispose()
    report = merge_desk_file(shared, path)
    assert report.new == (good.uuid,)
    assert report.refused[0][0] == odd.uuid and "lokal" in report.refused[0][1]


# ---- files that cannot be merged: a clear error and nothing written ------------------------
def _assert_refused(shared: Services, path: Path, match: str, error: type = ValidationError) -> None:
    before = audit_rows(shared.db)
    with pytest.raises(error, match=match) as info:
        merge_desk_file(shared, path)
    assert isinstance(info.value, DeskError)
    assert audit_rows(shared.db) == before and shared.search.count(EntryQuery()) == 0


def test_bad_files_are_clear_errors(tmp_path: Path, shared: Services) -> None:
    _assert_refused(shared, tmp_path / "missing.sqlite", "does not exist")
    _assert_refused(shared, tmp_path, "not a file")
    text = tmp_path / "notes.txt"
    text.write_text("just some notes\n" * 20)
    _assert_refused(shared, text, "not SQLite")
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    _assert_refused(shared, other, "not a Feedback Desk file")
    assert sqlite3.connect(other).execute(  # and it was not turned into one
        "SELECT count(*) FROM sqlite_master WHERE name = 'entry'").fetchone() == (0,)
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    _assert_refused(shared, damaged, "damaged|cannot be read")


def test_a_file_from_a_newer_program_is_refused(offline: OfflineDesk, shared: Services) -> None:
    with sqlite3.connect(offline.path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    _assert_refused(shared, offline.path, "newer Feedback Desk", DatabaseTooNew)


def test_a_file_in_the_middle_of_a_write_is_in_use(offline: OfflineDesk, shared: Services) -> None:
    writer = sqlite3.connect(offline.path, isolation_level=None)
    try:
        writer.execute("PRAGMA journal_mode=DELETE")
        writer.execute("BEGIN EXCLUSIVE")
        writer.execute("UPDATE event SET venue = 'Aula'")
        _assert_refused(shared, offline.path, "in use by another program")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert merge_desk_file(shared, offline.path).total == 3  # once it is free, it merges


def test_merging_the_desk_into_itself_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "own.sqlite"
    db = open_database(f"sqlite:///{path}")
    try:
        own = Services.connect(db, "sari", roles="supervisor")
        with pytest.raises(ValidationError, match="own database"):
            merge_desk_file(own, path)
    finally:
        db.dispose()


def test_report_lines_name_every_count() -> None:
    report = MergeReport("desk.sqlite", 4, new=("a", "b"), present=("c",),
                         users_created=("budi",), refused=(("d", "topic: unknown value"),))
    lines = report.report_lines()
    assert lines[0] == "merged desk.sqlite: 4 entries in the file"
    assert "  new: 2" in lines and "  already present: 1" in lines
    assert "  conflicts (not merged): 0" in lines and "  refused (unknown codes): 1" in lines
    assert any("budi" in line for line in lines) and lines[-1] == "refused d: topic: unknown value"
