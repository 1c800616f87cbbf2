"""The SLA clock's history: the waiting spells of an item, read from its audit trail."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from .. import lifecycle, sla
from .base import local_date


def finished_pauses(
    trail: Iterable[tuple[str, datetime, str]], kind: str, timezone: str
) -> list[tuple[date, date]]:
    """Finished waiting spells (first day, day resumed) from (action, at, payload) audit rows of
    "entry.transition" and "entry.restore", oldest first. A restore that takes a pause back
    drops it; one that takes a resume back reopens the spell it had closed."""
    closed: list[tuple[date, date]] = []
    since: date | None = None
    for action, at, payload in trail:
        data = json.loads(payload).get("data", {})
        frm, to = data.get("from"), data.get("to")
        if action == "entry.restore":
            if not isinstance(to, dict) or "status" not in to:
                continue
            restored = to.get("paused_on")
            was, now = lifecycle.is_waiting(kind, frm["status"]), lifecycle.is_waiting(kind, to["status"])
            if was and not now:
                since = None
            elif now and not was and restored:
                since = date.fromisoformat(restored)
                if closed and closed[-1][0] == since:
                    closed.pop()
            continue
        was, now = lifecycle.is_waiting(kind, frm), lifecycle.is_waiting(kind, to)
        if now and not was:
            since = _day(data, at, timezone)
        elif was and not now and since is not None:
            closed.append((since, _day(data, at, timezone)))
            since = None
    return closed


def _day(data: dict[str, Any], at: datetime, timezone: str) -> date:
    """The working day a move took effect: recorded with it ("on"), else from its time."""
    on = data.get("on")
    return date.fromisoformat(on) if isinstance(on, str) else local_date(at, timezone)


def days_left(calendar: sla.WorkCalendar, today: date, due: date) -> int:
    """Working days after today up to the due date (0: due today); negative: late by that many."""
    one = timedelta(days=1)
    if due >= today:
        return calendar.working_days_between(today + one, due + one)
    return -calendar.working_days_between(due + one, today + one)
