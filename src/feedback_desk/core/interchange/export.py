"""Writing entries to a CSV or XLSX file in the interchange layout.

CSV is UTF-8 with a BOM (Excel then reads the accents right), RFC 4180, CRLF. Any cell that a
spreadsheet would take for a formula (``= + - @``, tab, CR) gets a leading ``'``
(``values.neutralise``; import takes exactly one off again, so a round trip is lossless). The
file appears whole or not at all: it is written beside the target and renamed over it.
"""

from __future__ import annotations

import csv
import errno
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from .columns import CONTINUATIONS, EXPORT_COLUMNS, PERSONAL, XLSX_PART
from .model import Cancel, ExportFailed, ImportCancelled, Progress
from .values import neutralise


def _umask() -> int:
    mask = os.umask(0o077)  # read once, at import; set back at once
    os.umask(mask)
    return mask


_UMASK = _umask()
_NOT_XML = re.compile("[\ufffe\uffff\ud800-\udfff]")  # beyond openpyxl's ILLEGAL_CHARACTERS
ExportRow = tuple[dict[str, Any], tuple[str, ...], dict[str, Any] | None]


def export_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ExportFailed(str(path), "bad_format")
    return suffix[1:]


def columns(personal: bool) -> tuple[str, ...]:
    return EXPORT_COLUMNS + (PERSONAL if personal else ())


def cells(rows: Iterable[ExportRow], personal: bool) -> Iterator[list[str]]:
    """Each entry as the interchange row (text, not yet neutralised)."""
    zones: dict[str, ZoneInfo] = {}
    for row, dims, person in rows:
        zone = zones.get(row["timezone"]) or zones.setdefault(row["timezone"],
                                                              ZoneInfo(row["timezone"]))
        at: datetime = row["recorded_at"]
        live = row["consent_at"] is not None and row["erased_at"] is None
        out = [
            row["uuid"], at.astimezone(zone).isoformat(), row["event"], row["session"] or "",
            row["kind"], row["service_area"], "; ".join(dims), row["topic"] or "",
            row["programme"] or "", row["phase"] or "", row["speaker_type"], row["country"] or "",
            row["text"], row["summary"] or "", row["source"] or "", row["language"] or "",
            row["status"], row["tier"] or "", row["recorded_by"], "yes" if live else "",
        ]
        if personal:
            out += [(person or {}).get(k.removeprefix("speaker_")) or "" if live else ""
                    for k in PERSONAL]
        yield out


class _Counter:
    def __init__(self, rows: Iterable[list[str]], total: int, progress: Progress | None,
                 cancel: Cancel | None) -> None:
        self.rows, self.total, self.progress, self.cancel = rows, total, progress, cancel
        self.done = 0

    def __iter__(self) -> Iterator[list[str]]:
        for row in self.rows:
            self.done += 1
            if self.done % 1000 == 1:
                if self.cancel is not None and self.cancel():
                    raise ImportCancelled("export")
                if self.progress is not None:
                    self.progress(self.done, self.done / max(self.total, 1))
            yield row


def text_parts(longest: int) -> int:
    """How many XLSX cells the longest text needs (``text``, ``text_2``…)."""
    return min(max(1, -(-longest // XLSX_PART)), 1 + len(CONTINUATIONS))


def write_file(path: Path, header: tuple[str, ...], rows: Iterable[list[str]], total: int,
               *, progress: Progress | None = None, cancel: Cancel | None = None,
               parts: int = 1) -> tuple[Path, int, int, int]:
    """Write to a temporary file beside ``path``; return (temporary path, rows, cells over
    Excel's limit, characters replaced). The caller renames it into place (``publish``) or
    removes it (``discard``)."""
    fmt = export_format(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise ExportFailed(str(path), "is_folder")
    if not folder.is_dir():
        raise ExportFailed(str(path), "no_folder")
    counted = _Counter(rows, total, progress, cancel)
    try:
        handle, name = tempfile.mkstemp(prefix=".~" + path.stem[:40] + "-", suffix="." + fmt,
                                        dir=folder)
    except OSError as exc:
        raise _failed(path, exc) from exc
    tmp = Path(name)
    try:
        with os.fdopen(handle, "wb") as raw:
            if fmt == "csv":
                extra = _csv(raw, header, counted)
            else:
                extra = _xlsx(raw, header, counted, parts)
            raw.flush()
            os.fsync(raw.fileno())
    except ImportCancelled:
        discard(tmp)
        raise
    except OSError as exc:
        discard(tmp)
        raise _failed(path, exc) from exc
    except BaseException:
        discard(tmp)
        raise
    return tmp, counted.done, *extra


def publish(tmp: Path, path: Path, *, private: bool = False) -> None:
    """Rename the finished file into place: readable by its owner only when it holds personal
    data, otherwise as any new file of the user (the umask)."""
    try:
        if not private:
            os.chmod(tmp, 0o666 & ~_UMASK)
        os.replace(tmp, path)
    except OSError as exc:
        discard(tmp)
        raise _failed(path, exc) from exc


def discard(tmp: Path) -> None:
    try:
        tmp.unlink()
    except OSError:
        pass


def _failed(path: Path, exc: OSError) -> ExportFailed:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return ExportFailed(str(path), "disk_full")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportFailed(str(path), "read_only")
    if exc.errno == errno.EISDIR:
        return ExportFailed(str(path), "is_folder")
    if exc.errno == errno.ENOENT:
        return ExportFailed(str(path), "no_folder")
    return ExportFailed(str(path), "other", exc.strerror or type(exc).__name__)


class _Text:
    """A binary file seen as text for csv.writer."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw

    def write(self, text: str) -> int:
        return int(self.raw.write(text.encode("utf-8")))


def _csv(raw: Any, header: tuple[str, ...], rows: Iterable[list[str]]) -> tuple[int, int]:
    raw.write(b"\xef\xbb\xbf")
    writer = csv.writer(_Text(raw), lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([neutralise(v, inner=True) if v else v for v in row])
    return 0, 0


def _xlsx(raw: Any, header: tuple[str, ...], rows: Iterable[list[str]], parts: int
          ) -> tuple[int, int]:
    """Write-only openpyxl; a text longer than a cell holds goes on in ``text_2``… at the
    end of the row (``parts`` cells in all), so the file holds it whole."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Entries")
    sheet.append([*header, *CONTINUATIONS[:parts - 1]])
    at = header.index("text")
    too_long = replaced = 0
    try:
        for row in rows:
            text = row[at]
            if parts > 1:
                row = [*row, *(text[i:i + XLSX_PART] for i in
                               range(XLSX_PART, XLSX_PART * parts, XLSX_PART))]
                row[at] = text[:XLSX_PART]
            too_long += len(text) > XLSX_PART
            out = []
            for value in row:
                if value:
                    value, n = ILLEGAL_CHARACTERS_RE.subn("\ufffd", value)
                    value, m = _NOT_XML.subn("\ufffd", value)
                    replaced += n + m
                    value = neutralise(value)
                    if value in ERROR_CODES:  # "#N/A" is text here, not an error cell
                        cell = WriteOnlyCell(sheet, value)
                        cell.data_type = "s"
                        value = cell
                out.append(value)
            sheet.append(out)
    except BaseException:
        try:  # a cancel: end openpyxl's row writer now, not when it is collected
            sheet.close()
        except Exception:  # noqa: S110 - the file is discarded anyway
            pass
        raise
    from zipfile import ZIP_DEFLATED, ZipFile

    from openpyxl.writer.excel import ExcelWriter

    archive = ZipFile(raw, "w", ZIP_DEFLATED, allowZip64=True)  # ours, to close it on failure
    try:
        ExcelWriter(book, archive).save()
    except BaseException:
        archive.fp = None  # the file is discarded: no central directory to write at collection
        raise
    return too_long, replaced
