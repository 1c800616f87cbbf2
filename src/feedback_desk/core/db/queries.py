"""Read queries over entries as Core SQL: filters, keyset paging, time-bucket counts, backlog.

Lists use Core rows straight into DTOs (4× cheaper than ORM objects for a page of 200). Paging
is keyset (``WHERE recorded_at < ?``), not OFFSET, on every non-null sort column; nullable
columns fall back to OFFSET.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    false,
    func,
    literal_column,
    or_,
    select,
    true,
)

from .. import lifecycle
from ..dto import SORT_COLUMNS, EntryQuery, PageRequest
from ..errors import ValidationError
from . import fts
from .models import Entry, EntryDimension, User

E = Entry.__table__.c
LIST_COLUMNS = (
    E.id, E.uuid, E.recorded_at, E.event_id, E.session_id, E.kind, E.status, E.service_area,
    E.topic, E.country, E.speaker_type, E.tier, E.due_date, E.assignee_id, E.group_id,
    E.sensitive, E.summary, E.text, E.version, E.programme, E.phase, E.paused_on, E.updated_at,
)
LIST_NAMES = frozenset(c.name for c in LIST_COLUMNS)
_LIST_SELECT = select(*LIST_COLUMNS)  # built once; each page derives from it
KEYSET_COLUMNS = frozenset(
    {"recorded_at", "id", "kind", "status", "service_area", "speaker_type", "updated_at"}
)
MAX_LIMIT = 1000

#: States that count for "overdue": open and not waiting (the clock runs). A status code means
#: the same in every kind that has it, so the union over kinds is exact.
RUNNING_STATUSES = tuple(
    sorted(
        {
            s
            for kind, states in lifecycle.STATUSES.items()
            for s in states
            if lifecycle.is_open(kind, s) and not lifecycle.is_waiting(kind, s)
        }
    )
)
OPEN_STATUSES = tuple(
    sorted({s for k, states in lifecycle.STATUSES.items() for s in states if lifecycle.is_open(k, s)})
)
RESOLVED_STATUSES = tuple(
    sorted(
        {s for k, states in lifecycle.STATUSES.items() for s in states if lifecycle.is_resolution(k, s)}
    )
)

DIMENSIONS: dict[str, Any] = {
    "area": E.service_area, "kind": E.kind, "status": E.status, "speaker_type": E.speaker_type,
    "topic": E.topic, "country": E.country, "tier": E.tier, "programme": E.programme,
    "phase": E.phase, "source": E.source, "language": E.language, "evidence": E.evidence,
    "event": E.event_id, "session": E.session_id, "dimension": EntryDimension.dimension,
}
BUCKETS = ("minute", "hour", "day", "week")


def _in(column: Any, values: tuple[Any, ...]) -> ColumnElement[bool]:
    return column == values[0] if len(values) == 1 else column.in_(values)


def _in_or_null(column: Any, values: tuple[Any, ...]) -> ColumnElement[bool]:
    """``column IN values``, where "" in ``values`` means "not given" (NULL)."""
    given = tuple(v for v in values if v != "")
    if len(given) == len(values):
        return _in(column, values)
    return or_(column.is_(None), _in(column, given)) if given else column.is_(None)


def dimension_condition(values: tuple[str, ...]) -> ColumnElement[bool]:
    """The entry has one of the improvement dimensions ``values`` ("" = it has none)."""
    D = EntryDimension.__table__.c
    given = tuple(v for v in values if v != "")
    terms: list[ColumnElement[bool]] = []
    if given:
        terms.append(select(D.entry_id).where(D.entry_id == E.id, _in(D.dimension, given))
                     .exists())
    if len(given) != len(values):
        terms.append(~select(D.entry_id).where(D.entry_id == E.id).exists())
    return terms[0] if len(terms) == 1 else or_(*terms)


def conditions(
    dialect: str, query: EntryQuery, *, today: date, see_protection: bool, dense_text: bool = False
) -> list[ColumnElement[bool]] | None:
    """WHERE terms for ``query``; None when the query can match nothing (text without words).
    ``dense_text``: see ``fts.text_condition``."""
    where: list[ColumnElement[bool]] = []
    if not see_protection:
        where.append(E.protection == false())
    if query.text and query.text.strip():
        cond = fts.text_condition(dialect, query.text, E.id, dense=dense_text)
        if cond is None:
            return None
        where.append(cond)
    for column, values in (
        (E.event_id, query.event_ids), (E.session_id, query.session_ids), (E.kind, query.kinds),
        (E.service_area, query.areas), (E.status, query.statuses), (E.tier, query.tiers),
        (E.speaker_type, query.speaker_types),
    ):
        if values:
            where.append(_in(column, tuple(values)))
    for column, values in (
        (E.country, query.countries), (E.topic, query.topics), (E.programme, query.programmes),
        (E.phase, query.phases),
    ):
        if values:
            where.append(_in_or_null(column, tuple(values)))
    if query.dimensions:
        where.append(dimension_condition(tuple(query.dimensions)))
    if query.assignees:
        names = tuple(a for a in query.assignees if a)
        terms = []
        if names:
            terms.append(E.assignee_id.in_(select(User.id).where(User.username.in_(names))))
        if "" in query.assignees:
            terms.append(E.assignee_id.is_(None))
        where.append(or_(*terms))
    if query.group_id is not None:
        where.append(E.group_id == query.group_id)
    if query.recorded_from is not None:
        where.append(E.recorded_at >= _aware(query.recorded_from, "recorded_from"))
    if query.recorded_to is not None:
        where.append(E.recorded_at < _aware(query.recorded_to, "recorded_to"))
    if query.open_at is not None:
        moment = _aware(query.open_at, "open_at")
        where.append(E.recorded_at < moment)
        where.append(or_(E.resolved_at.is_(None), E.resolved_at > moment))
    if query.overdue is not None:
        late = overdue_condition(today)
        where.append(late if query.overdue else ~late)
    if query.due_soon is not None:
        soon = due_soon_condition(today)
        where.append(soon if query.due_soon else ~soon)
    if query.sensitive is not None:
        where.append(E.sensitive == (true() if query.sensitive else false()))
    if query.grouped is not None:
        where.append(E.group_id.is_not(None) if query.grouped else E.group_id.is_(None))
    return where


def overdue_condition(today: date) -> ColumnElement[bool]:
    """Past its due date with the clock running (open and not waiting).

    ``status || ''`` keeps the planner off the (status, due_date) index: overdue is a large
    share of a big database (13 %), so walking the list index in time order finds a page of
    them in 1 ms, where the index would collect all 130,000 and sort them (300 ms).
    """
    return and_(E.due_date < today, _in(E.status.concat(""), RUNNING_STATUSES))


def due_soon_condition(today: date) -> ColumnElement[bool]:
    """Clock running and due today or tomorrow: late within 24 hours unless handled."""
    return and_(
        E.due_date >= today, E.due_date <= today + timedelta(days=1),
        _in(E.status, RUNNING_STATUSES),
    )


def _aware(value: datetime, field: str) -> datetime:
    if value.tzinfo is None:
        raise ValidationError(field, "needs a time zone")
    return value


def encode_cursor(values: list[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(values, default=str).encode()).decode()


def decode_cursor(cursor: str, page: PageRequest) -> list[Any]:
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor.encode()))
        assert isinstance(values, list) and values[0] == page.sort and values[1] == page.descending
        return values[2:]
    except Exception as exc:  # a cursor from another sort, or a hand-made one
        raise ValidationError("cursor", "this page marker does not belong to this list") from exc


@lru_cache(maxsize=256)
def page_select(
    dialect: str, query: EntryQuery, page: PageRequest, *, today: date, see_protection: bool,
    dense_text: bool = False,
) -> tuple[Select[Any] | None, bool]:
    """The SELECT of one page (limit + 1 rows to tell whether more follow); keyset flag.

    Memoised: a list that refreshes the same page reuses the same statement object, and with
    it SQLAlchemy's memoised cache key (as sqlite3 reuses its prepared statement).
    """
    if page.sort not in SORT_COLUMNS:
        raise ValidationError("sort", f"cannot sort by {page.sort!r}")
    if not 1 <= page.limit <= MAX_LIMIT:
        raise ValidationError("limit", f"must be between 1 and {MAX_LIMIT}")
    where = conditions(dialect, query, today=today, see_protection=see_protection,
                       dense_text=dense_text)
    if where is None:
        return None, True
    column = E[page.sort]
    keyset = page.sort in KEYSET_COLUMNS
    order = order_terms(page.sort, page.descending)  # the same order as the id list
    stmt = _LIST_SELECT if page.sort in LIST_NAMES else _LIST_SELECT.add_columns(column)
    stmt = stmt.where(*where).order_by(*order).limit(page.limit + 1)
    if page.after:
        marker = decode_cursor(page.after, page)
        if keyset:
            value, last_id = marker
            if page.sort == "recorded_at" or page.sort == "updated_at":
                value = datetime.fromisoformat(value)
            if page.sort == "id":
                stmt = stmt.where(E.id < last_id if page.descending else E.id > last_id)
            elif page.descending:
                stmt = stmt.where(column <= value, or_(column < value, E.id < last_id))
            else:
                stmt = stmt.where(column >= value, or_(column > value, E.id > last_id))
        else:
            stmt = stmt.offset(int(marker[0]))
    return stmt, keyset


def next_cursor(page: PageRequest, rows: Sequence[Any], keyset: bool, offset: int) -> str | None:
    if len(rows) <= page.limit:
        return None
    last = rows[page.limit - 1]
    if keyset:
        value = getattr(last, page.sort)
        if isinstance(value, datetime):
            value = value.isoformat()
        return encode_cursor([page.sort, page.descending, value, last.id])
    return encode_cursor([page.sort, page.descending, offset + page.limit])


def count_select(
    dialect: str, query: EntryQuery, *, today: date, see_protection: bool
) -> Select[Any] | None:
    where = conditions(dialect, query, today=today, see_protection=see_protection)
    if where is None:
        return None
    return select(func.count()).select_from(Entry.__table__).where(*where)


def utc_offset_minutes(tz_name: str, at: datetime | None = None) -> int:
    from zoneinfo import ZoneInfo

    moment = at or datetime.now(UTC)
    offset = moment.astimezone(ZoneInfo(tz_name)).utcoffset() or timedelta()
    return int(offset.total_seconds() // 60)


def bucket_expression(dialect: str, bucket: str, tz_name: str) -> Any:
    """The local start of the time bucket of ``recorded_at``, as text ``YYYY-MM-DD HH:MM``."""
    if bucket not in BUCKETS:
        raise ValidationError("bucket", f"unknown time bucket {bucket!r}; use one of {BUCKETS}")
    if dialect == "sqlite":
        shift = f"{utc_offset_minutes(tz_name):+d} minutes"
        formats = {
            "minute": "%Y-%m-%d %H:%M",
            "hour": "%Y-%m-%d %H:00",
            "day": "%Y-%m-%d 00:00",
        }
        if bucket == "week":
            return func.strftime("%Y-%m-%d 00:00", E.recorded_at, shift, "-6 days", "weekday 1")
        return func.strftime(formats[bucket], E.recorded_at, shift)
    local = func.timezone(tz_name, E.recorded_at)
    return func.to_char(func.date_trunc(bucket, local), "YYYY-MM-DD HH24:MI")


def counts_select(
    dialect: str,
    query: EntryQuery,
    *,
    bucket: str | None,
    by: str | None,
    tz_name: str,
    today: date,
    see_protection: bool,
) -> Select[Any] | None:
    where = conditions(dialect, query, today=today, see_protection=see_protection)
    if where is None:
        return None
    if by is not None and by not in DIMENSIONS:
        raise ValidationError("by", f"cannot count by {by!r}; use one of {sorted(DIMENSIONS)}")
    cols: list[Any] = []
    cols.append(bucket_expression(dialect, bucket, tz_name).label("bucket") if bucket
                else literal_column("NULL").label("bucket"))
    key = DIMENSIONS[by] if by else literal_column("NULL")
    cols.append(key.label("key"))
    stmt = select(*cols, func.count().label("n")).select_from(Entry.__table__)
    if by == "dimension":
        stmt = stmt.outerjoin(EntryDimension, EntryDimension.entry_id == E.id)
    stmt = stmt.where(*where)
    group: list[Any] = []
    if bucket:
        group.append(literal_column("bucket"))
    if by:
        group.append(literal_column("key"))
    if group:
        stmt = stmt.group_by(*group).order_by(*group)
    return stmt


def backlog_select(today: date, see_protection: bool) -> Select[Any]:
    late = case((and_(E.due_date < today, E.status.in_(RUNNING_STATUSES)), 1), else_=0)
    stmt = (
        select(E.kind, E.status, E.tier, func.count(), func.coalesce(func.sum(late), 0))
        .where(E.status.in_(OPEN_STATUSES))
        .group_by(E.kind, E.status, E.tier)
        .order_by(E.kind, E.status, E.tier)
    )
    if not see_protection:
        stmt = stmt.where(E.protection == false())
    return stmt


def sla_select(dialect: str, today: date, tz_name: str, see_protection: bool) -> Select[Any]:
    if dialect == "sqlite":
        resolved_day: Any = func.date(E.resolved_at, f"{utc_offset_minutes(tz_name):+d} minutes")
        due: Any = E.due_date
    else:
        resolved_day = func.date(func.timezone(tz_name, E.resolved_at))
        due = E.due_date
    resolved = and_(E.status.in_(RESOLVED_STATUSES), E.resolved_at.is_not(None))
    stmt = (
        select(
            E.tier,
            func.sum(case((resolved, 1), else_=0)),
            func.sum(case((and_(resolved, resolved_day <= due), 1), else_=0)),
            func.sum(case((E.status.in_(OPEN_STATUSES), 1), else_=0)),
            func.sum(case((and_(E.status.in_(RUNNING_STATUSES), E.due_date < today), 1), else_=0)),
        )
        .where(E.tier.is_not(None), E.due_date.is_not(None))
        .group_by(E.tier)
        .order_by(E.tier)
    )
    stmt = stmt.where(E.protection == false()) if not see_protection else stmt.where(true())
    return stmt




def session_tally_select(session_id: int) -> Select[Any]:
    """Entries of one session by service area and kind (index ix_entry_session_area_kind)."""
    return (
        select(E.service_area, E.kind, func.count())
        .where(E.session_id == session_id)
        .group_by(E.service_area, E.kind)
        .order_by(E.service_area, E.kind)
    )


def order_terms(sort: str, descending: bool) -> list[Any]:
    """ORDER BY of a list sorted by ``sort``, ties broken by id the same way."""
    if sort not in SORT_COLUMNS:
        raise ValidationError("sort", f"cannot sort by {sort!r}")
    column = E[sort]
    if sort == "id":
        return [E.id.desc() if descending else E.id.asc()]
    if descending:
        return [column.desc(), E.id.desc()]
    return [column.asc(), E.id.asc()]


def ids_select(
    dialect: str, query: EntryQuery, sort: str, descending: bool, *, today: date,
    see_protection: bool,
) -> Select[Any] | None:
    """The ids of every matching entry in list order (a list model over ids holds these)."""
    where = conditions(dialect, query, today=today, see_protection=see_protection)
    if where is None:
        return None
    return select(E.id).where(*where).order_by(*order_terms(sort, descending))


def rows_select(ids: Sequence[int], *, see_protection: bool) -> Select[Any]:
    """The list rows of ``ids`` (any order; the caller places them)."""
    stmt = _LIST_SELECT.where(E.id.in_(list(ids)))
    return stmt if see_protection else stmt.where(E.protection == false())
