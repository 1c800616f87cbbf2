"""The right half of the import dialog: each row of the file and what importing it would do,
a filter by outcome, the counts, and what the import would create besides entries."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.interchange.model import ImportPreview
from ..i18n import Retranslating
from . import messages as M
from .preview_models import STATUSES, RowsModel


def plain_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class RowsPanel(Retranslating, QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview: ImportPreview | None = None
        self.model = RowsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("importRows")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((56, 110, 340)):
            header.resizeSection(column, width)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("importStatusFilter")
        for status in (None, *STATUSES):
            self.status_filter.addItem("", status)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_status_filter(self.status_filter.currentData()))
        self.filter_caption = QLabel(self)
        self.filter_caption.setBuddy(self.status_filter)
        self.counts = plain_label(self, "importCounts")
        self.creates = plain_label(self, "importCreates")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.filter_caption)
        top.addWidget(self.status_filter)
        top.addWidget(self.counts, 1)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.creates)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Rows"))
        self.filter_caption.setText(self.tr("&Show"))
        self.status_filter.setItemText(0, self.tr("All rows"))
        for i, status in enumerate(STATUSES, start=1):
            self.status_filter.setItemText(i, M.status_label(status))
        self.model.relabel()
        self._show_texts()

    def show_preview(self, preview: ImportPreview | None) -> None:
        self.preview = preview
        self.model.set_preview(preview)
        self._show_texts()

    def count(self, status: str) -> int:
        return self.model.count(status) if self.preview is not None else 0

    def _show_texts(self) -> None:
        p = self.preview
        if p is None:
            self.counts.setText("")
            self.creates.setText("")
            self.creates.hide()
            return
        if p.missing_required and not p.rows:
            self.counts.setText(self.tr("The rows are checked once every required column is "
                                        "fed by a column of the file."))
            self.creates.hide()
            return
        parts = [self.tr("{n} accepted").format(n=f"{self.count('accepted'):,}"),
                 self.tr("{n} already present").format(n=f"{self.count('present'):,}"),
                 self.tr("{n} rejected").format(n=f"{self.count('rejected'):,}")]
        if p.blank_rows:
            parts.append(self.tr("blank rows skipped: {n}").format(n=f"{p.blank_rows:,}"))
        self.counts.setText(" · ".join(parts))
        creates = []
        if p.events_to_create:
            creates.append(self.tr("new events: {names}").format(
                names=", ".join(p.events_to_create)))
        if p.sessions_to_create:
            creates.append(self.tr("new sessions: {names}").format(
                names=", ".join(p.sessions_to_create)))
        if p.users_to_create:
            creates.append(self.tr("new accounts (without a password, inactive): {names}").format(
                names=", ".join(p.users_to_create)))
        self.creates.setText(self.tr("Importing also creates {what}.").format(
            what="; ".join(creates)) if creates else "")
        self.creates.setVisible(bool(creates))
