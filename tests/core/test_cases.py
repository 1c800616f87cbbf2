"""Lifecycle moves, SLA clock pauses, assignment, tiers, answers, notes, links, tags, groups."""

from __future__ import annotations

from datetime import date

import pytest

from feedback_desk.core.errors import NotFound, PermissionDenied, ValidationError
from feedback_desk.core.lifecycle import IllegalTransition, ReasonRequired
from feedback_desk.core.services import Services

from .conftest import FakeClock, new_entry


def test_a_complaint_walks_its_whole_lifecycle(svc: Services, event, clock: FakeClock) -> None:
    v = svc.entries.record(new_entry(event.id))
    for status in ("triaged", "in_progress"):
        v = svc.cases.transition(v.id, v.version, status)
    v = svc.cases.transition(v.id, v.version, "resolved", reason="Dana sudah cair.")
    assert v.resolved_at == clock.now and v.answer == "Dana sudah cair."
    v = svc.cases.transition(v.id, v.version, "closed")
    assert v.status == "closed" and not v.overdue
    v = svc.cases.transition(v.id, v.version, "in_progress")
    assert v.reopen_count == 1 and v.resolved_at is None
    actions = [h.data.get("to") for h in svc.audit.history(v.id) if h.action == "entry.transition"]
    assert actions == ["triaged", "in_progress", "resolved", "closed", "in_progress"]


def test_illegal_transition_is_a_typed_error_and_changes_nothing(svc: Services, event) -> None:
    v = svc.entries.record(new_entry(event.id))
    with pytest.raises(IllegalTransition):
        svc.cases.transition(v.id, v.version, "resolved_forever")
    with pytest.raises(IllegalTransition):
        svc.cases.transition(v.id, v.version, "waiting_worker")  # new cannot wait yet
    assert svc.entries.get(v.id).status == "new"


def test_declining_a_suggestion_needs_a_reason(svc: Services, event) -> None:
    v = svc.entries.record(new_entry(event.id, kind="suggestion", topic="policy_suggestion"))
    v = svc.cases.transition(v.id, v.version, "under_study")
    with pytest.raises(ReasonRequired):
        svc.cases.transition(v.id, v.version, "declined")
    v = svc.cases.transition(v.id, v.version, "declined", reason="Outside the mandate")
    assert v.answer == "Outside the mandate"


def test_waiting_pauses_the_sla_clock(svc: Services, event, clock: FakeClock) -> None:
    v = svc.entries.record(new_entry(event.id))  # Monday 16 Nov, due Monday 23 Nov
    v = svc.cases.transition(v.id, v.version, "triaged")
    clock.advance(days=2)  # Wednesday
    v = svc.cases.transition(v.id, v.version, "waiting_overseas")
    assert v.paused_on == date(2026, 11, 18)
    clock.advance(days=7)  # the next Wednesday: well past the original due date
    assert not svc.entries.get(v.id).overdue  # paused: not overdue
    v = svc.cases.transition(v.id, v.version, "in_progress")
    assert v.paused_on is None
    assert v.due_date == date(2026, 11, 30)  # 5 working days of waiting added
    assert not v.overdue


def test_overdue_when_the_due_date_passes(svc: Services, event, clock: FakeClock) -> None:
    v = svc.entries.record(new_entry(event.id))
    clock.advance(days=8)  # Tuesday 24 Nov > Monday 23 Nov
    assert svc.entries.get(v.id).overdue


def test_recorders_cannot_triage(recorder: Services, event) -> None:
    v = recorder.entries.record(new_entry(event.id))
    with pytest.raises(PermissionDenied):
        recorder.cases.transition(v.id, v.version, "triaged")


def test_assign_tier_answer_and_notes(svc: Services, recorder: Services, event) -> None:
    v = svc.entries.record(new_entry(event.id))
    v = svc.cases.assign(v.id, v.version, "budi")
    assert v.assignee == "budi"
    with pytest.raises(NotFound):
        svc.cases.assign(v.id, v.version, "nobody")
    v = svc.cases.set_tier(v.id, v.version, "S1")
    assert v.tier == "S1" and v.due_date == date(2026, 11, 18)
    with pytest.raises(ValidationError):
        svc.cases.set_tier(v.id, v.version, "S7")
    v = svc.cases.answer(v.id, v.version, "Kami hubungi kantor cabang.")
    assert v.answer == "Kami hubungi kantor cabang."
    svc.cases.add_note(v.id, "Called the worker, no answer")
    recorder.cases.add_note(v.id, "Worker came to the desk")
    notes = svc.cases.notes(v.id)
    assert [(n.author, n.body) for n in notes] == [
        ("sari", "Called the worker, no answer"), ("budi", "Worker came to the desk")]
    with pytest.raises(ValidationError):
        svc.cases.add_note(v.id, "  ")


def test_links_and_tags(svc: Services, event) -> None:
    a = svc.entries.record(new_entry(event.id))
    b = svc.entries.record(new_entry(event.id, text="Klaim JHT juga belum cair"))
    svc.relations.link(b.id, a.id, "duplicate")
    svc.relations.link(b.id, a.id, "duplicate")  # idempotent
    assert [(x.source_id, x.target_id, x.kind) for x in svc.relations.links(a.id)] == [
        (b.id, a.id, "duplicate")]
    with pytest.raises(ValidationError):
        svc.relations.link(a.id, a.id, "related")
    svc.relations.unlink(b.id, a.id, "duplicate")
    assert svc.relations.links(a.id) == ()
    assert svc.relations.tag(a.id, "  Hong  Kong ") == ("hong kong",)
    assert svc.relations.tag(a.id, "jht") == ("hong kong", "jht")
    assert svc.entries.get(a.id).tags == ("hong kong", "jht")
    assert svc.relations.untag(a.id, "JHT") == ("hong kong",)


def test_many_voices_one_issue_keeps_every_voice(svc: Services, event) -> None:
    voices = [
        svc.entries.record(new_entry(event.id, speaker_type=t, country=c))
        for t, c in [("pmi_abroad", "HK"), ("pmi_abroad", "TW"), ("family", "HK"), ("ngo", None)]
    ]
    before = {v.id: v for v in voices}
    group = svc.groups.create("JHT claims delayed", [v.id for v in voices[:3]])
    assert group.voices == 3
    assert dict(group.by_speaker_type) == {"pmi_abroad": 2, "family": 1}
    assert dict(group.by_country) == {"HK": 2, "TW": 1}
    group = svc.groups.attach(group.id, [voices[3].id])
    assert group.voices == 4
    svc.groups.detach([voices[0].id])
    restored = svc.entries.get(voices[0].id)
    assert restored.group_id is None
    original = before[voices[0].id]
    for field in ("text", "status", "kind", "speaker_type", "country", "tier", "due_date"):
        assert getattr(restored, field) == getattr(original, field)
    assert svc.groups.get(group.id).voices == 3
    assert len(svc.groups.list()) == 1


def test_admins_edit_holidays_and_tiers_and_due_dates_follow(db, clock: FakeClock, event) -> None:  # type: ignore[no-untyped-def]
    admin = Services.connect(db, "admin", roles="admin supervisor", clock=clock)
    with pytest.raises(PermissionDenied):
        Services.connect(db, "budi", clock=clock).calendar.set_holiday(date(2026, 11, 17), "x")
    admin.calendar.set_holiday(date(2026, 11, 17), "Cuti bersama")
    assert (date(2026, 11, 17), "Cuti bersama") in admin.calendar.holidays(2026)
    v = admin.entries.record(new_entry(event.id))  # Monday; Tuesday is now a holiday
    assert v.due_date == date(2026, 11, 24)
    from feedback_desk.core.sla import DayUnit

    rule = admin.calendar.set_tier_rule("S2", 3, DayUnit.WORKING)
    assert (rule.amount, rule.unit) == (3, DayUnit.WORKING)
    assert admin.entries.record(new_entry(event.id)).due_date == date(2026, 11, 20)
    admin.calendar.remove_holiday(date(2026, 11, 17))
    assert admin.entries.record(new_entry(event.id)).due_date == date(2026, 11, 19)
    with pytest.raises(NotFound):
        admin.calendar.remove_holiday(date(2026, 11, 17))
    with pytest.raises(ValidationError):
        admin.calendar.set_tier_rule("S2", -1, DayUnit.WORKING)
    assert {r.code for r in admin.calendar.tier_rules()} == {"S0", "S1", "S2", "S3", "S4", "SUG"}
