"""The conflict dialog: who changed the case and when, their value beside the user's field by
field, re-apply or discard — and the whole path with two Services sessions editing one case,
where nothing the user typed is lost until they choose."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from feedback_desk.core.dto import AuditRecord
from feedback_desk.core.errors import ConflictError
from feedback_desk.gui.triage.conflict_dialog import DISCARD, REAPPLY, ConflictDialog, reapply
from feedback_desk.gui.triage.controller import TriageController
from feedback_desk.gui.triage.detail_pane import DetailPane

from . import triage_detail_support as support
from .triage_detail_support import FakeController, TriageDesk, make_view, show

triage, make_pane = support.triage, support.make_pane  # fixtures

AT = datetime(2026, 3, 10, 4, 30, tzinfo=UTC)


def dialog_for(qtbot: Any, **kw: Any) -> ConflictDialog:
    before = make_view(summary=None, topic="claims", version=1)
    theirs = make_view(summary="Their <i>summary</i>", topic="documents", version=3,
                       updated_by="budi", updated_at=AT)
    error = ConflictError("entry", 7, 1, 3, "budi", AT)
    record = AuditRecord(9, AT, "budi", "entry.edit", "entry", 7,
                         {"changes": {"summary": [None, "Their <i>summary</i>"]}})
    dialog = ConflictDialog(kw.get("mine", {"summary": "My <b>summary</b>", "topic": "claims"}),
                            theirs, error, before=before, their_changes=(record,))
    qtbot.addWidget(dialog)
    return dialog


def test_the_dialog_says_who_when_and_shows_both_sides_field_by_field(qtbot) -> None:
    dialog = dialog_for(qtbot)
    text = dialog.headline.text()
    assert "budi changed case #7 at " in text and AT.astimezone().strftime("%H:%M") in text
    assert "version 3" in text and "version 1" in text
    assert dialog.row_texts("summary") == ["Summary", "—", "Their <i>summary</i>", "My <b>summary</b>"]
    assert dialog.row_texts("topic") == ["Topic", "Claims & payout", "Documents", "Claims & payout"]
    assert all(cell.textFormat() == Qt.TextFormat.PlainText for cell in dialog.cells["summary"])
    assert "budi" in dialog.done_list.item(0).text()
    assert "Summary: — → Their <i>summary</i>" in dialog.done_list.item(0).text()
    assert dialog.cells["topic"][2].styleSheet()  # their change of a field the user changed too


@pytest.mark.parametrize(("button", "choice"), [("reapply_button", REAPPLY), ("discard_button", DISCARD)])
def test_each_button_gives_its_choice(qtbot, button, choice) -> None:
    dialog = dialog_for(qtbot)
    dialog.open()
    with qtbot.waitSignal(dialog.sig_chosen) as chosen:
        getattr(dialog, button).click()
    assert chosen.args == [choice] and dialog.choice() == choice and not dialog.isVisible()


def test_closing_without_choosing_decides_nothing(qtbot) -> None:
    dialog = dialog_for(qtbot)
    dialog.open()
    dialog.reject()
    assert dialog.choice() is None


def test_reapply_asks_again_for_each_kind_of_change_on_their_version(qtbot) -> None:
    fake = FakeController()
    theirs = make_view(status="triaged", summary="theirs", assignee="budi", tier="S2")
    skipped = reapply(fake, theirs, {"summary": "mine", "status": "resolved", "answer": "Paid",
                                     "assignee": "sari", "tier": "S1", "topic": None})
    assert skipped == []
    assert fake.calls == [
        ("edit", (theirs,), {"summary": "mine"}),
        ("transition", (theirs, "resolved"), {"reason": "Paid"}),
        ("assign", (theirs, "sari"), {}),
        ("set_tier", (theirs, "S1"), {}),
    ]


def test_a_move_their_change_no_longer_allows_is_not_reapplied(qtbot) -> None:
    fake = FakeController()
    theirs = make_view(status="in_progress")
    assert reapply(fake, theirs, {"status": "triaged"}) == ["status"]
    assert fake.calls == []


# ---- two sessions, the real controller -----------------------------------------------------
def real_pane(triage: TriageDesk, make_pane: Any) -> tuple[DetailPane, QUndoStack]:
    undo = QUndoStack()
    controller = TriageController(triage.backend, triage.tasks, triage.events, undo)
    pane = make_pane(controller=controller)
    pane.controller_keep = (controller, undo)  # kept alive with the pane
    return pane, undo


def conflict(qtbot: Any, pane: DetailPane) -> ConflictDialog:
    qtbot.waitUntil(lambda: pane.conflict_dialog is not None, timeout=10000)
    assert pane.conflict_dialog is not None
    return pane.conflict_dialog


def test_an_edit_meeting_another_sessions_change_reapplies_on_top(qtbot, triage, make_pane) -> None:
    entry = triage.record(topic="claims")
    pane, undo = real_pane(triage, make_pane)
    show(qtbot, pane, entry.id)
    triage.other().entries.edit(entry.id, entry.version, summary="Budi's summary", country="TW")
    pane.classify.summary.setPlainText("Sari's summary")
    pane.classify.save_button.click()
    dialog = conflict(qtbot, pane)
    assert dialog.headline.text().startswith(f"budi changed case #{entry.id}")
    assert dialog.row_texts("summary")[1:] == ["—", "Budi's summary", "Sari's summary"]
    assert "Country: — → Taiwan" in dialog.done_list.item(0).text()
    qtbot.waitUntil(lambda: pane.view() is not None and pane.view().version == 2)  # type: ignore[union-attr]
    assert pane.classify.summary.toPlainText() == "Sari's summary"  # kept while undecided
    with qtbot.waitSignal(pane.sig_loaded, timeout=10000,
                          check_params_cb=lambda d: d is not None and d.view.version == 3):
        dialog.reapply_button.click()
    stored = triage.get(entry.id)
    assert (stored.summary, stored.country) == ("Sari's summary", "TW")
    assert not pane.classify.dirty and undo.count() == 1


def test_discarding_keeps_their_version_and_drops_what_was_typed(qtbot, triage, make_pane) -> None:
    entry = triage.record()
    pane, _undo = real_pane(triage, make_pane)
    show(qtbot, pane, entry.id)
    triage.other().entries.edit(entry.id, entry.version, summary="Budi's summary")
    pane.classify.summary.setPlainText("Sari's summary")
    pane.classify.save_button.click()
    dialog = conflict(qtbot, pane)
    with qtbot.waitSignal(pane.sig_loaded, timeout=10000,
                          check_params_cb=lambda d: d is not None and d.view.version == 2):
        dialog.discard_button.click()
    assert triage.get(entry.id).summary == "Budi's summary"
    assert pane.classify.summary.toPlainText() == "Budi's summary" and not pane.classify.dirty


def test_closing_the_dialog_keeps_the_typed_edits_to_save_again(qtbot, triage, make_pane) -> None:
    entry = triage.record()
    pane, _undo = real_pane(triage, make_pane)
    show(qtbot, pane, entry.id)
    triage.other().entries.edit(entry.id, entry.version, topic="documents")
    pane.classify.summary.setPlainText("Sari's summary")
    pane.classify.save_button.click()
    dialog = conflict(qtbot, pane)
    qtbot.waitUntil(lambda: pane.view() is not None and pane.view().version == 2)  # type: ignore[union-attr]
    dialog.reject()
    assert pane.conflict_dialog is None and "still in the form" in pane.message.text()
    assert pane.classify.summary.toPlainText() == "Sari's summary" and pane.classify.dirty
    with qtbot.waitSignal(pane.sig_loaded, timeout=10000,
                          check_params_cb=lambda d: d is not None and d.view.version == 3):
        pane.classify.save_button.click()  # now on their version
    stored = triage.get(entry.id)
    assert (stored.summary, stored.topic) == ("Sari's summary", "documents")


def test_a_move_meeting_another_sessions_move_is_not_forced(qtbot, triage, make_pane) -> None:
    entry = triage.record()
    pane, undo = real_pane(triage, make_pane)
    show(qtbot, pane, entry.id)
    triage.other().cases.transition(entry.id, entry.version, "in_progress")
    pane.case.move_buttons["closed"].click()  # from "new": needs a reason
    assert pane.case.reason_dialog is not None
    pane.case.reason_dialog.edit.setPlainText("duplicate of an earlier entry")
    pane.case.reason_dialog.ok_button.click()
    dialog = conflict(qtbot, pane)
    assert dialog.row_texts("status")[1:] == ["New", "In progress", "Closed"]
    dialog.reapply_button.click()
    assert "Not re-applied" in pane.message.text() and "Status" in pane.message.text()
    assert triage.get(entry.id).status == "in_progress" and undo.count() == 0


def test_a_conflict_for_another_entry_is_left_alone(qtbot, triage, make_pane) -> None:
    a, b = triage.record(), triage.record("another")
    pane = make_pane()
    show(qtbot, pane, a.id)
    triage.controller.sig_conflict.emit(b.id, {"summary": "x"}, ConflictError("entry", b.id, 1, 2, "budi", AT))
    assert pane.conflict_dialog is None and triage.tasks.pending == 0
