"""What the trends dashboard (and the PDF summary) plots: plain frozen results, and for every
bar, cell or point the exact filter of the entries behind it ("click-through").

The numbers come from ``services.trends.TrendsService``; this module is pure (no SQL, no Qt), so
the GUI, the PDF and the tests share one definition of what each mark means.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from . import lifecycle
from .dto import EntryQuery
from .ids import GroupId

#: Breakdowns of the entries-over-time chart (DOMAIN.md's dimensions), in menu order.
BREAKDOWNS = (
    "area", "kind", "speaker_type", "topic", "country", "dimension", "programme", "phase",
)
#: Bucket sizes, smallest first; "auto" follows the range.
BUCKET_SIZES = ("minute", "hour", "day", "week")
AUTO = "auto"
#: A series that folds every category past the largest ones.
OTHER = "\x00other"
OPEN_COMPLAINT_STATUSES = tuple(
    s for s in lifecycle.STATUSES["complaint"] if lifecycle.is_open("complaint", s))
RESOLVED_COMPLAINT_STATUSES = tuple(
    s for s in lifecycle.STATUSES["complaint"] if lifecycle.is_resolution("complaint", s))
#: "Not given" (no topic, no country …) as a key; in an EntryQuery tuple it is "".
NOT_GIVEN = ""
#: The taxonomy list behind each breakdown (its order breaks ties, orders heatmap axes and
#: gives each category its colour).
TAXONOMY_LIST = {
    "area": "service_area", "kind": "kind", "speaker_type": "speaker_type", "topic": "topic",
    "country": "country", "dimension": "dimension", "programme": "programme", "phase": "phase",
}
#: The EntryQuery field that filters on each breakdown / heatmap axis / ranking.
QUERY_FIELD = {
    "area": "areas", "kind": "kinds", "speaker_type": "speaker_types", "topic": "topics",
    "country": "countries", "dimension": "dimensions", "programme": "programmes",
    "phase": "phases", "status": "statuses", "tier": "tiers",
}


def _with(query: EntryQuery, by: str, keys: tuple[str, ...]) -> EntryQuery:
    changes: dict[str, Any] = {QUERY_FIELD[by]: keys}
    return replace(query, **changes)


@dataclass(frozen=True, slots=True)
class TimeSeries:
    """Entries per time bucket, one row of counts per category of ``by``.

    ``bounds`` has one more element than each row of ``counts``: bucket ``i`` is
    ``bounds[i] <= recorded_at < bounds[i + 1]`` (aware datetimes, local bucket edges).
    ``keys`` are in display order (largest total first, ``OTHER`` last); ``folded`` are the
    categories counted in ``OTHER``. A "dimension" entry with two dimensions counts in both.
    """

    query: EntryQuery  # the filters it was computed for (without the range below)
    by: str
    bucket: str  # the size used
    requested: str  # what was asked: AUTO or a size (a smaller one than fits is coarsened)
    bounds: tuple[datetime, ...]
    keys: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]
    folded: tuple[str, ...] = ()

    @property
    def totals(self) -> tuple[int, ...]:
        """Entries per bucket (for "dimension": voices per bucket, an entry once per dimension)."""
        return tuple(sum(col) for col in zip(*self.counts, strict=True)) if self.counts else (
            (0,) * max(len(self.bounds) - 1, 0))

    def cumulative(self) -> TimeSeries:
        """The running total of each category from the start of the range."""
        rows = []
        for row in self.counts:
            total, out = 0, []
            for n in row:
                total += n
                out.append(total)
            rows.append(tuple(out))
        return replace(self, counts=tuple(rows))

    def keys_of(self, index: int) -> tuple[str, ...]:
        """The category codes behind series ``index`` (several for ``OTHER``)."""
        key = self.keys[index]
        return self.folded if key == OTHER else (key,)

    def query_for(self, series: int | None, bucket: int, *, cumulative: bool = False) -> EntryQuery:
        """The entries behind one point: series ``series`` (None = all) in bucket ``bucket``
        (with ``cumulative``, every bucket up to and including it)."""
        start = self.bounds[0] if cumulative else self.bounds[bucket]
        q = replace(self.query, recorded_from=start, recorded_to=self.bounds[bucket + 1])
        return q if series is None else _with(q, self.by, self.keys_of(series))


@dataclass(frozen=True, slots=True)
class TierHealth:
    """Complaints of one SLA tier: resolved (on time or late), open, overdue, median time."""

    tier: str
    resolved: int
    on_time: int
    open: int
    overdue: int
    median_hours: float | None  # recorded → resolved, over the resolved ones

    @property
    def compliance(self) -> float | None:
        """Share resolved by the due date, of those resolved (None when none is)."""
        return self.on_time / self.resolved if self.resolved else None


@dataclass(frozen=True, slots=True)
class CaseHealth:
    """How complaints are being handled, and where suggestions and commitments stand.

    ``backlog[i]`` is the number of complaints open at ``bounds[i + 1]``: recorded before it
    and not resolved by then (``resolved_at`` empty or later). ``adoption`` and ``commitments``
    are (status, count) in lifecycle order, every status listed (0 when none).
    """

    query: EntryQuery
    bucket: str
    bounds: tuple[datetime, ...]
    backlog: tuple[int, ...]
    open_now: int
    overdue: int
    resolved: int
    median_hours: float | None
    tiers: tuple[TierHealth, ...]
    adoption: tuple[tuple[str, int], ...]
    commitments: tuple[tuple[str, int], ...]

    @property
    def on_time(self) -> int:
        """Complaints with an SLA tier resolved by their due date."""
        return sum(t.on_time for t in self.tiers)

    @property
    def compliance(self) -> float | None:
        """Share of the tiered complaints resolved by the due date, of those resolved (None
        when none is)."""
        resolved = sum(t.resolved for t in self.tiers)
        return self.on_time / resolved if resolved else None

    def backlog_query(self, index: int) -> EntryQuery:
        return replace(self.query, kinds=("complaint",), open_at=self.bounds[index + 1],
                       recorded_from=None, recorded_to=None)

    def overdue_query(self) -> EntryQuery:
        return replace(self.query, kinds=("complaint",), overdue=True)

    def open_query(self) -> EntryQuery:
        return replace(self.query, kinds=("complaint",), statuses=OPEN_COMPLAINT_STATUSES)

    def tier_query(self, index: int) -> EntryQuery:
        """The resolved complaints of a tier (what its compliance is computed over)."""
        return replace(self.query, kinds=("complaint",), tiers=(self.tiers[index].tier,),
                       statuses=RESOLVED_COMPLAINT_STATUSES)

    def adoption_query(self, index: int) -> EntryQuery:
        return replace(self.query, kinds=("suggestion",), statuses=(self.adoption[index][0],))

    def commitment_query(self, index: int) -> EntryQuery:
        return replace(self.query, kinds=("commitment",), statuses=(self.commitments[index][0],))


@dataclass(frozen=True, slots=True)
class Heatmap:
    """Entries per pair of categories: ``counts[r][c]`` for ``rows[r]`` × ``cols[c]``.

    Rows and columns list every category of the taxonomy (in its order) plus ``NOT_GIVEN``
    when some entry has none; "dimension" axes count an entry once per dimension.
    """

    query: EntryQuery
    row_by: str
    col_by: str
    rows: tuple[str, ...]
    cols: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]

    def query_for(self, row: int, col: int) -> EntryQuery:
        q = _with(self.query, self.row_by, (self.rows[row],))
        return _with(q, self.col_by, (self.cols[col],))


@dataclass(frozen=True, slots=True)
class RankItem:
    key: str  # a country code, or an issue group id as text
    label: str  # the group's title (countries: the code; the GUI labels it)
    count: int


@dataclass(frozen=True, slots=True)
class Ranking:
    """The largest categories of ``by`` ("country" or "group"), most voices first."""

    query: EntryQuery
    by: str
    items: tuple[RankItem, ...]

    def query_for(self, index: int) -> EntryQuery:
        item = self.items[index]
        if self.by == "group":
            return replace(self.query, group_id=GroupId(int(item.key)))
        return _with(self.query, self.by, (item.key,))
