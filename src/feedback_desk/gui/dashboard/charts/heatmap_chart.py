"""Entries per pair of categories (service area × topic, phase × programme): coloured cells
with their count printed on them."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale, QPointF, QRectF
from PySide6.QtWidgets import QWidget

from ....core import palette
from ....core.dto import EntryQuery
from ....core.trends import Heatmap
from .axes import CategoryAxis
from .base import ChartBase


def _rgba(hex_colour: str) -> tuple[int, int, int, int]:
    return int(hex_colour[1:3], 16), int(hex_colour[3:5], 16), int(hex_colour[5:7], 16), 255


class HeatmapChart(ChartBase):
    """Cell (r, c) spans [c, c + 1) × [r, r + 1) in data coordinates, row 0 at the top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._rows_axis = CategoryAxis("left", offset=0.5)
        self._cols_axis = CategoryAxis("bottom", offset=0.5, lines=3)
        super().__init__(parent, axisItems={"left": self._rows_axis, "bottom": self._cols_axis})
        self.plot.getViewBox().invertY(True)
        self._image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self._image)
        self._grid = pg.PlotCurveItem(pen=pg.mkPen("w", width=2), connect="pairs")
        self.plot.addItem(self._grid)
        self._texts: list[pg.TextItem] = []
        self._hm: Heatmap | None = None
        self._row_labels: list[str] = []
        self._col_labels: list[str] = []
        self._counts = np.zeros((0, 0), dtype=np.int64)

    def set_heatmap(self, hm: Heatmap, row_labels: Sequence[str],
                    col_labels: Sequence[str]) -> None:
        """Show ``hm`` with ``row_labels`` / ``col_labels`` in the order of its rows / cols."""
        counts = np.asarray(hm.counts, dtype=np.int64).reshape(len(hm.rows), len(hm.cols))
        self._hm, self._counts = hm, counts
        self._row_labels, self._col_labels = list(row_labels), list(col_labels)
        n_rows, n_cols = counts.shape
        empty = counts.size == 0 or not counts.any()
        top = max(int(counts.max(initial=0)), 1)
        colours = [[palette.heat(v / top) for v in row] for row in counts.tolist()]
        if counts.size:
            rgba = np.array([[_rgba(c) for c in row] for row in colours], dtype=np.uint8)
            self._image.setImage(rgba, autoLevels=False, levels=(0, 255))
            self._image.setRect(QRectF(0, 0, n_cols, n_rows))
        self._image.setVisible(counts.size > 0)
        lines_x = [v for c in range(1, n_cols) for v in (c, c)] + [
            v for _r in range(1, n_rows) for v in (0, n_cols)]
        lines_y = [v for _c in range(1, n_cols) for v in (0, n_rows)] + [
            v for r in range(1, n_rows) for v in (r, r)]
        self._grid.setData(np.array(lines_x, dtype=np.float64),
                           np.array(lines_y, dtype=np.float64))
        while len(self._texts) < counts.size:
            text = pg.TextItem(anchor=(0.5, 0.5))
            self.plot.addItem(text, ignoreBounds=True)
            self._texts.append(text)
        locale = QLocale()
        for i, text in enumerate(self._texts):
            if i >= counts.size:
                text.hide()
                continue
            r, c = divmod(i, n_cols)
            text.setText(locale.toString(int(counts[r, c])))
            text.setColor(palette.text_on(colours[r][c]))
            text.setPos(c + 0.5, r + 0.5)
            text.show()
        self._rows_axis.set_labels(self._row_labels)
        self._cols_axis.set_labels(self._col_labels)
        self.plot.setXRange(0, max(n_cols, 1), padding=0)
        self.plot.setYRange(0, max(n_rows, 1), padding=0)
        self._show_empty(empty, (max(n_cols, 1) / 2, max(n_rows, 1) / 2))

    def cell_colours(self) -> list[list[str]]:
        """The fill of every cell as ``#RRGGBB``, read back from the image."""
        image = self._image.image
        if image is None or not self._counts.size:
            return []
        return [[f"#{px[0]:02X}{px[1]:02X}{px[2]:02X}" for px in row] for row in image.tolist()]

    def cell_texts(self) -> list[list[str]]:
        n_cols = self._counts.shape[1] if self._counts.size else 0
        texts = [t.toPlainText() for t in self._texts[: self._counts.size]]
        return [texts[r * n_cols:(r + 1) * n_cols] for r in range(self._counts.shape[0])]

    def table(self) -> tuple[list[str], list[list[str]]]:
        header = ["", *self._col_labels]
        rows = [[label, *(str(int(v)) for v in row)]
                for label, row in zip(self._row_labels, self._counts, strict=False)]
        return header, rows

    def _cell(self, x: float, y: float) -> tuple[int, int] | None:
        n_rows, n_cols = self._counts.shape
        if not (0 <= x < n_cols and 0 <= y < n_rows):
            return None
        return int(y), int(x)

    def _hit(self, x: float, y: float) -> tuple[EntryQuery | None, str]:
        cell = self._cell(x, y)
        if cell is None or self._hm is None:
            return None, ""
        r, c = cell
        tip = self.tr("{row} × {col}: {count} entries").format(
            row=self._row_labels[r], col=self._col_labels[c],
            count=QLocale().toString(int(self._counts[r, c])))
        return self._hm.query_for(r, c), tip

    def _axis_tip(self, scene_pos: QPointF) -> str:
        point = self.plot.getViewBox().mapSceneToView(scene_pos)
        n_rows, n_cols = self._counts.shape
        if self._cols_axis.sceneBoundingRect().contains(scene_pos) and 0 <= point.x() < n_cols:
            return self._col_labels[int(point.x())]
        if self._rows_axis.sceneBoundingRect().contains(scene_pos) and 0 <= point.y() < n_rows:
            return self._row_labels[int(point.y())]
        return ""
