"""The SQL of spreadsheet import and export (``core/interchange``): what the rows are checked
against, which entries exist already, and the full rows of an export."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, aliased

from .models import (
    Entry,
    EntryDimension,
    Event,
    EventSession,
    Person,
    Speaker,
    TaxonomyTerm,
    User,
)

_BATCH = 500


def vocabulary(session: Session) -> dict[str, dict[str, tuple[str, str, str]]]:
    """Active terms of every pick-list: list → code → (code, English label, Indonesian label)."""
    out: dict[str, dict[str, tuple[str, str, str]]] = {}
    rows = session.execute(select(TaxonomyTerm.list_name, TaxonomyTerm.code,
                                  TaxonomyTerm.label_en, TaxonomyTerm.label_id)
                           .where(TaxonomyTerm.active).order_by(TaxonomyTerm.position.desc()))
    for list_name, code, en, id_ in rows:
        out.setdefault(list_name, {})[code] = (code, en, id_)
    return out


def event_zones(session: Session) -> dict[str, str]:
    return {name: tz for name, tz in session.execute(select(Event.name, Event.timezone))}


def usernames(session: Session) -> set[str]:
    return set(session.scalars(select(User.username)))


def stored_facts(session: Session, uuids: Sequence[str]) -> dict[str, tuple[Any, ...]]:
    """uuid → (event name, recorded_at, kind, service_area, text, protection) of the entries
    here among ``uuids``."""
    out: dict[str, tuple[Any, ...]] = {}
    for start in range(0, len(uuids), _BATCH):
        query = (select(Entry.uuid, Event.name, Entry.recorded_at, Entry.kind,
                        Entry.service_area, Entry.text, Entry.protection)
                 .join(Event, Event.id == Entry.event_id)
                 .where(Entry.uuid.in_(uuids[start:start + _BATCH])))
        for row in session.execute(query):
            out[row[0]] = tuple(row[1:])
    return out


def existing_uuids(session: Session, uuids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(uuids), _BATCH):
        found.update(session.scalars(select(Entry.uuid).where(
            Entry.uuid.in_(uuids[start:start + _BATCH]))))
    return found


def events_by_name(session: Session) -> dict[str, tuple[int, str]]:
    return {name: (id_, tz) for id_, name, tz in
            session.execute(select(Event.id, Event.name, Event.timezone))}


def sessions_by_name(session: Session) -> dict[tuple[int, str], int]:
    return {(event_id, name): id_ for id_, event_id, name in
            session.execute(select(EventSession.id, EventSession.event_id, EventSession.name))}


def user_ids(session: Session) -> dict[str, int]:
    return {name: id_ for id_, name in session.execute(select(User.id, User.username))}


EXPORT_FIELDS = ("id", "uuid", "recorded_at", "event", "timezone", "session", "kind",
                 "service_area", "topic", "programme", "phase", "speaker_type", "country",
                 "text", "summary", "source", "language", "status", "tier", "recorded_by",
                 "speaker_id", "consent_at", "erased_at")
PERSON_FIELDS = ("name", "phone", "nik", "passport", "kpj")


def export_rows(session: Session, ids: Sequence[int], *, personal: bool
                ) -> Iterator[tuple[dict[str, Any], tuple[str, ...], dict[str, Any] | None]]:
    """(row, dimensions, person or None) of the entries ``ids``, in that order (gone ones are
    left out). ``person`` only when ``personal``."""
    recorder = aliased(User)
    columns: list[Any] = [
        Entry.id, Entry.uuid, Entry.recorded_at, Event.name, Event.timezone, EventSession.name,
        Entry.kind, Entry.service_area, Entry.topic, Entry.programme, Entry.phase,
        Entry.speaker_type, Entry.country, Entry.text, Entry.summary, Entry.source,
        Entry.language, Entry.status, Entry.tier, recorder.username, Entry.speaker_id,
        Person.consent_at, Person.erased_at,
    ]
    if personal:
        columns += [Person.name, Person.phone, Person.nik, Person.passport, Person.kpj]
    base = (select(*columns)
            .join(Event, Event.id == Entry.event_id)
            .outerjoin(EventSession, EventSession.id == Entry.session_id)
            .join(recorder, recorder.id == Entry.recorded_by_id)
            .outerjoin(Person, Person.speaker_id == Entry.speaker_id))
    width = len(EXPORT_FIELDS)
    for start in range(0, len(ids), _BATCH):
        chunk = list(ids[start:start + _BATCH])
        found = {r[0]: r for r in session.execute(base.where(Entry.id.in_(chunk)))}
        dims: dict[int, list[str]] = {}
        for entry_id, dim in session.execute(
                select(EntryDimension.entry_id, EntryDimension.dimension)
                .where(EntryDimension.entry_id.in_(chunk))):
            dims.setdefault(entry_id, []).append(dim)
        for entry_id in chunk:
            r = found.get(entry_id)
            if r is None:
                continue
            row = dict(zip(EXPORT_FIELDS, r[:width], strict=True))
            person = dict(zip(PERSON_FIELDS, r[width:], strict=True)) if personal else None
            yield row, tuple(sorted(dims.get(entry_id, ()))), person




def session_names(session: Session) -> set[tuple[str, str]]:
    """(event name, session name) of every session."""
    return {(event, name) for event, name in session.execute(
        select(Event.name, EventSession.name).join(EventSession, EventSession.event_id == Event.id))}


def entry_ids(session: Session, uuids: Sequence[str]) -> dict[str, int]:
    """uuid → id of the entries among ``uuids`` (at most a few thousand at a time)."""
    return {u: i for u, i in session.execute(
        select(Entry.uuid, Entry.id).where(Entry.uuid.in_(list(uuids))))}


def longest_text(session: Session, ids: Sequence[int]) -> int:
    """The length of the longest text among the entries ``ids`` (0 for none)."""
    longest = 0
    for start in range(0, len(ids), _BATCH * 10):
        found = session.scalar(select(func.max(func.length(Entry.text)))
                               .where(Entry.id.in_(list(ids[start:start + _BATCH * 10]))))
        longest = max(longest, found or 0)
    return longest


_PG_IMPORT_LOCK = 0x46445F49  # "FD_I"


def lock_imports(session: Session) -> None:
    """One import at a time (PostgreSQL; SQLite's write transaction is exclusive already), so
    a second import of the same rows sees the first one's entries, events and accounts."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_IMPORT_LOCK})


def speaker_ids(session: Session, uuids: Sequence[str]) -> dict[str, int]:
    """uuid → id of the speakers among ``uuids``."""
    return {u: i for u, i in session.execute(
        select(Speaker.uuid, Speaker.id).where(Speaker.uuid.in_(list(uuids))))}
