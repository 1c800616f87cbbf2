"""Export summary…: which events, days, area and language, where to write it; then a progress
bar and a Cancel button while it builds, and the PDF opens when it is done.

A failure (folder read-only, disk full, database gone) is said in the dialog, which keeps
every choice so the user can change the folder and try again.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QStandardPaths, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import taxonomy
from ...core.errors import ValidationError
from .. import i18n
from ..messages import describe
from .job import SummaryJob

AREAS = ("domestic", "overseas", "digital")


class SummaryDialog(QDialog):
    sig_written = Signal(object)
    """A summary was written: its ``ReportResult``."""

    def __init__(self, backend: Any, tasks: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryDialog")
        self.setWindowTitle(self.tr("Export strategy summary"))
        self._backend, self._tasks = backend, tasks
        self.job: SummaryJob | None = None
        lang = i18n.language()

        self.events = QListWidget(self)
        self.events.setObjectName("summaryEvents")
        self.events.setMaximumHeight(110)
        self.use_from, self.use_to = QCheckBox(self.tr("&From"), self), QCheckBox(self.tr("&To"), self)
        today = QDate.currentDate()
        self.date_from, self.date_to = QDateEdit(today.addDays(-30), self), QDateEdit(today, self)
        for check, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
        self.area = QComboBox(self)
        self.area.addItem(self.tr("All service areas"), "")
        for code in AREAS:
            self.area.addItem(taxonomy.label("service_area", code, lang), code)
        self.language = QComboBox(self)
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.path = QLineEdit(str(self._default_path(lang)), self)
        self.path.setObjectName("summaryPath")
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        self.open_when_done = QCheckBox(self.tr("&Open the PDF when it is done"), self)
        self.open_when_done.setChecked(True)

        dates = QHBoxLayout()
        for widget in (self.use_from, self.date_from, self.use_to, self.date_to):
            dates.addWidget(widget)
        dates.addStretch(1)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Events (none ticked: all)"), self.events)
        form.addRow(self.tr("Days"), dates)
        form.addRow(self.tr("Service &area"), self.area)
        form.addRow(self.tr("&Language of the summary"), self.language)
        save_as = QLabel(self.tr("&Save as"), self)
        save_as.setBuddy(self.path)  # a row of a layout gets no buddy by itself: Alt+S
        form.addRow(save_as, where)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.message = QLabel(self)
        self.message.setObjectName("summaryMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("E&xport"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.open_when_done)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        self._load_events()

    # ---- options ---------------------------------------------------------------------------
    def _default_path(self, lang: str) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        stem = "ringkasan-strategi" if lang == "id" else "strategy-summary"
        return Path(folder or Path.home()) / f"{stem}-{date.today().isoformat()}.pdf"

    def _load_events(self) -> None:
        def done(events: Any) -> None:
            for event in events:
                item = QListWidgetItem(event.name, self.events)
                item.setData(Qt.ItemDataRole.UserRole, int(event.id))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)

        self._tasks.read(lambda: self._backend.services().catalog.events(), done,
                         lambda exc: self.message.setText(describe(exc)))

    def options(self) -> Any:
        from ...core.reports.options import ReportOptions

        events = tuple(
            int(self.events.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.events.count())
            if self.events.item(i).checkState() == Qt.CheckState.Checked)
        start = self.date_from.date().toPython() if self.use_from.isChecked() else None
        end = self.date_to.date().toPython() if self.use_to.isChecked() else None
        options = ReportOptions(event_ids=events, date_from=start, date_to=end,  # type: ignore[arg-type]
                                area=self.area.currentData() or None,
                                lang=str(self.language.currentData()))
        options.check()
        return options

    def target(self) -> Path:
        text = self.path.text().strip()
        if not text:
            raise ValidationError("file", self.tr("choose where to save the PDF"))
        path = Path(text).expanduser()
        if path.is_dir():
            raise ValidationError("file", self.tr("{path} is a folder; add a file name")
                                  .format(path=path))
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    @Slot()
    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the summary as"), self.path.text(), self.tr("PDF files (*.pdf)"))
        if chosen:
            self.path.setText(chosen)

    # ---- build -----------------------------------------------------------------------------
    @Slot()
    def start(self) -> None:
        if self.job is not None and self.job.running:
            return
        try:
            options, path = self.options(), self.target()
        except ValidationError as exc:
            self.message.setText(describe(exc))
            return
        self.path.setText(str(path))
        self.job = SummaryJob(self._backend, options, path, self)
        self.job.sig_progress.connect(self._on_progress)
        self.job.sig_finished.connect(self._on_finished)
        self.job.sig_failed.connect(self._on_failed)
        self._set_running(True)
        self.message.setText(self.tr("Building the summary…"))
        self.job.start()

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running or self.progress.value() > 0)
        if running:
            self.progress.setValue(0)
        self.export_button.setEnabled(not running)
        self.cancel_button.setText(self.tr("Cancel") if running else self.tr("Close"))
        for widget in (self.events, self.use_from, self.use_to, self.area, self.language,
                       self.path):
            widget.setEnabled(not running)
        self.date_from.setEnabled(not running and self.use_from.isChecked())
        self.date_to.setEnabled(not running and self.use_to.isChecked())

    @Slot(int, str)
    def _on_progress(self, percent: int, _stage: str) -> None:
        self.progress.setValue(percent)

    @Slot(object)
    def _on_finished(self, result: Any) -> None:
        self._set_running(False)
        self.progress.setValue(100)
        self.message.setText(self.tr("Written: {path} ({pages} pages).").format(
            path=result.path, pages=result.pages))
        self.sig_written.emit(result)
        if self.open_when_done.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))
        self.accept()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        from ...core.reports.options import ReportCancelled

        self._set_running(False)
        self.progress.setVisible(False)
        if isinstance(exc, ReportCancelled):
            self.message.setText(self.tr("Cancelled. No file was written."))
        else:
            self.message.setText(self.tr("The summary could not be written: {reason}").format(
                reason=describe(exc)))

    @Slot()
    def reject(self) -> None:
        """Cancel (button or Escape): while building, stops the build and stays open."""
        if self.job is not None and self.job.running:
            self.message.setText(self.tr("Cancelling…"))
            self.job.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None and self.job.running:  # the build stops at its next check
            self.job.cancel()
        super().closeEvent(event)
