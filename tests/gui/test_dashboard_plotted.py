"""From inserted entries to pixels: what the charts hold after the core computed the numbers
equals counts made here, in Python, from the inserted data — every breakdown, every bucket
size, stacked, lines and cumulative, an empty range and a single entry; and the heatmap cells
and ranking bars likewise."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from feedback_desk.core.db.engine import open_database
from feedback_desk.core.dto import EntryQuery, NewEntry
from feedback_desk.core.services import Services
from feedback_desk.core.trends import AUTO, BREAKDOWNS, BUCKET_SIZES, OTHER
from feedback_desk.gui.dashboard.charts import BarChart, HeatmapChart, TimeChart
from tests.core.trend_data import T0, TZ, Row, add_groups, insert_rows, make_rows, matches

NOW = datetime(2026, 11, 16, 2, 0, tzinfo=UTC)
TODAY = NOW.astimezone(TZ).date()


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, list[Row]]]:
    path: Path = tmp_path_factory.mktemp("plotted") / "desk.sqlite"
    db = open_database(f"sqlite:///{path}")
    svc = Services.connect(db, "sari", roles="supervisor protection", clock=lambda: NOW)
    event = svc.catalog.create_event("Simposium PMI 2026")
    other = svc.catalog.create_event("Forum Taipei 2026")
    groups = add_groups(svc, ("JHT claims stuck", "Passports held", "App login fails"))
    rows = make_rows((event.id, other.id), groups, 260, seed=11)
    insert_rows(svc, rows)
    yield svc, rows
    db.dispose()


@pytest.fixture
def chart(qtbot: Any) -> TimeChart:
    chart = TimeChart()
    chart.resize(900, 400)
    qtbot.addWidget(chart)
    return chart


def counted(rows: list[Row], q: EntryQuery, by: str, bounds: tuple[datetime, ...]
            ) -> dict[str, np.ndarray]:
    """Entries per category and bucket, counted here from the rows."""
    out: dict[str, np.ndarray] = defaultdict(lambda: np.zeros(len(bounds) - 1))
    for r in rows:
        if matches(r, q, today=TODAY):
            i = bisect_right(bounds, r.recorded_at) - 1
            if 0 <= i < len(bounds) - 1:
                for key in r.key(by):
                    out[key][i] += 1
    return out


def check_plotted(chart: TimeChart, series: Any, rows: list[Row]) -> None:
    expected = counted(rows, series.query, series.by, series.bounds)
    if OTHER in series.keys and series.by != "dimension":
        expected[OTHER] = sum((expected[k] for k in series.folded), np.zeros(len(series.bounds) - 1))
    starts = np.array([b.timestamp() for b in series.bounds[:-1]])
    for stacked in (True, False):
        for cumulative in (False, True):
            chart.set_series(series, list(series.keys), stacked=stacked, cumulative=cumulative)
            plotted = chart.plotted()
            below = np.zeros(len(starts))
            for key in series.keys:
                if series.by == "dimension" and key == OTHER:
                    want = np.array(series.counts[series.keys.index(OTHER)], dtype=float)
                else:
                    want = expected[key]
                if cumulative:
                    want = np.cumsum(want)
                x, y = plotted[key]
                assert np.array_equal(x, starts)
                top = below + want if stacked else want
                assert np.array_equal(y, top), (series.by, series.bucket, key, stacked, cumulative)
                if stacked:
                    below = top


@pytest.mark.parametrize("by", BREAKDOWNS)
def test_every_breakdown_and_bucket_size_plots_the_counted_entries(
    filled: tuple[Services, list[Row]], chart: TimeChart, by: str
) -> None:
    svc, rows = filled
    for bucket in (AUTO, *BUCKET_SIZES):
        series = svc.trends.series(EntryQuery(), by=by, bucket=bucket)
        assert len(series.bounds) >= 2
        check_plotted(chart, series, rows)
    # a filtered range (a part of the day) and a filter
    ranged = EntryQuery(kinds=("complaint", "suggestion"), recorded_from=T0 + timedelta(hours=2),
                        recorded_to=T0 + timedelta(hours=9))
    check_plotted(chart, svc.trends.series(ranged, by=by, bucket="hour"), rows)


def test_an_empty_range_and_a_single_entry(filled: tuple[Services, list[Row]], chart: TimeChart,
                                           tmp_path: Path) -> None:
    svc, _rows = filled
    far = EntryQuery(recorded_from=datetime(2030, 1, 1, tzinfo=UTC),
                     recorded_to=datetime(2030, 1, 2, tzinfo=UTC))
    empty = svc.trends.series(far, by="topic", bucket="hour")
    chart.set_series(empty, [], stacked=True, cumulative=False)
    assert all(not y.any() for _x, y in chart.plotted().values())
    nothing = svc.trends.series(EntryQuery(text="tidakadakatainisamasekali"), by="area")
    chart.set_series(nothing, [], stacked=True, cumulative=False)
    assert chart.plotted() == {}

    db = open_database(f"sqlite:///{tmp_path / 'one.sqlite'}")
    one = Services.connect(db, "sari", roles="supervisor", clock=lambda: NOW)
    event = one.catalog.create_event("Satu")
    at = datetime(2026, 11, 3, 3, 17, tzinfo=UTC)
    one.entries.record(NewEntry(event.id, "complaint", "overseas", "Klaim JHT", country="HK",
                                recorded_at=at))
    for bucket in (AUTO, *BUCKET_SIZES):
        single = one.trends.series(EntryQuery(), by="country", bucket=bucket)
        chart.set_series(single, ["Hong Kong"], stacked=True, cumulative=False)
        x, y = chart.plotted()["HK"]
        assert list(y) == [1.0] and x[0] <= at.timestamp() < single.bounds[1].timestamp()
    db.dispose()


def test_heatmap_cells_and_ranking_bars_hold_the_counted_entries(
    filled: tuple[Services, list[Row]], qtbot: Any
) -> None:
    svc, rows = filled
    heat = HeatmapChart()
    qtbot.addWidget(heat)
    for row_by, col_by in (("area", "topic"), ("phase", "programme")):
        hm = svc.trends.heatmap(EntryQuery(), rows=row_by, cols=col_by)
        heat.set_heatmap(hm, list(hm.rows), list(hm.cols))
        texts = heat.cell_texts()
        for r, row_key in enumerate(hm.rows):
            for c, col_key in enumerate(hm.cols):
                n = sum(1 for x in rows if matches(x, EntryQuery(), today=TODAY)
                        and x.key(row_by) == (row_key,) and x.key(col_by) == (col_key,))
                assert texts[r][c] == str(n), (row_key, col_key)
    bars = BarChart()
    qtbot.addWidget(bars)
    ranking = svc.trends.ranking(EntryQuery(), by="country", limit=5)
    bars.set_bars([i.key for i in ranking.items], [i.count for i in ranking.items], "#0072B2",
                  [ranking.query_for(i) for i in range(len(ranking.items))])
    totals: dict[str, int] = defaultdict(int)
    for x in rows:
        if x.country not in (None, "XX"):
            totals[x.country] += 1
    want = sorted(totals.values(), reverse=True)[:5]
    _positions, widths = bars.bars()
    assert sorted(widths.tolist(), reverse=True) == want
