"""File → Export summary…: the PDF is built in the background with a progress bar, opens when
done, can be cancelled (nothing written), and a folder that can't be written keeps the dialog
open with every choice and a clear message."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QDesktopServices

from feedback_desk.core.db.engine import open_database
from feedback_desk.core.demo import generate
from feedback_desk.core.services import Services
from feedback_desk.gui.app import DeskApp
from feedback_desk.gui.summary.dialog import SummaryDialog

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


@pytest.fixture
def demo_url(desk_url: str) -> str:
    db = open_database(desk_url)
    services = Services.connect(db, "ani")
    Services.connect(db, "lina", roles="leadership")  # the leadership viewer exports summaries
    generate(db, 300, seed=3, actor=services.actor)
    db.dispose()
    return desk_url


@pytest.fixture
def opened(monkeypatch: Any) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()))
    return urls


def _dialog(qtbot: Any, desk: DeskApp) -> SummaryDialog:
    desk.window.act_export_summary.trigger()
    dialog = desk.summary_dialog
    qtbot.waitUntil(lambda: dialog.events.count() > 0, timeout=10000)
    return dialog


def test_export_builds_in_the_background_and_opens_the_pdf(
        qtbot: Any, make_desk: Any, demo_url: str, tmp_path: Path, opened: list[str]) -> None:
    desk = make_desk(demo_url, user="lina")
    assert desk.window.act_export_summary in desk.window.menu_file.actions()
    dialog = _dialog(qtbot, desk)
    target = tmp_path / "out" / "leadership"
    target.parent.mkdir()
    dialog.path.setText(str(target))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.events.item(0).setCheckState(Qt.CheckState.Checked)
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(dialog.sig_written, timeout=60000) as written:
        dialog.export_button.click()
        assert not dialog.export_button.isEnabled()  # running: options locked, Cancel live
        assert dialog.progress.isVisible()
    result = written.args[0]
    assert result.path == target.with_name("leadership.pdf")
    assert result.path.read_bytes().startswith(b"%PDF")
    assert opened == [str(result.path)]
    assert seen and seen[-1] == 100
    assert not dialog.isVisible()
    assert "Summary written" in desk.window.statusBar().currentMessage()


def test_cancel_stops_the_build_and_writes_nothing(
        qtbot: Any, make_desk: Any, demo_url: str, tmp_path: Path, opened: list[str],
        monkeypatch: Any) -> None:
    desk = make_desk(demo_url, user="lina")
    dialog = _dialog(qtbot, desk)
    out = tmp_path / "out"
    out.mkdir()
    (out / "old.pdf").write_bytes(b"old")
    dialog.path.setText(str(out / "old.pdf"))
    from feedback_desk.core.services.reports import ReportService

    real = ReportService.gather

    def slow(self: Any, options: Any, step: Any) -> Any:  # cancel lands mid-gather
        def stepped(stage: str) -> None:
            import time

            time.sleep(0.2)
            step(stage)

        return real(self, options, stepped)

    monkeypatch.setattr(ReportService, "gather", slow)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.job is not None and dialog.job.running, timeout=5000)
    dialog.cancel_button.click()  # Cancel while running: stops, stays open
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: "Cancelled" in dialog.message.text(), timeout=20000)
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    assert (out / "old.pdf").read_bytes() == b"old"
    assert [p.name for p in out.iterdir()] == ["old.pdf"]
    assert opened == []
    dialog.cancel_button.click()  # now Close
    assert not dialog.isVisible()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_keeps_the_dialog_and_its_choices(
        qtbot: Any, make_desk: Any, demo_url: str, tmp_path: Path, opened: list[str]) -> None:
    desk = make_desk(demo_url, user="lina")
    dialog = _dialog(qtbot, desk)
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        dialog.path.setText(str(folder / "s.pdf"))
        dialog.area.setCurrentIndex(dialog.area.findData("overseas"))
        dialog.export_button.click()
        qtbot.waitUntil(lambda: "could not be written" in dialog.message.text(), timeout=30000)
        assert dialog.isVisible()
        assert dialog.area.currentData() == "overseas"
        assert dialog.path.text() == str(folder / "s.pdf")
        assert list(folder.iterdir()) == [] and opened == []
    finally:
        folder.chmod(0o755)


def test_a_missing_folder_keeps_the_dialog_and_its_choices(
        qtbot: Any, make_desk: Any, demo_url: str, tmp_path: Path, opened: list[str]) -> None:
    desk = make_desk(demo_url, user="lina")
    dialog = _dialog(qtbot, desk)
    dialog.path.setText(str(tmp_path / "gone" / "s.pdf"))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "could not be written" in dialog.message.text(), timeout=30000)
    assert "cannot write the summary" in dialog.message.text()
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    assert dialog.language.currentData() == "en"
    assert not (tmp_path / "gone").exists() and opened == []
    dialog.reject()


def test_bad_choices_are_said_before_anything_runs(
        qtbot: Any, make_desk: Any, demo_url: str, tmp_path: Path) -> None:
    desk = make_desk(demo_url, user="lina")
    dialog = _dialog(qtbot, desk)
    dialog.path.setText("   ")
    dialog.export_button.click()
    assert dialog.job is None and "choose where" in dialog.message.text()
    dialog.path.setText(str(tmp_path))
    dialog.export_button.click()
    assert dialog.job is None and "is a folder" in dialog.message.text()
    dialog.path.setText(str(tmp_path / "x.pdf"))
    dialog.use_from.setChecked(True)
    dialog.use_to.setChecked(True)
    dialog.date_from.setDate(QDate(2026, 12, 1))
    dialog.date_to.setDate(QDate(2026, 1, 1))
    dialog.export_button.click()
    assert dialog.job is None and "before" in dialog.message.text()
    dialog.reject()


def test_the_dialog_speaks_indonesian(qtbot: Any, make_desk: Any, demo_url: str) -> None:
    desk = make_desk(demo_url, language="id", user="lina")
    dialog = _dialog(qtbot, desk)
    assert dialog.windowTitle() == "Ekspor ringkasan strategi"
    assert dialog.language.currentData() == "id"
    assert Path(dialog.path.text()).name.startswith("ringkasan-strategi-")
    # every label's Alt letter reaches its field (none shows a literal "&")
    from PySide6.QtWidgets import QLabel

    for label in dialog.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()
    dialog.reject()
