"""Files and dialogs for the spreadsheet import/export GUI tests."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from feedback_desk.core.db.engine import open_database
from feedback_desk.core.dto import EntryQuery
from feedback_desk.core.services import Services
from feedback_desk.gui.backend import Backend
from feedback_desk.gui.interchange.import_dialog import ImportDialog
from feedback_desk.gui.tasks import TaskRunner

HEADERS = ("waktu", "acara", "sesi", "jenis", "area_layanan", "isi", "catatan")
GOOD = (
    ("16/10/2026 09:42", "Simposium PMI 2026", "Panel 1", "keluhan", "luar negeri",
     "Klaim JHT saya belum cair tiga bulan", "kartu 12"),
    ("16/10/2026 10:05", "Simposium PMI 2026", "Panel 1", "saran", "digital",
     "Aplikasi JMO perlu bahasa daerah", ""),
    ("16/10/2026 11:30", "Simposium PMI 2026", "Panel 2", "pertanyaan", "dalam negeri",
     "Bagaimana cara klaim JKK?", ""),
)
BAD = ("16/10/2026 11:45", "Simposium PMI 2026", "Panel 2", "bogus", "digital",
       "Baris dengan jenis yang salah", "")


def write_csv(path: Path, rows: Sequence[Sequence[str]], *, headers: Sequence[str] = HEADERS,
              encoding: str = "utf-8", separator: str = ";") -> Path:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=separator, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def entry_count(backend: Backend) -> int:
    return backend.services().search.count(EntryQuery())


def read(qtbot: Any, dialog: ImportDialog, path: Path | None = None) -> None:
    """Choose ``path`` (or read the chosen file again) and wait for the preview."""
    if path is None:
        dialog.read_again()
    else:
        dialog.choose_file(str(path))
    assert dialog.running == "preview"
    qtbot.waitUntil(lambda: not dialog.running, timeout=20000)


def wait_read(qtbot: Any, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.running, timeout=20000)


def do_import(qtbot: Any, dialog: ImportDialog) -> None:
    assert dialog.import_button.isEnabled(), dialog.why.text()
    dialog.import_button.click()
    assert dialog.running == "import"
    qtbot.waitUntil(lambda: not dialog.running, timeout=30000)


@pytest.fixture
def open_import(qtbot: Any, tmp_path: Path) -> Iterator[Callable[..., ImportDialog]]:
    """``open_import(roles)``: the dialog on a real database, as an account of that role."""
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    made: list[tuple[Backend, TaskRunner]] = []

    def make(roles: str = "supervisor") -> ImportDialog:
        db = open_database(url)
        Services.connect(db, roles, roles=roles)  # the account is named after its role
        db.dispose()
        backend, tasks = Backend(url, roles), TaskRunner()
        backend.open()
        made.append((backend, tasks))
        dialog = ImportDialog(backend, tasks)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    yield make
    for backend, tasks in made:
        tasks.shutdown()
        backend.close()
