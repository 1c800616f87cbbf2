"""The import dialog on real files and a real database: how the file was read, the counts, the
column mapping read again on a change, the gates before Import (a guessed encoding, rejected
rows, a missing column), the import itself, Cancel, and errors said in a dialog that stays
usable."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from feedback_desk.core.errors import DatabaseUnavailable
from feedback_desk.core.services.interchange import InterchangeService

from .interchange_support import (
    BAD,
    GOOD,
    HEADERS,
    do_import,
    entry_count,
    open_import,
    read,
    wait_read,
    write_csv,
)

__all__ = ["open_import"]  # the fixture


def statuses(dialog: Any) -> list[str]:
    return [dialog.rows.outcome(r).status for r in range(dialog.rows.rowCount())]


def test_the_preview_says_how_the_file_was_read_and_what_each_row_would_do(
    qtbot: Any, open_import: Any, tmp_path: Path
) -> None:
    dialog = open_import()
    assert not dialog.import_button.isEnabled()  # no file yet
    read(qtbot, dialog, write_csv(tmp_path / "kartu.csv", [*GOOD, BAD]))
    source = dialog.source
    assert source.format_label.text().startswith("CSV text")
    assert source.encoding_label.text() == "UTF-8"
    assert source.separator_label.text() == "semicolon (;)"
    assert not source.warning.isVisibleTo(dialog) and not source.sheet.isVisibleTo(dialog)
    assert dialog.rows_panel.counts.text() == "3 accepted · 0 already present · 1 rejected"
    assert statuses(dialog) == ["accepted"] * 3 + ["rejected"]
    assert dialog.rows.data(dialog.rows.index(3, 1)) == "Rejected"
    assert "bogus is not a known value" in dialog.rows.data(dialog.rows.index(3, 2))
    assert dialog.rows.data(dialog.rows.index(0, 0)) == "2"  # the line in the file
    # the mapping: each header and the column it feeds; "catatan" is not a column
    model = dialog.mapping.mapping_model
    assert model.mapping == ("recorded_at", "event", "session", "kind", "service_area", "text",
                             None)
    assert dialog.mapping.combo(0).currentText() == "recorded_at (date and time) — required"
    assert dialog.mapping.combo(6).currentText() == "(ignored)"
    assert "catatan" in dialog.columns.unknown.text()
    # one rejected row: Import waits for a decision
    assert not dialog.import_button.isEnabled()
    assert "Rejected rows: 1 " in dialog.why.text()
    dialog.valid_only.setChecked(True)
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "&Import 3 entries"
    assert dialog.why.isHidden()
    # the filter shows one outcome
    dialog.status_filter.setCurrentIndex(dialog.status_filter.findData("rejected"))
    assert statuses(dialog) == ["rejected"]
    dialog.status_filter.setCurrentIndex(0)
    assert dialog.rows.rowCount() == 4
    assert entry_count(dialog._backend) == 0  # a preview writes nothing


def test_changing_the_mapping_reads_the_file_again(
    qtbot: Any, open_import: Any, tmp_path: Path
) -> None:
    dialog = open_import()
    headers = HEADERS[:-1] + ("kategori",)  # a second column of kinds, named otherwise
    rows = [row[:-1] + ("saran",) for row in GOOD]
    read(qtbot, dialog, write_csv(tmp_path / "a.csv", rows, headers=headers))
    assert dialog.import_button.isEnabled()
    # the kind column ignored: required, missing → red, nothing can be imported
    combo = dialog.mapping.combo(3)
    combo.setCurrentIndex(combo.findData(""))
    assert dialog.running == "preview"
    wait_read(qtbot, dialog)
    assert dialog.preview is not None and dialog.preview.missing_required == ("kind",)
    assert dialog.columns.missing.isVisibleTo(dialog)
    assert "kind" in dialog.columns.missing.text()
    assert not dialog.import_button.isEnabled()
    assert "required column is missing" in dialog.why.text()
    # "kategori" feeds the kind instead: every row a suggestion now
    combo = dialog.mapping.combo(6)
    combo.setCurrentIndex(combo.findData("kind"))
    wait_read(qtbot, dialog)
    assert dialog.preview.mapping[6] == "kind" and not dialog.preview.missing_required
    assert dialog.columns.missing.isHidden()
    assert statuses(dialog) == ["accepted"] * 3 and dialog.import_button.isEnabled()
    # one header per column: choosing "kind" for "jenis" again sets "kategori" to ignored
    combo = dialog.mapping.combo(3)
    combo.setCurrentIndex(combo.findData("kind"))
    assert dialog.mapping.mapping_model.mapping[6] is None
    assert dialog.mapping.combo(6).currentText() == "(ignored)"
    wait_read(qtbot, dialog)
    assert dialog.preview.mapping[3] == "kind" and dialog.preview.mapping[6] is None


def test_a_guessed_windows_1252_file_is_imported_only_once_the_user_confirms(
    qtbot: Any, open_import: Any, tmp_path: Path
) -> None:
    dialog = open_import()
    rows = [GOOD[0][:5] + ("Pelayanan di café bandara: résumé naïve",) + ("",)]
    read(qtbot, dialog, write_csv(tmp_path / "lama.csv", rows, encoding="cp1252"))
    source = dialog.source
    assert source.warning.isVisibleTo(dialog)
    assert "Windows-1252" in source.warning_text.text()
    assert dialog.rows.data(dialog.rows.index(0, 3)) == "Pelayanan di café bandara: résumé naïve"
    assert not source.confirm.isChecked()
    assert not dialog.import_button.isEnabled() and "accented letters" in dialog.why.text()
    source.confirm.setChecked(True)
    assert dialog.import_button.isEnabled()
    # another encoding read on request: UTF-8 cannot read it, said in the dialog
    source.encoding.setCurrentIndex(source.encoding.findData("utf-8"))
    source.encoding.activated.emit(source.encoding.currentIndex())
    wait_read(qtbot, dialog)
    assert dialog.preview is None and not dialog.import_button.isEnabled()
    assert "cannot be imported" in dialog.message.text()
    assert "not valid utf-8" in dialog.message.text().lower()
    source.encoding.setCurrentIndex(source.encoding.findData("windows-1252"))
    source.encoding.activated.emit(source.encoding.currentIndex())
    wait_read(qtbot, dialog)
    assert dialog.preview is not None and dialog.import_button.isEnabled()  # chosen: no guess
    assert dialog.rows.data(dialog.rows.index(0, 3)).endswith("résumé naïve")


def test_import_writes_the_rows_and_a_second_import_adds_nothing(
    qtbot: Any, open_import: Any, tmp_path: Path
) -> None:
    dialog = open_import()
    path = write_csv(tmp_path / "kartu.csv", [*GOOD, BAD])
    read(qtbot, dialog, path)
    dialog.valid_only.setChecked(True)
    with qtbot.waitSignal(dialog.sig_imported, timeout=30000) as imported:
        do_import(qtbot, dialog)
    result = imported.args[0]
    assert len(result.added) == 3 and result.rejected == 1
    assert entry_count(dialog._backend) == 3
    text = dialog.message.text()
    assert "New entries imported from kartu.csv: 3." in text
    assert "Rejected rows left out: 1." in text
    assert not dialog.import_button.isEnabled() and "Imported." in dialog.why.text()
    read(qtbot, dialog)  # Read again
    assert statuses(dialog) == ["present"] * 3 + ["rejected"]
    assert not dialog.import_button.isEnabled()
    dialog.valid_only.setChecked(True)
    assert "Nothing to import" in dialog.why.text()
    assert entry_count(dialog._backend) == 3


def test_personal_data_without_consent_is_left_out_and_the_dialog_says_so(
    qtbot: Any, open_import: Any, tmp_path: Path
) -> None:
    dialog = open_import()
    headers = HEADERS[:-1] + ("nama", "persetujuan_kontak")
    rows = [GOOD[0][:-1] + ("Siti", "tidak"), GOOD[1][:-1] + ("Budi", "ya")]
    read(qtbot, dialog, write_csv(tmp_path / "nama.csv", rows, headers=headers))
    assert "personal data" in dialog.rows.data(dialog.rows.index(0, 2))
    assert dialog.rows.data(dialog.rows.index(1, 2)) == ""
    do_import(qtbot, dialog)
    assert "stored with their personal data (consent given): 1." in dialog.message.text()
    assert "personal data was left out (no consent to contact): 1." in dialog.message.text()


def test_cancel_stops_the_import_and_writes_nothing(
    qtbot: Any, open_import: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = InterchangeService.commit
    started = threading.Event()

    def slow_commit(self: Any, preview: Any, **kw: Any) -> Any:
        started.set()
        deadline = time.monotonic() + 20
        while not kw["cancel"]() and time.monotonic() < deadline:  # a big file, still going
            time.sleep(0.01)
        return real(self, preview, **kw)

    monkeypatch.setattr(InterchangeService, "commit", slow_commit)
    dialog = open_import()
    read(qtbot, dialog, write_csv(tmp_path / "a.csv", GOOD))
    dialog.import_button.click()
    qtbot.waitUntil(started.is_set, timeout=10000)
    assert dialog.close_button.text() == "Cancel" and not dialog.mapping.isEnabled()
    dialog.close_button.click()  # Cancel: the dialog stays until the import has stopped
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.running, timeout=20000)
    assert dialog.message.text() == "Cancelled: nothing was imported."
    assert entry_count(dialog._backend) == 0
    assert dialog.import_button.isEnabled()  # the preview is kept: Import again if wanted
    assert dialog.close_button.text() == "Close"


def test_cancel_stops_reading_a_file(
    qtbot: Any, open_import: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = InterchangeService.preview
    started = threading.Event()

    def slow_preview(self: Any, path: Any, **kw: Any) -> Any:
        started.set()
        deadline = time.monotonic() + 20
        while not kw["cancel"]() and time.monotonic() < deadline:
            time.sleep(0.01)
        return real(self, path, **kw)

    monkeypatch.setattr(InterchangeService, "preview", slow_preview)
    dialog = open_import()
    dialog.choose_file(str(write_csv(tmp_path / "a.csv", GOOD)))
    qtbot.waitUntil(started.is_set, timeout=10000)
    assert dialog.progress.isVisibleTo(dialog)
    dialog.close_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=20000)
    assert dialog.message.text().startswith("Cancelled: nothing was imported.")
    assert dialog.preview is None and not dialog.import_button.isEnabled()
    assert dialog.isVisible() and dialog.progress.isHidden()


def test_a_refused_file_says_why_and_the_dialog_stays_usable(
    qtbot: Any, open_import: Any, tmp_path: Path
) -> None:
    dialog = open_import()
    pdf = tmp_path / "laporan.xlsx"
    pdf.write_bytes(b"%PDF-1.7\n" + b"x" * 400)
    read(qtbot, dialog, pdf)
    assert "This file cannot be imported" in dialog.message.text()
    assert "PDF" in dialog.message.text()
    assert dialog.message.styleSheet()  # in red
    assert dialog.preview is None and not dialog.import_button.isEnabled()
    assert dialog.path.isEnabled() and dialog.reread.isEnabled()
    read(qtbot, dialog, write_csv(tmp_path / "benar.csv", GOOD))
    assert dialog.message.text() == "" and dialog.import_button.isEnabled()
    do_import(qtbot, dialog)
    assert entry_count(dialog._backend) == 3
    dialog.close_button.click()  # closed: the preview is let go
    assert not dialog.isVisible() and dialog.preview is None and dialog.rows.rowCount() == 0


def test_an_account_that_may_not_import_is_told_so(
    qtbot: Any, open_import: Any, tmp_path: Path
) -> None:
    dialog = open_import("recorder")
    read(qtbot, dialog, write_csv(tmp_path / "a.csv", GOOD))
    assert "Not allowed" in dialog.message.text()
    assert dialog.preview is None and not dialog.import_button.isEnabled()


def test_a_failed_import_keeps_the_preview_to_try_again(
    qtbot: Any, open_import: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = InterchangeService.commit
    calls: list[int] = []

    def failing_once(self: Any, preview: Any, **kw: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:
            raise DatabaseUnavailable("the server went away")
        return real(self, preview, **kw)

    monkeypatch.setattr(InterchangeService, "commit", failing_once)
    dialog = open_import()
    read(qtbot, dialog, write_csv(tmp_path / "a.csv", GOOD))
    do_import(qtbot, dialog)
    assert "Not imported, nothing was written" in dialog.message.text()
    assert "cannot be reached" in dialog.message.text()
    assert dialog.isVisible() and dialog.preview is not None
    do_import(qtbot, dialog)  # the same preview, once the server is back
    assert "New entries imported from a.csv: 3." in dialog.message.text()
    assert entry_count(dialog._backend) == 3


def test_a_workbook_offers_its_sheets_hidden_ones_marked(
    qtbot: Any, open_import: Any, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    data = book.active
    data.title = "Data"
    for row in (HEADERS, *GOOD):
        data.append(list(row))
    old = book.create_sheet("Lama")
    for row in (HEADERS, GOOD[0]):
        old.append(list(row))
    old.sheet_state = "hidden"
    path = tmp_path / "buku.xlsx"
    book.save(path)
    dialog = open_import()
    read(qtbot, dialog, path)
    sheet = dialog.source.sheet
    assert sheet.isVisibleTo(dialog) and not dialog.source.encoding.isVisibleTo(dialog)
    assert [sheet.itemText(i) for i in range(sheet.count())] == ["Data", "Lama (hidden)"]
    assert dialog.source.format_label.text().startswith("Excel workbook (.xlsx)")
    assert dialog.rows.rowCount() == 3
    sheet.setCurrentIndex(1)
    sheet.activated.emit(1)
    wait_read(qtbot, dialog)
    assert dialog.preview is not None and dialog.preview.source.sheet == "Lama"
    assert dialog.rows.rowCount() == 1 and sheet.currentText() == "Lama (hidden)"
