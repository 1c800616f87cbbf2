"""The PDF charts and heatmap table: built from hand-made trends DTOs (no database), rendered to
real PDFs and read back with pypdf; the drawings are also inspected shape by shape (colours from
the palette, every string in the report fonts, inside the drawing and clear of each other)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pdfplumber
import pytest
from pypdf import PdfReader
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Group, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from feedback_desk.core import palette
from feedback_desk.core.dto import EntryQuery
from feedback_desk.core.reports import charts, fonts
from feedback_desk.core.reports.text import MARKER, TextWarnings
from feedback_desk.core.trends import OTHER, CaseHealth, Heatmap, TierHealth, TimeSeries

TZ = "Asia/Jakarta"
# 2026-10-12 17:00 UTC = 13 October 00:00 in Jakarta
T0 = datetime(2026, 10, 12, 17, 0, tzinfo=UTC)
STEP = {"minute": timedelta(minutes=1), "hour": timedelta(hours=1), "day": timedelta(days=1),
        "week": timedelta(weeks=1)}
AREAS = {"domestic": "Domestic", "overseas": "Overseas", "digital": "Digital",
         OTHER: "Other", "": "Not given"}
_SWATCH_MAX = 7.5  # legend squares are 7 pt; the bars in these tests are wider
HOSTILE = "<b>& 深圳市华丽家政 😀 </para>"
WIDTH, HEIGHT = 480.0, 220.0


def _series(n: int, bucket: str = "day", keys: tuple[str, ...] = ("overseas", "domestic"),
            start: datetime = T0) -> TimeSeries:
    bounds = tuple(start + i * STEP[bucket] for i in range(n + 1))
    counts = tuple(tuple((i * (k + 3) + 2 * k) % 7 + k for i in range(n))
                   for k in range(len(keys)))
    return TimeSeries(query=EntryQuery(), by="area", bucket=bucket, requested="auto",
                      bounds=bounds, keys=keys, counts=counts)


def _health(backlog: tuple[int, ...] = (3, 5, 4, 9, 2), bucket: str = "day",
            tiers: tuple[TierHealth, ...] | None = None) -> CaseHealth:
    bounds = tuple(T0 + i * STEP[bucket] for i in range(len(backlog) + 1))
    if tiers is None:
        tiers = (TierHealth("S0", 6, 5, 1, 0, 20.0), TierHealth("S1", 4, 4, 0, 0, 30.0),
                 TierHealth("S2", 0, 0, 3, 1, None))
    return CaseHealth(query=EntryQuery(), bucket=bucket, bounds=bounds, backlog=backlog,
                      open_now=backlog[-1] if backlog else 0, overdue=1, resolved=10,
                      median_hours=24.0, tiers=tiers, adoption=(), commitments=())


def _heatmap(rows: tuple[str, ...] = ("claims", "documents", ""),
             cols: tuple[str, ...] = ("domestic", "overseas", "digital")) -> Heatmap:
    counts = tuple(tuple((r * 5 + c * 3) % 11 for c in range(len(cols)))
                   for r in range(len(rows)))
    return Heatmap(query=EntryQuery(), row_by="topic", col_by="area", rows=rows, cols=cols,
                   counts=counts)


def _shapes(node: Drawing | Group) -> Iterator[Any]:
    for child in node.contents:
        yield child
        if isinstance(child, Group):
            yield from _shapes(child)


def _strings(drawing: Drawing) -> list[String]:
    return [s for s in _shapes(drawing) if isinstance(s, String)]


def _fills(drawing: Drawing, kind: Any) -> set[str]:
    return {s.fillColor.hexval().upper().replace("0X", "#") for s in _shapes(drawing)
            if isinstance(s, kind) and s.fillColor is not None}


def _pdf_text(drawing: Drawing, path: Path) -> str:
    renderPDF.drawToFile(drawing, str(path))
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _char_fonts(path: Path) -> set[str]:
    """The fonts the PDF's characters are drawn in (subset prefixes dropped)."""
    with pdfplumber.open(path) as pdf:
        return {c["fontname"].split("+")[-1] for page in pdf.pages for c in page.chars}


def _check_layout(drawing: Drawing) -> None:
    """Every string in a report font, inside the drawing, and not overlapping another one."""
    boxes = []
    for s in _strings(drawing):
        assert s.fontName in (fonts.SANS, fonts.SANS_BOLD)
        w = stringWidth(s.text, s.fontName, s.fontSize)
        left = {"start": s.x, "middle": s.x - w / 2, "end": s.x - w}[s.textAnchor]
        assert -0.01 <= left and left + w <= drawing.width + 0.01, s.text
        assert -0.01 <= s.y and s.y + s.fontSize * 0.8 <= drawing.height + 0.01, s.text
        boxes.append((left, left + w, s.y, s.fontSize, s.text))
    for i, (l1, r1, y1, h1, t1) in enumerate(boxes):
        for l2, r2, y2, h2, t2 in boxes[i + 1:]:
            if abs(y1 - y2) < min(h1, h2) * 0.9:
                assert r1 <= l2 or r2 <= l1, (t1, t2)


def _render(path: Path) -> None:
    """Rasterise the PDF with pdftoppm when available (a broken PDF fails here)."""
    if shutil.which("pdftoppm") is None:
        return
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(path), str(path.with_suffix(""))],
                   check=True, capture_output=True, timeout=60)


def test_stacked_bars_with_indonesian_dates(tmp_path: Path) -> None:
    series = _series(25)  # 13 Oct … 6 Nov
    drawing = charts.time_chart(series, AREAS.__getitem__, timezone=TZ, lang="id",
                                width=WIDTH, height=HEIGHT)
    text = _pdf_text(drawing, tmp_path / "bars.pdf")
    assert "13 Okt" in text and "Nov" in text and "Oct" not in text
    assert "Overseas" in text and "Domestic" in text
    bars = [s for s in _shapes(drawing) if isinstance(s, Rect) and s.width > _SWATCH_MAX]
    assert len(bars) == sum(1 for row in series.counts for n in row if n)
    assert _fills(drawing, Rect) == {palette.colour("area", "overseas"),
                                     palette.colour("area", "domestic")}
    assert not [s for s in _shapes(drawing) if isinstance(s, Polygon)]
    dates = [s.text for s in _strings(drawing) if "Okt" in s.text or "Nov" in s.text]
    assert 2 <= len(dates) <= charts.MAX_X_LABELS
    _check_layout(drawing)
    assert _char_fonts(tmp_path / "bars.pdf") == {"DejaVuSans"}  # never Helvetica
    _render(tmp_path / "bars.pdf")


def test_y_axis_starts_at_zero_with_integer_ticks() -> None:
    series = _series(10)
    drawing = charts.time_chart(series, AREAS.__getitem__, timezone=TZ, lang="en",
                                width=WIDTH, height=HEIGHT)
    numbers = [s for s in _strings(drawing) if s.text.isdigit() and s.textAnchor == "end"]
    values = sorted(int(s.text) for s in numbers)
    assert values[0] == 0 and values[-1] >= max(series.totals)
    steps = {b - a for a, b in zip(values, values[1:], strict=False)}
    assert len(steps) == 1 and len(values) <= 6


@pytest.mark.parametrize(("bucket", "lang", "expect", "absent"), [
    ("hour", "id", "13 Okt 00:00", "Oct"),
    ("hour", "en", "13 Oct 00:00", "Okt"),
    ("day", "en", "13 Oct", "2026"),
    ("week", "id", "13 Okt 2026", "Oct"),
    ("minute", "en", "13 Oct 00:00", "Okt"),
])
def test_date_labels_by_bucket_size(bucket: str, lang: str, expect: str, absent: str) -> None:
    drawing = charts.time_chart(_series(30, bucket), AREAS.__getitem__, timezone=TZ, lang=lang,
                                width=WIDTH, height=HEIGHT)
    texts = [s.text for s in _strings(drawing)]
    assert expect in texts  # the first bucket starts at local midnight in Jakarta
    assert not [t for t in texts if absent in t]
    _check_layout(drawing)


def test_indonesian_months_are_all_indonesian() -> None:
    stamps = [datetime(2026, m, 15, tzinfo=UTC) for m in range(1, 13)]
    got = [charts._when(t, "day", ZoneInfo(TZ), "id").split()[1] for t in stamps]
    assert got == ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov",
                   "Des"]


def test_many_buckets_stack_areas_in_palette_colours(tmp_path: Path) -> None:
    keys = ("overseas", "domestic", "digital", "", OTHER)
    series = _series(1500, "hour", keys)
    drawing = charts.time_chart(series, AREAS.__getitem__, timezone=TZ, lang="id",
                                width=WIDTH, height=HEIGHT)
    polygons = [s for s in _shapes(drawing) if isinstance(s, Polygon)]
    assert len(polygons) == len(keys)
    assert _fills(drawing, Polygon) == set(palette.colours("area", keys))
    assert palette.OTHER in _fills(drawing, Polygon)
    assert palette.NOT_GIVEN in _fills(drawing, Polygon)
    text = _pdf_text(drawing, tmp_path / "areas.pdf")
    assert "Other" in text and "Not given" in text and "Okt" in text
    _check_layout(drawing)
    _render(tmp_path / "areas.pdf")


def test_legend_wraps_and_long_labels_are_cut() -> None:
    keys = ("overseas", "domestic", "digital", "", OTHER)
    names = {k: f"{v} — a rather long service area description {k}" * 2 for k, v in AREAS.items()}
    drawing = charts.time_chart(_series(40, "day", keys), names.__getitem__, timezone=TZ,
                                lang="en", width=260, height=260)
    legend = [s for s in _strings(drawing) if "description" in s.text]
    assert len(legend) == len(keys) and len({s.y for s in legend}) == len(keys)
    assert all(s.text.endswith("…") for s in legend)
    _check_layout(drawing)


def test_narrow_chart_has_fewer_date_labels() -> None:
    drawing = charts.time_chart(_series(60, "hour"), AREAS.__getitem__, timezone=TZ,
                                lang="en", width=180, height=150)
    dates = [s for s in _strings(drawing) if ":" in s.text]
    assert 1 <= len(dates) <= 3
    _check_layout(drawing)


@pytest.mark.parametrize("series", [
    TimeSeries(EntryQuery(), "area", "day", "auto", (), (), ()),
    TimeSeries(EntryQuery(), "area", "day", "auto", (T0, T0 + STEP["day"]), (), ()),
    TimeSeries(EntryQuery(), "area", "day", "auto", (T0, T0 + STEP["day"]), ("overseas",),
               ((0,),)),
])
def test_empty_series_draws_the_empty_text(series: TimeSeries, tmp_path: Path) -> None:
    drawing = charts.time_chart(series, AREAS.__getitem__, timezone=TZ, lang="id",
                                width=WIDTH, height=HEIGHT, empty_text="Tidak ada data")
    assert [s.text for s in _strings(drawing)] == ["Tidak ada data"]
    assert "Tidak ada data" in _pdf_text(drawing, tmp_path / "empty.pdf")


def test_hostile_labels_are_drawn_literally(tmp_path: Path) -> None:
    warnings = TextWarnings()
    drawing = charts.time_chart(_series(5, keys=("overseas", OTHER)),
                                lambda key: HOSTILE + key, timezone=TZ, lang="en",
                                width=WIDTH, height=HEIGHT, empty_text=HOSTILE,
                                warnings=warnings)
    text = _pdf_text(drawing, tmp_path / "hostile.pdf")
    assert "<b>&" in text and "</para>" in text and MARKER in text
    assert warnings.count >= 2  # the emoji, and Chinese (plain has no CJK font switch)
    _check_layout(drawing)
    _render(tmp_path / "hostile.pdf")


def test_backlog_line(tmp_path: Path) -> None:
    health = _health()
    drawing = charts.backlog_chart(health, timezone=TZ, lang="id", width=WIDTH, height=160,
                                   title="Keluhan terbuka")
    lines = [s for s in _shapes(drawing) if isinstance(s, PolyLine)]
    assert len(lines) == 1
    assert lines[0].strokeColor == colors.HexColor(palette.colour("kind", "complaint"))
    assert len(lines[0].points) == 2 * len(health.backlog)
    text = _pdf_text(drawing, tmp_path / "backlog.pdf")
    assert "Keluhan terbuka" in text and "14 Okt" in text  # the end of the first bucket
    assert "13 Okt" not in text
    _check_layout(drawing)
    _render(tmp_path / "backlog.pdf")


@pytest.mark.parametrize("backlog", [(4,), (0, 0, 0), tuple(i % 37 for i in range(1500))])
def test_backlog_one_point_zeros_and_many(backlog: tuple[int, ...], tmp_path: Path) -> None:
    drawing = charts.backlog_chart(_health(backlog, "hour"), timezone=TZ, lang="en",
                                   width=WIDTH, height=160)
    _check_layout(drawing)
    assert "0" in _pdf_text(drawing, tmp_path / "b.pdf")


def test_backlog_empty(tmp_path: Path) -> None:
    drawing = charts.backlog_chart(_health(()), timezone=TZ, lang="en", width=WIDTH,
                                   height=160, title=HOSTILE, empty_text="No complaints")
    text = _pdf_text(drawing, tmp_path / "b.pdf")
    assert "No complaints" in text and "<b>&" in text
    _check_layout(drawing)


def test_compliance_bars(tmp_path: Path) -> None:
    labels = {"S0": "S0 urgent", "S1": "S1 high", "S2": "S2 normal"}
    drawing = charts.compliance_chart(_health(), labels.__getitem__, width=300, height=120)
    text = _pdf_text(drawing, tmp_path / "sla.pdf")
    for expected in ("S0 urgent", "S1 high", "S2 normal", "83 %", "100 %", "–", "0 %"):
        assert expected in text
    assert _fills(drawing, Rect) == {palette.colour("tier", "S0"), palette.colour("tier", "S1")}
    names = {s.text: s.y for s in _strings(drawing) if s.text in labels.values()}
    assert names["S0 urgent"] > names["S1 high"] > names["S2 normal"]  # first tier on top
    _check_layout(drawing)
    _render(tmp_path / "sla.pdf")


def test_compliance_empty_and_hostile(tmp_path: Path) -> None:
    drawing = charts.compliance_chart(_health(tiers=()), str, width=300, height=120,
                                      empty_text="Belum ada")
    assert "Belum ada" in _pdf_text(drawing, tmp_path / "e.pdf")
    warnings = TextWarnings()
    drawing = charts.compliance_chart(_health(), lambda t: HOSTILE * 4 + t, width=300,
                                      height=120, warnings=warnings)
    assert "<b>&" in _pdf_text(drawing, tmp_path / "h.pdf") and warnings.count
    _check_layout(drawing)


def _style() -> ParagraphStyle:
    fonts.register()
    return ParagraphStyle("body", fontName=fonts.SANS, fontSize=9, leading=11)


def _build(story: list[object], path: Path) -> str:
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    _render(path)
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(path).pages).split())


def test_heatmap_counts_totals_and_colours(tmp_path: Path) -> None:
    heatmap = _heatmap()
    topics = {"claims": "Claims", "documents": "Documents", "": "No topic"}
    table = charts.heatmap_table(heatmap, topics.__getitem__, AREAS.__getitem__,
                                 corner="Topic", total="Total", width=450, style=_style())
    assert table.repeatRows == 1 and table.splitInRow == 1
    text = _build([table], tmp_path / "heat.pdf")
    for label in ("Topic", "Total", "Claims", "No topic", "Domestic", "Overseas", "Digital"):
        assert label in text
    # counts: (0 3 6 | 9), (5 8 0 | 13), (10 2 5 | 17); columns 15 13 11; all 39
    for row in ("Claims 0 3 6 9", "Documents 5 8 0 13", "No topic 10 2 5 17",
                "Total 15 13 11 39"):
        assert row in text
    backgrounds = {(c, r): colour for op, (c, r), _, colour in
                   ((cmd[0], cmd[1], cmd[2], cmd[3]) for cmd in table._bkgrndcmds)
                   if op == "BACKGROUND"}
    assert backgrounds[(1, 3)] == colors.HexColor(palette.HEAT[-1])  # the largest, 10
    assert backgrounds[(1, 1)] == colors.HexColor(palette.HEAT[0])  # 0
    assert backgrounds[(2, 2)] == colors.HexColor(palette.heat(0.8))
    assert len(backgrounds) == 9  # the totals have no heat colour


def test_heatmap_long_splits_pages_and_hostile_labels(tmp_path: Path) -> None:
    rows = tuple(f"t{i}" for i in range(120))
    heatmap = _heatmap(rows)
    warnings = TextWarnings()
    long_label = " ".join(["panjang"] * 3000)
    table = charts.heatmap_table(
        heatmap, lambda k: long_label if k == "t3" else HOSTILE + k,
        lambda k: HOSTILE + AREAS[k], corner=HOSTILE, total="Jumlah", width=450,
        style=_style(), warnings=warnings)
    text = _build([Paragraph("Heatmap", _style()), Spacer(1, 6), table], tmp_path / "long.pdf")
    assert len(PdfReader(tmp_path / "long.pdf").pages) > 3
    assert text.count("Jumlah") >= 4  # the header repeats on every page, plus the total row
    assert "Jumlah 599 596 604 1799" in text
    assert "<b>&" in text and "</para>t119 1 4 7 12" in text
    assert warnings.count > 0 and MARKER in text
    assert _char_fonts(tmp_path / "long.pdf") == {"DejaVuSans", "DejaVuSans-Bold",
                                                  "DroidSansFallback"}


def test_heatmap_empty_and_all_zero(tmp_path: Path) -> None:
    style = _style()
    empty = charts.heatmap_table(_heatmap((), ()), str, str, corner="", total="Total",
                                 width=450, style=style)
    zeros = Heatmap(EntryQuery(), "topic", "area", ("claims",), ("domestic",), ((0,),))
    table = charts.heatmap_table(zeros, str, str, corner="", total="Total", width=450,
                                 style=style)
    text = _build([empty, Spacer(1, 12), table], tmp_path / "zero.pdf")
    assert "claims 0 0" in text and "Total 0 0" in text
