"""The live feed: this session's entries, newest first; a new one shows the moment Enter is
pressed (as "saving…") and turns into the stored entry when its commit returns."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from ...core import taxonomy
from ...core.dto import EntryRow
from .. import i18n, plain

MAX_ROWS = 500
_Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    ("time", QT_TRANSLATE_NOOP("FeedModel", "Time")),
    ("kind", QT_TRANSLATE_NOOP("FeedModel", "Kind")),
    ("area", QT_TRANSLATE_NOOP("FeedModel", "Area")),
    ("speaker", QT_TRANSLATE_NOOP("FeedModel", "Speaker")),
    ("country", QT_TRANSLATE_NOOP("FeedModel", "Country")),
    ("text", QT_TRANSLATE_NOOP("FeedModel", "What was said")),
)
STATES = {
    "saving": QT_TRANSLATE_NOOP("FeedModel", "saving…"),
    "failed": QT_TRANSLATE_NOOP("FeedModel", "not saved"),
    "waiting": QT_TRANSLATE_NOOP("FeedModel", "waiting to be sent"),
}


@dataclass(frozen=True, slots=True)
class FeedItem:
    uuid: str
    recorded_at: datetime
    kind: str
    area: str
    speaker_type: str
    country: str | None
    text: str
    sensitive: bool = False
    entry_id: int | None = None  # None until stored
    version: int = 0
    state: str = "saved"  # "saving", "saved", "failed"

    @classmethod
    def from_row(cls, row: EntryRow) -> FeedItem:
        return cls(
            row.uuid, row.recorded_at, row.kind, row.service_area, row.speaker_type, row.country,
            row.text, row.sensitive, row.id, row.version,
        )


class FeedModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[FeedItem] = []
        self._generation = 0  # counts local additions
        self._added: dict[str, int] = {}  # uuid → the generation it was added in

    # ---- Qt model API -----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(COLUMNS):
                return QCoreApplication.translate("FeedModel", str(COLUMNS[section][1]))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "text":
            return plain.tooltip(item.text)
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.state == "failed":
                return QColor("#b3261e")
            if item.state == "saving":
                return QColor("#6b6b6b")
        if role == Qt.ItemDataRole.UserRole:
            return item
        return None

    def _display(self, item: FeedItem, column: str) -> str:
        lang = i18n.language()
        if column == "time":
            when = item.recorded_at.astimezone().strftime("%H:%M:%S")
            if item.state != "saved":
                return f"{when} ({QCoreApplication.translate('FeedModel', str(STATES[item.state]))})"
            return when
        if column == "kind":
            return taxonomy.label("kind", item.kind, lang)
        if column == "area":
            return taxonomy.label("service_area", item.area, lang)
        if column == "speaker":
            return taxonomy.label("speaker_type", item.speaker_type, lang)
        if column == "country":
            return taxonomy.label("country", item.country, lang)
        first_line = " ".join(item.text.split())
        return first_line if len(first_line) <= 200 else first_line[:199] + "…"

    # ---- changes --------------------------------------------------------------------------
    def items(self) -> tuple[FeedItem, ...]:
        return tuple(self._items)

    def item(self, row: int) -> FeedItem:
        return self._items[row]

    def row_of(self, uuid: str) -> int:
        for row, item in enumerate(self._items):
            if item.uuid == uuid:
                return row
        return -1

    def add(self, item: FeedItem) -> None:
        """A new entry at the top (the newest); the oldest drops off past ``MAX_ROWS``."""
        existing = self.row_of(item.uuid)
        if existing >= 0:
            self.update(item)
            return
        self._generation += 1
        self._added[item.uuid] = self._generation
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._items.insert(0, item)
        self.endInsertRows()
        if len(self._items) > MAX_ROWS:
            self.beginRemoveRows(QModelIndex(), MAX_ROWS, len(self._items) - 1)
            del self._items[MAX_ROWS:]
            self.endRemoveRows()

    def update(self, item: FeedItem) -> None:
        row = self.row_of(item.uuid)
        if row < 0:
            return
        self._items[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def set_state(self, uuid: str, state: str, entry_id: int | None = None, version: int = 0) -> None:
        row = self.row_of(uuid)
        if row >= 0:
            item = self._items[row]
            self.update(replace(item, state=state, entry_id=entry_id or item.entry_id,
                                version=version or item.version))

    def remove(self, uuid: str) -> None:
        row = self.row_of(uuid)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._items[row]
            self.endRemoveRows()

    def generation(self) -> int:
        """A mark to pass to ``replace_all`` with rows read after it was taken."""
        return self._generation

    def replace_all(self, rows: tuple[EntryRow, ...], since: int | None = None) -> None:
        """Load the stored entries. Those still saving or failed stay on top, and so do those
        added here after ``since`` (the rows were read before they were stored)."""
        newer = self._generation if since is None else since
        local = [i for i in self._items if i.state != "saved" or self._added.get(i.uuid, 0) > newer]
        stored = {r.uuid for r in rows}
        self.beginResetModel()
        self._items = [i for i in local if i.uuid not in stored]
        self._items += [FeedItem.from_row(r) for r in rows[: MAX_ROWS - len(self._items)]]
        self._added = {i.uuid: self._added[i.uuid] for i in self._items if i.uuid in self._added}
        self.endResetModel()

    def relabel(self) -> None:
        """The language changed: the same rows, new labels."""
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, len(COLUMNS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
