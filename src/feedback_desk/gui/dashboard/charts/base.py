"""What every dashboard chart shares: one plot on a white scene, a "No entries" note, hover
tooltips and clicks mapped to data coordinates, PNG export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal, Slot
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

from ....core.dto import EntryQuery
from .axes import MUTED, style_axis


class ChartBase(QWidget):
    """A ``pg.GraphicsLayoutWidget`` holding one ``PlotItem`` (``self.plot``) at row 0, col 0.

    Subclasses implement ``_hit(x, y) -> (EntryQuery | None, tooltip)`` in data coordinates;
    the mouse handlers and ``click_at`` go through it, so tests click exactly as users do.
    """

    sig_clicked = Signal(object)
    """(EntryQuery) the user clicked a mark: the entries behind it."""

    def __init__(self, parent: QWidget | None = None, *, axisItems: dict[str, Any] | None = None,
                 interactive: bool = False) -> None:
        super().__init__(parent)
        self.view = pg.GraphicsLayoutWidget(self)
        self.view.setBackground("w")
        self.view.ci.setContentsMargins(4, 8, 12, 4)
        self.plot: pg.PlotItem = self.view.addPlot(row=0, col=0, axisItems=axisItems)
        for name in ("left", "bottom", "top", "right"):
            style_axis(self.plot.getAxis(name))
        self.plot.setMenuEnabled(False)
        if not interactive:
            self.plot.hideButtons()
            self.plot.getViewBox().setMouseEnabled(x=False, y=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._empty = pg.TextItem("", color=MUTED, anchor=(0.5, 0.5))
        self.plot.getViewBox().addItem(self._empty, ignoreBounds=True)
        self._empty.hide()
        scene = self.view.scene()
        scene.sigMouseMoved.connect(self._on_mouse_moved)
        scene.sigMouseClicked.connect(self._on_mouse_clicked)

    # -- what subclasses provide -----------------------------------------------------------------

    def _hit(self, x: float, y: float) -> tuple[EntryQuery | None, str]:
        raise NotImplementedError

    def table(self) -> tuple[list[str], list[list[str]]]:
        raise NotImplementedError

    # -- shared behaviour --------------------------------------------------------------------------

    def click_at(self, x: float, y: float) -> EntryQuery | None:
        """Click the mark at data coordinates (x, y): emits ``sig_clicked`` with the entries
        behind it and returns that query (None, and no signal, on empty space)."""
        query, _tip = self._hit(x, y)
        if query is not None:
            self.sig_clicked.emit(query)
        return query

    def tooltip_at(self, x: float, y: float) -> str:
        """The hover text at data coordinates (x, y); "" over empty space."""
        return self._hit(x, y)[1]

    def export_png(self, path: str | Path) -> None:
        """Write the chart (plot and legend) as a PNG, atomically; ``OSError`` on failure."""
        from ..export import write_png

        hidden = self.plot.buttonsHidden
        self.plot.hideButtons()
        try:
            write_png(self.view.ci, path)
        finally:
            if not hidden:
                self.plot.showButtons()

    def _show_empty(self, empty: bool, at: tuple[float, float] = (0.5, 0.5)) -> None:
        if empty:
            self._empty.setText(QCoreApplication.translate("ChartBase", "No entries"))
            self._empty.setPos(*at)
        self._empty.setVisible(empty)

    def _data_point(self, scene_pos: QPointF) -> QPointF | None:
        vb = self.plot.getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            return None
        return vb.mapSceneToView(scene_pos)

    @Slot(object)
    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        point = self._data_point(scene_pos)
        if point is None:
            point = self._axis_point(scene_pos)
        tip = self._hit(point.x(), point.y())[1] if point is not None else self._axis_tip(scene_pos)
        if tip:
            QToolTip.showText(QCursor.pos(), tip, self.view)
        else:
            QToolTip.hideText()

    @Slot(object)
    def _on_mouse_clicked(self, event: Any) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.double():
            return
        point = self._data_point(event.scenePos())
        if point is None:
            point = self._axis_point(event.scenePos())
        if point is not None:
            self.click_at(point.x(), point.y())

    def _axis_tip(self, scene_pos: QPointF) -> str:
        """The hover text over an axis (a category's full name); "" when none."""
        return ""

    def _axis_point(self, scene_pos: QPointF) -> QPointF | None:
        """Over a category axis: the data point of that category (bars and cells are
        clickable and explained from their labels too); None elsewhere."""
        return None
