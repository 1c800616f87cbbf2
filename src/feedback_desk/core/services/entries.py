"""Recording and editing entries: validation, SLA due dates, search index and audit together."""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import replace
from datetime import UTC, date
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .. import lifecycle, sla
from ..db import audit_chain, fts
from ..db.models import (
    Entry,
    EntryDimension,
    EntryLink,
    EntryTag,
    Note,
    Person,
    Speaker,
)
from ..dto import EDITABLE_FIELDS, EntryView, NewEntry, NewIdentity
from ..errors import PermissionDenied, ValidationError
from ..ids import EntryId
from ..limits import MAX_SUMMARY, MAX_TEXT
from ..permissions import Action, requires
from ..taxonomy import PROTECTION_TOPIC
from .base import ServiceBase, clean_text, local_date
from .people import checked_identity, new_speaker, store_identity

ENTRY_INSERT = insert(Entry)  # run on a Connection: plain Core, compiled once and cached
DIMENSION_INSERT = insert(EntryDimension)
_CODE_FIELDS = (
    ("topic", "topic"), ("programme", "programme"), ("phase", "phase"), ("country", "country"),
    ("source", "source"), ("language", "language"), ("evidence", "evidence"),
)


def check_uuid(value: str) -> str:
    try:
        return str(uuidlib.UUID(value.strip()))
    except (ValueError, AttributeError) as exc:
        raise ValidationError("uuid", f"not a UUID: {value!r}") from exc


def snapshot(row: Entry, dimensions: tuple[str, ...]) -> dict[str, Any]:
    """The audited state of an entry."""
    return {
        "uuid": row.uuid, "event_id": row.event_id, "session_id": row.session_id,
        "kind": row.kind, "text": row.text, "summary": row.summary,
        "service_area": row.service_area, "dimensions": list(dimensions), "topic": row.topic,
        "programme": row.programme, "phase": row.phase, "country": row.country,
        "speaker_id": row.speaker_id, "speaker_type": row.speaker_type, "source": row.source,
        "language": row.language, "evidence": row.evidence, "sensitive": row.sensitive,
        "recorded_at": row.recorded_at.isoformat(), "status": row.status, "tier": row.tier,
        "due_date": row.due_date.isoformat() if row.due_date else None,
    }


def record_snapshot(row: dict[str, Any], dimensions: tuple[str, ...]) -> dict[str, Any]:
    """The audited state of a new entry (the same keys as ``snapshot``)."""
    return {
        key: row[key] for key in (
            "uuid", "event_id", "session_id", "kind", "text", "summary", "service_area", "topic",
            "programme", "phase", "country", "speaker_id", "speaker_type", "source", "language",
            "evidence", "sensitive", "status", "tier",
        )
    } | {
        "dimensions": list(dimensions),
        "recorded_at": row["recorded_at"].isoformat(),
        "due_date": row["due_date"].isoformat() if row["due_date"] else None,
    }


def new_entry_view(
    entry_id: int, row: dict[str, Any], dims: tuple[str, ...], event_name: str,
    session_name: str | None, username: str, *, overdue: bool,
) -> EntryView:
    """The view of an entry just inserted, built from what was written (no re-read)."""
    return EntryView(
        id=EntryId(entry_id), uuid=row["uuid"], event_id=row["event_id"], event_name=event_name,
        session_id=row["session_id"], session_name=session_name, kind=row["kind"],
        text=row["text"], summary=row["summary"], service_area=row["service_area"],
        dimensions=dims, topic=row["topic"], programme=row["programme"], phase=row["phase"],
        country=row["country"], speaker_id=row["speaker_id"], speaker_type=row["speaker_type"],
        source=row["source"], language=row["language"], evidence=row["evidence"],
        sensitive=row["sensitive"], protection=row["protection"], recorded_by=username,
        recorded_at=row["recorded_at"], status=row["status"], tier=row["tier"],
        due_date=row["due_date"], paused_on=None, overdue=overdue, assignee=None, answer=None,
        reopen_count=0, resolved_at=row["resolved_at"], group_id=None, tags=(),
        updated_by=username, updated_at=row["updated_at"], version=1,
    )


def compute_due(
    calendar: sla.WorkCalendar, rule: sla.TierRule | None, start: date, kind: str, status: str
) -> date | None:
    if rule is None or not lifecycle.is_open(kind, status):
        return None
    return sla.due_date(rule, start, calendar)


class EntryService(ServiceBase):
    """Record what was said (never waiting on anything but one commit) and correct it."""

    @requires(Action.ENTRY_RECORD)
    def record(self, new: NewEntry, identity: NewIdentity | None = None) -> EntryView:
        """Store one entry (and, with consent, who said it) in one transaction.

        Recording the same UUID again returns the stored entry: retries and imports never
        make copies.
        """
        text = clean_text(new.text, "text", required=True, limit=MAX_TEXT)
        checked = None
        if identity is not None:
            checked = checked_identity(identity.consent_purpose, identity.fields())
        summary = clean_text(new.summary, "summary", required=False, limit=MAX_SUMMARY)
        uuid = check_uuid(new.uuid) if new.uuid else str(uuidlib.uuid4())
        if (new.status is not None and new.kind in lifecycle.STATUSES
                and new.status != lifecycle.initial_status(new.kind)):
            self._require(Action.CASE_TRIAGE)  # recording a case as already worked on is triage
        recorded_at = new.recorded_at or self._clock()
        if recorded_at.tzinfo is None:
            raise ValidationError("recorded_at", "needs a time zone")
        recorded_at = recorded_at.astimezone(UTC)

        def run(session: Session) -> EntryView:
            existing = session.scalar(select(Entry.id).where(Entry.uuid == uuid))
            if existing is not None:  # the same entry again (import, merge, retry): no copy
                stored = session.get(Entry, existing)
                if stored is not None and stored.recorded_by_id == self._actor.user_id:
                    return self._view(session, stored)  # one's own, even a protection case
                return self._view(session, self._entry(session, existing))
            values = self._validated(session, new)
            event_name, event_tz = self._event_info(session, new.event_id)
            if checked is not None:
                speaker = values["speaker_id"] or new_speaker(
                    session, self._taxonomy(session), self._actor.username, self._clock(),
                    values["speaker_type"], values["country"],
                )
                store_identity(session, self._actor, self._clock(), speaker, *checked)
                values["speaker_id"] = speaker
            kind, status = values["kind"], values["status"]
            rule = self._taxonomy(session).tiers.get(values["tier"]) if values["tier"] else None
            due = compute_due(
                self._calendar(session), rule, local_date(recorded_at, event_tz), kind, status
            )
            dims = values.pop("dimensions")
            now = self._clock()
            resolved = recorded_at if lifecycle.is_resolution(kind, status) else None
            row = {
                **values, "uuid": uuid, "text": text, "summary": summary,
                "recorded_at": recorded_at, "recorded_by_id": self._actor.user_id,
                "updated_by_id": self._actor.user_id, "updated_at": now, "due_date": due,
                "paused_on": None, "assignee_id": None, "answer": None, "reopen_count": 0,
                "resolved_at": resolved, "group_id": None, "version": 1,
            }
            # Core, not the unit of work: recording is the hot path (see bench/bench_core.py)
            conn = session.connection()
            key = conn.execute(ENTRY_INSERT, row).inserted_primary_key
            assert key is not None and text is not None
            entry_id = key[0]
            if dims:
                conn.execute(DIMENSION_INSERT, [{"entry_id": entry_id, "dimension": d} for d in dims])
            fts.insert_index(session, entry_id, text, summary)
            audit_chain.append(
                session, self._actor.username, "entry.record", "entry", entry_id,
                record_snapshot(row, dims),
            )
            session_name = self._session_info(session, new.session_id)[1] if new.session_id else None
            return new_entry_view(
                entry_id, row, dims, event_name, session_name, self._actor.username,
                overdue=sla.is_overdue(due, self._today(), open_=lifecycle.is_open(kind, status),
                                       waiting=lifecycle.is_waiting(kind, status)),
            )

        try:
            return self._db.write(run)
        except IntegrityError:  # the same UUID committed by another desk since our check:
            return self._db.write(run)  # now found; any other integrity error comes back

    @requires(Action.ENTRY_RETRACT)
    def retract(self, entry_id: EntryId) -> None:
        """Take back an entry one has just recorded (the capture desk's undo).

        Allowed to its recorder (or an admin) while nobody has worked on it: still in its first
        state, unassigned, no notes, links or tags, last changed by the recorder. A speaker
        identity recorded with it alone goes too. Audited with what was removed.
        """

        def run(session: Session) -> None:
            row = self._entry(session, entry_id, lock=True)
            mine = row.recorded_by_id == self._actor.user_id and row.updated_by_id == row.recorded_by_id
            if not (mine or self._actor.can(Action.ENTRY_RETRACT_ANY)):
                raise PermissionDenied(self._actor.username, "take back another person's entry")
            used = any(
                session.scalar(select(func.count()).select_from(table).where(column == row.id))
                for table, column in (
                    (Note, Note.entry_id), (EntryTag, EntryTag.entry_id),
                    (EntryLink, EntryLink.source_id), (EntryLink, EntryLink.target_id),
                )
            )
            if used or row.status != lifecycle.initial_status(row.kind) or row.assignee_id:
                raise ValidationError("entry", "work has started on it; it can no longer be taken back")
            dims = tuple(sorted(session.scalars(
                select(EntryDimension.dimension).where(EntryDimension.entry_id == row.id)
            )))
            removed = snapshot(row, dims)
            speaker_id = row.speaker_id
            session.execute(delete(EntryDimension).where(EntryDimension.entry_id == row.id))
            fts.delete_index(session, row.id)
            session.delete(row)
            session.flush()
            if speaker_id is not None and not session.scalar(
                select(func.count()).select_from(Entry).where(Entry.speaker_id == speaker_id)
            ):
                session.execute(delete(Person).where(Person.speaker_id == speaker_id))
                session.execute(delete(Speaker).where(Speaker.id == speaker_id))
                removed["speaker_removed"] = True
            audit_chain.append(
                session, self._actor.username, "entry.retract", "entry", entry_id, removed
            )

        self._db.write(run)

    @requires(Action.ENTRY_READ)
    def get(self, entry_id: EntryId) -> EntryView:
        return self._db.read(lambda s: self._view(s, self._entry(s, entry_id)))

    @requires(Action.ENTRY_CORRECT)
    def edit(self, entry_id: EntryId, expected_version: int, **changes: Any) -> EntryView:
        """Change fields of an entry read at ``expected_version``.

        Raises ``ConflictError`` (naming who changed it) when somebody saved in between; the
        first writer's data stays as it was.
        """
        unknown = set(changes) - EDITABLE_FIELDS
        if unknown:
            raise ValidationError(sorted(unknown)[0], "cannot be edited")
        if "text" in changes:
            changes["text"] = clean_text(changes["text"], "text", required=True, limit=MAX_TEXT)
        if "summary" in changes:
            changes["summary"] = clean_text(
                changes["summary"], "summary", required=False, limit=MAX_SUMMARY
            )

        def run(session: Session) -> EntryView:
            row = self._entry_for_update(session, entry_id, expected_version)
            if row.recorded_by_id != self._actor.user_id:
                self._require(Action.CASE_TRIAGE)  # a recorder corrects their own entries
            old_dims = tuple(sorted(session.scalars(
                select(EntryDimension.dimension).where(EntryDimension.entry_id == row.id)
            )))
            current = snapshot(row, old_dims)
            merged = NewEntry(**{
                "event_id": row.event_id, "kind": row.kind, "service_area": row.service_area,
                "text": row.text, "session_id": row.session_id, "summary": row.summary,
                "dimensions": old_dims, "topic": row.topic, "programme": row.programme,
                "phase": row.phase, "country": row.country, "speaker_type": row.speaker_type,
                "speaker_id": row.speaker_id, "source": row.source, "language": row.language,
                "evidence": row.evidence, "sensitive": row.sensitive, "status": row.status,
                "tier": row.tier, **changes,
            })
            kind_changed = merged.kind != row.kind
            if kind_changed:
                if row.status != lifecycle.initial_status(row.kind):
                    raise ValidationError(
                        "kind", "the kind can only change before work on the item has started"
                    )
                merged = replace(merged, status=lifecycle.initial_status(merged.kind), tier=None)
            topic_changed = merged.topic != row.topic
            if topic_changed and (row.topic == PROTECTION_TOPIC or merged.topic == PROTECTION_TOPIC):
                merged = replace(merged, tier=None)  # re-derive the tier (S0 fast path)
            values = self._validated(session, merged)
            for key, value in values.items():
                if key != "dimensions":
                    setattr(row, key, value)
            row.text = changes.get("text", row.text)
            if "summary" in changes:
                row.summary = changes["summary"]
            if values["tier"] != current["tier"] or kind_changed:
                rule = self._taxonomy(session).tiers.get(values["tier"]) if values["tier"] else None
                start = local_date(row.recorded_at, self._event_timezone(session, row.event_id))
                row.due_date = compute_due(self._calendar(session), rule, start, row.kind, row.status)
            dims = values["dimensions"]
            if dims != old_dims:
                session.execute(delete(EntryDimension).where(EntryDimension.entry_id == row.id))
                if dims:
                    session.execute(
                        insert(EntryDimension), [{"entry_id": row.id, "dimension": d} for d in dims]
                    )
            after = snapshot(row, dims)
            diff = {k: [current[k], after[k]] for k in after if after[k] != current[k]}
            if not diff:
                return self._view(session, row)
            self._touch(row)
            session.flush()
            if "text" in diff or "summary" in diff:
                fts.write_index(session, row.id, row.text, row.summary)
            audit_chain.append(
                session, self._actor.username, "entry.edit", "entry", row.id, {"changes": diff}
            )
            return self._view(session, row)

        return self._db.write(run)

    def _validated(self, session: Session, new: NewEntry) -> dict[str, Any]:
        """Check every coded field against the pick-lists in the database."""
        tax = self._taxonomy(session)
        kind = tax.check("kind", new.kind, required=True)
        assert kind is not None
        values: dict[str, Any] = {
            "kind": kind,
            "service_area": tax.check("service_area", new.service_area, required=True),
            "speaker_type": tax.check("speaker_type", new.speaker_type or "other", required=True),
            "event_id": new.event_id,
            "session_id": new.session_id,
            "speaker_id": new.speaker_id,
            "sensitive": bool(new.sensitive),
        }
        for field, list_name in _CODE_FIELDS:
            values[field] = tax.check(list_name, getattr(new, field))
        dims = tuple(sorted({tax.check("dimension", d, required=True) for d in new.dimensions}))
        values["dimensions"] = dims
        self._event_info(session, new.event_id)  # NotFound when there is no such event
        if new.session_id is not None:
            owner, _name = self._session_info(session, new.session_id)
            if owner != new.event_id:
                raise ValidationError("session", "does not belong to the entry's event")
        status = new.status or lifecycle.initial_status(kind)
        if status not in lifecycle.STATUSES[kind]:
            raise ValidationError("status", f"{status!r} is not a state of a {kind}")
        values["status"] = status
        protection = values["topic"] == PROTECTION_TOPIC
        values["protection"] = protection
        if protection:
            values["sensitive"] = True
        tier = "S0" if protection else (new.tier or sla.default_tier(kind, values["topic"]))
        if tier is not None and tier not in tax.tiers:
            raise ValidationError("tier", f"unknown SLA tier {tier!r}")
        values["tier"] = tier
        return values
