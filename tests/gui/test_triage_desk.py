"""The triage page inside the real desk window: the list, bulk actions through the real
controller, the window's Undo/Redo, grouping many voices, and the page switch keys."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from feedback_desk.core.db.engine import open_database
from feedback_desk.core.db.models import AuditEvent
from feedback_desk.core.dto import EntryQuery, NewEntry
from feedback_desk.core.services import Services
from feedback_desk.gui.pages import CAPTURE, TRIAGE
from feedback_desk.gui.triage.bulk_dialogs import ChoiceDialog, GroupDialog

from .conftest import when_dialog

TEXTS = ("Klaim JHT belum cair tiga bulan", "Klaim JHT saya ditolak", "Aplikasi JMO error",
         "Paspor ditahan agensi", "Klaim JKK lambat diproses")


@pytest.fixture
def supervisor_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path}/desk.sqlite"
    db = open_database(url)
    sari = Services.connect(db, "sari", roles="supervisor")
    Services.connect(db, "budi", roles="supervisor")
    event = sari.catalog.create_event("Simposium PMI 2026")
    sari.catalog.create_session(event.id, "Panel 1")
    for text in TEXTS:
        sari.entries.record(NewEntry(event.id, "complaint", "overseas", text, country="HK"))
    db.dispose()
    return url


@pytest.fixture
def desk(make_desk: Any, supervisor_url: str, qtbot: Any) -> Any:
    desk = make_desk(supervisor_url, user="sari")
    desk.show_page(TRIAGE)
    qtbot.waitUntil(lambda: desk.triage.model.ids_ready and desk.triage.model.rowCount() == 5,
                    timeout=10000)
    qtbot.waitUntil(lambda: desk.triage.rights_known, timeout=5000)
    assert desk.triage.can_triage
    return desk


def audit_count(url: str, action: str) -> int:
    db = open_database(url)
    try:
        return int(db.read(lambda s: s.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == action))))
    finally:
        db.dispose()


def assignees(desk: Any) -> set[str | None]:
    svc = desk.backend.services()
    return {svc.entries.get(i).assignee for i in svc.search.ids(EntryQuery())}


def test_bulk_assign_then_undo_and_redo_from_the_window(
    qtbot: Any, desk: Any, supervisor_url: str
) -> None:
    triage = desk.triage
    triage.table.selectAll()
    when_dialog(ChoiceDialog, lambda d: (d.combo.setCurrentIndex(d.combo.findData("budi")),
                                         d.accept()))
    triage.bulk_action("assign")
    qtbot.waitUntil(lambda: assignees(desk) == {"budi"}, timeout=10000)
    assert audit_count(supervisor_url, "entry.assign") == 5  # one event per entry
    qtbot.waitUntil(lambda: desk.window.act_undo.isEnabled(), timeout=5000)
    desk.window.act_undo.trigger()
    qtbot.waitUntil(lambda: assignees(desk) == {None}, timeout=10000)
    desk.window.act_redo.trigger()
    qtbot.waitUntil(lambda: assignees(desk) == {"budi"}, timeout=10000)
    qtbot.waitUntil(  # the list shows it (refreshed by the change notice)
        lambda: triage.model.data(triage.model.index(0, 10)) == "budi", timeout=10000)


def test_group_as_one_issue_and_ungroup(qtbot: Any, desk: Any) -> None:
    triage, svc = desk.triage, desk.backend.services()
    klaim = [r for r in range(5) if "Klaim" in (triage.model.entry_row(r) or ()).text]
    assert len(klaim) == 3
    selection = triage.table.selectionModel()
    for row in klaim:
        selection.select(triage.model.index(row, 0),
                         selection.SelectionFlag.Select | selection.SelectionFlag.Rows)

    def name(dialog: GroupDialog) -> None:
        dialog.title.setText("Klaim lambat cair")
        dialog.accept()

    when_dialog(GroupDialog, name)
    triage.bulk_action("group")
    qtbot.waitUntil(lambda: any(g.voices == 3 for g in svc.groups.list()), timeout=10000)
    group = next(g for g in svc.groups.list() if g.voices == 3)
    assert group.title == "Klaim lambat cair"
    assert dict(group.by_country) == {"HK": 3}
    triage.bulk_action("ungroup")
    qtbot.waitUntil(lambda: svc.groups.get(group.id).voices == 0, timeout=10000)
    desk.window.act_undo.trigger()  # ungroup undone: the three voices are back in the issue
    qtbot.waitUntil(lambda: svc.groups.get(group.id).voices == 3, timeout=10000)


def test_pages_switch_with_ctrl_1_and_ctrl_2(qtbot: Any, desk: Any) -> None:
    desk.window.act_capture_page.trigger()
    assert desk.pages.currentIndex() == CAPTURE
    assert desk.panel.form.text.hasFocus() or desk.panel.form.text.isVisible()
    desk.window.act_triage_page.trigger()
    assert desk.pages.currentIndex() == TRIAGE
    assert desk.window.act_triage_page.shortcut().toString() == "Ctrl+2"
    assert desk.triage.table.isVisible()
    row = desk.triage.model.rowCount() - 1
    desk.triage.select_row(row)
    qtbot.waitUntil(lambda: desk.triage.detail.entry_id() == desk.triage.model.entry_id(row),
                    timeout=5000)
    qtbot.keyClick(desk.triage.table, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: desk.triage.detail.entry_id() == desk.triage.model.entry_id(row - 1),
                    timeout=5000)


def test_the_due_date_is_set_from_a_calendar_and_undone(qtbot: Any, desk: Any) -> None:
    from datetime import date

    from PySide6.QtCore import QDate

    from feedback_desk.gui.triage.case_box import DueDateDialog

    triage, svc = desk.triage, desk.backend.services()
    triage.select_row(0)
    entry_id = triage.model.entry_id(0)
    qtbot.waitUntil(lambda: triage.detail.entry_id() == entry_id
                    and triage.detail.case.due_button.isEnabled(), timeout=5000)
    before = svc.entries.get(entry_id).due_date
    when_dialog(DueDateDialog, lambda d: (d.calendar.setSelectedDate(QDate(2027, 3, 31)),
                                          d.accept()))
    triage.detail.case.due_button.click()
    qtbot.waitUntil(lambda: svc.entries.get(entry_id).due_date == date(2027, 3, 31), timeout=10000)
    qtbot.waitUntil(lambda: "2027" in triage.detail.case.clock.text(), timeout=5000)
    desk.window.act_undo.trigger()
    qtbot.waitUntil(lambda: svc.entries.get(entry_id).due_date == before, timeout=10000)


def test_a_saved_view_applies_until_the_user_changes_a_filter(qtbot: Any, desk: Any) -> None:
    bar, triage = desk.triage.views_bar, desk.triage
    qtbot.waitUntil(lambda: any(v.builtin == "overdue" for v in bar.views()), timeout=5000)
    overdue = next(v for v in bar.views() if v.builtin == "overdue")
    with qtbot.waitSignal(triage.model.sig_first_page, timeout=10000):
        bar.select(overdue.id, emit=True)
    assert triage.facets.ticked("deadline") == ["overdue"]
    assert triage.current_query().overdue is True
    assert bar.current() is not None and bar.current().id == overdue.id
    with qtbot.waitSignal(triage.model.sig_first_page, timeout=10000):
        triage.facets.tick("kind", "complaint")
    assert bar.current() is None  # the list is the user's own now


def test_ctrl_f_searches_the_page_in_front(qtbot: Any, desk: Any) -> None:
    from feedback_desk.gui.capture.panel import CapturePanel  # noqa: F401  (page 0)

    from .conftest import activate

    activate(desk.window)
    desk.window.act_find.trigger()
    assert desk.triage.search.hasFocus()
    desk.window.act_capture_page.trigger()
    desk.window.act_find.trigger()
    assert desk.panel.find_box.hasFocus()
    desk.window.act_new_entry.trigger()
    assert desk.pages.currentIndex() == CAPTURE and desk.panel.form.text.hasFocus()


def test_the_triage_page_is_built_when_first_shown(qtbot: Any, make_desk: Any,
                                                   supervisor_url: str) -> None:
    """A recorder's desk starts without it; a click on its tab builds and lists it."""
    desk = make_desk(supervisor_url, user="sari")
    assert desk._triage is None and desk.pages.currentIndex() == CAPTURE
    desk.pages.setCurrentIndex(TRIAGE)  # as a click on the tab
    assert desk._triage is not None and desk.pages.currentWidget() is desk._triage
    qtbot.waitUntil(lambda: desk.triage.model.rowCount() == 5, timeout=10000)
    assert desk.pages.tabText(TRIAGE) == "Triage"
