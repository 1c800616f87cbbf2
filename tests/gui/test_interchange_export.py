"""Import and export inside the real desk window: the menu items and the list's button follow
the role, an import shows up in the triage list, and Export list… writes exactly the rows the
list shows (read back from the file), personal data only when allowed and asked for, and a
folder that cannot be written is said clearly."""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from feedback_desk.core.db.engine import open_database
from feedback_desk.core.dto import NewEntry, NewIdentity
from feedback_desk.core.services import Services
from feedback_desk.gui.pages import TRIAGE

from .interchange_support import GOOD, do_import, read, write_csv

ENTRIES = (  # kind, area, text, recorded seconds apart (newest last)
    ("complaint", "overseas", "Klaim JHT belum cair"),
    ("suggestion", "digital", "Aplikasi JMO perlu mode gelap"),
    ("complaint", "digital", "=HYPERLINK(\"http://x\") login gagal"),
    ("complaint", "overseas", "Paspor ditahan agensi"),
)


def _account(url: str, name: str, roles: str) -> None:
    db = open_database(url)
    Services.connect(db, name, roles=roles)
    db.dispose()


@pytest.fixture
def listed_url(desk_url: str) -> str:
    """The desk's database with four entries, one of them with a consenting speaker."""
    db = open_database(desk_url)
    sari = Services.connect(db, "sari", roles="supervisor")
    event = sari.catalog.events()[0]
    for i, (kind, area, text) in enumerate(ENTRIES):
        identity = NewIdentity("tindak lanjut", name="Siti Aminah",
                               phone="+62 812 0000 1111") if i == 0 else None
        sari.entries.record(NewEntry(event.id, kind, area, text), identity)
    db.dispose()
    return desk_url


def services_count(url: str) -> int:
    from feedback_desk.core.dto import EntryQuery

    db = open_database(url)
    try:
        return Services.connect(db, "sari").search.count(EntryQuery())
    finally:
        db.dispose()


def triage_desk(qtbot: Any, make_desk: Any, url: str, user: str) -> Any:
    desk = make_desk(url, user=user)
    desk.show_page(TRIAGE)
    qtbot.waitUntil(lambda: desk.triage.model.ids_ready, timeout=10000)
    qtbot.waitUntil(lambda: desk._database_open, timeout=10000)  # the roles are applied
    return desk


def read_back(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel reads it right
    return list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))


@pytest.mark.parametrize(("roles", "imports", "exports"), [
    ("recorder", False, False),
    ("leadership", False, True),
    ("protection", False, True),
    ("supervisor", True, True),
    ("admin", True, True),
])
def test_import_and_export_follow_the_role(qtbot: Any, make_desk: Any, desk_url: str,
                                           roles: str, imports: bool, exports: bool) -> None:
    _account(desk_url, "who", roles)
    desk = make_desk(desk_url, user="who")
    desk.show_page(TRIAGE)
    qtbot.waitUntil(lambda: desk._database_open and desk.triage.rights_known, timeout=10000)
    window = desk.window
    assert window.act_import.isVisible() is imports and window.act_import.isEnabled() is imports
    assert window.act_export_list.isVisible() is exports
    assert window.act_export_list.isEnabled() is exports
    button = desk.triage.list_bar.widgetForAction(window.act_export_list)
    assert button is not None and button.isVisibleTo(desk.triage) is exports


def test_an_import_from_the_menu_shows_up_in_the_triage_list(
    qtbot: Any, make_desk: Any, listed_url: str, tmp_path: Path
) -> None:
    desk = triage_desk(qtbot, make_desk, listed_url, "sari")
    assert desk.triage.model.rowCount() == 4
    desk.window.act_import.trigger()
    dialog = desk.import_dialog
    assert dialog.isVisible()
    read(qtbot, dialog, write_csv(tmp_path / "kartu.csv", GOOD))
    do_import(qtbot, dialog)
    qtbot.waitUntil(lambda: desk.triage.model.rowCount() == 7, timeout=10000)
    model = desk.triage.model

    def shown() -> set[str]:
        for r in range(model.rowCount()):
            model.ensure_row(r)
        return {row.text for r in range(model.rowCount()) if (row := model.entry_row(r))}

    qtbot.waitUntil(lambda: {g[5] for g in GOOD} <= shown(), timeout=10000)
    assert "Entries imported: 3." in desk.window.statusBar().currentMessage()


def test_export_list_writes_exactly_the_rows_the_list_shows(
    qtbot: Any, make_desk: Any, listed_url: str, tmp_path: Path
) -> None:
    desk = triage_desk(qtbot, make_desk, listed_url, "sari")
    triage = desk.triage
    triage.facets.tick("kind", "complaint")
    desk.window.act_export_list.trigger()  # at once: the list may still show the old count
    dialog = desk.export_dialog
    qtbot.waitUntil(lambda: "3 entries the triage list shows" in dialog.intro.text(),
                    timeout=10000)
    qtbot.waitUntil(lambda: triage.model.ids_ready and triage.model.rowCount() == 3
                    and all(triage.model.entry_row(r) for r in range(3)), timeout=10000)
    shown = [triage.model.entry_row(r).text for r in range(3)]
    assert dialog.path.text().endswith(".csv") and "feedback-" in dialog.path.text()
    assert dialog.personal is not None and not dialog.personal.isChecked()  # never by default
    target = tmp_path / "keluhan.csv"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.sig_exported, timeout=20000):
        dialog.export_button.click()
    rows = read_back(target)
    assert [r["text"] for r in rows] == [t if not t.startswith("=") else "'" + t for t in shown]
    assert {r["kind"] for r in rows} == {"complaint"}
    assert "speaker_name" not in rows[0]
    assert not dialog.isVisible()
    assert desk.window.statusBar().currentMessage() == f"Exported 3 entries to {target}"
    # the order of the list is the order of the file
    triage.table.sortByColumn(triage.model.sort_column(), Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: triage.model.sort_key[1] is False and triage.model.ids_ready,
                    timeout=10000)
    desk.window.act_export_list.trigger()
    dialog = desk.export_dialog
    dialog.path.setText(str(tmp_path / "naik.csv"))
    dialog.personal.setChecked(True)
    assert "personal data of every speaker" in dialog.personal_warning.text()
    with qtbot.waitSignal(dialog.sig_exported, timeout=20000):
        dialog.export_button.click()
    rows = read_back(tmp_path / "naik.csv")
    assert [r["text"] for r in rows] == [r["text"] for r in read_back(target)][::-1]
    assert [r["speaker_name"] for r in rows] == ["Siti Aminah", "", ""]
    assert "with personal data" in desk.window.statusBar().currentMessage()


def test_a_role_without_identity_export_gets_no_personal_data_checkbox(
    qtbot: Any, make_desk: Any, listed_url: str, tmp_path: Path
) -> None:
    _account(listed_url, "lina", "leadership")
    desk = triage_desk(qtbot, make_desk, listed_url, "lina")
    qtbot.waitUntil(lambda: desk.window.act_export_list.isEnabled(), timeout=10000)
    desk.window.act_export_list.trigger()
    dialog = desk.export_dialog
    assert dialog.personal is None and dialog.personal_warning is None
    assert dialog.findChild(type(dialog.export_button), "exportPersonal") is None
    dialog.format.setCurrentIndex(1)
    assert dialog.path.text().endswith(".xlsx")
    target = tmp_path / "daftar.xlsx"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.sig_exported, timeout=20000):
        dialog.export_button.click()
    from openpyxl import load_workbook

    sheet = load_workbook(target, read_only=True).active
    values = list(sheet.iter_rows(values_only=True))
    assert len(values) == 5 and "speaker_name" not in values[0]


def test_a_folder_that_cannot_be_written_is_said_and_the_dialog_stays(
    qtbot: Any, make_desk: Any, listed_url: str, tmp_path: Path
) -> None:
    desk = triage_desk(qtbot, make_desk, listed_url, "sari")
    desk.window.act_export_list.trigger()
    dialog = desk.export_dialog
    if os.geteuid() == 0:  # root writes anywhere a mode allows: sysfs is read-only for all
        folder = Path("/sys")
    else:
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(0o555)
    dialog.path.setText(str(folder / "daftar.csv"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=20000)
    text = dialog.message.text()
    assert text == (f"Not exported: the folder {folder} cannot be written to (read-only, or no "
                    "permission): choose another folder.")
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    assert not (folder / "daftar.csv").exists()
    dialog.path.setText(str(tmp_path / "nope" / "daftar.csv"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=20000)
    assert dialog.message.text() == f"Not exported: the folder {tmp_path / 'nope'} does not exist."
    dialog.path.setText(str(tmp_path / "daftar.csv"))  # another folder: it works
    with qtbot.waitSignal(dialog.sig_exported, timeout=20000):
        dialog.export_button.click()
    assert len(read_back(tmp_path / "daftar.csv")) == 4


def test_cancel_stops_an_export_and_leaves_no_file(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading
    import time

    from feedback_desk.core.demo import generate
    from feedback_desk.core.dto import EntryQuery
    from feedback_desk.core.services.interchange import InterchangeService
    from feedback_desk.gui.backend import Backend
    from feedback_desk.gui.interchange.export_list import ExportListDialog
    from feedback_desk.gui.tasks import TaskRunner

    url = f"sqlite:///{tmp_path / 'big.sqlite'}"
    db = open_database(url)
    Services.connect(db, "sari", roles="supervisor")
    generate(db, 1500, seed=2)  # more than the 1,000 rows between two looks at Cancel
    db.dispose()
    real = InterchangeService.export
    started = threading.Event()

    def slow_export(self: Any, path: Any, query: Any, **kw: Any) -> Any:
        started.set()
        deadline = time.monotonic() + 20
        while not kw["cancel"]() and time.monotonic() < deadline:
            time.sleep(0.01)
        return real(self, path, query, **kw)

    monkeypatch.setattr(InterchangeService, "export", slow_export)
    backend, tasks = Backend(url, "sari"), TaskRunner()
    backend.open()
    try:
        dialog = ExportListDialog(backend, tasks, EntryQuery(), may_export_personal=True)
        qtbot.addWidget(dialog)
        dialog.show()
        count = services_count(url)  # a supervisor does not see the protection cases
        assert count > 1000
        qtbot.waitUntil(lambda: f"{count:,} entries" in dialog.intro.text(), timeout=10000)
        target = tmp_path / "semua.csv"
        dialog.format.setCurrentIndex(1)
        assert dialog.path.text().endswith(".xlsx")  # the name follows the format
        dialog.path.setText(str(target))
        assert dialog.format.currentData() == ".csv"  # and the format the name typed
        dialog.export_button.click()
        qtbot.waitUntil(started.is_set, timeout=10000)
        assert dialog.close_button.text() == "Cancel" and not dialog.path.isEnabled()
        dialog.close_button.click()
        assert dialog.isVisible()
        qtbot.waitUntil(lambda: not dialog.running, timeout=20000)
        assert dialog.message.text() == "Cancelled: no file was written."
        assert not target.exists() and list(tmp_path.glob("semua*")) == []
        assert dialog.isVisible() and dialog.export_button.isEnabled()
    finally:
        tasks.shutdown()
        backend.close()


def test_export_list_from_the_menu_brings_the_list_to_the_front(
    qtbot: Any, make_desk: Any, listed_url: str, tmp_path: Path
) -> None:
    desk = make_desk(listed_url, user="sari")  # on the capture page: no list built yet
    qtbot.waitUntil(lambda: desk.window.act_export_list.isEnabled(), timeout=10000)
    assert desk._triage is None
    desk.window.act_export_list.trigger()
    assert desk.pages.currentIndex() == TRIAGE
    dialog = desk.export_dialog
    qtbot.waitUntil(lambda: "4 entries the triage list shows" in dialog.intro.text(),
                    timeout=10000)
    dialog.path.setText(str(tmp_path / "semua.csv"))
    with qtbot.waitSignal(dialog.sig_exported, timeout=20000):
        dialog.export_button.click()
    assert len(read_back(tmp_path / "semua.csv")) == 4
