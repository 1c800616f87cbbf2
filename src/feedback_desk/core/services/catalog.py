"""Reference data: users, events and sessions, the editable pick-lists, SLA tiers and holidays."""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..db import audit_chain
from ..db.engine import Database
from ..db.models import Event, EventSession, Holiday, SlaTier, TaxonomyTerm, User
from ..db.types import utcnow
from ..dto import Actor, EventView, SessionView, UserView
from ..errors import NotFound, PermissionDenied, ValidationError
from ..ids import EventId, SessionId, UserId
from ..permissions import Action, requires
from ..sla import DayUnit, TierRule, WorkCalendar

#: The widest code each list takes: the size of the entry column that stores it (PostgreSQL
#: refuses longer values outright).
CODE_LIMITS = {"kind": 16, "service_area": 16, "topic": 32, "programme": 8, "phase": 8,
               "country": 8, "speaker_type": 32, "source": 16, "language": 16, "evidence": 16,
               "dimension": 24}
_TAXONOMY_KEY = "taxonomy"
_CALENDAR_KEY = "calendar"


@dataclass(frozen=True, slots=True)
class Taxonomy:
    """The active codes of every pick-list, as loaded from the database."""

    codes: dict[str, frozenset[str]]
    tiers: dict[str, TierRule]

    def check(self, list_name: str, value: str | None, *, required: bool = False) -> str | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                raise ValidationError(list_name, "is required")
            return None
        code = value.strip()
        if code not in self.codes.get(list_name, frozenset()):
            raise ValidationError(list_name, f"unknown value {code!r}")
        return code


def user_view(row: User) -> UserView:
    return UserView(
        UserId(row.id), row.username, row.display_name, frozenset(row.roles.split()), row.active
    )


def event_view(row: Event) -> EventView:
    return EventView(
        EventId(row.id), row.uuid, row.name, row.kind, row.starts_on, row.ends_on, row.venue,
        row.timezone, row.version,
    )


def session_view(row: EventSession) -> SessionView:
    return SessionView(
        SessionId(row.id), row.uuid, EventId(row.event_id), row.name, row.starts_at, row.ends_at,
        row.position,
    )


def load_taxonomy(db: Database, session: Session) -> Taxonomy:
    cached = db.cache.get(_TAXONOMY_KEY)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    codes: dict[str, set[str]] = {}
    for list_name, code in session.execute(
        select(TaxonomyTerm.list_name, TaxonomyTerm.code).where(TaxonomyTerm.active)
    ):
        codes.setdefault(list_name, set()).add(code)
    tiers = {
        t.code: TierRule(t.code, t.amount, DayUnit(t.unit), t.label_en, t.label_id)
        for t in session.scalars(select(SlaTier))
    }
    taxonomy = Taxonomy({k: frozenset(v) for k, v in codes.items()}, tiers)
    db.cache[_TAXONOMY_KEY] = taxonomy
    return taxonomy


def load_calendar(db: Database, session: Session) -> WorkCalendar:
    cached = db.cache.get(_CALENDAR_KEY)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    calendar = WorkCalendar(holidays=frozenset(session.scalars(select(Holiday.day))))
    db.cache[_CALENDAR_KEY] = calendar
    return calendar


def ensure_user(
    db: Database, username: str, *, roles: str = "recorder", first_is_admin: bool = False
) -> Actor:
    """The actor for ``username``, creating the account on first use (with ``first_is_admin``,
    the first account of a database is its administrator: whoever set the database up)."""
    name = username.strip()
    if not name or len(name) > 64:
        raise ValidationError("user", "a user name of 1 to 64 characters is required")

    def find(session: Session) -> Any:  # columns, not the entity: also works on old schemas
        return session.execute(
            select(User.id, User.username, User.roles, User.active).where(User.username == name)
        ).one_or_none()

    row = db.read(find)
    if row is None:
        def create(session: Session) -> Any:
            existing = find(session)
            if existing is not None:
                return existing
            given = roles
            if first_is_admin and session.scalar(select(func.count()).select_from(User)) == 0:
                given = "admin"
            key = session.connection().execute(
                insert(User).values(username=name, display_name=name, roles=given, active=True,
                                    created_at=utcnow())
            ).inserted_primary_key
            assert key is not None
            audit_chain.append(session, name, "user.create", "user", key[0], {"roles": given})
            return find(session)

        try:
            row = db.write(create)
        except IntegrityError:  # created by another desk at the same moment
            row = db.read(find)
            assert row is not None
    if not row.active:
        raise PermissionDenied(name, "use this desk (the account is disabled)")
    return Actor(UserId(row.id), row.username, frozenset(row.roles.split()))


class CatalogService:
    def __init__(self, db: Database, actor: Actor, clock: Callable[[], datetime]) -> None:
        self._db = db
        self._actor = actor
        self._clock = clock

    # events and sessions ----------------------------------------------------------------
    @requires(Action.EVENT_CREATE)
    def create_event(
        self,
        name: str,
        *,
        kind: str = "symposium",
        starts_on: date | None = None,
        ends_on: date | None = None,
        venue: str = "",
        timezone: str = "Asia/Jakarta",
    ) -> EventView:
        clean = name.strip()
        if not clean or len(clean) > 200:
            raise ValidationError("event", "a name of 1 to 200 characters is required")
        if starts_on and ends_on and ends_on < starts_on:
            raise ValidationError("ends_on", "the event ends before it starts")
        _check_timezone(timezone)

        def run(session: Session) -> EventView:
            if session.scalars(select(Event.id).where(Event.name == clean)).first():
                raise ValidationError("event", f"an event named {clean!r} exists already")
            row = Event(
                uuid=str(uuidlib.uuid4()), name=clean, kind=kind, starts_on=starts_on,
                ends_on=ends_on, venue=venue.strip(), timezone=timezone,
            )
            session.add(row)
            session.flush()
            audit_chain.append(
                session, self._actor.username, "event.create", "event", row.id,
                {"name": clean, "kind": kind, "timezone": timezone},
            )
            return event_view(row)

        return self._db.write(run)

    @requires(Action.CATALOG_READ)
    def events(self) -> tuple[EventView, ...]:
        return self._db.read(
            lambda s: tuple(
                event_view(e)
                for e in s.scalars(select(Event).order_by(Event.starts_on.desc(), Event.name))
            )
        )

    @requires(Action.CATALOG_READ)
    def event_by_name(self, name: str) -> EventView:
        def run(session: Session) -> EventView:
            row = session.scalars(select(Event).where(Event.name == name.strip())).one_or_none()
            if row is None:
                raise NotFound("event", name)
            return event_view(row)

        return self._db.read(run)

    @requires(Action.SESSION_CREATE)
    def create_session(
        self,
        event_id: EventId,
        name: str,
        *,
        starts_at: datetime | None = None,
        ends_at: datetime | None = None,
    ) -> SessionView:
        clean = name.strip()
        if not clean or len(clean) > 200:
            raise ValidationError("session", "a name of 1 to 200 characters is required")

        def run(session: Session) -> SessionView:
            if session.get(Event, event_id) is None:
                raise NotFound("event", event_id)
            dup = session.scalars(
                select(EventSession.id).where(
                    EventSession.event_id == event_id, EventSession.name == clean
                )
            ).first()
            if dup:
                raise ValidationError("session", f"this event has a session named {clean!r}")
            count = len(session.scalars(
                select(EventSession.id).where(EventSession.event_id == event_id)
            ).all())
            row = EventSession(
                uuid=str(uuidlib.uuid4()), event_id=event_id, name=clean, starts_at=starts_at,
                ends_at=ends_at, position=count,
            )
            session.add(row)
            session.flush()
            audit_chain.append(
                session, self._actor.username, "session.create", "event_session", row.id,
                {"event_id": event_id, "name": clean},
            )
            return session_view(row)

        return self._db.write(run)

    @requires(Action.CATALOG_READ)
    def sessions(self, event_id: EventId) -> tuple[SessionView, ...]:
        return self._db.read(
            lambda s: tuple(
                session_view(r)
                for r in s.scalars(
                    select(EventSession)
                    .where(EventSession.event_id == event_id)
                    .order_by(EventSession.position)
                )
            )
        )

    # pick-lists -------------------------------------------------------------------------
    @requires(Action.CATALOG_READ)
    def terms(self, list_name: str) -> tuple[tuple[str, str, str], ...]:
        """``(code, English label, Indonesian label)`` of the active terms, in display order."""
        return self._db.read(
            lambda s: tuple(
                (t.code, t.label_en, t.label_id)
                for t in s.scalars(
                    select(TaxonomyTerm)
                    .where(TaxonomyTerm.list_name == list_name, TaxonomyTerm.active)
                    .order_by(TaxonomyTerm.position)
                )
            )
        )

    @requires(Action.CATALOG_MANAGE)
    def add_term(self, list_name: str, code: str, label_en: str, label_id: str) -> None:
        code = code.strip()
        limit = CODE_LIMITS.get(list_name, 32)
        if not code or len(code) > limit:  # the entry column that stores it is that wide
            raise ValidationError("code", f"a code of 1 to {limit} characters is required")
        for field, label in (("label_en", label_en), ("label_id", label_id)):
            if len(label.strip()) > 200:  # the column's size: PostgreSQL would refuse it raw
                raise ValidationError(field, "a label of at most 200 characters is required")

        def run(session: Session) -> None:
            last = session.scalars(
                select(TaxonomyTerm.position)
                .where(TaxonomyTerm.list_name == list_name)
                .order_by(TaxonomyTerm.position.desc())
            ).first()
            if last is None:
                raise ValidationError("list", f"unknown list {list_name!r}")
            session.add(TaxonomyTerm(
                list_name=list_name, code=code, label_en=label_en.strip() or code,
                label_id=label_id.strip() or label_en.strip() or code, position=last + 1,
            ))
            audit_chain.append(
                session, self._actor.username, "taxonomy.add", "taxonomy_term", None,
                {"list": list_name, "code": code, "label_en": label_en, "label_id": label_id},
            )

        self._db.write(run)
        self._db.cache.pop(_TAXONOMY_KEY, None)


class CalendarService:
    """The holiday list and SLA tier rules behind every due date (admin-editable).

    Changes apply to due dates computed from then on; this desk's cache is refreshed at once,
    other desks pick them up when they next start.
    """

    def __init__(self, db: Database, actor: Actor) -> None:
        self._db = db
        self._actor = actor

    @requires(Action.CATALOG_READ)
    def holidays(self, year: int | None = None) -> tuple[tuple[date, str], ...]:
        def run(session: Session) -> tuple[tuple[date, str], ...]:
            stmt = select(Holiday.day, Holiday.name).order_by(Holiday.day)
            if year is not None:
                stmt = stmt.where(Holiday.day >= date(year, 1, 1), Holiday.day <= date(year, 12, 31))
            return tuple((d, n) for d, n in session.execute(stmt))

        return self._db.read(run)

    @requires(Action.CATALOG_MANAGE)
    def set_holiday(self, day: date, name: str) -> None:
        label = name.replace("\x00", "").strip()[:200]

        def run(session: Session) -> None:
            row = session.get(Holiday, day)
            if row is None:
                session.add(Holiday(day=day, name=label))
            else:
                row.name = label
            session.flush()
            audit_chain.append(session, self._actor.username, "holiday.set", "holiday", None,
                               {"day": day.isoformat(), "name": label})

        self._db.write(run)
        self._db.cache.pop(_CALENDAR_KEY, None)

    @requires(Action.CATALOG_MANAGE)
    def remove_holiday(self, day: date) -> None:

        def run(session: Session) -> None:
            row = session.get(Holiday, day)
            if row is None:
                raise NotFound("holiday", day.isoformat())
            session.delete(row)
            audit_chain.append(session, self._actor.username, "holiday.remove", "holiday", None,
                               {"day": day.isoformat()})

        self._db.write(run)
        self._db.cache.pop(_CALENDAR_KEY, None)

    @requires(Action.CATALOG_READ)
    def tier_rules(self) -> tuple[TierRule, ...]:
        return self._db.read(
            lambda s: tuple(sorted(load_taxonomy(self._db, s).tiers.values(), key=lambda r: r.code))
        )

    @requires(Action.CATALOG_MANAGE)
    def set_tier_rule(self, code: str, amount: int, unit: DayUnit) -> TierRule:
        """Change how long a tier allows (e.g. S3 from 14 to 10 working days)."""
        if not 0 <= amount <= 366:
            raise ValidationError("amount", "must be between 0 and 366 days")

        def run(session: Session) -> TierRule:
            row = session.get(SlaTier, code)
            if row is None:
                raise NotFound("SLA tier", code)
            old = {"amount": row.amount, "unit": row.unit}
            row.amount, row.unit = amount, str(DayUnit(unit))
            session.flush()
            audit_chain.append(session, self._actor.username, "tier.set", "sla_tier", None,
                               {"code": code, "from": old, "to": {"amount": amount,
                                                                 "unit": row.unit}})
            return TierRule(code, amount, DayUnit(unit), row.label_en, row.label_id)

        rule = self._db.write(run)
        self._db.cache.pop(_TAXONOMY_KEY, None)
        return rule


def _check_timezone(name: str) -> None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError("timezone", f"unknown time zone {name!r}") from exc
