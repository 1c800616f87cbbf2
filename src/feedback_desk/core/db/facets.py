"""Facet counts: for each filter, how many entries each of its values would give.

Each facet is counted under every *other* filter of the query (its own choice left out), as
faceted search does: ticking "complaint" keeps the counts of "suggestion" visible, so the user
can widen the choice. Counted with one GROUP BY per facet, in SQL.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import Select, case, func, select

from ..dto import EntryQuery
from .models import Entry
from .queries import E, conditions, due_soon_condition, overdue_condition

#: facet name → (column counted, the EntryQuery field that filters on it)
FACETS: dict[str, tuple[Any, str]] = {
    "event": (E.event_id, "event_ids"),
    "session": (E.session_id, "session_ids"),
    "kind": (E.kind, "kinds"),
    "area": (E.service_area, "areas"),
    "status": (E.status, "statuses"),
    "tier": (E.tier, "tiers"),
    "speaker_type": (E.speaker_type, "speaker_types"),
    "country": (E.country, "countries"),
    "topic": (E.topic, "topics"),
    "programme": (E.programme, "programmes"),
    "phase": (E.phase, "phases"),
    "assignee": (E.assignee_id, "assignees"),
    "sensitive": (E.sensitive, "sensitive"),
}
#: The deadline facet counts two flags at once: overdue and due within 24 hours.
DEADLINE = "deadline"
FACET_NAMES = (*FACETS, DEADLINE)


def _without(query: EntryQuery, field: str) -> EntryQuery:
    empty: Any = None if field == "sensitive" else ()
    return replace(query, **{field: empty})


def facet_select(
    dialect: str, query: EntryQuery, name: str, *, today: date, see_protection: bool
) -> Select[Any] | None:
    """Rows of (value, count) for facet ``name``; for the deadline facet one row
    (overdue, due soon, total)."""
    if name == DEADLINE:
        base = replace(query, overdue=None, due_soon=None)
        where = conditions(dialect, base, today=today, see_protection=see_protection)
        if where is None:
            return None
        return select(
            func.coalesce(func.sum(case((overdue_condition(today), 1), else_=0)), 0),
            func.coalesce(func.sum(case((due_soon_condition(today), 1), else_=0)), 0),
            func.count(),
        ).select_from(Entry.__table__).where(*where)
    column, field = FACETS[name]
    where = conditions(dialect, _without(query, field), today=today, see_protection=see_protection)
    if where is None:
        return None
    return select(column, func.count()).where(*where).group_by(column).order_by(column)
