"""The merge dialog: a laptop's file merged with progress, the result listed, a second merge
adding nothing, errors said in the dialog, and Cancel writing nothing."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from feedback_desk.core.db.engine import open_database
from feedback_desk.core.dto import EntryQuery
from feedback_desk.core.services import Services
from feedback_desk.gui.backend import Backend
from feedback_desk.gui.dialogs.merge import MergeDialog
from feedback_desk.gui.tasks import TaskRunner
from tests.core.test_merge import OfflineDesk, _make_offline_desk


@pytest.fixture
def offline(tmp_path: Path) -> OfflineDesk:
    return _make_offline_desk(tmp_path / "laptop" / "desk.sqlite")


@pytest.fixture
def open_dialog(qtbot: Any, tmp_path: Path) -> Iterator[Callable[[str], MergeDialog]]:
    url = f"sqlite:///{tmp_path / 'shared.sqlite'}"
    made: list[tuple[Backend, TaskRunner]] = []

    def make(roles: str) -> MergeDialog:
        db = open_database(url)
        Services.connect(db, roles, roles=roles)  # the account is named after its role
        db.dispose()
        backend, tasks = Backend(url, roles), TaskRunner()
        backend.open()
        made.append((backend, tasks))
        dialog = MergeDialog(backend, tasks)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    yield make
    for backend, tasks in made:
        tasks.shutdown()
        backend.close()


def merge(qtbot: Any, dialog: MergeDialog, path: Path) -> None:
    dialog.path.setText(str(path))
    assert dialog.merge_button.isEnabled()
    dialog.merge_button.click()
    assert dialog.running and not dialog.merge_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.running, timeout=20000)


def test_a_merge_is_listed_and_a_second_one_adds_nothing(
    qtbot: Any, open_dialog: Callable[[str], MergeDialog], offline: OfflineDesk
) -> None:
    dialog = open_dialog("supervisor")
    assert not dialog.merge_button.isEnabled()  # no file chosen yet
    with qtbot.waitSignal(dialog.sig_merged, timeout=20000) as merged:
        merge(qtbot, dialog, offline.path)
    assert merged.args[0].new and dialog.model.outcomes() == ["New"] * 3
    assert "3 new, 0 already present, 0 in conflict" in dialog.summary.text()
    assert "budi" in dialog.summary.text()  # accounts made without a password
    assert dialog.progress.isHidden()
    services = dialog._backend.services()
    assert services.search.count(EntryQuery()) == 3
    merge(qtbot, dialog, offline.path)
    assert dialog.model.outcomes() == ["Already present"] * 3
    assert "0 new, 3 already present" in dialog.summary.text()
    assert services.search.count(EntryQuery()) == 3


def test_errors_are_said_in_the_dialog(
    qtbot: Any, open_dialog: Callable[[str], MergeDialog], offline: OfflineDesk, tmp_path: Path
) -> None:
    dialog = open_dialog("supervisor")
    notes = tmp_path / "notes.txt"
    notes.write_text("not a desk\n" * 50)
    merge(qtbot, dialog, notes)
    assert "Not merged" in dialog.summary.text() and "not SQLite" in dialog.summary.text()
    assert dialog.model.rowCount() == 0 and dialog.merge_button.isEnabled()
    recorder = open_dialog("recorder")
    merge(qtbot, recorder, offline.path)
    assert "Not allowed" in recorder.summary.text()
    assert recorder._backend.services().search.count(EntryQuery()) == 0


def test_cancel_stops_the_merge_and_writes_nothing(
    qtbot: Any, open_dialog: Callable[[str], MergeDialog], offline: OfflineDesk,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from feedback_desk.core import merge as core_merge

    real = core_merge.merge_desk_file
    started = threading.Event()

    def slow_merge(services: Any, path: Any, *, progress: Any, cancel: Any) -> Any:
        started.set()
        deadline = time.monotonic() + 20
        while not cancel() and time.monotonic() < deadline:  # a big file, still going
            time.sleep(0.01)
        return real(services, path, progress=progress, cancel=cancel)

    monkeypatch.setattr(core_merge, "merge_desk_file", slow_merge)
    dialog = open_dialog("supervisor")
    dialog.path.setText(str(offline.path))
    dialog.merge_button.click()
    qtbot.waitUntil(started.is_set, timeout=10000)
    close = dialog.buttons.buttons()[0]
    assert close.text() == "Cancel"
    close.click()  # Cancel: the dialog stays until the merge has stopped
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.running, timeout=20000)
    assert dialog.summary.text() == "Cancelled: nothing was written."
    assert dialog._backend.services().search.count(EntryQuery()) == 0
