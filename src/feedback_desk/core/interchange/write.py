"""Writing a checked import in the caller's one transaction: events, sessions and accounts it
needs, the entries with their dimensions, search index, speakers' identities (with consent) and
one audit row per entry plus one for the file."""

from __future__ import annotations

import uuid as uuidlib
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from .. import lifecycle, sla
from ..accounts import check_distinct
from ..db import audit_chain, fts
from ..db import interchange_queries as q
from ..db.models import Entry, EntryDimension, Event, EventSession, Person, Speaker, User
from ..dto import Actor
from ..limits import IDENTITY_LIMITS
from ..services.base import local_date
from ..services.entries import compute_due, record_snapshot
from ..taxonomy import PROTECTION_TOPIC
from .model import Cancel, ImportCancelled, ImportPreview, ImportResult, Progress
from .rows import Candidate

CHUNK = 1000
_UNSET = object()
NEW_EVENT_ZONE = "Asia/Jakarta"


class ImportWriter:
    def __init__(self, session: Session, actor: Actor, now: datetime, tiers: dict[str, Any],
                 calendar: sla.WorkCalendar, purpose: str, label: str, digest: str) -> None:
        self.s, self.actor, self.now = session, actor, now
        self.tiers, self.calendar, self.purpose = tiers, calendar, purpose
        self.label, self.digest = label, digest
        self.audit: list[tuple[str, str, str, int | None, dict[str, Any]]] = []
        self.created: dict[str, list[str]] = {"events": [], "sessions": [], "users": []}
        self._due: dict[tuple[Any, ...], Any] = {}

    def _log(self, action: str, entity: str, entity_id: int | None, data: dict[str, Any]) -> None:
        self.audit.append((self.actor.username, action, entity, entity_id, data))

    def _add(self, row: Any) -> int:
        self.s.add(row)
        self.s.flush()
        return int(row.id)

    # ---- what the entries need -----------------------------------------------------------
    def events(self, rows: list[Candidate]) -> dict[str, tuple[int, str]]:
        known = q.events_by_name(self.s)
        days: dict[str, list[date]] = {}
        for c in rows:
            if c.event not in known:
                days.setdefault(c.event, []).append(local_date(c.recorded_at, NEW_EVENT_ZONE))
        for name, seen in days.items():
            event_id = self._add(Event(uuid=str(uuidlib.uuid4()), name=name, kind="symposium",
                                       starts_on=min(seen), ends_on=max(seen), venue="",
                                       timezone=NEW_EVENT_ZONE))
            known[name] = (event_id, NEW_EVENT_ZONE)
            self.created["events"].append(name)
            self._log("event.create", "event", event_id, {
                "name": name, "kind": "symposium", "timezone": NEW_EVENT_ZONE,
                "imported_from": self.label})
        return known

    def sessions(self, rows: list[Candidate], events: dict[str, tuple[int, str]]
                 ) -> dict[tuple[int, str], int]:
        known = q.sessions_by_name(self.s)
        for c in rows:
            if c.session is None:
                continue
            event_id = events[c.event][0]
            if (event_id, c.session) in known:
                continue
            position = self.s.scalar(select(func.count()).select_from(EventSession)
                                     .where(EventSession.event_id == event_id)) or 0
            session_id = self._add(EventSession(uuid=str(uuidlib.uuid4()), event_id=event_id,
                                                name=c.session, position=position))
            known[(event_id, c.session)] = session_id
            self.created["sessions"].append(f"{c.event} / {c.session}")
            self._log("session.create", "event_session", session_id, {
                "event_id": event_id, "name": c.session, "imported_from": self.label})
        return known

    def users(self, rows: list[Candidate]) -> dict[str, int]:
        known = q.user_ids(self.s)
        for name in dict.fromkeys(c.recorded_by for c in rows if c.recorded_by):
            if name in known:
                continue
            check_distinct(self.s, name)  # an account made since the preview: no look-alike
            known[name] = self._add(User(username=name, roles="recorder", active=False,
                                         display_name=name, password_hash=None))
            self.created["users"].append(name)
            self._log("user.create", "user", known[name], {
                "roles": "recorder", "active": False, "imported_from": self.label})
        return known

    def speakers(self, chunk: list[Candidate], first_number: int) -> dict[str, int]:
        """The speakers of the chunk's rows that give an identity (with consent), inserted in
        bulk with their identities: entry uuid → speaker id."""
        given = [c for c in chunk if c.identity]
        if not given:
            return {}
        made = {c.uuid: str(uuidlib.uuid4()) for c in given}
        labels = {c.uuid: f"Speaker {first_number + n}" for n, c in enumerate(given, start=1)}
        conn = self.s.connection()
        conn.execute(insert(Speaker), [
            {"uuid": made[c.uuid], "speaker_type": c.speaker_type, "country": c.country,
             "label": labels[c.uuid], "created_at": self.now} for c in given])
        ids = q.speaker_ids(self.s, list(made.values()))
        conn.execute(insert(Person), [
            {"speaker_id": ids[made[c.uuid]], "consent_at": self.now,
             "consent_purpose": self.purpose, "consent_by_id": int(self.actor.user_id),
             "erased_at": None, "version": 1,
             **{k: None for k in IDENTITY_LIMITS}, **dict(c.identity)} for c in given])
        for c in given:
            speaker_id = ids[made[c.uuid]]
            self._log("speaker.create", "speaker", speaker_id, {
                "speaker_type": c.speaker_type, "country": c.country, "label": labels[c.uuid]})
            self._log("person.record", "speaker", speaker_id, {
                "fields": sorted(k for k, _v in c.identity), "purpose": self.purpose,
                "imported_from": self.label})
        return {c.uuid: ids[made[c.uuid]] for c in given}

    # ---- the entries ---------------------------------------------------------------------
    def run(self, preview: ImportPreview, rows: list[Candidate], *, rejected: int,
            progress: Progress | None, cancel: Cancel | None) -> ImportResult:
        q.lock_imports(self.s)  # two desks importing one file: the second waits, then finds all
        present = set(q.existing_uuids(self.s, [c.uuid for c in rows]))  # since the preview
        todo = [c for c in rows if c.uuid not in present]
        events = self.events(todo)
        sessions = self.sessions(todo, events)
        users = self.users(todo)
        speakers = self.s.scalar(select(func.count()).select_from(Speaker)) or 0
        added: list[str] = []
        identities = 0
        conn = self.s.connection()
        stmt = insert(Entry)  # executemany; RETURNING in order would go row by row on SQLite
        for start in range(0, len(todo), CHUNK):
            if cancel is not None and cancel():
                raise ImportCancelled()
            chunk = todo[start:start + CHUNK]
            who = self.speakers(chunk, speakers)
            speakers += len(who)
            identities += len(who)
            values = [self._row(c, events, sessions, users, who.get(c.uuid)) for c in chunk]
            conn.execute(stmt, values)
            got = q.entry_ids(self.s, [c.uuid for c in chunk])
            ids = [got[c.uuid] for c in chunk]
            dims = [{"entry_id": i, "dimension": d}
                    for i, c in zip(ids, chunk, strict=True) for d in c.dimensions]
            if dims:
                conn.execute(insert(EntryDimension), dims)
            fts.insert_many(self.s, [(i, c.text, c.summary)
                                     for i, c in zip(ids, chunk, strict=True)])
            for i, c, row in zip(ids, chunk, values, strict=True):
                self._log("entry.import", "entry", i, record_snapshot(row, c.dimensions) | {
                    "recorded_by": c.recorded_by or self.actor.username,
                    "file": self.label, "row": c.number})
                added.append(c.uuid)
            if progress is not None:
                progress(start + len(chunk), (start + len(chunk)) / max(len(todo), 1))
        dropped = sum(1 for o in preview.rows for n in o.notes
                      if n.code == "personal_dropped" and o.status == "accepted")
        result = ImportResult(
            path=preview.source.path, added=tuple(added),
            present=preview.count("present") + len(present), rejected=rejected,
            identities=identities, personal_dropped=dropped,
            events_created=tuple(self.created["events"]),
            sessions_created=tuple(self.created["sessions"]),
            users_created=tuple(self.created["users"]),
        )
        self._log("entries.import", "file", None, {
            "file": self.label, "sha256": self.digest, "format": preview.source.format,
            "rows": len(preview.rows), "added": len(added), "present": result.present,
            "rejected": rejected, "identities": identities, "personal_dropped": dropped,
            "events_created": list(result.events_created),
            "sessions_created": list(result.sessions_created),
            "users_created": list(result.users_created)})
        audit_chain.append_many(self.s, self.audit, at=self.now)
        return result

    def _row(self, c: Candidate, events: dict[str, tuple[int, str]],
             sessions: dict[tuple[int, str], int], users: dict[str, int],
             speaker_id: int | None) -> dict[str, Any]:
        event_id, zone = events[c.event]
        tier = c.tier if c.tier is not None else sla.default_tier(c.kind, c.topic)
        day = local_date(c.recorded_at, zone)
        key = (tier, day, c.kind, c.status)
        due = self._due.get(key, _UNSET)
        if due is _UNSET:  # a file has few distinct (tier, day, kind, state): work each out once
            rule = self.tiers.get(tier) if tier else None
            due = self._due[key] = compute_due(self.calendar, rule, day, c.kind, c.status)
        protection = c.topic == PROTECTION_TOPIC
        recorder = users[c.recorded_by] if c.recorded_by else int(self.actor.user_id)
        return {
            "uuid": c.uuid, "event_id": event_id,
            "session_id": sessions[(event_id, c.session)] if c.session else None,
            "kind": c.kind, "text": c.text, "summary": c.summary,
            "service_area": c.service_area, "topic": c.topic, "programme": c.programme,
            "phase": c.phase, "country": c.country, "speaker_id": speaker_id,
            "speaker_type": c.speaker_type, "source": c.source, "language": c.language,
            "evidence": None, "sensitive": protection, "protection": protection,
            "recorded_by_id": recorder, "recorded_at": c.recorded_at, "status": c.status,
            "tier": tier,
            "due_date": due, "paused_on": None, "assignee_id": None, "answer": None,
            "reopen_count": 0,
            "resolved_at": c.recorded_at if lifecycle.is_resolution(c.kind, c.status) else None,
            "group_id": None, "updated_at": self.now,
            "updated_by_id": int(self.actor.user_id), "version": 1,
        }

