"""The CSV reader: encodings, separators, quoting and line numbers, header search, row shape,
streaming with bounded memory, progress, and the file-level refusals."""

from __future__ import annotations

import csv
import os
import tracemalloc
from pathlib import Path

import pytest

from feedback_desk.core.interchange import csv_source, source
from feedback_desk.core.interchange.model import ImportRefused
from feedback_desk.core.interchange.source import open_table

HEAD = "recorded_at,event,kind,service_area,text"
ROW = "16/10/2018 09:42,Simposium PMI 2018,complaint,overseas,Klaim belum cair"


def write(tmp_path: Path, data: bytes | str, name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def refused(path: Path, **kw: str) -> tuple[str, dict[str, str]]:
    with pytest.raises(ImportRefused) as caught:
        with open_table(path, **kw) as table:
            for _row in table.rows():
                pass
    return caught.value.message.code, dict(caught.value.message.params)


def rows(path: Path, **kw: str) -> list[tuple[int, tuple[object, ...], int]]:
    with open_table(path, **kw) as table:
        return [(r.number, r.cells, r.extra) for r in table.rows()]


# ---- encodings ----------------------------------------------------------------------------
@pytest.mark.parametrize(("data", "encoding", "guessed"), [
    ((HEAD + "\r\n" + ROW + " é\r\n").encode("utf-8"), "utf-8", False),
    (b"\xef\xbb\xbf" + (HEAD + "\r\n" + ROW + " é\r\n").encode("utf-8"), "utf-8-sig", False),
    ((HEAD + "\r\n" + ROW + " é\r\n").encode("utf-16"), "utf-16", False),
    ((HEAD + "\r\n" + ROW + " é\r\n").encode("utf-16-le"), "utf-16-le", False),
    ((HEAD + "\r\n" + ROW + " é\r\n").encode("utf-16-be"), "utf-16-be", False),
    ((HEAD + "\r\n" + ROW + " é €\r\n").encode("cp1252"), "windows-1252", True),
    ((HEAD + "\r\n" + ROW + "\r\n").encode("ascii"), "utf-8", False),
])
def test_encoding_is_detected(tmp_path: Path, data: bytes, encoding: str, guessed: bool) -> None:
    with open_table(write(tmp_path, data)) as table:
        assert table.info.encoding == encoding
        assert table.info.needs_confirmation is guessed
        assert ("note_encoding_guessed" in {n.code for n in table.info.notes}) is guessed
        (row,) = list(table.rows())
    assert row.cells[0] == "16/10/2018 09:42"
    assert str(row.cells[4]).startswith("Klaim belum cair")
    assert "é" in str(row.cells[4]) or data.isascii()
    assert table.info.headers[0] == "recorded_at"  # no BOM left on the first header


def test_windows_1252_late_in_a_long_file_is_still_found(tmp_path: Path) -> None:
    body = (HEAD + "\r\n" + (ROW + "\r\n") * 5000).encode("ascii") + ROW.encode() + b" caf\xe9\r\n"
    path = write(tmp_path, body)
    with open_table(path) as table:
        assert table.info.encoding == "windows-1252" and table.info.needs_confirmation
        last = list(table.rows())[-1]
    assert last.cells[4] == "Klaim belum cair café" and last.number == 5002


def test_a_forced_encoding_is_used_without_asking(tmp_path: Path) -> None:
    path = write(tmp_path, (HEAD + "\r\n" + ROW + " café\r\n").encode("cp1252"))
    with open_table(path, encoding="latin-1") as table:
        assert not table.info.needs_confirmation
        assert list(table.rows())[0].cells[4] == "Klaim belum cair café"
    code, params = refused(path, encoding="utf-8")
    assert (code, params["line"]) == ("file_decode_error", "2")
    assert refused(path, encoding="klingon")[0] == "file_encoding_invalid"
    assert refused(path, encoding="base64")[0] == "file_encoding_invalid"


def test_an_unknown_code_page_is_refused(tmp_path: Path) -> None:
    data = (HEAD + "\r\n" + ROW + "、保険\r\n").encode("shift_jis")
    assert refused(write(tmp_path, data))[0] == "file_encoding_unknown"
    greek_only_in_cp1253 = HEAD.encode() + b"\r\n" + ROW.encode() + b" \x81\x8d\r\n"
    assert refused(write(tmp_path, greek_only_in_cp1253))[0] == "file_encoding_unknown"


# ---- separators and quoting ---------------------------------------------------------------
@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_the_separator_is_sniffed(tmp_path: Path, sep: str) -> None:
    text = "Gaji dipotong, slip tidak ada; agen diam"
    cell = f'"{text}"' if sep in text else text  # Excel quotes only a cell holding the separator
    data = sep.join(["waktu", "acara", "jenis", "area_layanan", "isi"]) + "\r\n" + sep.join(
        ["16/10/2018 09:42", "Simposium", "keluhan", "luar negeri", cell]) + "\r\n"
    with open_table(write(tmp_path, data)) as table:
        assert table.info.separator == sep
        (row,) = list(table.rows())
    assert row.cells == ("16/10/2018 09:42", "Simposium", "keluhan", "luar negeri", text)


def test_semicolons_win_over_more_commas_in_the_text(tmp_path: Path) -> None:
    rows_text = "".join(f"16/10/2018 09:{i:02};Simposium;saran;digital;a, b, c, d, e, f\r\n"
                        for i in range(30))
    path = write(tmp_path, "waktu;acara;jenis;area_layanan;isi\r\n" + rows_text)
    with open_table(path) as table:
        assert table.info.separator == ";"
        assert all(r.cells[4] == "a, b, c, d, e, f" for r in table.rows())


def test_without_a_known_header_the_most_regular_split_wins(tmp_path: Path) -> None:
    path = write(tmp_path, "a;b;c\r\n1;2,5;3\r\n4;5;6\r\n")
    with open_table(path) as table:
        assert table.info.separator == ";" and table.info.headers == ("a", "b", "c")
        assert {n.code for n in table.info.notes} == {"note_header_guessed"}


def test_an_excel_sep_line_is_obeyed_and_skipped(tmp_path: Path) -> None:
    path = write(tmp_path, "sep=,\r\nwaktu,acara,jenis,area_layanan,isi\r\n1,2,3,4,5\r\n")
    with open_table(path) as table:
        assert table.info.separator == "," and table.info.header_row == 2
        assert table.info.notes == ()
        assert [r.number for r in table.rows()] == [3]


def test_quoted_newlines_and_doubled_quotes_keep_line_numbers(tmp_path: Path) -> None:
    text = (HEAD + "\n" + '1,E,complaint,overseas,"two\nlines, ""quoted"""\n'
            + '2,E,complaint,overseas,"three\r\n\r\nlines"\n' + "3,E,complaint,overseas,one\n")
    found = rows(write(tmp_path, text))
    assert [n for n, _c, _e in found] == [2, 4, 7]
    assert found[0][1][4] == 'two\nlines, "quoted"'
    assert found[1][1][4] == "three\r\n\r\nlines"


@pytest.mark.parametrize("eol", ["\r\n", "\n", "\r"])
def test_every_line_ending_counts_lines(tmp_path: Path, eol: str) -> None:
    text = eol.join([HEAD, ROW, "", ROW, '1,E,kind,area,"a' + eol + 'b"', ROW]) + eol
    found = rows(write(tmp_path, text))
    assert [n for n, _c, _e in found] == [2, 4, 5, 7]
    assert found[2][1][4] == "a" + eol + "b"


def test_bad_quotes_are_refused_with_their_line(tmp_path: Path) -> None:
    base = HEAD + "\r\n" + ROW + "\r\n"
    assert refused(write(tmp_path, base + '1,"E"x,k,a,t\r\n')) == \
        ("csv_bad_quoting", {"line": "3"})
    assert refused(write(tmp_path, base + '1,E,k,a,"never closed\r\n' + ROW + "\r\n")) == \
        ("csv_unclosed_quote", {"line": "3"})
    # a quote inside an unquoted cell is text (5" screen), not an error
    assert rows(write(tmp_path, base + '1,E,k,a,5" screen\r\n'))[1][1][4] == '5" screen'


def test_an_overlong_cell_or_line_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                             ) -> None:
    path = write(tmp_path, HEAD + "\r\n" + ROW + "\r\n" + '1,E,k,a,"' + "x" * 1_000_001 + '"\r\n')
    assert refused(path) == ("csv_cell_too_long", {"line": "3", "limit": "1,000,000"})
    just_fits = write(tmp_path, HEAD + "\r\n" + '1,E,k,a,"' + "y" * 1_000_000 + '"\r\n')
    assert len(rows(just_fits)[0][1][4]) == 1_000_000  # type: ignore[arg-type]
    monkeypatch.setattr(csv_source, "MAX_LINE", 5000)
    long_line = write(tmp_path, HEAD + "\r\n" + ROW + "\r\n" + "z," * 4000 + "\r\n")
    assert refused(long_line)[0] == "csv_line_too_long"


# ---- rows ---------------------------------------------------------------------------------
def test_rows_are_padded_extra_counted_and_blank_rows_skipped(tmp_path: Path) -> None:
    text = (HEAD + ",,\r\n" + "1,E\r\n" + ",,,,,,\r\n" + "   , ,\r\n" + "\r\n"
            + "2,E,k,a,t,,x,  ,y\r\n" + '3,"",k, a ,"  t  "\r\n' + "\r\n\r\n")
    with open_table(write(tmp_path, text)) as table:
        assert table.info.headers == tuple(HEAD.split(","))  # trailing empty headers dropped
        found = [(r.number, r.cells, r.extra) for r in table.rows()]
        assert table.blank_rows == 5
    assert found == [
        (2, ("1", "E", None, None, None), 0),
        (6, ("2", "E", "k", "a", "t"), 2),
        (7, ("3", None, "k", " a ", "  t  "), 0),  # nothing stripped
    ]


def test_title_rows_above_the_header_are_skipped_with_a_note(tmp_path: Path) -> None:
    text = "Rekap Masukan,,\r\n\r\nTanggal cetak: 17/10/2018\r\n" + HEAD + "\r\n" + ROW + "\r\n"
    with open_table(write(tmp_path, text)) as table:
        assert table.info.header_row == 4
        (note,) = table.info.notes
        assert note.code == "note_title_rows_skipped"
        assert dict(note.params) == {"count": "2", "row": "4"}
        assert [r.number for r in table.rows()] == [5]
        assert table.blank_rows == 0


def test_a_header_beyond_twenty_rows_is_not_searched(tmp_path: Path) -> None:
    text = "".join(f"judul {i}\r\n" for i in range(20)) + HEAD + "\r\n" + ROW + "\r\n"
    with open_table(write(tmp_path, text)) as table:
        assert table.info.header_row == 1 and table.info.headers == ("judul 0",)
        assert [n.code for n in table.info.notes] == ["note_header_guessed"]
        assert len(list(table.rows())) == 21


def test_headers_only_is_a_table_without_rows(tmp_path: Path) -> None:
    with open_table(write(tmp_path, HEAD + "\r\n\r\n\r\n")) as table:
        assert list(table.rows()) == [] and table.blank_rows == 2
        assert table.progress() == 1.0


def test_rows_can_be_read_only_once(tmp_path: Path) -> None:
    with open_table(write(tmp_path, HEAD + "\r\n" + ROW + "\r\n")) as table:
        list(table.rows())
        with pytest.raises(RuntimeError):
            table.rows()


# ---- the file itself ----------------------------------------------------------------------
def test_file_level_refusals(tmp_path: Path) -> None:
    assert refused(tmp_path / "nope.csv") == ("file_missing", {"path": str(tmp_path / "nope.csv")})
    assert refused(tmp_path)[0] == "file_is_directory"
    assert refused(write(tmp_path, b""))[0] == "file_empty"
    assert refused(write(tmp_path, "\r\n \r\n;;;\r\n"))[0] == "file_no_rows"
    if hasattr(os, "mkfifo"):  # reading a pipe would wait forever: it is refused first
        fifo = tmp_path / "pipe.csv"
        os.mkfifo(fifo)
        assert refused(fifo)[0] == "file_not_regular"
    assert refused(Path("bad\x00name.csv"))[0] == "file_unreadable"


def test_an_unreadable_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, HEAD + "\r\n" + ROW + "\r\n")

    def denied(*_a: object, **_k: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(source, "open", denied, raising=False)
    assert refused(path) == ("file_unreadable", {"path": str(path),
                                                 "reason": "permission denied"})


def test_a_read_error_midway_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, HEAD + "\r\n" + (ROW + "\r\n") * 30)
    real = csv_source._lines

    def failing(text: object) -> object:
        for number, line in enumerate(real(text), 1):  # type: ignore[arg-type]
            if number == 25:
                raise OSError(5, "Input/output error")
            yield line

    monkeypatch.setattr(csv_source, "_lines", failing)
    assert refused(path) == ("file_unreadable", {"path": str(path),
                                                 "reason": "input/output error"})


@pytest.mark.skipif(getattr(os, "geteuid", lambda: -1)() == 0, reason="root reads any file")
def test_a_file_without_read_permission_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, HEAD + "\r\n" + ROW + "\r\n")
    path.chmod(0)
    assert refused(path)[0] == "file_unreadable"


def test_a_read_only_file_is_read(tmp_path: Path) -> None:
    path = write(tmp_path, HEAD + "\r\n" + ROW + "\r\n")
    path.chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        assert len(rows(path)) == 1
    finally:
        tmp_path.chmod(0o755)


@pytest.mark.parametrize(("data", "code"), [
    (b"<!DOCTYPE html><html><table><tr><td>a</td></tr></table></html>", "file_html"),
    ("\ufeff<table><tr><td>waktu</td></tr></table>".encode(), "file_html"),
    (b'<?xml version="1.0"?><root/>', "file_xml"),
    (b"{\\rtf1 hello}", "file_rtf"),
    (b"%PDF-1.7\n%\xe2\xe3\n", "file_pdf"),
    (b"GIF89a\x01\x00\x01\x00", "file_image"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "file_image"),
    (b"\x1f\x8b\x08\x00\x00\x00", "file_zip"),
    (b"\x00\x01\x02\x03" * 100, "file_binary"),
])
def test_other_formats_are_told_by_content_not_name(tmp_path: Path, data: bytes, code: str
                                                    ) -> None:
    assert refused(write(tmp_path, data, "looks_fine.csv"))[0] == code


# ---- streaming and progress ---------------------------------------------------------------
def big_csv(path: Path, n: int) -> Path:
    text = "Pekerja migran di Hong Kong menanyakan klaim JHT yang belum cair, agen tidak " \
           "membantu dan kantor cabang jauh; mohon layanan daring yang lebih mudah dipakai."
    with path.open("w", encoding="utf-8", newline="") as fh:  # no BOM: the UTF-8 check runs
        writer = csv.writer(fh)
        writer.writerow(["recorded_at", "event", "session", "kind", "service_area", "text"])
        for i in range(n):
            writer.writerow([f"16/10/2018 {i % 24:02}:{i % 60:02}", "Simposium PMI 2018",
                             f"Panel {i % 7}", "complaint", "overseas", f"{i} {text} é"])
    return path


def test_a_large_file_is_streamed_with_bounded_memory(tmp_path: Path) -> None:
    path = big_csv(tmp_path / "big.csv", 100_000)
    size = path.stat().st_size
    assert size > 15_000_000
    tracemalloc.start()
    try:
        with open_table(path) as table:
            count = sum(1 for _ in table.rows())
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 100_000
    assert peak < 2_500_000 and peak < size / 8, (peak, size)  # constant, not the file


def test_progress_rises_to_one(tmp_path: Path) -> None:
    path = big_csv(tmp_path / "mid.csv", 20_000)
    seen = []
    with open_table(path) as table:
        seen.append(table.progress())
        for i, _row in enumerate(table.rows()):
            if i % 500 == 0:
                seen.append(table.progress())
        seen.append(table.progress())
    assert seen == sorted(seen) and seen[-1] == 1.0
    assert all(0.0 <= p <= 1.0 for p in seen)
    assert len(set(seen)) > 10  # it really moves


def test_close_releases_the_file(tmp_path: Path) -> None:
    path = big_csv(tmp_path / "small.csv", 10)
    table = open_table(path)
    next(table.rows())
    table.close()
    table.close()  # twice is harmless
    assert table._fh.closed  # type: ignore[attr-defined]
