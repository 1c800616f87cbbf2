"""Export list…: the entries the triage list shows — its filters, its order — written as the
interchange table to a CSV (UTF-8) or Excel file, off the GUI thread with a progress bar and
Cancel. Personal data (name, phone, NIK, passport, KPJ) is offered only to a role allowed to
export it, never ticked by default. A failure (read-only folder, full disk) is said in the
dialog, which keeps every choice so the user can pick another folder.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.dto import EntryQuery
from ...core.errors import PermissionDenied
from ...core.interchange.model import ExportFailed, ExportResult
from ..i18n import Retranslating
from ..messages import describe
from .jobs import Job, show_progress

FORMATS = (".csv", ".xlsx")
ERROR_STYLE = "QLabel { color: #b3261e; }"
WARNING_STYLE = "QLabel { color: #7a5200; }"


def default_name(suffix: str = ".csv", day: date | None = None) -> str:
    return f"feedback-{(day or date.today()).isoformat()}{suffix}"


def default_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


class ExportListDialog(Retranslating, QDialog):
    sig_exported = Signal(object)
    """The file is written: its ``ExportResult``."""

    def __init__(
        self, backend: Any, tasks: Any, query: EntryQuery, *, sort: str = "recorded_at",
        descending: bool = True, count: int | None = None, may_export_personal: bool = False,
        folder: Path | None = None, parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportListDialog")
        self._backend, self._tasks = backend, tasks
        self.query, self.sort, self.descending = query, sort, descending
        self._count = count
        self.job = Job(self)
        self.job.sig_progress.connect(self._on_progress)
        self.running = False
        self.exported: ExportResult | None = None
        self._overwrite_ok = ""  # a path the user already agreed to replace (file dialog)

        self.intro = QLabel(self)
        self.intro.setObjectName("exportIntro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.format = QComboBox(self)
        self.format.setObjectName("exportFormat")
        for suffix in FORMATS:
            self.format.addItem("", suffix)
        self.format.currentIndexChanged.connect(self._on_format)
        self.path = QLineEdit(str((folder or default_folder()) / default_name()), self)
        self.path.setObjectName("exportPath")
        self.path.textChanged.connect(self._on_path_typed)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        self.personal: QCheckBox | None = None
        self.personal_warning: QLabel | None = None
        if may_export_personal:
            self.personal = QCheckBox(self)
            self.personal.setObjectName("exportPersonal")
            self.personal.setChecked(False)  # never by default
            self.personal.toggled.connect(self._show_warning)
            self.personal_warning = QLabel(self)
            self.personal_warning.setObjectName("exportPersonalWarning")
            self.personal_warning.setWordWrap(True)
            self.personal_warning.setStyleSheet(WARNING_STYLE)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.message = QLabel(self)
        self.message.setObjectName("exportMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportStart")
        self.export_button.setDefault(True)
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)

        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.browse)
        self.form = QFormLayout()
        self._format_caption, self._path_caption = QLabel(self), QLabel(self)
        self._format_caption.setBuddy(self.format)
        self._path_caption.setBuddy(self.path)
        self.form.addRow(self._format_caption, self.format)
        self.form.addRow(self._path_caption, where)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        if self.personal is not None and self.personal_warning is not None:
            layout.addWidget(self.personal)
            layout.addWidget(self.personal_warning)
        layout.addStretch(1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(640, 200)
        if count is None:
            self._count_entries()

    def _count_entries(self) -> None:
        """How many entries the file will hold: counted off the GUI thread."""
        backend, query = self._backend, self.query
        self._tasks.read(lambda: backend.services().search.count(query), self.set_count,
                         lambda _exc: None)  # the intro says it without the number

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export list"))
        self._show_intro()
        self._format_caption.setText(self.tr("&Format"))
        self.format.setItemText(0, self.tr("CSV, UTF-8 (.csv)"))
        self.format.setItemText(1, self.tr("Excel workbook (.xlsx)"))
        self._path_caption.setText(self.tr("&Save as"))
        self.browse.setText(self.tr("&Browse…"))
        if self.personal is not None:
            self.personal.setText(self.tr(
                "Include &personal data (name, phone, NIK, passport, KPJ)"))
        self._show_warning()
        self.export_button.setText(self.tr("E&xport"))
        self._show_buttons()

    def set_count(self, count: int) -> None:
        """How many entries the list shows (known once it has counted them)."""
        self._count = count
        self._show_intro()

    def _show_intro(self) -> None:
        if self._count is None:
            text = self.tr("Writes the entries the triage list shows, with its filters and in "
                           "its order, as the interchange table.")
        else:
            text = self.tr("Writes the {n} entries the triage list shows, with its filters and "
                           "in its order, as the interchange table.").format(n=f"{self._count:,}")
        self.intro.setText(text)

    def _show_warning(self, *_args: object) -> None:
        if self.personal_warning is None or self.personal is None:
            return
        self.personal_warning.setText(self.tr(
            "The file will hold the personal data of every speaker who gave consent. Keep it "
            "safe, share it only for the purpose the speakers agreed to, and delete it when "
            "that is done. The export is recorded in the audit log.")
            if self.personal.isChecked() else self.tr(
            "Without personal data: nobody can be identified from the file."))

    # ---- where to write ----------------------------------------------------------------------
    @property
    def chosen_path(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    @Slot(int)
    def _on_format(self, _index: int) -> None:
        suffix = self.format.currentData()
        path = self.chosen_path
        if self.path.text().strip() and path.suffix.lower() != suffix:
            self.path.setText(str(path.with_suffix(suffix)))

    @Slot(str)
    def _on_path_typed(self, _text: str) -> None:
        suffix = self.chosen_path.suffix.lower()
        if suffix in FORMATS and suffix != self.format.currentData():
            self.format.blockSignals(True)
            self.format.setCurrentIndex(FORMATS.index(suffix))
            self.format.blockSignals(False)
        self._show_buttons()

    def _browse(self) -> None:
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export list as"), str(self.chosen_path),
            ";;".join((self.tr("CSV, UTF-8 (*.csv)"), self.tr("Excel workbook (*.xlsx)"))),
            self.tr("Excel workbook (*.xlsx)") if self.format.currentData() == ".xlsx"
            else self.tr("CSV, UTF-8 (*.csv)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in FORMATS:
            path = path.with_suffix(".xlsx" if "xlsx" in chosen else ".csv")
        self.path.setText(str(path))
        self._overwrite_ok = str(path)  # the file dialog asked already

    # ---- writing ---------------------------------------------------------------------------
    @Slot()
    def start(self) -> None:
        path = self.chosen_path
        if self.running or not self.path.text().strip():
            return
        if path.suffix.lower() not in FORMATS:
            path = path.with_suffix(self.format.currentData())
            self.path.setText(str(path))
        if path.exists() and str(path) != self._overwrite_ok and not self._may_replace(path):
            return
        personal = self.personal is not None and self.personal.isChecked()
        generation, progress, cancel = self.job.begin()
        self.running, self.exported = True, None
        self._set_message(self.tr("Exporting…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self._show_buttons()
        backend, query, sort, descending = self._backend, self.query, self.sort, self.descending

        def work() -> ExportResult:
            return backend.services().interchange.export(
                str(path), query, sort=sort, descending=descending, personal=personal,
                progress=progress, cancel=cancel)

        self._tasks.background(work, lambda r: self._on_done(generation, r),
                               lambda e: self._on_failed(generation, e))

    def _may_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Replace the file?"),
            self.tr("{file} exists already. Replace it?").format(file=path.name))
        return answer == QMessageBox.StandardButton.Yes

    @Slot(int, float)
    def _on_progress(self, rows: int, fraction: float) -> None:
        if self.running:
            show_progress(self.progress, rows, fraction)

    def _finish(self) -> None:
        self.running = False
        self.progress.hide()
        self._show_buttons()

    def _on_done(self, generation: int, result: ExportResult) -> None:
        if generation != self.job.generation:
            return
        self._finish()
        self.exported = result
        self._set_message(exported_text(result))
        self.sig_exported.emit(result)
        self.accept()

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self.job.generation:
            return
        self._finish()
        if type(exc).__name__.endswith("Cancelled"):
            self._set_message(self.tr("Cancelled: no file was written."))
            return
        self._set_message(self.tr("Not exported: {reason}").format(
            reason=failure_text(exc, self.chosen_path)), error=True)

    def _set_message(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def _show_buttons(self) -> None:
        self.export_button.setEnabled(not self.running and bool(self.path.text().strip()))
        for widget in (self.path, self.browse, self.format, self.personal):
            if widget is not None:
                widget.setEnabled(not self.running)
        self.close_button.setText(self.tr("Cancel") if self.running else self.tr("Close"))

    def reject(self) -> None:
        if self.running:  # Cancel: the export stops and leaves no file behind
            self.job.cancel()
            self.close_button.setText(self.tr("Cancelling…"))
            return
        super().reject()

    def closeEvent(self, e: QCloseEvent) -> None:
        if self.running:
            self.job.cancel()
            e.ignore()
            return
        super().closeEvent(e)


def exported_text(result: ExportResult) -> str:
    """The status bar's line after an export."""
    if result.personal:
        text = QCoreApplication.translate(
            "ExportListDialog", "Exported {n} entries with personal data to {file}").format(
                n=f"{result.rows:,}", file=result.path)
    else:
        text = QCoreApplication.translate(
            "ExportListDialog", "Exported {n} entries to {file}").format(
                n=f"{result.rows:,}", file=result.path)
    if result.over_excel_limit:
        text += " " + QCoreApplication.translate(
            "ExportListDialog", "({n} texts are longer than Excel shows in a cell; the CSV "
            "format keeps them whole.)").format(n=f"{result.over_excel_limit:,}")
    return text


def failure_text(exc: BaseException, path: Path) -> str:
    """Why an export failed, in words that say what to do."""
    if isinstance(exc, PermissionDenied):
        return describe(exc)
    reason = exc.reason if isinstance(exc, ExportFailed) else ""
    low = str(exc).lower()
    folder = str(path.parent)
    if reason == "read_only" or isinstance(exc, PermissionError) or (
            not reason and ("read-only" in low or "permission denied" in low)):
        return QCoreApplication.translate(
            "ExportListDialog", "the folder {folder} cannot be written to (read-only, or no "
            "permission): choose another folder.").format(folder=folder)
    if reason == "disk_full" or (not reason and ("no space" in low or "disk full" in low)):
        return QCoreApplication.translate(
            "ExportListDialog", "the disk is full: free some space or choose another drive.")
    if reason == "no_folder" or isinstance(exc, FileNotFoundError):
        return QCoreApplication.translate(
            "ExportListDialog", "the folder {folder} does not exist.").format(folder=folder)
    if reason == "is_folder":
        return QCoreApplication.translate(
            "ExportListDialog", "{path} is a folder: add a file name.").format(path=str(path))
    if reason == "bad_format":
        return QCoreApplication.translate(
            "ExportListDialog", "the file name must end in .csv or .xlsx.")
    if isinstance(exc, ExportFailed):
        return QCoreApplication.translate(
            "ExportListDialog", "{path} could not be written: {detail}").format(
                path=str(path), detail=exc.detail or str(exc))
    return describe(exc)
