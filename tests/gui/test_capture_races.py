"""Answers that were read before the latest saves never undo what the desk already shows:
a feed page or a session tally read earlier is merged or dropped, not laid over newer saves."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from feedback_desk.core.dto import SessionTally
from feedback_desk.gui.app import DeskApp

from .conftest import type_entry


def test_a_feed_page_read_before_a_save_keeps_that_save_on_top(qtbot: Any, desk: DeskApp) -> None:
    before = desk.feed.generation()
    type_entry(qtbot, desk, "baru saja", Qt.Key.Key_C, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: desk.feed.rowCount() == 1 and desk.feed.item(0).state == "saved")
    desk.feed.replace_all((), before)  # a page read before the save answers late
    assert [i.text for i in desk.feed.items()] == ["baru saja"]
    desk.feed.replace_all((), desk.feed.generation())  # read after: the database is the truth
    assert desk.feed.rowCount() == 0


def test_a_tally_read_before_a_save_is_dropped_and_the_next_one_counts(qtbot, desk) -> None:
    bar = desk.panel.bar
    before = bar.tally_generation()
    type_entry(qtbot, desk, "dihitung", Qt.Key.Key_U, Qt.Key.Key_I)
    assert bar.totals()[0]["digital"] == 1  # counted at once, on Enter
    bar.set_tally((), before)  # the stale answer
    assert bar.totals()[0]["digital"] == 1
    # once the save is in, the desk asks the database again and shows its count
    qtbot.waitUntil(lambda: desk.feed.item(0).state == "saved")
    bar.set_tally((SessionTally("digital", "suggestion", 7),), bar.tally_generation())
    assert bar.totals()[0]["digital"] == 7
    desk.panel.reload_tally()
    qtbot.waitUntil(lambda: bar.totals()[0]["digital"] == 1)
