"""The dashboard charts draw exactly the DTO numbers and click through to the exact entries:
stacked tops, cumulative sums, empty and single-bucket series, bands, lines, bars, cells, zoom."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtGui import QImage

from feedback_desk.core import palette
from feedback_desk.core.dto import EntryQuery
from feedback_desk.core.trends import NOT_GIVEN, OTHER, Heatmap, TimeSeries
from feedback_desk.gui.dashboard.charts import BarChart, HeatmapChart, TimeChart

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    # the offscreen platform's note on showing a top-level window, not ours
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

TZ = timezone(timedelta(hours=7))
BASE = EntryQuery(kinds=("complaint",))


def series(counts: list[list[int]], keys: tuple[str, ...] = ("domestic", "overseas", OTHER),
           folded: tuple[str, ...] = ("digital", ""), by: str = "area") -> TimeSeries:
    n = len(counts[0]) if counts else 0
    start = datetime(2026, 3, 1, tzinfo=TZ)
    bounds = tuple(start + timedelta(days=i) for i in range(n + 1)) if n else ()
    return TimeSeries(BASE, by, "day", "auto", bounds, keys[: len(counts)],
                      tuple(tuple(r) for r in counts), folded)


COUNTS = [[3, 0, 5, 2], [1, 4, 0, 2], [2, 2, 1, 0]]


@pytest.fixture
def chart(qtbot: Any) -> TimeChart:
    c = TimeChart()
    qtbot.addWidget(c)
    c.resize(800, 400)
    c.show()
    qtbot.waitExposed(c)
    return c


def centre(ts: TimeSeries, b: int) -> float:
    return (ts.bounds[b].timestamp() + ts.bounds[b + 1].timestamp()) / 2


def test_stacked_tops_are_running_sums_over_series(chart: TimeChart) -> None:
    ts = series(COUNTS)
    chart.set_series(ts, ["Domestic", "Overseas", "Other"], stacked=True, cumulative=False)
    drawn = chart.plotted()
    assert list(drawn) == list(ts.keys)
    starts = np.array([b.timestamp() for b in ts.bounds[:-1]])
    running = np.zeros(4)
    for key, row in zip(ts.keys, ts.counts, strict=True):
        running = running + np.array(row)
        x, y = drawn[key]
        assert np.array_equal(x, starts)
        assert np.array_equal(y, running)
        assert np.array_equal(chart.series_values()[key], row)
    assert np.array_equal(chart.edges(), [b.timestamp() for b in ts.bounds])


def test_cumulative_lines_are_running_sums_over_time(chart: TimeChart) -> None:
    ts = series(COUNTS)
    chart.set_series(ts, ["A", "B", "C"], stacked=False, cumulative=True)
    expected = ts.cumulative()
    for key, row in zip(ts.keys, expected.counts, strict=True):
        assert np.array_equal(chart.plotted()[key][1], row)
        assert np.array_equal(chart.series_values()[key], row)
    chart.set_series(ts, ["A", "B", "C"], stacked=True, cumulative=True)
    tops = np.cumsum(np.array(expected.counts), axis=0)
    for i, key in enumerate(ts.keys):
        assert np.array_equal(chart.plotted()[key][1], tops[i])


def test_empty_and_single_bucket_series(chart: TimeChart) -> None:
    empty = TimeSeries(BASE, "area", "day", "auto", (), (), ())
    chart.set_series(empty, [], stacked=True, cumulative=False)
    assert chart.plotted() == {}
    assert chart.click_at(0.0, 0.0) is None
    assert chart.table()[1] == []
    one = series([[7], [2]])
    chart.set_series(one, ["Domestic", "Overseas"], stacked=True, cumulative=False)
    assert {k: list(v[1]) for k, v in chart.plotted().items()} == {"domestic": [7], "overseas": [9]}
    assert chart.click_at(centre(one, 0), 8.0) == one.query_for(1, 0)
    chart.set_series(empty, [], stacked=False, cumulative=False)  # shrinking hides the pool
    assert chart.plotted() == {}


def test_stacked_click_finds_the_band_and_bucket(chart: TimeChart, qtbot: Any) -> None:
    ts = series(COUNTS)
    chart.set_series(ts, ["Domestic", "Overseas", "Other"], stacked=True, cumulative=False)
    x = centre(ts, 1)  # bucket 1: 0 | 4 | 2 → bands [0,0) [0,4) [4,6)
    with qtbot.waitSignal(chart.sig_clicked) as blocker:
        assert chart.click_at(x, 3.5) == ts.query_for(1, 1)
    query = blocker.args[0]
    assert query.areas == ("overseas",) and query.kinds == ("complaint",)
    assert (query.recorded_from, query.recorded_to) == (ts.bounds[1], ts.bounds[2])
    other = chart.click_at(x, 5.0)
    assert other is not None and other.areas == ("digital", "")  # the folded keys
    assert chart.click_at(x, 6.5) is None  # above the stack
    assert chart.click_at(x, -0.5) is None
    assert chart.click_at(ts.bounds[0].timestamp() - 1, 1.0) is None  # before the range
    assert chart.click_at(ts.bounds[-1].timestamp(), 1.0) is None  # the end is exclusive
    # a bucket's start belongs to it, exactly
    assert chart.click_at(ts.bounds[2].timestamp(), 0.5) == ts.query_for(0, 2)
    with qtbot.assertNotEmitted(chart.sig_clicked):
        chart.click_at(x, 100.0)


def test_cumulative_click_covers_the_range_so_far(chart: TimeChart) -> None:
    ts = series(COUNTS)
    chart.set_series(ts, ["A", "B", "C"], stacked=True, cumulative=True)
    query = chart.click_at(centre(ts, 2), 1.0)  # cumulative domestic at bucket 2 is 8
    assert query == ts.query_for(0, 2, cumulative=True)
    assert query is not None
    assert (query.recorded_from, query.recorded_to) == (ts.bounds[0], ts.bounds[3])


def test_lines_click_takes_the_nearest_line_within_a_few_pixels(chart: TimeChart) -> None:
    ts = series([[10, 20], [50, 60]])
    chart.set_series(ts, ["A", "B"], stacked=False, cumulative=False)
    chart.plot.getViewBox().setRange(yRange=(0, 100), padding=0)
    chart.plot.getViewBox().disableAutoRange()
    x = centre(ts, 1)
    assert chart.click_at(x, 59.0) == ts.query_for(1, 1)
    assert chart.click_at(x, 21.0) == ts.query_for(0, 1)
    assert chart.click_at(x, 40.0) is None  # between the lines, far from both
    assert "B" in chart.tooltip_at(x, 60.0) and "60" in chart.tooltip_at(x, 60.0)


def test_backlog_line_clicks_give_the_given_queries(chart: TimeChart) -> None:
    ts = series(COUNTS)
    queries = [EntryQuery(kinds=("complaint",), open_at=b) for b in ts.bounds[1:]]
    chart.set_line(ts.bounds, [4, 6, 5, 3], "Open complaints", palette.OKABE_ITO[3], queries)
    assert list(chart.plotted()["Open complaints"][1]) == [4, 6, 5, 3]
    assert chart.click_at(centre(ts, 2), 5.0) == queries[2]
    assert chart.click_at(centre(ts, 2), 2.0) == queries[2]  # under the single line
    assert chart.click_at(centre(ts, 2), 30.0) is None
    header, rows = chart.table()
    assert header[-1] == "Open complaints" and [r[-1] for r in rows] == ["4", "6", "5", "3"]


def test_user_zoom_is_kept_across_updates_until_reset(chart: TimeChart) -> None:
    ts = series(COUNTS)
    chart.set_series(ts, ["A", "B", "C"], stacked=True, cumulative=False)
    vb = chart.plot.getViewBox()
    lo, hi = ts.bounds[1].timestamp(), ts.bounds[3].timestamp()
    vb.setRange(xRange=(lo, hi), padding=0)
    vb.disableAutoRange()
    chart.set_series(series([[1, 1, 1, 1], [2, 2, 2, 2]]), ["A", "B"], stacked=True,
                     cumulative=True)
    assert vb.viewRange()[0] == pytest.approx([lo, hi])
    chart.reset_zoom()
    assert vb.autoRangeEnabled()[0]
    # a kept range that would show none of the new data goes back to the whole range
    vb.setRange(xRange=(0, 1000), padding=0)
    vb.disableAutoRange()
    chart.set_series(ts, ["A", "B", "C"], stacked=True, cumulative=False)
    assert vb.autoRangeEnabled()[0]


def test_plot_items_are_reused_not_rebuilt(chart: TimeChart) -> None:
    chart.set_series(series(COUNTS), ["A", "B", "C"], stacked=True, cumulative=False)
    items = set(map(id, chart.plot.listDataItems()))
    chart.set_series(series([[1, 2], [3, 4]]), ["A", "B"], stacked=False, cumulative=False)
    chart.set_series(series(COUNTS), ["A", "B", "C"], stacked=True, cumulative=True)
    assert set(map(id, chart.plot.listDataItems())) == items


def test_time_table_has_buckets_and_totals(chart: TimeChart) -> None:
    ts = series(COUNTS)
    chart.set_series(ts, ["Domestic", "Overseas", "Other"], stacked=True, cumulative=False)
    header, rows = chart.table()
    assert header[2:] == ["Domestic", "Overseas", "Other", "Total"]
    assert [r[2:] for r in rows] == [["3", "1", "2", "6"], ["0", "4", "2", "6"],
                                     ["5", "0", "1", "6"], ["2", "2", "0", "4"]]
    assert rows[0][0] == ts.bounds[0].astimezone().strftime("%Y-%m-%d %H:%M")


def test_time_chart_exports_a_coloured_png(chart: TimeChart, tmp_path: Path) -> None:
    chart.set_series(series(COUNTS), ["A", "B", "C"], stacked=True, cumulative=False)
    chart.export_png(tmp_path / "chart.png")
    assert_png(tmp_path / "chart.png")


def assert_png(path: Path) -> None:
    image = QImage(str(path))
    assert not image.isNull() and image.width() > 100 and image.height() > 100
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert len(colours) > 1


# -- bars -------------------------------------------------------------------------------------


@pytest.fixture
def bars(qtbot: Any) -> BarChart:
    c = BarChart()
    qtbot.addWidget(c)
    c.resize(600, 300)
    c.show()
    qtbot.waitExposed(c)
    return c


def test_bars_show_values_labels_and_click_through(bars: BarChart, qtbot: Any) -> None:
    queries = [EntryQuery(countries=(c,)) for c in ("MY", "TW", "HK")]
    long = "A country name far longer than twenty-eight characters"
    bars.set_bars(["Malaysia", "Taiwan", long], [120, 45, 0], palette.BAR, queries)
    ys, widths = bars.bars()
    assert list(ys) == [0, 1, 2] and list(widths) == [120, 45, 0]
    assert bars.value_texts() == ["120", "45", "0"]
    assert len(bars._axis.labels()[2]) <= 28 and bars._axis.labels()[2].endswith("…")
    assert long in bars.tooltip_at(1.0, 2.0)
    with qtbot.waitSignal(bars.sig_clicked) as blocker:
        bars.click_at(100.0, 0.1)
    assert blocker.args == [queries[0]]
    assert bars.click_at(40.0, 1.0) == queries[1]
    assert bars.click_at(100.0, 1.0) is None  # past the end of the bar
    assert bars.click_at(1.0, 2.0) == queries[2]  # a zero bar is still clickable at its start
    assert bars.click_at(10.0, 0.5) is None  # between two bars
    assert bars.table() == (["Category", "Entries"],
                            [["Malaysia", "120"], ["Taiwan", "45"], [long, "0"]])


def test_percent_bars(bars: BarChart) -> None:
    q = [EntryQuery(tiers=("S1",)), EntryQuery(tiers=("S2",))]
    bars.set_bars(["S1", "S2"], [96.5, None], ["#E69F00", "#0072B2"], q, percent=True)
    assert bars.value_texts() == ["96%", "–"] or bars.value_texts() == ["97%", "–"]
    x0, x1 = bars.plot.getViewBox().viewRange()[0]
    assert x0 <= 0 and 100 <= x1 < 110
    assert bars.click_at(50.0, 0.0) == q[0]
    assert bars.click_at(1.0, 1.0) is None  # no value, nothing behind it
    assert bars.table() == (["Category", "Percent"], [["S1", "96.5"], ["S2", ""]])


def test_empty_bars_say_no_entries(bars: BarChart, tmp_path: Path) -> None:
    bars.set_bars(["X"], [3], palette.BAR, [EntryQuery()])
    bars.set_bars([], [], [], [])
    assert bars._empty.isVisible() and bars._empty.toPlainText() == "No entries"
    assert bars.bars()[1].size == 0 and bars.value_texts() == []
    assert bars.click_at(0.5, 0.0) is None
    bars.set_bars(["X"], [3], palette.BAR, [EntryQuery()])
    assert not bars._empty.isVisible()
    bars.export_png(tmp_path / "bars.png")
    assert_png(tmp_path / "bars.png")


# -- heatmap ----------------------------------------------------------------------------------


def heatmap() -> Heatmap:
    return Heatmap(BASE, "area", "topic", ("domestic", "overseas"),
                   ("claims", "documents", NOT_GIVEN), ((0, 5, 10), (2, 0, 1)))


def test_heatmap_cells_counts_colours_and_click(qtbot: Any, tmp_path: Path) -> None:
    chart = HeatmapChart()
    qtbot.addWidget(chart)
    chart.resize(700, 300)
    chart.show()
    qtbot.waitExposed(chart)
    hm = heatmap()
    chart.set_heatmap(hm, ["Domestic", "Overseas"], ["Claims", "Documents", "Not given"])
    assert chart.cell_texts() == [["0", "5", "10"], ["2", "0", "1"]]
    assert chart.cell_colours() == [[palette.heat(v / 10) for v in row] for row in hm.counts]
    with qtbot.waitSignal(chart.sig_clicked) as blocker:
        chart.click_at(2.5, 0.2)  # row 0 at the top
    assert blocker.args == [hm.query_for(0, 2)]
    assert blocker.args[0].areas == ("domestic",) and blocker.args[0].topics == ("",)
    assert chart.click_at(0.1, 1.9) == hm.query_for(1, 0)
    assert chart.click_at(3.2, 1.0) is None and chart.click_at(1.0, -0.1) is None
    assert "Overseas × Claims: 2" in chart.tooltip_at(0.5, 1.5)
    assert chart.table() == (["", "Claims", "Documents", "Not given"],
                             [["Domestic", "0", "5", "10"], ["Overseas", "2", "0", "1"]])
    chart.export_png(tmp_path / "heat.png")
    assert_png(tmp_path / "heat.png")
    empty = Heatmap(BASE, "area", "topic", (), (), ())
    chart.set_heatmap(empty, [], [])
    assert chart.cell_texts() == [] and chart._empty.isVisible()
    assert chart.click_at(0.5, 0.5) is None
