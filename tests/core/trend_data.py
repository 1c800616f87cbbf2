"""Seeded entries for the trends tests, bulk-inserted, with a Python model of the filters so
each count can be checked against one computed independently of the SQL."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert
from sqlalchemy.orm import Session

from feedback_desk.core import lifecycle
from feedback_desk.core.db.models import Entry, EntryDimension, IssueGroup
from feedback_desk.core.dto import EntryQuery
from feedback_desk.core.services import Services

TZ = ZoneInfo("Asia/Jakarta")
# 17:00 in Jakarta: 22 hours of entries cross a local midnight
T0 = datetime(2026, 11, 10, 10, 0, tzinfo=UTC)
SPAN = timedelta(hours=22)
COUNTRIES = ("HK", "TW", "MY", "JP", "SG", "KR", "SA", "IT", "BN", "TR", "XX", None)
TOPICS = ("claims", "documents", "membership", "digital_services", "overseas_services",
          "protection_case", None)
DIMENSIONS = ("benefit_quality", "infrastructure", "service_process")
SPEAKERS = ("pmi_abroad", "cpmi", "returnee", "family", "government", "ngo", "media",
            "employer", "observer", "other")


@dataclass
class Row:
    id: int
    event_id: int
    kind: str
    area: str
    topic: str | None
    country: str | None
    speaker_type: str
    programme: str | None
    phase: str | None
    status: str
    tier: str | None
    due_date: date | None
    recorded_at: datetime
    resolved_at: datetime | None
    protection: bool
    group_id: int | None
    dimensions: tuple[str, ...] = field(default=())

    def key(self, by: str) -> tuple[str, ...]:
        """The category codes of this entry for breakdown ``by`` ("" = not given)."""
        if by == "dimension":
            return self.dimensions or ("",)
        value = getattr(self, {"area": "area"}.get(by, by))
        return ("" if value is None else str(value),)


def _given(values: tuple[Any, ...], value: str | None) -> bool:
    return not values or ("" if value is None else value) in values


def matches(row: Row, q: EntryQuery, *, today: date, see_protection: bool = True) -> bool:
    """The entry matches ``q`` (the fields these tests use)."""
    if row.protection and not see_protection:
        return False
    if q.kinds and row.kind not in q.kinds or q.areas and row.area not in q.areas:
        return False
    if q.statuses and row.status not in q.statuses or q.tiers and row.tier not in q.tiers:
        return False
    if q.speaker_types and row.speaker_type not in q.speaker_types:
        return False
    if q.event_ids and row.event_id not in q.event_ids:
        return False
    if not all(_given(v, x) for v, x in ((q.topics, row.topic), (q.countries, row.country),
                                         (q.programmes, row.programme), (q.phases, row.phase))):
        return False
    if q.dimensions and not set(row.dimensions or ("",)) & set(q.dimensions):
        return False
    if q.group_id is not None and row.group_id != q.group_id:
        return False
    if q.recorded_from is not None and row.recorded_at < q.recorded_from:
        return False
    if q.recorded_to is not None and row.recorded_at >= q.recorded_to:
        return False
    if q.open_at is not None and not (row.recorded_at < q.open_at and (
            row.resolved_at is None or row.resolved_at > q.open_at)):
        return False
    if q.overdue is not None:
        late = bool(row.due_date and row.due_date < today and lifecycle.is_open(
            row.kind, row.status) and not lifecycle.is_waiting(row.kind, row.status))
        if late != q.overdue:
            return False
    assert not (q.text or q.session_ids or q.assignees or q.sensitive is not None
                or q.due_soon is not None or q.grouped is not None), "not modelled"
    return True


def make_rows(event_ids: tuple[int, ...], group_ids: tuple[int, ...], n: int, seed: int = 5,
              start: datetime = T0, span: timedelta = SPAN) -> list[Row]:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        kind = rng.choices(list(lifecycle.STATUSES), (50, 20, 15, 5, 10))[0]
        status = rng.choice(lifecycle.STATUSES[kind])
        recorded = start + timedelta(seconds=rng.randrange(int(span.total_seconds())),
                                     microseconds=rng.randrange(1_000_000))
        resolved = None
        if lifecycle.is_resolution(kind, status) and rng.random() < 0.9:
            resolved = recorded + timedelta(minutes=rng.randrange(30, 9000))
        elif kind == "complaint" and rng.random() < 0.1:  # reopened: resolved once, open now
            resolved = recorded + timedelta(minutes=rng.randrange(1, 600))
        if i == 7:  # a clock error: resolved before it was recorded (never open)
            kind, status, resolved = "complaint", "resolved", recorded - timedelta(hours=1)
        tier = due = None
        if kind == "complaint" and rng.random() < 0.9:
            tier = rng.choice(("S1", "S2", "S2"))
            due = recorded.astimezone(TZ).date() + timedelta(days=rng.randrange(-2, 5))
        topic = rng.choice(TOPICS)
        dims = tuple(sorted(rng.sample(DIMENSIONS, rng.choice((0, 1, 1, 1, 2, 3)))))
        rows.append(Row(
            0, rng.choice(event_ids), kind, rng.choice(("domestic", "overseas", "digital")),
            topic, rng.choice(COUNTRIES), rng.choice(SPEAKERS),
            rng.choice(("JKK", "JKM", "JHT", "other", None)),
            rng.choice(("before", "during", "after", None)), status, tier, due, recorded,
            resolved, topic == "protection_case",
            rng.choice((*group_ids, None, None, None)) if group_ids else None, dims))
    return rows


def insert_rows(svc: Services, rows: list[Row]) -> None:
    """Bulk insert (one statement per table), filling in each row's id."""
    user = svc.actor.user_id

    def run(session: Session) -> None:
        first = session.execute(insert(Entry.__table__).returning(
            Entry.__table__.c.id, sort_by_parameter_order=True), [
            {"uuid": str(uuid.uuid4()), "event_id": r.event_id, "kind": r.kind,
             "text": f"entry {i}", "service_area": r.area, "topic": r.topic,
             "country": r.country, "speaker_type": r.speaker_type, "programme": r.programme,
             "phase": r.phase, "sensitive": False, "protection": r.protection,
             "recorded_by_id": user, "recorded_at": r.recorded_at, "status": r.status,
             "tier": r.tier, "due_date": r.due_date, "resolved_at": r.resolved_at,
             "group_id": r.group_id, "reopen_count": 0, "updated_at": r.recorded_at,
             "updated_by_id": user, "version": 1}
            for i, r in enumerate(rows)
        ]).scalars().all()
        for r, entry_id in zip(rows, first, strict=True):
            r.id = entry_id
        dims = [{"entry_id": r.id, "dimension": d} for r in rows for d in r.dimensions]
        if dims:
            session.execute(insert(EntryDimension.__table__), dims)

    svc.db.write(run)


def add_groups(svc: Services, titles: tuple[str, ...]) -> tuple[int, ...]:
    user = svc.actor.user_id

    def run(session: Session) -> tuple[int, ...]:
        out = []
        for title in titles:
            group = IssueGroup(uuid=str(uuid.uuid4()), title=title, created_by_id=user)
            session.add(group)
            session.flush()
            out.append(group.id)
        return tuple(out)

    return svc.db.write(run)
