"""What every service shares: the database, the actor, the clock and entry loading/views."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import lifecycle, sla
from ..db import audit_chain
from ..db.engine import Database
from ..db.models import Entry, EntryDimension, EntryTag, Event, EventSession, Tag, User
from ..dto import Actor, EntryQuery, EntryView
from ..errors import ConflictError, NotFound, ValidationError
from ..ids import EntryId, EventId, GroupId, SessionId, SpeakerId
from ..permissions import Action, require
from .catalog import load_calendar, load_taxonomy

DEFAULT_TIMEZONE = "Asia/Jakarta"


@lru_cache(maxsize=64)
def zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def local_date(moment: datetime, timezone: str) -> date:
    return moment.astimezone(zone(timezone)).date()


def clean_text(value: str | None, field: str, *, required: bool, limit: int) -> str | None:
    """Strip what cannot be stored (NUL) and surrounding blanks; enforce presence and length."""
    if value is None:
        if required:
            raise ValidationError(field, "is required")
        return None
    if not isinstance(value, str):
        raise ValidationError(field, "must be text")
    cleaned = value.replace("\x00", "").strip()
    if not cleaned:
        if required:
            raise ValidationError(field, "must not be empty")
        return None
    if len(cleaned) > limit:
        raise ValidationError(field, f"is {len(cleaned):,} characters long; the limit is {limit:,}")
    return cleaned


class ServiceBase:
    """Holds the shared context; subclasses add one role each."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        clock: Callable[[], datetime],
        timezone: str = DEFAULT_TIMEZONE,
    ) -> None:
        self._db = db
        self._actor = actor
        self._clock = clock
        self._timezone = timezone

    @property
    def actor(self) -> Actor:
        return self._actor

    def _today(self) -> date:
        return local_date(self._clock(), self._timezone)

    def _taxonomy(self, session: Session):  # type: ignore[no-untyped-def]
        return load_taxonomy(self._db, session)

    def _calendar(self, session: Session) -> sla.WorkCalendar:
        return load_calendar(self._db, session)

    def _event_info(self, session: Session, event_id: int) -> tuple[str, str]:
        """(name, time zone) of an event; events are never deleted, so this caches safely."""
        cache = self._db.cache.setdefault("events", {})
        info = cache.get(event_id)
        if info is None:
            row = session.execute(
                select(Event.name, Event.timezone).where(Event.id == event_id)
            ).first()
            if row is None:
                raise NotFound("event", event_id)
            info = cache[event_id] = (row.name, row.timezone or self._timezone)
        return info  # type: ignore[no-any-return]

    def _session_info(self, session: Session, session_id: int) -> tuple[int, str]:
        """(event id, name) of a session or panel (cached like events)."""
        cache = self._db.cache.setdefault("sessions", {})
        info = cache.get(session_id)
        if info is None:
            row = session.execute(
                select(EventSession.event_id, EventSession.name)
                .where(EventSession.id == session_id)
            ).first()
            if row is None:
                raise NotFound("session", session_id)
            info = cache[session_id] = (row.event_id, row.name)
        return info  # type: ignore[no-any-return]

    def _event_timezone(self, session: Session, event_id: int) -> str:
        return self._event_info(session, event_id)[1]

    def _check_query(self, query: EntryQuery) -> None:
        """Unknown filter values are typos: say so instead of silently finding nothing."""
        tax = self._db.cache.get("taxonomy") or self._db.read(self._taxonomy)
        for list_name, values in (
            ("kind", query.kinds), ("service_area", query.areas), ("tier", query.tiers),
            ("speaker_type", query.speaker_types),
        ):
            for value in values:
                tax.check(list_name, value)
        for list_name, values in (  # "" = not given
            ("country", query.countries), ("topic", query.topics),
            ("programme", query.programmes), ("phase", query.phases),
            ("dimension", query.dimensions),
        ):
            for value in values:
                if value != "":
                    tax.check(list_name, value, required=True)
        known = {s for states in lifecycle.STATUSES.values() for s in states}
        for status in query.statuses:
            if status not in known:
                raise ValidationError("status", f"unknown value {status!r}")

    def _can_see(self, row: Entry) -> bool:
        return not row.protection or self._actor.can(Action.PROTECTION_READ)

    def _entry(self, session: Session, entry_id: int, *, lock: bool = False) -> Entry:
        # FOR UPDATE (PostgreSQL; SQLite's BEGIN IMMEDIATE already serialises writers): a
        # concurrent writer waits for our commit and then reads our version, instead of both
        # reading the same version and one of them failing.
        row = session.get(Entry, entry_id, with_for_update=lock or None)
        if row is None or not self._can_see(row):  # protection cases stay invisible
            raise NotFound("entry", entry_id)
        return row

    def _entry_for_update(self, session: Session, entry_id: int, expected_version: int) -> Entry:
        row = self._entry(session, entry_id, lock=True)
        if row.version != expected_version:
            who = session.scalar(select(User.username).where(User.id == row.updated_by_id))
            raise ConflictError(
                "entry", entry_id, expected_version, row.version, who, row.updated_at
            )
        return row

    def _touch(self, row: Entry) -> None:
        row.updated_at = self._clock()
        row.updated_by_id = self._actor.user_id

    def _save(self, session: Session, row: Entry, action: str, data: dict[str, Any]) -> None:
        """Stamp who changed the entry, write it (its version goes up) and audit the change."""
        self._touch(row)
        session.flush()
        audit_chain.append(session, self._actor.username, action, "entry", row.id, data)

    def _require(self, action: Action) -> None:
        require(self._actor, action)

    def _view(self, session: Session, row: Entry) -> EntryView:
        return entry_view(session, row, self._today())


def _username(session: Session, user_id: int | None) -> str | None:
    if user_id is None:
        return None
    return session.scalar(select(User.username).where(User.id == user_id))


def entry_view(session: Session, row: Entry, today: date) -> EntryView:
    session.flush()
    event_name = session.scalar(select(Event.name).where(Event.id == row.event_id)) or ""
    session_name = (
        session.scalar(select(EventSession.name).where(EventSession.id == row.session_id))
        if row.session_id
        else None
    )
    dims = tuple(
        session.scalars(
            select(EntryDimension.dimension)
            .where(EntryDimension.entry_id == row.id)
            .order_by(EntryDimension.dimension)
        )
    )
    tags = tuple(
        session.scalars(
            select(Tag.name).join(EntryTag, EntryTag.tag_id == Tag.id)
            .where(EntryTag.entry_id == row.id)
            .order_by(Tag.name)
        )
    )
    overdue = sla.is_overdue(
        row.due_date,
        today,
        open_=lifecycle.is_open(row.kind, row.status),
        waiting=lifecycle.is_waiting(row.kind, row.status),
    )
    return EntryView(
        id=EntryId(row.id),
        uuid=row.uuid,
        event_id=EventId(row.event_id),
        event_name=event_name,
        session_id=SessionId(row.session_id) if row.session_id else None,
        session_name=session_name,
        kind=row.kind,
        text=row.text,
        summary=row.summary,
        service_area=row.service_area,
        dimensions=dims,
        topic=row.topic,
        programme=row.programme,
        phase=row.phase,
        country=row.country,
        speaker_id=SpeakerId(row.speaker_id) if row.speaker_id else None,
        speaker_type=row.speaker_type,
        source=row.source,
        language=row.language,
        evidence=row.evidence,
        sensitive=row.sensitive,
        protection=row.protection,
        recorded_by=_username(session, row.recorded_by_id) or "",
        recorded_at=row.recorded_at,
        status=row.status,
        tier=row.tier,
        due_date=row.due_date,
        paused_on=row.paused_on,
        overdue=overdue,
        assignee=_username(session, row.assignee_id),
        answer=row.answer,
        reopen_count=row.reopen_count,
        resolved_at=row.resolved_at,
        group_id=GroupId(row.group_id) if row.group_id else None,
        tags=tags,
        updated_by=_username(session, row.updated_by_id) or "",
        updated_at=row.updated_at,
        version=row.version,
    )
