"""The columns of the interchange table (../shared/INTERCHANGE.md) and how headers map to them.

Headers match case-insensitively, ignoring spaces, underscores, hyphens and dots, in English or
by the Indonesian name in brackets (``waktu`` → ``recorded_at``); a few everyday variants that
office spreadsheets use are accepted too ("tanggal", "keterangan"…).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .model import Cell


@dataclass(frozen=True, slots=True)
class Column:
    key: str  # the English header, as exported
    indonesian: str  # the Indonesian header (INTERCHANGE.md's name in brackets)
    required: bool = False
    personal: bool = False  # personal data: imported only with consent, exported only on request
    aliases: tuple[str, ...] = ()


COLUMNS: tuple[Column, ...] = (
    Column("uuid", "uuid", aliases=("id", "entry id", "entry uuid")),
    Column("recorded_at", "waktu", required=True,
           aliases=("recorded", "date", "datetime", "time", "tanggal", "tanggal waktu",
                    "waktu dicatat", "tanggal dan waktu")),
    Column("event", "acara", required=True, aliases=("event name", "nama acara", "kegiatan")),
    Column("session", "sesi", aliases=("panel", "session name", "nama sesi")),
    Column("kind", "jenis", required=True, aliases=("type", "jenis masukan", "kategori masukan")),
    Column("service_area", "area_layanan", required=True,
           aliases=("area", "service", "layanan", "area layanan")),
    Column("dimension", "dimensi", aliases=("dimensions",)),
    Column("topic", "topik", aliases=("subject",)),
    Column("programme", "program", aliases=("program",)),
    Column("phase", "fase", aliases=("tahap",)),
    Column("speaker_type", "jenis_pembicara", aliases=("speaker", "pembicara", "jenis peserta")),
    Column("country", "negara", aliases=("negara penempatan", "country of placement")),
    Column("text", "isi", required=True,
           aliases=("what was said", "feedback", "masukan", "isi masukan", "keterangan",
                    "uraian", "comment")),
    Column("summary", "ringkasan"),
    Column("source", "sumber"),
    Column("language", "bahasa", aliases=("lang",)),
    Column("status", "status", aliases=("state",)),
    Column("priority", "prioritas", aliases=("tier", "sla tier", "sla")),
    Column("recorded_by", "pencatat", aliases=("recorder", "dicatat oleh")),
    Column("contact_consent", "persetujuan_kontak", aliases=("consent", "persetujuan")),
    Column("speaker_name", "nama_pembicara", personal=True, aliases=("name", "nama")),
    Column("speaker_phone", "telepon_pembicara", personal=True,
           aliases=("phone", "telepon", "no hp", "nomor hp", "hp")),
    Column("speaker_nik", "nik_pembicara", personal=True, aliases=("nik",)),
    Column("speaker_passport", "paspor_pembicara", personal=True,
           aliases=("passport", "paspor", "nomor paspor")),
    Column("speaker_kpj", "kpj_pembicara", personal=True, aliases=("kpj", "nomor kpj")),
)
#: An XLSX cell holds at most 32,767 UTF-16 units; a longer text goes on in ``text_2``…
#: (16,383 characters a cell, so even a text of astral characters fits); import joins them.
XLSX_PART = 16_383
CONTINUATIONS: tuple[str, ...] = tuple(f"text_{n}" for n in range(2, 8))  # 7 × 16,383 ≥ 100,000
COLUMNS += tuple(Column(key, key.replace("text", "isi")) for key in CONTINUATIONS)
BY_KEY: dict[str, Column] = {c.key: c for c in COLUMNS}
REQUIRED: tuple[str, ...] = tuple(c.key for c in COLUMNS if c.required)
PERSONAL: tuple[str, ...] = tuple(c.key for c in COLUMNS if c.personal)
#: What an export writes without personal data, in this order.
EXPORT_COLUMNS: tuple[str, ...] = tuple(
    c.key for c in COLUMNS if not c.personal and c.key not in CONTINUATIONS)

_IGNORED = re.compile(r"[\s_\-.]+")


def header_key(text: str) -> str:
    """A header folded for matching: NFKC, case-folded, without spaces/underscores/hyphens/dots
    and without a trailing "(…)" or "[…]" hint ("Waktu (dd/mm/yyyy)" → "waktu")."""
    folded = unicodedata.normalize("NFKC", text).casefold().strip().lstrip("\ufeff")
    folded = re.sub(r"\s*[(\[][^()\[\]]*[)\]]\s*$", "", folded) or folded
    return _IGNORED.sub("", folded)


_BY_HEADER: dict[str, str] = {}
for _column in reversed(COLUMNS):  # aliases first, so exact names win over a shared alias
    for _name in _column.aliases:
        _BY_HEADER[header_key(_name)] = _column.key
for _column in COLUMNS:
    _BY_HEADER[header_key(_column.key)] = _column.key
    _BY_HEADER[header_key(_column.indonesian)] = _column.key


def match_header(text: Cell) -> str | None:
    """The column a header cell names, or None."""
    if not isinstance(text, str) or not text.strip():
        return None
    return _BY_HEADER.get(header_key(text))


def auto_mapping(headers: tuple[str, ...]) -> tuple[str | None, ...]:
    """Each header's column; a column named twice feeds from its first header only."""
    seen: set[str] = set()
    out: list[str | None] = []
    for header in headers:
        key = match_header(header)
        if key in seen:
            key = None
        if key is not None:
            seen.add(key)
        out.append(key)
    return tuple(out)


def looks_like_header(cells: tuple[Cell, ...] | list[Cell]) -> bool:
    """True for a row that names at least three columns, two of them required (a title row or
    a blank line above the table does not)."""
    keys = {match_header(c) for c in cells} - {None}
    return len(keys) >= 3 and len(keys & set(REQUIRED)) >= 2
