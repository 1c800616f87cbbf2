"""SQLAlchemy 2 typed models. Only ``core.db`` touches these; services hand out DTOs.

Every editable row carries a ``version`` column used as ``version_id_col``: an UPDATE that
finds another version raises ``StaleDataError`` instead of overwriting somebody's work.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .types import UTCDateTime, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), date: Date()}


class User(Base):
    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    roles: Mapped[str] = mapped_column(String(200), default="recorder")  # space-separated
    password_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    failed_logins: Mapped[int] = mapped_column(Integer, server_default="0")  # no Python default: old schemas
    locked_until: Mapped[datetime | None]
    password_changed_at: Mapped[datetime | None]


class Event(Base):
    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(32), default="symposium")
    starts_on: Mapped[date | None]
    ends_on: Mapped[date | None]
    venue: Mapped[str] = mapped_column(String(200), default="")
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Jakarta")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class EventSession(Base):
    """A session or panel of an event."""

    __tablename__ = "event_session"
    __table_args__ = (UniqueConstraint("event_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    starts_at: Mapped[datetime | None]
    ends_at: Mapped[datetime | None]
    position: Mapped[int] = mapped_column(Integer, default=0)


class Speaker(Base):
    """A pseudonymous speaker: type and country only. Identity lives in ``Person``."""

    __tablename__ = "speaker"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    speaker_type: Mapped[str] = mapped_column(String(32))
    country: Mapped[str | None] = mapped_column(String(8))
    label: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Person(Base):
    """Personal data of a speaker, held only with recorded consent and purpose (UU PDP)."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    speaker_id: Mapped[int] = mapped_column(ForeignKey("speaker.id"), unique=True)
    name: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(64))
    nik: Mapped[str | None] = mapped_column(String(32))
    passport: Mapped[str | None] = mapped_column(String(32))
    kpj: Mapped[str | None] = mapped_column(String(32))
    employer: Mapped[str | None] = mapped_column(String(200))
    consent_at: Mapped[datetime]
    consent_purpose: Mapped[str] = mapped_column(Text)
    consent_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    erased_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class IssueGroup(Base):
    """Many voices, one issue: entries point here and stay whole."""

    __tablename__ = "issue_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class Entry(Base):
    """One thing somebody said, with its lifecycle as a case, recommendation or action item."""

    __tablename__ = "entry"
    __table_args__ = (
        Index(  # the triage list: ids in time order with its filters, from the index alone
            "ix_entry_list", "recorded_at", "protection", "kind", "service_area", "status", "tier",
            "assignee_id", "sensitive", "group_id", "due_date", "country", "topic", "speaker_type",
            "programme", "phase", "event_id", "session_id", "dimension_bits",
        ),
        Index("ix_entry_status_recorded", "status", "recorded_at"),
        Index("ix_entry_area_status_recorded", "service_area", "status", "recorded_at"),
        Index("ix_entry_event_recorded", "event_id", "recorded_at"),
        Index("ix_entry_status_due", "status", "due_date"),
        Index("ix_entry_assignee_status", "assignee_id", "status"),
        Index("ix_entry_group", "group_id"),
        Index("ix_entry_session_area_kind", "session_id", "service_area", "kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id"))
    session_id: Mapped[int | None] = mapped_column(ForeignKey("event_session.id"))
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(String(500))
    service_area: Mapped[str] = mapped_column(String(16))
    topic: Mapped[str | None] = mapped_column(String(32))
    programme: Mapped[str | None] = mapped_column(String(8))
    phase: Mapped[str | None] = mapped_column(String(8))
    country: Mapped[str | None] = mapped_column(String(8))
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("speaker.id"))
    speaker_type: Mapped[str] = mapped_column(String(32), default="other")
    source: Mapped[str | None] = mapped_column(String(16))
    language: Mapped[str | None] = mapped_column(String(16))
    evidence: Mapped[str | None] = mapped_column(String(16))
    sensitive: Mapped[bool] = mapped_column(Boolean, default=False)
    protection: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    recorded_at: Mapped[datetime]
    # lifecycle
    status: Mapped[str] = mapped_column(String(24))
    tier: Mapped[str | None] = mapped_column(String(4))
    due_date: Mapped[date | None]
    paused_on: Mapped[date | None]
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    answer: Mapped[str | None] = mapped_column(Text)
    reopen_count: Mapped[int] = mapped_column(Integer, default=0)
    resolved_at: Mapped[datetime | None]
    group_id: Mapped[int | None] = mapped_column(ForeignKey("issue_group.id"))
    #: The improvement dimensions as bits (``DIMENSION_BITS``), kept by triggers on
    #: ``entry_dimension`` (migration 0005): counted from the list index. Never written here.
    dimension_bits: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


#: Bits of ``Entry.dimension_bits`` (migration 0005); a dimension an admin added sets OTHER.
DIMENSION_BITS = {"benefit_quality": 1, "infrastructure": 2, "service_process": 4}
OTHER_DIMENSION_BIT = 8


class EntryDimension(Base):
    __tablename__ = "entry_dimension"

    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id"), primary_key=True)
    dimension: Mapped[str] = mapped_column(String(24), primary_key=True)


class EntryLink(Base):
    __tablename__ = "entry_link"
    __table_args__ = (UniqueConstraint("source_id", "target_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("entry.id"), index=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("entry.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    created_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Note(Base):
    """An internal note on an entry (never in leadership reports)."""

    __tablename__ = "note"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id"), index=True)
    body: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Tag(Base):
    __tablename__ = "tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)


class EntryTag(Base):
    __tablename__ = "entry_tag"

    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tag.id"), primary_key=True, index=True)


class TaxonomyTerm(Base):
    """One value of a pick-list (service area, topic, country…); seeded, editable by an admin."""

    __tablename__ = "taxonomy_term"
    __table_args__ = (UniqueConstraint("list_name", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    list_name: Mapped[str] = mapped_column(String(32))
    code: Mapped[str] = mapped_column(String(32))
    label_en: Mapped[str] = mapped_column(String(200))
    label_id: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SlaTier(Base):
    __tablename__ = "sla_tier"

    code: Mapped[str] = mapped_column(String(4), primary_key=True)
    amount: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(16))
    label_en: Mapped[str] = mapped_column(String(200))
    label_id: Mapped[str] = mapped_column(String(200))


class Holiday(Base):
    __tablename__ = "holiday"

    day: Mapped[date] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")


class AuditEvent(Base):
    """Append-only, hash-chained log of every change (triggers refuse UPDATE and DELETE)."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(48))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    payload: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class SavedView(Base):
    """Filters, sort and column layout under a name: a user's own, shared, or built in.

    ``query`` and ``columns`` are JSON (see ``core.services.views``). Built-in views have a
    ``builtin`` key (the GUI shows a translated name) and no owner.
    """

    __tablename__ = "saved_view"
    __table_args__ = (
        UniqueConstraint("owner_id", "name"),
        Index(
            "ix_saved_view_shared_name", "name", unique=True,
            sqlite_where=text("shared"), postgresql_where=text("shared"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    builtin: Mapped[str | None] = mapped_column(String(32), unique=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    shared: Mapped[bool] = mapped_column(Boolean, default=False)
    query: Mapped[str] = mapped_column(Text)
    sort: Mapped[str] = mapped_column(String(32), default="recorded_at")
    descending: Mapped[bool] = mapped_column(Boolean, default=True)
    columns: Mapped[str] = mapped_column(Text, default="[]")
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
