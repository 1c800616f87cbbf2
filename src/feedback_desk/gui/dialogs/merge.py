"""File → Merge an offline desk…: pick a laptop's own desk file, merge it into this database
with a progress bar and Cancel, then list each entry as new, already present, in conflict or
refused. The merge runs off the GUI thread (``core.merge.merge_desk_file``); a cancel or a bad
file writes nothing, and the error is said in the dialog.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .. import plain
from ..messages import describe

if TYPE_CHECKING:
    from ...core.merge import MergeReport

_Index = QModelIndex | QPersistentModelIndex


class ResultModel(QAbstractTableModel):
    """One row per entry of the file: outcome, when it was recorded, details."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str, str]] = []  # outcome, uuid, when, detail

    def set_report(self, report: MergeReport | None) -> None:
        self.beginResetModel()
        self._rows = []
        if report is not None:
            for c in report.conflicts:
                detail = "; ".join(
                    self.tr("{field}: here {here}, in the file {there}").format(
                        field=f, here=getattr(c.here, f), there=getattr(c.there, f))
                    for f in c.fields)
                self._rows.append((self.tr("Conflict (not merged)"), c.uuid,
                                   f"{c.there.recorded_at:%Y-%m-%d %H:%M}", detail))
            self._rows += [(self.tr("Refused"), uuid, "", reason) for uuid, reason in report.refused]
            self._rows += [(self.tr("New"), uuid, "", "") for uuid in report.new]
            self._rows += [(self.tr("Already present"), uuid, "", "") for uuid in report.present]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Outcome"), self.tr("Entry"), self.tr("Recorded"), self.tr("Details"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return plain.tooltip(value)
        return None

    def outcomes(self) -> list[str]:
        return [row[0] for row in self._rows]


class _Progress(QObject):
    sig_progress = Signal(int, int)
    """(done, total) from the worker: queued to the GUI thread."""


class MergeDialog(QDialog):
    sig_merged = Signal(object)
    """A merge finished and wrote something (its ``MergeReport``): views should refresh."""

    def __init__(self, backend: Any, tasks: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge an offline desk"))
        self._backend, self._tasks = backend, tasks
        self._cancel = threading.Event()
        self.running = False
        self.report: MergeReport | None = None
        intro = QLabel(self.tr(
            "Brings the entries of a laptop that recorded into its own file (without the "
            "server) into this database. The file itself is not changed; merging it again adds "
            "nothing."), self)
        intro.setWordWrap(True)
        self.path = QLineEdit(self)
        self.path.setObjectName("mergePath")
        self.path.setPlaceholderText(self.tr("The desk file (desk.sqlite)"))
        self.browse = QPushButton(self.tr("&Choose…"), self)
        self.browse.clicked.connect(self._choose)
        self.merge_button = QPushButton(self.tr("&Merge"), self)
        self.merge_button.setObjectName("mergeStart")
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(self.start)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.summary = QLabel(self)
        self.summary.setObjectName("mergeSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.model = ResultModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("mergeResults")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        row.addWidget(self.merge_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self._progress = _Progress(self)
        self._progress.sig_progress.connect(self._on_progress)
        self.path.textChanged.connect(lambda _t: self._update_buttons())
        self._update_buttons()
        self.resize(760, 480)

    def _choose(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Desk file to merge"), self.path.text(),
            self.tr("Feedback Desk files (*.sqlite *.db);;All files (*)"))
        if name:
            self.path.setText(name)

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(not self.running and bool(self.path.text().strip()))
        self.path.setEnabled(not self.running)
        self.browse.setEnabled(not self.running)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Cancel") if self.running else self.tr("Close"))

    @Slot()
    def start(self) -> None:
        path = self.path.text().strip()
        if self.running or not path:
            return
        from ...core.merge import merge_desk_file

        self.running, self.report = True, None
        self._cancel.clear()
        self.model.set_report(None)
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Merging…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self._update_buttons()
        backend, progress, cancel = self._backend, self._progress, self._cancel

        def work() -> MergeReport:
            return merge_desk_file(backend.services(), path,
                                   progress=progress.sig_progress.emit, cancel=cancel.is_set)

        # a long read-and-write of its own: never holds up the recorders' saves
        self._tasks.background(work, self._on_done, self._on_failed)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self.running:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

    def _finish(self) -> None:
        self.running = False
        self.progress.hide()
        self._update_buttons()

    def _on_done(self, report: MergeReport) -> None:
        self._finish()
        self.report = report
        self.model.set_report(report)
        if report.cancelled:
            self.summary.setText(self.tr("Cancelled: nothing was written."))
            return
        self.summary.setText(self.tr(
            "{total} entries in {file}: {new} new, {present} already present, {conflicts} in "
            "conflict (not merged), {refused} refused.").format(
                total=report.total, file=report.source, new=len(report.new),
                present=len(report.present), conflicts=len(report.conflicts),
                refused=len(report.refused)))
        if report.users_created:
            self.summary.setText(self.summary.text() + "\n" + self.tr(
                "Accounts created without a password (inactive): {names}").format(
                    names=", ".join(report.users_created)))
        self.sig_merged.emit(report)

    def _on_failed(self, exc: BaseException) -> None:
        self._finish()
        self.summary.setStyleSheet("QLabel { color: #b3261e; }")
        self.summary.setText(self.tr("Not merged: {reason}").format(reason=describe(exc)))

    def reject(self) -> None:
        if self.running:  # Cancel: the merge stops at the next entry and writes nothing
            self._cancel.set()
            self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(
                self.tr("Cancelling…"))
            return
        super().reject()

    def closeEvent(self, e: QCloseEvent) -> None:
        if self.running:
            self._cancel.set()
            e.ignore()
            return
        super().closeEvent(e)
