"""Similar earlier entries of the event, best first, while the recorder types."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ...core import taxonomy
from ...core.dto import SimilarEntry
from .. import i18n, plain

_Index = QModelIndex | QPersistentModelIndex


class SimilarModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[SimilarEntry, ...] = ()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        found = self._rows[index.row()]
        row = found.row
        if role == Qt.ItemDataRole.DisplayRole:
            lang = i18n.language()
            text = " ".join((row.summary or row.text).split())
            text = text if len(text) <= 140 else text[:139] + "…"
            when = row.recorded_at.astimezone().strftime("%d/%m %H:%M")
            kind = taxonomy.label("kind", row.kind, lang)
            area = taxonomy.label("service_area", row.service_area, lang)
            grouped = " ●" if row.group_id is not None else ""
            return f"#{row.id}{grouped}  {when}  {kind} · {area}\n{text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain.tooltip(row.text)
        if role == Qt.ItemDataRole.UserRole:
            return found
        return None

    def set_rows(self, rows: tuple[SimilarEntry, ...]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> tuple[SimilarEntry, ...]:
        return self._rows

    def relabel(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))
