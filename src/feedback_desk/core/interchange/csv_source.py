"""Reading a CSV (or tab-separated) text file as raw rows, streamed.

Encoding: a byte-order mark says UTF-8 or UTF-16 (Excel's "Unicode text"); UTF-16 without one
is recognised by its NUL bytes; otherwise the whole file is checked to be UTF-8 (a quick pass
over the bytes, nothing kept), else read as Windows-1252 with ``needs_confirmation`` — unless
the caller forced an encoding. A file that is UTF-8 in places and broken elsewhere is refused
with the line, rather than turned into Windows-1252 mojibake.

Separator: ``,`` ``;`` or tab, whichever splits the first lines into a recognisable header row
(else into the most rows of one width). An Excel ``sep=;`` first line is obeyed and skipped.
Quoting is RFC 4180 (quoted separators, newlines and doubled quotes) in csv's strict mode: a
misplaced or unclosed quote is refused with the line. Cells "" become None; nothing is
stripped. ``RawRow.number`` is the line where the record starts.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from typing import IO

from .columns import looks_like_header
from .model import Cell, Message, SourceInfo
from .source import HeaderSearch, RowShaper, reason, refuse, utf16_without_bom

#: The longest cell accepted (csv's field limit is process-wide; readers are the only users).
MAX_CELL = 1_000_000
#: The longest physical line (a file without line breaks is not a table).
MAX_LINE = 16 * MAX_CELL
SEPARATORS = (",", ";", "\t")
_SNIFF_RECORDS = 50
_CHUNK = 256 * 1024  # the encoding check's read size
_SEP_LINE = re.compile(r"\A\ufeff?\"?sep=(.)\"?\r?\n?\Z", re.IGNORECASE)

csv.field_size_limit(MAX_CELL)

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def open_csv(path: str, size: int, head: bytes, *, encoding: str | None = None) -> CsvSource:
    return CsvSource(path, size, head, encoding)


class CsvSource(RowShaper):
    def __init__(self, path: str, size: int, head: bytes, encoding: str | None) -> None:
        self.path = path
        self._size = size
        self._done = False
        try:
            self._fh: IO[bytes] = open(path, "rb")  # noqa: SIM115 - closed by close()
        except OSError as error:
            refuse("file_unreadable", path=path, reason=reason(error))
        try:
            self._open(head, encoding)
        except OSError as error:
            self.close()
            refuse("file_unreadable", path=path, reason=reason(error))
        except BaseException:
            self.close()
            raise

    def _open(self, head: bytes, forced: str | None) -> None:
        notes: list[Message] = []
        if forced is not None:
            name = _codec(forced)
            if name == "utf-8" and head.startswith(codecs.BOM_UTF8):
                name = "utf-8-sig"
            elif name in ("utf-16", "utf-32") and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
                name += "-le"  # no byte-order mark: Windows writes little-endian
            guessed = False
        else:
            name, guessed = self._detect(head)
            if guessed:
                notes.append(Message.of("note_encoding_guessed", encoding="Windows-1252"))
        self._encoding = name
        self._fh.seek(0)
        sample = _decode_head(head, name, self.path)
        _refuse_markup(self.path, sample)
        separator, sep_line = _sniff(sample)
        text = io.TextIOWrapper(self._fh, encoding=name, errors="strict", newline="")
        self._text = text
        self._reader = csv.reader(_lines(text), delimiter=separator, quotechar='"',
                                  doublequote=True, strict=True)
        self._search = HeaderSearch(self._records(), skip=(1,) if sep_line else ())
        if not self._search.number:
            refuse("file_no_rows", path=self.path)
        self.info = SourceInfo(
            path=self.path, format="csv", size_bytes=self._size, encoding=_label(name),
            needs_confirmation=guessed, separator=separator, header_row=self._search.number,
            headers=self._search.headers, notes=(*notes, *self._search.notes))

    def _detect(self, head: bytes) -> tuple[str, bool]:
        """The encoding, and whether it was guessed (Windows-1252)."""
        for bom, name in _BOMS:
            if head.startswith(bom):
                return name, False
        bare = utf16_without_bom(head)
        if bare:
            return bare, False
        bad_at, had_multibyte = self._first_bad_utf8()
        if bad_at < 0:
            return "utf-8", False
        if had_multibyte:  # UTF-8 up to there: damaged, or two encodings mixed
            refuse("file_decode_error", line=self._line_at(bad_at), encoding="utf-8")
        if not self._decodes("cp1252"):
            refuse("file_encoding_unknown", path=self.path)
        return "cp1252", True

    def _first_bad_utf8(self) -> tuple[int, bool]:
        """Where the file stops being UTF-8 (-1: it never does), and whether a multi-byte
        character came before."""
        decoder = codecs.getincrementaldecoder("utf-8")()
        self._fh.seek(0)
        offset, multibyte = 0, False
        while chunk := self._fh.read(_CHUNK):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as error:
                buffered = len(decoder.getstate()[0])  # bytes held from the chunk before
                bad = max(offset + error.start - buffered, 0)
                return bad, multibyte or not chunk[:max(error.start - buffered, 0)].isascii()
            multibyte = multibyte or not chunk.isascii()
            offset += len(chunk)
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return offset, multibyte
        return -1, multibyte

    def _decodes(self, name: str) -> bool:
        decoder = codecs.getincrementaldecoder(name)()
        self._fh.seek(0)
        try:
            while chunk := self._fh.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return False
        finally:
            self._fh.seek(0)
        return True

    def _line_at(self, offset: int) -> int:
        """The line (counting LF, or CR in a CR-only file) holding byte ``offset``."""
        self._fh.seek(0)
        lf = cr = 0
        while offset > 0 and (chunk := self._fh.read(min(_CHUNK, offset))):
            lf, cr, offset = lf + chunk.count(b"\n"), cr + chunk.count(b"\r"), offset - len(chunk)
        self._fh.seek(0)
        return (lf or cr) + 1

    def _records(self) -> Iterator[tuple[int, list[Cell]]]:
        reader = self._reader
        start = 1
        try:
            for row in reader:
                yield start, [c or None for c in row]
                start = reader.line_num + 1
        except csv.Error as error:
            problem = str(error)
            if "field larger than field limit" in problem:
                refuse("csv_cell_too_long", line=start, limit=f"{MAX_CELL:,}")
            if "unexpected end of data" in problem or reader.line_num > start:
                # a quoted cell running over lines into an error: most likely never closed
                refuse("csv_unclosed_quote", line=start)
            refuse("csv_bad_quoting", line=start)
        except _LineTooLong:
            refuse("csv_line_too_long", line=reader.line_num + 1, limit=f"{MAX_LINE:,}")
        except UnicodeError:
            refuse("file_decode_error", line=reader.line_num + 1, encoding=_label(self._encoding))
        except OSError as error:
            refuse("file_unreadable", path=self.path, reason=reason(error))

    def progress(self) -> float:
        if self._done:
            return 1.0
        try:
            return min(self._fh.tell() / self._size, 1.0)
        except (OSError, ValueError):
            return 0.0

    def _finished(self) -> None:
        self._done = True

    def close(self) -> None:
        for closing in (getattr(self, "_text", None), getattr(self, "_fh", None)):
            if closing is not None:
                try:
                    closing.close()
                except (OSError, ValueError):
                    pass


class _LineTooLong(Exception):
    pass


def _lines(text: io.TextIOWrapper) -> Iterator[str]:
    """The file's physical lines (any line ending kept), none longer than ``MAX_LINE``."""
    while line := text.readline(MAX_LINE):
        if len(line) >= MAX_LINE and not line.endswith(("\n", "\r")):
            raise _LineTooLong()
        yield line


def _label(codec: str) -> str:
    """The encoding's usual name ("windows-1252", not Python's "cp1252")."""
    return "windows-1252" if codec == "cp1252" else codec


def _codec(name: str) -> str:
    try:
        found = codecs.lookup(name.strip()).name
    except (LookupError, ValueError):
        refuse("file_encoding_invalid", encoding=name)
    if not getattr(codecs.lookup(found), "_is_text_encoding", True):  # base64, zlib…
        refuse("file_encoding_invalid", encoding=name)
    return found


def _decode_head(head: bytes, name: str, path: str) -> str:
    decoder = codecs.getincrementaldecoder(name)()
    try:
        return decoder.decode(head, final=False)
    except UnicodeDecodeError as error:
        breaks = head[:error.start].count(b"\n") or head[:error.start].count(b"\r")
        refuse("file_decode_error", line=breaks + 1, encoding=_label(name))
    except UnicodeError:  # e.g. UTF-16 without its byte-order mark
        refuse("file_decode_error", line=1, encoding=_label(name))


def _refuse_markup(path: str, sample: str) -> None:
    """Refuse HTML pages and XML files (some systems export them under an Excel name)."""
    start = sample.lstrip("\ufeff \t\r\n")[:2048].lower()
    if not start.startswith("<"):
        return
    if "urn:schemas-microsoft-com:office:spreadsheet" in sample[:8192].lower():
        refuse("file_xml_spreadsheet", path=path)
    if start.startswith(("<html", "<!doctype html", "<table", "<head", "<body", "<meta")) \
            or "<html" in start:
        refuse("file_html", path=path)
    if start.startswith(("<?xml", "<!doctype", "<!--")):
        refuse("file_xml", path=path)


def _sniff(sample: str) -> tuple[str, bool]:
    """The separator, and whether the first line is Excel's ``sep=X`` (to skip)."""
    first = sample.split("\n", 1)[0].split("\r", 1)[0]
    explicit = _SEP_LINE.match(first)
    if explicit and explicit.group(1) in SEPARATORS:
        return explicit.group(1), True
    best, best_score = ",", (False, 0, 0)
    for separator in SEPARATORS:
        if separator not in sample:
            continue
        rows: list[list[Cell]] = []
        try:
            for row in csv.reader(io.StringIO(sample, newline=""), delimiter=separator):
                if any(row):
                    rows.append(list(row))
                if len(rows) >= _SNIFF_RECORDS:
                    break
        except csv.Error:
            pass
        if not rows:
            continue
        header = any(looks_like_header(r) for r in rows[:20])
        widths: dict[int, int] = {}
        for found in rows:
            widths[len(found)] = widths.get(len(found), 0) + 1
        width, agree = max(widths.items(), key=lambda item: (item[1], item[0]))
        score = (header, agree if width > 1 else 0, width)
        if score > best_score:
            best, best_score = separator, score
    return best, False
