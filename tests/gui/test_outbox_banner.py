"""Recording goes on while the server is gone: entries wait in the outbox (the feed and a banner
say so), an undo takes one back before it is sent, and they arrive once the server is back."""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from feedback_desk.core.db.engine import open_database
from feedback_desk.core.db.models import Entry
from feedback_desk.core.dto import NewEntry
from feedback_desk.core.outbox import Outbox, outbox_path
from feedback_desk.core.services import Services
from feedback_desk.gui.app import DeskApp
from feedback_desk.gui.outbox_banner import OutboxBanner
from tests.support.pg_server import SERVER_OPTIONS, PgServer, available

from ..support.databases import organiser
from .conftest import type_entry


def attach_outbox(desk: DeskApp, folder: Path) -> Outbox:
    """What the composition root does (the lead wires it in gui/app.py)."""
    box = Outbox(outbox_path(folder, desk.url, desk.backend.username))
    desk.controller.outbox = box
    desk.controller._retry.setInterval(200)
    desk.controller.resume_outbox()
    return box


def stored(url: str) -> tuple[int, int]:
    db = open_database(url, migrate=False)
    try:
        return db.read(lambda s: (s.scalar(select(func.count()).select_from(Entry)) or 0,
                                  s.scalar(select(func.count(func.distinct(Entry.uuid)))) or 0))
    finally:
        db.dispose()


def feed_states(desk: DeskApp) -> dict[str, str]:
    return {item.text: item.state for item in desk.feed.items()}


@pytest.fixture
def own_server() -> Iterator[PgServer]:
    ok, reason = available()
    if not ok:
        pytest.skip(reason)
    server = PgServer()  # our own: the test stops and starts it
    try:
        yield server
    finally:
        server.stop()


def test_entries_wait_while_the_server_is_gone_and_arrive_once(
    qtbot: Any, make_desk: Callable[..., DeskApp], own_server: PgServer, tmp_path: Path
) -> None:
    own_server.create_database("fd")
    url = own_server.url("fd")
    db = open_database(url)
    Services.connect(db, "ani")
    event = organiser(db).catalog.create_event("Simposium PMI 2026")  # type: ignore[attr-defined]
    organiser(db).catalog.create_session(event.id, "Panel 1")  # type: ignore[attr-defined]
    db.dispose()
    desk = make_desk(url)
    box = attach_outbox(desk, tmp_path / "outbox")
    panel, banner = desk.panel, desk.panel.outbox_banner
    type_entry(qtbot, desk, "Sebelum server mati", Qt.Key.Key_C, Qt.Key.Key_O)
    qtbot.waitUntil(lambda: feed_states(desk).get("Sebelum server mati") == "saved", timeout=10000)
    assert not banner.isVisible()

    own_server._run("pg_ctl", "-D", str(own_server.data), "-m", "fast", "-w", "stop")
    for n in (1, 2, 3):
        type_entry(qtbot, desk, f"Tanpa server {n}", Qt.Key.Key_C, Qt.Key.Key_O)
        qtbot.waitUntil(lambda n=n: feed_states(desk).get(f"Tanpa server {n}") == "waiting",
                        timeout=20000)
        assert panel.form.text.toPlainText() == ""  # the form cleared as for a save
    qtbot.waitUntil(lambda: banner.isVisible() and banner.waiting == 3, timeout=10000)
    assert desk.controller.offline  # entries 2 and 3 went to the outbox without a server try
    assert "Server unreachable — 3 entries waiting" in banner.label.text()
    assert desk.window.connection_label.text() == "Not connected"
    row = desk.feed.row_of(next(i.uuid for i in desk.feed.items() if i.text == "Tanpa server 3"))
    assert "waiting to be sent" in desk.feed.data(desk.feed.index(row, 0))
    assert box.pending_count() == 3

    desk.undo.undo()  # the last one is taken back before it was ever sent
    qtbot.waitUntil(lambda: "Tanpa server 3" not in feed_states(desk), timeout=10000)
    qtbot.waitUntil(lambda: banner.waiting == 2, timeout=10000)
    assert box.pending_count() == 2

    own_server._run("pg_ctl", "-w", "-t", "60", "-D", str(own_server.data), "-l",
                    str(own_server.log), "-o",
                    f"-p {own_server.port} -k {own_server.root} {SERVER_OPTIONS}", "start")
    own_server._wait()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=30000)  # the timer sent them
    assert box.pending_count() == 0
    assert feed_states(desk) == {"Sebelum server mati": "saved", "Tanpa server 1": "saved",
                                 "Tanpa server 2": "saved"}
    assert stored(url) == (3, 3) and not desk.controller.offline
    qtbot.waitUntil(lambda: desk.window.connection_label.text() == "Connected", timeout=10000)
    desk.undo.undo()  # sent meanwhile: the undo takes it back from the server
    qtbot.waitUntil(lambda: "Tanpa server 2" not in feed_states(desk), timeout=10000)
    assert stored(url) == (2, 2) and not banner.isVisible()


def test_entries_kept_when_the_desk_last_ran_are_shown_and_sent(
    qtbot: Any, make_desk: Callable[..., DeskApp], desk_url: str, tmp_path: Path
) -> None:
    db = open_database(desk_url)
    event = Services.connect(db, "ani").catalog.events()[0]
    db.dispose()
    folder = tmp_path / "outbox"
    box = Outbox(outbox_path(folder, desk_url, "ani"))
    for n in (1, 2):
        box.put(NewEntry(event.id, "complaint", "overseas", f"Dari kemarin {n}",
                         uuid=str(uuidlib.uuid4()), recorded_at=datetime(2026, 11, 16, 2, n, tzinfo=UTC)))
    box.put(replace(NewEntry(event.id, "no-such-kind", "overseas", "Ditolak server"),
                    uuid=str(uuidlib.uuid4()), recorded_at=datetime(2026, 11, 16, 2, 9, tzinfo=UTC)))
    desk = make_desk(desk_url)
    attach_outbox(desk, folder)
    banner = desk.panel.outbox_banner
    qtbot.waitUntil(lambda: feed_states(desk).get("Dari kemarin 1") == "saved", timeout=15000)
    qtbot.waitUntil(lambda: banner.state == "refused", timeout=15000)
    assert banner.isVisible() and banner.waiting == 1  # the refused one stays, with its reason
    assert "no-such-kind" in banner.label.toolTip()
    assert feed_states(desk)["Ditolak server"] == "waiting"
    assert stored(desk_url) == (2, 2)


def test_the_banner_says_what_the_outbox_does(qtbot: Any) -> None:
    banner = OutboxBanner()
    qtbot.addWidget(banner)
    banner.show()
    banner.set_state(0, "idle")
    assert not banner.isVisible()
    banner.set_state(4, "offline")
    assert banner.isVisible() and "4 entries waiting" in banner.label.text()
    assert banner.send_button.isEnabled()
    banner.set_state(4, "sending")
    assert banner.label.text().startswith("Sending 4") and not banner.send_button.isEnabled()
    banner.set_state(1, "refused", "<b>kind: unknown value</b>")
    assert "&lt;b&gt;" in banner.label.toolTip()  # shown literally, never as rich text
    with qtbot.waitSignal(banner.sig_send_now, timeout=1000):
        banner.send_button.click()
    banner.set_state(0, "idle")
    assert not banner.isVisible()


# ---- editing a shared case while the server is gone (a finding for the lead) ---------------
def _stop(server: PgServer) -> None:
    server._run("pg_ctl", "-D", str(server.data), "-m", "fast", "-w", "stop")


def _case_open_then_server_gone(
    qtbot: Any, make_desk: Callable[..., DeskApp], own_server: PgServer
) -> Any:
    """A supervisor's desk with one complaint open in the triage pane; then the server stops."""
    from feedback_desk.gui.pages import TRIAGE

    own_server.create_database("fd")
    url = own_server.url("fd")
    db = open_database(url)
    boss = Services.connect(db, "sari", roles="supervisor")
    event = boss.catalog.create_event("Simposium PMI 2026")
    boss.catalog.create_session(event.id, "Panel 1")
    entry = boss.entries.record(NewEntry(event.id, "complaint", "overseas", "Klaim JHT lambat"))
    db.dispose()
    desk = make_desk(url, user="sari")
    desk.show_page(TRIAGE)
    pane = desk.triage.detail
    pane.show_entry(entry.id)
    qtbot.waitUntil(lambda: pane.view() is not None, timeout=15000)
    _stop(own_server)
    return pane


def test_a_case_edit_without_the_server_says_so_and_keeps_the_form(
    qtbot: Any, make_desk: Callable[..., DeskApp], own_server: PgServer
) -> None:
    pane = _case_open_then_server_gone(qtbot, make_desk, own_server)
    pane.classify.summary.setPlainText("JHT payout delayed")
    pane.classify.save_button.click()
    qtbot.waitUntil(lambda: pane.message.isVisible(), timeout=20000)
    assert "cannot be reached" in pane.message.text()  # the server is needed: said
    assert pane.classify.summary.toPlainText() == "JHT payout delayed"  # the edit is kept
    assert pane.classify.dirty
    pane.case.answer.setPlainText("Kami cek ke kantor cabang")
    pane.reload()  # what a live refresh does: reading fails, the form stays as typed
    qtbot.waitUntil(lambda: not pane.classify.summary.isEnabled()
                    or pane.classify.summary.isReadOnly(), timeout=20000)
    assert pane.classify.summary.toPlainText() == "JHT payout delayed"
    assert pane.case.answer.toPlainText() == "Kami cek ke kantor cabang"


def test_a_note_added_without_the_server_stays_in_its_box(
    qtbot: Any, make_desk: Callable[..., DeskApp], own_server: PgServer
) -> None:
    pane = _case_open_then_server_gone(qtbot, make_desk, own_server)
    pane.notes.edit.setPlainText("called the branch office")
    pane.notes.add_button.click()
    qtbot.waitUntil(lambda: pane.message.isVisible(), timeout=20000)
    assert "cannot be reached" in pane.message.text()
    assert pane.notes.edit.toPlainText() == "called the branch office"
