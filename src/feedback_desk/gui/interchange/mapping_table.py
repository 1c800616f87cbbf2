"""The column mapping of an import: one line per header of the file, with a drop-down of the
interchange columns (and "(ignored)") that the header feeds.

A column can be fed by one header only: choosing it for a second header sets the first one to
"(ignored)", as the automatic mapping does with a column named twice.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.interchange.columns import match_header
from .. import plain
from ..i18n import Retranslating
from . import messages as M

_Index = QModelIndex | QPersistentModelIndex
HEADER, TARGET = range(2)
KEY_ROLE = Qt.ItemDataRole.UserRole
IGNORED_COLOUR = QColor("#6b6b6b")


class MappingModel(QAbstractTableModel):
    sig_changed = Signal(object)
    """The user changed the mapping: the new ``tuple[str | None, ...]``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self._mapping: list[str | None] = []

    def set_mapping(self, headers: tuple[str, ...], mapping: tuple[str | None, ...]) -> None:
        self.beginResetModel()
        self._headers = tuple(headers)
        self._mapping = list(mapping) + [None] * (len(headers) - len(mapping))
        self.endResetModel()

    @property
    def mapping(self) -> tuple[str | None, ...]:
        return tuple(self._mapping)

    @property
    def headers(self) -> tuple[str, ...]:
        return self._headers

    def set_key(self, row: int, key: str | None) -> bool:
        """Header ``row`` feeds column ``key`` (None: ignored); False when nothing changed."""
        if not 0 <= row < len(self._mapping) or self._mapping[row] == key:
            return False
        self._mapping[row] = key
        for other, used in enumerate(self._mapping):
            if other != row and key is not None and used == key:
                self._mapping[other] = None  # one header per column
                self._changed(other)
        self._changed(row)
        self.sig_changed.emit(self.mapping)
        return True

    def _changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, HEADER), self.index(row, TARGET))

    def relabel(self) -> None:
        if self._mapping:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._mapping) - 1, TARGET))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, TARGET)

    # ---- Qt ----------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (QCoreApplication.translate("ImportMapping", "Column in the file"),
                QCoreApplication.translate("ImportMapping", "Imported as"))[section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == TARGET:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        header, key = self._headers[index.row()], self._mapping[index.row()]
        if role == KEY_ROLE:
            return key
        if index.column() == HEADER:
            if role == Qt.ItemDataRole.DisplayRole:
                return header or QCoreApplication.translate(
                    "ImportMapping", "(column {n}, no header)").format(n=index.row() + 1)
            if role == Qt.ItemDataRole.ToolTipRole:
                known = match_header(header) is not None
                return plain.tooltip(header) if known else QCoreApplication.translate(
                    "ImportMapping", "Not a column of the interchange table: ignored unless "
                    "you choose a column for it.")
            if role == Qt.ItemDataRole.ForegroundRole and key is None:
                return IGNORED_COLOUR
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return M.column_label(key) if key else ignored_text()
        if role == Qt.ItemDataRole.ForegroundRole and key is None:
            return IGNORED_COLOUR
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != TARGET or role != Qt.ItemDataRole.EditRole:
            return False
        self.set_key(index.row(), value or None)
        return True


def ignored_text() -> str:
    return QCoreApplication.translate("ImportMapping", "(ignored)")


class ColumnDelegate(QStyledItemDelegate):
    """A drop-down of "(ignored)" and every interchange column (required ones marked)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: _Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("importMappingCombo")
        fill_columns(combo)
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel does not change it in passing
        combo.currentIndexChanged.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        if combo.property("filling"):
            return
        self.commitData.emit(combo)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setProperty("filling", True)
        editor.setCurrentIndex(max(0, editor.findData(index.data(KEY_ROLE) or "")))
        editor.setProperty("filling", False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData() or None, Qt.ItemDataRole.EditRole)


def fill_columns(combo: QComboBox) -> None:
    combo.clear()
    combo.addItem(ignored_text(), "")
    mark = QCoreApplication.translate("ImportMapping", "{column} — required")
    for key in M.column_keys():
        label = M.column_label(key)
        combo.addItem(mark.format(column=label) if M.required(key) else label, key)


class MappingTable(QTableView):
    """The mapping, its drop-downs always open (a user sees at once what can be changed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importMapping")
        self.mapping_model = MappingModel(self)
        self.setModel(self.mapping_model)
        self.setItemDelegateForColumn(TARGET, ColumnDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(HEADER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TARGET, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(HEADER, 150)
        self.verticalHeader().setDefaultSectionSize(28)
        self.mapping_model.modelReset.connect(self._open_editors)

    @Slot()
    def _open_editors(self) -> None:
        for row in range(self.mapping_model.rowCount()):
            self.openPersistentEditor(self.mapping_model.index(row, TARGET))

    def combo(self, row: int) -> QComboBox:
        """The drop-down of header ``row`` (tests drive it as a user would)."""
        widget = self.indexWidget(self.mapping_model.index(row, TARGET))
        assert isinstance(widget, QComboBox)
        return widget

    def relabel(self) -> None:
        """The interface language changed: the drop-downs' words again."""
        for row in range(self.mapping_model.rowCount()):
            self.closePersistentEditor(self.mapping_model.index(row, TARGET))
        self._open_editors()
        self.mapping_model.relabel()


class ColumnsPanel(Retranslating, QGroupBox):
    """The left half of the import dialog: the mapping, the required columns nothing feeds
    (in red: nothing can be imported then) and the headers that were not recognised."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = MappingTable(self)
        self.model = self.table.mapping_model
        self.missing_required: tuple[str, ...] = ()
        self.missing = QLabel(self)
        self.missing.setObjectName("importMissing")
        self.missing.setStyleSheet("QLabel { color: #b3261e; }")
        self.unknown = QLabel(self)
        self.unknown.setObjectName("importUnknown")
        for label in (self.missing, self.unknown):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.missing)
        layout.addWidget(self.unknown)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Columns of the file"))
        self.table.relabel()
        self._show_texts()

    def show_preview(self, headers: tuple[str, ...], mapping: tuple[str | None, ...],
                     missing: tuple[str, ...]) -> None:
        """The file's headers and what they feed (the drop-downs are made again only when that
        changed: the one the user just used stays)."""
        if self.model.headers != headers or self.model.mapping != mapping:
            self.model.set_mapping(headers, mapping)
        self.missing_required = missing
        self._show_texts()

    def _show_texts(self) -> None:
        missing = self.missing_required
        self.missing.setText(self.tr(
            "Required, but no column of the file feeds it: {columns}. Choose a column of the "
            "file for each in the list above.").format(columns=M.columns_list(missing))
            if missing else "")
        self.missing.setVisible(bool(missing))
        unknown = [h for h, key in zip(self.model.headers, self.model.mapping, strict=True)
                   if key is None and h.strip() and match_header(h) is None]
        self.unknown.setText(self.tr("Not recognised (ignored unless you choose a column for "
                                     "it): {headers}").format(headers=", ".join(unknown))
                             if unknown else "")
        self.unknown.setVisible(bool(unknown))
