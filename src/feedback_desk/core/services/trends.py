"""The trends dashboard's numbers: entries over time by category, case health, heatmaps and
rankings. Every number is the count of the DTO's own click-through query (``core.trends``)."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np
from sqlalchemy.orm import Session

from .. import buckets, lifecycle, taxonomy
from ..db import trend_queries
from ..db.models import DIMENSION_BITS
from ..db.types import to_sqlite_text
from ..dto import EntryQuery
from ..errors import ValidationError
from ..palette import MAX_SERIES
from ..permissions import Action, requires
from ..trends import (
    AUTO,
    BREAKDOWNS,
    NOT_GIVEN,
    OPEN_COMPLAINT_STATUSES,
    OTHER,
    QUERY_FIELD,
    RESOLVED_COMPLAINT_STATUSES,
    TAXONOMY_LIST,
    CaseHealth,
    Heatmap,
    Ranking,
    RankItem,
    TierHealth,
    TimeSeries,
)
from .base import ServiceBase

_LIST = TAXONOMY_LIST
RANKINGS = ("country", "group")
#: "Not country-specific" is no destination: left out of the top destination countries.
NOT_A_COUNTRY = "XX"
PARALLEL_FROM = 16  # buckets: below, one query is as quick
SLICE = 4096  # rows converted at a time (the GUI thread gets Python's lock in between)
_HELPER: ThreadPoolExecutor | None = None


def _helper() -> ThreadPoolExecutor:
    """One extra thread for the second half of a bucket count (made on first use)."""
    global _HELPER
    if _HELPER is None:
        _HELPER = ThreadPoolExecutor(1, thread_name_prefix="trends")
    return _HELPER
_US = timedelta(microseconds=1)


def _median(values: list[float]) -> float | None:
    """numpy's median (the same as ``statistics.median``): its sort lets go of Python's lock,
    so a median of 400,000 durations does not stall the GUI thread."""
    return float(np.median(np.asarray(values, dtype=np.float64))) if values else None


def _key(value: Any) -> str:
    return NOT_GIVEN if value is None else str(value)


def _order(by: str) -> dict[str, int]:
    return {t.code: i for i, t in enumerate(taxonomy.terms(_LIST[by]))}


def _multi(query: EntryQuery, by: str) -> tuple[EntryQuery, frozenset[str] | None]:
    """Counting by "dimension" (several per entry) under a dimension filter: count every entry
    without that filter but only its dimensions in the filter, so that each series is exactly
    the entries its click-through (the filter replaced by the series' key) finds."""
    if by != "dimension" or not query.dimensions:
        return query, None
    return replace(query, dimensions=()), frozenset(query.dimensions)


class TrendsService(ServiceBase):
    """Read-only. Protection entries count only for actors with the "protection" role."""

    def _see(self) -> bool:
        return self._actor.can(Action.PROTECTION_READ)

    @requires(Action.STATS_READ)
    def span(self, query: EntryQuery = EntryQuery()) -> tuple[datetime, datetime] | None:
        """First and last ``recorded_at`` of the matching entries (None: there are none)."""
        self._check_query(query)
        stmt = trend_queries.span_select(self._db.dialect, query, today=self._today(),
                                         see_protection=self._see())
        if stmt is None:
            return None
        first, last = self._db.query(lambda conn: conn.execute(stmt).one())
        return None if first is None else (first, last)

    def _range(self, query: EntryQuery, bucket: str
               ) -> tuple[str, tuple[datetime, ...]] | None:
        """(size, bounds) of the query's range (else of its entries' span), the first and last
        bound clipped to the query's range so each bucket counts exactly its query_for."""
        start, end = query.recorded_from, query.recorded_to
        if start is not None and start.tzinfo is None:
            raise ValidationError("recorded_from", "needs a time zone")
        if end is not None and end.tzinfo is None:
            raise ValidationError("recorded_to", "needs a time zone")
        if start is None or end is None:
            found = self.span(query)
            if found is None:
                return None
            start = found[0] if start is None else start
            end = found[1] + _US if end is None else end
        if end <= start:
            return None
        size, bounds = buckets.plan(start, end - _US, bucket, self._timezone)
        clipped = [*bounds]
        clipped[0] = max(clipped[0], start.astimezone(UTC))
        clipped[-1] = min(clipped[-1], end.astimezone(UTC))
        return size, tuple(clipped)

    def _counts(self, query: EntryQuery, by: tuple[str, ...], bounds: tuple[datetime, ...]
                ) -> trend_queries.Counts:
        """Counts per bucket and category. On SQLite with many buckets, two connections count
        alternate buckets at once (two cores: a million entries by topic 370 → 220 ms)."""
        today, see = self._today(), self._see()
        bits = by == ("dimension",) and self._dimensions_in_bits()

        def run(part: tuple[int, int]) -> trend_queries.Counts:
            return self._db.query(lambda conn: trend_queries.bucket_counts(
                conn, self._db.dialect, query, by, bounds, today=today, see_protection=see,
                part=part, dimension_bits=bits))

        if self._db.dialect != "sqlite" or len(bounds) < PARALLEL_FROM:
            return run((0, 1))
        other = _helper().submit(run, (1, 2))
        counts = run((0, 2))
        counts.update(other.result())
        return counts

    def _dimensions_in_bits(self) -> bool:
        """Every improvement dimension of the taxonomy has a bit of its own (no admin-added
        one, which would share the "other" bit): the counts may read ``dimension_bits``."""
        tax = self._db.cache.get("taxonomy") or self._db.read(self._taxonomy)
        return set(tax.codes.get("dimension", ())) <= set(DIMENSION_BITS)

    @requires(Action.STATS_READ)
    def series(self, query: EntryQuery = EntryQuery(), by: str = "area", bucket: str = AUTO,
               limit: int = MAX_SERIES) -> TimeSeries:
        """Entries per time bucket and category of ``by`` (see ``TimeSeries``): the largest
        ``limit`` categories, the rest folded into ``OTHER``."""
        if by not in BREAKDOWNS:
            raise ValidationError("by", f"cannot break down by {by!r}; use one of {BREAKDOWNS}")
        if limit < 1:
            raise ValidationError("limit", "must be at least 1")
        self._check_query(query)
        planned = self._range(query, bucket)
        if planned is None:
            size = bucket if bucket != AUTO else "day"
            return TimeSeries(query, by, size, bucket, (), (), ())
        size, bounds = planned
        n = len(bounds) - 1
        rows: dict[str, list[int]] = defaultdict(lambda: [0] * n)
        counted, allowed = _multi(query, by)
        for (i, value), count in self._counts(counted, (by,), bounds).items():
            if allowed is None or _key(value) in allowed:
                rows[_key(value)][i] += count
        order = _order(by)
        ranked = sorted(rows, key=lambda k: (-sum(rows[k]), k == NOT_GIVEN,
                                             order.get(k, len(order)), k))
        keys, folded = ranked, []
        if len(ranked) > limit:
            keys, folded = ranked[:limit - 1], ranked[limit - 1:]
        counts = [tuple(rows[k]) for k in keys]
        if folded:
            other = [sum(col) for col in zip(*(rows[k] for k in folded), strict=True)]
            if by == "dimension":  # an entry in two folded dimensions is one entry of OTHER
                other = [0] * n
                either = replace(query, dimensions=tuple(folded))
                for (i,), count in self._counts(either, (), bounds).items():
                    other[i] += count
            keys = [*keys, OTHER]
            counts.append(tuple(other))
        return TimeSeries(query, by, size, bucket, bounds, tuple(keys), tuple(counts),
                          tuple(folded))

    @requires(Action.STATS_READ)
    def heatmap(self, query: EntryQuery = EntryQuery(), rows: str = "area", cols: str = "topic"
                ) -> Heatmap:
        """Entries per pair of categories (every category of both lists, in their order)."""
        for name, axis in (("rows", rows), ("cols", cols)):
            if axis not in _LIST:
                raise ValidationError(name, f"cannot count by {axis!r}; use one of {tuple(_LIST)}")
        if rows == cols:
            raise ValidationError("cols", "rows and columns must differ")
        self._check_query(query)
        found: dict[tuple[str, str], int] = defaultdict(int)
        planned = self._range(query, AUTO)
        if planned is not None:
            counted, allowed_rows = _multi(query, rows)
            counted, allowed_cols = _multi(counted, cols)
            for (_i, a, b), n in self._counts(counted, (rows, cols), planned[1]).items():
                if (allowed_rows is None or _key(a) in allowed_rows) and (
                        allowed_cols is None or _key(b) in allowed_cols):
                    found[(_key(a), _key(b))] += n
        row_keys = self._axis(query, rows, {a for a, _ in found})
        col_keys = self._axis(query, cols, {b for _, b in found})
        counts = tuple(tuple(found.get((r, c), 0) for c in col_keys) for r in row_keys)
        return Heatmap(query, rows, cols, row_keys, col_keys, counts)

    def _axis(self, query: EntryQuery, by: str, seen: set[str]) -> tuple[str, ...]:
        """The categories of a heatmap axis: every active one of the list, or, when the query
        filters on it, those chosen (a cell's click-through replaces that filter)."""
        chosen: tuple[str, ...] = getattr(query, QUERY_FIELD[by])
        tax = self._db.cache.get("taxonomy") or self._db.read(self._taxonomy)
        active = set(chosen) - {NOT_GIVEN} if chosen else tax.codes.get(_LIST[by], frozenset())
        if chosen and NOT_GIVEN in chosen:
            seen = seen | {NOT_GIVEN}
        order = _order(by)
        listed = [c for c in order if c in active or c in seen and not chosen]
        extra = sorted(c for c in seen | set(active) if c not in order and c != NOT_GIVEN)
        return (*listed, *extra, *((NOT_GIVEN,) if NOT_GIVEN in seen else ()))

    @requires(Action.STATS_READ)
    def ranking(self, query: EntryQuery = EntryQuery(), by: str = "country", limit: int = 10
                ) -> Ranking:
        """The ``limit`` destination countries (by code; not "not country-specific") or issue
        groups (by title) with most entries."""
        if by not in RANKINGS:
            raise ValidationError("by", f"cannot rank by {by!r}; use one of {RANKINGS}")
        if limit < 1:
            raise ValidationError("limit", "must be at least 1")
        self._check_query(query)
        totals: dict[Any, int] = defaultdict(int)
        if by == "group":
            stmt = trend_queries.group_counts_select(
                self._db.dialect, query, today=self._today(), see_protection=self._see())
            if stmt is not None:
                totals.update(self._db.query(lambda conn: {
                    int(g): int(n) for g, n in conn.execute(stmt)}))
        elif (planned := self._range(query, AUTO)) is not None:
            for (_i, value), n in self._counts(query, (by,), planned[1]).items():
                if value is not None and value != NOT_A_COUNTRY:
                    totals[value] += n
        top = sorted(totals, key=lambda k: (-totals[k], k))[:limit]
        if by == "group":
            titles = self._db.query(lambda conn: trend_queries.group_titles(conn, top))
            items = tuple(RankItem(str(k), titles.get(int(k), ""), totals[k]) for k in top)
        else:
            items = tuple(RankItem(str(k), str(k), totals[k]) for k in top)
        return Ranking(query, by, items)

    @requires(Action.STATS_READ)
    def health(self, query: EntryQuery = EntryQuery(), bucket: str = AUTO) -> CaseHealth:
        """Backlog over time, open / overdue / resolved complaints, SLA tiers, median time to
        resolve, suggestion adoption and commitments (see ``CaseHealth``).

        Three reads over the complaints, none of them a big sort: one pass for the tiers and
        the totals, the resolved ones for medians and closings, and the created ones per bucket
        from the list index (5.3 s → about 1.5 s on a million entries)."""
        self._check_query(query)
        planned = self._range(query, bucket)
        size, bounds = planned if planned is not None else (
            bucket if bucket != AUTO else "day", ())
        dialect, today, see = self._db.dialect, self._today(), self._see()
        shell = CaseHealth(query, size, bounds, (), 0, 0, 0, None, (), (), ())
        created = self._created(query, bounds)
        before = bounds[-1] if bounds else datetime.max.replace(tzinfo=UTC)

        def run(session: Session) -> CaseHealth:
            conn = session.connection()
            kw: dict[str, Any] = {"today": today, "see_protection": see}
            hours: dict[str | None, list[float]] = defaultdict(list)
            closings: list[Any] = []
            stmt = trend_queries.resolutions_select(
                dialect, query, before, resolved=RESOLVED_COMPLAINT_STATUSES, **kw)
            # in slices: converting 400,000 rows in one C loop held Python's lock for 60 ms
            for part in conn.execute(stmt).partitions(SLICE) if stmt is not None else ():
                for tier, h, closed in part:
                    if h is not None:
                        hours[tier].append(float(h))
                    if closed is not None:
                        closings.append(closed)
            every = [h for values in hours.values() for h in values]
            tiers, open_now, overdue, resolved = [], 0, 0, 0
            stmt = trend_queries.tier_select(
                dialect, query, resolved=RESOLVED_COMPLAINT_STATUSES,
                open_=OPEN_COMPLAINT_STATUSES, tz_name=self._timezone, **kw)
            rows = conn.execute(stmt).all() if stmt is not None else []
            for tier, done, ok, open_, late, late_here in sorted(rows, key=lambda r: r[0] or ""):
                open_now += int(open_ or 0)
                overdue += int(late_here or 0)
                resolved += int(done or 0)
                if tier is not None:
                    tiers.append(TierHealth(
                        tier, int(done or 0), int(ok or 0), int(open_ or 0), int(late or 0),
                        _median(hours[tier])))
            return replace(
                shell, backlog=self._backlog(bounds, created, closings),
                open_now=open_now, overdue=overdue, resolved=resolved,
                median_hours=_median(every),
                tiers=tuple(tiers),
            )

        health = self._db.read(run)
        return replace(health, adoption=self.statuses(query, "suggestion"),
                       commitments=self.statuses(query, "commitment"))

    def _created(self, query: EntryQuery, bounds: tuple[datetime, ...]) -> list[int]:
        """Complaints (the query's range left out) recorded before ``bounds[0]``,
        then in each bucket: the backlog's arrivals, counted from the list index."""
        if len(bounds) < 2:
            return []
        q = replace(query, kinds=("complaint",), recorded_from=None, recorded_to=None)
        out = [0] * len(bounds)
        earliest = datetime(1, 1, 2, tzinfo=UTC)
        for (i,), n in self._counts(q, (), (earliest, *bounds)).items():
            out[i] += n
        return out

    def _backlog(self, bounds: tuple[datetime, ...], created: list[int], closings: list[Any]
                 ) -> tuple[int, ...]:
        """Complaints open at each ``bounds[i + 1]``: recorded before it, minus those closed by
        then (open at ``t`` ⇔ ``recorded < t`` and not ``resolved <= t``)."""
        if len(bounds) < 2:
            return ()
        sqlite = self._db.dialect == "sqlite"
        out, arrived = [], created[0]
        for i, t in enumerate(bounds[1:]):
            arrived += created[i + 1]
            at: Any = to_sqlite_text(t) if sqlite else t
            out.append(arrived - bisect_right(closings, at))
        return tuple(out)

    @requires(Action.STATS_READ)
    def statuses(self, query: EntryQuery, kind: str) -> tuple[tuple[str, int], ...]:
        """(status, count) of ``kind`` in lifecycle order, counted bucket by bucket (what the
        adoption / commitment queries find: the query's kinds and statuses replaced)."""
        found: dict[str, int] = defaultdict(int)
        q = replace(query, kinds=(kind,), statuses=())
        planned = self._range(q, AUTO)
        if planned is not None:
            for (_i, status), n in self._counts(q, ("status",), planned[1]).items():
                found[status] += n
        return tuple((s, found.get(s, 0)) for s in lifecycle.STATUSES[kind])
