"""Merging an offline desk, the writing half: read the copy's rows, then match and insert them
into the shared database in one transaction (``merge.merge_desk_file`` is the way in)."""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from . import lifecycle
from .accounts import check_distinct, check_username
from .db import audit_chain, fts
from .db import models as m
from .errors import ValidationError
from .merge import (
    _CODES,
    _HIDDEN,
    FACT_FIELDS,
    EntryFacts,
    MergeCancelled,
    MergeConflict,
    MergeReport,
)
from .services.base import clean_text
from .services.catalog import load_taxonomy
from .services.entries import MAX_SUMMARY, MAX_TEXT, record_snapshot
from .taxonomy import PROTECTION_TOPIC

if TYPE_CHECKING:
    from .services import Services


def load_rows(session: Session) -> dict[str, list[dict[str, Any]]]:
    def rows(model: Any, *order: Any) -> list[dict[str, Any]]:
        query = select(model.__table__)
        return [dict(r) for r in session.execute(query.order_by(*order) if order else query)
                .mappings()]

    return {
        "users": rows(m.User), "events": rows(m.Event), "sessions": rows(m.EventSession),
        "speakers": rows(m.Speaker), "persons": rows(m.Person), "groups": rows(m.IssueGroup),
        "entries": rows(m.Entry, m.Entry.recorded_at, m.Entry.id),
        "dims": rows(m.EntryDimension), "tags": rows(m.Tag), "entry_tags": rows(m.EntryTag),
        "notes": rows(m.Note, m.Note.id), "links": rows(m.EntryLink, m.EntryLink.id),
    }


# ---- writing ----------------------------------------------------------------------------------
class Merger:
    def __init__(
        self, session: Session, services: Services, data: dict[str, list[dict[str, Any]]],
        label: str, digest: str, hide: bool, progress: Callable[[int, int], None] | None,
        cancel: Callable[[], bool] | None,
    ) -> None:
        self.s, self.data, self.label, self.digest, self.hide = session, data, label, digest, hide
        self.actor = services.actor.username
        self.actor_id = int(services.actor.user_id)
        self.tax = load_taxonomy(services.db, session)
        self.progress, self.cancel = progress, cancel
        self.audit: list[tuple[str, str, str, int | None, dict[str, Any]]] = []
        self.src = {name: {r["id"]: r for r in data[name]} for name in
                    ("users", "events", "sessions", "speakers", "groups", "entries")}
        self.maps: dict[str, dict[int, int]] = {k: {} for k in self.src}
        self.created: dict[str, list[str]] = {"users": [], "events": [], "sessions": []}
        tag_names = {t["id"]: t["name"] for t in data["tags"]}
        self.tags_of: dict[int, list[str]] = {}
        for t in data["entry_tags"]:
            self.tags_of.setdefault(t["entry_id"], []).append(tag_names[t["tag_id"]])
        self.notes_of: dict[int, list[dict[str, Any]]] = {}
        for n in data["notes"]:
            self.notes_of.setdefault(n["entry_id"], []).append(n)
        self.person_of = {p["speaker_id"]: p for p in data["persons"]}

    def _log(self, action: str, entity: str, entity_id: int | None, data: dict[str, Any]) -> None:
        self.audit.append((self.actor, action, entity, entity_id, data | {"merged_from": self.label}))

    def _add(self, row: Any) -> int:
        self.s.add(row)
        self.s.flush()
        return int(row.id)

    def _id(self, column: Any, *where: Any) -> int | None:
        return self.s.scalar(select(column).where(*where))

    def _resolve(self, kind: str, src_id: int | None, find: Callable[[dict[str, Any]], int | None],
                 create: Callable[[dict[str, Any]], int]) -> int | None:
        """The id here of the source row ``src_id`` of ``kind``: found, else created."""
        if src_id is None or src_id not in self.src[kind]:
            return None
        known = self.maps[kind]
        if src_id not in known:
            src = self.src[kind][src_id]
            known[src_id] = find(src) or create(src)
        return known[src_id]

    def user(self, src_id: int | None) -> int | None:
        """The account here of the file's user: found by name, else created inactive without a
        password; a name this database would not accept stands for the merging user."""
        if src_id is not None and src_id in self.src["users"] and self.bad_user(src_id):
            return self.actor_id

        def create(r: dict[str, Any]) -> int:
            found = self._add(m.User(username=r["username"], roles="recorder", active=False,
                                     display_name=r["display_name"], password_hash=None))
            self.created["users"].append(r["username"])
            self._log("user.create", "user", found, {"roles": "recorder", "active": False})
            return found

        return self._resolve("users", src_id,
                             lambda r: self._id(m.User.id, m.User.username == r["username"]), create)

    def event(self, src_id: int) -> int:
        def create(r: dict[str, Any]) -> int:
            found = self._add(m.Event(**{k: r[k] for k in (
                "uuid", "name", "kind", "starts_on", "ends_on", "venue", "timezone", "created_at")}))
            self.created["events"].append(r["name"])
            self._log("event.create", "event", found,
                      {"name": r["name"], "kind": r["kind"], "timezone": r["timezone"]})
            return found

        found = self._resolve("events", src_id, lambda r: (
            self._id(m.Event.id, m.Event.uuid == r["uuid"])
            or self._id(m.Event.id, m.Event.name == r["name"])), create)
        assert found is not None
        return found

    def session(self, src_id: int | None) -> int | None:
        def create(r: dict[str, Any]) -> int:
            taken = self._id(m.EventSession.id, m.EventSession.uuid == r["uuid"])
            event_id = self.event(r["event_id"])
            found = self._add(m.EventSession(
                uuid=str(uuidlib.uuid4()) if taken else r["uuid"], event_id=event_id,
                name=r["name"], starts_at=r["starts_at"], ends_at=r["ends_at"],
                position=r["position"]))
            self.created["sessions"].append(r["name"])
            self._log("session.create", "event_session", found,
                      {"event_id": event_id, "name": r["name"]})
            return found

        return self._resolve("sessions", src_id, lambda r: self._id(
            m.EventSession.id, m.EventSession.event_id == self.event(r["event_id"]),
            m.EventSession.name == r["name"]), create)

    def speaker(self, src_id: int | None) -> int | None:
        def create(r: dict[str, Any]) -> int:
            found = self._add(m.Speaker(**{k: r[k] for k in (
                "uuid", "speaker_type", "country", "label", "created_at")}))
            self._log("speaker.create", "speaker", found, {
                "speaker_type": r["speaker_type"], "country": r["country"], "label": r["label"]})
            person = self.person_of.get(r["id"])
            if person is not None:  # the identity, with the consent it was given under
                values = {k: person[k] for k in ("name", "phone", "nik", "passport", "kpj",
                                                 "employer")}
                self._add(m.Person(speaker_id=found, consent_at=person["consent_at"],
                                   consent_by_id=self.user(person["consent_by_id"]),
                                   consent_purpose=person["consent_purpose"],
                                   erased_at=person["erased_at"], **values))
                self._log("person.record", "speaker", found, {
                    "fields": sorted(k for k, v in values.items() if v),
                    "purpose": person["consent_purpose"]})
            return found

        return self._resolve("speakers", src_id,
                             lambda r: self._id(m.Speaker.id, m.Speaker.uuid == r["uuid"]), create)

    def group(self, src_id: int | None) -> int | None:
        def create(r: dict[str, Any]) -> int:
            found = self._add(m.IssueGroup(
                uuid=r["uuid"], title=r["title"], description=r["description"],
                created_by_id=self.user(r["created_by_id"]), created_at=r["created_at"]))
            self._log("group.create", "issue_group", found,
                      {"title": r["title"], "description": r["description"]})
            return found

        return self._resolve("groups", src_id,
                             lambda r: self._id(m.IssueGroup.id, m.IssueGroup.uuid == r["uuid"]),
                             create)

    def _facts(self, row: Any, event: str, session: str | None, user: str) -> EntryFacts:
        text = _HIDDEN if self.hide and row["protection"] else row["text"]
        return EntryFacts(event, session, row["recorded_at"], user, row["kind"],
                          row["service_area"], row["speaker_type"], row["country"], row["topic"],
                          text)

    def facts_of_file(self, src: dict[str, Any]) -> EntryFacts:
        event = self.src["events"][src["event_id"]]["name"]
        session = self.src["sessions"][src["session_id"]]["name"] if src["session_id"] else None
        user = self.src["users"].get(src["recorded_by_id"], {}).get("username", "")
        return self._facts(src, event, session, user)

    def facts_here(self, uuids: list[str]) -> dict[str, tuple[int, EntryFacts]]:
        out: dict[str, tuple[int, EntryFacts]] = {}
        E = m.Entry  # noqa: N806
        for start in range(0, len(uuids), 500):
            query = (
                select(E.id, E.uuid, E.recorded_at, E.kind, E.service_area, E.speaker_type,
                       E.country, E.topic, E.text, E.protection, m.Event.name.label("event"),
                       m.EventSession.name.label("session"), m.User.username)
                .join(m.Event, m.Event.id == E.event_id)
                .outerjoin(m.EventSession, m.EventSession.id == E.session_id)
                .join(m.User, m.User.id == E.recorded_by_id)
                .where(E.uuid.in_(uuids[start:start + 500]))
            )
            for r in self.s.execute(query).mappings():
                out[r["uuid"]] = (r["id"], self._facts(r, r["event"], r["session"], r["username"]))
        return out

    def bad_user(self, src_id: int) -> str | None:
        """Why the file's user ``src_id`` cannot be an account here (None: it can)."""
        found = self.src["users"].get(src_id)
        if found is None:
            return "its recorder is missing from the file"
        try:
            name = check_username(found["username"])
            if name != found["username"]:
                raise ValidationError("user", "a user name without surrounding blanks")
            if self._id(m.User.id, m.User.username == name) is None:
                check_distinct(self.s, name)
        except ValidationError as exc:
            return f"its recorder's name {found['username']!r} is refused: {exc.message}"
        return None

    def refusal(self, src: dict[str, Any], dims: list[str]) -> str | None:
        """Why this database cannot take the entry (a code its lists lack, a state or tier it
        does not know, a text it would not store, a recorder it cannot name), or None."""
        try:
            for column, list_name in _CODES:
                self.tax.check(list_name, src[column])
            for dim in dims:
                self.tax.check("dimension", dim, required=True)
        except ValidationError as exc:
            return f"{exc}; add it to this database's lists first"
        if src["kind"] not in lifecycle.STATUSES or src["status"] not in lifecycle.STATUSES[
                src["kind"]]:
            return f"{src['status']!r} is not a state of a {src['kind']}"
        if src["tier"] is not None and src["tier"] not in self.tax.tiers:
            return f"unknown SLA tier {src['tier']!r}"
        try:
            clean_text(src["text"], "text", required=True, limit=MAX_TEXT)
            clean_text(src["summary"], "summary", required=False, limit=MAX_SUMMARY)
        except ValidationError as exc:
            return str(exc)
        return self.bad_user(src["recorded_by_id"])

    def insert(self, src: dict[str, Any], dims: list[str]) -> int:
        row = {k: v for k, v in src.items() if k not in ("id", "dimension_bits")}
        row["text"] = clean_text(row["text"], "text", required=True, limit=MAX_TEXT)
        row["summary"] = clean_text(row["summary"], "summary", required=False, limit=MAX_SUMMARY)
        if row["topic"] == PROTECTION_TOPIC or row["protection"]:  # never less protected here
            row.update(protection=True, sensitive=True, tier="S0")
        row.update(
            event_id=self.event(src["event_id"]), session_id=self.session(src["session_id"]),
            speaker_id=self.speaker(src["speaker_id"]), group_id=self.group(src["group_id"]),
            recorded_by_id=self.user(src["recorded_by_id"]),
            updated_by_id=self.user(src["updated_by_id"]) or self.user(src["recorded_by_id"]),
            assignee_id=self.user(src["assignee_id"]), version=1,
        )
        conn = self.s.connection()
        key = conn.execute(insert(m.Entry), row).inserted_primary_key
        assert key is not None
        entry_id = int(key[0])
        if dims:
            conn.execute(insert(m.EntryDimension),
                         [{"entry_id": entry_id, "dimension": d} for d in dims])
        fts.insert_index(self.s, entry_id, row["text"], row["summary"])
        tags = sorted(self.tags_of.get(src["id"], []))
        for name in tags:
            tag_id = self._id(m.Tag.id, m.Tag.name == name) or self._add(m.Tag(name=name))
            conn.execute(insert(m.EntryTag), {"entry_id": entry_id, "tag_id": tag_id})
        notes = self.notes_of.get(src["id"], [])
        for note in notes:
            body = (note["body"] or "").replace("\x00", "")
            self.s.add(m.Note(entry_id=entry_id, body=body, created_at=note["created_at"],
                              author_id=self.user(note["author_id"])))
        user = self.src["users"].get(src["recorded_by_id"], {}).get("username", "")
        self._log("entry.merge", "entry", entry_id, record_snapshot(row, tuple(dims)) | {
            "recorded_by": user, "tags": tags, "notes": len(notes)})
        return entry_id

    def run(self) -> MergeReport:
        entries = self.data["entries"]
        dims: dict[int, list[str]] = {}
        for d in self.data["dims"]:
            dims.setdefault(d["entry_id"], []).append(d["dimension"])
        here = self.facts_here([e["uuid"] for e in entries])
        new: list[str] = []
        present: list[str] = []
        conflicts: list[MergeConflict] = []
        refused: list[tuple[str, str]] = []
        ids: dict[int, int] = {}  # source entry id → entry id here
        for done, src in enumerate(entries):
            if self.cancel is not None and self.cancel():
                raise MergeCancelled()
            if self.progress is not None:
                self.progress(done, len(entries))
            known, entry_dims = here.get(src["uuid"]), sorted(dims.get(src["id"], []))
            if known is None:
                reason = self.refusal(src, entry_dims)
                if reason is not None:
                    refused.append((src["uuid"], reason))
                else:
                    ids[src["id"]] = self.insert(src, entry_dims)
                    new.append(src["uuid"])
                continue
            ids[src["id"]], ours = known
            theirs = self.facts_of_file(src)
            differ = tuple(f for f in FACT_FIELDS if getattr(ours, f) != getattr(theirs, f))
            if differ:
                conflicts.append(MergeConflict(src["uuid"], ours, theirs, differ))
            else:
                present.append(src["uuid"])
        self.s.flush()
        for link in self.data["links"]:
            a, b = ids.get(link["source_id"]), ids.get(link["target_id"])
            if a is not None and b is not None and self._id(
                    m.EntryLink.id, m.EntryLink.source_id == a, m.EntryLink.target_id == b,
                    m.EntryLink.kind == link["kind"]) is None:
                self.s.add(m.EntryLink(source_id=a, target_id=b, kind=link["kind"],
                                       created_by_id=self.user(link["created_by_id"]),
                                       created_at=link["created_at"]))
        if self.progress is not None:
            self.progress(len(entries), len(entries))
        report = MergeReport(
            self.label, len(entries), tuple(new), tuple(present), tuple(conflicts),
            tuple(refused), tuple(self.created["users"]), tuple(self.created["events"]),
            tuple(self.created["sessions"]), sha256=self.digest,
        )
        self._log("desk.merge", "desk", None, {
            "sha256": self.digest, "entries": len(entries), "new": len(new),
            "present": len(present), "conflicts": [c.uuid for c in conflicts],
            "refused": [u for u, _r in refused], "users_created": list(report.users_created),
            "events_created": list(report.events_created),
            "sessions_created": list(report.sessions_created)})
        self.s.flush()
        audit_chain.append_many(self.s, self.audit)
        return report
