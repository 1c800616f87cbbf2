"""Triage and follow-up: lifecycle moves with the SLA clock, assignment, tiers, answers, notes."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import lifecycle, sla
from ..db import audit_chain
from ..db.models import Note, User
from ..dto import EntryView, NoteView
from ..errors import NotFound, ValidationError
from ..ids import EntryId, NoteId
from .base import ServiceBase, clean_text, local_date
from .entries import MAX_TEXT, compute_due

MAX_NOTE = 20_000


class CaseService(ServiceBase):
    """Moves cases, recommendations, questions and commitments through their lifecycles."""

    def transition(
        self, entry_id: EntryId, expected_version: int, to_status: str, *, reason: str | None = None
    ) -> EntryView:
        """Move an item to ``to_status``; an illegal move raises ``IllegalTransition``.

        Entering a waiting state pauses the SLA clock; leaving it pushes the due date on by the
        working days spent waiting. Reopening counts, and restarts the clock from today.
        """
        self._require_triage()
        reason = clean_text(reason, "reason", required=False, limit=MAX_TEXT)

        def run(session: Session) -> EntryView:
            row = self._entry_for_update(session, entry_id, expected_version)
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
            self._save(session, row, "entry.transition", {"from": old, "to": to_status, "reason": reason})
            return self._view(session, row)

        return self._db.write(run)

    def assign(self, entry_id: EntryId, expected_version: int, username: str | None) -> EntryView:
        self._require_triage()

        def run(session: Session) -> EntryView:
            row = self._entry_for_update(session, entry_id, expected_version)
            assignee_id = None
            if username:
                user = session.scalars(select(User).where(User.username == username)).one_or_none()
                if user is None or not user.active:
                    raise NotFound("user", username)
                assignee_id = user.id
            if assignee_id == row.assignee_id:
                return self._view(session, row)
            old = session.scalar(select(User.username).where(User.id == row.assignee_id))
            row.assignee_id = assignee_id
            self._save(session, row, "entry.assign", {"from": old, "to": username})
            return self._view(session, row)

        return self._db.write(run)

    def set_tier(self, entry_id: EntryId, expected_version: int, tier: str) -> EntryView:
        """Set the SLA tier; the due date moves with it, keeping waiting time already earned."""
        self._require_triage()

        def run(session: Session) -> EntryView:
            row = self._entry_for_update(session, entry_id, expected_version)
            tiers = self._taxonomy(session).tiers
            if tier not in tiers:
                raise ValidationError("tier", f"unknown SLA tier {tier!r}")
            if row.protection and tier != "S0":
                raise ValidationError("tier", "protection cases stay on the same-day tier S0")
            if tier == row.tier:
                return self._view(session, row)
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
            return self._view(session, row)

        return self._db.write(run)

    def answer(self, entry_id: EntryId, expected_version: int, text: str) -> EntryView:
        """Record the official answer (or closure reason) without moving the item."""
        self._require_triage()
        body = clean_text(text, "answer", required=True, limit=MAX_TEXT)

        def run(session: Session) -> EntryView:
            row = self._entry_for_update(session, entry_id, expected_version)
            old = row.answer
            row.answer = body
            self._save(session, row, "entry.answer", {"from": old, "to": body})
            return self._view(session, row)

        return self._db.write(run)

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
