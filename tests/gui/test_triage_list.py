"""The triage list as a supervisor uses it: pages over ids, sort in SQL, facets with counts,
search, deadline colours, refresh that keeps the selection, jump to a row, rights."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QWidget

from feedback_desk.core.db.engine import open_database
from feedback_desk.core.demo import generate
from feedback_desk.core.dto import EntryQuery, NewEntry
from feedback_desk.core.services import Services
from feedback_desk.gui.backend import Backend
from feedback_desk.gui.events import Change, DeskEvents
from feedback_desk.gui.tasks import TaskRunner
from feedback_desk.gui.triage import columns as C
from feedback_desk.gui.triage.list_model import PAGE, TriageModel

from ..support.databases import provisioned_open

ENTRIES = 450


@pytest.fixture
def triage_url(tmp_path: Path) -> str:
    """A database whose first user is the supervisor "sari", with demo entries in every state."""
    url = f"sqlite:///{tmp_path}/triage.sqlite"
    db = open_database(url)
    Services.connect(db, "sari", roles="supervisor")
    generate(db, ENTRIES, seed=3)
    db.dispose()
    return url


@pytest.fixture
def services(triage_url: str) -> Any:
    db = open_database(triage_url)
    yield Services.connect(db, "sari")
    db.dispose()


@pytest.fixture
def model(qtbot: Any, triage_url: str) -> Any:
    backend = Backend(triage_url, "sari")
    backend.open()
    tasks = TaskRunner()
    model = TriageModel(backend, tasks)
    yield model
    tasks.shutdown()
    backend.close()


def load(qtbot: Any, model: TriageModel, query: EntryQuery = EntryQuery(), sort: str | None = None,
         descending: bool | None = None) -> None:
    with qtbot.waitSignal(model.sig_ids_ready, timeout=10000):
        model.set_query(query, sort, descending)


def all_rows(qtbot: Any, model: TriageModel) -> list[Any]:
    for row in range(0, model.rowCount(), PAGE):
        if not model.ensure_row(row):
            qtbot.waitUntil(lambda row=row: model.entry_row(row) is not None, timeout=5000)
    return [model.entry_row(r) for r in range(model.rowCount())]


def test_model_passes_the_model_tester_through_load_sort_and_refresh(
    qtbot: Any, qtmodeltester: Any, model: TriageModel, services: Services
) -> None:
    load(qtbot, model)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == services.search.count(EntryQuery())
    all_rows(qtbot, model)
    load(qtbot, model, sort="country", descending=False)
    event = services.catalog.events()[0]
    services.entries.record(NewEntry(event.id, "complaint", "digital", "Aplikasi JMO error"))
    with qtbot.waitSignal(model.sig_ids_ready, timeout=10000):
        model.refresh()
    assert model.rowCount() == services.search.count(EntryQuery())


@pytest.mark.parametrize("column", [c for c in C.COLUMNS if c.sort])
def test_sorting_by_a_column_is_the_order_of_sql(
    qtbot: Any, model: TriageModel, services: Services, column: C.Column
) -> None:
    load(qtbot, model)
    index = C.COLUMNS.index(column)
    with qtbot.waitSignal(model.sig_ids_ready, timeout=10000):
        model.sort(index, Qt.SortOrder.AscendingOrder)
    expected = list(services.search.ids(EntryQuery(), column.sort or "", False))
    assert [model.entry_id(r) for r in range(model.rowCount())] == expected
    assert model.sort_column() == index


def test_rows_anywhere_in_the_list_are_fetched_by_page(
    qtbot: Any, model: TriageModel, services: Services
) -> None:
    load(qtbot, model)
    target = model.rowCount() - 3
    assert model.entry_row(target) is None
    with qtbot.waitSignal(model.sig_rows_loaded, timeout=5000):
        assert model.ensure_row(target) is False
    row = model.entry_row(target)
    assert row is not None and row.id == services.search.ids(EntryQuery())[target]
    assert model.row_of(row.id) == target
    text = model.data(model.index(target, C.KEYS.index("summary")))
    assert text and "\n" not in text


def test_deadline_colours_and_paused_time(qtbot: Any, model: TriageModel, services: Services) -> None:
    load(qtbot, model, EntryQuery(overdue=True))
    assert model.rowCount() > 0
    rows = all_rows(qtbot, model)
    deadline = C.KEYS.index("deadline")
    for r in range(len(rows)):
        assert model.data(model.index(r, 0), Qt.ItemDataRole.BackgroundRole) is not None
        assert str(model.data(model.index(r, deadline))).startswith("Overdue")
    waiting = services.search.ids(EntryQuery(statuses=("waiting_worker", "waiting_overseas")))
    if len(waiting):
        load(qtbot, model, EntryQuery(statuses=("waiting_worker", "waiting_overseas")))
        all_rows(qtbot, model)
        shown = model.data(model.index(0, deadline))
        assert shown.startswith("Paused")
        assert "since" in shown


def test_deadline_words(services: Services) -> None:
    row = services.search.rows([services.search.ids(EntryQuery(kinds=("complaint",),
                                                               statuses=("new",)))[0]])[0]
    assert row.due_date is not None
    today = row.due_date
    assert C.deadline(row, today).state == "due_soon"
    assert C.deadline(row, today - timedelta(days=5)).state == "running"
    assert C.deadline(row, today + timedelta(days=2)).text.startswith("Overdue 2 d")
    assert C.deadline(row._replace(status="waiting_worker", paused_on=today), today
                      + timedelta(days=3)).text.startswith("Paused 3 d")
    assert C.deadline(row._replace(status="closed"), today).state == "none"


def test_refresh_keeps_the_selected_entry_selected(
    qtbot: Any, model: TriageModel, services: Services
) -> None:
    from PySide6.QtWidgets import QTableView

    view = QTableView()
    view.setModel(model)
    load(qtbot, model)
    all_rows(qtbot, model)
    chosen = model.entry_id(10)
    view.selectionModel().setCurrentIndex(
        model.index(10, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    event = services.catalog.events()[-1]
    for text in ("Satu", "Dua", "Tiga"):  # newest first: three rows above the selection
        services.entries.record(NewEntry(event.id, "complaint", "digital", text))
    with qtbot.waitSignal(model.sig_ids_ready, timeout=10000):
        model.refresh()
    current = view.selectionModel().currentIndex()
    assert current.row() == 13
    assert model.entry_id(current.row()) == chosen


# ---- the panel ---------------------------------------------------------------------------------
class FakeDetail(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.shown: list[int | None] = []

    def show_entry(self, entry_id: int | None) -> None:
        self.shown.append(entry_id)


class FakeController:
    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    def bulk(self, rows: Any, op: str, value: Any, reason: str | None = None) -> None:
        self.calls.append(("bulk", tuple(rows), op, value, reason))

    def group(self, ids: Any, *, title: str | None = None, group_id: int | None = None) -> None:
        self.calls.append(("group", tuple(ids), title, group_id))

    def ungroup(self, ids: Any) -> None:
        self.calls.append(("ungroup", tuple(ids)))


@pytest.fixture
def panel(qtbot: Any, triage_url: str, tmp_path: Path) -> Any:
    from feedback_desk.gui.settings import Settings
    from feedback_desk.gui.triage.panel import TriagePanel

    backend = Backend(triage_url, "sari")
    backend.open()
    tasks = TaskRunner()
    events = DeskEvents()
    panel = TriagePanel(backend, tasks, events, Settings(tmp_path / "s.ini"), FakeController(),
                        FakeDetail())
    qtbot.addWidget(panel)
    panel.resize(1300, 700)
    panel.show()
    with qtbot.waitSignal(panel.model.sig_ids_ready, timeout=10000):
        panel.start()
    qtbot.waitUntil(lambda: bool(panel.facets.counts_shown("topic")), timeout=10000)
    qtbot.waitUntil(lambda: panel.rights_known, timeout=5000)
    assert panel.can_triage
    yield panel
    tasks.shutdown()
    backend.close()


def test_facet_counts_shown_equal_counts_of_the_rows(qtbot: Any, panel: Any, services: Services) -> None:
    rows = services.search.rows(list(services.search.ids(EntryQuery()))[:1000])
    assert len(rows) == services.search.count(EntryQuery()) > 400
    assert panel.facets.counts_shown("kind") == dict(Counter(r.kind for r in rows))
    assert panel.facets.counts_shown("area") == dict(Counter(r.service_area for r in rows))
    shown_countries = panel.facets.counts_shown("country")
    assert sum(shown_countries.values()) == len(rows)


def test_ticking_facets_filters_the_list_and_recounts_the_others(
    qtbot: Any, panel: Any, services: Services
) -> None:
    with qtbot.waitSignal(panel.model.sig_ids_ready, timeout=10000):
        panel.facets.tick("kind", "complaint")
    expected = services.search.count(EntryQuery(kinds=("complaint",)))
    assert panel.model.rowCount() == expected
    qtbot.waitUntil(lambda: sum(panel.facets.counts_shown("area").values()) == expected,
                    timeout=10000)
    kinds = panel.facets.counts_shown("kind")  # its own filter left out: every kind still counted
    assert sum(kinds.values()) == services.search.count(EntryQuery())
    with qtbot.waitSignal(panel.model.sig_ids_ready, timeout=10000):
        panel.facets.tick("area", "overseas")
    assert panel.model.rowCount() == services.search.count(
        EntryQuery(kinds=("complaint",), areas=("overseas",)))
    with qtbot.waitSignal(panel.model.sig_ids_ready, timeout=10000):
        panel.clear_filters()
    assert panel.model.rowCount() == services.search.count(EntryQuery())


def test_search_box_finds_words_by_their_stem(qtbot: Any, panel: Any, services: Services) -> None:
    with qtbot.waitSignal(panel.model.sig_ids_ready, timeout=10000):
        panel.search.setText("mengklaim")
    found = panel.model.rowCount()
    assert found == services.search.count(EntryQuery(text="klaim")) > 0
    with qtbot.waitSignal(panel.model.sig_first_page, timeout=10000):
        panel.search.setText('"(*')  # no words at all: an empty list, not an error
    assert panel.model.rowCount() == 0


def test_current_row_opens_in_the_detail_pane_and_jump_to_row(qtbot: Any, panel: Any) -> None:
    last = panel.model.rowCount() - 1
    panel.select_row(last)
    qtbot.waitUntil(lambda: panel.model.entry_row(last) is not None, timeout=5000)
    assert panel.detail.shown[-1] == panel.model.entry_id(last)
    assert panel.table.currentIndex().row() == last


def test_bulk_status_asks_for_the_reason_and_sends_every_selected_row(
    qtbot: Any, panel: Any
) -> None:
    from feedback_desk.gui.triage.bulk_dialogs import StatusDialog
    from tests.gui.conftest import when_dialog

    with qtbot.waitSignal(panel.model.sig_ids_ready, timeout=10000):
        panel.facets.tick("kind", "complaint")
    panel.table.selectAll()
    assert panel.bulk_actions["status"].isEnabled()

    def answer(dialog: StatusDialog) -> None:
        dialog.status.setCurrentIndex(dialog.status.findData("resolved"))
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        dialog.reason.setPlainText("Sudah dibayar")
        dialog.accept()

    when_dialog(StatusDialog, answer)
    panel.bulk_action("status")
    qtbot.waitUntil(lambda: bool(panel.controller.calls), timeout=5000)
    _name, rows, op, value, reason = panel.controller.calls[-1]
    assert (op, value, reason) == ("status", "resolved", "Sudah dibayar")
    assert len(rows) == panel.model.rowCount()


def test_a_recorder_cannot_use_bulk_actions(qtbot: Any, triage_url: str, tmp_path: Path) -> None:
    from feedback_desk.gui.settings import Settings
    from feedback_desk.gui.triage.panel import TriagePanel

    backend = Backend(triage_url, "budi")
    provisioned_open(backend, "recorder")
    tasks = TaskRunner()
    panel = TriagePanel(backend, tasks, DeskEvents(), Settings(tmp_path / "r.ini"),
                        FakeController(), FakeDetail())
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.model.sig_ids_ready, timeout=10000):
        panel.start()
    qtbot.waitUntil(lambda: panel.rights_known, timeout=5000)
    assert not panel.can_triage and "supervisor" in panel.bulk_actions["status"].toolTip()
    panel.table.selectAll()
    assert not any(a.isEnabled() for a in panel.bulk_actions.values())
    tasks.shutdown()
    backend.close()


def test_changes_elsewhere_refresh_the_list(qtbot: Any, panel: Any, services: Services) -> None:
    event = services.catalog.events()[-1]
    before = panel.model.rowCount()
    services.entries.record(NewEntry(event.id, "suggestion", "digital", "Tambah fitur JMO"))
    with qtbot.waitSignal(panel.model.sig_ids_ready, timeout=10000):
        panel._events.notify(Change("entry", "record", (0,)))
    assert panel.model.rowCount() == before + 1


def test_column_layout_round_trips(qtbot: Any, panel: Any) -> None:
    layout = panel.columns()
    layout = [layout[2], layout[0], layout[1], *layout[3:]]
    layout[0] = {**layout[0], "width": 222}
    layout[-1] = {**layout[-1], "visible": True}
    panel.apply_columns([{"key": "nonsense"}, *layout])
    assert panel.columns() == layout


def test_a_hidden_page_lists_nothing_until_shown_then_catches_up(
    qtbot: Any, triage_url: str, tmp_path: Path, services: Services
) -> None:
    """A recorder's desk (capture page in front) does no triage work in the background."""
    from feedback_desk.gui.settings import Settings
    from feedback_desk.gui.triage.panel import TriagePanel

    backend = Backend(triage_url, "sari")
    backend.open()
    tasks, events = TaskRunner(), DeskEvents()
    panel = TriagePanel(backend, tasks, events, Settings(tmp_path / "h.ini"), FakeController(),
                        FakeDetail())
    qtbot.addWidget(panel)
    panel.start()
    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=5000)
    assert panel.model.rowCount() == 0  # never asked
    with qtbot.waitSignal(panel.model.sig_ids_ready, timeout=10000):
        panel.show()
    before = panel.model.rowCount()
    panel.hide()
    event = services.catalog.events()[-1]
    services.entries.record(NewEntry(event.id, "question", "digital", "Kapan JMO diperbarui?"))
    events.notify(Change("entry", "record", (0,)))
    qtbot.wait(REFRESH_WAIT_MS)
    assert panel.model.rowCount() == before  # hidden: not refreshed
    with qtbot.waitSignal(panel.model.sig_ids_ready, timeout=10000):
        panel.show()
    assert panel.model.rowCount() == before + 1
    tasks.shutdown()
    backend.close()


REFRESH_WAIT_MS = 900


def test_rows_shown_from_before_a_refresh_are_fetched_again(
    qtbot: Any, model: TriageModel, services: Services
) -> None:
    model.set_users({int(u.id): u.username for u in services.accounts.users()})
    load(qtbot, model)
    all_rows(qtbot, model)
    first = model.entry_row(0)
    assert first is not None
    services.cases.assign(first.id, first.version, "sari")
    with qtbot.waitSignal(model.sig_ids_ready, timeout=10000):
        model.refresh()
    assignee = C.KEYS.index("assignee")
    model.data(model.index(0, assignee))  # what a view's repaint asks: shows the old row, fetches
    qtbot.waitUntil(lambda: model.data(model.index(0, assignee)) == "sari", timeout=5000)


def test_selection_is_counted_from_its_ranges(qtbot: Any, panel: Any) -> None:
    selection = panel.table.selectionModel()
    flags = selection.SelectionFlag
    for first, last in ((2, 5), (4, 9), (20, 20)):  # overlapping and single rows
        selection.select(QItemSelection(panel.model.index(first, 0), panel.model.index(last, 0)),
                         flags.Select | flags.Rows)
    assert panel.selected_rows() == [*range(2, 10), 20]
    assert panel.selected_count() == 9
    assert panel.selection_label.text() == "9 selected"
    panel.table.selectAll()
    assert panel.selected_count() == panel.model.rowCount()


def test_a_new_event_is_named_in_the_facets(qtbot: Any, panel: Any, services: Services) -> None:
    event = services.catalog.create_event("Forum PMI Osaka 2027")
    panel._events.notify(Change("event", "create", (int(event.id),)))
    qtbot.waitUntil(lambda: panel.facets._label("event", int(event.id)) == "Forum PMI Osaka 2027",
                    timeout=5000)
