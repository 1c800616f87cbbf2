"""Fixtures for service tests: an opened, migrated database on each backend, a settable clock."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from feedback_desk.core.db.engine import Database, open_database
from feedback_desk.core.dto import NewEntry
from feedback_desk.core.services import Services

# Monday 2026-11-16 09:00 in Jakarta (02:00 UTC)
START = datetime(2026, 11, 16, 2, 0, tzinfo=UTC)


@dataclass
class FakeClock:
    now: datetime = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def svc(db: Database, clock: FakeClock) -> Services:
    """A supervisor with the protection role (sees everything)."""
    return Services.connect(db, "sari", roles="supervisor protection", clock=clock)


@pytest.fixture
def recorder(db: Database, clock: FakeClock, svc: Services) -> Services:
    return Services.connect(db, "budi", roles="recorder", clock=clock)


@pytest.fixture
def event(svc: Services):  # type: ignore[no-untyped-def]
    ev = svc.catalog.create_event("Simposium PMI 2026")
    svc.catalog.create_session(ev.id, "Panel 1")
    return ev


def new_entry(event_id: int, **overrides: object) -> NewEntry:
    values: dict[str, object] = {
        "event_id": event_id, "kind": "complaint", "service_area": "overseas",
        "text": "Klaim JHT saya belum cair sudah tiga bulan.", "topic": "claims",
        "country": "HK", "speaker_type": "pmi_abroad", "dimensions": ("service_process",),
    }
    values.update(overrides)
    return NewEntry(**values)  # type: ignore[arg-type]
