"""Triage and follow-up: lifecycle moves with the SLA clock, assignment, tiers, answers, notes;
bulk actions in one transaction, exact restores (undo) and the SLA clock's paused time."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import lifecycle, sla
from ..db import audit_chain, fts
from ..db.models import AuditEvent, Entry, Note, User
from ..dto import BulkResult, CaseState, EntryView, NoteView, SlaClock
from ..errors import NotFound, ValidationError
from ..ids import EntryId, NoteId
from ..permissions import Action, requires
from .base import ServiceBase, clean_text, local_date
from .bulk import BULK_OPS, collect
from .entries import MAX_SUMMARY, MAX_TEXT, compute_due
from .relations import RelationService, clean_tag
from .sla_clock import days_left, finished_pauses

MAX_NOTE = 20_000
_RESTORED = ("status", "tier", "due_date", "paused_on", "assignee", "answer", "reopen_count",
             "resolved_at", "summary")


def _plain(value: object) -> object:
    """A state value as the audit log stores it."""
    return value.isoformat() if isinstance(value, date | datetime) else value


class CaseService(ServiceBase):
    """Moves cases, recommendations, questions and commitments through their lifecycles."""

    # ---- single items ----------------------------------------------------------------------
    @requires(Action.CASE_TRIAGE)
    def transition(
        self, entry_id: EntryId, expected_version: int, to_status: str, *, reason: str | None = None
    ) -> EntryView:
        """Move an item to ``to_status``; an illegal move raises ``IllegalTransition``.

        Entering a waiting state pauses the SLA clock; leaving it pushes the due date on by the
        working days spent waiting. Reopening counts, and restarts the clock from today.
        """
        reason = clean_text(reason, "reason", required=False, limit=MAX_TEXT)

        def run(session: Session) -> EntryView:
            row = self._entry_for_update(session, entry_id, expected_version)
            self._move(session, row, to_status, reason)
            return self._view(session, row)

        return self._db.write(run)

    @requires(Action.CASE_TRIAGE)
    def assign(self, entry_id: EntryId, expected_version: int, username: str | None) -> EntryView:

        def run(session: Session) -> EntryView:
            row = self._entry_for_update(session, entry_id, expected_version)
            self._assign_to(session, row, self._user_id(session, username), username)
            return self._view(session, row)

        return self._db.write(run)

    @requires(Action.CASE_TRIAGE)
    def set_tier(self, entry_id: EntryId, expected_version: int, tier: str) -> EntryView:
        """Set the SLA tier; the due date moves with it, keeping waiting time already earned."""

        def run(session: Session) -> EntryView:
            row = self._entry_for_update(session, entry_id, expected_version)
            self._retier(session, row, tier)
            return self._view(session, row)

        return self._db.write(run)

    @requires(Action.CASE_TRIAGE)
    def set_due(self, entry_id: EntryId, expected_version: int, due: date) -> EntryView:
        """Set the due date by hand (a commitment's date promised on stage, a deadline agreed
        with the worker). Only an open item has one; the SLA tier stays as it was."""
        if not isinstance(due, date) or isinstance(due, datetime):
            raise ValidationError("due_date", "must be a day")

        def run(session: Session) -> EntryView:
            row = self._entry_for_update(session, entry_id, expected_version)
            if not lifecycle.is_open(row.kind, row.status):
                raise ValidationError("due_date", "only an open item has a due date")
            if due < local_date(row.recorded_at, self._event_timezone(session, row.event_id)):
                raise ValidationError("due_date", "cannot be before the day it was recorded")
            if due == row.due_date:
                return self._view(session, row)
            old = row.due_date
            row.due_date = due
            self._save(session, row, "entry.due", {
                "from": old.isoformat() if old else None, "to": due.isoformat()})
            return self._view(session, row)

        return self._db.write(run)

    @requires(Action.CASE_TRIAGE)
    def answer(self, entry_id: EntryId, expected_version: int, text: str) -> EntryView:
        """Record the official answer (or closure reason) without moving the item."""
        body = clean_text(text, "answer", required=True, limit=MAX_TEXT)

        def run(session: Session) -> EntryView:
            row = self._entry_for_update(session, entry_id, expected_version)
            old = row.answer
            row.answer = body
            self._save(session, row, "entry.answer", {"from": old, "to": body})
            return self._view(session, row)

        return self._db.write(run)

    @requires(Action.CASE_TRIAGE)
    def restore(self, entry_id: EntryId, expected_version: int, state: CaseState) -> EntryView:
        """Put the triage fields back exactly as ``state`` says (the undo of a move, an
        assignment, a tier or an answer), even where the lifecycle allows no move back.

        Audited as "entry.restore" with the changed fields ``from``/``to``; a state equal to
        the current one changes nothing. ``ConflictError`` when the version moved.
        """

        def run(session: Session) -> EntryView:
            row = self._entry_for_update(session, entry_id, expected_version)
            self._put_back(session, row, state)
            return self._view(session, row)

        return self._db.write(run)

    @requires(Action.CASE_TRIAGE)
    def restore_many(self, items: Sequence[tuple[EntryId, int, CaseState]]) -> BulkResult:
        """``restore`` for many entries in ONE transaction (the undo of a bulk action); entries
        changed meanwhile are skipped with a message, the rest are restored."""
        states = {entry_id: state for entry_id, _version, state in items}
        pairs = [(entry_id, version) for entry_id, version, _state in items]
        return self._db.write(lambda s: self._each(
            s, pairs, lambda row: self._put_back(s, row, states[EntryId(row.id)]), lock_only=False
        ))

    # ---- bulk -------------------------------------------------------------------------------
    @requires(Action.CASE_TRIAGE)
    def bulk(
        self, items: Sequence[tuple[EntryId, int]], op: str, value: str | None, *,
        reason: str | None = None,
    ) -> BulkResult:
        """Apply one action to many entries (read at the given versions) in ONE transaction,
        one audit event per changed entry. ``op``: "status" (value: the new status, with
        ``reason`` where the lifecycle needs one), "assign" (a user name, or None to
        unassign), "tier", "tag", "untag" (a tag; tags change no version, so these do not
        check it). Version conflicts, illegal moves and hidden entries are skipped with a
        message; the rest go on.
        """
        if op not in BULK_OPS:
            raise ValidationError("bulk", f"unknown bulk action {op!r}")
        if op in ("status", "tier", "tag", "untag") and not value:
            raise ValidationError(op, "is required")
        reason = clean_text(reason, "reason", required=False, limit=MAX_TEXT)
        tag = clean_tag(value or "") if op in ("tag", "untag") else ""
        relations = RelationService(self._db, self._actor, self._clock, self._timezone)

        def run(session: Session) -> BulkResult:
            user_id = self._user_id(session, value) if op == "assign" else None
            steps: dict[str, Callable[[Entry], bool]] = {
                "status": lambda row: self._move(session, row, str(value), reason),
                "assign": lambda row: self._assign_to(session, row, user_id, value),
                "tier": lambda row: self._retier(session, row, str(value)),
                "tag": lambda row: relations.add_tag(session, row.id, tag),
                "untag": lambda row: relations.remove_tag(session, row.id, tag),
            }
            return self._each(session, items, steps[op], lock_only=op in ("tag", "untag"))

        return self._db.write(run)

    def _each(
        self, session: Session, items: Sequence[tuple[EntryId, int]],
        apply: Callable[[Entry], bool], *, lock_only: bool,
    ) -> BulkResult:
        def step(entry_id: EntryId, version: int) -> tuple[CaseState, EntryView] | None:
            if lock_only:
                row = self._entry(session, entry_id, lock=True)
            else:
                row = self._entry_for_update(session, entry_id, version)
            state = self._state(session, row)
            return (state, self._view(session, row)) if apply(row) else None

        return collect(items, step)

    # ---- notes ------------------------------------------------------------------------------
    @requires(Action.NOTE_ADD)
    def add_note(self, entry_id: EntryId, body: str) -> NoteView:
        text = clean_text(body, "note", required=True, limit=MAX_NOTE)
        assert text is not None

        def run(session: Session) -> NoteView:
            self._entry(session, entry_id)
            note = Note(
                entry_id=entry_id, body=text, author_id=self._actor.user_id,
                created_at=self._clock(),
            )
            session.add(note)
            session.flush()
            audit_chain.append(
                session, self._actor.username, "entry.note", "entry", entry_id,
                {"note_id": note.id, "body": text},
            )
            return NoteView(
                NoteId(note.id), entry_id, text, self._actor.username, note.created_at
            )

        return self._db.write(run)

    @requires(Action.NOTE_ADD)
    def remove_note(self, note_id: NoteId) -> None:
        """Take a note away (the undo of ``add_note``): its author may, a supervisor may any.
        The audit log keeps what it said."""

        def run(session: Session) -> None:
            note = session.get(Note, note_id)
            if note is None:
                raise NotFound("note", note_id)
            self._entry(session, note.entry_id, lock=True)  # hidden entry → NotFound
            if note.author_id != self._actor.user_id:
                self._require(Action.CASE_TRIAGE)
            entry_id, body = note.entry_id, note.body
            session.delete(note)
            session.flush()
            audit_chain.append(
                session, self._actor.username, "entry.note_remove", "entry", entry_id,
                {"note_id": note_id, "body": body},
            )

        self._db.write(run)

    @requires(Action.ENTRY_READ)
    def notes(self, entry_id: EntryId) -> tuple[NoteView, ...]:
        def run(session: Session) -> tuple[NoteView, ...]:
            self._entry(session, entry_id)
            rows = session.execute(
                select(Note.id, Note.body, User.username, Note.created_at)
                .join(User, User.id == Note.author_id)
                .where(Note.entry_id == entry_id)
                .order_by(Note.created_at, Note.id)
            )
            return tuple(NoteView(NoteId(i), entry_id, b, u, c) for i, b, u, c in rows)

        return self._db.read(run)

    # ---- the SLA clock ----------------------------------------------------------------------
    @requires(Action.ENTRY_READ)
    def clock(self, entry_id: EntryId) -> SlaClock:
        """The SLA clock now: running, paused (since when, for how many working days, and in
        all from the audit trail of moves into and out of waiting states), stopped or none."""

        def run(session: Session) -> SlaClock:
            row = self._entry(session, entry_id)
            calendar = self._calendar(session)
            today = self._today()
            waiting = lifecycle.is_waiting(row.kind, row.status)
            paused_now = (
                calendar.working_days_between(row.paused_on, today)
                if waiting and row.paused_on else 0
            )
            trail = session.execute(
                select(AuditEvent.action, AuditEvent.at, AuditEvent.payload)
                .where(AuditEvent.entity == "entry", AuditEvent.entity_id == row.id,
                       AuditEvent.action.in_(("entry.transition", "entry.restore")))
                .order_by(AuditEvent.id)
            )
            closed = finished_pauses(trail, row.kind, self._timezone)
            total = sum(calendar.working_days_between(a, b) for a, b in closed) + paused_now
            state = (
                "none" if row.due_date is None and row.tier is None
                else "stopped" if not lifecycle.is_open(row.kind, row.status)
                else "paused" if waiting else "none" if row.due_date is None else "running"
            )
            left = None
            if state in ("running", "paused") and row.due_date is not None:
                due = row.due_date
                if state == "paused" and row.paused_on is not None:
                    due = sla.extend_for_pause(due, row.paused_on, today, calendar)
                left = days_left(calendar, today, due)
            return SlaClock(state, row.due_date, row.paused_on, paused_now, total, left)

        return self._db.read(run)

    # ---- per-row logic shared by single and bulk actions -------------------------------------
    def _move(self, session: Session, row: Entry, to_status: str, reason: str | None) -> bool:
        kind, old = row.kind, row.status
        lifecycle.check_transition(kind, old, to_status, reason=reason)
        calendar = self._calendar(session)
        today = self._today()
        was_waiting = lifecycle.is_waiting(kind, old)
        now_waiting = lifecycle.is_waiting(kind, to_status)
        if now_waiting and not was_waiting:
            row.paused_on = today
        elif was_waiting and not now_waiting:
            if row.due_date is not None and row.paused_on is not None:
                row.due_date = sla.extend_for_pause(row.due_date, row.paused_on, today, calendar)
            row.paused_on = None
        if lifecycle.is_reopen(kind, old, to_status):
            row.reopen_count += 1
            row.resolved_at = None
            rule = self._taxonomy(session).tiers.get(row.tier) if row.tier else None
            row.due_date = compute_due(calendar, rule, today, kind, to_status)
        elif lifecycle.is_resolution(kind, to_status) and not lifecycle.is_resolution(kind, old):
            row.resolved_at = self._clock()
        if reason:
            row.answer = reason
        row.status = to_status
        self._save(session, row, "entry.transition", {
            "from": old, "to": to_status, "reason": reason, "on": today.isoformat(),
        })
        return True

    def _user_id(self, session: Session, username: str | None, *, active: bool = True) -> int | None:
        if not username:
            return None
        user = session.scalars(select(User).where(User.username == username)).one_or_none()
        if user is None or (active and not user.active):
            raise NotFound("user", username)
        return user.id

    def _assign_to(
        self, session: Session, row: Entry, assignee_id: int | None, username: str | None
    ) -> bool:
        if assignee_id == row.assignee_id:
            return False
        old = session.scalar(select(User.username).where(User.id == row.assignee_id))
        row.assignee_id = assignee_id
        self._save(session, row, "entry.assign", {"from": old, "to": username or None})
        return True

    def _retier(self, session: Session, row: Entry, tier: str) -> bool:
        tiers = self._taxonomy(session).tiers
        if tier not in tiers:
            raise ValidationError("tier", f"unknown SLA tier {tier!r}")
        if row.protection and tier != "S0":
            raise ValidationError("tier", "protection cases stay on the same-day tier S0")
        if tier == row.tier:
            return False
        calendar = self._calendar(session)
        start = local_date(row.recorded_at, self._event_timezone(session, row.event_id))
        new_base = compute_due(calendar, tiers[tier], start, row.kind, row.status)
        if new_base is not None and row.due_date is not None and row.tier in tiers:
            old_base = sla.due_date(tiers[row.tier], start, calendar)
            earned = calendar.working_days_between(old_base, row.due_date)
            new_base = calendar.add_working_days(new_base, earned) if earned else new_base
        old = row.tier
        row.tier = tier
        row.due_date = new_base
        self._save(session, row, "entry.tier", {"from": old, "to": tier, "due_date": str(row.due_date)})
        return True

    def _state(self, session: Session, row: Entry) -> CaseState:
        assignee = session.scalar(select(User.username).where(User.id == row.assignee_id))
        return CaseState(
            row.status, row.tier, row.due_date, row.paused_on, assignee, row.answer,
            row.reopen_count, row.resolved_at, row.summary,
        )

    def _put_back(self, session: Session, row: Entry, state: CaseState) -> bool:
        """Check everything, then set the triage fields to ``state``; audited. False: equal."""
        if state.status not in lifecycle.STATUSES.get(row.kind, ()):
            raise ValidationError("status", f"{state.status!r} is not a state of a {row.kind}")
        if state.tier is not None and state.tier not in self._taxonomy(session).tiers:
            raise ValidationError("tier", f"unknown SLA tier {state.tier!r}")
        if row.protection and state.tier != "S0":
            raise ValidationError("tier", "protection cases stay on the same-day tier S0")
        if state.reopen_count < 0:
            raise ValidationError("reopen_count", "cannot be negative")
        answer = clean_text(state.answer, "answer", required=False, limit=MAX_TEXT)
        summary = clean_text(state.summary, "summary", required=False, limit=MAX_SUMMARY)
        assignee_id = self._user_id(session, state.assignee, active=False)
        current = self._state(session, row)
        wanted = CaseState(
            state.status, state.tier, state.due_date, state.paused_on, state.assignee or None,
            answer, state.reopen_count, state.resolved_at, summary,
        )
        diff = [k for k in _RESTORED if getattr(current, k) != getattr(wanted, k)]
        if not diff:
            return False
        row.status, row.tier, row.due_date = wanted.status, wanted.tier, wanted.due_date
        row.paused_on, row.assignee_id, row.answer = wanted.paused_on, assignee_id, answer
        row.reopen_count, row.resolved_at = wanted.reopen_count, wanted.resolved_at
        if summary != row.summary:
            row.summary = summary
            fts.write_index(session, row.id, row.text, summary)
        data: dict[str, Any] = {
            "from": {k: _plain(getattr(current, k)) for k in diff},
            "to": {k: _plain(getattr(wanted, k)) for k in diff},
        }
        self._save(session, row, "entry.restore", data)
        return True
