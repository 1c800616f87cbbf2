"""Looking inside Office containers before anything parses them.

- ZIP (XLSX and look-alikes): the end-of-central-directory record is read first (member count,
  directory size), then every member's declared sizes: too many members, too much declared data
  or a compression ratio no spreadsheet has is refused before openpyxl opens the file. What is
  really decompressed is counted too (``CappedZip``): every member stream stops at its declared
  size (zipfile checks the CRC there), and all streams together stop at a budget.
- The kind of ZIP is told from its members: macro workbooks (``vbaProject.bin`` or a
  macroEnabled content type, whatever the file is called), binary workbooks, OpenDocument, Word,
  PowerPoint and plain archives are refused with their own message.
- OLE2 (Office 97–2003): the directory's stream names tell an old ``.xls`` from a
  password-protected XLSX (an ``EncryptedPackage`` stream) and from other old Office files.
"""

from __future__ import annotations

import struct
import zipfile
from typing import IO, Any, NoReturn

from .source import reason, refuse

MAX_MEMBERS = 10_000
MAX_DIRECTORY_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 2 * 1024 ** 3  # declared, all members
MAX_STRINGS_BYTES = 512 * 1024 ** 2  # the shared-strings part is held in memory
MAX_PART_BYTES = 64 * 1024 ** 2  # other XML parts (styles, workbook…) are parsed whole
MAX_RATIO = 100  # real sheets: about 5–15; 200 MB of zeros: about 1,000
RATIO_MIN_BYTES = 16 * 1024 ** 2  # smaller members may have any ratio
#: Bytes really decompressed, all streams together: the selected sheet is read up to three
#: times (its dimension, the merged-cell scan, the rows).
BUDGET_FACTOR = 3
BUDGET_SLACK = 16 * 1024 ** 2


class Unpacked(Exception):
    """More bytes were decompressed than the budget allows (caught and refused)."""


class _Counted:
    """A member stream that counts what it hands out against its archive's budget."""

    def __init__(self, stream: IO[bytes], archive: CappedZip) -> None:
        self._stream = stream
        self._archive = archive
        self.count = 0

    def _took(self, data: bytes) -> bytes:
        self.count += len(data)
        self._archive.used += len(data)
        if self._archive.used > self._archive.budget:
            raise Unpacked()
        return data

    def read(self, n: int = -1) -> bytes:
        return self._took(self._stream.read(n))

    def read1(self, n: int = -1) -> bytes:
        return self._took(self._stream.read1(n))  # type: ignore[attr-defined]

    def readline(self, limit: int = -1) -> bytes:
        return self._took(self._stream.readline(limit))

    def close(self) -> None:
        self._stream.close()

    def __enter__(self) -> _Counted:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


class CappedZip(zipfile.ZipFile):
    """A ZipFile whose member streams count decompressed bytes against ``budget``."""

    def __init__(self, fh: IO[bytes]) -> None:
        super().__init__(fh, "r")
        self.used = 0
        self.budget = BUDGET_SLACK + BUDGET_FACTOR * sum(i.file_size for i in self.infolist())
        self.streams: dict[str, _Counted] = {}  # the latest stream of each member

    def open(self, name: str | zipfile.ZipInfo, mode: str = "r",  # type: ignore[override]
             pwd: bytes | None = None, *, force_zip64: bool = False) -> IO[bytes]:
        stream = super().open(name, mode, pwd, force_zip64=force_zip64)  # type: ignore[arg-type]
        if mode != "r":
            return stream
        counted = _Counted(stream, self)
        self.streams[name if isinstance(name, str) else name.filename] = counted
        return counted  # type: ignore[return-value]


# ---- ZIP ----------------------------------------------------------------------------------
def open_zip(path: str, fh: IO[bytes], size: int) -> CappedZip:
    """The workbook in ``fh`` as a ``CappedZip`` once its directory passed every check;
    anything else (not a workbook, unsafe, damaged) is refused."""
    _check_directory_record(path, fh, size)
    try:
        archive = CappedZip(fh)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError,
            struct.error, UnicodeError, NotImplementedError, IndexError):
        refuse("file_zip_corrupt", path=path)
    try:
        _check_members(path, archive)
        _check_kind(path, archive)
    except BaseException:
        archive.close()
        raise
    return archive


def _check_directory_record(path: str, fh: IO[bytes], size: int) -> None:
    tail_size = min(size, 22 + 65535 + 20 + 56)
    fh.seek(size - tail_size)
    tail = fh.read(tail_size)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        refuse("file_zip_corrupt", path=path)
    members, directory = struct.unpack_from("<HI", tail, at + 10)
    if members == 0xFFFF or directory == 0xFFFFFFFF:  # ZIP64: the real counts are elsewhere
        locator = at - 20
        if locator >= 0 and tail[locator:locator + 4] == b"PK\x06\x07":
            (record,) = struct.unpack_from("<Q", tail, locator + 8)
            if record <= size - 56:
                fh.seek(record)
                zip64 = fh.read(56)
                if zip64[:4] == b"PK\x06\x06":
                    members, directory = struct.unpack_from("<QQ", zip64, 32)
    if members > MAX_MEMBERS or directory > MAX_DIRECTORY_BYTES:
        refuse("file_zip_bomb", path=path)
    fh.seek(0)


def _check_members(path: str, archive: zipfile.ZipFile) -> None:
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        refuse("file_zip_bomb", path=path)
    total = 0
    for member in members:
        total += member.file_size
        ratio_limit = MAX_RATIO * max(member.compress_size, 1)
        if member.file_size > RATIO_MIN_BYTES and member.file_size > ratio_limit:
            refuse("file_zip_bomb", path=path)
        name = member.filename.lower()
        if name.endswith((".xml", ".rels")) and "worksheets/" not in name:
            limit = MAX_STRINGS_BYTES if name.endswith("sharedstrings.xml") else MAX_PART_BYTES
            if member.file_size > limit:
                refuse("file_too_large", path=path, limit=_size(limit))
    if total > MAX_TOTAL_BYTES:
        refuse("file_too_large", path=path, limit=_size(MAX_TOTAL_BYTES))


def _size(n: int) -> str:
    return f"{n / 1024 ** 3:g} GB" if n >= 1024 ** 3 else f"{n // 1024 ** 2} MB"


def _check_kind(path: str, archive: zipfile.ZipFile) -> None:
    names = {n.lower(): n for n in archive.namelist()}
    if "mimetype" in names:
        mimetype = _head(path, archive, names["mimetype"], 200)
        if b"opendocument.spreadsheet" in mimetype:
            refuse("file_ods", path=path)
        if b"opendocument" in mimetype:
            refuse("file_opendocument", path=path)
    if "[content_types].xml" not in names:
        refuse("file_zip", path=path)
    types = _head(path, archive, names["[content_types].xml"], 1024 * 1024).lower()
    if "xl/workbook.bin" in names or b"sheet.binary" in types:  # its type says macroEnabled
        refuse("file_xlsb", path=path)
    if any(n.endswith("vbaproject.bin") for n in names) or b"macroenabled" in types:
        refuse("file_xlsm", path=path)
    if any(n.startswith("xl/") for n in names):
        if any(member.flag_bits & 1 for member in archive.infolist()):
            refuse("file_encrypted", path=path)
        return
    if any(n.startswith("word/") for n in names):
        refuse("file_word", path=path)
    if any(n.startswith("ppt/") for n in names):
        refuse("file_powerpoint", path=path)
    refuse("file_zip", path=path)


def _head(path: str, archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    try:
        with archive.open(name) as member:
            return member.read(limit)
    except Unpacked:
        refuse("file_zip_bomb", path=path)
    except Exception:  # any damage in a member: the archive is damaged
        refuse("file_zip_corrupt", path=path)


# ---- OLE2 ---------------------------------------------------------------------------------
_FREE = 0xFFFFFFFA  # sector ids from here up are markers (end of chain, free…)


def refuse_ole2(path: str) -> NoReturn:
    """Refuse an Office 97–2003 (OLE2) file with the message its streams call for."""
    try:
        with open(path, "rb") as fh:
            names = ole2_stream_names(fh)
    except OSError as error:
        refuse("file_unreadable", path=path, reason=reason(error))
    except (struct.error, ValueError, IndexError, MemoryError):
        names = set()
    if "EncryptedPackage" in names:
        refuse("file_encrypted", path=path)
    if names & {"Workbook", "Book"}:
        refuse("file_xls", path=path)
    refuse("file_old_office", path=path)


def ole2_stream_names(fh: IO[bytes], limit: int = 100_000) -> set[str]:
    """The names in an OLE2 compound file's directory (at most ``limit`` entries). Reads only
    the header, the FAT sectors the directory chain needs, and the directory itself."""
    size = fh.seek(0, 2)
    fh.seek(0)
    header = fh.read(512)
    if len(header) < 512:
        return set()
    shift = struct.unpack_from("<H", header, 30)[0]
    if shift not in (9, 12):
        return set()
    sector = 1 << shift
    per_sector = sector // 4
    sectors_in_file = size // sector
    fat_count, first_dir = struct.unpack_from("<II", header, 44)
    first_difat, difat_count = struct.unpack_from("<II", header, 68)
    fat_count = min(fat_count, sectors_in_file)

    def read_sector(sid: int) -> bytes:
        fh.seek((sid + 1) * sector)
        return fh.read(sector).ljust(sector, b"\xff")

    fat_sectors = [s for s in struct.unpack_from("<109I", header, 76) if s < _FREE][:fat_count]
    sid, hops = first_difat, 0
    while len(fat_sectors) < fat_count and sid < sectors_in_file and hops < difat_count:
        ids = struct.unpack(f"<{per_sector}I", read_sector(sid))
        fat_sectors += [s for s in ids[:-1] if s < _FREE][:fat_count - len(fat_sectors)]
        sid, hops = ids[-1], hops + 1

    def next_sector(sid: int) -> int:
        index, entry = divmod(sid, per_sector)
        if index >= len(fat_sectors):
            return _FREE
        (found,) = struct.unpack_from("<I", read_sector(fat_sectors[index]), entry * 4)
        return int(found)

    names: set[str] = set()
    sid, seen = first_dir, set[int]()
    while sid < sectors_in_file and sid not in seen and len(seen) * (sector // 128) < limit:
        seen.add(sid)
        block = read_sector(sid)
        for start in range(0, sector, 128):
            length = struct.unpack_from("<H", block, start + 64)[0]
            if 2 <= length <= 64:
                names.add(block[start:start + length - 2].decode("utf-16-le", "replace"))
        sid = next_sector(sid)
    return names
