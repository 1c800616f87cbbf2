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
from .models import Entry, EntryDimension, IssueGroup
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
) -> Counts:
    """Entries per (bucket index, value of each of ``by``) with ``bounds[0] <= recorded_at <
    bounds[-1]`` (the query's own range is left to the bounds). NULL stays None; an entry
    without dimension counts once with None for "dimension"."""
    if len(bounds) < 2:
        return {}
    where = conditions(dialect, _unranged(query), today=today, see_protection=see_protection)
    if where is None:
        return {}
    keys = [COLUMNS[b] for b in by]
    if dialect == "sqlite":
        return _sqlite_bucket_counts(conn, query, by, keys, where, bounds)
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
                          keys: list[Any], where: list[Any], bounds: Sequence[datetime]) -> Counts:
    b = func.json_each(bindparam("bounds", type_=SqlString)).table_valued("value", "key").alias("b")
    start = func.json_extract(b.c.value, literal_column("'$[0]'"))
    end = func.json_extract(b.c.value, literal_column("'$[1]'"))
    labels = [f"k{i}" for i in range(len(keys))]
    inner = select(*(k.label(n) for k, n in zip(keys, labels, strict=True)),
                   func.count().label("n")).select_from(_from(by)).where(
        *where, E.recorded_at >= start, E.recorded_at < end,
    ).group_by(*keys)
    inner_q = _hinted("sqlite", query, inner).correlate(b).subquery("g")
    cell = select(func.json_group_array(func.json_array(
        *(inner_q.c[n] for n in labels), inner_q.c.n))).scalar_subquery()
    text = [to_sqlite_text(t) for t in bounds]
    pairs = json.dumps([[text[i], text[i + 1]] for i in range(len(text) - 1)])
    out: Counts = {}
    for i, cells in conn.execute(select(b.c.key, cell), {"bounds": pairs}):
        for *values, n in json.loads(cells):
            if n:
                out[(int(i), *values)] = int(n)
    return out


def group_titles(conn: Connection, ids: Sequence[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = conn.execute(select(IssueGroup.id, IssueGroup.title).where(IssueGroup.id.in_(ids)))
    return {int(i): t for i, t in rows}


def tier_select(dialect: str, query: EntryQuery, *, resolved: tuple[str, ...],
                open_: tuple[str, ...], today: date, tz_name: str, see_protection: bool
                ) -> Select[Any] | None:
    """Per tier of the complaints matching ``query`` (its statuses left out): resolved, of
    those resolved by the due date (resolved local day ≤ due date, as ``queries.sla_select``),
    open, overdue."""
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
    return _scanned(dialect, q, select(
        E.tier,
        func.sum(case((done, 1), else_=0)),
        func.sum(case((on_time, 1), else_=0)),
        func.sum(case((E.status.in_(open_), 1), else_=0)),
        func.sum(case((overdue_condition(today), 1), else_=0)),
    ).where(*where, E.tier.is_not(None)).group_by(E.tier))


def durations_select(dialect: str, query: EntryQuery, *, resolved: tuple[str, ...],
                     today: date, see_protection: bool) -> Select[Any] | None:
    """(tier, hours from recorded to resolved) of each resolved complaint matching ``query``."""
    q = replace(query, kinds=("complaint",), statuses=resolved)
    where = conditions(dialect, q, today=today, see_protection=see_protection)
    if where is None:
        return None
    if dialect == "sqlite":
        hours: Any = (func.julianday(E.resolved_at) - func.julianday(E.recorded_at)) * 24
    else:
        hours = cast(extract("epoch", E.resolved_at - E.recorded_at), Float) / 3600
    return _scanned(dialect, q, select(E.tier, hours).where(*where, E.resolved_at.is_not(None)))


def open_spans_select(dialect: str, query: EntryQuery, before: datetime, *, today: date,
                      see_protection: bool) -> Select[Any] | None:
    """(recorded_at, closed) of the complaints matching ``query`` (its time range left out)
    recorded before ``before``: what the backlog over time is computed from. ``closed`` is
    the earliest moment from which the complaint no longer counts as open: its resolved_at,
    or just after recorded_at when it was resolved before that (never open); NULL when never
    resolved. SQLite gives the stored UTC text (fixed width: text order is time order)."""
    q = replace(_unranged(query), kinds=("complaint",))
    where = conditions(dialect, q, today=today, see_protection=see_protection)
    if where is None:
        return None
    if dialect == "sqlite":
        rec: Any = type_coerce(E.recorded_at, SqlString)
        res: Any = type_coerce(E.resolved_at, SqlString)
        after: Any = rec.concat(func.char(1))  # sorts after rec, before any later time
    else:
        rec, res = E.recorded_at, E.resolved_at
        after = rec + text("interval '1 microsecond'")
    closed = case((res.is_(None), None), (res > rec, res), else_=after)
    return _scanned(dialect, q, select(rec, closed).where(*where, E.recorded_at < before))
