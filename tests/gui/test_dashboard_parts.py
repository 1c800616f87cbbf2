"""The dashboard's small parts: the live-refresh throttle, the filter bar, the words that
describe a click-through, and the triage list pinning what the facets cannot show."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDateTime, QTime

from feedback_desk.core.dto import EntryQuery
from feedback_desk.core.trends import OTHER
from feedback_desk.gui.dashboard import labels
from feedback_desk.gui.dashboard.filters_bar import PERIODS, FiltersBar
from feedback_desk.gui.dashboard.refresh import RefreshThrottle


# ---- throttle ------------------------------------------------------------------------------
def test_a_burst_of_changes_refreshes_once_now_and_once_a_second_later(qtbot: Any) -> None:
    throttle = RefreshThrottle(interval_ms=300)
    fired: list[float] = []

    def on_fire() -> None:
        fired.append(time.monotonic())
        throttle.finished()

    throttle.sig_fire.connect(on_fire)
    for _ in range(50):  # fifty saves in a burst
        throttle.poke()
    assert len(fired) == 1  # the first at once
    qtbot.waitUntil(lambda: len(fired) == 2, timeout=2000)
    qtbot.wait(500)
    assert len(fired) == 2  # the other 49 folded into one
    assert fired[1] - fired[0] >= 0.29


def test_pokes_spread_over_time_never_fire_closer_than_the_interval(qtbot: Any) -> None:
    throttle = RefreshThrottle(interval_ms=200)
    fired: list[float] = []
    throttle.sig_fire.connect(lambda: (fired.append(time.monotonic()), throttle.finished()))
    end = time.monotonic() + 1.0
    while time.monotonic() < end:
        throttle.poke()
        qtbot.wait(20)
    qtbot.wait(300)
    gaps = [b - a for a, b in zip(fired, fired[1:], strict=False)]
    assert 4 <= len(fired) <= 7
    assert min(gaps) >= 0.19


def test_no_second_refresh_while_one_is_running(qtbot: Any) -> None:
    throttle = RefreshThrottle(interval_ms=50)
    fired: list[int] = []
    throttle.sig_fire.connect(lambda: fired.append(1))  # never finishes by itself
    throttle.poke()
    qtbot.wait(150)
    throttle.poke()
    qtbot.wait(150)
    assert len(fired) == 1 and throttle.busy and throttle.pending
    throttle.finished()  # the slow computation ends: the waiting change is shown
    assert len(fired) == 2


def test_a_refresh_the_user_started_counts_and_cancel_forgets(qtbot: Any) -> None:
    throttle = RefreshThrottle(interval_ms=200)
    fired: list[int] = []
    throttle.sig_fire.connect(lambda: fired.append(1))
    throttle.started()
    throttle.poke()
    throttle.finished()
    assert fired == []  # within the interval of the user's refresh
    throttle.cancel()
    qtbot.wait(300)
    assert fired == [] and not throttle.pending


# ---- filter bar ----------------------------------------------------------------------------
@pytest.fixture
def bar(qtbot: Any) -> FiltersBar:
    bar = FiltersBar()
    qtbot.addWidget(bar)
    bar.set_events([(1, "Simposium Jakarta"), (2, "Simposium Hong Kong")],
                   {1: [(10, "Panel 1"), (11, "Panel 2")], 2: []})
    return bar


def test_filter_bar_builds_the_query_and_takes_one_back(bar: FiltersBar, qtbot: Any) -> None:
    assert bar.query() == EntryQuery()
    with qtbot.waitSignal(bar.sig_changed):
        bar.event_combo.setCurrentIndex(bar.event_combo.findData(1))
    assert bar.session.isEnabled() and bar.session.count() == 3
    bar.session.setCurrentIndex(bar.session.findData(11))
    bar.area.setCurrentIndex(bar.area.findData("overseas"))
    bar.kind.setCurrentIndex(bar.kind.findData("complaint"))
    q = bar.query()
    assert (q.event_ids, q.session_ids, q.areas, q.kinds) == ((1,), (11,), ("overseas",),
                                                              ("complaint",))
    bar.event_combo.setCurrentIndex(bar.event_combo.findData(2))  # no sessions there
    assert not bar.session.isEnabled() and bar.query().session_ids == ()

    start = datetime(2026, 11, 3, 2, 0, tzinfo=UTC)
    triage = EntryQuery(text="klaim", event_ids=(1,), topics=("claims", ""), areas=("digital",),
                        recorded_from=start, recorded_to=start + timedelta(hours=6))
    with qtbot.waitSignal(bar.sig_changed):
        bar.set_query(triage)
    assert bar.query() == triage  # nothing lost: what the bar cannot show is kept
    assert bar.period.currentData() == "custom" and bar.start.isVisibleTo(bar)
    assert bar.more.isVisibleTo(bar)  # search and topics: "more filters"
    with qtbot.waitSignal(bar.sig_changed):
        bar.drop_more.click()
    assert bar.query().text == "" and bar.query().topics == ()
    assert bar.query().event_ids == (1,) and bar.query().areas == ("digital",)


def test_relative_periods_end_open_so_live_entries_show(bar: FiltersBar) -> None:
    now = datetime(2026, 11, 24, 10, 30, tzinfo=UTC)
    bar.period.setCurrentIndex(PERIODS.index("24h"))
    assert bar.query(now) == EntryQuery(recorded_from=now - timedelta(hours=24))
    bar.period.setCurrentIndex(PERIODS.index("7d"))
    assert bar.query(now).recorded_from == now - timedelta(days=7)
    bar.period.setCurrentIndex(PERIODS.index("today"))
    local_midnight = now.astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    assert bar.query(now).recorded_from == local_midnight
    assert bar.query(now).recorded_to is None
    bar.period.setCurrentIndex(PERIODS.index("custom"))
    day = QDateTime.currentDateTime().date()
    bar.start.setDateTime(QDateTime(day, QTime(9, 0)))
    bar.end.setDateTime(QDateTime(day, QTime(12, 0)))
    q = bar.query(now)
    assert q.recorded_to is not None and q.recorded_from is not None
    assert q.recorded_to - q.recorded_from == timedelta(hours=3)


# ---- words ---------------------------------------------------------------------------------
def test_describe_names_what_the_click_added() -> None:
    base = EntryQuery(event_ids=(1,))
    start = datetime(2026, 11, 3, 3, 0, tzinfo=UTC)
    q = EntryQuery(event_ids=(1,), areas=("overseas",), topics=("claims", ""),
                   recorded_from=start, recorded_to=start + timedelta(hours=1))
    text = labels.describe(q, base, {})
    assert "Overseas" in text and "Claims" in text and "Not given" in text
    assert start.astimezone().strftime("%H:%M") in text
    assert "Event" not in text  # the dashboard's own filter is not repeated
    grouped = labels.describe(EntryQuery(group_id=7), EntryQuery(), {"group": {7: "Klaim JHT"}})
    assert "Klaim JHT" in grouped
    assert labels.label("area", OTHER) == "Other"
    assert labels.label("status", "under_study") == "Under study"
    assert "open at" in labels.describe(EntryQuery(kinds=("complaint",), open_at=start),
                                        EntryQuery(), {})


def test_the_date_axis_names_months_and_days_in_the_interface_language(qtbot: Any) -> None:
    from feedback_desk.gui import i18n
    from feedback_desk.gui.dashboard.charts import TimeChart
    from feedback_desk.gui.dashboard.charts.axes import _names

    pattern, names = _names("id")
    assert names[datetime(2001, 10, 1).strftime("%b")] == "Okt"
    assert names[datetime(2001, 8, 1).strftime("%b")] == "Agu"
    assert names[datetime(2001, 1, 3).strftime("%a")] == "Rab"  # Wednesday
    chart = TimeChart()
    qtbot.addWidget(chart)
    chart.resize(800, 300)
    with qtbot.waitExposed(chart):
        chart.show()
    axis = chart.plot.getAxis("bottom")
    moments = [datetime(2026, m, 1, tzinfo=UTC).timestamp() for m in (8, 10, 12)]
    axis.tickValues(moments[0] - 86400 * 60, moments[-1] + 86400 * 60, 800)  # picks the zoom
    spec = next(s for s in axis.zoomLevel.tickSpecs if "%b" in (s.format or ""))
    try:
        i18n.install("id")
        shown = " ".join(axis.tickStrings(moments, 1.0, spec.spacing))
        assert "Okt" in shown or "Agu" in shown or "Des" in shown, shown
        i18n.install("en")
        shown = " ".join(axis.tickStrings(moments, 1.0, spec.spacing))
        assert "Oct" in shown or "Aug" in shown or "Dec" in shown, shown
    finally:
        i18n.install("en")


def test_the_pinned_filter_keeps_what_the_facets_cannot_show(qtbot: Any) -> None:
    from feedback_desk.gui.triage.pinned_filter import PinnedFilter

    chip = PinnedFilter()
    qtbot.addWidget(chip)
    start = datetime(2026, 11, 3, 3, 0, tzinfo=UTC)
    chip.set(EntryQuery(areas=("overseas",), recorded_from=start,
                        recorded_to=start + timedelta(hours=1), dimensions=("",), group_id=None),
             "Trends: Overseas · 10:00 – 11:00", from_chart=True)
    assert not chip.isHidden()
    assert chip.pin == EntryQuery(recorded_from=start, recorded_to=start + timedelta(hours=1),
                                  dimensions=("",))
    # the facets' whole days and the pinned hour: both hold (the hour)
    day = EntryQuery(kinds=("complaint",), recorded_from=start - timedelta(hours=3),
                     recorded_to=start + timedelta(hours=21))
    merged = chip.merged(day)
    assert (merged.kinds, merged.recorded_from, merged.recorded_to, merged.dimensions) == (
        ("complaint",), start, start + timedelta(hours=1), ("",))
    chip.clear()
    assert chip.pin is None and chip.isHidden() and chip.merged(day) == day
    chip.set(EntryQuery(areas=("digital",)), "Trends: Digital", from_chart=True)
    assert chip.pin is None and not chip.isHidden()  # says where the list came from
    chip.facets_changed()
    assert chip.isHidden()  # the user changed the ticks: the words no longer fit
