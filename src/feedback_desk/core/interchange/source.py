"""Opening a CSV or XLSX file as a table of raw rows (../shared/INTERCHANGE.md).

``open_table`` looks at the file's first bytes — never its name — and hands it to the CSV reader
(``csv_source``) or the XLSX reader (``xlsx_source``, which loads openpyxl only then). Anything
that stops the whole file is an ``ImportRefused`` with a plain-English message
(``messages_reader``); no other exception leaves a reader.

Both readers share the row logic here: the header row is the first of the first 20 non-blank
rows that ``columns.looks_like_header`` accepts (else the first non-blank row, with a note);
data rows are padded to the header's width, ``extra`` counts non-empty cells beyond it, and
fully blank rows (every cell empty or spaces) are skipped and counted in ``blank_rows``.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import NoReturn, Protocol, Self

from .columns import looks_like_header
from .model import Cell, ImportRefused, Message, RawRow, SourceInfo

#: How many non-blank rows at the top may hold the header row.
HEADER_SEARCH_ROWS = 20
#: How many bytes the format and encoding sniffing looks at.
HEAD_BYTES = 64 * 1024

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ARCHIVES = (b"\x1f\x8b", b"7z\xbc\xaf\x27\x1c", b"Rar!\x1a\x07", b"BZh", b"\xfd7zXZ\x00")
_IMAGES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*")


def refuse(code: str, **params: object) -> NoReturn:
    raise ImportRefused(Message.of(code, **params))


class TableSource(Protocol):
    """An opened table: use it as a context manager, read ``rows()`` once."""

    info: SourceInfo
    blank_rows: int

    def rows(self) -> Iterator[RawRow]: ...
    def progress(self) -> float: ...
    def close(self) -> None: ...
    def __enter__(self) -> Self: ...
    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 tb: TracebackType | None) -> None: ...


def open_table(path: str | Path, *, sheet: str | None = None,
               encoding: str | None = None) -> TableSource:
    """The table in ``path`` (CSV or XLSX, told apart by content), ready to read.

    ``sheet`` picks an XLSX sheet by name (hidden ones too); ``encoding`` forces a CSV's text
    encoding. Raises ``ImportRefused`` for anything that stops the whole file.
    """
    name = str(path)
    size = _check_file(name)
    try:
        with open(name, "rb") as fh:
            head = fh.read(HEAD_BYTES)
    except OSError as error:
        refuse("file_unreadable", path=name, reason=reason(error))
    kind = sniff(head)
    if kind == "zip":
        from .xlsx_source import open_xlsx  # loads openpyxl: only for workbooks

        return open_xlsx(name, size, sheet=sheet)
    if kind == "ole2":
        from .safety import refuse_ole2

        refuse_ole2(name)
    if kind != "text":
        refuse("file_zip" if kind == "archive" else f"file_{kind}", path=name)
    from .csv_source import open_csv

    return open_csv(name, size, head, encoding=encoding)


def _check_file(name: str) -> int:
    try:
        info = os.stat(name)
    except FileNotFoundError:
        refuse("file_missing", path=name)
    except (OSError, ValueError) as error:  # ValueError: a NUL in the path
        refuse("file_unreadable", path=name, reason=reason(error))
    if stat.S_ISDIR(info.st_mode):
        refuse("file_is_directory", path=name)
    if not stat.S_ISREG(info.st_mode):
        refuse("file_not_regular", path=name)
    if info.st_size == 0:
        refuse("file_empty", path=name)
    return info.st_size


def reason(error: BaseException) -> str:
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return str(error) or type(error).__name__


def sniff(head: bytes) -> str:
    """What the first bytes say the file is: "zip", "ole2", "pdf", "image", "rtf", "archive"
    (gzip, 7z, rar…), "binary", or "text" (maybe CSV; the CSV reader looks further)."""
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return "zip"
    if head.startswith(_OLE2):
        return "ole2"
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if (head.startswith(_IMAGES) or head[:4] == b"RIFF" and head[8:12] == b"WEBP"
            or head[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypavif")
            or head[:2] == b"BM" and head[6:10] == b"\x00\x00\x00\x00"):
        return "image"
    if head.startswith(_ARCHIVES):
        return "archive"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        return "rtf"
    if looks_binary(head):
        return "binary"
    return "text"


def looks_binary(head: bytes) -> bool:
    """Binary data rather than text: many NUL or control bytes that UTF-16 would not explain
    (a stray NUL or control character in a cell is still text)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or utf16_without_bom(head):
        return False
    sample = head[:8192]
    nul = sample.count(0)
    if nul >= 4 and nul * 100 >= len(sample):
        return True
    controls = sum(sample.count(b) for b in (*range(0, 9), 11, 12, *range(14, 27), *range(28, 32)))
    return controls >= 8 and controls * 10 >= len(sample)


def utf16_without_bom(head: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" for UTF-16 text written without a byte-order mark (mostly
    ASCII: every other byte is NUL), else None."""
    sample = head[:4096]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) * 10 >= len(odd) * 9 and even.count(0) * 10 < len(even):
        return "utf-16-le"
    if even.count(0) * 10 >= len(even) * 9 and odd.count(0) * 10 < len(odd):
        return "utf-16-be"
    return None


# ---- rows shared by both readers ----------------------------------------------------------
def is_blank(cells: Sequence[Cell]) -> bool:
    for cell in cells:
        if cell is not None and (type(cell) is not str or not cell.isspace()):
            return False
    return True


class HeaderSearch:
    """Finds the header row in ``(number, cells)`` records; keeps the records read past it."""

    def __init__(self, records: Iterator[tuple[int, list[Cell]]],
                 skip: Iterable[int] = ()) -> None:
        self.records = records
        self.number = 0
        self.headers: tuple[str, ...] = ()
        self.pending: list[tuple[int, list[Cell]]] = []
        self.notes: list[Message] = []
        self.blank_pending = 0  # blank rows among ``pending``
        skipped = set(skip)
        seen: list[tuple[int, list[Cell]]] = []
        for number, cells in records:
            if number in skipped or is_blank(cells):
                if seen and number not in skipped:
                    self.blank_pending += 1
                continue
            seen.append((number, cells))
            if looks_like_header(cells):
                if len(seen) > 1:
                    self.notes.append(Message.of("note_title_rows_skipped", count=len(seen) - 1,
                                                 row=number))
                self._use(number, cells)
                self.blank_pending = 0
                return
            if len(seen) >= HEADER_SEARCH_ROWS:
                break
        if not seen:
            return  # no rows at all: the caller refuses the file
        number, cells = seen[0]
        self.notes.append(Message.of("note_header_guessed", row=number))
        self._use(number, cells)
        self.pending = seen[1:]

    def _use(self, number: int, cells: list[Cell]) -> None:
        names = ["" if c is None else c if isinstance(c, str) else _header_text(c)
                 for c in cells]
        while names and not names[-1].strip():
            names.pop()
        self.number = number
        self.headers = tuple(names)


def _header_text(cell: Cell) -> str:
    return cell.isoformat() if hasattr(cell, "isoformat") else str(cell)  # type: ignore[union-attr]


class RowShaper:
    """Base of both readers: turns ``(number, cells)`` records after the header into
    ``RawRow``s of the header's width, skipping and counting blank rows."""

    info: SourceInfo
    blank_rows: int = 0
    _search: HeaderSearch
    _started = False

    def rows(self) -> Iterator[RawRow]:
        """The data rows, once (the file is read as they are taken)."""
        if self._started:
            raise RuntimeError("rows() can be read only once")
        self._started = True
        return self._shaped()

    def _shaped(self) -> Iterator[RawRow]:
        width = max(len(self.info.headers), 1)
        pad = (None,) * width
        search = self._search
        self.blank_rows += search.blank_pending
        for records in (iter(search.pending), search.records):
            for number, cells in records:
                if is_blank(cells):
                    self.blank_rows += 1
                    continue
                n = len(cells)
                if n == width:
                    yield RawRow(number, tuple(cells))
                elif n < width:
                    yield RawRow(number, (*cells, *pad[n:]))
                else:
                    extra = sum(1 for c in cells[width:]
                                if c is not None and (type(c) is not str or not c.isspace()))
                    yield RawRow(number, tuple(cells[:width]), extra)
        search.pending = []
        self._finished()

    def _finished(self) -> None:
        """Called when the last row has been read."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        raise NotImplementedError
