"""Deterministic demo data: several events and panels, mixed Indonesian/English entries from
every kind of speaker and country, and cases in every lifecycle state.

Bulk-written (a million entries well under a minute on SQLite): rows are built in Python and
written with the driver's executemany (SQLite) or COPY (PostgreSQL) inside the usual write
transaction, a chunk at a time, with one audit event per chunk.
"""

from __future__ import annotations

import random
import uuid as uuidlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from . import lifecycle, sla
from .db import audit_chain, fts
from .db.engine import Database
from .db.models import Entry, Event, EventSession
from .db.types import to_sqlite_text, utcnow
from .demo_text import APPRECIATION, BRANCHES, CHANNELS, CITIES, COMMITMENTS, REGIONS, TEMPLATES
from .dto import Actor
from .errors import ValidationError
from .services.catalog import ensure_user, load_calendar
from .taxonomy import PROTECTION_TOPIC

CHUNK = 50_000

EVENTS = (  # name, kind, first day, days
    ("Simposium PMI 2018", "symposium", date(2018, 10, 16), 2),
    ("Sosialisasi Mal Kasablanka 2019", "outreach", date(2019, 3, 9), 1),
    ("Simposium PMI 2019", "symposium", date(2019, 10, 15), 2),
    ("Forum PMI Hong Kong 2022", "symposium", date(2022, 6, 12), 1),
    ("Simposium PMI 2023", "symposium", date(2023, 10, 17), 2),
    ("Forum PMI Taipei 2024", "symposium", date(2024, 5, 19), 1),
    ("Simposium PMI 2025", "symposium", date(2025, 10, 14), 2),
    ("Simposium PMI 2026", "symposium", date(2026, 10, 13), 2),
)
SESSIONS = (
    "Pembukaan / Opening", "Panel 1: Layanan luar negeri", "Panel 2: Layanan digital",
    "Panel 3: Klaim & manfaat", "Tanya jawab / Q&A",
)
SPEAKERS = (
    ("pmi_abroad", 30), ("cpmi", 14), ("returnee", 10), ("non_procedural", 4), ("family", 9),
    ("observer", 5), ("government", 7), ("employer", 3), ("recruitment_agency", 4),
    ("association", 3), ("ngo", 5), ("media", 2), ("agency_staff", 3), ("other", 1),
)
COUNTRIES = (
    ("HK", 22), ("TW", 20), ("MY", 16), ("JP", 6), ("SG", 6), ("KR", 6), ("SA", 5), ("IT", 1),
    ("BN", 2), ("TR", 1), ("PL", 1), ("AE", 2), ("ZM", 1), ("QA", 1), ("KW", 1), ("KH", 1),
    ("CD", 1), ("XX", 7),
)
KINDS = (("complaint", 50), ("suggestion", 22), ("question", 18), ("appreciation", 5),
         ("commitment", 5))
SOURCES = ("floor", "panel", "card", "chat", "desk", "follow_up")
ENTRY_COLUMNS = (
    "id", "uuid", "event_id", "session_id", "kind", "text", "summary", "service_area", "topic",
    "programme", "phase", "country", "speaker_type", "source", "language", "evidence",
    "sensitive", "protection", "recorded_by_id", "recorded_at", "status", "tier", "due_date",
    "paused_on", "assignee_id", "answer", "reopen_count", "resolved_at", "updated_at",
    "updated_by_id", "version",
)


@dataclass(frozen=True, slots=True)
class DemoResult:
    entries: int
    events: int
    first_id: int
    last_id: int


def _weighted(pairs: tuple[tuple[str, int], ...]) -> tuple[list[str], list[int]]:
    return [p[0] for p in pairs], [p[1] for p in pairs]


class _Generator:
    """Builds entry rows; everything random comes from one seeded ``random.Random``."""

    def __init__(self, seed: int, now: datetime, calendar: sla.WorkCalendar) -> None:
        self.rng = random.Random(seed)
        self.now = now
        self.calendar = calendar
        self.speakers = _weighted(SPEAKERS)
        self.countries = _weighted(COUNTRIES)
        self.kinds = _weighted(KINDS)
        self.cover = [(k, s) for k, states in lifecycle.STATUSES.items() for s in states]

    @cache  # noqa: B019 - one generator per run
    def _due(self, start: date, tier: str) -> date:
        rule = next(r for r in sla.DEFAULT_TIERS if r.code == tier)
        return sla.due_date(rule, start, self.calendar)

    def _slots(self) -> dict[str, Any]:
        rng = self.rng
        return {
            "months": rng.randint(2, 14), "weeks": rng.randint(2, 10), "city": rng.choice(CITIES),
            "branch": rng.choice(BRANCHES), "region": rng.choice(REGIONS),
            "channel": rng.choice(CHANNELS),
        }

    def _status(self, index: int, kind: str, age_days: float) -> str:
        if index < len(self.cover):
            return self.cover[index][1] if self.cover[index][0] == kind else lifecycle.initial_status(kind)
        states = lifecycle.STATUSES[kind]
        rng = self.rng
        if age_days > 90:  # old items are mostly finished
            finished = [s for s in states if not lifecycle.is_open(kind, s)] or list(states)
            return rng.choice(finished) if rng.random() < 0.85 else rng.choice(states)
        return rng.choice(states)

    def row(self, index: int, entry_id: int | None, event: tuple[int, str, date, int, list[int]],
            users: dict[str, list[int]]) -> tuple[Any, ...]:
        rng = self.rng
        event_id, event_tz, first_day, days, session_ids = event
        kind = self.cover[index][0] if index < len(self.cover) else rng.choices(*self.kinds)[0]
        if kind == "appreciation":
            language, text, summary = rng.choice(APPRECIATION)
            topic, area = rng.choice(("domestic_services", "claims", "digital_services")), "domestic"
        elif kind == "commitment":
            language, text, summary = rng.choice(COMMITMENTS)
            topic, area = "overseas_services", rng.choice(("overseas", "domestic"))
        else:
            topic, area, language, text, summary = rng.choice(TEMPLATES)
            if kind == "suggestion" and topic == PROTECTION_TOPIC:
                topic = "policy_suggestion"
        slots = self._slots()
        text, summary = text.format(**slots), summary.format(**slots)
        on_stage = rng.random() < 0.85
        day = first_day + timedelta(days=rng.randrange(days) if on_stage else rng.randint(1, 60))
        local = datetime.combine(day, time(8)) + timedelta(seconds=rng.randrange(9 * 3600))
        offset = timedelta(hours=7)  # the demo events all keep Western Indonesia time
        recorded = (local - offset).replace(tzinfo=UTC)
        if recorded > self.now:
            recorded = self.now - timedelta(minutes=rng.randint(1, 600))
        age = (self.now - recorded).total_seconds() / 86400
        status = self._status(index, kind, age)
        protection = topic == PROTECTION_TOPIC
        tier = "S0" if protection else sla.default_tier(kind, topic)
        if kind == "complaint" and topic == "claims" and rng.random() < 0.3:
            tier = "S1"
        start = (recorded + offset).date()
        due = self._due(start, tier) if tier and lifecycle.is_open(kind, status) else None
        if due is None and tier and kind != "appreciation":
            due = self._due(start, tier)
        paused = None
        if lifecycle.is_waiting(kind, status):
            paused = min(self.now.date(), start + timedelta(days=rng.randint(0, 10)))
        resolved = None
        if lifecycle.is_resolution(kind, status):
            resolved = min(self.now, recorded + timedelta(days=rng.expovariate(1 / 12)))
        supervisors = users["supervisor"]
        assignee = None if status in ("new", "received", "noted") else rng.choice(supervisors)
        answer = None
        if status in ("resolved", "closed", "answered", "adopted", "partly_adopted", "declined",
                      "implemented", "cancelled"):
            answer = rng.choice((
                "Sudah ditindaklanjuti oleh kantor cabang; peserta sudah dihubungi.",
                "Handled with the partner office; the worker confirmed the payout.",
                "Masuk kajian kebijakan tahun depan.",
                "Declined: outside the agency's mandate, referred to the placement agency.",
            ))
        speaker_type = rng.choices(*self.speakers)[0]
        country = rng.choices(*self.countries)[0] if area != "digital" or rng.random() < 0.5 else "XX"
        recorder = rng.choice(users["recorder"])
        return (
            entry_id, str(uuidlib.UUID(int=rng.getrandbits(128), version=4)), event_id,
            rng.choice(session_ids) if on_stage else None, kind, text,
            summary if rng.random() < 0.6 else None, area, topic,
            rng.choice(("JKK", "JKM", "JHT", None)) if rng.random() < 0.7 else "other",
            rng.choice(("before", "during", "after")), country, speaker_type,
            rng.choice(SOURCES[:5]) if on_stage else rng.choice(("chat", "desk", "follow_up")),
            language, rng.choice(("anecdote", "anecdote", "corroborated", "data_backed")),
            protection or rng.random() < 0.03, protection, recorder, recorded, status, tier, due,
            paused, assignee, answer, 1 if rng.random() < 0.02 else 0, resolved,
            resolved or recorded, assignee or recorder, 1,
        )


def generate(
    db: Database,
    entries: int,
    *,
    seed: int = 1,
    actor: Actor | None = None,
    now: datetime | None = None,
    progress: Callable[[int], None] | None = None,
) -> DemoResult:
    if entries < 0:
        raise ValidationError("entries", "must be zero or more")
    actor = actor or ensure_user(db, "demo", roles="admin supervisor protection")
    users = {
        "recorder": [ensure_user(db, f"recorder{i}").user_id for i in range(1, 5)],
        "supervisor": [
            ensure_user(db, f"supervisor{i}", roles="supervisor").user_id for i in range(1, 3)
        ],
    }
    events = db.write(lambda s: _ensure_events(s, actor))
    calendar = db.read(lambda s: load_calendar(db, s))
    gen = _Generator(seed, now or utcnow(), calendar)
    weights = [days * (3 if kind == "symposium" else 1) for _, kind, _, days in EVENTS]
    first_id = last_id = 0
    done = 0
    while done < entries:
        count = min(CHUNK, entries - done)

        drafts = [  # built before the transaction: a retried write sees the same rows
            gen.row(done + i, None, gen.rng.choices(events, weights)[0], users)
            for i in range(count)
        ]

        def write_chunk(
            session: Session, start: int = done, drafts: list[tuple[Any, ...]] = drafts
        ) -> tuple[int, int]:
            next_id = (session.scalar(select(func.max(Entry.id))) or 0) + 1
            rows = [(next_id + i, *draft[1:]) for i, draft in enumerate(drafts)]
            count = len(rows)
            if start == 0 and session.scalar(select(Entry.id).where(Entry.uuid == rows[0][1])):
                raise ValidationError("seed", f"demo data with seed {seed} is already here")
            _write_rows(session, rows)
            audit_chain.append(
                session, actor.username, "demo.generate", "entry", None,
                {"seed": seed, "first_id": next_id, "last_id": next_id + count - 1,
                 "count": count},
            )
            return next_id, next_id + count - 1

        lo, hi = db.write(write_chunk)
        first_id = first_id or lo
        last_id = hi
        done += count
        if progress:
            progress(done)
    return DemoResult(entries, len(events), first_id, last_id)


def _ensure_events(session: Session, actor: Actor) -> list[tuple[int, str, date, int, list[int]]]:
    out = []
    for name, kind, first_day, days in EVENTS:
        event = session.scalars(select(Event).where(Event.name == name)).one_or_none()
        if event is None:
            event = Event(uuid=str(uuidlib.uuid5(uuidlib.NAMESPACE_URL, name)), name=name,
                          kind=kind, starts_on=first_day,
                          ends_on=first_day + timedelta(days=days - 1),
                          venue="Jakarta", timezone="Asia/Jakarta")
            session.add(event)
            session.flush()
            audit_chain.append(session, actor.username, "event.create", "event", event.id,
                               {"name": name, "kind": kind})
            for position, title in enumerate(SESSIONS if kind == "symposium" else SESSIONS[:1]):
                session.add(EventSession(
                    uuid=str(uuidlib.uuid5(uuidlib.NAMESPACE_URL, f"{name}/{title}")),
                    event_id=event.id, name=title, position=position,
                ))
            session.flush()
        ids = list(session.scalars(select(EventSession.id).where(EventSession.event_id == event.id)))
        out.append((event.id, event.timezone, first_day, days, ids))
    return out


def _dimensions(row: tuple[Any, ...]) -> Iterator[tuple[int, str]]:
    topic = row[8]
    yield row[0], {"benefits": "benefit_quality", "claims": "benefit_quality",
                   "domestic_services": "infrastructure", "overseas_services": "infrastructure",
                   }.get(topic, "service_process")
    if row[0] % 3 == 0:
        yield row[0], "service_process" if topic in ("benefits", "claims") else "benefit_quality"


def _write_rows(session: Session, rows: list[tuple[Any, ...]]) -> None:
    dbapi = session.connection().connection.dbapi_connection
    assert dbapi is not None
    dims = [d for row in rows for d in _dimensions(row)]
    placeholders = ", ".join("?" * len(ENTRY_COLUMNS))
    if session.get_bind().dialect.name == "sqlite":
        def sqlite_row(r: tuple[Any, ...]) -> tuple[Any, ...]:
            r = list(r)  # type: ignore[assignment]
            for i in (19, 27, 28):
                if r[i] is not None:
                    r[i] = to_sqlite_text(r[i])  # type: ignore[index]
            for i in (22, 23):
                if r[i] is not None:
                    r[i] = r[i].isoformat()  # type: ignore[index]
            return tuple(r)

        cur = dbapi.cursor()
        cur.executemany(
            f"INSERT INTO entry ({', '.join(ENTRY_COLUMNS)}) VALUES ({placeholders})",
            [sqlite_row(r) for r in rows],
        )
        cur.executemany("INSERT INTO entry_dimension (entry_id, dimension) VALUES (?, ?)", dims)
        cur.executemany(
            "INSERT INTO entry_fts (rowid, stems) VALUES (?, ?)",
            [(r[0], _stems(r[5], r[6])) for r in rows],
        )
        cur.close()
        return
    with dbapi.cursor() as cur:
        with cur.copy(f"COPY entry ({', '.join(ENTRY_COLUMNS)}) FROM STDIN") as copy:
            for r in rows:
                copy.write_row(r)
        with cur.copy("COPY entry_dimension (entry_id, dimension) FROM STDIN") as copy:
            for d in dims:
                copy.write_row(d)
        cur.execute("SELECT setval(pg_get_serial_sequence('entry', 'id'), max(id)) FROM entry")


@lru_cache(maxsize=200_000)
def _stems(text: str, summary: str | None) -> str:
    return fts.index_text(text, summary)
