"""Entries over time: stacked areas or lines per category over a date axis, or one line (the
complaint backlog). Every bucket is drawn as a flat step from its start to its end, so a click
maps to exactly one bucket and, stacked, to exactly one band."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Slot
from PySide6.QtGui import QPainter, QResizeEvent
from PySide6.QtWidgets import QWidget

from ....core import palette
from ....core.dto import EntryQuery
from ....core.trends import TimeSeries
from ...i18n import date_text
from .axes import INK, LocalDateAxis, elide, qcolor, style_axis
from .base import ChartBase

DOWNSAMPLE_FACTOR = 1.0
#: A line within this many pixels of the pointer is the one hovered / clicked.
LINE_PIXELS = 6


class TimeChart(ChartBase):
    """Counts per time bucket, one step curve per category (stacked areas or lines).

    Curves come from a pool, created once and updated with ``setData``; unused ones are
    hidden. The user's zoom / pan (x only; y follows the visible data) survives updates;
    ``reset_zoom`` or pyqtgraph's "A" button goes back to the whole range.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        axis = LocalDateAxis(orientation="bottom")
        style_axis(axis)
        super().__init__(parent, axisItems={"bottom": axis}, interactive=True)
        vb = self.plot.getViewBox()
        vb.setMouseEnabled(x=True, y=False)
        self.plot.setAutoVisible(y=True)
        self.plot.setClipToView(True)
        self.plot.setDownsampling(auto=True, mode="peak")
        self.plot.showGrid(x=False, y=True, alpha=0.15)
        self._baseline = pg.PlotDataItem(pen=pg.mkPen("#BBBBBB"))
        self.plot.addItem(self._baseline)
        self._curves: list[pg.PlotDataItem] = []
        self._holder = pg.GraphicsWidget()
        self.view.addItem(self._holder, row=0, col=1)
        self._legend = pg.LegendItem(labelTextColor=INK, labelTextSize="9pt", frame=False,
                                     sampleType=_Swatch, verSpacing=-4)
        self._legend.setParentItem(self._holder)
        self._legend_state: tuple[object, ...] = ()
        self._keys: tuple[str, ...] = ()
        self._labels: list[str] = []
        self._edges = np.zeros(0)
        self._epoch_cache: tuple[tuple[datetime, ...], np.ndarray] = ((), np.zeros(0))
        self._values = np.zeros((0, 0))
        self._tops = np.zeros((0, 0))
        self._ts: TimeSeries | None = None
        self._stacked = False
        self._cumulative = False
        self._queries: Sequence[EntryQuery] = []
        self._show_empty(True)
        self._update_legend([], [], stacked=False)

    # -- data ----------------------------------------------------------------------------------

    def set_series(self, ts: TimeSeries, labels: Sequence[str], *, stacked: bool,
                   cumulative: bool) -> None:
        """Show ``ts`` (``labels`` in the order of ``ts.keys``): stacked areas or lines, per
        bucket or cumulative (``ts.cumulative()``, running sums from the start of the range)."""
        n = max(len(ts.bounds) - 1, 0)
        counts = np.asarray(ts.counts, dtype=np.int64).reshape(len(ts.keys), n)
        values = np.cumsum(counts, axis=1) if cumulative else counts
        self._ts, self._stacked, self._cumulative, self._queries = ts, stacked, cumulative, []
        self._draw(ts.bounds, values, list(labels), list(palette.colours(ts.by, ts.keys)),
                   tuple(ts.keys), stacked=stacked)

    def set_line(self, bounds: Sequence[datetime], values: Sequence[float], label: str,
                 colour: str, queries: Sequence[EntryQuery]) -> None:
        """One series (e.g. open complaints at the end of each bucket); a click on bucket ``i``
        emits ``queries[i]``."""
        n = max(len(bounds) - 1, 0)
        array = np.asarray(values, dtype=np.float64).reshape(1 if n else 0, n)
        self._ts, self._stacked, self._cumulative = None, False, False
        self._queries = queries  # a sequence: made when a click asks (may be lazy)
        self._draw(tuple(bounds), array, [label], [colour], (label,), stacked=False, fill=True)

    def _draw(self, bounds: Sequence[datetime], values: np.ndarray, labels: list[str],
              colours: list[str], keys: tuple[str, ...], *, stacked: bool,
              fill: bool = False) -> None:
        k, n = values.shape if values.size else (0, 0)
        if n == 0:
            k = 0
        edges = self._epochs(bounds)
        tops = np.cumsum(values, axis=0) if stacked and k else values
        self._keys, self._labels = keys[:k], labels[:k]
        self._edges, self._values, self._tops = edges, values, tops
        while len(self._curves) < k:
            curve = pg.PlotDataItem()
            self.plot.addItem(curve)
            curve.setClipToView(True)
            curve.setDownsampling(auto=True, method="peak")
            # peak keeps each pixel's min and max: 1 sample per pixel loses nothing visible
            # (pyqtgraph's default 5 made 8 × 20,000 buckets repaint in ~130 ms, not ~40)
            curve.opts["autoDownsampleFactor"] = DOWNSAMPLE_FACTOR
            self._curves.append(curve)
        x2 = np.repeat(edges, 2)[1:-1] if k else np.zeros(0)
        for i, curve in enumerate(self._curves):
            if i >= k:
                curve.hide()
                continue
            colour = qcolor(colours[i])
            if stacked:
                curve.setData(x2, np.repeat(tops[i], 2), pen=pg.mkPen(colour.darker(115)),
                              fillLevel=0.0, brush=pg.mkBrush(colour))
                curve.setZValue(k - i)  # the bottom band is drawn last, over the bands above
            else:
                curve.setData(x2, np.repeat(tops[i], 2), pen=pg.mkPen(colour, width=2),
                              fillLevel=0.0 if fill else None,
                              brush=pg.mkBrush(qcolor(colours[i], 50)) if fill else None)
                curve.setZValue(k - i)
            curve.show()
        if k:
            self._baseline.setData([edges[0], edges[-1]], [0.0, 0.0])
            self._baseline.show()
        else:
            self._baseline.hide()
        self._update_legend(labels[:k], colours[:k], stacked=stacked)
        self._show_empty(k == 0)
        self._keep_or_reset_zoom()

    def _epochs(self, bounds: Sequence[datetime]) -> np.ndarray:
        """Bucket edges as epoch seconds; a refresh usually has the same bounds (20,000
        ``timestamp()`` calls take ~12 ms, comparing them ~1 ms)."""
        cached_bounds, cached = self._epoch_cache
        if bounds is cached_bounds or bounds == cached_bounds:
            return cached
        edges = np.fromiter((b.timestamp() for b in bounds), dtype=np.float64, count=len(bounds))
        self._epoch_cache = (tuple(bounds), edges)
        return edges

    def _keep_or_reset_zoom(self) -> None:
        vb = self.plot.getViewBox()
        if not len(self._edges):
            self._empty.setPos(*vb.viewRect().center().toTuple())
            return
        if vb.autoRangeEnabled()[0]:
            return  # follows the data by itself
        (x0, x1), _y = vb.viewRange()
        if x1 <= self._edges[0] or x0 >= self._edges[-1]:
            self.reset_zoom()  # the kept range would show nothing of the new data

    @Slot()
    def reset_zoom(self) -> None:
        """Show the whole range again (and follow the data from now on)."""
        self.plot.enableAutoRange()

    def _update_legend(self, labels: list[str], colours: list[str], *, stacked: bool) -> None:
        state = (tuple(labels), tuple(colours), stacked)
        if state == self._legend_state:
            return
        self._legend_state = state
        self._legend.clear()
        for i, text in enumerate(labels if len(labels) > 1 else []):
            self._legend.addItem(self._curves[i], elide(text))
        self._fit_legend()

    def _fit_legend(self) -> None:
        """As many legend columns as it takes to fit the chart's height."""
        n = len(self._legend.items)
        rows = max(1, int((self.view.height() - 12) // 19))
        self._legend.setColumnCount(max(1, -(-n // rows)))
        self._legend.updateSize()
        width = int(self._legend.width()) + 8 if n else 0
        self._holder.setFixedWidth(width)
        self._holder.setVisible(width > 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_legend()

    # -- reading back (tests, table, tooltips) --------------------------------------------------

    def plotted(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """Per key, as held by its plot item: bucket starts (epoch seconds) and the height drawn
        over each bucket (stacked: the top of its band)."""
        out = {}
        for key, curve in zip(self._keys, self._curves, strict=False):
            x, y = curve.getOriginalDataset()
            out[key] = (np.asarray(x)[0::2], np.asarray(y)[0::2])
        return out

    def series_values(self) -> dict[str, np.ndarray]:
        """Per key: the count shown for each bucket (cumulative when cumulative), not stacked."""
        return {key: self._values[i] for i, key in enumerate(self._keys)}

    def edges(self) -> np.ndarray:
        """Bucket edges in epoch seconds (one more than buckets)."""
        return self._edges

    def table(self) -> tuple[list[str], list[list[str]]]:
        header = [self.tr("From"), self.tr("To"), *self._labels]
        total = self._stacked and len(self._labels) > 1
        if total:
            header.append(self.tr("Total"))
        rows = []
        starts = [datetime.fromtimestamp(t).strftime("%Y-%m-%d %H:%M") for t in self._edges]
        for b in range(len(self._edges) - 1 if self._keys else 0):
            column = self._values[:, b]
            row = [starts[b], starts[b + 1], *(_number(v) for v in column)]
            if total:
                row.append(_number(column.sum()))
            rows.append(row)
        return header, rows

    # -- hits --------------------------------------------------------------------------------

    def _hit(self, x: float, y: float) -> tuple[EntryQuery | None, str]:
        edges = self._edges
        if not self._keys or not len(edges) or not edges[0] <= x < edges[-1]:
            return None, ""
        b = int(np.searchsorted(edges, x, side="right")) - 1
        column = self._tops[:, b]
        if self._stacked:
            s = int(np.searchsorted(column, y, side="right"))
            if y < 0 or s >= len(column):
                return None, ""
        else:
            gaps = np.abs(column - y)
            s = int(np.argmin(gaps))
            if gaps[s] > self._tolerance() and not (len(column) == 1 and 0 <= y <= column[0]):
                return None, ""
        if self._ts is not None:
            query = self._ts.query_for(s, b, cumulative=self._cumulative)
        elif b < len(self._queries):
            query = self._queries[b]
        else:
            return None, ""
        start = edges[0] if self._cumulative else edges[b]
        when = _span(datetime.fromtimestamp(start).astimezone(),
                     datetime.fromtimestamp(edges[b + 1]).astimezone())
        tip = f"{self._labels[s]}\n{when}\n" + self.tr("{count} entries").format(
            count=_number(self._values[s, b]))
        return query, tip

    def _tolerance(self) -> float:
        vb = self.plot.getViewBox()
        if vb.height() > 1:
            return LINE_PIXELS * abs(vb.viewPixelSize()[1])
        (_x0, _x1), (y0, y1) = vb.viewRange()
        return 0.02 * abs(y1 - y0)


class _Swatch(pg.ItemSample):
    """A legend square in the series' colour (pyqtgraph's sample is a triangle and hides the
    series when clicked, which would leave clicks mapping to an invisible band)."""

    def paint(self, p: QPainter, *args: Any) -> None:
        opts = self.item.opts
        fill = opts.get("fillBrush") if opts.get("fillLevel") is not None else None
        pen = pg.mkPen(opts["pen"])
        p.setPen(pen)
        p.setBrush(pg.mkBrush(fill) if fill is not None else pg.mkBrush(pen.color()))
        p.drawRect(QRectF(4, 5, 12, 12))

    def mouseClickEvent(self, event: Any) -> None:
        event.ignore()


def _number(value: float) -> str:
    return f"{int(value)}" if float(value).is_integer() else f"{value:g}"


def _span(start: datetime, end: datetime) -> str:
    """A bucket's time range as people read it: whole days end on their last day."""
    whole_days = start.hour == start.minute == end.hour == end.minute == 0
    if whole_days:
        last = end - timedelta(days=1)
        if last.date() == start.date():
            return date_text(start, "ddd dd MMM yyyy")
        return f"{date_text(start, 'dd MMM yyyy')} – {date_text(last, 'dd MMM yyyy')}"
    if end - start <= timedelta(days=1) and (end - timedelta(seconds=1)).date() == start.date():
        return f"{date_text(start, 'dd MMM yyyy HH:mm')} – {date_text(end, 'HH:mm')}"
    return f"{date_text(start, 'dd MMM yyyy HH:mm')} – {date_text(end, 'dd MMM yyyy HH:mm')}"
