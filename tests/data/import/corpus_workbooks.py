"""The workbook and binary files of the import corpus (see make_corpus.py)."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from datetime import date, datetime, time

from corpus_containers import (
    STAMP,
    Members,
    ole2,
    patch_crc,
    replace,
    shared_strings,
    xlsx_members,
    zip_bytes,
)
from openpyxl import Workbook
from openpyxl.chart import BarChart

Entry = tuple[str, bytes, str, str, str] | tuple[str, bytes, str, str, str, tuple[str, ...]]
SHEET = "xl/worksheets/sheet1.xml"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _book(*sheets: tuple[str, list[tuple[object, ...]]]) -> Workbook:
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(list(row))
    return wb


def _xlsx(wb: Workbook) -> bytes:
    """The workbook as Excel would save it: strings in the shared-strings table."""
    return zip_bytes(shared_strings(xlsx_members(wb)))


def workbook_files(en: tuple[str, ...], rows: list[tuple[str, ...]], id_head: tuple[str, ...],
                   id_rows: list[tuple[str, ...]]) -> list[Entry]:
    head = en[:9]
    data = [r[:9] for r in rows]
    good = _book(("Data", [head, *data]))
    good["Data"]["A2"] = datetime(2018, 10, 16, 9, 42)
    good["Data"]["A2"].number_format = "dd/mm/yyyy hh:mm"
    good_members = shared_strings(xlsx_members(good))
    good_bytes = zip_bytes(good_members)
    out: list[Entry] = [
        ("good.xlsx", good_bytes, "GOOD: one sheet, shared strings, A2 an Excel date cell",
         "rows:5", "all 5 accepted"),
    ]
    inline = Workbook(write_only=True)
    ws = inline.create_sheet("Masukan")
    for row in [id_head, *id_rows]:
        ws.append(list(row))
    out.append(("good_indonesian_inline_strings.xlsx", zip_bytes(xlsx_members(inline)),
                "GOOD: Indonesian headers and values, inline strings (as openpyxl's write-only "
                "mode and the export write them)", "rows:3", "all 3 accepted"))

    hidden = _book(("Lama", [head, data[4], data[3]]), ("Data", [head, *data[:3]]),
                   ("Catatan", [("catatan",), ("lihat sheet Data",)]))
    hidden["Lama"].sheet_state = "hidden"
    out.append(("hidden_first_sheet.xlsx", _xlsx(hidden),
                "a hidden first sheet 'Lama' (2 rows), then 'Data' (3 rows) and 'Catatan'",
                "rows:3", "sheet 'Data' read: note_hidden_sheets_skipped and note_other_sheets; "
                "--sheet Lama reads its 2 rows"))

    merged = _book(("Rekap", [("Rekap Masukan Simposium PMI 2018",), head, *data]))
    sheet = merged["Rekap"]
    sheet.merge_cells("A1:I1")
    sheet.merge_cells("B3:B7")
    sheet.merge_cells("C3:C4")
    sheet.merge_cells("C5:C6")  # openpyxl, like Excel, keeps only each top-left value
    out.append(("merged_event_cells.xlsx", _xlsx(merged),
                "a merged title row, the event merged down B3:B7, sessions merged C3:C4 and "
                "C5:C6", "rows:5", "header_row=2; every row gets the event and its session "
                "(note_merged_cells_filled); all 5 accepted"))

    dates = _book(("Data", [head]))
    sheet = dates["Data"]
    values: list[object] = [datetime(2018, 10, 16, 9, 42), date(2018, 10, 16),
                            datetime(2018, 10, 16, 14, 5, 30), time(9, 30), 43389.40417,
                            "16/10/2018 09:42"]
    for i, value in enumerate(values):
        sheet.append([value, *data[i % len(data)][1:]])
        cell = sheet.cell(row=i + 2, column=1)
        cell.number_format = ("hh:mm" if isinstance(value, time) else "dd/mm/yyyy" if
                              type(value) is date else "0.00000" if isinstance(value, float)
                              else "dd/mm/yyyy hh:mm:ss")
    out.append(("excel_date_cells.xlsx", _xlsx(dates),
                "recorded_at as Excel date cells: date and time, date only, seconds, a "
                "time-only cell, a plain serial number, and text", "rows:6",
                "rows 2, 3, 4, 6 accepted (row 3 at 00:00; row 6's number read as an Excel "
                "serial); row 5 (a time only, read as the text '09:30:00') rejected bad_date; "
                "row 7 (row 2's moment written as text) present: same_as_row",
                ("bad_date", "same_as_row")))

    formulas = _book(("Data", [head, *data[:2]]))
    sheet = formulas["Data"]
    sheet["H2"] = "=HYPERLINK(\"http://example.com\",\"klik\")"
    sheet["H3"] = "=SUM(1,2)"
    sheet.append([*data[2][:7], "=cmd|' /C calc'!A0", "no"])
    sheet.cell(row=4, column=8).data_type = "s"
    out.append(("formula_cells.xlsx", _xlsx(formulas),
                "formula cells in text (H2, H3) and a text cell beginning with '='", "rows:3",
                "the reader gives the formula text (\"=SUM(1,2)\"), never a value; stored as "
                "literal text"))

    members = shared_strings(xlsx_members(_book(("Data", [head, *data[:3]]))))
    sheet_xml = dict(members)[SHEET].replace(b'<dimension ref="A1:I4"', b'<dimension ref="A1:A1"')
    assert b'"A1:A1"' in sheet_xml
    out.append(("wrong_dimension.xlsx", zip_bytes(replace(members, SHEET, sheet_xml)),
                "the sheet's <dimension> says A1:A1 but it has 4 rows of 9 cells", "rows:3",
                "all 3 read and accepted"))
    out.append(("empty_sheet.xlsx", _xlsx(_book(("Kosong", []))), "a workbook whose only sheet "
                "is empty", "refused:sheet_empty", ""))
    chart = Workbook()
    chart.remove(chart.active)
    chart.create_chartsheet("Grafik").add_chart(BarChart())
    out.append(("chart_only.xlsx", _xlsx(chart), "a workbook with only a chart sheet",
                "refused:xlsx_no_sheets", ""))
    out += _unsafe_workbooks(good_members, good_bytes)
    return out


def _unsafe_workbooks(members: Members, good: bytes) -> list[Entry]:
    types = dict(members)["[Content_Types].xml"]
    macro_types = types.replace(b"sheet.main+xml", b"sheet.macroEnabled.main+xml")
    vba = ("xl/vbaProject.bin", ole2([("VBA", b"Attribute VB_Name = \"Module1\"")]))
    out: list[Entry] = [
        ("macros.xlsm", zip_bytes([*replace(members, "[Content_Types].xml", macro_types), vba]),
         "a macro workbook (macroEnabled content type and vbaProject.bin)", "refused:file_xlsm",
         ""),
        ("macros_renamed.xlsx", zip_bytes([*members, vba]),
         "a macro workbook renamed .xlsx (vbaProject.bin inside)", "refused:file_xlsm", ""),
        ("binary_workbook.xlsb", zip_bytes([
            ("[Content_Types].xml", types.replace(b"sheet.main+xml",
                                                  b"sheet.binary.macroEnabled.main")),
            ("xl/workbook.bin", b"\x83\x01\x00"), ("xl/worksheets/sheet1.bin", b"\x81\x01\x00")]),
         "an Excel binary workbook", "refused:file_xlsb", ""),
        ("truncated.xlsx", good[:len(good) * 3 // 5], "a workbook cut off at 60% (an "
         "interrupted download)", "refused:file_zip_corrupt", ""),
        ("bad_crc.xlsx", patch_crc(good, SHEET), "the sheet's CRC-32 does not match its data",
         "refused:file_xlsx_damaged", ""),
        ("damaged_sheet_xml.xlsx", zip_bytes(replace(members, SHEET, dict(members)[SHEET][:-40])),
         "the sheet XML is cut short (not well-formed)", "refused:file_xlsx_damaged", ""),
        ("no_workbook_part.xlsx", zip_bytes([(n, d) for n, d in members
                                             if n not in ("xl/workbook.xml",)]),
         "an XLSX package without xl/workbook.xml", "refused:file_xlsx_damaged", ""),
        ("zip_bomb.xlsx", _bomb(members), "the sheet XML is 200 MB of spaces compressed to "
         "about 200 KB (ratio about 1,000)", "refused:file_zip_bomb",
         "refused from the ZIP directory before anything is decompressed"),
    ]
    laughs = "".join(f"<!ENTITY lol{i} \"{f'&lol{i - 1};' * 10}\">" for i in range(1, 10))
    sheet = (f'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY lol0 "lol">{laughs}]>'
             f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is>'
             "<t>&lol9;</t></is></c></row></sheetData></worksheet>").encode()
    out.append(("billion_laughs.xlsx", zip_bytes(replace(members, SHEET, sheet)),
                "nested entities in the sheet XML (billion laughs)", "refused:file_xml_unsafe",
                "defusedxml refuses the entity declarations"))
    strings = (f'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
               f'<sst xmlns="{MAIN}" count="1" uniqueCount="1"><si><t>&xxe;</t></si></sst>'
               ).encode()
    out.append(("external_entity.xlsx", zip_bytes(replace(members, "xl/sharedStrings.xml",
                                                          strings)),
                "an external entity (file:///etc/passwd) in the shared strings",
                "refused:file_xml_unsafe", ""))
    return out


def _bomb(members: Members) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            if name != SHEET:
                archive.writestr(info, data)
                continue
            with archive.open(info, "w", force_zip64=True) as member:
                member.write(f'<?xml version="1.0"?><worksheet xmlns="{MAIN}"><sheetData>'
                             .encode())
                block = b" " * (1 << 20)
                for _ in range(200):
                    member.write(block)
                member.write(b"</sheetData></worksheet>")
    return out.getvalue()


def binary_files() -> list[Entry]:
    png_row = zlib.compress(b"\x00\xff\xff\xff")
    png = (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
           + _chunk(b"IDAT", png_row) + _chunk(b"IEND", b""))
    noise = bytes((i * 7919 + (i >> 3) * 31) % 256 if i % 5 else 0 for i in range(4096))
    ods_content = (b'<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:'
                   b'names:tc:opendocument:xmlns:office:1.0"/>')
    return [
        ("old_excel.xls", ole2([("Workbook", b"\x09\x08\x10\x00\x00\x06\x05\x00"),
                                ("\x05SummaryInformation", b"\xfe\xff")]),
         "an Excel 97-2003 workbook (OLE2 with a Workbook stream)", "refused:file_xls", ""),
        ("password_protected.xlsx", ole2([("\x06DataSpaces", b""), ("EncryptionInfo",
                                          b"\x04\x00\x04\x00\x40\x00\x00\x00"),
                                          ("EncryptedPackage", b"\x00" * 64)]),
         "a password-protected workbook (OLE2 with an EncryptedPackage stream)",
         "refused:file_encrypted", ""),
        ("word97.doc", ole2([("WordDocument", b"\xec\xa5"), ("1Table", b"")]),
         "a Word 97-2003 document", "refused:file_old_office", ""),
        ("spreadsheet.ods", zip_bytes([("mimetype",
                                        b"application/vnd.oasis.opendocument.spreadsheet"),
                                       ("content.xml", ods_content)], stored=("mimetype",)),
         "a LibreOffice spreadsheet", "refused:file_ods", ""),
        ("letter.docx", zip_bytes([("[Content_Types].xml", b"<Types/>"),
                                   ("word/document.xml", b"<w:document/>")]),
         "a Word document", "refused:file_word", ""),
        ("archive.zip", zip_bytes([("data.csv", b"waktu,acara,jenis\r\n")]),
         "a plain ZIP holding a CSV", "refused:file_zip", ""),
        ("data.csv.gz", _gzip(b"waktu,acara,jenis\r\n"), "a gzip-compressed CSV",
         "refused:file_zip", ""),
        ("report.pdf", b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n",
         "a PDF document", "refused:file_pdf", ""),
        ("photo_named.csv", png, "a PNG picture named .csv", "refused:file_image",
         "detected by content, not by name"),
        ("random_binary.csv", noise, "binary data with NUL bytes named .csv",
         "refused:file_binary", ""),
    ]


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _gzip(data: bytes) -> bytes:
    body = zlib.compressobj(9, zlib.DEFLATED, -15)
    deflated = body.compress(data) + body.flush()
    return (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" + deflated
            + struct.pack("<II", zlib.crc32(data), len(data)))
