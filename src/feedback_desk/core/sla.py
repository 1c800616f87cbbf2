"""SLA tiers and working-day arithmetic (DOMAIN.md, "SLA tiers").

S0 same day (protection cases) · S1 2 working days · S2 5 working days · S3 14 working days ·
S4 60 days · suggestions a 30-day review. Working days skip weekends and holidays; the clock
pauses while a case waits on the worker or an overseas party.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class DayUnit(StrEnum):
    WORKING = "working"
    CALENDAR = "calendar"


@dataclass(frozen=True, slots=True)
class TierRule:
    code: str
    amount: int
    unit: DayUnit
    label_en: str
    label_id: str


DEFAULT_TIERS: tuple[TierRule, ...] = (
    TierRule("S0", 0, DayUnit.WORKING, "S0 — same day", "S0 — hari yang sama"),
    TierRule("S1", 2, DayUnit.WORKING, "S1 — 2 working days", "S1 — 2 hari kerja"),
    TierRule("S2", 5, DayUnit.WORKING, "S2 — 5 working days", "S2 — 5 hari kerja"),
    TierRule("S3", 14, DayUnit.WORKING, "S3 — 14 working days", "S3 — 14 hari kerja"),
    TierRule("S4", 60, DayUnit.CALENDAR, "S4 — 60 days", "S4 — 60 hari"),
    TierRule("SUG", 30, DayUnit.CALENDAR, "Suggestion — 30-day review", "Saran — kajian 30 hari"),
)
PRIORITY_ALIASES = {"urgent": "S0", "high": "S1", "normal": "S2", "low": "S3"}


def default_tier(kind: str, topic: str | None) -> str | None:
    """The tier an item gets when recorded; a supervisor may change it."""
    if topic == "protection_case":
        return "S0"
    return {"complaint": "S2", "question": "S2", "suggestion": "SUG", "commitment": "S3"}.get(kind)


def _fixed_holidays() -> frozenset[date]:
    days = set()
    for year in range(2018, 2031):
        for month, day in ((1, 1), (5, 1), (6, 1), (8, 17), (12, 25)):
            days.add(date(year, month, day))
    return frozenset(days)


#: Indonesia's fixed-date national holidays 2018–2030 (New Year, Labour Day, Pancasila Day,
#: Independence Day, Christmas). Movable holidays (Eid al-Fitr, Eid al-Adha, Nyepi, Vesak,
#: Ascension, Chinese New Year, Islamic New Year, the Prophet's birthday…) and collective leave
#: are added by an admin each year from the government's decree.
DEFAULT_HOLIDAYS: frozenset[date] = _fixed_holidays()


@dataclass(frozen=True)
class WorkCalendar:
    holidays: frozenset[date] = frozenset()
    weekend: frozenset[int] = frozenset({5, 6})

    def is_working_day(self, d: date) -> bool:
        return d.weekday() not in self.weekend and d not in self.holidays

    def add_working_days(self, start: date, n: int) -> date:
        """``n = 0``: ``start`` itself; otherwise the n-th working day after ``start``."""
        if n < 0:
            raise ValueError("n must be zero or more")
        day = start
        while n:
            day += timedelta(days=1)
            if self.is_working_day(day):
                n -= 1
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days d with ``start <= d < end``."""
        count = 0
        day = start
        while day < end:
            if self.is_working_day(day):
                count += 1
            day += timedelta(days=1)
        return count

    def add_days(self, start: date, rule: TierRule) -> date:
        if rule.unit is DayUnit.CALENDAR:
            return start + timedelta(days=rule.amount)
        return self.add_working_days(start, rule.amount)


def due_date(rule: TierRule, start: date, calendar: WorkCalendar) -> date:
    return calendar.add_days(start, rule)


def extend_for_pause(due: date, paused_on: date, resumed_on: date, calendar: WorkCalendar) -> date:
    """Push ``due`` on by the working days spent waiting."""
    return calendar.add_working_days(due, calendar.working_days_between(paused_on, resumed_on))


def is_overdue(due: date | None, today: date, *, open_: bool, waiting: bool) -> bool:
    return due is not None and open_ and not waiting and today > due
