"""No file can make the reader raise anything but ``ImportRefused``: random bytes (also behind
the magic numbers the reader dispatches on), and mutated copies of good CSV and XLSX files —
their bytes, and the XML inside the workbook. Whatever is read has the promised shape."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feedback_desk.core.interchange.model import ImportRefused, RawRow
from feedback_desk.core.interchange.source import open_table

CORPUS = Path(__file__).resolve().parents[2] / "data" / "import"
GOOD_XLSX = (CORPUS / "good.xlsx").read_bytes()
GOOD_INLINE = (CORPUS / "good_indonesian_inline_strings.xlsx").read_bytes()
GOOD_CSV = (CORPUS / "good_utf8_bom_comma.csv").read_bytes()
GOOD_SEMI = (CORPUS / "good_indonesian_semicolon.csv").read_bytes()
MERGED = (CORPUS / "merged_event_cells.xlsx").read_bytes()
MAGIC = [b"", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"%PDF-", b"\xef\xbb\xbf",
         b"\xff\xfe", b"\xfe\xff", b"sep=;\r\n", b"<html>", b"{\\rtf", b"\x1f\x8b",
         b"waktu;acara;jenis;area_layanan;isi\r\n",
         b'recorded_at,event,kind,service_area,text\r\n"']
FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def read_everything(data: bytes, **kw: str) -> str:
    """Read ``data`` as the import does; return how it ended. Anything else raised fails."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "input.xlsx"
        path.write_bytes(data)
        try:
            with open_table(path, **kw) as table:
                width = max(len(table.info.headers), 1)
                last, progress = 0, 0.0
                for row in table.rows():
                    assert isinstance(row, RawRow)
                    assert len(row.cells) == width and row.extra >= 0
                    assert row.number > last >= 0
                    last = row.number
                    now = table.progress()
                    assert progress <= now <= 1.0
                    progress = now
                assert table.progress() == 1.0
                return "read"
        except ImportRefused as refused:
            assert refused.message.text() and "{" not in refused.message.text()
            return refused.message.code


@FUZZ
@given(st.sampled_from(MAGIC), st.binary(max_size=3000))
def test_random_bytes_never_escape(prefix: bytes, body: bytes) -> None:
    read_everything(prefix + body)


@FUZZ
@given(st.binary(min_size=1, max_size=2000), st.sampled_from(["utf-8", "windows-1252",
                                                               "utf-16"]))
def test_random_bytes_with_a_forced_encoding_never_escape(body: bytes, encoding: str) -> None:
    read_everything(b"waktu,acara,jenis,area_layanan,isi\n" + body, encoding=encoding)


MUTATION = st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)),
                    min_size=1, max_size=8)


def mutate(data: bytes, changes: list[tuple[float, int]], cut: float | None) -> bytes:
    buf = bytearray(data)
    for where, value in changes:
        buf[int(where * len(buf))] = value
    return bytes(buf[:max(1, int(cut * len(buf)))] if cut is not None else buf)


@FUZZ
@given(st.sampled_from([GOOD_XLSX, GOOD_INLINE, MERGED, GOOD_CSV, GOOD_SEMI]), MUTATION,
       st.none() | st.floats(0, 1))
def test_mutated_good_files_never_escape(good: bytes, changes: list[tuple[float, int]],
                                         cut: float | None) -> None:
    read_everything(mutate(good, changes, cut))


def members(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(name, archive.read(name)) for name in archive.namelist()]


PARTS = sorted({name for good in (GOOD_XLSX, MERGED) for name, _d in members(good)})
SNIPPETS = st.sampled_from([b"<", b">", b"&", b"&amp;", b'"', b"<!DOCTYPE x>", b"\x00",
                            b'<c r="A1048577">', b'<row r="0">', b'<v>1e999</v>', b"\xff\xfe",
                            b'<c t="s"><v>99999</v></c>', b'<c t="d"><v>x</v></c>',
                            b'<mergeCell ref="A1:XFD1048576"/>', b'<mergeCell ref="B9:A1"/>',
                            b'<sheet name="" r:id="rId99"/>', b"</sheetData>"])


@FUZZ
@given(st.sampled_from([GOOD_XLSX, MERGED]), st.sampled_from(PARTS),
       st.lists(st.tuples(st.floats(0, 1), SNIPPETS), min_size=1, max_size=4))
def test_mutated_xml_inside_a_workbook_never_escapes(good: bytes, part: str,
                                                     edits: list[tuple[float, bytes]]) -> None:
    parts = members(good)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts:
            if name == part:
                for where, snippet in edits:
                    at = int(where * len(data))
                    data = data[:at] + snippet + data[at:]
            archive.writestr(name, data)
    read_everything(out.getvalue())


def test_the_good_files_really_read() -> None:
    """The fuzzed files start from files that read (so the mutations test something)."""
    for good in (GOOD_XLSX, GOOD_INLINE, MERGED, GOOD_CSV, GOOD_SEMI):
        assert read_everything(good) == "read"
