"""Bucket planning: local edges in any zone, across daylight-saving changes, coarsening."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from feedback_desk.core.buckets import AUTO, MAX_BUCKETS, SIZES, auto_size, plan
from feedback_desk.core.errors import ValidationError

JAKARTA = "Asia/Jakarta"
BERLIN = "Europe/Berlin"
T = datetime(2026, 11, 10, 10, 17, 42, 500, tzinfo=UTC)  # 17:17 in Jakarta, a Tuesday


@pytest.mark.parametrize(("span", "size"), [
    (timedelta(0), "minute"), (timedelta(hours=4), "minute"), (timedelta(hours=4, seconds=1), "hour"),
    (timedelta(days=7), "hour"), (timedelta(days=8), "day"), (timedelta(days=180), "day"),
    (timedelta(days=181), "week"), (timedelta(days=3000), "week"),
])
def test_auto_size(span: timedelta, size: str) -> None:
    assert auto_size(T, T + span) == size
    assert plan(T, T + span, AUTO, JAKARTA)[0] == size


def local(moment: datetime, zone: str) -> datetime:
    return moment.astimezone(ZoneInfo(zone))


@pytest.mark.parametrize("zone", [JAKARTA, BERLIN, "Asia/Kathmandu", "America/St_Johns"])
@pytest.mark.parametrize("size", SIZES)
def test_edges_are_local_bucket_starts(zone: str, size: str) -> None:
    last = T + timedelta(days=20, hours=5)
    used, bounds = plan(T, last, size, zone)
    expected = "hour" if size == "minute" else size  # 20 days of minutes: too many
    assert used == expected
    assert bounds[0] <= T < bounds[1] and bounds[-2] <= last < bounds[-1]
    assert all(a < b for a, b in zip(bounds, bounds[1:], strict=False))
    for edge in bounds:
        wall = local(edge, zone)
        assert wall.second == wall.microsecond == 0
        if used in ("day", "week"):
            assert (wall.hour, wall.minute) == (0, 0)
        if used == "week":
            assert wall.weekday() == 0
        if used == "hour":
            assert wall.minute == 0
    step = {"hour": timedelta(hours=1), "day": timedelta(days=1), "week": timedelta(days=7)}
    assert all(b - a == step[used] for a, b in zip(bounds, bounds[1:], strict=False))


def test_spring_forward_in_berlin() -> None:
    first = datetime(2026, 3, 28, 12, tzinfo=UTC)
    last = datetime(2026, 3, 30, 12, tzinfo=UTC)
    _, days = plan(first, last, "day", BERLIN)
    assert [local(d, BERLIN).isoformat() for d in days] == [
        "2026-03-28T00:00:00+01:00", "2026-03-29T00:00:00+01:00", "2026-03-30T00:00:00+02:00",
        "2026-03-31T00:00:00+02:00"]
    assert days[2] - days[1] == timedelta(hours=23)
    _, hours = plan(datetime(2026, 3, 29, 0, 30, tzinfo=UTC), datetime(2026, 3, 29, 1, 30, tzinfo=UTC),
                    "hour", BERLIN)
    # 01:00 CET, then 03:00 CEST: the skipped hour has no bucket, each bucket is one hour
    assert [local(h, BERLIN).strftime("%H:%M%z") for h in hours] == [
        "01:00+0100", "03:00+0200", "04:00+0200"]


def test_fall_back_in_berlin() -> None:
    first = datetime(2026, 10, 24, 23, 30, tzinfo=UTC)  # 01:30 CEST
    last = datetime(2026, 10, 25, 1, 30, tzinfo=UTC)  # 02:30 CET (the second 02:30)
    _, hours = plan(first, last, "hour", BERLIN)
    assert [local(h, BERLIN).strftime("%H:%M%z") for h in hours] == [
        "01:00+0200", "02:00+0200", "02:00+0100", "03:00+0100"]
    _, days = plan(first, last, "day", BERLIN)
    assert days[1] - days[0] == timedelta(hours=25)
    _, weeks = plan(first, last + timedelta(days=10), "week", BERLIN)
    assert [local(w, BERLIN).date().isoformat() for w in weeks] == [
        "2026-10-19", "2026-10-26", "2026-11-02", "2026-11-09"]
    assert weeks[1] - weeks[0] == timedelta(days=7, hours=1)


@pytest.mark.parametrize("size", [*SIZES, AUTO])
def test_single_moment(size: str) -> None:
    used, bounds = plan(T, T, size, JAKARTA)
    assert used == ("minute" if size == AUTO else size) and len(bounds) == 2
    assert bounds[0] <= T < bounds[1]


def test_edge_on_a_boundary_starts_a_bucket() -> None:
    moment = datetime(2026, 11, 9, 17, tzinfo=UTC)  # Tuesday 00:00 in Jakarta
    _, bounds = plan(moment, moment, "day", JAKARTA)
    assert bounds == (moment, moment + timedelta(days=1))


def test_too_many_buckets_are_coarsened() -> None:
    last = T + timedelta(minutes=MAX_BUCKETS - 1)
    assert plan(T, last, "minute", JAKARTA)[0] == "minute"
    assert plan(T, last + timedelta(minutes=5), "minute", JAKARTA)[0] == "hour"
    used, bounds = plan(T, T + timedelta(days=400), "hour", JAKARTA)
    assert used == "day" and len(bounds) == 402  # the smallest size that fits
    used, bounds = plan(T, T + timedelta(days=2000), "minute", JAKARTA)
    assert used == "week" and len(bounds) <= MAX_BUCKETS + 1
    used, bounds = plan(T, T + timedelta(days=365 * 40), "day", JAKARTA)
    assert used == "week" and len(bounds) > MAX_BUCKETS  # weeks at worst, however many


def test_bad_input() -> None:
    with pytest.raises(ValidationError):
        plan(T, T - timedelta(seconds=1), AUTO, JAKARTA)
    with pytest.raises(ValidationError):
        plan(T.replace(tzinfo=None), T, AUTO, JAKARTA)
    with pytest.raises(ValidationError):
        plan(T, T, "month", JAKARTA)
