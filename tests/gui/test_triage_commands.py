"""The triage controller: every action is one undoable command whose undo and redo put back
exactly the state before and after, on the write thread; a change by another session meanwhile
is a conflict (signalled, never overwritten); failures come back as typed errors."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from sqlalchemy import func, select

from feedback_desk.core.db.models import AuditEvent
from feedback_desk.core.dto import CaseState, EntryView, NewEntry
from feedback_desk.core.errors import (
    ConflictError,
    DatabaseUnavailable,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from feedback_desk.core.ids import EntryId
from feedback_desk.core.services import Services
from feedback_desk.gui.backend import Backend
from feedback_desk.gui.events import Change, DeskEvents
from feedback_desk.gui.messages import describe
from feedback_desk.gui.tasks import TaskRunner
from feedback_desk.gui.triage.controller import TriageController

from ..support.databases import provisioned_open


@dataclass
class Desk:
    qtbot: Any
    backend: Backend
    tasks: TaskRunner
    events: DeskEvents
    undo: QUndoStack
    ctl: TriageController
    event_id: int
    changed: list[EntryView] = field(default_factory=list)
    conflicts: list[tuple[Any, dict[str, Any], ConflictError]] = field(default_factory=list)
    failed: list[BaseException] = field(default_factory=list)
    bulk: list[Any] = field(default_factory=list)
    notices: list[tuple[tuple[Change, ...], object]] = field(default_factory=list)

    @property
    def svc(self) -> Services:
        return self.backend.services()

    def settle(self) -> None:
        self.qtbot.waitUntil(lambda: self.tasks.pending == 0, timeout=10000)

    def record(self, **overrides: Any) -> EntryView:
        values: dict[str, Any] = {
            "event_id": self.event_id, "kind": "complaint", "service_area": "overseas",
            "text": "Klaim JHT saya belum cair.", "topic": "claims", "country": "HK",
            "speaker_type": "pmi_abroad",
        }
        return self.svc.entries.record(NewEntry(**(values | overrides)))

    def get(self, entry_id: int) -> EntryView:
        return self.svc.entries.get(EntryId(entry_id))

    def other(self, roles: str = "supervisor") -> Services:
        """A second session on the same database: another supervisor at another desk."""
        return Services.connect(self.svc.db, "dewi", roles=roles)

    def audit_rows(self) -> int:
        return self.svc.db.read(lambda s: s.scalar(select(func.count()).select_from(AuditEvent)))

    def undo_(self) -> None:
        self.undo.undo()
        self.settle()

    def redo_(self) -> None:
        self.undo.redo()
        self.settle()


def make_desk(qtbot: Any, url: str, username: str, roles: str) -> Iterator[Desk]:
    backend = Backend(url, username)
    provisioned_open(backend, roles)
    tasks, events, undo = TaskRunner(), DeskEvents(), QUndoStack()
    ctl = TriageController(backend, tasks, events, undo)
    event = backend.services().catalog.create_event("Simposium PMI 2026")
    desk = Desk(qtbot, backend, tasks, events, undo, ctl, event.id)
    ctl.sig_changed.connect(desk.changed.append)
    ctl.sig_conflict.connect(lambda *args: desk.conflicts.append(args))
    ctl.sig_failed.connect(desk.failed.append)
    ctl.sig_bulk_done.connect(desk.bulk.append)
    events.sig_data_changed.connect(lambda c, who: desk.notices.append((c, who)))
    yield desk
    tasks.shutdown()
    backend.close()


@pytest.fixture
def desk(qtbot: Any, tmp_path: Path) -> Iterator[Desk]:
    yield from make_desk(qtbot, f"sqlite:///{tmp_path}/triage.sqlite", "sari", "supervisor protection")


# ---- each case action: do, undo, redo ----------------------------------------------------------
CASE_ACTIONS = {
    "transition": (lambda c, v: c.transition(v, "triaged"), "status", "triaged"),
    "assign": (lambda c, v: c.assign(v, "sari"), "assignee", "sari"),
    "tier": (lambda c, v: c.set_tier(v, "S1"), "tier", "S1"),
    "answer": (lambda c, v: c.set_answer(v, "Kami hubungi kantor cabang."), "answer",
               "Kami hubungi kantor cabang."),
}


@pytest.mark.parametrize("action", sorted(CASE_ACTIONS))
def test_each_case_action_is_one_command_that_undoes_and_redoes_exactly(desk: Desk, action) -> None:
    do, name, value = CASE_ACTIONS[action]
    v = desk.record()
    do(desk.ctl, v)
    desk.settle()
    after = desk.get(v.id)
    assert getattr(after, name) == value and desk.undo.count() == 1
    assert desk.changed[-1] == after
    assert desk.notices[-1] == ((Change("entry", action, (v.id,)),), desk.ctl)
    desk.undo_()
    assert CaseState.of(desk.get(v.id)) == CaseState.of(v)
    desk.redo_()
    assert CaseState.of(desk.get(v.id)) == CaseState.of(after)
    assert desk.failed == [] and desk.conflicts == []


def test_undo_of_a_reopen_goes_back_to_closed(desk: Desk) -> None:
    v = desk.svc.cases.transition(desk.record().id, 1, "closed", reason="Duplikat")
    desk.ctl.transition(v, "in_progress")
    desk.settle()
    assert desk.get(v.id).reopen_count == 1
    desk.undo_()
    assert CaseState.of(desk.get(v.id)) == CaseState.of(v)  # not a move the lifecycle allows


def test_resolving_and_undoing_restores_answer_and_resolved_at(desk: Desk) -> None:
    v = desk.svc.cases.transition(desk.record().id, 1, "in_progress")
    desk.ctl.transition(v, "resolved", "Dana sudah cair.")
    desk.settle()
    resolved = desk.get(v.id)
    assert resolved.answer == "Dana sudah cair." and resolved.resolved_at is not None
    desk.undo_()
    assert (desk.get(v.id).answer, desk.get(v.id).resolved_at) == (None, None)
    desk.redo_()
    assert CaseState.of(desk.get(v.id)) == CaseState.of(resolved)  # the same moment, not now


def test_own_commands_in_a_row_never_conflict_with_each_other(desk: Desk) -> None:
    v = desk.record()
    desk.ctl.transition(v, "triaged")
    desk.ctl.assign(v, "sari")  # from the same (now stale) view, before the first is stored
    desk.ctl.set_tier(v, "S3")
    desk.settle()
    assert (desk.get(v.id).status, desk.get(v.id).assignee, desk.get(v.id).tier) == (
        "triaged", "sari", "S3")
    for _ in range(3):
        desk.undo.undo()
    desk.settle()
    assert CaseState.of(desk.get(v.id)) == CaseState.of(v) and desk.conflicts == []
    for _ in range(3):
        desk.undo.redo()
    desk.settle()
    assert desk.get(v.id).tier == "S3" and desk.conflicts == []


def test_edit_summary_and_classification(desk: Desk) -> None:
    v = desk.record()
    desk.ctl.edit(v, summary="JHT belum cair", topic="claims", country="TW")  # topic unchanged
    desk.settle()
    assert (desk.get(v.id).summary, desk.get(v.id).country) == ("JHT belum cair", "TW")
    desk.undo_()
    assert (desk.get(v.id).summary, desk.get(v.id).country) == (None, "HK")
    desk.redo_()
    assert desk.get(v.id).country == "TW"
    desk.ctl.edit(v, text="a new text")
    assert isinstance(desk.failed[-1], ValidationError) and desk.undo.count() == 1


# ---- notes, tags, links ----------------------------------------------------------------------
def test_notes_added_taken_back_and_added_again(desk: Desk) -> None:
    v = desk.record()
    desk.ctl.add_note(v, "Called the worker")
    desk.settle()
    assert [n.body for n in desk.svc.cases.notes(v.id)] == ["Called the worker"]
    desk.undo_()
    assert desk.svc.cases.notes(v.id) == ()
    desk.redo_()
    assert [n.body for n in desk.svc.cases.notes(v.id)] == ["Called the worker"]
    assert desk.get(v.id).version == v.version  # a note is beside the case


def test_tags_undo_only_what_the_command_did(desk: Desk) -> None:
    v = desk.record()
    desk.svc.relations.tag(v.id, "jht")
    desk.ctl.tag(v, "JHT")  # already there: undo must not remove it
    desk.ctl.tag(v, "Hong Kong")
    desk.settle()
    assert desk.get(v.id).tags == ("hong kong", "jht")
    desk.undo_()
    desk.undo_()
    assert desk.get(v.id).tags == ("jht",)
    desk.ctl.untag(v, "jht")
    desk.settle()
    assert desk.get(v.id).tags == ()
    desk.undo_()
    assert desk.get(v.id).tags == ("jht",)


def test_links_and_unlinks_undo(desk: Desk) -> None:
    a, b = desk.record(), desk.record(text="Sama, klaim JHT juga")
    desk.ctl.link(b, a.id, "duplicate")
    desk.settle()
    assert [(x.source_id, x.kind) for x in desk.svc.relations.links(a.id)] == [(b.id, "duplicate")]
    desk.undo_()
    assert desk.svc.relations.links(a.id) == ()
    desk.redo_()
    desk.ctl.unlink(b, a.id, "duplicate")
    desk.settle()
    assert desk.svc.relations.links(a.id) == ()
    desk.undo_()
    assert len(desk.svc.relations.links(a.id)) == 1
    desk.ctl.unlink(b, a.id, "related")  # no such link
    desk.settle()
    assert isinstance(desk.failed[-1], NotFound) and desk.undo.index() == desk.undo.count()


# ---- groups -----------------------------------------------------------------------------------
def test_group_as_a_new_issue_and_undo_puts_everyone_back(desk: Desk) -> None:
    a, b, c = (desk.record(text=f"suara {i}") for i in range(3))
    old = desk.svc.groups.create("BPJS card", [a.id])
    desk.ctl.group([a.id, b.id, c.id], title="JHT claims delayed")
    desk.settle()
    group_id = desk.get(b.id).group_id
    assert group_id not in (None, old.id) and desk.svc.groups.get(group_id).voices == 3
    desk.undo_()
    assert [desk.get(x.id).group_id for x in (a, b, c)] == [old.id, None, None]
    with pytest.raises(NotFound):
        desk.svc.groups.get(group_id)  # the new group is gone with its undo
    desk.redo_()
    again = desk.get(a.id).group_id
    assert again is not None and desk.svc.groups.get(again).title == "JHT claims delayed"
    assert desk.svc.groups.get(again).voices == 3


def test_ungroup_and_attach_undo(desk: Desk) -> None:
    a, b = desk.record(), desk.record()
    g1 = desk.svc.groups.create("One", [a.id])
    g2 = desk.svc.groups.create("Two", [b.id])
    desk.ctl.ungroup([a.id, b.id])
    desk.settle()
    assert (desk.get(a.id).group_id, desk.get(b.id).group_id) == (None, None)
    desk.undo_()
    assert (desk.get(a.id).group_id, desk.get(b.id).group_id) == (g1.id, g2.id)
    desk.ctl.group([a.id], group_id=g2.id)
    desk.settle()
    assert desk.svc.groups.get(g2.id).voices == 2
    desk.undo_()
    assert desk.get(a.id).group_id == g1.id
    desk.ctl.group([a.id])
    assert isinstance(desk.failed[-1], ValidationError)


def test_group_undo_after_another_session_changed_an_entry_is_a_conflict(desk: Desk) -> None:
    a = desk.record()
    desk.ctl.group([a.id], title="JHT")
    desk.settle()
    now = desk.get(a.id)
    desk.other().cases.assign(a.id, now.version, "sari")
    desk.undo_()
    assert desk.conflicts and desk.conflicts[-1][0] == a.id
    assert desk.get(a.id).group_id == now.group_id and desk.undo.count() == 0


# ---- bulk -------------------------------------------------------------------------------------
def test_bulk_status_one_audit_event_per_entry_and_undo(desk: Desk) -> None:
    views = [desk.record(text=f"keluhan {i}") for i in range(4)]
    audits = desk.audit_rows()
    desk.ctl.bulk([(v.id, v.version) for v in views], "status", "triaged")
    desk.settle()
    assert desk.audit_rows() == audits + 4
    assert desk.undo.count() == 1 and len(desk.bulk[-1].changed) == 4
    assert {desk.get(v.id).status for v in views} == {"triaged"}
    desk.undo_()
    assert [CaseState.of(desk.get(v.id)) for v in views] == [CaseState.of(v) for v in views]
    assert desk.audit_rows() == audits + 8  # undo: one "entry.restore" each
    desk.redo_()
    assert {desk.get(v.id).status for v in views} == {"triaged"}


def test_bulk_skips_and_reports_entries_changed_meanwhile(desk: Desk) -> None:
    views = [desk.record() for _ in range(3)]
    desk.other().cases.assign(views[0].id, views[0].version, "sari")
    desk.ctl.bulk([(v.id, v.version) for v in views], "tier", "S1")
    desk.settle()
    result = desk.bulk[-1]
    assert len(result.changed) == 2 and isinstance(result.skipped[0].error, ConflictError)
    assert desk.get(views[0].id).tier == "S2"  # not overwritten
    desk.other().cases.answer(views[1].id, desk.get(views[1].id).version, "theirs")
    desk.undo_()
    undone = desk.bulk[-1]
    assert [s.entry_id for s in undone.skipped] == [views[1].id]
    assert (desk.get(views[1].id).tier, desk.get(views[2].id).tier) == ("S1", "S2")
    assert desk.get(views[1].id).answer == "theirs"


def test_bulk_tag_and_its_undo(desk: Desk) -> None:
    views = [desk.record() for _ in range(3)]
    desk.svc.relations.tag(views[0].id, "jht")
    desk.ctl.bulk([(v.id, v.version) for v in views], "tag", "JHT")
    desk.settle()
    assert desk.bulk[-1].unchanged == (views[0].id,)
    desk.undo_()
    assert [desk.get(v.id).tags for v in views] == [("jht",), (), ()]


# ---- conflicts and failures -------------------------------------------------------------------
def test_acting_on_a_stale_view_is_a_conflict_and_nothing_is_overwritten(desk: Desk) -> None:
    v = desk.record()
    desk.other().cases.assign(v.id, v.version, "sari")
    desk.ctl.transition(v, "triaged")
    desk.settle()
    entry_id, mine, error = desk.conflicts[-1]
    assert (entry_id, mine, error.changed_by) == (v.id, {"status": "triaged"}, "dewi")
    assert desk.get(v.id).status == "new" and desk.undo.count() == 0
    assert "dewi" in describe(error)


def test_undo_and_redo_after_another_change_are_conflicts(desk: Desk) -> None:
    v = desk.record()
    desk.ctl.set_tier(v, "S1")
    desk.settle()
    desk.other().cases.assign(v.id, desk.get(v.id).version, "sari")
    desk.undo_()
    entry_id, mine, _error = desk.conflicts[-1]
    assert entry_id == v.id and mine["tier"] == "S2"  # what the undo would have put back
    assert (desk.get(v.id).tier, desk.get(v.id).assignee) == ("S1", "sari")
    assert desk.undo.count() == 0  # its history no longer holds
    desk.ctl.set_answer(desk.get(v.id), "Sudah dihubungi")
    desk.settle()
    desk.undo_()
    desk.other().cases.assign(v.id, desk.get(v.id).version, None)
    desk.redo_()
    assert desk.conflicts[-1][1] == {"answer": "Sudah dihubungi"}
    assert desk.get(v.id).answer is None and desk.undo.count() == 0


def test_permission_denied_drops_the_command(desk: Desk) -> None:
    v = desk.record()
    recorder = Backend(desk.backend.url, "budi")
    provisioned_open(recorder, "recorder")
    undo = QUndoStack()
    ctl = TriageController(recorder, desk.tasks, desk.events, undo)
    ctl.sig_failed.connect(desk.failed.append)
    ctl.transition(v, "triaged")
    desk.settle()
    assert isinstance(desk.failed[-1], PermissionDenied)
    assert undo.count() == 0 and desk.get(v.id).status == "new"
    assert describe(desk.failed[-1]).startswith("Not allowed")
    recorder.close()


def test_database_gone_during_undo_keeps_the_command_to_try_again(desk: Desk, monkeypatch) -> None:
    v = desk.record()
    desk.ctl.transition(v, "triaged")
    desk.settle()
    good = desk.backend.services

    def gone(timeout: float = 0) -> Services:
        raise DatabaseUnavailable("lost the connection to the database")

    monkeypatch.setattr(desk.backend, "services", gone)
    desk.undo_()
    assert isinstance(desk.failed[-1], DatabaseUnavailable)
    assert desk.undo.index() == 1 and desk.undo.canUndo()  # back where it was
    assert "cannot be reached" in describe(desk.failed[-1])
    monkeypatch.setattr(desk.backend, "services", good)
    assert desk.get(v.id).status == "triaged"
    desk.undo_()
    assert desk.get(v.id).status == "new" and desk.undo.index() == 0
