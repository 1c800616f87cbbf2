"""Helpers of the adversarial import/export tests (``test_attacks*.py``): files in the
interchange layout, accounts of every role, and whole-database scans (row counts, canary
values anywhere in any table)."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, text

from feedback_desk.core.db.engine import Database
from feedback_desk.core.services import Services

HEAD = ("recorded_at", "event", "session", "kind", "service_area", "text", "recorded_by",
        "contact_consent", "speaker_name", "speaker_phone", "speaker_nik", "speaker_passport",
        "speaker_kpj")
EVENT = "Simposium PMI 2026"
#: Personal values nobody could find by chance: a scan for them anywhere is conclusive.
CANARY = {"speaker_name": "Canaryname Qxzvw", "speaker_phone": "+62 811 7391 4482",
          "speaker_nik": "3171099912860007", "speaker_passport": "XQ7719283",
          "speaker_kpj": "KPJ99173355"}
ROLES = ("recorder", "supervisor", "protection", "leadership", "admin")


def row(n: int = 0, **values: str) -> dict[str, str]:
    """One interchange row: a valid complaint unless ``values`` change it."""
    out = {"recorded_at": f"16/11/2026 08:{n % 60:02d}", "event": EVENT, "session": "",
           "kind": "complaint", "service_area": "overseas", "text": f"Klaim JHT belum cair {n}",
           "recorded_by": "", "contact_consent": ""}
    out.update(values)
    return out


def write_csv(path: Path, rows: Sequence[dict[str, str]], head: Sequence[str] = HEAD) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(head)
        for r in rows:
            writer.writerow([r.get(h, "") for h in head])
    return path


def write_xlsx(path: Path, rows: Sequence[dict[str, Any]], head: Sequence[str] = HEAD) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(head))
    for r in rows:
        sheet.append([r.get(h) for h in head])
    book.save(path)
    return path


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def as_role(db: Database, clock: Any, role: str, name: str | None = None) -> Services:
    return Services.connect(db, name or f"u_{role}", roles=role, clock=clock)


def tables(db: Database) -> list[str]:
    return sorted(inspect(db.engine).get_table_names())


def counts(db: Database) -> dict[str, int]:
    """Rows in every table (the whole database's shape, to prove nothing was written)."""
    with db.engine.connect() as conn:
        return {t: int(conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one())
                for t in tables(db)}


def dump(db: Database) -> str:
    """Every value of every row of every table, as one text (for canary scans)."""
    parts: list[str] = []
    with db.engine.connect() as conn:
        for t in tables(db):
            for r in conn.execute(text(f'SELECT * FROM "{t}"')):
                parts.append(t + ": " + " | ".join(str(v) for v in r))
    return "\n".join(parts)


def sqlite_bytes(db: Database) -> bytes:
    """The raw SQLite file and its WAL (empty for PostgreSQL)."""
    path = db.sqlite_path
    if path is None:
        return b""
    data = b""
    for p in (path, path.with_name(path.name + "-wal")):
        if p.exists():
            data += p.read_bytes()
    return data


def audit_payloads(db: Database, action: str | None = None) -> list[str]:
    query = "SELECT action, payload FROM audit_event ORDER BY id"
    with db.engine.connect() as conn:
        return [str(p) for a, p in conn.execute(text(query)) if action is None or a == action]


def canaries_in(blob: str | bytes) -> list[str]:
    """The canary values found in ``blob`` (also UTF-16 and without spaces, for XLSX/zip
    scans the caller decompresses first)."""
    found = []
    for key, value in CANARY.items():
        needles = {value, value.replace(" ", "")}
        if isinstance(blob, bytes):
            hit = any(n.encode() in blob or n.encode("utf-16-le") in blob for n in needles)
        else:
            hit = any(n in blob for n in needles)
        if hit:
            found.append(key)
    return found


def xlsx_text(path: Path) -> bytes:
    """Every member of an XLSX, decompressed and concatenated (for byte scans)."""
    import zipfile

    with zipfile.ZipFile(path) as z:
        return b"".join(z.read(n) for n in z.namelist())
