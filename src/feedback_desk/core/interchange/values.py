"""Reading one cell of the interchange table into a value: dates, codes from labels, priorities,
consent; and the formula guard shared by export and import (``neutralise``/``unneutralise``)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from ..sla import PRIORITY_ALIASES
from .model import Cell, Message

#: A cell starting with one of these is a formula to a spreadsheet (DDE, HYPERLINK…).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_EXCEL_EPOCH = datetime(1899, 12, 30)
_DAY_FIRST = re.compile(
    r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})"
    r"(?:(?:\s+|\s*[T,]\s*)(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
#: What a terminal or a label must not be handed raw: controls (C0, C1) and bidi overrides.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069"
                          r"\ufffe\uffff\ud800-\udfff]")
_CELL_STARTS = re.compile(r"(;|\r\n|\r|\n)")
YES = frozenset({"yes", "ya", "y", "true", "1", "iya", "setuju", "bersedia"})
NO = frozenset({"no", "tidak", "n", "false", "0", "tdk", "tidak setuju", "tidak bersedia"})
PRIORITIES = {**PRIORITY_ALIASES, "mendesak": "S0", "darurat": "S0", "tinggi": "S1",
              "sedang": "S2", "biasa": "S2", "rendah": "S3"}


class CellProblem(Exception):
    """A cell that cannot be read; carries the message for the row's report."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.code)
        self.message = message


def _guarded(segment: str) -> bool:
    """Would a spreadsheet take this cell (after any guard quotes) for a formula?"""
    return segment.lstrip("'").startswith(FORMULA_START)


def neutralise(value: str, *, inner: bool = False) -> str:
    """What an export writes for ``value``: a ``'`` before a formula start, so no spreadsheet
    runs it. ``inner`` (CSV) guards every place a cell can start when a spreadsheet splits the
    line at another separator than ours (Indonesian Excel reads ``;``) or at a line break
    inside a quoted text: after each ``;``, CR and LF too. Guard quotes already there get one
    more, so ``unneutralise`` takes exactly one off again: the round trip is lossless."""
    if not inner:
        return "'" + value if _guarded(value) else value
    parts = _CELL_STARTS.split(value)
    return "".join("'" + p if i % 2 == 0 and _guarded(p) else p for i, p in enumerate(parts))


def unneutralise(value: str, *, inner: bool = False) -> str:
    """The inverse of ``neutralise`` (with the same ``inner``)."""
    if "'" not in value:  # nearly every cell: nothing to undo
        return value
    if not inner:
        return value[1:] if value[:1] == "'" and _guarded(value) else value
    parts = _CELL_STARTS.split(value)
    return "".join(p[1:] if i % 2 == 0 and p[:1] == "'" and _guarded(p) else p
                   for i, p in enumerate(parts))


def printable(text: str) -> str:
    """``text`` safe to show in a message or a terminal: every control or bidi override
    character (a line break too) becomes a space."""
    return _UNPRINTABLE.sub(" ", text)


def clean_name(text: str) -> tuple[str, bool]:
    """An event or session name without controls, line breaks or bidi overrides; True when
    some went."""
    cleaned = _UNPRINTABLE.sub("", text)
    return cleaned, cleaned != text


def as_text(cell: Cell, column: str, *, inner: bool = False) -> str | None:
    """A cell as text, or None when empty. Numbers typed into a spreadsheet (a phone number,
    a KPJ) come back without ".0" and without exponent; text keeps its spaces."""
    if cell is None:
        return None
    if cell.__class__ is str:  # nearly every cell (all of a CSV)
        text = unneutralise(cell, inner=inner)  # type: ignore[arg-type]
        return text if text.strip() else None
    if isinstance(cell, bool):
        return "yes" if cell else "no"
    if isinstance(cell, int):
        return str(cell)
    if isinstance(cell, float):
        if cell.is_integer() and abs(cell) < 1e18:
            return str(int(cell))
        return repr(cell)
    if isinstance(cell, datetime | date):
        return cell.isoformat()
    text = unneutralise(cell, inner=inner)
    return text if text.strip() else None


def clean_control(text: str) -> tuple[str, bool]:
    """``text`` without control characters and what XML cannot hold (U+FFFE, U+FFFF, lone
    surrogates); tab and line breaks stay. True when some went."""
    cleaned = _CONTROL.sub("", text)
    return cleaned, cleaned != text


def fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def consent(cell: Cell) -> bool | None:
    text = as_text(cell, "contact_consent")
    if text is None:
        return None
    key = fold(text).strip(".")
    if key in YES:
        return True
    if key in NO:
        return False
    raise CellProblem(Message.of("bad_consent", value=text[:40]))


def priority(cell: Cell, tiers: frozenset[str]) -> str | None:
    text = as_text(cell, "priority")
    if text is None:
        return None
    key = fold(text)
    by_case = {t.casefold(): t for t in tiers}
    if key in by_case:
        return by_case[key]
    if key in PRIORITIES and PRIORITIES[key] in tiers:
        return PRIORITIES[key]
    raise CellProblem(Message.of("bad_priority", value=text[:40],
                                 allowed=", ".join(sorted(tiers))))


def moment(cell: Cell, zone: ZoneInfo, now: datetime) -> datetime:
    """When something was recorded, as an aware datetime: ISO 8601, day-first
    ``dd/mm/yyyy hh:mm``, or an Excel date cell; without a zone, ``zone`` applies."""
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        raise CellProblem(Message.of("missing_value", column="recorded_at"))
    if isinstance(cell, bool):
        raise CellProblem(Message.of("bad_date", value=str(cell)))
    if isinstance(cell, datetime):
        found = cell
    elif isinstance(cell, date):
        found = datetime.combine(cell, time())
    elif isinstance(cell, int | float):
        if not 20_000 <= cell <= 80_000:  # 1954–2119: anything else is not a date serial
            raise CellProblem(Message.of("bad_date", value=as_text(cell, "recorded_at")))
        found = _EXCEL_EPOCH + timedelta(days=float(cell))
        found = found.replace(microsecond=0) + timedelta(seconds=round(found.microsecond / 1e6))
    else:
        found = _parse_text(cell.strip())
    if found.tzinfo is None:
        found = found.replace(tzinfo=zone)
    if found > now + timedelta(days=1):
        raise CellProblem(Message.of("future_date", value=_shown(cell)))
    if found.year < 1990:
        raise CellProblem(Message.of("old_date", value=_shown(cell)))
    return found


def _shown(cell: Cell) -> str:
    return (as_text(cell, "recorded_at") or "")[:40]


def _parse_text(text: str) -> datetime:
    match = _DAY_FIRST.match(text)
    if match:
        day, month, year = int(match[1]), int(match[2]), int(match[3])
        if len(match[3]) == 2:
            year += 2000
        if month > 12 and day <= 12:
            raise CellProblem(Message.of("month_first_date", value=text[:40]))
        try:
            return datetime(year, month, day, int(match[4] or 0), int(match[5] or 0),
                            int(match[6] or 0))
        except ValueError:
            raise CellProblem(Message.of("bad_date", value=text[:40])) from None
    try:
        return datetime.fromisoformat(text.replace(" ", "T", 1) if "T" not in text else text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise CellProblem(Message.of("bad_date", value=text[:40])) from None
