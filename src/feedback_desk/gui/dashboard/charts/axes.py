"""Category axes (bar and heatmap labels), the date axis in the interface language, and the
colours every chart shares."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QLocale, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter

#: Text and axis colours on the white plot background.
INK = "#222222"
AXIS = "#666666"
MUTED = "#777777"
#: Category labels longer than this are elided (the full text is in the tooltip).
LABEL_CHARS = 28


def elide(text: str, limit: int = LABEL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def qcolor(hex_colour: str, alpha: int = 255) -> QColor:
    c = QColor(hex_colour)
    c.setAlpha(alpha)
    return c


def style_axis(axis: pg.AxisItem) -> None:
    axis.setPen(pg.mkPen(AXIS))
    axis.setTextPen(pg.mkPen(INK))


@lru_cache(maxsize=4)
def _names(language: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """Month and weekday abbreviations as pyqtgraph writes them (``strftime``: the C library's
    locale) → the same in the interface language (QLocale)."""
    locale = QLocale(QLocale.Language.Indonesian if language == "id" else QLocale.Language.English)
    short = QLocale.FormatType.ShortFormat
    names: dict[str, str] = {}
    for month in range(1, 13):
        names[datetime(2001, month, 1).strftime("%b")] = locale.monthName(month, short)
    for day in range(1, 8):  # 1 Jan 2001 was a Monday, Qt's day 1
        names[datetime(2001, 1, day).strftime("%a")] = locale.dayName(day, short)
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b")
    return pattern, names


class LocalDateAxis(pg.DateAxisItem):
    """pyqtgraph's date axis with month and day names in the interface language."""

    def tickStrings(self, values: Any, scale: Any, spacing: Any) -> list[str]:
        from ... import i18n

        texts = super().tickStrings(values, scale, spacing)
        pattern, names = _names(i18n.language())
        return [pattern.sub(lambda m: names[m.group(1)], t) for t in texts]


class CategoryAxis(pg.AxisItem):
    """An axis that labels categories at ``index + offset`` (bars: 0, heatmap cells: 0.5).

    Left/right: one line per label, elided to ``LABEL_CHARS``; the axis is as wide as the
    longest. Bottom: labels word-wrapped into the width of their column (up to ``lines`` lines).
    Labels are drawn here rather than by pyqtgraph's tick-text code, which drops any label
    whose box pokes out of the axis and never wraps.
    """

    def __init__(self, orientation: str, *, offset: float = 0.0, lines: int = 3,
                 **kwargs: Any) -> None:
        super().__init__(orientation, **kwargs)
        self._labels: list[str] = []
        self._offset = offset
        self._lines = lines
        self.setStyle(autoExpandTextSpace=False, tickLength=0)
        style_axis(self)
        self._fit()

    def set_labels(self, labels: Sequence[str]) -> None:
        self._labels = [elide(t) if self.orientation in ("left", "right") else t for t in labels]
        self.setTicks([[(i + self._offset, "") for i in range(len(labels))], []])
        self._fit()
        self.picture = None
        self.update()

    def labels(self) -> list[str]:
        return list(self._labels)

    def _font(self) -> QFont:
        font: QFont | None = self.style.get("tickFont")
        return font if font is not None else QFont()

    def _fit(self) -> None:
        metrics = QFontMetrics(self._font())
        if self.orientation in ("left", "right"):
            widest = max((metrics.horizontalAdvance(t) for t in self._labels), default=0)
            self.setWidth(max(widest + 14, 30))
        else:
            self.setHeight(metrics.lineSpacing() * self._lines + 8)

    def _fitting_font(self, width: float, height: float) -> QFont:
        """The largest of the tick font and two smaller sizes that fits every wrapped label in
        a column ``width`` wide (the smallest when none does)."""
        font = QFont(self._font())
        size = font.pointSizeF() if font.pointSizeF() > 0 else 9.0
        for step in (0.0, 1.0, 2.0):
            font.setPointSizeF(size - step)
            metrics = QFontMetrics(font)
            box = QRect(0, 0, max(int(width), 1), 10_000)
            if all(max((metrics.horizontalAdvance(w) for w in t.split()), default=0) <= width
                   and metrics.boundingRect(box, int(Qt.TextFlag.TextWordWrap), t).height()
                   <= height for t in self._labels):
                break
        return font

    def tickStrings(self, values: Any, scale: Any, spacing: Any) -> list[str]:
        return ["" for _ in values]

    def drawPicture(self, p: QPainter, axisSpec: Any, tickSpecs: Any, textSpecs: Any) -> None:
        super().drawPicture(p, axisSpec, tickSpecs, [])
        view = self.linkedView()
        if view is None or not self._labels:
            return
        p.setPen(self.textPen())
        bounds = self.boundingRect()
        vertical = self.orientation in ("left", "right")

        def at(value: float) -> float:
            point = QPointF(0.0, value) if vertical else QPointF(value, 0.0)
            local = self.mapFromScene(view.mapViewToScene(point))
            return local.y() if vertical else local.x()

        if vertical:
            p.setFont(self._font())
        else:
            width = abs(at(1.0) - at(0.0)) - 4
            p.setFont(self._fitting_font(width, bounds.height() - 4))
        for i, text in enumerate(self._labels):
            lo, hi = sorted((at(i + self._offset - 0.5), at(i + self._offset + 0.5)))
            if vertical:
                rect = QRectF(bounds.left() + 2, lo, bounds.width() - 8, hi - lo)
                flags = (Qt.AlignmentFlag.AlignVCenter
                         | (Qt.AlignmentFlag.AlignRight if self.orientation == "left"
                            else Qt.AlignmentFlag.AlignLeft))
            else:
                rect = QRectF(lo + 2, bounds.top() + 4, hi - lo - 4, bounds.height() - 4)
                flags = (Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap)
            if rect.intersects(bounds):
                p.drawText(rect, int(flags), text)
