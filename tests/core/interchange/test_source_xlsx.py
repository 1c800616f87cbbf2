"""The XLSX reader: sheet choice (hidden sheets, by name), cell types (formulas as text, dates),
merged cells, progress and memory, and the safety checks in front of openpyxl (defusedxml,
ZIP directory limits, the decompression budget, OLE2 sniffing)."""

from __future__ import annotations

import io
import os
import random
import struct
import tracemalloc
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from feedback_desk.core.interchange import safety, xlsx_source
from feedback_desk.core.interchange.model import ImportRefused
from feedback_desk.core.interchange.source import open_table

CORPUS = Path(__file__).resolve().parents[2] / "data" / "import"
HEAD = ["recorded_at", "event", "kind", "service_area", "text"]
ROW = ["16/10/2018 09:42", "Simposium PMI 2018", "complaint", "overseas", "Klaim belum cair"]


def book(path: Path, *sheets: tuple[str, list[list[object]]], hidden: tuple[str, ...] = (),
         merges: tuple[str, ...] = ()) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
        ws.sheet_state = "hidden" if title in hidden else "visible"
    for ref in merges:
        wb.worksheets[0].merge_cells(ref)
    wb.save(path)
    return path


def refused(path: Path, **kw: str) -> tuple[str, dict[str, str]]:
    with pytest.raises(ImportRefused) as caught:
        with open_table(path, **kw) as table:
            for _row in table.rows():
                pass
    return caught.value.message.code, dict(caught.value.message.params)


def test_openpyxl_parses_with_defusedxml_and_never_lxml() -> None:
    import openpyxl
    import openpyxl.xml.functions as functions
    from defusedxml import ElementTree as defused

    assert xlsx_source.openpyxl is openpyxl
    assert openpyxl.DEFUSEDXML is True
    assert openpyxl.LXML is False
    assert functions.iterparse is defused.iterparse
    assert functions.fromstring is defused.fromstring


def test_entity_attacks_are_refused_wherever_they_are() -> None:
    for name in ("billion_laughs.xlsx", "external_entity.xlsx"):
        assert refused(CORPUS / name)[0] == "file_xml_unsafe"


# ---- sheets -------------------------------------------------------------------------------
def test_the_first_visible_sheet_is_read_and_hidden_ones_named(tmp_path: Path) -> None:
    path = book(tmp_path / "b.xlsx", ("Old", [HEAD, ROW]), ("Secret", [HEAD]),
                ("Data", [HEAD, ROW, ROW]), ("More", [HEAD]), hidden=("Old", "Secret"))
    with open_table(path) as table:
        info = table.info
        assert (info.sheet, info.sheets, info.hidden_sheets) == (
            "Data", ("Old", "Secret", "Data", "More"), ("Old", "Secret"))
        notes = {n.code: dict(n.params) for n in info.notes}
        assert notes["note_hidden_sheets_skipped"] == {"sheets": '"Old", "Secret"',
                                                        "sheet": "Data"}
        assert notes["note_other_sheets"] == {"count": "1", "sheet": "Data"}
        assert len(list(table.rows())) == 2
    with open_table(path, sheet="Old") as table:  # a hidden sheet by name
        assert table.info.sheet == "Old" and len(list(table.rows())) == 1
        assert table.info.notes == ()
    with open_table(path, sheet=" more ") as table:
        assert table.info.sheet == "More"
        assert [n.code for n in table.info.notes] == ["note_sheet_name_case"]
    code, params = refused(path, sheet="Lainnya")
    assert code == "sheet_unknown"
    assert params == {"sheet": "Lainnya", "sheets": '"Old", "Secret", "Data", "More"'}


def test_all_hidden_reads_the_first_and_a_chart_is_no_table(tmp_path: Path) -> None:
    made = book(tmp_path / "h.xlsx", ("A", [HEAD, ROW]), ("B", [HEAD]), hidden=("A",))
    members = _members(made)
    members["xl/workbook.xml"] = members["xl/workbook.xml"].replace(
        b'state="visible"', b'state="hidden"')  # Excel would not save this
    path = tmp_path / "all_hidden.xlsx"
    path.write_bytes(zip_of(members))
    with open_table(path) as table:
        assert table.info.sheet == "A"
        assert [n.code for n in table.info.notes] == ["note_all_sheets_hidden"]
    assert refused(CORPUS / "chart_only.xlsx", sheet="Grafik")[0] == "sheet_not_table"
    assert refused(CORPUS / "chart_only.xlsx")[0] == "xlsx_no_sheets"


# ---- cells --------------------------------------------------------------------------------
def test_cells_keep_their_type_and_formulas_stay_text(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(HEAD + ["n", "b"])
    ws.append([datetime(2018, 10, 16, 9, 42), "=1+1", "=cmd|' /C calc'!A0", "", "#N/A", 42,
               True])
    ws.append([date(2018, 10, 16), "+1", "-1", "@SUM(A1)", "  spaced  ", 1.5, False])
    ws["E2"].data_type = "e"  # an error cell
    ws["C2"].data_type = "s"  # text that merely starts with "="
    ws["A2"].number_format = "dd/mm/yyyy hh:mm"
    ws["A3"].number_format = "dd/mm/yyyy"
    path = tmp_path / "t.xlsx"
    wb.save(path)
    with open_table(path) as table:
        first, second = table.rows()
    assert first.cells == (datetime(2018, 10, 16, 9, 42), "=1+1", "=cmd|' /C calc'!A0", None,
                           "#N/A", 42, True)
    assert second.cells == (datetime(2018, 10, 16), "+1", "-1", "@SUM(A1)", "  spaced  ", 1.5,
                            False)
    assert type(first.cells[5]) is int and type(second.cells[5]) is float


def test_corpus_date_cells_and_formulas() -> None:
    with open_table(CORPUS / "excel_date_cells.xlsx") as table:
        firsts = [r.cells[0] for r in table.rows()]
    assert firsts == [datetime(2018, 10, 16, 9, 42), datetime(2018, 10, 16),
                      datetime(2018, 10, 16, 14, 5, 30), "09:30:00", 43389.40417,
                      "16/10/2018 09:42"]
    with open_table(CORPUS / "formula_cells.xlsx") as table:
        texts = [r.cells[7] for r in table.rows()]
    assert texts == ['=HYPERLINK("http://example.com","klik")', "=SUM(1,2)",
                     "=cmd|' /C calc'!A0"]


def test_merged_cells_take_the_top_left_value() -> None:
    with open_table(CORPUS / "merged_event_cells.xlsx") as table:
        assert table.info.header_row == 2
        assert "note_merged_cells_filled" in {n.code for n in table.info.notes}
        found = [(r.number, r.cells[1], r.cells[2]) for r in table.rows()]
    assert found == [(3, "Simposium PMI 2018", "Panel 1"), (4, "Simposium PMI 2018", "Panel 1"),
                     (5, "Simposium PMI 2018", "Panel 2"), (6, "Simposium PMI 2018", "Panel 2"),
                     (7, "Simposium PMI 2018", "Sesi Pleno")]


def test_a_merge_fills_across_but_leaves_an_empty_row_blank(tmp_path: Path) -> None:
    rows: list[list[object]] = [HEAD, [*ROW[:4], "teks panjang"], ROW, [None] * 5, ROW]
    path = book(tmp_path / "m.xlsx", ("S", rows), merges=("B2:B5", "E2:G2"))
    with open_table(path) as table:
        found = [(r.number, r.cells, r.extra) for r in table.rows()]
        assert table.blank_rows == 1
    assert found[0] == (2, (*ROW[:4], "teks panjang"), 2)  # F2, G2 filled beyond the header
    assert [n for n, _c, _e in found] == [2, 3, 5]
    assert found[2][1][1] == "Simposium PMI 2018"


def test_merge_scan_finds_prefixed_tags_across_chunk_edges(monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    xml = (b'<x:worksheet xmlns:x="m"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c>'
           b"</x:row></x:sheetData><x:mergeCells count=\"3\"><x:mergeCell ref=\"A1:B3\"/>"
           b"<x:mergeCell ref='C2:C9' /><x:mergeCell ref=\"D4\"/></x:mergeCells></x:worksheet>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("s.xml", xml)
    monkeypatch.setattr(xlsx_source, "_SCAN_CHUNK", 7)
    with safety.CappedZip(io.BytesIO(buffer.getvalue())) as archive:
        assert xlsx_source._scan_merges(archive, "s.xml") == [(1, 1, 2, 3), (3, 2, 3, 9)]
    assert xlsx_source._end_of_rows(b"<t>sheetData</t><sheetData/>") == 28


def test_a_wrong_dimension_does_not_cut_rows_short() -> None:
    with open_table(CORPUS / "wrong_dimension.xlsx") as table:
        assert [len(r.cells) for r in table.rows()] == [9, 9, 9]


# ---- progress, memory, closing ------------------------------------------------------------
WORDS = ("pekerja migran klaim jaminan kecelakaan kerja agen gaji majikan paspor dokumen kantor "
         "cabang lambat tolong keluarga insurance claim employer salary office slow").split()


def big_book(path: Path, n: int, words: int = 120) -> Path:
    """A workbook as the export writes it (inline strings, no <dimension>), texts varied as
    real ones are."""
    pick = random.Random(8).choice
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Data")
    ws.append(HEAD)
    for i in range(n):
        ws.append([*ROW[:4], f"{i} " + " ".join(pick(WORDS) for _ in range(words))])
    wb.save(path)
    return path


def test_progress_rises_to_one_and_memory_stays_bounded(tmp_path: Path) -> None:
    path = big_book(tmp_path / "big.xlsx", 5000)
    with zipfile.ZipFile(path) as archive:
        sheet_size = archive.getinfo("xl/worksheets/sheet1.xml").file_size
    seen = []
    tracemalloc.start()
    try:
        with open_table(path) as table:
            seen.append(table.progress())
            for i, _row in enumerate(table.rows()):
                if i % 250 == 0:
                    seen.append(table.progress())
            seen.append(table.progress())
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(set(seen)) > 10
    assert seen[1] < 0.2
    assert peak < sheet_size / 3, (peak, sheet_size)  # openpyxl keeps ~80 bytes a row


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts Linux descriptors")
def test_files_are_closed_after_reading_and_after_refusals() -> None:
    before = open_fds()
    for path in sorted(CORPUS.iterdir()):
        try:
            with open_table(path) as table:
                list(table.rows())
        except ImportRefused:
            pass
    table = open_table(CORPUS / "good.xlsx")
    next(table.rows())
    table.close()
    assert open_fds() == before


def test_a_read_only_workbook_is_read(tmp_path: Path) -> None:
    path = book(tmp_path / "r.xlsx", ("S", [HEAD, ROW]))
    path.chmod(0o444)
    with open_table(path) as table:
        assert len(list(table.rows())) == 1


# ---- ZIP safety ---------------------------------------------------------------------------
def zip_of(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def good_members() -> dict[str, bytes]:
    return _members(CORPUS / "good.xlsx")


def test_too_many_members_are_refused_before_the_directory_is_parsed(tmp_path: Path) -> None:
    members = good_members()
    members.update({f"xl/media/m{i}.bin": b"" for i in range(safety.MAX_MEMBERS + 1)})
    path = tmp_path / "many.xlsx"
    path.write_bytes(zip_of(members))
    assert refused(path)[0] == "file_zip_bomb"


def test_declared_sizes_and_ratios_are_checked(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "g.xlsx"
    path.write_bytes((CORPUS / "good.xlsx").read_bytes())
    monkeypatch.setattr(safety, "MAX_TOTAL_BYTES", 10_000)
    assert refused(path) == ("file_too_large", {"path": str(path), "limit": "0 MB"})
    monkeypatch.setattr(safety, "MAX_TOTAL_BYTES", 2 * 1024 ** 3)
    monkeypatch.setattr(safety, "MAX_STRINGS_BYTES", 100)
    assert refused(path)[0] == "file_too_large"
    monkeypatch.setattr(safety, "MAX_STRINGS_BYTES", 512 * 1024 ** 2)
    monkeypatch.setattr(safety, "MAX_PART_BYTES", 5000)  # styles.xml is parsed whole
    assert refused(path)[0] == "file_too_large"
    monkeypatch.setattr(safety, "MAX_PART_BYTES", 64 * 1024 ** 2)
    monkeypatch.setattr(safety, "RATIO_MIN_BYTES", 1000)
    monkeypatch.setattr(safety, "MAX_RATIO", 2)  # the theme compresses about 6:1
    assert refused(path)[0] == "file_zip_bomb"


def test_real_large_sheets_pass_the_ratio_rule(tmp_path: Path) -> None:
    path = big_book(tmp_path / "big.xlsx", 3000)
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    assert info.file_size / info.compress_size < safety.MAX_RATIO / 4
    with open_table(path) as table:
        assert sum(1 for _ in table.rows()) == 3000


def test_what_is_decompressed_is_capped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "g.xlsx"
    path.write_bytes((CORPUS / "good.xlsx").read_bytes())
    monkeypatch.setattr(safety, "BUDGET_SLACK", 0)
    monkeypatch.setattr(safety, "BUDGET_FACTOR", 1)  # the sheet is read more than once
    assert refused(path)[0] == "file_zip_bomb"


def test_a_member_larger_than_declared_is_never_unpacked_past_its_size(tmp_path: Path) -> None:
    data = bytearray((CORPUS / "good.xlsx").read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    small = struct.pack("<I", 200)  # declares 200 bytes; the data inflates to far more
    data[info.header_offset + 22:info.header_offset + 26] = small
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        (length,) = struct.unpack_from("<H", data, at + 28)
        if data[at + 46:at + 46 + length] == b"xl/worksheets/sheet1.xml":
            data[at + 24:at + 28] = small
        at = data.find(b"PK\x01\x02", at + 4)
    path = tmp_path / "lies.xlsx"
    path.write_bytes(bytes(data))
    assert refused(path)[0] == "file_xlsx_damaged"  # zipfile stops at 200 bytes: bad CRC


@pytest.mark.parametrize(("members", "code"), [
    ({"mimetype": b"application/vnd.oasis.opendocument.text"}, "file_opendocument"),
    ({"[Content_Types].xml": b"<Types/>", "ppt/presentation.xml": b"<p/>"}, "file_powerpoint"),
    ({"[Content_Types].xml": b"<Types/>", "other/x.xml": b"<x/>"}, "file_zip"),
    ({}, "file_zip"),
])
def test_other_zip_packages_are_named(tmp_path: Path, members: dict[str, bytes], code: str
                                      ) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(zip_of(members))
    assert refused(path)[0] == code


def test_a_zip_encrypted_workbook_is_refused(tmp_path: Path) -> None:
    data = bytearray(zip_of(good_members()))
    at = data.find(b"PK\x01\x02")
    data[at + 8] |= 1  # the encrypted flag in the first central-directory entry
    path = tmp_path / "zc.xlsx"
    path.write_bytes(bytes(data))
    assert refused(path)[0] == "file_encrypted"


# ---- OLE2 ---------------------------------------------------------------------------------
def test_ole2_directory_names_are_read() -> None:
    with (CORPUS / "password_protected.xlsx").open("rb") as fh:
        assert {"EncryptionInfo", "EncryptedPackage"} <= safety.ole2_stream_names(fh)
    with (CORPUS / "old_excel.xls").open("rb") as fh:
        assert "Workbook" in safety.ole2_stream_names(fh)


def test_a_damaged_ole2_file_is_still_refused_plainly(tmp_path: Path) -> None:
    header = (CORPUS / "old_excel.xls").read_bytes()[:512]
    for body in (header[:100], header, header + b"\xff" * 2000):
        path = tmp_path / "d.xls"
        path.write_bytes(body)
        assert refused(path)[0] in ("file_old_office", "file_xls")


def test_a_hostile_ole2_header_is_read_within_bounds(tmp_path: Path) -> None:
    header = bytearray((CORPUS / "old_excel.xls").read_bytes()[:512])
    struct.pack_into("<I", header, 44, 0xFFFFFFF0)  # claims four billion FAT sectors
    struct.pack_into("<II", header, 68, 1, 0xFFFFFFF0)  # and a DIFAT chain as long
    struct.pack_into("<I", header, 48, 1)  # the directory where the DIFAT is
    body = bytes(header) + struct.pack("<128I", *([2] * 127 + [1])) * 4  # DIFAT loops on itself
    path = tmp_path / "loop.xls"
    path.write_bytes(body)
    tracemalloc.start()
    try:
        with path.open("rb") as fh:
            names = safety.ole2_stream_names(fh)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "Workbook" not in names and peak < 1_000_000  # no FAT of four billion entries
    assert refused(path)[0] == "file_old_office"
