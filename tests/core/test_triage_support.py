"""Core support for the triage workspace: exact restores (undo), notes taken back, bulk actions in
one transaction, regrouping, and the SLA clock across weekends, holidays and paused states."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import event as sa_event
from sqlalchemy import func, select

from feedback_desk.core.db.engine import Database
from feedback_desk.core.db.models import AuditEvent
from feedback_desk.core.dto import CaseState
from feedback_desk.core.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from feedback_desk.core.lifecycle import IllegalTransition, ReasonRequired
from feedback_desk.core.services import Services

from .conftest import FakeClock, new_entry


def audit_rows(db: Database) -> int:
    return db.read(lambda s: s.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def commits_during(db: Database, fn):  # type: ignore[no-untyped-def]
    seen: list[int] = []

    def count(_conn) -> None:  # type: ignore[no-untyped-def]
        seen.append(1)

    sa_event.listen(db.engine, "commit", count)
    try:
        result = fn()
    finally:
        sa_event.remove(db.engine, "commit", count)
    return result, len(seen)


# ---- restore: undo puts the triage state back exactly -------------------------------------------
def test_restore_undoes_a_resolution_exactly(svc: Services, event, clock: FakeClock) -> None:
    v = svc.entries.record(new_entry(event.id))
    v = svc.cases.transition(v.id, v.version, "in_progress")
    v = svc.cases.assign(v.id, v.version, "sari")
    before = CaseState.of(v)
    clock.advance(days=1)
    v = svc.cases.transition(v.id, v.version, "resolved", reason="Dana sudah cair.")
    assert v.resolved_at is not None and v.answer == "Dana sudah cair."
    v = svc.cases.restore(v.id, v.version, before)
    assert CaseState.of(v) == before
    assert v.status == "in_progress" and v.resolved_at is None and v.answer is None
    last = svc.audit.history(v.id)[-1]
    assert last.action == "entry.restore"
    assert last.data["from"] == {"status": "resolved", "answer": "Dana sudah cair.",
                                 "resolved_at": v.updated_at.isoformat()}
    assert last.data["to"] == {"status": "in_progress", "answer": None, "resolved_at": None}


def test_restore_goes_back_where_the_lifecycle_allows_no_move(svc: Services, event, clock) -> None:
    v = svc.entries.record(new_entry(event.id))
    v = svc.cases.transition(v.id, v.version, "closed", reason="Duplikat")  # new → closed
    closed = CaseState.of(v)
    clock.advance(days=3)
    v = svc.cases.transition(v.id, v.version, "in_progress")  # reopen: count, new due date
    assert v.reopen_count == 1 and v.due_date != closed.due_date
    v = svc.cases.restore(v.id, v.version, closed)  # closed ← in_progress is not a move
    assert CaseState.of(v) == closed and v.reopen_count == 0
    v = svc.cases.restore(v.id, v.version, CaseState.of(svc.entries.get(v.id)))
    assert CaseState.of(v) == closed  # equal state: nothing written
    assert svc.audit.history(v.id)[-1].action == "entry.restore"


def test_restore_puts_back_tier_due_date_and_pause(svc: Services, event, clock) -> None:
    v = svc.cases.transition(*_id_ver(svc.entries.record(new_entry(event.id))), "triaged")
    clock.advance(days=1)
    v = svc.cases.transition(v.id, v.version, "waiting_worker")
    waiting = CaseState.of(v)
    clock.advance(days=7)
    v = svc.cases.transition(v.id, v.version, "in_progress")  # due date pushed on
    v = svc.cases.set_tier(v.id, v.version, "S3")
    assert v.paused_on is None and v.due_date != waiting.due_date
    v = svc.cases.restore(v.id, v.version, waiting)
    assert (v.status, v.tier, v.due_date, v.paused_on) == (
        "waiting_worker", "S2", waiting.due_date, date(2026, 11, 17))


def test_restore_with_an_old_version_is_a_conflict(svc: Services, event, db, clock) -> None:
    v = svc.entries.record(new_entry(event.id))
    state = CaseState.of(v)
    other = Services.connect(db, "dewi", roles="supervisor", clock=clock)
    moved = other.cases.transition(v.id, v.version, "triaged")
    with pytest.raises(ConflictError) as err:
        svc.cases.restore(v.id, v.version, state)
    assert err.value.changed_by == "dewi" and err.value.current_version == moved.version
    assert svc.entries.get(v.id).status == "triaged"


def test_restore_refuses_recorders_and_impossible_states(svc, recorder, event) -> None:
    v = svc.entries.record(new_entry(event.id))
    with pytest.raises(PermissionDenied):
        recorder.cases.restore(v.id, v.version, CaseState.of(v))
    bad = CaseState("answered", "S2", None, None, None, None, 0, None, None)
    with pytest.raises(ValidationError, match="not a state of a complaint"):
        svc.cases.restore(v.id, v.version, bad)
    ghost = CaseState("new", "S2", None, None, "nobody", None, 0, None, None)
    with pytest.raises(NotFound):
        svc.cases.restore(v.id, v.version, ghost)
    assert svc.entries.get(v.id).version == v.version


def test_protection_cases_cannot_be_restored_without_the_role(svc, db, event, clock) -> None:
    v = svc.entries.record(new_entry(event.id, topic="protection_case"))
    plain = Services.connect(db, "dewi", roles="supervisor", clock=clock)
    with pytest.raises(NotFound):
        plain.cases.restore(v.id, v.version, CaseState.of(v))
    with pytest.raises(ValidationError, match="S0"):
        svc.cases.restore(v.id, v.version, CaseState.of(v).__class__(
            "new", "S2", None, None, None, None, 0, None, None))


def _id_ver(v):  # type: ignore[no-untyped-def]
    return v.id, v.version


# ---- notes ---------------------------------------------------------------------------------------
def test_remove_note_takes_back_a_note_and_audits_it(svc: Services, recorder, event) -> None:
    v = svc.entries.record(new_entry(event.id))
    mine = svc.cases.add_note(v.id, "Called the worker")
    theirs = recorder.cases.add_note(v.id, "Worker came by")
    with pytest.raises(PermissionDenied):
        recorder.cases.remove_note(mine.id)
    recorder.cases.remove_note(theirs.id)  # an author may take back their own
    svc.cases.remove_note(mine.id)
    assert svc.cases.notes(v.id) == ()
    removed = [h for h in svc.audit.history(v.id) if h.action == "entry.note_remove"]
    assert [h.data["body"] for h in removed] == ["Worker came by", "Called the worker"]
    with pytest.raises(NotFound):
        svc.cases.remove_note(mine.id)


# ---- bulk ----------------------------------------------------------------------------------------
def test_bulk_status_is_one_transaction_with_one_audit_event_per_changed_entry(
    svc: Services, db, event, clock,
) -> None:
    views = [svc.entries.record(new_entry(event.id, text=f"keluhan {i}")) for i in range(4)]
    suggestion = svc.entries.record(new_entry(event.id, kind="suggestion", topic="policy_suggestion"))
    stale = views[3]
    Services.connect(db, "dewi", roles="supervisor", clock=clock).cases.assign(
        stale.id, stale.version, "sari")
    items = [(v.id, v.version) for v in (*views, suggestion)]
    audits = audit_rows(db)
    result, commits = commits_during(db, lambda: svc.cases.bulk(items, "status", "triaged"))
    assert commits == 1
    assert [v.id for v in result.changed] == [v.id for v in views[:3]]
    assert all(v.status == "triaged" for v in result.changed)
    assert [b.status for b in result.before] == ["new"] * 3
    skipped = {s.entry_id: s for s in result.skipped}
    assert isinstance(skipped[stale.id].error, ConflictError) and "dewi" in skipped[stale.id].message
    assert isinstance(skipped[suggestion.id].error, IllegalTransition)
    assert audit_rows(db) == audits + 3
    assert svc.entries.get(stale.id).status == "new"


def test_bulk_skips_moves_that_need_a_reason_unless_given(svc: Services, event) -> None:
    views = [svc.entries.record(new_entry(event.id)) for _ in range(2)]
    views = [svc.cases.transition(v.id, v.version, "in_progress") for v in views]
    items = [(v.id, v.version) for v in views]
    result = svc.cases.bulk(items, "status", "resolved")
    assert result.changed == () and all(isinstance(s.error, ReasonRequired) for s in result.skipped)
    result = svc.cases.bulk(items, "status", "resolved", reason="Sudah dibayar")
    assert [v.answer for v in result.changed] == ["Sudah dibayar"] * 2


def test_bulk_assign_tier_tag_and_untag(svc: Services, recorder, db, event) -> None:
    views = [svc.entries.record(new_entry(event.id)) for _ in range(3)]
    views[0] = svc.cases.assign(views[0].id, views[0].version, "budi")
    items = [(v.id, v.version) for v in views]
    audits = audit_rows(db)
    result = svc.cases.bulk(items, "assign", "budi")
    assert result.unchanged == (views[0].id,) and len(result.changed) == 2
    assert [b.assignee for b in result.before] == [None, None]
    assert audit_rows(db) == audits + 2
    items = [(v.id, v.version) for v in (svc.entries.get(v.id) for v in views)]
    result = svc.cases.bulk(items, "tier", "S1")
    assert {v.tier for v in result.changed} == {"S1"}
    assert {v.due_date for v in result.changed} == {date(2026, 11, 18)}
    with pytest.raises(NotFound):
        svc.cases.bulk(items, "assign", "nobody")
    stale = [(v.id, 1) for v in views]  # tags change no version: the version is not checked
    result = svc.cases.bulk(stale, "tag", " Hong Kong ")
    assert [v.tags for v in result.changed] == [("hong kong",)] * 3
    assert svc.cases.bulk(stale, "tag", "hong kong").unchanged == tuple(v.id for v in views)
    assert len(svc.cases.bulk(stale[:2], "untag", "hong kong").changed) == 2
    assert svc.entries.get(views[2].id).tags == ("hong kong",)
    with pytest.raises(PermissionDenied):
        recorder.cases.bulk(stale, "tag", "x")
    with pytest.raises(ValidationError):
        svc.cases.bulk(stale, "explode", "x")
    with pytest.raises(ValidationError):
        svc.cases.bulk(stale, "tier", None)


def test_bulk_skips_what_the_user_may_not_see(svc: Services, db, event, clock) -> None:
    hidden = svc.entries.record(new_entry(event.id, topic="protection_case"))
    shown = svc.entries.record(new_entry(event.id))
    plain = Services.connect(db, "dewi", roles="supervisor", clock=clock)
    result = plain.cases.bulk([(hidden.id, 1), (shown.id, 1)], "status", "triaged")
    assert [v.id for v in result.changed] == [shown.id]
    assert isinstance(result.skipped[0].error, NotFound)


def test_restore_many_undoes_a_bulk_action_in_one_transaction(svc: Services, db, event, clock) -> None:
    views = [svc.entries.record(new_entry(event.id)) for _ in range(3)]
    done = svc.cases.bulk([(v.id, v.version) for v in views], "status", "triaged")
    moved = done.changed[2]
    Services.connect(db, "dewi", roles="supervisor", clock=clock).cases.transition(
        moved.id, moved.version, "in_progress")
    items = [(v.id, v.version, s) for v, s in zip(done.changed, done.before, strict=True)]
    result, commits = commits_during(db, lambda: svc.cases.restore_many(items))
    assert commits == 1
    assert [v.status for v in result.changed] == ["new", "new"]
    assert [s.entry_id for s in result.skipped] == [moved.id]
    assert svc.entries.get(moved.id).status == "in_progress"


# ---- groups --------------------------------------------------------------------------------------
def test_regroup_puts_each_entry_back_where_it_was(svc: Services, event) -> None:
    a, b, c = (svc.entries.record(new_entry(event.id)) for _ in range(3))
    first = svc.groups.create("JHT delayed", [a.id])
    second = svc.groups.create("BPJS card", [])
    svc.groups.attach(second.id, [a.id, b.id])
    changed = svc.groups.regroup({a.id: first.id, b.id: None, c.id: None})
    assert [v.id for v in changed] == [a.id, b.id]  # c was in no group already
    assert (svc.entries.get(a.id).group_id, svc.entries.get(b.id).group_id) == (first.id, None)
    actions = [h.action for h in svc.audit.history(b.id)]
    assert actions[-2:] == ["entry.group", "entry.ungroup"]
    with pytest.raises(NotFound):
        svc.groups.regroup({c.id: 9999})


def test_regroup_with_versions_refuses_entries_changed_meanwhile(svc, db, event, clock) -> None:
    a, b = (svc.entries.record(new_entry(event.id)) for _ in range(2))
    group = svc.groups.create("JHT delayed", [])
    Services.connect(db, "dewi", roles="supervisor", clock=clock).cases.assign(b.id, b.version, "sari")
    with pytest.raises(ConflictError):
        svc.groups.regroup({a.id: group.id, b.id: group.id},
                           expected={a.id: a.version, b.id: b.version})
    assert svc.entries.get(a.id).group_id is None  # one transaction: nothing moved


def test_remove_only_an_empty_group_and_rename_with_versions(svc: Services, recorder, event) -> None:
    a = svc.entries.record(new_entry(event.id))
    group = svc.groups.create("JHT", [a.id])
    with pytest.raises(ValidationError, match="empty"):
        svc.groups.remove(group.id)
    renamed = svc.groups.rename(group.id, group.version, "JHT claims delayed", "Hong Kong, Taiwan")
    assert (renamed.title, renamed.description) == ("JHT claims delayed", "Hong Kong, Taiwan")
    assert renamed.version == group.version + 1
    with pytest.raises(ConflictError):
        svc.groups.rename(group.id, group.version, "Old title")
    with pytest.raises(ValidationError):
        svc.groups.rename(group.id, renamed.version, "  ")
    with pytest.raises(PermissionDenied):
        recorder.groups.remove(group.id)
    svc.groups.detach([a.id])
    svc.groups.remove(group.id)
    with pytest.raises(NotFound):
        svc.groups.get(group.id)


# ---- the SLA clock ------------------------------------------------------------------------------
def test_due_dates_skip_weekends_and_holidays(svc: Services, event, clock: FakeClock) -> None:
    clock.advance(days=4)  # Friday 20 Nov
    v = svc.entries.record(new_entry(event.id))
    assert v.due_date == date(2026, 11, 27)  # S2: five working days, over one weekend
    clock.advance(days=31)  # Monday 21 Dec; Christmas Friday 25 Dec is a holiday
    v = svc.entries.record(new_entry(event.id))
    assert v.due_date == date(2026, 12, 29)  # 22, 23, 24, (25, 26, 27), 28, 29
    v = svc.cases.set_tier(v.id, v.version, "S1")
    assert v.due_date == date(2026, 12, 23)
    assert svc.cases.clock(v.id).days_left == 2


def test_pause_and_resume_across_a_weekend_and_a_holiday(svc: Services, event, clock) -> None:
    clock.advance(days=35)  # Monday 21 Dec
    v = svc.cases.transition(*_id_ver(svc.entries.record(new_entry(event.id))), "triaged")
    assert v.due_date == date(2026, 12, 29)
    clock.advance(days=2)  # Wednesday 23 Dec
    v = svc.cases.transition(v.id, v.version, "waiting_overseas")
    clock.advance(days=6)  # Tuesday 29 Dec: waited 23, 24, 28 (25 holiday, weekend)
    c = svc.cases.clock(v.id)
    assert (c.state, c.paused_on, c.paused_days_now, c.paused_days_total) == (
        "paused", date(2026, 12, 23), 3, 3)
    assert not svc.entries.get(v.id).overdue
    v = svc.cases.transition(v.id, v.version, "in_progress")
    assert v.due_date == date(2027, 1, 4)  # 29 Dec + 3 working days (1 Jan is a holiday)
    c = svc.cases.clock(v.id)
    assert (c.state, c.paused_days_now, c.paused_days_total, c.days_left) == ("running", 0, 3, 3)


def test_the_clock_counts_every_pause_and_stops_on_resolution(svc: Services, event, clock) -> None:
    v = svc.cases.transition(*_id_ver(svc.entries.record(new_entry(event.id))), "triaged")
    assert svc.cases.clock(v.id).state == "running"
    v = svc.cases.transition(v.id, v.version, "waiting_worker")  # Monday 16
    clock.advance(days=2)
    v = svc.cases.transition(v.id, v.version, "waiting_overseas")  # still paused
    clock.advance(days=1)
    v = svc.cases.transition(v.id, v.version, "in_progress")  # Thursday 19: 3 days paused
    clock.advance(days=4)  # Monday 23
    v = svc.cases.transition(v.id, v.version, "waiting_worker")
    clock.advance(days=1)  # Tuesday 24
    c = svc.cases.clock(v.id)
    assert (c.paused_days_now, c.paused_days_total) == (1, 4)
    # the effective due date moves on with the pause: 26 Nov + 1 → 27 Nov, 3 working days left
    assert (c.due_date, c.days_left) == (date(2026, 11, 26), 3)
    v = svc.cases.transition(v.id, v.version, "resolved", reason="Selesai")
    c = svc.cases.clock(v.id)
    assert (c.state, c.days_left, c.paused_days_total) == ("stopped", None, 4)


def test_undone_pauses_and_resumes_are_counted_as_they_end_up(svc: Services, event, clock) -> None:
    v = svc.cases.transition(*_id_ver(svc.entries.record(new_entry(event.id))), "triaged")
    running = CaseState.of(v)
    v = svc.cases.transition(v.id, v.version, "waiting_worker")  # Monday 16
    clock.advance(days=1)
    v = svc.cases.restore(v.id, v.version, running)  # the pause taken back
    assert svc.cases.clock(v.id).paused_days_total == 0
    v = svc.cases.transition(v.id, v.version, "waiting_worker")  # Tuesday 17
    waiting = CaseState.of(v)
    clock.advance(days=2)
    v = svc.cases.transition(v.id, v.version, "in_progress")  # Thursday 19: 2 days
    assert svc.cases.clock(v.id).paused_days_total == 2
    clock.advance(days=1)
    v = svc.cases.restore(v.id, v.version, waiting)  # the resume taken back: still waiting
    c = svc.cases.clock(v.id)
    assert (c.state, c.paused_days_now, c.paused_days_total) == ("paused", 3, 3)


def test_items_without_an_sla_have_no_clock(svc: Services, event, clock) -> None:
    v = svc.entries.record(new_entry(event.id, kind="appreciation", topic=None))
    c = svc.cases.clock(v.id)
    assert (c.state, c.due_date, c.days_left) == ("none", None, None)
    late = svc.entries.record(new_entry(event.id))
    clock.now += timedelta(days=9)  # Wednesday 25 Nov, due Monday 23
    assert svc.cases.clock(late.id).days_left == -2


def test_a_due_date_set_by_hand_is_audited_and_undone_by_restore(
    svc: Services, recorder: Services, event, clock: FakeClock
) -> None:
    view = svc.entries.record(new_entry(event.id, kind="commitment", text="Layanan di KBRI Riyadh"))
    before = CaseState.of(view)
    promised = date(2027, 3, 31)
    after = svc.cases.set_due(view.id, view.version, promised)
    assert after.due_date == promised and after.tier == view.tier
    assert [r.action for r in svc.audit.history(view.id)][-1] == "entry.due"
    assert svc.cases.set_due(view.id, after.version, promised).version == after.version  # no-op
    with pytest.raises(ConflictError):
        svc.cases.set_due(view.id, view.version, date(2027, 4, 1))
    with pytest.raises(ValidationError):
        svc.cases.set_due(view.id, after.version, date(2020, 1, 1))  # before it was said
    with pytest.raises(PermissionDenied):
        recorder.cases.set_due(view.id, after.version, date(2027, 4, 1))
    restored = svc.cases.restore(view.id, after.version, before)
    assert restored.due_date == view.due_date
    done = svc.cases.transition(view.id, restored.version, "done")
    with pytest.raises(ValidationError):  # a finished item has no due date to move
        svc.cases.set_due(view.id, done.version, promised)
