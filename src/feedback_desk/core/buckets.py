"""Time buckets of the trends charts: which size fits a range, and the bucket edges.

Pure (no SQL): edges are aware datetimes on local edges — the start of a minute, an hour, a
local day or an ISO week (Monday 00:00 local) — so a "day" is the reader's day, also across a
daylight-saving change (a day is then 23 or 25 hours long; an hour is always one real hour, so
the repeated hour of autumn gives two buckets and the skipped one none).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from .errors import ValidationError

SIZES = ("minute", "hour", "day", "week")
AUTO = "auto"
#: More buckets than this are not drawn (nor counted): a smaller size is coarsened.
MAX_BUCKETS = 1500
_STEP = {"minute": timedelta(minutes=1), "hour": timedelta(hours=1)}


@lru_cache(maxsize=64)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def auto_size(first: datetime, last: datetime) -> str:
    """The size that suits a range: ≤ 4 h minutes, ≤ 7 days hours, ≤ 180 days days, else weeks."""
    span = last - first
    if span <= timedelta(hours=4):
        return "minute"
    if span <= timedelta(days=7):
        return "hour"
    if span <= timedelta(days=180):
        return "day"
    return "week"


def floor(moment: datetime, size: str, tz: ZoneInfo) -> datetime:
    """The start (in UTC) of the bucket of ``size`` in zone ``tz`` that holds ``moment``."""
    local = moment.astimezone(tz)
    if size == "minute":
        return local.replace(second=0, microsecond=0).astimezone(UTC)
    if size == "hour":
        return local.replace(minute=0, second=0, microsecond=0).astimezone(UTC)
    day = local.date()
    if size == "week":
        day -= timedelta(days=day.weekday())
    elif size != "day":
        raise ValidationError("bucket", f"unknown time bucket {size!r}; use one of {SIZES}")
    return _local_midnight(day, tz)


def _local_midnight(day: date, tz: ZoneInfo) -> datetime:
    """Local 00:00 of ``day`` in UTC; where the clocks skip midnight, the moment the day begins
    (a skipped wall time read with fold=0 is that moment)."""
    return datetime(day.year, day.month, day.day, tzinfo=tz).astimezone(UTC)


def _next(edge: datetime, size: str, tz: ZoneInfo) -> datetime:
    """The edge after ``edge`` (both UTC: arithmetic on aware datetimes of one zone is wall-time
    arithmetic in Python, which would skip the repeated hour)."""
    if size in _STEP:
        # one real minute/hour, back on a local edge (zones whose change is not whole hours)
        after = floor(edge + _STEP[size], size, tz)
        return after if after > edge else edge + _STEP[size]
    day = edge.astimezone(tz).date() + timedelta(days=7 if size == "week" else 1)
    return _local_midnight(day, tz)


def edges(first: datetime, last: datetime, size: str, tz_name: str,
          limit: int | None = None) -> tuple[datetime, ...] | None:
    """Edges (UTC) from the bucket of ``first`` to past ``last`` (None when more than
    ``limit`` buckets would be needed)."""
    tz = _zone(tz_name)
    edge = floor(first, size, tz)
    out = [edge]
    while edge <= last:
        edge = _next(edge, size, tz)
        out.append(edge)
        if limit is not None and len(out) > limit + 1:
            return None
    return tuple(out)


def plan(first: datetime, last: datetime, requested: str, tz_name: str
         ) -> tuple[str, tuple[datetime, ...]]:
    """(size used, bucket edges) for a range ``first`` … ``last`` (both inclusive, aware):
    ``edges[0] <= first``, ``edges[-1] > last``; the edges are UTC datetimes (moments on the
    zone's local edges: UTC keeps Python's comparisons right across a DST change). A requested size that needs more than
    ``MAX_BUCKETS`` buckets gives the smallest size that fits (weeks at worst)."""
    if first.tzinfo is None or last.tzinfo is None:
        raise ValidationError("range", "needs a time zone")
    if last < first:
        raise ValidationError("range", "ends before it starts")
    if requested != AUTO and requested not in SIZES:
        raise ValidationError("bucket", f"unknown time bucket {requested!r}; use one of {SIZES}")
    size = auto_size(first, last) if requested == AUTO else requested
    for candidate in SIZES[SIZES.index(size):]:
        found = edges(first, last, candidate, tz_name,
                      None if candidate == SIZES[-1] else MAX_BUCKETS)
        if found is not None:
            return candidate, found
    raise AssertionError("weeks always fit")  # pragma: no cover
