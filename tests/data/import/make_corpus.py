"""Writes the import test corpus (this folder) and MANIFEST.json, byte for byte the same on
every run: ``.venv/bin/python tests/data/import/make_corpus.py [FOLDER]``.

MANIFEST.json has one entry per file: ``what`` it is, ``expect`` — ``refused:<code>`` (the
``ImportRefused`` message code) or ``rows:<n>`` (data rows the reader yields) — and ``notes``:
what the row validation should report (``row_codes``: the row message codes expected).
The text files are written here; the workbooks and containers in ``corpus_workbooks.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_workbooks import binary_files, workbook_files  # noqa: E402

HERE = Path(__file__).resolve().parent
EN = ("recorded_at", "event", "session", "kind", "service_area", "programme", "country", "text",
      "contact_consent", "speaker_name", "speaker_phone")
ID = ("waktu", "acara", "sesi", "jenis", "area_layanan", "program", "negara", "isi",
      "persetujuan_kontak")
EVENT = "Simposium PMI 2018"
ROWS = [
    ("16/10/2018 09:42", EVENT, "Panel 1", "complaint", "overseas", "JKK", "MY",
     "Klaim JKK saya sudah tiga bulan belum cair, padahal dokumen lengkap.", "no", "", ""),
    ("16/10/2018 09:55", EVENT, "Panel 1", "suggestion", "digital", "JHT", "SA",
     "Please make the mobile app work without a fast connection; signal at the dorm is weak.",
     "yes", "Siti Aminah", "+62 812 3456 7890"),
    ("16/10/2018 10:10", EVENT, "Panel 2", "question", "domestic", "JKM", "HK",
     "Bagaimana cara ahli waris mengurus klaim JKM kalau pekerja meninggal di luar negeri?",
     "no", "", ""),
    ("16/10/2018 10:31", EVENT, "Panel 2", "appreciation", "overseas", "JKK", "TW",
     "Terima kasih, petugas di Taipei sangat membantu saat saya kecelakaan kerja.", "no", "",
     ""),
    ("2018-10-16T11:05:00+07:00", EVENT, "Sesi Pleno", "complaint", "overseas", "other", "MY",
     "Agen memotong gaji untuk biaya penempatan, apakah itu boleh?", "no", "", ""),
]
ID_ROWS = [
    ("16/10/2018 13:15", EVENT, "Sesi Pleno", "keluhan", "luar negeri", "JKK", "Malaysia",
     "Majikan menahan paspor, saya tidak bisa pulang, mohon bantuan", "tidak"),
    ("16/10/2018 13:40", EVENT, "Sesi Pleno", "saran", "dalam negeri", "JHT", "Hong Kong",
     "Sosialisasi sebelum berangkat perlu lebih jelas, terutama soal klaim", "tidak"),
    ("17/10/2018 09:05", EVENT, "Panel 3", "pertanyaan", "luar negeri", "JKM", "Arab Saudi",
     "Apakah iuran bisa dibayar dari luar negeri, misalnya lewat bank di sana?", "tidak"),
]
MANIFEST: list[dict[str, object]] = []


def csv_text(rows: list[tuple[str, ...]], sep: str = ",", eol: str = "\r\n") -> str:
    def cell(value: str) -> str:
        if any(ch in value for ch in (sep, '"', "\n", "\r")):
            return '"' + value.replace('"', '""') + '"'
        return value
    return "".join(sep.join(cell(v) for v in row) + eol for row in rows)


def put(name: str, data: bytes | str, what: str, expect: str, notes: str = "",
        codes: tuple[str, ...] = (), encoding: str = "utf-8") -> None:
    raw = data.encode(encoding) if isinstance(data, str) else data
    (OUT / name).write_bytes(raw)
    entry: dict[str, object] = {"file": name, "what": what, "expect": expect, "notes": notes}
    if codes:
        entry["row_codes"] = list(codes)
    MANIFEST.append(entry)


def text_files() -> None:
    good = csv_text([EN, *ROWS])
    put("good_utf8_bom_comma.csv", "\ufeff" + good, "GOOD: UTF-8 with BOM, comma, CRLF, the "
        "English headers; a quoted comma cell", "rows:5",
        "all 5 accepted; row 3 has consent=yes with name and phone (stored as identity)")
    put("good_indonesian_semicolon.csv", csv_text([ID, *ID_ROWS], sep=";"),
        "GOOD: Indonesian Excel export: `;`, Indonesian headers and values, commas unquoted "
        "inside text, no BOM", "rows:3", "all 3 accepted (keluhan/saran/pertanyaan, luar/dalam "
        "negeri, country names in Indonesian)")
    put("utf8_no_bom_accents.csv", csv_text([EN[:9], ("16/10/2018 09:42", "Séminaire Genève",
        "Café débat", "question", "overseas", "JKK", "FR", "Où déposer la réclamation ? "
        "Señora Müller a payé 150 €.", "no")], eol="\n"),
        "UTF-8 without BOM, accents and the euro sign", "rows:1", "accepted; text unchanged")
    put("windows1252_accents.csv", csv_text([EN[:9], ("16/10/2018 09:42", "Séminaire Genève",
        "Café débat", "question", "overseas", "JKK", "FR", "Où déposer la réclamation ? "
        "Señora Müller a payé 150 € – merci.", "no")]).encode("cp1252"),
        "Windows-1252 (Excel 'CSV' on a Western PC): é, ñ, €, en dash", "rows:1",
        "read as windows-1252 with needs_confirmation=True and note_encoding_guessed; accepted")
    put("utf16_tab_unicode_text.txt", csv_text([EN[:9], *[r[:9] for r in ROWS[:3]]], sep="\t"
                                              ).encode("utf-16"),
        "Excel 'Unicode text': UTF-16 LE with BOM, tab-separated", "rows:3", "all 3 accepted")
    put("quoted_newlines.csv", csv_text([EN[:9], (*ROWS[0][:7], "Baris pertama\r\nbaris kedua "
        "dengan \"kutipan\"\r\nbaris ketiga", "no"), ROWS[2][:9]]),
        "a cell with two quoted line breaks and doubled quotes", "rows:2",
        "rows numbered 2 and 5 (the line where each record starts); both accepted")
    for ending, eol in (("crlf", "\r\n"), ("lf", "\n"), ("cr", "\r")):
        put(f"line_endings_{ending}.csv", csv_text([EN[:9], *[r[:9] for r in ROWS[:3]]],
                                                   eol=eol),
            f"{ending.upper()} line endings", "rows:3", "rows 2-4, all accepted")
    put("title_rows_above_header.csv", "Rekap Masukan Simposium PMI 2018,,,,\r\nDicatat oleh: "
        "tim desk,,,,\r\n,,,,\r\n" + csv_text([EN[:9], *[r[:9] for r in ROWS[:2]]]),
        "two title rows and a blank line above the header", "rows:2",
        "header_row=4, note_title_rows_skipped; rows 5-6 accepted")
    put("sep_line_semicolon.csv", "sep=;\r\n" + csv_text([EN[:9], *[r[:9] for r in ROWS[:2]]],
                                                          sep=";"),
        "Excel's `sep=;` first line", "rows:2", "separator ';', header_row=2")
    put("headers_only.csv", csv_text([EN]), "the header row and nothing else", "rows:0",
        "nothing to import (0 rows)")
    put("trailing_blank_rows.csv", csv_text([EN[:9], *[r[:9] for r in ROWS[:2]]])
        + "\r\n,,,,,,,,\r\n   ,  ,,,,,,,\r\n\r\n",
        "blank lines and separator-only lines after the data", "rows:2",
        "blank_rows=4; 2 accepted")
    put("no_recognisable_header.csv", csv_text([("a", "b", "c"), ("1", "2", "3"),
                                                ("4", "5", "6")]),
        "a table whose header names no known column", "rows:2",
        "note_header_guessed; missing_columns: recorded_at, event, kind, service_area, text",
        ("missing_columns",))
    put("blank_lines_only.csv", "\r\n  \r\n,,,\r\n\r\n", "nothing but blank lines",
        "refused:file_no_rows")
    put("empty.csv", b"", "0 bytes", "refused:file_empty")
    row_problem_files()
    refused_text_files()


def row_problem_files() -> None:
    base = list(ROWS[0][:9])

    def with_(**changes: str) -> tuple[str, ...]:
        row = list(base)
        for key, value in changes.items():
            row[EN.index(key)] = value
        return tuple(row)

    put("bad_dates.csv", csv_text([EN[:9], with_(recorded_at="13/13/2018 09:00"),
                                   with_(recorded_at="10/16/2018 09:00"),
                                   with_(recorded_at="30/02/2018"),
                                   with_(recorded_at="kemarin sore"),
                                   with_(recorded_at="16/10/2018 09:42")]),
        "impossible, month-first and non-dates", "rows:5",
        "rows 2, 4, 5 rejected bad_date; row 3 rejected month_first_date; row 6 accepted",
        ("bad_date", "month_first_date"))
    put("unknown_kind.csv", csv_text([EN[:9], with_(kind="gripe"), with_(kind="Keluhan")]),
        "a kind that is no code or label", "rows:2",
        "row 2 rejected unknown_value (kind: gripe); row 3 accepted", ("unknown_value",))
    put("missing_required_cells.csv", csv_text([EN[:9], with_(text=""), with_(event=""),
                                                with_(kind="", service_area="")]),
        "required cells left empty", "rows:3", "rows 2-4 rejected missing_value",
        ("missing_value",))
    put("formula_prefixed_cells.csv", csv_text([EN[:9], with_(text="=cmd|' /C calc'!A0"),
                                                with_(text="+1 dari saya"),
                                                with_(text="-1 untuk pelayanan"),
                                                with_(text="@SUM(A1:A9)")]),
        "cells beginning with = + - @ (CSV injection payloads)", "rows:4",
        "all accepted, stored as literal text, never evaluated")
    put("stray_separator.csv", csv_text([EN[:9], ROWS[1][:9]]) + "16/10/2018 11:00,"
        + EVENT + ",Panel 1,complaint,overseas,JKK,MY,Gaji dipotong, tidak ada slip,no\r\n",
        "an unquoted comma in the text of row 3", "rows:2",
        "row 3 has extra=1 and its consent cell reads ' tidak ada slip': rejected extra_cells "
        "and bad_consent; row 2 accepted", ("extra_cells", "bad_consent"))
    uid = "8a1f6f0e-4c1d-4b5e-9a51-6a4a2f9b1c01"
    put("duplicate_uuid.csv", csv_text([("uuid", *EN[:9]), (uid, *ROWS[0][:9]),
                                        (uid, *ROWS[2][:9]), (uid, *ROWS[0][:9])]),
        "the same uuid on three rows, the third an exact copy of the first", "rows:3",
        "row 2 accepted; row 3 rejected duplicate_in_file; row 4 present (same_as_row)",
        ("duplicate_in_file", "same_as_row"))
    put("consent_no_with_personal_data.csv",
        csv_text([EN, (*ROWS[0][:8], "no", "Budi Santoso", "0812-0000-1111"),
                  (*ROWS[2][:8], "tidak", "Rina", "")]),
        "personal data given with contact_consent = no/tidak", "rows:2",
        "both accepted without name/phone: personal_dropped", ("personal_dropped",))
    put("long_text_200k.csv", csv_text([EN[:9], with_(text="Panjang. " * 22_223)]),
        "a 200,000-character text cell (below the reader's 1,000,000 limit)", "rows:1",
        "rejected too_long_text (limit 100,000)", ("too_long_text",))
    put("control_characters.csv", csv_text([EN[:9], with_(text="ada\x00NUL\x07bel\x1b[31m "
                                                           "dan\x0btab vertikal")]),
        "NUL, BEL, ESC and VT inside a text cell", "rows:1",
        "accepted with control_removed", ("control_removed",))
    put("scripts_rtl_cjk_emoji.csv", csv_text([EN[:9], with_(text="مرحبا، التأمين لم يدفع"),
                                               with_(text="שלום, הביטוח לא שילם"),
                                               with_(text="保险还没有赔付，请帮忙。"),
                                               with_(text="Terima kasih 🙏🏽👍 e\u0301 ZWJ 👩‍👩‍👧")]),
        "Arabic and Hebrew (right-to-left), Chinese, emoji with skin tone and ZWJ, a "
        "combining accent", "rows:4", "all accepted, text byte-identical after import")
    put("duplicate_header_column.csv",
        csv_text([(*EN[:9], "text"), (*ROWS[0][:9], "second text column")]),
        "the text column named twice", "rows:1",
        "the first 'text' column feeds text; the second is ignored (unknown_headers)",
        ("unknown_headers",))
    put("missing_required_header.csv",
        csv_text([tuple(h for h in EN[:9] if h != "kind"),
                  tuple(v for h, v in zip(EN[:9], ROWS[0], strict=False) if h != "kind")]),
        "no kind column", "rows:1", "missing_columns: kind; nothing can be imported",
        ("missing_columns",))


def refused_text_files() -> None:
    put("bad_quote.csv", csv_text([EN[:9], ROWS[0][:9]]) + '16/10/2018 12:00,' + EVENT
        + ',"Panel 1"x,complaint,overseas,JKK,MY,teks,no\r\n',
        "a character after a closing quote on line 3", "refused:csv_bad_quoting",
        "the message names line 3")
    put("unclosed_quote.csv", csv_text([EN[:9], ROWS[0][:9], ROWS[1][:9]]) + '16/10/2018 12:00,'
        + EVENT + ',Panel 1,complaint,overseas,JKK,MY,"teks tanpa tutup,no\r\n'
        + csv_text([r[:9] for r in ROWS[2:]]),
        "a quote opened on line 4 and never closed", "refused:csv_unclosed_quote",
        "the message names line 4")
    put("cell_too_long.csv", csv_text([EN[:9]]) + '16/10/2018 12:00,' + EVENT
        + ',Panel 1,complaint,overseas,JKK,MY,"' + "x" * 1_000_100 + "\r\n",
        "an unclosed quote followed by over 1,000,000 characters", "refused:csv_cell_too_long",
        "the message names line 2 and suggests an unclosed quote")
    put("shift_jis.csv", csv_text([EN[:9], (*ROWS[0][:7], "保険金の請求について、質問です。",
                                            "no")]).encode("shift_jis"),
        "Japanese text in Shift-JIS", "refused:file_encoding_unknown")
    put("mixed_encodings.csv", csv_text([EN[:9], (*ROWS[0][:7], "Jalan Café ☕", "no")]).encode()
        + csv_text([(*ROWS[2][:7], "Señora Müller", "no")]).encode("cp1252"),
        "UTF-8 rows, then a row pasted in Windows-1252", "refused:file_decode_error",
        "the message names line 3")
    put("web_page_named.xls", "<!DOCTYPE html>\n<html><body><table><tr><td>waktu</td>"
        "<td>acara</td></tr></table></body></html>\n", "an HTML table saved as .xls by a web "
        "system", "refused:file_html")
    put("excel_2003.xml", '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name='
        '"Sheet1"/></Workbook>\n', "Excel 2003 XML spreadsheet", "refused:file_xml_spreadsheet")
    put("notes.rtf", "{\\rtf1\\ansi Rekap masukan\\par}\n", "a rich-text document",
        "refused:file_rtf")


def main() -> None:
    global OUT
    OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    OUT.mkdir(parents=True, exist_ok=True)
    text_files()
    for name, data, what, expect, notes, *codes in [*workbook_files(EN, ROWS, ID, ID_ROWS),
                                                    *binary_files()]:
        put(name, data, what, expect, notes, *codes)
    MANIFEST.sort(key=lambda e: str(e["file"]))
    (OUT / "MANIFEST.json").write_text(json.dumps(MANIFEST, indent=1, ensure_ascii=False) + "\n",
                                       encoding="utf-8")


OUT = HERE

if __name__ == "__main__":
    main()
