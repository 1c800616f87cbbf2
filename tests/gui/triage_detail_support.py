"""Shared set-up of the detail-pane and conflict-dialog tests: a supervisor's desk on a fresh
SQLite database, a controller stand-in that records what the pane asks of it, entry makers."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal

from feedback_desk.core.db.engine import open_database
from feedback_desk.core.dto import EntryView, NewEntry
from feedback_desk.core.errors import DatabaseUnavailable
from feedback_desk.core.ids import EntryId, EventId
from feedback_desk.core.services import Services
from feedback_desk.gui.backend import Backend
from feedback_desk.gui.events import DeskEvents
from feedback_desk.gui.tasks import TaskRunner
from feedback_desk.gui.triage.detail_pane import DetailPane

from ..support.databases import provisioned_open


def _recorder(name: str) -> Callable[..., None]:
    def call(self: FakeController, *args: Any, **kwargs: Any) -> None:
        self.calls.append((name, args, kwargs))

    return call


class FakeController(QObject):
    """The TriageController's signals; its methods only note the call."""

    sig_changed = Signal(object)
    """An entry after a write."""

    sig_conflict = Signal(object, object, object)
    """(entry id, what the user tried, ConflictError)."""

    sig_failed = Signal(object)
    """An action failed."""

    sig_bulk_done = Signal(object)
    """A bulk action ran."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

    transition = _recorder("transition")
    assign = _recorder("assign")
    set_tier = _recorder("set_tier")
    set_answer = _recorder("set_answer")
    edit = _recorder("edit")
    add_note = _recorder("add_note")
    tag = _recorder("tag")
    untag = _recorder("untag")
    link = _recorder("link")
    unlink = _recorder("unlink")
    group = _recorder("group")
    ungroup = _recorder("ungroup")

    def names(self) -> list[str]:
        return [name for name, _a, _k in self.calls]


class TriageDesk:
    def __init__(self, backend: Backend, tasks: TaskRunner, events: DeskEvents,
                 controller: FakeController) -> None:
        self.backend, self.tasks, self.events, self.controller = backend, tasks, events, controller
        self.services = backend.services()
        self.event_id = self.services.catalog.create_event("Simposium PMI 2026").id

    def other(self, user: str = "budi", roles: str = "supervisor") -> Services:
        db = self.backend.db
        assert db is not None
        return Services.connect(db, user, roles=roles)

    def record(self, text: str = "Klaim JHT saya belum cair di Hong Kong", kind: str = "complaint",
               **fields: Any) -> EntryView:
        fields.setdefault("service_area", "overseas")
        return self.services.entries.record(
            NewEntry(event_id=EventId(self.event_id), kind=kind, text=text, **fields))

    def get(self, entry_id: int) -> EntryView:
        return self.services.entries.get(EntryId(entry_id))


@pytest.fixture
def triage(qtbot: Any, tmp_path: Path) -> Iterator[TriageDesk]:
    url = f"sqlite:///{tmp_path / 'triage.sqlite'}"
    db = open_database(url)
    Services.connect(db, "admin", roles="admin")  # the first account is the administrator
    db.dispose()
    backend = Backend(url, "sari")
    provisioned_open(backend, "supervisor")
    tasks, events = TaskRunner(), DeskEvents()
    yield TriageDesk(backend, tasks, events, FakeController())
    tasks.shutdown()
    backend.close()


@pytest.fixture
def make_pane(qtbot: Any, triage: TriageDesk) -> Callable[..., DetailPane]:
    def make(backend: Any = None, controller: QObject | None = None) -> DetailPane:
        pane = DetailPane(backend or triage.backend, triage.tasks, triage.events,
                          controller or triage.controller)
        qtbot.addWidget(pane)
        pane.resize(900, 900)
        return pane

    return make


def show(qtbot: Any, pane: DetailPane, entry_id: int) -> EntryView:
    """Show an entry and wait until it is loaded."""
    with qtbot.waitSignal(pane.sig_loaded, timeout=10000):
        pane.show_entry(entry_id)
    view = pane.view()
    assert view is not None and view.id == entry_id
    return view


def reloaded(qtbot: Any, pane: DetailPane, act: Callable[[], object]) -> None:
    with qtbot.waitSignal(pane.sig_loaded, timeout=10000):
        act()


def make_view(**fields: Any) -> EntryView:
    """An EntryView without a database (for the widgets that only display one)."""
    now = datetime(2026, 3, 10, 3, 0, tzinfo=UTC)
    values: dict[str, Any] = dict(
        id=EntryId(7), uuid="u", event_id=EventId(1), event_name="Simposium", session_id=None,
        session_name=None, kind="complaint", text="Klaim belum cair", summary=None,
        service_area="overseas", dimensions=(), topic=None, programme=None, phase=None,
        country="HK", speaker_id=None, speaker_type="pmi_abroad", source=None, language=None,
        evidence=None, sensitive=False, protection=False, recorded_by="ani", recorded_at=now,
        status="new", tier="S2", due_date=date(2026, 3, 17), paused_on=None, overdue=False,
        assignee=None, answer=None, reopen_count=0, resolved_at=None, group_id=None, tags=(),
        updated_by="ani", updated_at=now, version=1,
    )
    values.update(fields)
    return EntryView(**values)


class GoneBackend:
    def services(self) -> Services:
        raise DatabaseUnavailable("lost the connection to the database (test)")


class SlowFirst:
    """Holds the first load back until released; the rest go at once."""

    def __init__(self, inner: Any) -> None:
        self.inner, self.release, self.first = inner, threading.Event(), True
        self.threads: list[str] = []
        self.lock = threading.Lock()

    def services(self) -> Services:
        self.threads.append(threading.current_thread().name)
        with self.lock:
            first, self.first = self.first, False
        if first:
            self.release.wait(10)
        return self.inner.services()
