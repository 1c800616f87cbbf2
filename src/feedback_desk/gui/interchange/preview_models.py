"""The rows of an import preview: one line per data row of the file — its number, what
importing it would do, why, and the start of its text.

A 100,000-row file is a tuple of 100,000 ``RowOutcome``s: the model keeps that tuple and, when a
status filter is on, an array of the positions it shows; the words of a row are made when the
row is painted (and kept), never for the whole file at once.
"""

from __future__ import annotations

from array import array
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from ...core.interchange.model import ImportPreview, RowOutcome
from .. import plain
from . import messages as M

_Index = QModelIndex | QPersistentModelIndex
STATUSES = ("accepted", "present", "rejected")
NUMBER, STATUS, REASONS, EXCERPT = range(4)
STATUS_COLOURS = {"accepted": QColor("#0d5224"), "present": QColor("#5f5f5f"),
                  "rejected": QColor("#b3261e")}
REASON_CACHE = 20_000  # rows whose words are kept (a screenful is ~30)


class RowsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[RowOutcome, ...] = ()
        self._shown: array[int] | None = None  # positions in _rows; None: every row
        self._status: str | None = None
        self._counts: dict[str, int] = dict.fromkeys(STATUSES, 0)
        self._reasons: dict[int, str] = {}

    # ---- what it shows -------------------------------------------------------------------
    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self._rows = preview.rows if preview is not None else ()
        counts = dict.fromkeys(STATUSES, 0)
        for row in self._rows:
            counts[row.status] = counts.get(row.status, 0) + 1
        self._counts = counts
        self._reasons = {}
        self._shown = self._filtered()
        self.endResetModel()

    def set_status_filter(self, status: str | None) -> None:
        """Show only the rows of ``status`` ("accepted", "present", "rejected"; None: all)."""
        if status == self._status:
            return
        self.beginResetModel()
        self._status = status
        self._shown = self._filtered()
        self.endResetModel()

    @property
    def status_filter(self) -> str | None:
        return self._status

    def _filtered(self) -> array[int] | None:
        if self._status is None:
            return None
        status = self._status
        return array("l", (i for i, r in enumerate(self._rows) if r.status == status))

    def count(self, status: str) -> int:
        return self._counts.get(status, 0)

    @property
    def total(self) -> int:
        return len(self._rows)

    def _position(self, row: int) -> int:
        return row if self._shown is None else self._shown[row]

    def outcome(self, row: int) -> RowOutcome:
        return self._rows[self._position(row)]

    def relabel(self) -> None:
        """The interface language changed: the words again."""
        self._reasons = {}
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, EXCERPT))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, EXCERPT)

    # ---- Qt ----------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return len(self._rows) if self._shown is None else len(self._shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (QCoreApplication.translate("ImportRows", "Row"),
                QCoreApplication.translate("ImportRows", "Outcome"),
                QCoreApplication.translate("ImportRows", "Why"),
                QCoreApplication.translate("ImportRows", "What was said"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            outcome = self.outcome(index.row())
            if column == NUMBER:
                return f"{outcome.number:,}"
            if column == STATUS:
                return M.status_label(outcome.status)
            if column == REASONS:
                return self._reason(index.row(), outcome)
            return " ".join(outcome.excerpt.split())
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            return STATUS_COLOURS.get(self.outcome(index.row()).status)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (REASONS, EXCERPT):
            outcome = self.outcome(index.row())
            text = self._reason(index.row(), outcome) if column == REASONS else outcome.excerpt
            return plain.tooltip(text)
        return None

    def _reason(self, row: int, outcome: RowOutcome) -> str:
        position = self._position(row)
        found = self._reasons.get(position)
        if found is None:
            if len(self._reasons) >= REASON_CACHE:
                self._reasons.clear()
            found = self._reasons[position] = M.texts(outcome.problems + outcome.notes)
        return found
