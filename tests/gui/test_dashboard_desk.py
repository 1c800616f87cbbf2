"""The trends page inside the real desk window: charts from the core, a click on a band, cell,
bar or tile lists exactly those entries on the triage page, live refresh keeps the zoom, export,
and the Indonesian interface."""

from __future__ import annotations

import csv
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtGui import QImage

from feedback_desk.core.db.engine import open_database
from feedback_desk.core.dto import EntryQuery, NewEntry
from feedback_desk.core.services import Services
from feedback_desk.gui.dashboard.loader import HEALTH, HEATMAPS, OVER_TIME, TOP
from feedback_desk.gui.events import Change
from feedback_desk.gui.pages import DASHBOARD, TRIAGE

START = datetime(2026, 10, 13, 1, 0, tzinfo=UTC)  # 08:00 in Jakarta
ROWS = (  # minutes after START, kind, area, topic, country
    (0, "complaint", "overseas", "claims", "HK"), (5, "complaint", "overseas", "claims", "HK"),
    (7, "suggestion", "digital", "digital_services", "TW"), (20, "complaint", "domestic", None, "MY"),
    (65, "question", "overseas", "documents", "HK"), (70, "complaint", "digital", "claims", None),
    (130, "commitment", "domestic", "coordination", None), (135, "complaint", "overseas", "claims", "SA"),
    (200, "appreciation", "digital", "digital_services", "TW"), (260, "complaint", "overseas", "documents", "HK"),
)


@pytest.fixture
def supervisor_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path}/desk.sqlite"
    db = open_database(url)
    sari = Services.connect(db, "sari", roles="supervisor")
    event = sari.catalog.create_event("Simposium PMI 2026")
    sari.catalog.create_session(event.id, "Panel 1")
    for minutes, kind, area, topic, country in ROWS:
        sari.entries.record(NewEntry(
            event.id, kind, area, f"{kind} tentang {topic} di {country}", topic=topic,
            country=country, recorded_at=START + timedelta(minutes=minutes)))
    db.dispose()
    return url


@pytest.fixture
def desk(make_desk: Any, supervisor_url: str, qtbot: Any) -> Any:
    desk = make_desk(supervisor_url, user="sari")
    desk.show_page(DASHBOARD)
    board = desk.dashboard
    qtbot.waitUntil(lambda: board.last_loaded is not None, timeout=15000)
    return desk


def count(desk: Any, query: EntryQuery) -> int:
    return int(desk.backend.services().search.count(query))


def listed(desk: Any, qtbot: Any) -> int:
    triage = desk.triage
    qtbot.waitUntil(lambda: triage.model.ids_ready, timeout=10000)
    return int(triage.model.rowCount())


def test_the_over_time_chart_shows_the_services_numbers_and_a_click_lists_them(
    desk: Any, qtbot: Any
) -> None:
    board = desk.dashboard
    assert desk.pages.currentIndex() == DASHBOARD
    series = board.last_loaded.data[0]
    assert board.last_loaded.tab == OVER_TIME and series.by == "area"
    assert sum(series.totals) == len(ROWS)
    chart = board.over_time.chart
    shown = chart.series_values()
    for i, key in enumerate(series.keys):
        assert list(shown[key]) == list(series.counts[i])
    # a click in the middle of a band: exactly the entries of that area in that bucket
    edges, tops = chart.edges(), np.array([chart.plotted()[k][1] for k in series.keys])
    b = int(np.argmax(tops[-1]))  # the fullest bucket
    s = int(np.argmax(np.array(series.counts)[:, b]))
    low = tops[s - 1][b] if s else 0.0
    query = chart.click_at((edges[b] + edges[b + 1]) / 2, (low + tops[s][b]) / 2)
    assert query is not None and count(desk, query) == series.counts[s][b]
    with qtbot.waitSignal(board.sig_open_query):
        chart.sig_clicked.emit(query)
    assert desk.pages.currentIndex() == TRIAGE
    qtbot.waitUntil(lambda: listed(desk, qtbot) == series.counts[s][b], timeout=10000)
    assert desk.triage.pinned is not None and desk.triage.pinned_filter.isVisibleTo(desk.triage)
    desk.triage.unpin()
    qtbot.waitUntil(lambda: listed(desk, qtbot) == len(ROWS), timeout=10000)


def test_heatmap_cells_bars_and_tiles_open_exactly_their_entries(desk: Any, qtbot: Any) -> None:
    board = desk.dashboard
    board.tabs.setCurrentIndex(HEATMAPS)
    qtbot.waitUntil(lambda: board.last_loaded.tab == HEATMAPS, timeout=15000)
    area_topic = board.last_loaded.data[0]
    assert sum(map(sum, area_topic.counts)) == len(ROWS)
    r = area_topic.rows.index("overseas")
    c = area_topic.cols.index("claims")
    assert area_topic.counts[r][c] == 3
    query = board.heatmaps.area_topic.click_at(c, r)  # as the mouse does: the list opens
    assert query is not None and count(desk, query) == 3
    assert desk.pages.currentIndex() == TRIAGE
    qtbot.waitUntil(lambda: listed(desk, qtbot) == 3, timeout=10000)
    desk.show_page(DASHBOARD)
    board.tabs.setCurrentIndex(TOP)
    qtbot.waitUntil(lambda: board.last_loaded.tab == TOP, timeout=15000)
    countries = board.last_loaded.data[0]
    assert countries.items[0].key == "HK" and countries.items[0].count == 4
    board.tabs.setCurrentIndex(HEALTH)
    qtbot.waitUntil(lambda: board.last_loaded.tab == HEALTH, timeout=15000)
    health = board.last_loaded.data[0]
    assert health.open_now == 6  # six complaints, none handled yet
    with qtbot.waitSignal(board.sig_open_query) as blocker:
        board.health.tiles["open"].click()
    assert count(desk, blocker.args[0]) == 6
    qtbot.waitUntil(lambda: listed(desk, qtbot) == 6, timeout=10000)


def test_live_refresh_is_throttled_and_keeps_the_zoom(desk: Any, qtbot: Any) -> None:
    board = desk.dashboard
    chart = board.over_time.chart
    vb = chart.plot.getViewBox()
    edges = chart.edges()
    vb.setXRange(edges[0], edges[1], padding=0)  # the user zooms into the first bucket
    vb.disableAutoRange()
    zoomed = vb.viewRange()[0]
    svc = desk.backend.services()
    event_id = svc.catalog.events()[0].id
    fired = board.throttle.fired
    for i in range(5):  # five entries recorded in a burst, each with its change notice
        entry = svc.entries.record(NewEntry(event_id, "complaint", "digital", f"baru {i}",
                                            recorded_at=START + timedelta(minutes=30 + i)))
        desk.events.notify(Change("entry", "record", (int(entry.id),)))
    qtbot.waitUntil(lambda: sum(board.last_loaded.data[0].totals) == len(ROWS) + 5, timeout=15000)
    qtbot.wait(1200)
    assert 1 <= board.throttle.fired - fired <= 2  # five notices, at most one refresh a second
    assert vb.viewRange()[0] == pytest.approx(zoomed)  # the user's zoom stays


def test_export_png_and_csv_and_a_read_only_folder(desk: Any, qtbot: Any, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    board = desk.dashboard
    png, table = tmp_path / "chart.png", tmp_path / "chart.csv"
    assert board.save_png(png) and board.save_csv(table)
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 200
    with table.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert any("Overseas" in row for row in rows)
    board.tabs.setCurrentIndex(HEALTH)
    qtbot.waitUntil(lambda: board.last_loaded.tab == HEALTH, timeout=15000)
    assert board.save_png(tmp_path / "health.png")
    locked = tmp_path / "locked"
    locked.mkdir()
    os.chmod(locked, 0o500)
    warned: list[str] = []
    monkeypatch.setattr("feedback_desk.gui.dashboard.panel.QMessageBox.warning",
                        lambda _parent, _title, text: warned.append(text))
    try:
        if os.geteuid() == 0:  # root writes anyway: a missing folder fails the same way
            target = tmp_path / "missing" / "chart.png"
        else:
            target = locked / "chart.png"
        assert not board.save_png(target)
        assert warned and "Nothing was changed" in warned[0]
        assert not target.exists()
    finally:
        os.chmod(locked, 0o700)


def test_indonesian_labels_and_filters_from_the_triage_list(desk: Any, qtbot: Any) -> None:
    board = desk.dashboard
    desk.set_language("id")
    assert board.tabs.tabText(0) != "Over time" or not _has_id_catalog()
    desk.show_page(TRIAGE)
    desk.triage.facets.tick("kind", "complaint")
    qtbot.waitUntil(lambda: listed(desk, qtbot) == 6, timeout=10000)
    desk.show_page(DASHBOARD)
    board.filters.from_triage.click()
    qtbot.waitUntil(lambda: board.last_loaded.query.kinds == ("complaint",), timeout=15000)
    assert sum(board.last_loaded.data[0].totals) == 6


def _has_id_catalog() -> bool:
    from feedback_desk.gui import i18n

    return i18n.language() == "id"


def test_a_database_that_stops_answering_is_said_and_the_next_refresh_still_runs(
    desk: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from feedback_desk.core.errors import DatabaseUnavailable

    board = desk.dashboard
    trends = desk.backend.services().trends
    real = trends.series

    def gone(*_a: Any, **_k: Any) -> Any:
        raise DatabaseUnavailable("lost the connection to the database (test)")

    monkeypatch.setattr(trends, "series", gone)
    board.reload()
    qtbot.waitUntil(lambda: "Could not compute" in board.updated.text(), timeout=10000)
    assert not board.throttle.busy  # not stuck: the next change refreshes again
    shown = board.last_loaded
    monkeypatch.setattr(trends, "series", real)
    desk.events.sig_connection_changed.emit(True, "")
    qtbot.waitUntil(lambda: board.last_loaded is not shown, timeout=10000)
    assert "Updated" in board.updated.text()


def test_an_empty_database_shows_every_tab_without_numbers(
    make_desk: Any, tmp_path: Path, qtbot: Any
) -> None:
    url = f"sqlite:///{tmp_path}/empty.sqlite"
    db = open_database(url)
    sari = Services.connect(db, "sari", roles="supervisor")
    event = sari.catalog.create_event("Simposium PMI 2026")
    sari.catalog.create_session(event.id, "Panel 1")
    db.dispose()
    desk = make_desk(url, user="sari")
    desk.show_page(DASHBOARD)
    board = desk.dashboard
    for tab in (OVER_TIME, HEALTH, HEATMAPS, TOP):
        board.tabs.setCurrentIndex(tab)
        qtbot.waitUntil(lambda t=tab: board.last_loaded is not None and board.last_loaded.tab == t,
                        timeout=15000)
    assert board.over_time.note.text() == "No entries match these filters"
    assert board.over_time.chart.plotted() == {}
    health = board.tab_pages[HEALTH].loaded.data[0]
    assert (health.open_now, health.overdue, health.backlog) == (0, 0, ())
    assert "Open complaints\n0" == board.health.tiles["open"].text()
    assert board.top.countries.labels() == [] and board.top.groups.labels() == []
    assert board.save_csv(tmp_path / "empty.csv")  # headers only, still a valid file
