"""The case detail pane: verbatim text, classification, lifecycle moves with their reason
prompts, assignee, tier, SLA clock, answer, notes, tags, links, history, the issue
group with similar entries, read-only users, stale loads, a lost database — every read off the
GUI thread — and one run end to end with the real TriageController."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from feedback_desk.core.dto import NewEntry
from feedback_desk.core.errors import PermissionDenied
from feedback_desk.core.ids import EntryId, EventId
from feedback_desk.gui import i18n
from feedback_desk.gui.backend import Backend
from feedback_desk.gui.events import Change
from feedback_desk.gui.triage.controller import TriageController

from ..support.databases import provisioned_open
from . import triage_detail_support as support
from .triage_detail_support import GoneBackend, SlowFirst, TriageDesk, reloaded, show

triage, make_pane = support.triage, support.make_pane  # fixtures

TRICKY = "Klaim <b>JHT</b> belum cair <img src='file:///etc/passwd'> sejak 3 bulan"


def calls(triage: TriageDesk, name: str) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
    return [(a, k) for n, a, k in triage.controller.calls if n == name]


# ---- the text and the fields ---------------------------------------------------------------
def test_the_verbatim_text_is_shown_literally_and_read_only(qtbot, triage, make_pane) -> None:
    entry = triage.record(TRICKY)
    pane = make_pane()
    show(qtbot, pane, entry.id)
    assert pane.text.toPlainText() == TRICKY
    assert pane.text.isReadOnly()
    assert pane.header.textFormat() == Qt.TextFormat.PlainText
    assert not pane.classify.summary.isReadOnly()  # the summary is the editable part
    assert "Complaint" in pane.header.text() and f"#{entry.id}" in pane.header.text()


def test_classification_changes_are_sent_as_one_edit_of_the_changed_fields(qtbot, triage, make_pane) -> None:
    entry = triage.record(topic="claims")
    pane = make_pane()
    view = show(qtbot, pane, entry.id)
    assert not pane.classify.save_button.isEnabled()
    pane.classify.summary.setPlainText("JHT payout delayed in HK")
    combo = pane.classify.combos["topic"]
    combo.setCurrentIndex(combo.findData("documents"))
    pane.classify.dimensions["service_process"].setChecked(True)
    assert pane.classify.save_button.isEnabled()
    pane.classify.save_button.click()
    assert calls(triage, "edit") == [((view,), {
        "summary": "JHT payout delayed in HK", "topic": "documents",
        "dimensions": ("service_process",)})]


def test_what_the_user_typed_survives_a_reload_of_the_same_entry(qtbot, triage, make_pane) -> None:
    entry = triage.record()
    pane = make_pane()
    show(qtbot, pane, entry.id)
    pane.classify.summary.setPlainText("my summary, not yet saved")
    triage.other().cases.add_note(entry.id, "budi looked at it")
    reloaded(qtbot, pane, lambda: triage.events.notify(Change("entry", "note", (entry.id,))))
    assert pane.notes.list.item(0).text().endswith("budi looked at it")
    assert pane.classify.summary.toPlainText() == "my summary, not yet saved"
    assert pane.classify.dirty


def test_a_field_changed_elsewhere_while_typed_here_goes_through_the_version_check(
        qtbot, triage, make_pane) -> None:
    """Another desk changes the summary this user is typing (a live notice reloads the pane):
    the save is sent from the version the user started on, so the core's version check turns
    it into the conflict dialog instead of overwriting the other change unseen. A field only
    the other desk changed just follows."""
    entry = triage.record(topic="claims")
    pane = make_pane()
    first = show(qtbot, pane, entry.id)
    pane.classify.summary.setPlainText("my summary")
    other = triage.other()
    other.entries.edit(entry.id, entry.version, summary="their summary", topic="documents")
    reloaded(qtbot, pane, lambda: triage.events.notify(Change("entry", "edit", (entry.id,))))
    assert pane.classify.summary.toPlainText() == "my summary"
    assert pane.classify.combos["topic"].currentData() == "documents"  # theirs, not typed here
    assert "Someone else has just changed" in pane.message.text()
    pane.classify.save_button.click()
    (args, fields), = calls(triage, "edit")
    assert args[0].version == first.version and fields == {"summary": "my summary"}


def test_a_field_changed_elsewhere_that_is_not_being_typed_here_saves_normally(
        qtbot, triage, make_pane) -> None:
    entry = triage.record(topic="claims")
    pane = make_pane()
    show(qtbot, pane, entry.id)
    pane.classify.summary.setPlainText("my summary")
    triage.other().entries.edit(entry.id, entry.version, topic="documents")
    reloaded(qtbot, pane, lambda: triage.events.notify(Change("entry", "edit", (entry.id,))))
    pane.classify.save_button.click()
    (args, fields), = calls(triage, "edit")
    assert args[0].version == entry.version + 1 and fields == {"summary": "my summary"}


def test_the_kind_can_change_only_before_work_starts(qtbot, triage, make_pane) -> None:
    entry = triage.record()
    triage.services.cases.transition(entry.id, entry.version, "triaged")
    pane = make_pane()
    show(qtbot, pane, entry.id)
    assert not pane.classify.combos["kind"].isEnabled()
    assert pane.classify.combos["topic"].isEnabled()
    assert pane.classify.kind_hint.isVisibleTo(pane)


# ---- lifecycle moves, assignee, tier, answer, SLA ------------------------------------------
def test_a_move_without_reason_goes_through_the_pane_at_once(qtbot, triage, make_pane) -> None:
    entry = triage.record()
    pane = make_pane()
    view = show(qtbot, pane, entry.id)
    assert set(pane.case.move_buttons) == {"triaged", "in_progress", "closed"}
    pane.case.move_buttons["triaged"].click()
    assert pane.case.reason_dialog is None
    assert calls(triage, "transition") == [((view, "triaged", None), {})]


def test_the_reason_prompt_offers_the_answer_already_typed(qtbot, triage, make_pane) -> None:
    entry = triage.record("Bagaimana cara klaim JKK dari Taiwan?", kind="question")
    pane = make_pane()
    view = show(qtbot, pane, entry.id)
    pane.case.answer.setPlainText("Lewat aplikasi JMO atau KDEI Taipei")
    pane.case.move_buttons["answered"].click()
    dialog = pane.case.reason_dialog
    assert dialog is not None and dialog.text() == "Lewat aplikasi JMO atau KDEI Taipei"
    dialog.ok_button.click()
    assert calls(triage, "transition") == [
        ((view, "answered", "Lewat aplikasi JMO atau KDEI Taipei"), {})]


def test_assignee_offers_the_users_and_assigns_or_unassigns(qtbot, triage, make_pane) -> None:
    triage.other("budi")
    entry = triage.record()
    pane = make_pane()
    view = show(qtbot, pane, entry.id)
    combo = pane.case.assignee
    names = [combo.itemData(i) for i in range(combo.count())]
    assert names == [None, "admin", "budi", "sari"]
    combo.setCurrentIndex(combo.findData("budi"))
    combo.activated.emit(combo.currentIndex())
    assert calls(triage, "assign") == [((view, "budi"), {})]
    triage.services.cases.assign(entry.id, entry.version, "budi")
    view = show(qtbot, pane, entry.id)
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    assert calls(triage, "assign")[-1] == ((view, None), {})


def test_the_tier_is_changed_through_the_controller(qtbot, triage, make_pane) -> None:
    entry = triage.record()
    pane = make_pane()
    view = show(qtbot, pane, entry.id)
    combo = pane.case.tier
    assert combo.currentData() == view.tier
    combo.setCurrentIndex(combo.findData("S1"))
    combo.activated.emit(combo.currentIndex())
    assert calls(triage, "set_tier") == [((view, "S1"), {})]


def test_a_protection_case_stays_hidden_from_a_supervisor_without_the_role(qtbot, triage, make_pane) -> None:
    prita = triage.other("prita", "supervisor protection")
    entry = prita.entries.record(NewEntry(
        event_id=EventId(triage.event_id), kind="complaint", service_area="overseas",
        text="Pekerja mengalami kekerasan dari majikan", topic="protection_case"))
    pane = make_pane()  # sari: supervisor, not in the protection team
    pane.show_entry(entry.id)
    qtbot.waitUntil(lambda: pane.message.isVisibleTo(pane), timeout=10000)
    assert "not visible" in pane.message.text()
    assert pane.view() is None and not pane.tabs.isEnabled()


def test_the_answer_is_saved_without_moving_the_case(qtbot, triage, make_pane) -> None:
    entry = triage.record("JMO sering error saat login", kind="suggestion")
    pane = make_pane()
    view = show(qtbot, pane, entry.id)
    assert not pane.case.save_answer.isEnabled()
    pane.case.answer.setPlainText("Tim digital sedang memperbaiki")
    pane.case.save_answer.click()
    assert calls(triage, "set_answer") == [((view, "Tim digital sedang memperbaiki"), {})]


def test_a_waiting_complaint_shows_its_clock_paused(qtbot, triage, make_pane) -> None:
    entry = triage.record()
    moved = triage.services.cases.transition(entry.id, entry.version, "triaged")
    triage.services.cases.transition(entry.id, moved.version, "waiting_overseas")
    pane = make_pane()
    show(qtbot, pane, entry.id)
    assert "Clock paused since" in pane.case.clock.text()
    assert "Waiting on an overseas party" in pane.case.clock.text()


# ---- notes, tags, links --------------------------------------------------------------------
def test_notes_are_listed_literally_and_added(qtbot, triage, make_pane) -> None:
    entry = triage.record()
    triage.services.cases.add_note(entry.id, "Called the <b>consulate</b>")
    pane = make_pane()
    view = show(qtbot, pane, entry.id)
    assert pane.notes.list.item(0).text().endswith("Called the <b>consulate</b>")
    assert not pane.notes.add_button.isEnabled()
    pane.notes.edit.setPlainText("Follow up Friday")
    pane.notes.add_button.click()
    assert calls(triage, "add_note") == [((view, "Follow up Friday"), {})]
    assert pane.notes.edit.toPlainText() == ""


def test_tags_are_added_and_removed(qtbot, triage, make_pane) -> None:
    entry = triage.record()
    triage.services.relations.tag(entry.id, "jht")
    pane = make_pane()
    view = show(qtbot, pane, entry.id)
    assert pane.tags.tags() == ["jht"]
    pane.tags.edit.setText("hong kong")
    pane.tags.add_button.click()
    pane.tags.list.item(0).setSelected(True)
    pane.tags.remove_button.click()
    assert triage.controller.calls == [("tag", (view, "hong kong"), {}),
                                       ("untag", (view, "jht"), {})]


def test_links_are_listed_opened_added_and_removed(qtbot, triage, make_pane) -> None:
    entry, other, third = (triage.record(), triage.record("Klaim JKM ahli waris lambat"),
                           triage.record("Antrian kantor cabang"))
    triage.services.relations.link(entry.id, other.id, "duplicate")
    triage.services.relations.link(third.id, entry.id, "related")
    pane = make_pane()
    view = show(qtbot, pane, entry.id)
    texts = [pane.links.list.item(i).text() for i in range(pane.links.list.count())]
    assert texts[0].startswith(f"this is duplicate of #{other.id}") and "ahli waris" in texts[0]
    assert texts[1].startswith(f"#{third.id} is related to this")
    pane.links.list.item(1).setSelected(True)
    assert not pane.links.remove_button.isEnabled()  # made from the other entry: removed there
    with qtbot.waitSignal(pane.sig_open_entry) as opened:
        pane.links.open_button.click()
    assert opened.args == [third.id]
    pane.links.list.item(1).setSelected(False)
    pane.links.list.item(0).setSelected(True)
    pane.links.remove_button.click()
    pane.links.target.setValue(third.id)
    pane.links.kind.setCurrentIndex(pane.links.kind.findData("follow_up"))
    pane.links.add_button.click()
    assert triage.controller.calls == [("unlink", (view, other.id, "duplicate"), {}),
                                       ("link", (view, third.id, "follow_up"), {})]


def test_history_reads_who_when_and_what_changed(qtbot, triage, make_pane) -> None:
    entry = triage.record()
    budi = triage.other()
    view = budi.entries.edit(entry.id, entry.version, summary="JHT <i>late</i>", topic="claims")
    view = budi.cases.transition(entry.id, view.version, "triaged")
    view = budi.cases.assign(entry.id, view.version, "sari")
    budi.cases.add_note(entry.id, "asked the branch")
    pane = make_pane()
    show(qtbot, pane, entry.id)
    lines = pane.history.lines()
    assert "budi · added a note “asked the branch”" in lines[0]
    assert "budi · assigned it to sari" in lines[1]
    assert "moved it from New to Triaged" in lines[2]
    assert "Summary: — → JHT <i>late</i>" in lines[3] and "Topic: — → Claims & payout" in lines[3]
    assert "sari · recorded it as Complaint (New)" in lines[4]
    assert not any("{" in line or "[" in line for line in lines)


def test_the_group_shows_its_voices_and_breakdown_and_ungroups(qtbot, triage, make_pane) -> None:
    a = triage.record(country="HK", speaker_type="pmi_abroad")
    b = triage.record("Klaim JHT teman saya juga belum cair", country="HK", speaker_type="family")
    c = triage.record("JHT belum cair di Taiwan", country="TW", speaker_type="pmi_abroad")
    group = triage.services.groups.create("JHT payouts late", (a.id, b.id, c.id))
    pane = make_pane()
    show(qtbot, pane, a.id)
    box = pane.group
    assert box.issue_title.text() == f"Issue #{group.id}: JHT payouts late"
    assert box.voices.text() == "3 voice(s) raised it"
    assert "Migrant worker abroad (PMI) 2" in box.by_type.text() and "Family / heir 1" in box.by_type.text()
    assert "Hong Kong 2" in box.by_country.text() and "Taiwan 1" in box.by_country.text()
    box.ungroup_button.click()
    assert calls(triage, "ungroup") == [(([a.id],), {})]


def test_similar_entries_can_become_voices_of_the_issue(qtbot, triage, make_pane) -> None:
    a = triage.record("Klaim JHT saya belum cair di Hong Kong")
    b = triage.record("Klaim JHT teman saya juga belum cair")
    triage.record("Antrian panjang di kantor cabang Surabaya")
    pane = make_pane()
    show(qtbot, pane, a.id)
    assert b.id in pane.group.similar_ids()
    assert not pane.group.ungroup_button.isVisibleTo(pane)
    pane.group.similar.item(pane.group.similar_ids().index(b.id)).setSelected(True)
    pane.group.add_button.click()
    (args, kwargs), = calls(triage, "group")
    assert args == ([a.id, b.id],) and kwargs["title"].startswith("Klaim JHT saya")
    group = triage.services.groups.create("JHT", (a.id,))
    show(qtbot, pane, a.id)
    assert pane.view() is not None and pane.view().group_id == group.id  # type: ignore[union-attr]
    pane.group.similar.item(pane.group.similar_ids().index(b.id)).setSelected(True)
    pane.group.add_button.click()
    assert calls(triage, "group")[-1] == (([b.id],), {"group_id": group.id})


# ---- who may do what, and failures ---------------------------------------------------------
def test_a_recorder_sees_the_case_read_only_with_a_hint(qtbot, triage, make_pane) -> None:
    entry = triage.record()
    recorder = Backend(triage.backend.url, "rina")
    provisioned_open(recorder, "recorder")
    try:
        pane = make_pane(backend=recorder)
        show(qtbot, pane, entry.id)
        assert pane.hint.isVisibleTo(pane)
        assert all(not b.isEnabled() for b in pane.case.move_buttons.values())
        assert not pane.case.assignee.isEnabled() and pane.classify.summary.isReadOnly()
        assert not pane.notes.add_button.isEnabled() and pane.text.toPlainText() == entry.text
        pane.case.request_move("triaged")
        assert triage.controller.calls == []
    finally:
        recorder.close()


def test_a_refused_action_turns_the_pane_read_only(qtbot, triage, make_pane) -> None:
    entry = triage.record()
    pane = make_pane()
    show(qtbot, pane, entry.id)
    assert not pane.hint.isVisibleTo(pane)
    triage.controller.sig_failed.emit(PermissionDenied("sari", "triage items"))
    assert pane.hint.isVisibleTo(pane) and "Not allowed" in pane.message.text()
    assert not pane.case.assignee.isEnabled()


def test_a_lost_database_is_said_and_nothing_can_be_changed(qtbot, triage, make_pane) -> None:
    pane = make_pane(backend=GoneBackend())
    pane.show_entry(1)
    qtbot.waitUntil(lambda: pane.message.isVisibleTo(pane), timeout=10000)
    assert "cannot be reached" in pane.message.text()
    assert pane.view() is None and not pane.tabs.isEnabled()


def test_a_load_answering_after_the_user_moved_on_is_dropped(qtbot, triage, make_pane) -> None:
    a, b = triage.record("first entry text"), triage.record("second entry text")
    slow = SlowFirst(triage.backend)
    pane = make_pane(backend=slow)
    pane.show_entry(a.id)
    show(qtbot, pane, b.id)
    loads: list[object] = []
    pane.sig_loaded.connect(loads.append)
    slow.release.set()
    qtbot.waitUntil(lambda: triage.tasks.pending == 0, timeout=10000)
    assert loads == [] and pane.view().id == b.id  # type: ignore[union-attr]
    assert pane.text.toPlainText() == "second entry text"
    assert all(name.startswith("fd-read") for name in slow.threads)


def test_moving_to_another_entry_shows_only_that_one(qtbot, triage, make_pane) -> None:
    a, b = triage.record("first entry text"), triage.record("second entry", kind="question")
    pane = make_pane()
    show(qtbot, pane, a.id)
    pane.show_entry(b.id)
    assert pane.view() is None and pane.case.move_buttons == {}  # nothing of a meanwhile
    assert pane.header.text() == f"Loading entry #{b.id}…"
    qtbot.waitUntil(lambda: pane.view() is not None, timeout=10000)
    assert pane.text.toPlainText() == "second entry" and set(pane.case.move_buttons) == {"answered"}


def test_it_refreshes_on_notices_for_its_entry_only(qtbot, triage, make_pane) -> None:
    entry, other = triage.record(), triage.record("another")
    pane = make_pane()
    show(qtbot, pane, entry.id)
    before = pane.load_count
    triage.events.notify(Change("entry", "edit", (other.id,)))
    triage.events.notify(Change("event", "create", (1,)))  # not about entries: no reload
    assert pane.load_count == before
    triage.other().entries.edit(entry.id, entry.version, summary="changed elsewhere")
    reloaded(qtbot, pane, lambda: triage.events.notify(Change("entry", "edit", (entry.id,))))
    assert pane.classify.summary.toPlainText() == "changed elsewhere"


def test_no_entry_shows_nothing(qtbot, triage, make_pane) -> None:
    entry = triage.record()
    pane = make_pane()
    show(qtbot, pane, entry.id)
    pane.show_entry(None)
    assert pane.view() is None and pane.text.toPlainText() == "" and not pane.tabs.isEnabled()
    assert pane.header.text() == "No entry chosen"


def test_a_language_switch_relabels_the_pane(qtbot, triage, make_pane) -> None:
    entry = triage.record()
    pane = make_pane()
    show(qtbot, pane, entry.id)
    assert pane.case.status.text() == "Status: New"
    try:
        i18n.install("id")
        assert "Baru" in pane.case.status.text()
        assert "Keluhan" in pane.header.text()
        assert pane.classify.combos["service_area"].currentText() == "Luar negeri"
    finally:
        i18n.install("en")
    assert pane.case.status.text() == "Status: New"


# ---- end to end with the real controller ---------------------------------------------------
def test_end_to_end_with_the_triage_controller(qtbot, triage, make_pane) -> None:
    entry = triage.record("Bagaimana cara klaim JKK dari Taiwan?", kind="question")
    undo = QUndoStack()
    controller = TriageController(triage.backend, triage.tasks, triage.events, undo)
    pane = make_pane(controller=controller)
    show(qtbot, pane, entry.id)
    pane.case.move_buttons["answered"].click()
    assert pane.case.reason_dialog is not None
    pane.case.reason_dialog.edit.setPlainText("Lewat KDEI Taipei")
    with qtbot.waitSignal(pane.sig_loaded, timeout=10000,
                          check_params_cb=lambda d: d is not None and d.view.status == "answered"):
        pane.case.reason_dialog.ok_button.click()
    assert triage.get(entry.id).answer == "Lewat KDEI Taipei"
    assert "moved it from New to Answered" in pane.history.lines()[0]
    assert set(pane.case.move_buttons) == {"new"}
    pane.notes.edit.setPlainText("checked with the office")
    with qtbot.waitSignal(pane.sig_loaded, timeout=10000,
                          check_params_cb=lambda d: d is not None and len(d.notes) == 1):
        pane.notes.add_button.click()
    with qtbot.waitSignal(pane.sig_loaded, timeout=10000,
                          check_params_cb=lambda d: d is not None and d.view.status == "new"):
        undo.undo()  # the note
        undo.undo()  # the answer
    assert triage.services.cases.notes(EntryId(entry.id)) == ()
    assert triage.get(entry.id).status == "new"
