"""What importing and exporting the interchange table (../shared/INTERCHANGE.md) hands around:
plain frozen values for the CLI and the GUI, and the two errors that stop a whole file."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from ..errors import DeskError

#: One cell as read: CSV cells are text (``None`` when empty); XLSX cells keep their type.
Cell = str | datetime | date | float | int | bool | None
#: ``progress(rows_done, fraction)``: rows read or written so far, and how far through (0..1).
Progress = Callable[[int, float], None]
#: ``cancel()``: True when the user asked to stop (checked between rows).
Cancel = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class Message:
    """One thing to tell the user, as a code (the GUI translates it) and its parameters.

    ``text()`` is the English sentence (``messages.ENGLISH``); the CLI prints it.
    """

    code: str
    params: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, code: str, **params: object) -> Message:
        """A message; its values are made printable (a file's cells may hold terminal escapes
        or bidi overrides, and these end up on a screen)."""
        from .values import printable

        return cls(code, tuple((k, printable(str(v))) for k, v in params.items()))

    def text(self) -> str:
        from .messages import english

        return english(self)


class ImportRefused(DeskError):
    """The whole file cannot be imported (not a table we read, unsafe, unreadable…); nothing was
    written. ``message`` says why in plain words."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.text())
        self.message = message


class ImportCancelled(DeskError):
    """The user stopped the import (or the export: ``what``); nothing was written."""

    def __init__(self, what: str = "import") -> None:
        super().__init__(f"the {what} was cancelled; nothing was written")
        self.what = what


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """What was found out about a file before reading its rows."""

    path: str
    format: Literal["csv", "xlsx"]
    size_bytes: int
    encoding: str | None = None  # "utf-8", "utf-8-sig", "utf-16", "windows-1252"; None for XLSX
    needs_confirmation: bool = False  # the encoding was guessed (Windows-1252): show, then confirm
    separator: str | None = None  # ",", ";" or "\t" (CSV)
    sheet: str | None = None  # the sheet read (XLSX)
    sheets: tuple[str, ...] = ()  # every sheet, in workbook order
    hidden_sheets: tuple[str, ...] = ()  # those of ``sheets`` that are hidden
    header_row: int = 1  # where the header row was found (1-based line/row number)
    headers: tuple[str, ...] = ()  # header cells as written in the file ("" for an empty one)
    notes: tuple[Message, ...] = ()  # e.g. hidden sheet skipped, merged cells filled


@dataclass(frozen=True, slots=True)
class RawRow:
    """One data row: one cell per header column (padded with None)."""

    number: int  # 1-based: CSV line where the record starts; XLSX sheet row
    cells: tuple[Cell, ...]
    extra: int = 0  # non-empty cells beyond the header's width (a stray separator?)


RowStatus = Literal["accepted", "present", "rejected"]


@dataclass(frozen=True, slots=True)
class RowOutcome:
    """What importing one row would do (preview) or did (commit)."""

    number: int  # the row's number in the file
    status: RowStatus
    uuid: str | None  # the entry id it has or would get (None when it could not be made)
    excerpt: str  # the start of its text, for the preview table
    problems: tuple[Message, ...] = ()  # why it is rejected
    notes: tuple[Message, ...] = ()  # accepted, but: personal data left out, stored copy differs…


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """Everything an import would do, worked out without writing anything.

    ``mapping[i]`` is the interchange column that header ``source.headers[i]`` feeds (None:
    ignored). Pass the preview back to ``InterchangeService.commit`` to write it.
    """

    source: SourceInfo
    mapping: tuple[str | None, ...]
    unknown_headers: tuple[str, ...]  # headers that match no column (ignored)
    missing_required: tuple[str, ...]  # required columns no header feeds: nothing can be imported
    rows: tuple[RowOutcome, ...]
    blank_rows: int = 0  # empty rows skipped
    events_to_create: tuple[str, ...] = ()
    sessions_to_create: tuple[str, ...] = ()  # "event / session"
    users_to_create: tuple[str, ...] = ()
    prepared: tuple[Any, ...] = field(default=(), repr=False, compare=False)  # for commit only
    sha256: str = ""  # of the file as it was read (the audit records it)

    def count(self, status: RowStatus) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def can_import_all(self) -> bool:
        return not self.missing_required and self.count("rejected") == 0


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What a committed import wrote (all in one transaction)."""

    path: str
    added: tuple[str, ...]  # uuids of the entries created
    present: int  # rows whose entry was already here (nothing written)
    rejected: int  # rows left out ("valid rows only")
    identities: int  # speakers stored with their personal data (consent = yes)
    personal_dropped: int  # rows whose personal data was left out (no consent)
    events_created: tuple[str, ...] = ()
    sessions_created: tuple[str, ...] = ()
    users_created: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: str
    rows: int
    columns: tuple[str, ...]
    personal: bool  # personal-data columns were written
    over_excel_limit: int = 0  # XLSX: texts longer than a cell, continued in text_2…
    replaced_characters: int = 0  # XLSX: characters XML cannot hold, written as U+FFFD


class ExportFailed(DeskError):
    """The file could not be written; nothing was left behind. ``reason``: "read_only",
    "disk_full", "is_folder", "no_folder", "bad_format" or "other" (``detail`` says more)."""

    def __init__(self, path: str, reason: str, detail: str = "") -> None:
        words = {
            "read_only": "the folder is read-only or you may not write there",
            "disk_full": "the disk is full",
            "is_folder": "that is a folder",
            "no_folder": "the folder does not exist",
            "bad_format": "the file name must end in .csv or .xlsx",
        }.get(reason, detail or "it could not be written")
        super().__init__(f"cannot export to {path}: {words}")
        self.path = path
        self.reason = reason
        self.detail = detail
