"""Horizontal bars with their category on the left and their value at the end: top countries,
top issue groups, SLA compliance per tier (percent), suggestion adoption, commitments."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale, QPointF
from PySide6.QtWidgets import QWidget

from ....core import palette
from ....core.dto import EntryQuery
from .axes import INK, CategoryAxis, qcolor
from .base import ChartBase

#: Bar thickness (rows are 1 apart).
THICKNESS = 0.66
#: A label that would end past this share of the axis goes inside its bar.
INSIDE_FROM = 0.9


class BarChart(ChartBase):
    """One bar per category, first at the top. ``None`` values draw no bar ("–")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._axis = CategoryAxis("left")
        super().__init__(parent, axisItems={"left": self._axis})
        vb = self.plot.getViewBox()
        vb.invertY(True)
        self.plot.showGrid(x=True, y=False, alpha=0.15)
        self._bars = pg.BarGraphItem(x0=[], y=[], height=THICKNESS, width=[],
                                     pen=pg.mkPen(None))
        self.plot.addItem(self._bars)
        self._texts: list[pg.TextItem] = []
        self._labels: list[str] = []
        self._values: list[float | None] = []
        self._queries: list[EntryQuery | None] = []
        self._percent = False
        self._headers: tuple[str, str] | None = None
        self.set_bars([], [], [], [])

    def set_headers(self, category: str, value: str) -> None:
        """Column names for ``table()`` (default: "Category", "Entries" / "Percent")."""
        self._headers = (category, value)

    def set_bars(self, labels: Sequence[str], values: Sequence[float | None],
                 colours: Sequence[str] | str, queries: Sequence[EntryQuery | None], *,
                 percent: bool = False) -> None:
        """Bars top to bottom; a click on bar ``i`` emits ``queries[i]``. With ``percent``,
        values are percentages (0–100) on a 0–100 axis."""
        n = len(labels)
        fills = [colours] * n if isinstance(colours, str) else list(colours)
        self._labels, self._values = list(labels), list(values)
        self._queries, self._percent = list(queries), percent
        widths = np.array([v or 0.0 for v in values], dtype=np.float64)
        top = 100.0 if percent else max(float(widths.max(initial=0.0)) * 1.15, 1.0)
        self._bars.setOpts(x0=np.zeros(n), y=np.arange(n, dtype=np.float64), width=widths,
                           height=THICKNESS,
                           brushes=[pg.mkBrush(qcolor(c)) for c in fills])
        self._bars.setVisible(n > 0)
        while len(self._texts) < n:
            text = pg.TextItem(anchor=(0, 0.5))
            self.plot.addItem(text, ignoreBounds=True)
            self._texts.append(text)
        for i, text in enumerate(self._texts):
            if i >= n:
                text.hide()
                continue
            value = values[i]
            inside = value is not None and value > INSIDE_FROM * top
            text.setText(self._value_text(value))
            text.setColor(palette.text_on(fills[i]) if inside else INK)
            text.setAnchor((1, 0.5) if inside else (0, 0.5))
            text.setPos(float(value or 0.0), float(i))
            text.show()
        self._axis.set_labels(self._labels)
        self.plot.setXRange(0.0, top, padding=0.04)
        self.plot.setYRange(-0.5, max(n, 1) - 0.5, padding=0.0)
        self.plot.getAxis("bottom").setTicks(
            [[(v, f"{v}%") for v in range(0, 101, 20)]] if percent else None)
        self.plot.showAxis("bottom", n > 0)
        self.plot.showAxis("left", n > 0)
        self._show_empty(n == 0, (top / 2, 0.0))

    def _value_text(self, value: float | None) -> str:
        if value is None:
            return "–"
        if self._percent:
            return QLocale().toString(float(value), "f", 0) + "%"
        return QLocale().toString(int(value)) if float(value).is_integer() else f"{value:g}"

    def labels(self) -> list[str]:
        return list(self._labels)

    def value_texts(self) -> list[str]:
        """The texts at the bar ends, top to bottom."""
        return [t.toPlainText() for t in self._texts[: len(self._labels)]]

    def bars(self) -> tuple[np.ndarray, np.ndarray]:
        """Row positions and bar lengths as held by the bar item."""
        return (np.asarray(self._bars.opts["y"], dtype=np.float64),
                np.asarray(self._bars.opts["width"], dtype=np.float64))

    def table(self) -> tuple[list[str], list[list[str]]]:
        header = list(self._headers or (
            self.tr("Category"), self.tr("Percent") if self._percent else self.tr("Entries")))
        rows = []
        for text, value in zip(self._labels, self._values, strict=True):
            shown = "" if value is None else (
                f"{value:.1f}" if self._percent else f"{value:g}")
            rows.append([text, shown])
        return header, rows

    def _row(self, y: float) -> int | None:
        row = int(round(y))
        if 0 <= row < len(self._labels) and abs(y - row) <= 0.5:
            return row
        return None

    def _hit(self, x: float, y: float) -> tuple[EntryQuery | None, str]:
        row = self._row(y)
        if row is None or abs(y - row) > THICKNESS / 2 + 0.05:
            return None, ""
        value = self._values[row]
        (x0, x1), _y = self.plot.getViewBox().viewRange()
        reach = max(float(value or 0.0), 0.03 * (x1 - x0))
        if x > reach:
            return None, ""
        tip = f"{self._labels[row]}: {self._value_text(value)}"
        query = self._queries[row] if row < len(self._queries) and value is not None else None
        return query, tip

    def _axis_point(self, scene_pos: QPointF) -> QPointF | None:
        if not self._axis.sceneBoundingRect().contains(scene_pos):
            return None
        point = self.plot.getViewBox().mapSceneToView(scene_pos)
        return QPointF(0.0, point.y())
