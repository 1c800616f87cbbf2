"""Reading an XLSX workbook as raw rows (openpyxl, read-only, through defusedxml).

The archive is checked first (``safety.open_zip``); openpyxl then reads it through the same
``CappedZip`` with ``read_only=True, data_only=False, keep_links=False``: formulas come through
as their text ("=SUM(A1)"), never evaluated; numbers as int/float, booleans as bool, date cells
as ``datetime`` (a date-only cell: midnight), time-only cells and durations as text
("09:30:00"), error cells as their text ("#N/A"), "" as None.

The default sheet is the first visible worksheet (hidden ones skipped, with a note); ``sheet=``
picks any sheet by name, exact first, then ignoring case. Read-only mode does not expose merged
cells, so the sheet's ``<mergeCell ref=…>`` elements (after its rows) are found by a byte scan of
the sheet XML first; every cell of a merged range then takes the top-left value in rows that
have anything else in them. Progress is the share of the sheet XML parsed so far.
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENPYXL_LXML", "False")  # before openpyxl is first imported
os.environ.setdefault("OPENPYXL_DEFUSEDXML", "True")

import re  # noqa: E402
import warnings  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from datetime import date, datetime  # noqa: E402
from typing import IO, Any, NoReturn  # noqa: E402

import openpyxl  # noqa: E402
from defusedxml import DefusedXmlException  # noqa: E402
from openpyxl.reader.excel import ExcelReader  # noqa: E402
from openpyxl.utils.cell import range_boundaries  # noqa: E402
from openpyxl.worksheet._read_only import ReadOnlyWorksheet  # noqa: E402

from .model import Cell, ImportRefused, Message, SourceInfo  # noqa: E402
from .safety import CappedZip, Unpacked, open_zip  # noqa: E402
from .source import HeaderSearch, RowShaper, reason, refuse  # noqa: E402

# openpyxl warns (on stderr) about things it repairs: no default style, dates out of range…
warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")

MAX_MERGES = 100_000
MAX_MERGE_COLUMNS = 256  # a merge wider than this fills only its first 256 columns
_PLAIN = frozenset((int, float, bool, datetime, date))
_SHEET_DATA = re.compile(rb"<(/?)(?:[\w.-]+:)?sheetData\b[^>]*?(/?)>")
_MERGE = re.compile(rb"<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref\s*=\s*[\"']\s*"
                    rb"([A-Za-z]{1,3}[0-9]{1,7}(?::[A-Za-z]{1,3}[0-9]{1,7})?)\s*[\"']")
_SCAN_CHUNK = 256 * 1024
_SCAN_TAIL = 16 * 1024 * 1024  # what follows the rows: merges, page set-up…


def open_xlsx(path: str, size: int, *, sheet: str | None = None) -> XlsxSource:
    if not openpyxl.DEFUSEDXML or openpyxl.LXML:  # a packaging error, never the user's file
        raise RuntimeError("openpyxl must parse with defusedxml and without lxml")
    return XlsxSource(path, size, sheet)


class XlsxSource(RowShaper):
    def __init__(self, path: str, size: int, sheet: str | None) -> None:
        self.path = path
        self._wb: Any = None
        self._archive: CappedZip | None = None
        self._sheet_path = ""
        self._sheet_size = 1
        self._done = False
        try:
            self._fh: IO[bytes] = open(path, "rb")  # noqa: SIM115 - closed by close()
        except OSError as error:
            refuse("file_unreadable", path=path, reason=reason(error))
        try:
            self._open(size, sheet)
        except ImportRefused:
            self.close()
            raise
        except Exception as error:
            self.close()
            self._refuse(error)

    def _open(self, size: int, wanted: str | None) -> None:
        archive = self._archive = open_zip(self.path, self._fh, size)
        reader = _Reader(self._fh, read_only=True, keep_vba=False, data_only=False,
                         keep_links=False, rich_text=False)
        reader.archive.close()  # its own ZipFile: use the checked, capped one
        reader.archive = archive
        reader.valid_files = archive.namelist()
        reader.read()
        wb = self._wb = reader.wb
        ws, notes = _pick(self.path, wb, wanted)
        self._sheet_path = ws._worksheet_path
        self._sheet_size = max(archive.getinfo(self._sheet_path).file_size, 1)
        merges = _scan_merges(archive, self._sheet_path)
        archive.streams.pop(self._sheet_path, None)
        if merges:
            notes.append(Message.of("note_merged_cells_filled", count=len(merges)))
        ws.reset_dimensions()  # a wrong <dimension> must not cut the rows short
        self._search = HeaderSearch(self._records(ws.iter_rows(values_only=True), merges))
        if not self._search.number:
            refuse("sheet_empty", sheet=ws.title)
        names = tuple(wb.sheetnames)
        self.info = SourceInfo(
            path=self.path, format="xlsx", size_bytes=size, sheet=ws.title, sheets=names,
            hidden_sheets=tuple(s.title for s in wb._sheets if s.sheet_state != "visible"),
            header_row=self._search.number, headers=self._search.headers,
            notes=(*notes, *self._search.notes))

    def _records(self, rows: Iterator[tuple[Any, ...]],
                 merges: list[tuple[int, int, int, int]]) -> Iterator[tuple[int, list[Cell]]]:
        fill = _MergeFill(merges) if merges else None
        try:
            for number, row in enumerate(rows, 1):
                cells: list[Any] = list(row)
                for i, value in enumerate(cells):
                    kind = type(value)
                    if kind is str:
                        if not value:
                            cells[i] = None
                    elif value is not None and kind not in _PLAIN:
                        cells[i] = _odd(value)
                if fill is not None:
                    fill.apply(number, cells)
                yield number, cells
        except ImportRefused:
            raise
        except Exception as error:
            self._refuse(error)

    def _refuse(self, error: BaseException) -> NoReturn:
        seen: BaseException | None = error
        for _ in range(10):
            if seen is None:
                break
            if isinstance(seen, ImportRefused):
                raise seen
            if isinstance(seen, Unpacked):
                refuse("file_zip_bomb", path=self.path)
            if isinstance(seen, DefusedXmlException):
                refuse("file_xml_unsafe", path=self.path)
            if isinstance(seen, PermissionError):
                refuse("file_unreadable", path=self.path, reason=reason(seen))
            if isinstance(seen, MemoryError):
                refuse("file_too_large", path=self.path, limit="the memory available")
            seen = seen.__cause__ or seen.__context__
        refuse("file_xlsx_damaged", path=self.path)

    def progress(self) -> float:
        if self._done:
            return 1.0
        stream = self._archive.streams.get(self._sheet_path) if self._archive else None
        return 0.0 if stream is None else min(stream.count / self._sheet_size, 1.0)

    def _finished(self) -> None:
        self._done = True

    def close(self) -> None:
        wb, self._wb = self._wb, None
        archive, self._archive = self._archive, None
        for closing in (getattr(wb, "close", None), getattr(archive, "close", None),
                        self._fh.close if hasattr(self, "_fh") else None):
            if closing is not None:
                try:
                    closing()
                except Exception:  # noqa: S110 - closing a damaged file: nothing to save
                    pass


class _Sheet(ReadOnlyWorksheet):
    """A read-only sheet that does not read its ``<dimension>`` when opened: openpyxl's would
    parse a whole sheet that has none (openpyxl's own write-only files) just to find it, and
    the rows are read without it anyway (``reset_dimensions``)."""

    def _get_size(self) -> None:
        return None


class _Reader(ExcelReader):  # type: ignore[misc]
    """openpyxl's reader, read-only branch, with ``_Sheet``s."""

    def read_worksheets(self) -> None:
        for sheet, rel in self.parser.find_sheets():
            if rel.target not in self.valid_files:
                continue
            if "chartsheet" in rel.Type:
                self.read_chartsheet(sheet, rel)
                continue
            ws = _Sheet(self.wb, sheet.name, rel.target, self.shared_strings)
            ws.sheet_state = sheet.state
            self.wb._sheets.append(ws)


def _pick(path: str, wb: Any, wanted: str | None) -> tuple[Any, list[Message]]:
    """The sheet to read and the notes about the choice."""
    sheets = list(wb._sheets)
    tables = [s for s in sheets if isinstance(s, ReadOnlyWorksheet)]
    notes: list[Message] = []
    if wanted is not None:
        found = [s for s in sheets if s.title == wanted]
        if not found:
            found = [s for s in sheets if s.title.casefold() == wanted.strip().casefold()]
            if len(found) == 1:
                notes.append(Message.of("note_sheet_name_case", asked=wanted,
                                        sheet=found[0].title))
        if len(found) != 1:
            refuse("sheet_unknown", sheet=wanted,
                   sheets=", ".join(f"\"{s.title}\"" for s in sheets) or "none")
        if not isinstance(found[0], ReadOnlyWorksheet):
            refuse("sheet_not_table", sheet=found[0].title)
        return found[0], notes
    if not tables:
        refuse("xlsx_no_sheets", path=path)
    visible = [s for s in tables if s.sheet_state == "visible"]
    if not visible:
        notes.append(Message.of("note_all_sheets_hidden", sheet=tables[0].title))
        return tables[0], notes
    chosen = visible[0]
    skipped = [s.title for s in tables[:tables.index(chosen)]]
    if skipped:
        notes.append(Message.of("note_hidden_sheets_skipped",
                                sheets=", ".join(f"\"{t}\"" for t in skipped),
                                sheet=chosen.title))
    if len(visible) > 1:
        notes.append(Message.of("note_other_sheets", count=len(visible) - 1, sheet=chosen.title))
    return chosen, notes


def _odd(value: object) -> Cell:
    """A cell value of a type the interchange does not carry, as text: a time of day
    ("09:30:00"), a duration, an array formula's text."""
    text = getattr(value, "text", None)
    if isinstance(text, str):
        return text or None
    iso = getattr(value, "isoformat", None)
    return iso() if callable(iso) else str(value)


def _scan_merges(archive: CappedZip, member: str) -> list[tuple[int, int, int, int]]:
    """The merged ranges (min_col, min_row, max_col, max_row) of a sheet, read from the XML
    that follows its rows (a byte scan; nothing is parsed or expanded)."""
    tail: bytearray | None = None
    carry = b""
    with archive.open(member) as stream:
        while True:
            chunk = stream.read(_SCAN_CHUNK)
            if not chunk:
                break
            if tail is not None:
                tail += chunk
                if len(tail) > _SCAN_TAIL:
                    break
                continue
            buf = carry + chunk
            end = _end_of_rows(buf)
            if end >= 0:
                tail = bytearray(buf[end:])
            else:
                carry = buf[-512:]
    if tail is None:
        return []
    merges: list[tuple[int, int, int, int]] = []
    for match in _MERGE.finditer(tail):
        ref = match.group(1).decode("ascii")
        if ":" not in ref:
            continue
        try:
            c0, r0, c1, r1 = range_boundaries(ref)
        except ValueError:
            continue
        if c0 is None or r0 is None or c1 is None or r1 is None or (c0, r0) == (c1, r1):
            continue
        merges.append((min(c0, c1), min(r0, r1), max(c0, c1), max(r0, r1)))
        if len(merges) >= MAX_MERGES:
            break
    return merges


def _end_of_rows(buf: bytes) -> int:
    """Where ``</sheetData>`` (or ``<sheetData/>``) ends in ``buf``, or -1."""
    pos = 0
    while True:
        at = buf.find(b"sheetData", pos)
        if at < 0:
            return -1
        lt = buf.rfind(b"<", max(0, at - 64), at)
        if lt >= 0:
            match = _SHEET_DATA.match(buf, lt)
            if match and (match.group(1) or match.group(2)):
                return match.end()
        pos = at + 9


class _MergeFill:
    """Gives every cell of a merged range its top-left value, row by row as they are read."""

    def __init__(self, merges: list[tuple[int, int, int, int]]) -> None:
        self.starts: dict[int, list[tuple[int, int, int]]] = {}
        for c0, r0, c1, r1 in merges:
            self.starts.setdefault(r0, []).append((c0, min(c1, c0 + MAX_MERGE_COLUMNS - 1), r1))
        self.active: list[tuple[int, int, int, Cell]] = []  # (c0, c1, last row, value)

    def apply(self, number: int, cells: list[Any]) -> None:
        starting = self.starts.pop(number, None)
        if starting:
            for c0, c1, r1 in starting:
                value = cells[c0 - 1] if c0 <= len(cells) else None
                self.active.append((c0, c1, r1, value))
        if not self.active:
            return
        if starting or _has_content(cells, self.active):
            for c0, c1, _r1, value in self.active:
                if len(cells) < c1:
                    cells.extend([None] * (c1 - len(cells)))
                for col in range(c0, c1 + 1):
                    cells[col - 1] = value
        self.active = [a for a in self.active if a[2] > number]


def _has_content(cells: list[Any], active: list[tuple[int, int, int, Cell]]) -> bool:
    """True when the row has a value outside the merged ranges (an otherwise empty row stays
    blank)."""
    covered = {col for c0, c1, _r, _v in active for col in range(c0, c1 + 1)}
    return any(v is not None and (type(v) is not str or not v.isspace())
               for col, v in enumerate(cells, 1) if col not in covered)
