"""The saved-views bar: lists built-in and saved views (translated), saves the list's state,
asks before replacing, renames and deletes, follows change notices and other desks, and says
clearly what went wrong — with every database call off the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from feedback_desk.core.dto import EntryQuery, SavedViewDTO, ViewColumn
from feedback_desk.core.errors import DatabaseUnavailable
from feedback_desk.core.services import Services
from feedback_desk.gui import i18n
from feedback_desk.gui.backend import Backend
from feedback_desk.gui.events import Change, DeskEvents
from feedback_desk.gui.tasks import TaskRunner
from feedback_desk.gui.triage.views_bar import SaveViewDialog, ViewsBar, ViewState

from ..support.databases import provisioned_open
from .conftest import when_dialog

STATE: ViewState = (EntryQuery(countries=("HK",), kinds=("complaint",)), "due_date", False,
                    [ViewColumn("id", 70), ViewColumn("summary", 300, False)])


class ThreadSpy:
    """A backend that notes on which thread services are asked for."""

    def __init__(self, inner: Backend) -> None:
        self.inner = inner
        self.threads: list[str] = []

    def services(self) -> Services:
        self.threads.append(threading.current_thread().name)
        return self.inner.services()


class GoneBackend:
    def services(self) -> Services:
        raise DatabaseUnavailable("lost the connection to the database (test): server closed")


@pytest.fixture
def desk(qtbot: Any, tmp_path: Path) -> Iterator[tuple[Backend, TaskRunner, DeskEvents]]:
    backend = Backend(f"sqlite:///{tmp_path / 'views.sqlite'}", "sari")
    provisioned_open(backend, "supervisor")
    tasks, events = TaskRunner(), DeskEvents()
    yield backend, tasks, events
    tasks.shutdown()
    backend.close()


@pytest.fixture
def make_bar(qtbot: Any, desk: tuple[Backend, TaskRunner, DeskEvents]) -> Callable[..., ViewsBar]:
    def make(backend: Any = None, state: ViewState = STATE) -> ViewsBar:
        _, tasks, events = desk
        bar = ViewsBar(backend or desk[0], tasks, events, state_provider=lambda: state)
        qtbot.addWidget(bar)
        qtbot.waitUntil(lambda: bool(bar.views()) or bar.message.text() != "", timeout=10000)
        return bar

    return make


def other(desk: tuple[Backend, TaskRunner, DeskEvents], user: str = "budi",
          roles: str = "supervisor") -> Services:  # sharing a view is for supervisors
    db = desk[0].db
    assert db is not None
    return Services.connect(db, user, roles=roles)


def titles(bar: ViewsBar) -> list[str]:
    return [bar.combo.itemText(i) for i in range(bar.combo.count()) if bar.combo.itemText(i)]


def wait_for(qtbot: Any, bar: ViewsBar, check: Callable[[], bool]) -> None:
    qtbot.waitUntil(check, timeout=10000)


def test_builtin_views_show_translated_names(make_bar: Callable[..., ViewsBar],
                                             desk: tuple[Backend, TaskRunner, DeskEvents]) -> None:
    bar = make_bar()
    assert titles(bar) == ["Overdue", "Due soon", "My open cases", "Overseas complaints",
                           "Unassigned new"]
    try:
        i18n.install("id")
        desk[2].sig_language_changed.emit("id")
        assert titles(bar)[:2] == ["Lewat tenggat", "Segera jatuh tempo"]
    finally:
        i18n.install("en")
        desk[2].sig_language_changed.emit("en")
    assert titles(bar)[0] == "Overdue"


def test_choosing_a_view_emits_it_and_builtins_cannot_be_renamed_or_deleted(
    qtbot: Any, make_bar: Callable[..., ViewsBar]
) -> None:
    bar = make_bar()
    with qtbot.waitSignal(bar.sig_view_chosen) as chosen:
        bar.combo.setCurrentIndex(1)
        bar.combo.activated.emit(1)
    view = chosen.args[0]
    assert isinstance(view, SavedViewDTO) and view.builtin == "due_soon"
    assert view.query.due_soon is True and bar.current() == view
    assert not bar.rename_button.isEnabled() and not bar.delete_button.isEnabled()


def test_save_view_stores_the_panel_state_shared_and_notifies(
    qtbot: Any, make_bar: Callable[..., ViewsBar], desk: tuple[Backend, TaskRunner, DeskEvents]
) -> None:
    spy = ThreadSpy(desk[0])
    bar = make_bar(spy)

    def fill(dialog: SaveViewDialog) -> None:
        dialog.name_edit.setText("HK complaints")
        dialog.shared_box.setChecked(True)
        dialog.accept()

    when_dialog(SaveViewDialog, fill)
    with qtbot.waitSignal(desk[2].sig_data_changed) as notice:
        bar.save_button.click()
    assert notice.args[0] == (Change("view", "save", (notice.args[0][0].ids[0],)),)
    wait_for(qtbot, bar, lambda: "HK complaints" in titles(bar))
    saved = next(v for v in other(desk).views.list() if v.name == "HK complaints")
    assert (saved.query, saved.sort, saved.descending, list(saved.columns), saved.shared) == (
        STATE[0], "due_date", False, STATE[3], True)
    assert bar.current() is not None and bar.current().id == saved.id  # type: ignore[union-attr]
    assert bar.rename_button.isEnabled() and bar.delete_button.isEnabled()
    assert spy.threads and threading.main_thread().name not in spy.threads


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No])
def test_a_name_clash_asks_before_replacing(
    qtbot: Any, make_bar: Callable[..., ViewsBar], desk: tuple[Backend, TaskRunner, DeskEvents],
    answer: QMessageBox.StandardButton,
) -> None:
    first = desk[0].services().views.save("Weekly", EntryQuery(kinds=("question",)))
    bar = make_bar()
    asked = when_dialog(QMessageBox, lambda box: box.button(answer).click())
    bar.save_view("weekly", False)
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    if answer == QMessageBox.StandardButton.Yes:
        wait_for(qtbot, bar, lambda: desk[0].services().views.get(first.id).version == 2)
        assert desk[0].services().views.get(first.id).query == STATE[0]
    else:
        qtbot.waitUntil(lambda: desk[1].pending == 0, timeout=10000)
        assert desk[0].services().views.get(first.id) == first
    assert "Weekly" in titles(bar) or "weekly" in titles(bar)


def test_a_recorder_cannot_publish_a_shared_view(
    qtbot: Any, make_bar: Callable[..., ViewsBar], desk: tuple[Backend, TaskRunner, DeskEvents]
) -> None:
    other(desk, "budi").views.save("Team", EntryQuery(), shared=True)
    recorder = Backend(desk[0].url, "citra")
    provisioned_open(recorder, "recorder")
    try:
        bar = make_bar(recorder)
        bar.save_view("team", True)  # sharing (let alone replacing budi's) is for supervisors
        wait_for(qtbot, bar, lambda: "change shared views" in bar.message.text())
        assert [v.name for v in other(desk).views.list() if v.name.lower() == "team"] == ["Team"]
    finally:
        recorder.close()


def test_the_list_follows_change_notices_and_other_desks(
    qtbot: Any, make_bar: Callable[..., ViewsBar], desk: tuple[Backend, TaskRunner, DeskEvents]
) -> None:
    bar = make_bar()
    view = other(desk).views.save("From elsewhere", EntryQuery(), shared=True)
    desk[2].notify(Change("view", "save", (view.id,)))
    wait_for(qtbot, bar, lambda: "From elsewhere — budi" in titles(bar))
    other(desk, "dewi").views.save("Another desk", EntryQuery(), shared=True)
    bar.combo.showPopup()  # no notice crosses desks: opening the list looks again
    wait_for(qtbot, bar, lambda: "Another desk — dewi" in titles(bar))
    bar.combo.hidePopup()


def test_rename_and_delete_the_current_view(
    qtbot: Any, make_bar: Callable[..., ViewsBar], desk: tuple[Backend, TaskRunner, DeskEvents]
) -> None:
    own = desk[0].services().views.save("Draft", EntryQuery())
    bar = make_bar()
    assert bar.select(own.id)

    def rename(dialog: SaveViewDialog) -> None:
        dialog.name_edit.setText("Final")
        dialog.accept()

    when_dialog(SaveViewDialog, rename)
    bar.rename_button.click()
    wait_for(qtbot, bar, lambda: "Final" in titles(bar))
    assert bar.current() is not None and bar.current().name == "Final"  # type: ignore[union-attr]
    when_dialog(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    bar.delete_button.click()
    wait_for(qtbot, bar, lambda: "Final" not in titles(bar))
    assert bar.current() is None and bar.combo.currentIndex() == -1
    assert own.id not in {v.id for v in desk[0].services().views.list()}


def test_a_view_changed_meanwhile_is_a_conflict_and_the_list_reloads(
    qtbot: Any, make_bar: Callable[..., ViewsBar], desk: tuple[Backend, TaskRunner, DeskEvents]
) -> None:
    own = desk[0].services().views.save("Mine", EntryQuery(), shared=True)
    bar = make_bar()
    bar.select(own.id)
    other(desk, "rina", "supervisor").views.update(own.id, own.version, EntryQuery(tiers=("S1",)))
    bar.rename_current("Mine renamed")
    wait_for(qtbot, bar, lambda: "rina changed this view meanwhile" in bar.message.text())
    wait_for(qtbot, bar, lambda: bar.current() is not None and bar.current().version == 2)  # type: ignore[union-attr]
    assert "Mine renamed" not in titles(bar)


def test_a_recorder_cannot_change_a_shared_view_of_another(
    qtbot: Any, make_bar: Callable[..., ViewsBar], desk: tuple[Backend, TaskRunner, DeskEvents]
) -> None:
    shared = desk[0].services().views.save("Supervisors'", EntryQuery(), shared=True)
    recorder = Backend(desk[0].url, "budi")
    provisioned_open(recorder, "recorder")
    try:
        bar = make_bar(recorder)
        bar.select(shared.id)
        assert not bar.rename_button.isEnabled() and not bar.delete_button.isEnabled()
        bar.delete_current()
        wait_for(qtbot, bar, lambda: "Not allowed" in bar.message.text())
        assert shared.id in {v.id for v in desk[0].services().views.list()}
    finally:
        recorder.close()


def test_a_view_with_filters_this_version_no_longer_knows_opens_with_a_note(
    qtbot: Any, make_bar: Callable[..., ViewsBar], desk: tuple[Backend, TaskRunner, DeskEvents]
) -> None:
    view = desk[0].services().views.save("Old", EntryQuery(kinds=("complaint",)))
    db = desk[0].db
    assert db is not None
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE saved_view SET query = :q WHERE id = :id"),
                     {"q": '{"kinds": ["complaint"], "moods": ["angry"]}', "id": view.id})
    bar = make_bar()
    index = bar.combo.findData(view.id)
    with qtbot.waitSignal(bar.sig_view_chosen) as chosen:
        bar.combo.setCurrentIndex(index)
        bar.combo.activated.emit(index)
    assert chosen.args[0].query == EntryQuery(kinds=("complaint",))
    assert "'moods' no longer exists" in bar.message.text() and bar.message.isVisibleTo(bar)


def test_a_database_that_is_gone_is_said_clearly(
    qtbot: Any, make_bar: Callable[..., ViewsBar]
) -> None:
    bar = make_bar(GoneBackend())
    assert "cannot be reached" in bar.message.text()
    assert bar.views() == () and bar.combo.count() == 0
