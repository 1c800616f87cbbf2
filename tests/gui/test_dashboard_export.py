"""Dashboard exports: CSV with BOM that round-trips, formula cells neutralised, PNGs decodable;
both written atomically, and a folder that can't be written raises and leaves nothing."""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from feedback_desk.core import palette
from feedback_desk.core.dto import EntryQuery
from feedback_desk.gui.dashboard import export
from feedback_desk.gui.dashboard.charts import BarChart

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

SECTIONS = [
    ("Top countries", ["Category", "Entries"], [["Malaysia", "120"], ["Hong Kong, SAR", "3"]]),
    ("Suara \"pekerja\" — ringkasan", ["Kategori", "Jumlah"], [["Kualitas manfaat", "7"]]),
]


def read_csv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_csv_has_a_bom_and_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "trends.csv"
    export.write_csv(path, SECTIONS)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert read_csv(path) == [
        ["Top countries"], ["Category", "Entries"], ["Malaysia", "120"], ["Hong Kong, SAR", "3"],
        [],
        ['Suara "pekerja" — ringkasan'], ["Kategori", "Jumlah"], ["Kualitas manfaat", "7"],
    ]
    assert [p.name for p in tmp_path.iterdir()] == ["trends.csv"]  # no temp file left


@pytest.mark.parametrize("cell", ["=1+2", "+62 812", "-5", "@SUM(A1)", "\tx", "\rx",
                                  "=HYPERLINK(\"http://x\")"])
def test_formula_cells_are_neutralised(tmp_path: Path, cell: str) -> None:
    path = tmp_path / "x.csv"
    export.write_csv(path, [(cell, [cell, "ok"], [[cell, "5", "a=b"]])])
    rows = read_csv(path)
    assert rows == [["'" + cell], ["'" + cell, "ok"], ["'" + cell, "5", "a=b"]]


def test_csv_replaces_the_old_file_whole(tmp_path: Path, monkeypatch: Any) -> None:
    path = tmp_path / "trends.csv"
    path.write_text("old", encoding="utf-8")

    def fail(src: Any, dst: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export.os, "replace", fail)
    with pytest.raises(OSError):
        export.write_csv(path, SECTIONS)
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["trends.csv"]


def test_missing_folder_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        export.write_csv(tmp_path / "nope" / "trends.csv", SECTIONS)
    assert not (tmp_path / "nope").exists()


def test_read_only_folder_raises_and_leaves_nothing(tmp_path: Path, qtbot: Any) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):  # root ignores the mode bits: use sysfs, which refuses
            folder = Path("/sys")
            if not folder.is_dir():
                pytest.skip("no folder this user cannot write to")
        before = set(os.listdir(folder))
        with pytest.raises(PermissionError):
            export.write_csv(folder / "trends.csv", SECTIONS)
        label = QLabel("x")
        qtbot.addWidget(label)
        with pytest.raises(PermissionError):
            export.write_png(label, folder / "chart.png")
        assert set(os.listdir(folder)) == before
    finally:
        (tmp_path / "ro").chmod(0o755)


def test_png_of_a_widget_and_of_a_chart(tmp_path: Path, qtbot: Any) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(500, 260)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_bars(["Malaysia", "Taiwan"], [10, 4], palette.BAR, [EntryQuery(), EntryQuery()])
    export.write_png(chart, tmp_path / "widget.png")
    image = QImage(str(tmp_path / "widget.png"))
    assert (image.width(), image.height()) == (500, 260)
    chart.export_png(tmp_path / "scene.png")
    image = QImage(str(tmp_path / "scene.png"))
    assert not image.isNull() and abs(image.width() - 500) <= 2
    colours = {image.pixel(x, y) for x in range(0, image.width(), 5)
               for y in range(0, image.height(), 5)}
    assert len(colours) > 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["scene.png", "widget.png"]


def test_png_failure_keeps_the_old_file(tmp_path: Path, qtbot: Any, monkeypatch: Any) -> None:
    label = QLabel("chart")
    qtbot.addWidget(label)
    path = tmp_path / "chart.png"
    path.write_bytes(b"old")
    monkeypatch.setattr(export.os, "replace", lambda src, dst: (_ for _ in ()).throw(
        PermissionError(13, "Permission denied")))
    with pytest.raises(PermissionError):
        export.write_png(label, path)
    assert path.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["chart.png"]
