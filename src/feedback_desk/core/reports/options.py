"""What a strategy summary is asked for (``ReportOptions``) and what building one gave
(``ReportResult``): plain values shared by the CLI, the GUI and the builder."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import DeskError, ValidationError
from ..ids import EventId

LANGUAGES = ("id", "en")


@dataclass(frozen=True, slots=True)
class ReportOptions:
    """The filters of a summary: events (none = all), local dates (inclusive), one service
    area (None = all three) and the language of the text."""

    event_ids: tuple[EventId, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    area: str | None = None
    lang: str = "id"

    def check(self) -> None:
        if self.lang not in LANGUAGES:
            raise ValidationError("lang", f"must be one of {', '.join(LANGUAGES)}")
        if self.date_from and self.date_to and self.date_to < self.date_from:
            raise ValidationError("to", "is before from")


@dataclass(frozen=True, slots=True)
class ReportResult:
    path: Path
    pages: int
    snapshot: str  # hex SHA-256 of the data it was built from
    entries: int
    warnings: tuple[str, ...]  # e.g. characters no font covers, shown as a marker
    seconds: float


class ReportCancelled(DeskError):
    """The user cancelled the build; no file was written or replaced."""

    def __init__(self) -> None:
        super().__init__("the summary was cancelled; no file was written")
