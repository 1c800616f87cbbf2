"""The change feed (the audit log read forwards, own rows left out), the PostgreSQL listener
and the SQLite data_version watcher, against real databases."""

from __future__ import annotations

import hashlib
import select
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlalchemy import select as sa_select

from feedback_desk.core.db.change_feed import (
    FeedItem,
    OwnWrites,
    changes_after,
    latest_audit_id,
    poll,
)
from feedback_desk.core.db.engine import Database, open_database
from feedback_desk.core.db.models import AuditEvent
from feedback_desk.core.errors import DatabaseUnavailable
from feedback_desk.core.live.pg_listener import (
    ListenerLost,
    PgListener,
    connect_args,
    parse_payload,
)
from feedback_desk.core.live.sqlite_watch import SqliteWatcher
from feedback_desk.core.services import Services
from tests.support.pg_server import PgServer

from .conftest import new_entry


@pytest.fixture
def two_desks(db_url: str) -> Iterator[tuple[Services, Services]]:
    """Two desks on one database: two Database objects in this one process."""
    db_a, db_b = open_database(db_url), open_database(db_url)
    try:
        yield (Services.connect(db_a, "ani", roles="supervisor"),
               Services.connect(db_b, "budi", roles="supervisor"))
    finally:
        db_a.dispose()
        db_b.dispose()


def audit_ids(db: Database) -> list[int]:
    return list(db.read(lambda s: s.scalars(sa_select(AuditEvent.id).order_by(AuditEvent.id)).all()))


def test_each_desk_reads_the_others_changes_and_not_its_own(
    two_desks: tuple[Services, Services],
) -> None:
    a, b = two_desks
    start = latest_audit_id(a.db)
    assert start == latest_audit_id(b.db) > 0  # the accounts' creation is audited
    event = a.catalog.create_event("Simposium PMI 2026")
    first = a.entries.record(new_entry(event.id))
    second = b.entries.record(new_entry(event.id, text="Paspor ditahan agensi"))

    last_b, seen_by_b = changes_after(b.db, start)
    assert [(i.entity, i.entity_id, i.action, i.actor) for i in seen_by_b] == [
        ("event", event.id, "event.create", "ani"),
        ("entry", first.id, "entry.record", "ani"),
    ]  # not budi's own record
    last_a, seen_by_a = changes_after(a.db, start)
    assert [(i.entity_id, i.action, i.actor) for i in seen_by_a] == [
        (second.id, "entry.record", "budi")]
    assert last_a == last_b == latest_audit_id(a.db) == audit_ids(a.db)[-1]
    assert changes_after(a.db, last_a) == (last_a, ())  # nothing new: same id, nothing
    assert all(b.audit_id > start for b in seen_by_b)


def test_a_third_database_object_sees_every_change(two_desks: tuple[Services, Services],
                                                   db_url: str) -> None:
    """Own rows are per Database object, not per process or per user name."""
    a, _b = two_desks
    start = latest_audit_id(a.db)
    event = a.catalog.create_event("Forum")
    third = open_database(db_url)
    try:
        _last, items = changes_after(third, start)
        assert [i.entity_id for i in items] == [event.id]
        same_user = Services.connect(third, "ani")  # the same user on another desk
        entry = same_user.entries.record(new_entry(event.id))
        assert [i.entity_id for i in changes_after(a.db, start)[1]] == [entry.id]
    finally:
        third.dispose()


def test_grouping_names_the_groups_and_the_limit_is_kept(two_desks: tuple[Services, Services]) -> None:
    a, b = two_desks
    event = a.catalog.create_event("Forum")
    ids = [a.entries.record(new_entry(event.id, text=f"Klaim JHT {n}")).id for n in range(3)]
    start = latest_audit_id(a.db)
    group = a.groups.create("JHT", ids[:2])
    _last, items = changes_after(b.db, start)
    assert items[0] == FeedItem(items[0].audit_id, "issue_group", group.id, "group.create", "ani")
    assert [(i.action, i.entity_id, i.related) for i in items[1:]] == [
        ("entry.group", ids[0], (group.id,)), ("entry.group", ids[1], (group.id,))]

    first_two_last, first_two = changes_after(b.db, start, limit=2)
    assert len(first_two) == 2 and first_two_last == items[1].audit_id
    rest_last, rest = changes_after(b.db, first_two_last, limit=2)
    assert [i.audit_id for i in first_two + rest] == [i.audit_id for i in items]
    assert rest_last == items[-1].audit_id


def test_poll_says_truncated_when_more_came_than_the_limit(two_desks: tuple[Services, Services]) -> None:
    a, b = two_desks
    event = a.catalog.create_event("Forum")
    start = latest_audit_id(a.db)
    for n in range(6):
        a.entries.record(new_entry(event.id, text=f"Aplikasi JMO error {n}"))
    newest = latest_audit_id(b.db)
    found = poll(b.db, start, limit=5)
    assert found.truncated and found.items == () and found.last_id == newest
    exact = poll(b.db, start, limit=6)
    assert not exact.truncated and len(exact.items) == 6 and exact.last_id == newest
    mine = poll(a.db, start, limit=6)  # six rows read, all own: nothing, but read on from the end
    assert mine.items == () and mine.last_id == newest and not mine.truncated


def test_a_rolled_back_write_leaves_no_trace_and_the_next_write_is_own(
    two_desks: tuple[Services, Services],
) -> None:
    a, b = two_desks
    start = latest_audit_id(a.db)

    def fail_after_audit(session: object) -> None:
        from feedback_desk.core.db import audit_chain

        audit_chain.append(session, "ani", "event.create", "event", 999, {})  # type: ignore[arg-type]
        raise RuntimeError("the write failed after auditing")

    with pytest.raises(RuntimeError):
        a.db.write(fail_after_audit)
    assert latest_audit_id(a.db) == start  # nothing committed
    event = a.catalog.create_event("Forum")
    assert changes_after(a.db, start) == (latest_audit_id(a.db), ())
    assert [i.entity_id for i in changes_after(b.db, start)[1]] == [event.id]


def test_own_writes_is_bounded_and_keeps_the_newest() -> None:
    digests = [hashlib.sha256(str(n).encode()).hexdigest() for n in range(5)]
    own = OwnWrites(capacity=3)
    own.add(iter(digests))
    assert len(own) == 3
    assert digests[0] not in own and digests[1] not in own
    assert all(d in own for d in digests[2:])
    own.add([digests[4]])  # already there: not counted twice
    assert len(own) == 3
    assert None not in own


def test_concurrent_writers_never_slip_behind_a_reader(pg_url: str) -> None:
    """Audit ids grow in commit order (the advisory lock): a reader that polls while four
    threads on two desks record never skips a row by reading past it too early."""
    writers = [open_database(pg_url) for _ in range(2)]
    reader = open_database(pg_url)
    try:
        services = [Services.connect(db, f"rec{i}", roles="supervisor")
                    for i, db in enumerate(writers)]
        event = services[0].catalog.create_event("Forum")
        after = start = latest_audit_id(reader)
        seen: list[int] = []
        done = threading.Event()

        def record(svc: Services, n: int) -> None:
            for k in range(25):
                svc.entries.record(new_entry(event.id, text=f"suara {n}-{k}"))

        threads = [threading.Thread(target=record, args=(services[i % 2], i)) for i in range(4)]
        for t in threads:
            t.start()

        def watch() -> None:
            nonlocal after
            while not done.is_set():
                after, items = changes_after(reader, after, limit=7)
                seen.extend(i.audit_id for i in items)

        watcher = threading.Thread(target=watch)
        watcher.start()
        for t in threads:
            t.join()
        done.set()
        watcher.join()
        after, items = changes_after(reader, after)
        seen.extend(i.audit_id for i in items)
        written = [i for i in audit_ids(reader) if i > start]
        records = reader.read(lambda s: s.scalar(
            sa_select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "entry.record")))
        assert records == 100 and len(written) >= 100
        assert seen == written  # every row, once, in order: none was read past
    finally:
        for db in (*writers, reader):
            db.dispose()


# ---- the PostgreSQL listener -----------------------------------------------------------------
def wait_for_payloads(listener: PgListener, count: int, timeout: float = 10.0) -> list[str]:
    got: list[str] = []
    deadline = time.monotonic() + timeout
    while len(got) < count and time.monotonic() < deadline:
        select.select([listener.fileno()], [], [], 0.2)
        got += listener.drain()
    return got


def test_the_listener_hears_each_commit_and_its_payload_names_the_audit_row(pg_url: str) -> None:
    db = open_database(pg_url)
    svc = Services.connect(db, "ani", roles="supervisor")
    listener = PgListener(db.engine.url)
    try:
        listener.connect()
        assert listener.connected and listener.drain() == []  # nothing yet, and no waiting
        event = svc.catalog.create_event("Forum")
        entry = svc.entries.record(new_entry(event.id))
        payloads = wait_for_payloads(listener, 2)
        ids = audit_ids(db)
        assert [parse_payload(p) for p in payloads] == [
            ("event", event.id, ids[-2]), ("entry", entry.id, ids[-1])]
    finally:
        listener.close()
        db.dispose()
    assert not listener.connected


def test_a_listener_whose_connection_is_killed_says_so(pg_server: PgServer, pg_url: str) -> None:
    listener = PgListener(pg_url)
    listener.connect()
    try:
        with pg_server.admin() as admin:
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE application_name = 'feedback-desk live' AND datname = %s",
                          (pg_url.rsplit("/", 1)[1],))
        with pytest.raises(ListenerLost) as info:
            for _ in range(50):
                select.select([listener.fileno()], [], [], 0.2)
                listener.drain()
        assert "lost the live-update connection" in str(info.value)
        assert listener.lost and not listener.connected
        with pytest.raises(ListenerLost):
            listener.drain()  # stays lost until connect() again
        listener.connect()
        assert listener.connected and listener.drain() == []
    finally:
        listener.close()


def test_a_listener_to_no_server_fails_clearly_without_the_password() -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nobody listens there
    listener = PgListener(f"postgresql+psycopg://desk:canary-s3cret@127.0.0.1:{port}/fd")
    with pytest.raises(ListenerLost) as info:
        listener.connect()
    assert "cannot listen for changes on" in str(info.value)
    assert "canary-s3cret" not in str(info.value)
    assert isinstance(info.value, DatabaseUnavailable)
    with pytest.raises(ListenerLost):
        listener.fileno()


def test_connect_args_keep_password_and_tls_options() -> None:
    args = connect_args("postgresql+psycopg://desk:p%40ss@db.example:6543/fd"
                        "?sslmode=verify-full&sslrootcert=/etc/ca.pem")
    assert args["user"] == "desk" and args["password"] == "p@ss"
    assert (args["host"], args["port"], args["dbname"]) == ("db.example", 6543, "fd")
    assert args["sslmode"] == "verify-full" and args["sslrootcert"] == "/etc/ca.pem"
    assert args["keepalives"] == 1 and args["connect_timeout"] == 5
    with pytest.raises(ValueError):
        connect_args("sqlite:///x.sqlite")


@pytest.mark.parametrize(("payload", "parsed"), [
    ("entry:12:345", ("entry", 12, 345)),
    ("holiday::7", ("holiday", None, 7)),
    ("odd:entity:name:1:2", ("odd:entity:name", 1, 2)),
    ("garbage", None),
    ("entry:x:1", None),
    ("entry:1:", None),
])
def test_payloads_are_parsed_or_refused(payload: str, parsed: object) -> None:
    assert parse_payload(payload) == parsed


# ---- the SQLite watcher ----------------------------------------------------------------------
def test_the_sqlite_watcher_notices_other_connections_commits(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    db = open_database(url)
    watcher = SqliteWatcher(tmp_path / "desk.sqlite")
    try:
        assert watcher.changed() is False  # the starting point
        assert watcher.changed() is False
        svc = Services.connect(db, "ani", roles="supervisor")
        assert watcher.changed() is True  # the account was created
        svc.catalog.create_event("Forum")
        assert watcher.changed() is True
        assert watcher.changed() is False
        other = sqlite3.connect(tmp_path / "desk.sqlite")  # another program, plain sqlite3
        other.execute("CREATE TABLE scratch (x)")
        other.commit()
        other.close()
        assert watcher.changed() is True
    finally:
        watcher.close()
        db.dispose()
    with pytest.raises(DatabaseUnavailable):
        watcher.changed()  # closed


def test_the_sqlite_watcher_reports_a_missing_file_and_recovers(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    watcher = SqliteWatcher(path)
    with pytest.raises(DatabaseUnavailable) as info:
        watcher.changed()
    assert str(path) in str(info.value)
    assert not path.exists()  # never creates an empty database
    sqlite3.connect(path).close()
    assert watcher.changed() is True  # unknown before: counts as a change
    assert watcher.changed() is False
    watcher.close()

