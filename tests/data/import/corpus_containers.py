"""Byte-level builders for make_corpus.py: reproducible ZIP archives (fixed timestamps), XLSX
members from an openpyxl workbook, a minimal OLE2 (Office 97–2003) compound file, and a CRC
patch for a damaged-member workbook."""

from __future__ import annotations

import io
import math
import re
import struct
import zipfile
from datetime import datetime
from typing import Any

STAMP = (2018, 10, 16, 9, 42, 0)
Members = list[tuple[str, bytes]]


def zip_bytes(members: Members, *, stored: tuple[str, ...] = ()) -> bytes:
    """A ZIP of ``members`` in order, every timestamp fixed; names in ``stored`` uncompressed."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data, compresslevel=9 if name not in stored else None)
    return out.getvalue()


def xlsx_members(wb: Any) -> Members:
    """The members openpyxl writes for ``wb``, with its document dates fixed."""
    when = datetime(*STAMP)
    wb.properties.created = when
    wb.properties.modified = when
    wb.properties.creator = "Feedback Desk test corpus"
    buffer = io.BytesIO()
    wb.save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as archive:
        members = [(name, archive.read(name)) for name in archive.namelist()]
    fixed: Members = []
    for name, data in members:
        if name == "docProps/core.xml":
            text = data.decode("utf-8")
            start = text.find("<dcterms:modified")
            if start >= 0:
                end = text.find("</dcterms:modified>", start) + len("</dcterms:modified>")
                text = (text[:start] + '<dcterms:modified xsi:type="dcterms:W3CDTF">'
                        "2018-10-16T09:42:00Z</dcterms:modified>" + text[end:])
            data = text.encode("utf-8")
        fixed.append((name, data))
    return fixed


def replace(members: Members, name: str, data: bytes) -> Members:
    return [(n, data if n == name else d) for n, d in members]


def patch_crc(data: bytes, member: str) -> bytes:
    """``data`` (a ZIP) with ``member``'s recorded CRC-32 wrong in both headers."""
    buf = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(member)
    wrong = struct.pack("<I", (info.CRC ^ 0xA5A5A5A5) & 0xFFFFFFFF)
    buf[info.header_offset + 14:info.header_offset + 18] = wrong
    at = buf.find(b"PK\x01\x02")
    while at >= 0:
        (name_len,) = struct.unpack_from("<H", buf, at + 28)
        if bytes(buf[at + 46:at + 46 + name_len]) == member.encode():
            buf[at + 16:at + 20] = wrong
        at = buf.find(b"PK\x01\x02", at + 4)
    return bytes(buf)


# ---- OLE2 ---------------------------------------------------------------------------------
_END, _FREE, _FATSECT, _NONE = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF


def ole2(streams: list[tuple[str, bytes]]) -> bytes:
    """A minimal version-3 compound file holding ``streams`` (each padded to 4,096 bytes so no
    mini stream is needed)."""
    sector = 512
    bodies = [(name, data.ljust(4096, b"\x00")) for name, data in streams]
    dir_sectors = math.ceil((1 + len(bodies)) * 128 / sector)
    fat: list[int] = [_FATSECT]
    fat += [i + 2 for i in range(dir_sectors - 1)] + [_END]
    starts: list[int] = []
    for _name, body in bodies:
        count = math.ceil(len(body) / sector)
        first = len(fat)
        starts.append(first)
        fat += [first + i + 1 for i in range(count - 1)] + [_END]
    assert len(fat) <= sector // 4, "one FAT sector is enough for the corpus"
    fat += [_FREE] * (sector // 4 - len(fat))
    header = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16))
    header += struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
    header += struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, _END, 0, _END, 0)
    header += struct.pack("<109I", 0, *([_FREE] * 108))
    directory = bytearray(_entry("Root Entry", 5, child=1 if bodies else _NONE))
    for i, ((name, body), start) in enumerate(zip(bodies, starts, strict=True), start=1):
        right = i + 1 if i < len(bodies) else _NONE
        directory += _entry(name, 2, right=right, start=start, size=len(body))
    directory = directory.ljust(dir_sectors * sector, b"\x00")
    out = bytes(header) + struct.pack(f"<{sector // 4}I", *fat) + bytes(directory)
    return out + b"".join(body.ljust(math.ceil(len(body) / sector) * sector, b"\x00")
                          for _n, body in bodies)


def _entry(name: str, kind: int, *, child: int = _NONE, right: int = _NONE,
           start: int = _END, size: int = 0) -> bytes:
    encoded = name.encode("utf-16-le") + b"\x00\x00"
    return (encoded.ljust(64, b"\x00") + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", _NONE, right, child) + bytes(16) + bytes(4) + bytes(16)
            + struct.pack("<IQ", start, size))


_INLINE = re.compile(rb'<c ([^>]*?)t="inlineStr"([^>]*)><is><t(?: xml:space="preserve")?>'
                     rb"(.*?)</t></is></c>", re.DOTALL)
_SST_TYPE = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
_SST_REL = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"


def shared_strings(members: Members) -> Members:
    """``members`` with every inline string moved to xl/sharedStrings.xml, as Excel saves."""
    table: dict[bytes, int] = {}

    def swap(match: re.Match[bytes]) -> bytes:
        index = table.setdefault(match.group(3), len(table))
        return b'<c ' + match.group(1) + b't="s"' + match.group(2) + b"><v>%d</v></c>" % index

    out: Members = []
    for name, data in members:
        if name.startswith("xl/worksheets/sheet"):
            data = _INLINE.sub(swap, data)
        elif name == "[Content_Types].xml":
            data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" '
                                b'ContentType="' + _SST_TYPE + b'"/></Types>')
        elif name == "xl/_rels/workbook.xml.rels":
            data = data.replace(b"</Relationships>", b'<Relationship Id="rIdSst" Type="'
                                + _SST_REL + b'" Target="sharedStrings.xml"/></Relationships>')
        out.append((name, data))
    items = b"".join(b'<si><t xml:space="preserve">' + text + b"</t></si>" for text in table)
    sst = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.'
           b'openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">'
           % (len(table), len(table)) + items + b"</sst>")
    return [*out, ("xl/sharedStrings.xml", sst)]
