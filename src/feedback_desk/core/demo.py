"""Deterministic demo data: several events and panels, mixed Indonesian/English entries from
every kind of speaker and country, and cases in every lifecycle state.

Bulk-written (a million entries in well under a minute on SQLite): rows are built with NumPy a
chunk at a time and written with the driver's executemany (SQLite) or COPY (PostgreSQL), all in
one write transaction (all or nothing), with the secondary indexes rebuilt by sorting for large
runs, and one audit event for the whole run.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import Index, Table, func, select, text
from sqlalchemy.orm import Session

from .db import audit_chain, fts
from .db.engine import SQLITE_CACHE_KIB, Database, analyze_sqlite
from .db.models import Entry, Event, EventSession
from .db.types import utcnow
from .demo_rows import ENTRY_COLUMNS, DemoEvent, RowGenerator
from .dto import Actor
from .errors import ValidationError
from .services.catalog import ensure_user, load_calendar

CHUNK = 50_000
REBUILD_INDEXES_FROM = 200_000  # a sorted index build beats a million B-tree inserts


def _drop_indexes(session: Session) -> list[Index]:
    """Drop the entry table's secondary indexes (inside the transaction; rebuilt before commit)."""
    indexes = [i for i in cast(Table, Entry.__table__).indexes if not i.unique]
    for index in indexes:
        index.drop(session.connection())
    return indexes

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
@dataclass(frozen=True, slots=True)
class DemoResult:
    entries: int
    events: int
    first_id: int
    last_id: int


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
    recorders = [ensure_user(db, f"recorder{i}").user_id for i in range(1, 5)]
    supervisors = [ensure_user(db, f"supervisor{i}", roles="supervisor").user_id for i in (1, 2)]
    events = db.write(lambda s: _ensure_events(s, actor))
    calendar = db.read(lambda s: load_calendar(db, s))
    clock = now or utcnow()

    def run(session: Session) -> tuple[int, int]:
        # a fresh generator: a retried transaction writes exactly the same rows
        gen = RowGenerator(seed, clock, calendar, events, recorders, supervisors)
        next_id = (session.scalar(select(func.max(Entry.id))) or 0) + 1
        first = next_id
        rebuild = _drop_indexes(session) if entries >= REBUILD_INDEXES_FROM else []
        done = 0
        while done < entries:
            rows = gen.chunk(done, min(CHUNK, entries - done))
            if done == 0 and session.scalar(select(Entry.id).where(Entry.uuid == rows[0][1])):
                raise ValidationError("seed", f"demo data with seed {seed} is already here")
            rows = [(next_id + i, *row[1:]) for i, row in enumerate(rows)]
            _write_rows(session, rows)
            next_id += len(rows)
            done += len(rows)
            if progress:
                progress(done)
        for index in rebuild:
            index.create(session.connection())
        if session.get_bind().dialect.name == "sqlite":
            analyze_sqlite(session.connection().connection.dbapi_connection)  # type: ignore[arg-type]
        else:
            session.execute(text("ANALYZE entry"))
        audit_chain.append(
            session, actor.username, "demo.generate", "entry", None,
            {"seed": seed, "first_id": first, "last_id": next_id - 1, "count": entries},
        )
        return first, next_id - 1

    first_id, last_id = db.write(run) if entries else (0, 0)
    return DemoResult(entries, len(events), first_id, last_id)


def _ensure_events(session: Session, actor: Actor) -> list[DemoEvent]:
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
        ids = tuple(session.scalars(
            select(EventSession.id).where(EventSession.event_id == event.id)
            .order_by(EventSession.position)
        ))
        out.append(DemoEvent(event.id, first_day, days, ids,
                             days * (3 if kind == "symposium" else 1)))
    return out


_DIMENSION_OF_TOPIC = {
    "benefits": "benefit_quality", "claims": "benefit_quality",
    "domestic_services": "infrastructure", "overseas_services": "infrastructure",
}


def _dimensions(row: tuple[Any, ...]) -> Iterator[tuple[int, str]]:
    topic = row[8]
    yield row[0], _DIMENSION_OF_TOPIC.get(topic, "service_process")
    if row[0] % 3 == 0:
        yield row[0], "service_process" if topic in ("benefits", "claims") else "benefit_quality"


def _write_rows(session: Session, rows: list[tuple[Any, ...]]) -> None:
    dbapi = session.connection().connection.dbapi_connection
    assert dbapi is not None
    dims = [d for row in rows for d in _dimensions(row)]
    columns = ", ".join(ENTRY_COLUMNS)
    if session.get_bind().dialect.name == "sqlite":
        cur = dbapi.cursor()
        cur.execute("PRAGMA cache_size=-524288")  # 512 MiB while bulk-loading indexes
        cur.executemany(
            f"INSERT INTO entry ({columns}) VALUES ({', '.join('?' * len(ENTRY_COLUMNS))})", rows
        )
        cur.executemany("INSERT INTO entry_dimension (entry_id, dimension) VALUES (?, ?)", dims)
        cur.executemany(
            "INSERT INTO entry_fts (rowid, stems) VALUES (?, ?)",
            [(r[0], _stems(r[5], r[6])) for r in rows],
        )
        cur.execute(f"PRAGMA cache_size={SQLITE_CACHE_KIB}")
        cur.close()
        return
    ts = (ENTRY_COLUMNS.index("recorded_at"), ENTRY_COLUMNS.index("resolved_at"),
          ENTRY_COLUMNS.index("updated_at"))
    with cast(Any, dbapi).cursor() as cur:
        with cur.copy(f"COPY entry ({columns}) FROM STDIN") as copy:
            for r in rows:
                copy.write_row([f"{v}+00" if i in ts and v else v for i, v in enumerate(r)])
        with cur.copy("COPY entry_dimension (entry_id, dimension) FROM STDIN") as copy:
            for d in dims:
                copy.write_row(d)
        cur.execute("SELECT setval(pg_get_serial_sequence('entry', 'id'), max(id)) FROM entry")


@lru_cache(maxsize=200_000)
def _stems(text: str, summary: str | None) -> str:
    return fts.index_text(text, summary)
