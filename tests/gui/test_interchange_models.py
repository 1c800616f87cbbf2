"""The import dialog's models on hand-made previews: the rows of a 100,000-row file, the status
filter, the words of each row, and the column mapping (one header per column)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from feedback_desk.core.interchange.columns import COLUMNS
from feedback_desk.core.interchange.model import ImportPreview, Message, RowOutcome, SourceInfo
from feedback_desk.gui.interchange.mapping_table import MappingModel, MappingTable
from feedback_desk.gui.interchange.preview_models import RowsModel

HEADERS = ("waktu", "acara", "jenis", "area", "isi", "catatan")
MAPPING = ("recorded_at", "event", "kind", "service_area", "text", None)


def preview(rows: int) -> ImportPreview:
    """Every 50th row rejected, every 7th (not rejected) already present."""
    outcomes = []
    for i in range(rows):
        if i % 50 == 49:
            outcomes.append(RowOutcome(i + 2, "rejected", None, f"teks {i}", problems=(
                Message.of("unknown_value", column="kind", value=f"x{i}"),)))
        elif i % 7 == 6:
            outcomes.append(RowOutcome(i + 2, "present", f"u{i}", f"teks {i}"))
        else:
            outcomes.append(RowOutcome(i + 2, "accepted", f"u{i}", f"teks\n{i}"))
    source = SourceInfo("/data/kartu.csv", "csv", 1234, "utf-8", separator=";",
                        headers=HEADERS)
    return ImportPreview(source, MAPPING, ("catatan",), (), tuple(outcomes))


def test_a_100000_row_preview_is_shown_and_filtered(qtbot: Any) -> None:
    p = preview(100_000)
    model = RowsModel()
    model.set_preview(p)
    assert model.rowCount() == 100_000 and model.total == 100_000
    counts = {s: model.count(s) for s in ("accepted", "present", "rejected")}
    assert counts == {s: p.count(s) for s in counts} and counts["rejected"] == 2000
    last = model.index(99_999, 0)
    assert model.data(last) == "100,001"  # the line in the file
    assert model.data(model.index(99_999, 1)) == "Rejected"
    assert model.data(model.index(99_999, 2)) == \
        "kind: x99999 is not a known value (use a code or its English or Indonesian label)."
    assert model.data(model.index(99_999, 1), Qt.ItemDataRole.ForegroundRole).name() == "#b3261e"
    assert model.data(model.index(0, 3)) == "teks 0"  # on one line
    model.set_status_filter("rejected")
    assert model.rowCount() == 2000
    assert {model.outcome(r).status for r in range(model.rowCount())} == {"rejected"}
    assert model.data(model.index(0, 0)) == "51"
    assert model.data(model.index(0, 2)).startswith("kind: x49 ")
    model.set_status_filter("present")
    assert model.rowCount() == counts["present"]
    model.set_status_filter(None)
    assert model.rowCount() == 100_000
    model.set_preview(None)
    assert model.rowCount() == 0 and model.count("accepted") == 0


def test_rows_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = RowsModel()
    model.set_preview(preview(300))
    qtmodeltester.check(model)
    model.set_status_filter("rejected")
    qtmodeltester.check(model)


def test_a_column_is_fed_by_one_header_only(qtbot: Any, qtmodeltester: Any) -> None:
    model = MappingModel()
    model.set_mapping(HEADERS, MAPPING)
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.sig_changed) as changed:
        assert model.set_key(5, "kind")
    assert changed.args[0] == ("recorded_at", "event", None, "service_area", "text", "kind")
    assert model.data(model.index(2, 1)) == "(ignored)"
    assert not model.set_key(5, "kind")  # nothing changed: no new preview
    with qtbot.assertNotEmitted(model.sig_changed):
        model.set_key(9, "kind")
    model.set_mapping(("a", "b"), ("text",))  # padded: a short mapping ignores the rest
    assert model.mapping == ("text", None)


def test_the_mapping_drop_downs_change_the_mapping(qtbot: Any) -> None:
    table = MappingTable()
    qtbot.addWidget(table)
    table.mapping_model.set_mapping(HEADERS, MAPPING)
    combo = table.combo(5)
    keys = [combo.itemData(i) for i in range(combo.count())]
    assert keys[0] == "" and "speaker_kpj" in keys and "text_2" in keys
    assert keys[1:] == [c.key for c in COLUMNS]  # every column, continuations of text too
    with qtbot.waitSignal(table.mapping_model.sig_changed):
        combo.setCurrentIndex(combo.findData("summary"))
    assert table.mapping_model.mapping[5] == "summary"
    with qtbot.waitSignal(table.mapping_model.sig_changed):
        table.combo(0).setCurrentIndex(table.combo(0).findData("summary"))
    assert table.combo(5).currentData() == ""  # the other drop-down follows
    assert table.mapping_model.mapping == ("summary", "event", "kind", "service_area", "text",
                                           None)
