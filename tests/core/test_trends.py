"""Trends numbers: each equals a count computed here in Python from the inserted entries, and
the search count of the DTO's click-through query (so a click lists exactly those entries)."""

from __future__ import annotations

import random
import statistics
from bisect import bisect_right
from collections import defaultdict
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from feedback_desk.core import lifecycle
from feedback_desk.core.dto import EntryQuery
from feedback_desk.core.errors import ValidationError
from feedback_desk.core.saved_views import decode_query, encode_query
from feedback_desk.core.services import Services
from feedback_desk.core.trends import (
    AUTO,
    BREAKDOWNS,
    BUCKET_SIZES,
    NOT_GIVEN,
    OTHER,
    RESOLVED_COMPLAINT_STATUSES,
    TimeSeries,
)

from .conftest import START
from .trend_data import SPAN, T0, TZ, Row, add_groups, insert_rows, make_rows, matches

TODAY = START.astimezone(TZ).date()
N = 320


@pytest.fixture
def rows(svc: Services, event) -> list[Row]:  # type: ignore[no-untyped-def]
    other = svc.catalog.create_event("Forum Taipei 2026")
    groups = add_groups(svc, ("JHT claims stuck", "Passports held", "App login fails"))
    data = make_rows((event.id, other.id), groups, N)
    insert_rows(svc, data)
    return data


def py_count(rows: list[Row], q: EntryQuery, see: bool = True) -> int:
    return sum(matches(r, q, today=TODAY, see_protection=see) for r in rows)


def expected_series(rows: list[Row], ts: TimeSeries, see: bool = True) -> dict[str, list[int]]:
    q, n = ts.query, len(ts.bounds) - 1
    out: dict[str, list[int]] = defaultdict(lambda: [0] * n)
    for r in rows:
        if not matches(r, q, today=TODAY, see_protection=see):
            continue
        i = bisect_right(ts.bounds, r.recorded_at) - 1
        if not 0 <= i < n:
            continue
        for k in r.key(ts.by):
            if ts.by == "dimension" and q.dimensions and k not in q.dimensions:
                continue
            out[k][i] += 1
    return out


def check_series(svc: Services, rows: list[Row], ts: TimeSeries, limit: int,
                 see: bool = True) -> None:
    q = ts.query
    bounds = ts.bounds
    assert all(a < b for a, b in zip(bounds, bounds[1:], strict=False))
    if q.recorded_from is not None:
        assert bounds[0] == q.recorded_from and bounds[-1] == q.recorded_to
    expected = expected_series(rows, ts, see)
    shown = [k for k in ts.keys if k != OTHER]
    assert set(shown) | set(ts.folded) == {k for k, v in expected.items() if sum(v)}
    assert not set(shown) & set(ts.folded)
    assert len(ts.keys) <= limit and (OTHER in ts.keys) == bool(ts.folded)
    for key, row in zip(ts.keys, ts.counts, strict=True):
        if key == OTHER:
            if ts.by == "dimension":  # entries with any folded dimension, once each
                other = [0] * (len(bounds) - 1)
                for r in rows:
                    if matches(r, q, today=TODAY, see_protection=see) and set(r.key("dimension")) & set(
                            ts.folded):
                        other[bisect_right(bounds, r.recorded_at) - 1] += 1
                assert list(row) == other
            else:
                assert list(row) == [sum(c) for c in zip(*(expected[k] for k in ts.folded),
                                                         strict=True)]
        else:
            assert list(row) == expected[key], key
    sums = [sum(row) for key, row in zip(ts.keys, ts.counts, strict=True) if key != OTHER]
    assert sums == sorted(sums, reverse=True)
    # click-through: each series over the whole range, and a sample of cells
    last = len(bounds) - 2
    count = svc.search.count
    for s in range(len(ts.keys)):
        assert count(ts.query_for(s, last, cumulative=True)) == sum(ts.counts[s])
        assert ts.cumulative().counts[s][-1] == sum(ts.counts[s])
    rng = random.Random(len(bounds) * 31 + len(ts.keys))
    cells = [(s, i) for s in range(len(ts.keys)) for i in range(last + 1)]
    full = [c for c in cells if ts.counts[c[0]][c[1]]]
    for s, i in rng.sample(full, min(8, len(full))) + rng.sample(cells, min(3, len(cells))):
        qf = ts.query_for(s, i)
        assert count(qf) == ts.counts[s][i] == py_count(rows, qf, see)
    if ts.by != "dimension":  # dimension totals count an entry once per dimension
        for i in rng.sample(range(last + 1), min(3, last + 1)):
            assert count(ts.query_for(None, i)) == ts.totals[i]


@pytest.mark.parametrize("by", BREAKDOWNS)
def test_series_matches_python_and_click_through(svc: Services, rows: list[Row], by: str) -> None:
    ranged = EntryQuery(recorded_from=T0 - timedelta(days=3, hours=5),
                        recorded_to=T0 + timedelta(days=4, minutes=7), kinds=("complaint",))
    for bucket in (*BUCKET_SIZES, AUTO):
        ts = svc.trends.series(EntryQuery(), by=by, bucket=bucket)
        assert ts.requested == bucket
        assert ts.bucket == ("hour" if bucket == AUTO else bucket)  # 22 h: 1,320 minutes fit
        check_series(svc, rows, ts, 8)
        ts = svc.trends.series(ranged, by=by, bucket=bucket, limit=3)
        # 7 days of minutes are too many buckets: coarsened to hours
        assert ts.bucket == {"minute": "hour", AUTO: "day"}.get(bucket, bucket)
        check_series(svc, rows, ts, 3)
    assert sum(sum(r) for r in svc.trends.series(EntryQuery(), by=by).counts) == (
        N if by != "dimension" else sum(len(r.dimensions) or 1 for r in rows))


@pytest.mark.parametrize("query", [
    EntryQuery(dimensions=("infrastructure",)),
    EntryQuery(dimensions=("", "service_process"), areas=("overseas",)),
    EntryQuery(topics=("", "claims"), countries=("",)),
    EntryQuery(event_ids=(1,), phases=("", "during"), programmes=("",)),
], ids=["dimension", "dims-not-given", "topic-not-given", "event-phase"])
def test_series_under_filters(svc: Services, rows: list[Row], query: EntryQuery) -> None:
    for by in ("dimension", "topic", "country", "phase"):
        ts = svc.trends.series(query, by=by, limit=2)
        check_series(svc, rows, ts, 2)


def test_protection_entries_only_for_protection_role(
        svc: Services, rows: list[Row], recorder: Services) -> None:
    ts = recorder.trends.series(EntryQuery(), by="topic")
    assert "protection_case" not in ts.keys + ts.folded
    check_series(recorder, rows, ts, 8, see=False)
    hidden = sum(r.protection for r in rows)
    assert hidden and sum(map(sum, ts.counts)) == N - hidden
    assert sum(map(sum, svc.trends.series(EntryQuery(), by="topic").counts)) == N


def test_empty_and_single(svc: Services, event) -> None:  # type: ignore[no-untyped-def]
    ts = svc.trends.series(EntryQuery(), by="area")
    assert (ts.bounds, ts.keys, ts.counts, ts.totals) == ((), (), (), ())
    assert svc.trends.span() is None
    ranged = EntryQuery(recorded_from=T0, recorded_to=T0 + timedelta(days=2))
    ts = svc.trends.series(ranged, by="topic")
    assert ts.bucket == "hour" and len(ts.bounds) == 49 and ts.keys == () and ts.totals == (0,) * 48
    assert svc.trends.series(replace(ranged, recorded_to=T0), by="topic").bounds == ()
    health = svc.trends.health(EntryQuery())
    assert health.backlog == () and health.tiers == () and health.median_hours is None
    assert all(n == 0 for _, n in health.adoption) and len(health.commitments) == 4
    hm = svc.trends.heatmap()
    assert hm.rows == ("domestic", "overseas", "digital") and len(hm.cols) == 13
    assert not any(map(any, hm.counts))
    assert svc.trends.ranking().items == ()

    rows = make_rows((event.id,), (), 1)
    insert_rows(svc, rows)
    moment = rows[0].recorded_at
    assert svc.trends.span() == (moment, moment)
    for bucket in (*BUCKET_SIZES, AUTO):
        ts = svc.trends.series(EntryQuery(), by="kind", bucket=bucket)
        assert len(ts.bounds) == 2 and ts.bounds[0] <= moment < ts.bounds[1]
        assert ts.keys == (rows[0].kind,) and ts.counts == ((1,),)
        assert svc.search.count(ts.query_for(0, 0)) == 1
    assert svc.trends.series(EntryQuery(), bucket=AUTO).bucket == "minute"


def test_health_matches_python_and_click_through(svc: Services, rows: list[Row]) -> None:
    for query in (EntryQuery(), EntryQuery(areas=("overseas",), statuses=("new",)),
                  EntryQuery(recorded_from=T0 + timedelta(hours=3),
                             recorded_to=T0 + timedelta(hours=15), dimensions=("",))):
        for bucket in ("hour", AUTO, "day"):
            h = svc.trends.health(query, bucket=bucket)
            count = svc.search.count
            assert len(h.backlog) == len(h.bounds) - 1 > 0
            for i, n in enumerate(h.backlog):
                qb = h.backlog_query(i)
                assert count(qb) == n == py_count(rows, qb), i
            assert h.open_now == count(h.open_query()) == py_count(rows, h.open_query())
            assert h.overdue == count(h.overdue_query()) == py_count(rows, h.overdue_query())
            resolved = replace(query, kinds=("complaint",), statuses=RESOLVED_COMPLAINT_STATUSES)
            assert h.resolved == py_count(rows, resolved)
            check_tiers(svc, rows, h)
            for i, (status, n) in enumerate(h.adoption):
                assert status == lifecycle.STATUSES["suggestion"][i]
                assert count(h.adoption_query(i)) == n == py_count(rows, h.adoption_query(i))
            for i, (status, n) in enumerate(h.commitments):
                assert status == lifecycle.STATUSES["commitment"][i]
                assert count(h.commitment_query(i)) == n == py_count(rows, h.commitment_query(i))
    assert any(h.backlog) and h.tiers


def check_tiers(svc: Services, rows: list[Row], h) -> None:  # type: ignore[no-untyped-def]
    base = replace(h.query, kinds=("complaint",), statuses=())
    mine = [r for r in rows if matches(r, base, today=TODAY) and r.tier]
    assert [t.tier for t in h.tiers] == sorted({r.tier for r in mine})
    every: list[float] = []
    for i, t in enumerate(h.tiers):
        of = [r for r in mine if r.tier == t.tier]
        done = [r for r in of if r.status in RESOLVED_COMPLAINT_STATUSES]
        assert svc.search.count(h.tier_query(i)) == t.resolved == len(done)
        assert t.on_time == sum(1 for r in done if r.resolved_at and r.due_date and (
            r.resolved_at.astimezone(TZ).date() <= r.due_date))
        assert t.open == sum(lifecycle.is_open("complaint", r.status) for r in of)
        assert t.overdue == sum(1 for r in of if r.due_date and r.due_date < TODAY and (
            lifecycle.is_open("complaint", r.status)
            and not lifecycle.is_waiting("complaint", r.status)))
        hours = [(r.resolved_at - r.recorded_at).total_seconds() / 3600 for r in done
                 if r.resolved_at]
        every += hours
        if hours:
            assert t.median_hours == pytest.approx(statistics.median(hours), abs=1e-3)
            assert t.compliance == t.on_time / t.resolved
        else:
            assert t.median_hours is None
    nulls = [r for r in rows if matches(r, base, today=TODAY) and not r.tier and r.resolved_at
             and r.status in RESOLVED_COMPLAINT_STATUSES]
    every += [(r.resolved_at - r.recorded_at).total_seconds() / 3600 for r in nulls
              if r.resolved_at]
    if every:
        assert h.median_hours == pytest.approx(statistics.median(every), abs=1e-3)


@pytest.mark.parametrize(("rows_by", "cols_by", "query"), [
    ("area", "topic", EntryQuery()),
    ("phase", "programme", EntryQuery(kinds=("complaint", "suggestion"))),
    ("dimension", "area", EntryQuery(dimensions=("", "infrastructure"))),
])
def test_heatmap_cells(svc: Services, rows: list[Row], rows_by: str, cols_by: str,
                       query: EntryQuery) -> None:
    hm = svc.trends.heatmap(query, rows=rows_by, cols=cols_by)
    for r, row_key in enumerate(hm.rows):
        for c, col_key in enumerate(hm.cols):
            qf = hm.query_for(r, c)
            n = py_count(rows, qf)
            assert hm.counts[r][c] == n == svc.search.count(qf), (row_key, col_key)
    if rows_by == "area":
        assert hm.rows == ("domestic", "overseas", "digital") and hm.cols[-1] == ""
        assert sum(map(sum, hm.counts)) == N


@pytest.mark.parametrize("by", ["country", "group"])
def test_rankings(svc: Services, rows: list[Row], by: str) -> None:
    for query, limit in ((EntryQuery(), 10), (EntryQuery(kinds=("complaint",)), 3)):
        ranking = svc.trends.ranking(query, by=by, limit=limit)
        field = "country" if by == "country" else "group_id"
        totals: dict[str, int] = defaultdict(int)
        for r in rows:
            if matches(r, query, today=TODAY) and getattr(r, field) not in (None, "XX"):
                totals[str(getattr(r, field))] += 1
        top = sorted(totals.items(), key=lambda kv: -kv[1])[:limit]
        assert [i.count for i in ranking.items] == [n for _, n in top]
        assert {i.key for i in ranking.items} <= set(totals)
        for i, item in enumerate(ranking.items):
            assert svc.search.count(ranking.query_for(i)) == item.count == totals[item.key]
            if by == "group":
                assert item.label in ("JHT claims stuck", "Passports held", "App login fails")
            else:
                assert item.label == item.key


@pytest.mark.parametrize("query", [
    EntryQuery(topics=("",)), EntryQuery(countries=("", "HK")), EntryQuery(programmes=("",)),
    EntryQuery(phases=("", "during"), kinds=("complaint",)), EntryQuery(dimensions=("",)),
    EntryQuery(dimensions=("", "infrastructure")),
    EntryQuery(dimensions=("benefit_quality", "service_process")),
    EntryQuery(open_at=T0 + timedelta(hours=10)),
    EntryQuery(open_at=T0 + SPAN, kinds=("complaint",), dimensions=("infrastructure",)),
], ids=["no-topic", "no-country-or-HK", "no-programme", "phase", "no-dimension",
        "no-or-one-dimension", "two-dimensions", "open-at", "open-at-filtered"])
def test_new_filters(svc: Services, rows: list[Row], query: EntryQuery) -> None:
    expected = {r.id for r in rows if matches(r, query, today=TODAY)}
    assert expected
    assert svc.search.count(query) == len(expected)
    assert set(svc.search.ids(query)) == expected


def test_filter_values_are_checked_and_saved(svc: Services) -> None:
    with pytest.raises(ValidationError):
        svc.search.count(EntryQuery(dimensions=("nonsense",)))
    with pytest.raises(ValidationError):
        svc.trends.series(EntryQuery(topics=("nonsense",)))
    with pytest.raises(ValidationError):
        svc.trends.series(by="colour")
    with pytest.raises(ValidationError):
        svc.search.count(EntryQuery(open_at=datetime(2026, 1, 1)))
    query = EntryQuery(dimensions=("", "infrastructure"), topics=("",), open_at=T0,
                       countries=("", "HK"))
    assert svc.search.count(query) == 0
    assert decode_query(encode_query(query)) == (query, ())


def test_series_in_a_zone_with_daylight_saving(db, clock) -> None:  # type: ignore[no-untyped-def]
    berlin = Services.connect(db, "lena", roles="supervisor protection", clock=clock,
                              timezone="Europe/Berlin")
    base = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # 02:30 CEST; an hour later 02:30 CET
    query = EntryQuery(recorded_from=base - timedelta(hours=3),
                       recorded_to=base + timedelta(hours=3))
    ts = berlin.trends.series(query, by="kind", bucket="hour")
    hour = timedelta(hours=1)
    assert ts.bounds[0] == base - 3 * hour and ts.bounds[-1] == base + 3 * hour  # clipped
    assert ts.bounds[1:-1] == tuple(datetime(2026, 10, 24, 22, tzinfo=UTC) + i * hour
                                    for i in range(6))
    day = berlin.trends.series(replace(query, recorded_to=base + timedelta(days=3)),
                               bucket="day")
    assert day.bounds[1] == datetime(2026, 10, 24, 22, tzinfo=UTC)  # midnight CEST
    assert day.bounds[2] == datetime(2026, 10, 25, 23, tzinfo=UTC)  # midnight CET: 25 hours


def test_dimension_bits_follow_the_dimensions_whoever_writes_them(svc: Services, event) -> None:  # type: ignore[no-untyped-def]
    """The triggers of migration 0005 keep ``entry.dimension_bits`` equal to the entry's rows
    in ``entry_dimension``: on recording, on a correction, on a direct delete; and a dimension
    an admin adds is counted through the join (it has no bit of its own)."""
    from sqlalchemy import delete, select

    from feedback_desk.core.db.models import (
        DIMENSION_BITS,
        OTHER_DIMENSION_BIT,
        Entry,
        EntryDimension,
    )
    from feedback_desk.core.dto import NewEntry

    def bits(entry_id: int) -> int:
        return int(svc.db.read(lambda s: s.scalar(
            select(Entry.dimension_bits).where(Entry.id == entry_id))))

    one = svc.entries.record(NewEntry(event.id, "complaint", "overseas", "Klaim JHT lambat",
                                      dimensions=("benefit_quality", "service_process")))
    two = svc.entries.record(NewEntry(event.id, "suggestion", "digital", "Aplikasi JMO"))
    assert bits(one.id) == DIMENSION_BITS["benefit_quality"] | DIMENSION_BITS["service_process"]
    assert bits(two.id) == 0
    edited = svc.entries.edit(one.id, one.version, dimensions=("infrastructure",))
    assert bits(one.id) == DIMENSION_BITS["infrastructure"]
    svc.entries.edit(two.id, two.version, dimensions=("infrastructure", "service_process"))
    assert bits(two.id) == DIMENSION_BITS["infrastructure"] | DIMENSION_BITS["service_process"]
    svc.db.write(lambda s: s.execute(delete(EntryDimension).where(EntryDimension.entry_id == one.id)))
    assert bits(one.id) == 0 and edited.dimensions == ("infrastructure",)
    by_dim = svc.trends.series(EntryQuery(), by="dimension")
    assert dict(zip(by_dim.keys, (sum(r) for r in by_dim.counts), strict=True)) == {
        "infrastructure": 1, "service_process": 1, NOT_GIVEN: 1}

    admin = Services.connect(svc.db, "ani", roles="admin")
    admin.catalog.add_term("dimension", "accessibility", "Accessibility", "Aksesibilitas")
    three = svc.entries.record(NewEntry(event.id, "complaint", "domestic", "Kantor cabang jauh",
                                        dimensions=("accessibility",)))
    assert bits(three.id) == OTHER_DIMENSION_BIT
    by_dim = svc.trends.series(EntryQuery(), by="dimension")  # through the join now
    totals = dict(zip(by_dim.keys, (sum(r) for r in by_dim.counts), strict=True))
    assert totals == {"infrastructure": 1, "service_process": 1, "accessibility": 1, NOT_GIVEN: 1}
