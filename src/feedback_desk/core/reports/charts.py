"""The charts and the heatmap table of the PDF strategy summary, as vector graphics.

The charts are plain ``reportlab.graphics`` shapes (rectangles, polygons, lines, strings) laid
out here rather than ReportLab's chart widgets, because the layout needs what the widgets do not
give: date labels that never overlap nor leave the drawing, a legend that wraps under the plot,
every string in FD-Sans (the widgets default to Helvetica, which is Latin-1 only) and 1,500
buckets as one polygon per series. The numbers are the dashboard's own DTOs (``core/trends.py``)
and the colours ``core/palette.py``'s, so the PDF and the screen show the same thing in the same
colours. Every string drawn goes through ``text.plain``, every Paragraph text through
``text.markup`` — nothing here escapes user text itself.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from .. import palette
from ..trends import CaseHealth, Heatmap, TimeSeries
from . import fonts
from .text import TextWarnings, markup, plain

#: Above this many buckets the entries-over-time chart stacks areas instead of bars.
MAX_BARS = 60
#: At most this many date labels under a time axis (fewer when they would not fit).
MAX_X_LABELS = 8
MONTHS = {
    "id": ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}
_INK = colors.HexColor("#333333")  # axes and labels
_GRID = colors.HexColor("#DDDDDD")  # grid lines behind the marks
_FAINT = colors.HexColor("#E4E7EB")  # the heatmap table's cell borders
_MUTED = colors.HexColor("#666666")  # the "no data" text
_SIZE = 7.0  # axis and legend labels, pt
_XBAND = 3 + _SIZE + 3  # tick + date label under a plot
_SWATCH = 7.0  # legend colour square
_ROW = 10.5  # legend row height
_ELLIPSIS = "…"
#: Date-label steps (in buckets) that fall on round times, per bucket size.
_STEPS = {
    "minute": (1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440),
    "hour": (1, 2, 3, 6, 12, 24, 48, 72, 168, 336, 720),
    "day": (1, 2, 7, 14, 28, 56, 91, 182, 364),
    "week": (1, 2, 4, 8, 13, 26, 52, 104, 260),
}


def _string(x: float, y: float, s: str, *, size: float = _SIZE, anchor: str = "start",
            bold: bool = False, colour: colors.Color = _INK) -> String:
    """A String in the report font (``s`` has already been through ``plain``)."""
    return String(x, y, s, fontName=fonts.SANS_BOLD if bold else fonts.SANS, fontSize=size,
                  fillColor=colour, textAnchor=anchor)


def _fit(s: str, font: str, size: float, room: float) -> str:
    """``s`` cut at the end, with "…", to at most ``room`` points wide."""
    if stringWidth(s, font, size) <= room:
        return s
    lo, hi = 0, len(s)
    while lo < hi:  # the longest prefix that fits together with the ellipsis
        mid = (lo + hi + 1) // 2
        if stringWidth(s[:mid].rstrip() + _ELLIPSIS, font, size) <= room:
            lo = mid
        else:
            hi = mid - 1
    return s[:lo].rstrip() + _ELLIPSIS


def _empty(drawing: Drawing, text: str, warnings: TextWarnings | None,
           top: float | None = None) -> Drawing:
    """``drawing`` with ``text`` centred in it (below ``top`` when a title is drawn)."""
    s = _fit(plain(text, warnings), fonts.SANS, 9, drawing.width - 8)
    middle = (drawing.height if top is None else top) / 2
    drawing.add(_string(drawing.width / 2, middle - 3, s, size=9, anchor="middle",
                        colour=_MUTED))
    return drawing


def _nice() -> Iterator[int]:
    k = 1
    while True:
        for m in (1, 2, 5):
            yield m * k
        k *= 10


def _ticks(largest: int, height: float) -> tuple[int, int]:
    """(axis top, step): integer ticks from 0, at most 5 and at least 14 pt apart."""
    most = max(1, min(5, int(height // 14)))
    step = 1
    for step in _nice():
        if step * most >= largest:
            break
    return max(step, step * math.ceil(largest / step)), step


def _y_axis(group: Group, x0: float, x1: float, y0: float, height: float, top: int,
            step: int, warnings: TextWarnings | None) -> None:
    """Grid lines and integer labels from 0 to ``top`` left of ``x0``."""
    for value in range(0, top + 1, step):
        y = y0 + height * value / top
        if value:
            group.add(Line(x0, y, x1, y, strokeColor=_GRID, strokeWidth=0.5))
        group.add(_string(x0 - 3, y - _SIZE * 0.35, plain(str(value), warnings), anchor="end"))


def _language(lang: str) -> str:
    return "id" if lang[:2].lower() == "id" else "en"


def _when(moment: datetime, bucket: str, zone: ZoneInfo, lang: str) -> str:
    """A bucket edge as the reader's local time: "13 Okt 08:00", "13 Okt" or "13 Okt 2026"."""
    local = moment.astimezone(zone)
    day = f"{local.day} {MONTHS[_language(lang)][local.month - 1]}"
    if bucket in ("minute", "hour"):
        return f"{day} {local:%H:%M}"
    return f"{day} {local.year}" if bucket == "week" else day


def _x_axis(group: Group, xs: Sequence[float], moments: Sequence[datetime], bucket: str, *,
            zone: ZoneInfo, lang: str, y0: float, room: float, width: float,
            warnings: TextWarnings | None) -> None:
    """Ticks and date labels under the baseline ``y0`` at the points ``xs``: at most
    ``MAX_X_LABELS``, on round steps, each kept inside the drawing and clear of the last."""
    texts = [plain(_when(m, bucket, zone, lang), warnings) for m in moments]
    widest = max(stringWidth(t, fonts.SANS, _SIZE) for t in texts)
    most = max(1, min(MAX_X_LABELS, int(room // (widest + 8))))
    n = len(xs)
    step = next((s for s in _STEPS.get(bucket, ()) if math.ceil(n / s) <= most),
                math.ceil(n / most))
    right = -math.inf
    for i in range(0, n, step):
        w = stringWidth(texts[i], fonts.SANS, _SIZE)
        left = min(max(xs[i] - w / 2, 0.0), width - w)
        if left < right + 4:
            continue
        group.add(Line(xs[i], y0, xs[i], y0 - 2.5, strokeColor=_INK, strokeWidth=0.5))
        group.add(_string(left, y0 - 3 - _SIZE, texts[i]))
        right = left + w


def _legend_places(names: Sequence[str], width: float) -> list[tuple[int, float]]:
    """(row, x) of each legend item, flowing left to right and wrapping at ``width``."""
    places, row, x = [], 0, 0.0
    for name in names:
        w = _SWATCH + 3 + stringWidth(name, fonts.SANS, _SIZE)
        if x > 0 and x + w > width:
            row, x = row + 1, 0.0
        places.append((row, x))
        x += w + 10
    return places


def time_chart(series: TimeSeries, label: Callable[[str], str], *, timezone: str, lang: str,
               width: float, height: float, empty_text: str = "",
               warnings: TextWarnings | None = None) -> Drawing:
    """Entries over time by ``series.by``: stacked bars (≤ ``MAX_BARS`` buckets) or stacked
    areas, the largest category at the bottom, a legend under the plot, local date labels.

    A series without buckets or without a single entry draws ``empty_text`` instead.
    """
    fonts.register()
    drawing = Drawing(width, height)
    n = len(series.bounds) - 1
    totals = series.totals
    if n < 1 or not series.keys or not any(totals):
        return _empty(drawing, empty_text, warnings)
    names = [_fit(plain(label(key), warnings), fonts.SANS, _SIZE, width - _SWATCH - 3)
             for key in series.keys]
    fills = [colors.HexColor(c) for c in palette.colours(series.by, series.keys)]
    places = _legend_places(names, width)
    legend_h = (places[-1][0] + 1) * _ROW
    y0 = legend_h + 4 + _XBAND
    plot_h = max(height - y0 - 5, 10.0)
    top, step = _ticks(max(totals), plot_h)
    x0, x1 = stringWidth(str(top), fonts.SANS, _SIZE) + 6, width - 4
    slot = (x1 - x0) / n
    xs = [x0 + (i + 0.5) * slot for i in range(n)]
    scale = plot_h / top
    group = Group()
    _y_axis(group, x0, x1, y0, plot_h, top, step, warnings)
    if n <= MAX_BARS:
        bar = slot * (0.8 if slot >= 4 else 1.0)
        for i, x in enumerate(xs):
            base = 0
            for row, fill in zip(series.counts, fills, strict=True):
                if row[i]:
                    group.add(Rect(x - bar / 2, y0 + base * scale, bar, row[i] * scale,
                                   fillColor=fill, strokeColor=None, strokeWidth=0))
                    base += row[i]
    else:
        # painted from the top series down, each down to the baseline: no seams between them
        tops, running = [], [0] * n
        for row in series.counts:
            running = [a + b for a, b in zip(running, row, strict=True)]
            tops.append(running)
        for upper, fill in reversed(list(zip(tops, fills, strict=True))):
            points = [xs[0], y0]
            for x, value in zip(xs, upper, strict=True):
                points += [x, y0 + value * scale]
            points += [xs[-1], y0]
            group.add(Polygon(points, fillColor=fill, strokeColor=None, strokeWidth=0))
    group.add(Line(x0, y0, x1, y0, strokeColor=_INK, strokeWidth=0.8))
    _x_axis(group, xs, series.bounds[:-1], series.bucket, zone=ZoneInfo(timezone), lang=lang,
            y0=y0, room=x1 - x0, width=width, warnings=warnings)
    for (row_no, x), name, fill in zip(places, names, fills, strict=True):
        y = legend_h - (row_no + 1) * _ROW + 2
        group.add(Rect(x, y - 0.5, _SWATCH, _SWATCH, fillColor=fill, strokeColor=None,
                       strokeWidth=0))
        group.add(_string(x + _SWATCH + 3, y, name))
    drawing.add(group)
    return drawing


def backlog_chart(health: CaseHealth, *, timezone: str, lang: str, width: float,
                  height: float, title: str = "", empty_text: str = "",
                  warnings: TextWarnings | None = None) -> Drawing:
    """Open complaints at the end of each bucket (``health.backlog`` over ``bounds[1:]``), a
    line in the complaint colour under an optional bold ``title``."""
    fonts.register()
    drawing = Drawing(width, height)
    title_h = 0.0
    if title:
        text = _fit(plain(title, warnings), fonts.SANS_BOLD, 9, width)
        drawing.add(_string(0, height - 9, text, size=9, bold=True))
        title_h = 14.0
    values = health.backlog
    n = len(values)
    if not n or len(health.bounds) < n + 1:
        return _empty(drawing, empty_text, warnings, height - title_h)
    y0 = _XBAND + 2
    plot_h = max(height - title_h - y0 - 5, 10.0)
    top, step = _ticks(max(values), plot_h)
    x0, x1 = stringWidth(str(top), fonts.SANS, _SIZE) + 6, width - 4
    inner0, inner1 = x0 + 3, x1 - 3
    xs = ([(inner0 + inner1) / 2] if n == 1 else
          [inner0 + i * (inner1 - inner0) / (n - 1) for i in range(n)])
    ys = [y0 + v * plot_h / top for v in values]
    line = colors.HexColor(palette.colour("kind", "complaint"))
    group = Group()
    _y_axis(group, x0, x1, y0, plot_h, top, step, warnings)
    group.add(Line(x0, y0, x1, y0, strokeColor=_INK, strokeWidth=0.8))
    if n > 1:
        points = [c for xy in zip(xs, ys, strict=True) for c in xy]
        group.add(PolyLine(points, strokeColor=line, strokeWidth=1.4, strokeLineJoin=1,
                           strokeLineCap=1))
    if n <= MAX_BARS:
        for x, y in zip(xs, ys, strict=True):
            group.add(Circle(x, y, 1.8, fillColor=line, strokeColor=None, strokeWidth=0))
    _x_axis(group, xs, health.bounds[1:n + 1], health.bucket, zone=ZoneInfo(timezone),
            lang=lang, y0=y0, room=x1 - x0, width=width, warnings=warnings)
    drawing.add(group)
    return drawing


def _percent(fraction: float) -> str:
    return f"{math.floor(fraction * 100 + 0.5)} %"


def compliance_chart(health: CaseHealth, label: Callable[[str], str], *, width: float,
                     height: float, empty_text: str = "",
                     warnings: TextWarnings | None = None) -> Drawing:
    """SLA compliance per tier: horizontal bars 0–100 % in the tier colours, the value at the
    bar end ("83 %"), "–" for a tier with nothing resolved; the first tier at the top."""
    fonts.register()
    drawing = Drawing(width, height)
    tiers = health.tiers
    if not tiers:
        return _empty(drawing, empty_text, warnings)
    names = [plain(label(t.tier), warnings) for t in tiers]
    label_w = min(max(stringWidth(s, fonts.SANS, _SIZE) for s in names), width * 0.4)
    names = [_fit(s, fonts.SANS, _SIZE, label_w) for s in names]
    x0 = label_w + 6
    x1 = width - stringWidth(_percent(1), fonts.SANS, _SIZE) - 6
    y0 = _XBAND + 2
    plot_h = max(height - y0 - 2, 10.0)
    band = plot_h / len(tiers)
    bar = min(band * 0.65, 14.0)
    group = Group()
    tick = 20 if (x1 - x0) / 5 >= stringWidth(_percent(1), fonts.SANS, _SIZE) + 6 else 50
    for value in range(0, 101, tick):
        x = x0 + (x1 - x0) * value / 100
        group.add(Line(x, y0, x, y0 + plot_h, strokeColor=_INK if value == 0 else _GRID,
                       strokeWidth=0.8 if value == 0 else 0.5))
        group.add(_string(x, y0 - 3 - _SIZE, plain(_percent(value / 100), warnings),
                          anchor="middle"))
    for i, (tier, name) in enumerate(zip(tiers, names, strict=True)):
        middle = y0 + plot_h - (i + 0.5) * band
        text_y = middle - _SIZE * 0.35
        group.add(_string(x0 - 4, text_y, name, anchor="end"))
        share = tier.compliance
        if share is None:
            group.add(_string(x0 + 3, text_y, plain("–", warnings)))
            continue
        length = (x1 - x0) * min(max(share, 0.0), 1.0)
        group.add(Rect(x0, middle - bar / 2, length, bar, strokeColor=None, strokeWidth=0,
                       fillColor=colors.HexColor(palette.colour("tier", tier.tier))))
        group.add(_string(x0 + length + 3, text_y, plain(_percent(share), warnings)))
    drawing.add(group)
    return drawing


def heatmap_table(heatmap: Heatmap, row_label: Callable[[str], str],
                  col_label: Callable[[str], str], *, corner: str, total: str,
                  width: float, style: ParagraphStyle,
                  warnings: TextWarnings | None = None) -> Table:
    """Entries per row × column category as a table ``width`` wide: wrapped bold headers, row
    labels in ``style``, each count on its heat colour (``palette.heat`` of its share of the
    largest cell, the text black or white to match), then a total column and a total row.
    The header row repeats on every page and a tall row may split (``splitInRow``)."""
    fonts.register()
    head = ParagraphStyle("fd-heat-head", parent=style, fontName=fonts.SANS_BOLD,
                          alignment=TA_CENTER)
    side = ParagraphStyle("fd-heat-side", parent=style, fontName=fonts.SANS_BOLD,
                          alignment=TA_LEFT)
    counts = heatmap.counts
    rows, cols = len(heatmap.rows), len(heatmap.cols)
    row_sums = [sum(row) for row in counts]
    col_sums = [sum(row[c] for row in counts) for c in range(cols)]
    largest = max((n for row in counts for n in row), default=0)

    def number(n: int) -> str:
        return plain(str(n), warnings)

    data: list[list[object]] = [[
        Paragraph(markup(corner, warnings), side),
        *(Paragraph(markup(col_label(key), warnings), head) for key in heatmap.cols),
        Paragraph(markup(total, warnings), head)]]
    for key, row, row_sum in zip(heatmap.rows, counts, row_sums, strict=True):
        data.append([Paragraph(markup(row_label(key), warnings), style),
                     *(number(n) for n in row), number(row_sum)])
    data.append([Paragraph(markup(total, warnings), side), *(number(n) for n in col_sums),
                 number(sum(row_sums))])

    cell = min(60.0, width * 0.6 / (cols + 1))
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
        ("FONTSIZE", (1, 1), (-1, -1), style.fontSize),
        ("LEADING", (1, 1), (-1, -1), style.leading),
        ("TEXTCOLOR", (1, 1), (-1, -1), _INK),
        ("FONTNAME", (-1, 1), (-1, -1), fonts.SANS_BOLD),
        ("FONTNAME", (1, -1), (-1, -1), fonts.SANS_BOLD),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (1, 0), (-1, -1), 3),
        ("RIGHTPADDING", (1, 0), (-1, -1), 4),
        # a faint grid: rows stay readable across the page, and table readers (pdfplumber)
        # find the cells
        ("GRID", (0, 0), (-1, -1), 0.3, _FAINT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, _INK),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, _INK),
        ("LINEBEFORE", (-1, 0), (-1, -1), 0.8, _INK),
    ]
    for r, row in enumerate(counts, start=1):
        for c, n in enumerate(row, start=1):
            background = palette.heat(n / largest if largest else 0.0)
            commands += [("BACKGROUND", (c, r), (c, r), colors.HexColor(background)),
                         ("TEXTCOLOR", (c, r), (c, r),
                          colors.HexColor(palette.text_on(background)))]
    if rows and cols:  # white gaps between the heat cells
        commands.append(("INNERGRID", (1, 1), (cols, rows), 0.75, colors.white))
    table = Table(data, colWidths=[width - cell * (cols + 1)] + [cell] * (cols + 1),
                  repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table
