"""SQL of the trends dashboard: counts per time bucket and category, case health, rankings.

A GROUP BY over a million entries is slow in SQLite because of its sorter (0.9-3 s), not the
scan (70 ms over the covering list index). So on SQLite the buckets are passed as one JSON
parameter and each bucket is counted by a correlated subquery over its stretch of the list
index: a small GROUP BY per bucket, never a big sort (≈ 0.4 s for a million entries by topic).
PostgreSQL hash-aggregates a plain GROUP BY on ``width_bucket`` over the bucket edges.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ARRAY,
    Connection,
    DateTime,
    Float,
    Select,
    and_,
    bindparam,
    case,
    cast,
    extract,
    func,
    literal_column,
    select,
    text,
    type_coerce,
)
from sqlalchemy import String as SqlString

from ..dto import EntryQuery
from . import facets  # noqa: F401  (installs SQLite's INDEXED BY hint rendering)
from .models import DIMENSION_BITS, Entry, EntryDimension, IssueGroup
from .queries import E, conditions, overdue_condition, utc_offset_minutes
from .types import to_sqlite_text

D = EntryDimension.__table__.c
#: The entry column of each breakdown / heatmap axis ("dimension" joins entry_dimension).
COLUMNS: dict[str, Any] = {
    "area": E.service_area, "kind": E.kind, "speaker_type": E.speaker_type, "topic": E.topic,
    "country": E.country, "programme": E.programme, "phase": E.phase, "status": E.status,
    "tier": E.tier, "group": E.group_id, "dimension": D.dimension,
}
Counts = dict[tuple[Any, ...], int]


def _unranged(query: EntryQuery) -> EntryQuery:
    return replace(query, recorded_from=None, recorded_to=None)


def _hinted(dialect: str, query: EntryQuery, stmt: Select[Any]) -> Select[Any]:
    """Read the covering list index on SQLite (see ``facets._scan_list_index``): the planner
    otherwise may pick the event index and look every entry up (25 s seen)."""
    if dialect != "sqlite" or query.session_ids or query.group_id is not None or (
        query.text.strip()
    ):
        return stmt
    return stmt.with_hint(Entry.__table__, f"INDEXED BY {facets.LIST_INDEX}", "sqlite")


def _scanned(dialect: str, query: EntryQuery, stmt: Select[Any]) -> Select[Any]:
    """Read the table straight through on SQLite for what needs columns outside the list
    index (resolved_at): the planner's pick, an index on status, then looks every complaint up
    (2.9 s for half a million, against 0.55 s for the whole table). Not with a filter that has
    a small index of its own (an event, a session, an issue group, words)."""
    if dialect != "sqlite" or query.session_ids or query.event_ids or (
        query.group_id is not None or query.text.strip()
    ):
        return stmt
    return stmt.with_hint(Entry.__table__, "NOT INDEXED", "sqlite")


def span_select(dialect: str, query: EntryQuery, *, today: date, see_protection: bool
                ) -> Select[Any] | None:
    """First and last ``recorded_at`` of the entries matching ``query``."""
    where = conditions(dialect, query, today=today, see_protection=see_protection)
    if where is None:
        return None
    stmt = select(func.min(E.recorded_at), func.max(E.recorded_at)).where(*where)
    return _hinted(dialect, query, stmt)


def bucket_counts(
    conn: Connection, dialect: str, query: EntryQuery, by: Sequence[str],
    bounds: Sequence[datetime], *, today: date, see_protection: bool,
    part: tuple[int, int] = (0, 1), dimension_bits: bool = False,
) -> Counts:
    """Entries per (bucket index, value of each of ``by``) with ``bounds[0] <= recorded_at <
    bounds[-1]`` (the query's own range is left to the bounds). NULL stays None; an entry
    without dimension counts once with None for "dimension".

    ``part=(k, m)`` (SQLite): only the buckets ``i`` with ``i % m == k`` — every m-th bucket, so
    that m threads on m connections share the work evenly however the entries cluster in time.
    ``dimension_bits`` (SQLite, by "dimension" alone, every dimension one of
    ``DIMENSION_BITS``): count from ``entry.dimension_bits`` in the list index instead of
    joining ``entry_dimension`` (0.3 s instead of 1.2 s for a million entries).
    """
    if len(bounds) < 2:
        return {}
    where = conditions(dialect, _unranged(query), today=today, see_protection=see_protection)
    if where is None:
        return {}
    keys = [COLUMNS[b] for b in by]
    if dialect == "sqlite" and tuple(by) == ("dimension",) and dimension_bits:
        return _sqlite_dimension_counts(conn, query, where, bounds, part)
    if dialect == "sqlite":
        return _sqlite_bucket_counts(conn, query, by, keys, where, bounds, part)
    edges = bindparam("edges", list(bounds), type_=ARRAY(DateTime(timezone=True)))
    index = (func.width_bucket(E.recorded_at, edges) - 1).label("i")
    stmt = select(index, *keys, func.count()).select_from(_from(by)).where(
        *where, E.recorded_at >= bounds[0], E.recorded_at < bounds[-1],
    ).group_by(index, *keys)
    return {tuple(row[:-1]): int(row[-1]) for row in conn.execute(stmt)}


def _from(by: Sequence[str]) -> Any:
    table = Entry.__table__
    if "dimension" in by:
        return table.outerjoin(EntryDimension.__table__, D.entry_id == E.id)
    return table


def _sqlite_bucket_counts(conn: Connection, query: EntryQuery, by: Sequence[str],
                          keys: list[Any], where: list[Any], bounds: Sequence[datetime],
                          part: tuple[int, int]) -> Counts:
    b, index, start, end = _bucket_table()
    labels = [f"k{i}" for i in range(len(keys))]
    inner = select(*(k.label(n) for k, n in zip(keys, labels, strict=True)),
                   func.count().label("n")).select_from(_from(by)).where(
        *where, E.recorded_at >= start, E.recorded_at < end,
    ).group_by(*keys)
    inner_q = _hinted("sqlite", query, inner).correlate(b).subquery("g")
    cell = select(func.json_group_array(func.json_array(
        *(inner_q.c[n] for n in labels), inner_q.c.n))).scalar_subquery()
    out: Counts = {}
    for i, cells in conn.execute(select(index, cell), {"bounds": _bucket_pairs(bounds, part)}):
        for *values, n in json.loads(cells):
            if n:
                out[(int(i), *values)] = int(n)
    return out


def _bucket_table() -> tuple[Any, Any, Any, Any]:
    """The buckets as a table from one JSON parameter ``bounds`` (``_bucket_pairs``): the table
    and its columns index, start and end (stored UTC text)."""
    b = func.json_each(bindparam("bounds", type_=SqlString)).table_valued("value", "key").alias("b")
    index, start, end = (func.json_extract(b.c.value, literal_column(f"'$[{i}]'")) for i in range(3))
    return b, index, start, end


def _bucket_pairs(bounds: Sequence[datetime], part: tuple[int, int]) -> str:
    text = [to_sqlite_text(t) for t in bounds]
    k, m = part
    return json.dumps([[i, text[i], text[i + 1]] for i in range(k, len(text) - 1, m)])


def _sqlite_dimension_counts(conn: Connection, query: EntryQuery, where: list[Any],
                             bounds: Sequence[datetime], part: tuple[int, int]) -> Counts:
    b, index, start, end = _bucket_table()
    bits = E.dimension_bits
    codes = list(DIMENSION_BITS)
    sums = [func.sum(case((bits.op("&")(DIMENSION_BITS[c]) != 0, 1), else_=0)) for c in codes]
    sums.append(func.sum(case((bits == 0, 1), else_=0)))
    inner = select(func.json_array(*sums)).select_from(Entry.__table__).where(
        *where, E.recorded_at >= start, E.recorded_at < end)
    cell = _hinted("sqlite", query, inner).correlate(b).scalar_subquery()
    out: Counts = {}
    keys: list[str | None] = [*codes, None]
    for i, cells in conn.execute(select(index, cell), {"bounds": _bucket_pairs(bounds, part)}):
        if cells is None:
            continue
        for key, n in zip(keys, json.loads(cells), strict=True):
            if n:
                out[(int(i), key)] = int(n)
    return out


def group_counts_select(dialect: str, query: EntryQuery, *, today: date, see_protection: bool
                        ) -> Select[Any] | None:
    """(issue group, entries) of the grouped entries matching ``query``: a plain GROUP BY
    over the group index (grouped entries are few; no bucket walk over every entry)."""
    where = conditions(dialect, query, today=today, see_protection=see_protection)
    if where is None:
        return None
    return select(E.group_id, func.count()).where(*where, E.group_id.is_not(None)).group_by(
        E.group_id)


def group_titles(conn: Connection, ids: Sequence[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = conn.execute(select(IssueGroup.id, IssueGroup.title).where(IssueGroup.id.in_(ids)))
    return {int(i): t for i, t in rows}


def tier_select(dialect: str, query: EntryQuery, *, resolved: tuple[str, ...],
                open_: tuple[str, ...], today: date, tz_name: str, see_protection: bool
                ) -> Select[Any] | None:
    """One pass over the complaints matching ``query`` (its statuses left out), per tier (NULL
    too): resolved, of those resolved by the due date (resolved local day ≤ due date, as
    ``queries.sla_select``), open, overdue, and overdue among the query's own statuses (what
    ``CaseHealth.overdue_query`` finds, which keeps them)."""
    q = replace(query, kinds=("complaint",), statuses=())
    where = conditions(dialect, q, today=today, see_protection=see_protection)
    if where is None:
        return None
    if dialect == "sqlite":
        resolved_day: Any = func.date(E.resolved_at, f"{utc_offset_minutes(tz_name):+d} minutes")
    else:
        resolved_day = func.date(func.timezone(tz_name, E.resolved_at))
    done = E.status.in_(resolved)
    on_time = and_(done, E.resolved_at.is_not(None), E.due_date.is_not(None),
                   resolved_day <= E.due_date)
    late = overdue_condition(today)
    late_here = and_(late, E.status.in_(query.statuses)) if query.statuses else late
    return _scanned(dialect, q, select(
        E.tier,
        func.sum(case((done, 1), else_=0)),
        func.sum(case((on_time, 1), else_=0)),
        func.sum(case((E.status.in_(open_), 1), else_=0)),
        func.sum(case((late, 1), else_=0)),
        func.sum(case((late_here, 1), else_=0)),
    ).where(*where).group_by(E.tier))


def resolutions_select(dialect: str, query: EntryQuery, before: datetime, *,
                       resolved: tuple[str, ...], today: date, see_protection: bool
                       ) -> Select[Any] | None:
    """What the median time to resolution and the backlog's closings are computed from, for
    the complaints matching ``query`` (its time range and statuses left out) with a
    ``resolved_at``: (tier, hours from recorded to resolved — None when its status is not a
    resolution or it was recorded outside the query's range —, closed). ``closed`` is the earliest moment from which the complaint no longer
    counts as open — its resolved_at, or just after recorded_at when resolved before that — or
    None when it was recorded at or after ``before`` or its status is not one of the query's.
    In ``closed`` order. SQLite gives the stored UTC text (fixed
    width: text order is time order)."""
    q = replace(_unranged(query), kinds=("complaint",), statuses=())
    where = conditions(dialect, q, today=today, see_protection=see_protection)
    if where is None:
        return None
    if dialect == "sqlite":
        rec: Any = type_coerce(E.recorded_at, SqlString)
        res: Any = type_coerce(E.resolved_at, SqlString)
        after: Any = rec.concat(func.char(1))  # sorts after rec, before any later time
        hours: Any = (func.julianday(E.resolved_at) - func.julianday(E.recorded_at)) * 24
        limit: Any = to_sqlite_text(before)
    else:
        rec, res = E.recorded_at, E.resolved_at
        after = rec + text("interval '1 microsecond'")
        hours = cast(extract("epoch", E.resolved_at - E.recorded_at), Float) / 3600
        limit = before
    closed = case((rec >= limit, None), (res > rec, res), else_=after)
    if query.statuses:  # the backlog keeps the query's statuses (CaseHealth.backlog_query)
        closed = case((E.status.in_(query.statuses), closed), else_=None)
    counted: list[Any] = [E.status.in_(resolved)]  # the medians: resolved ones within the query's range
    if query.recorded_from is not None:
        counted.append(E.recorded_at >= query.recorded_from)
    if query.recorded_to is not None:
        counted.append(E.recorded_at < query.recorded_to)
    return _scanned(dialect, q, select(
        E.tier, case((and_(*counted), hours), else_=None), closed,
    ).where(*where, E.resolved_at.is_not(None)).order_by(closed))  # sorted by the database,
    # which lets go of Python's lock meanwhile: a sort of 400,000 in Python stalled the GUI
