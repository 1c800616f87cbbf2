"""File → Import spreadsheet…: choose a CSV or XLSX file, see what importing it would do, then
import it.

The file is read off the GUI thread (``services.interchange.preview``) with a progress bar and
Cancel; the dialog shows how it was read (encoding, separator, sheet), the column mapping (each
header's drop-down: changing one reads the file again with that mapping) and one line per row —
accepted, already present or rejected, and why. Nothing is written until Import
(``services.interchange.commit``, one transaction, also off the GUI thread). A refused file, a
cancel or a failed import is said in the dialog, which stays open with every choice kept.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.interchange.model import ImportCancelled, ImportPreview, ImportRefused, ImportResult
from ..i18n import Retranslating
from ..messages import describe
from . import messages as M
from .jobs import Job, show_progress
from .mapping_table import ColumnsPanel
from .rows_panel import RowsPanel
from .source_box import SourceBox

ERROR_STYLE = "QLabel { color: #b3261e; }"
WHY_STYLE = "QLabel { color: #7a5200; font-weight: bold; }"
DONE_STYLE = "QLabel { color: #0d5224; }"


def _label(parent: QWidget, name: str, *, error: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if error:
        label.setStyleSheet(ERROR_STYLE)
    return label


class ImportDialog(Retranslating, QDialog):
    sig_imported = Signal(object)
    """An import wrote its entries (its ``ImportResult``): lists and charts should refresh."""

    def __init__(self, backend: Any, tasks: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self._backend, self._tasks = backend, tasks
        self.job = Job(self)
        self.job.sig_progress.connect(self._on_progress)
        self.running = ""  # "preview" or "import" while one is under way
        self.preview: ImportPreview | None = None
        self.imported: ImportResult | None = None
        self._mapping: tuple[str | None, ...] | None = None  # None: matched from the headers
        self._sheet: str | None = None
        self._read_path = ""  # the file the preview shows

        self.intro = _label(self, "importIntro")
        self.path = QLineEdit(self)
        self.path.setObjectName("importPath")
        self.path.returnPressed.connect(self.read_again)
        self.path_caption = QLabel(self)
        self.path_caption.setBuddy(self.path)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._choose)
        self.reread = QPushButton(self)
        self.reread.setObjectName("importReadAgain")
        self.reread.clicked.connect(self.read_again)
        self.source = SourceBox(self)
        self.source.sig_encoding_chosen.connect(lambda _e: self._read(keep_mapping=False))
        self.source.sig_sheet_chosen.connect(self._on_sheet)
        self.source.sig_confirmed.connect(lambda _c: self._update())

        self.columns = ColumnsPanel(self)
        self.mapping = self.columns.table
        self.mapping.mapping_model.sig_changed.connect(self._on_mapping)
        self.rows_panel = RowsPanel(self)
        self.rows, self.table = self.rows_panel.model, self.rows_panel.table
        self.status_filter = self.rows_panel.status_filter
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.columns)
        self.splitter.addWidget(self.rows_panel)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([500, 740])

        self.valid_only = QCheckBox(self)
        self.valid_only.setObjectName("importValidOnly")
        self.valid_only.toggled.connect(lambda _c: self._update())
        self.why = _label(self, "importWhy")
        self.why.setStyleSheet(WHY_STYLE)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.hide()
        self.message = _label(self, "importMessage")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importStart")
        self.close_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("importClose")
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self._build_layout()
        self.retranslate()
        self._fit(1260, 800)

    def _fit(self, width: int, height: int) -> None:
        """As big as wanted, but never bigger than the screen (a 1366×768 laptop)."""
        parent = self.parentWidget()
        screen = parent.screen() if parent is not None else self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 40), min(height, room.height() - 40)
        self.resize(width, height)

    def _build_layout(self) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_caption)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        file_row.addWidget(self.reread)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(file_row)
        layout.addWidget(self.source)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.valid_only)
        layout.addWidget(self.why)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        self.intro.setText(self.tr(
            "Adds the entries of a CSV or Excel file laid out as the interchange table (one row "
            "per entry, headers in the first row). Nothing is written until you press Import; "
            "importing the same file again adds nothing."))
        self.path_caption.setText(self.tr("&File"))
        self.path.setPlaceholderText(self.tr("A .csv, .txt or .xlsx file"))
        self.browse.setText(self.tr("&Choose…"))
        self.reread.setText(self.tr("Read a&gain"))
        self.reread.setToolTip(self.tr("Read the file again (after correcting it)"))
        self.valid_only.setText(self.tr("Import only the &valid rows (leave the rejected ones out)"))
        self._update()

    # ---- choosing and reading the file -------------------------------------------------------
    def _choose(self) -> None:
        start = self.path.text().strip() or str(Path.home())
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Spreadsheet to import"), start,
            self.tr("Spreadsheets (*.csv *.txt *.xlsx);;All files (*)"))
        if name:
            self.choose_file(name)

    def choose_file(self, path: str) -> None:
        """Read ``path`` as a new file: encoding as detected, first sheet, headers matched."""
        self.path.setText(path)
        self.read_again()

    @Slot()
    def read_again(self) -> None:
        path = self.path.text().strip()
        if not path or self.running == "import":
            return
        if path != self._read_path:
            self.source.reset_choices(path)
            self._sheet = None
        self._read(keep_mapping=False)

    @Slot(str)
    def _on_sheet(self, sheet: str) -> None:
        self._sheet = sheet
        self._read(keep_mapping=False)

    @Slot(object)
    def _on_mapping(self, mapping: tuple[str | None, ...]) -> None:
        self._mapping = mapping
        self._read(keep_mapping=True)

    def _read(self, *, keep_mapping: bool) -> None:
        """Preview the file (again) with the current choices; a preview under way is cancelled."""
        path = self.path.text().strip()
        if not path or self.running == "import":
            return
        if not keep_mapping:
            self._mapping = None
        self._read_path = path
        generation, progress, cancel = self.job.begin()
        self.running, self.imported = "preview", None
        mapping, sheet, encoding = self._mapping, self._sheet, self.source.chosen_encoding
        self._set_message(self.tr("Reading {file}…").format(file=Path(path).name))
        self._start_progress()
        backend = self._backend

        def work() -> ImportPreview:
            return backend.services().interchange.preview(
                path, mapping=mapping, sheet=sheet, encoding=encoding,
                progress=progress, cancel=cancel)

        self._tasks.background(work, lambda p: self._on_preview(generation, p),
                               lambda e: self._on_preview_failed(generation, e))
        self._update()

    def _on_preview(self, generation: int, preview: ImportPreview) -> None:
        if generation != self.job.generation:
            return  # a newer read was asked for meanwhile
        if self.job.cancelled:  # Cancel pressed as the last rows were read: as asked
            self._on_preview_failed(generation, ImportCancelled())
            return
        self._finish()
        self._show(preview)
        self._set_message("")

    def _on_preview_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self.job.generation:
            return
        self._finish()
        self._show(None)
        if isinstance(exc, ImportCancelled):
            self._set_message(self.tr("Cancelled: nothing was imported. “Read again” reads the "
                                      "file from the start."))
        elif isinstance(exc, ImportRefused):
            self._set_message(self.tr("This file cannot be imported: {reason}").format(
                reason=M.text(exc.message)), error=True)
        else:
            self._set_message(self.tr("The file could not be read: {reason}").format(
                reason=describe(exc)), error=True)

    def _show(self, preview: ImportPreview | None) -> None:
        """Show what ``preview`` found (None: nothing read)."""
        same_file = (preview is not None and self.preview is not None
                     and preview.source.path == self.preview.source.path
                     and preview.source.sheet == self.preview.source.sheet
                     and preview.source.encoding == self.preview.source.encoding)
        self.preview = preview
        self.source.show_info(preview.source if preview else None, keep_choice=same_file)
        if preview is None:
            self.columns.show_preview((), (), ())
        else:
            self.columns.show_preview(preview.source.headers, preview.mapping,
                                      preview.missing_required)
        self.rows_panel.show_preview(preview)
        self._update()

    # ---- importing -------------------------------------------------------------------------
    def blocked_because(self) -> str:
        """Why Import cannot be pressed now ("" when it can, or when nothing is read yet)."""
        p = self.preview
        if p is None or self.running:
            return ""
        if self.imported is not None:
            return self.tr("Imported. Choose another file, or read this one again.")
        if p.missing_required:
            return self.tr("Import is not possible while a required column is missing.")
        if not self.source.confirmed:
            return self.tr("Check the accented letters and tick “The accented letters look "
                           "right” first, or choose another encoding.")
        rejected = self.rows_panel.count("rejected")
        if rejected and not self.valid_only.isChecked():
            return self.tr("Rejected rows: {n} (see “Why”). Correct them in the file and read "
                           "it again, or tick “Import only the valid rows”.").format(
                               n=f"{rejected:,}")
        if not self.rows_panel.count("accepted"):
            return self.tr("Nothing to import: no row would add an entry.")
        return ""

    def _update(self) -> None:
        p = self.preview
        why = self.blocked_because()
        ready = p is not None and not self.running and not why
        self.import_button.setEnabled(ready)
        accepted = self.rows_panel.count("accepted") if p else 0
        self.import_button.setText(self.tr("&Import {n} entries").format(n=f"{accepted:,}")
                                   if accepted and self.imported is None else self.tr("&Import"))
        self.import_button.setDefault(ready)
        self.why.setText(why)
        self.why.setVisible(bool(why) and self.imported is None)  # the summary says it all
        rejected = bool(p and self.rows_panel.count("rejected"))
        self.valid_only.setVisible(rejected)
        importing = self.running == "import"
        for widget in (self.path, self.browse, self.reread, self.mapping, self.valid_only):
            widget.setEnabled(not importing)
        self.reread.setEnabled(not importing and bool(self.path.text().strip()))
        self.source.set_enabled_choices(not importing)
        self.close_button.setText(self.tr("Cancel") if self.running else self.tr("Close"))

    @Slot()
    def start_import(self) -> None:
        preview = self.preview
        if preview is None or self.running or self.blocked_because():
            return
        generation, progress, cancel = self.job.begin()
        self.running = "import"
        valid_only = self.valid_only.isChecked()
        self._set_message(self.tr("Importing…"))
        self._start_progress()
        backend = self._backend

        def work() -> ImportResult:
            return backend.services().interchange.commit(
                preview, valid_rows_only=valid_only, progress=progress, cancel=cancel)

        # a write: queued with the recorders' saves, so neither waits on a locked database
        self._tasks.write(work, lambda r: self._on_imported(generation, r),
                          lambda e: self._on_import_failed(generation, e))
        self._update()

    def _on_imported(self, generation: int, result: ImportResult) -> None:
        if generation != self.job.generation:
            return
        self._finish()
        self.imported = result
        self._set_message(M.import_summary(result), style=DONE_STYLE)
        self._update()
        self.sig_imported.emit(result)

    def _on_import_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self.job.generation:
            return
        self._finish()
        if isinstance(exc, ImportCancelled):
            self._set_message(self.tr("Cancelled: nothing was imported."))
        elif isinstance(exc, ImportRefused):
            self._set_message(self.tr("Not imported: {reason}").format(
                reason=M.text(exc.message)), error=True)
        else:
            self._set_message(self.tr("Not imported, nothing was written: {reason}").format(
                reason=describe(exc)), error=True)
        self._update()

    # ---- progress, cancel, close -----------------------------------------------------------
    def _start_progress(self) -> None:
        self.progress.setRange(0, 0)  # busy until the first report
        self.progress.show()

    @Slot(int, float)
    def _on_progress(self, rows: int, fraction: float) -> None:
        if self.running:
            show_progress(self.progress, rows, fraction)

    def _finish(self) -> None:
        self.running = ""
        self.progress.hide()

    def _set_message(self, text: str, *, error: bool = False, style: str = "") -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else style)
        self.message.setText(text)

    def reject(self) -> None:
        if self.running:  # Cancel: stops at the next row; nothing is written
            self.job.cancel()
            self.close_button.setText(self.tr("Cancelling…"))
            return
        super().reject()

    def done(self, result: int) -> None:
        """Closed: let go of the preview (100,000 rows are tens of MB) until the next file."""
        super().done(result)
        self.preview = None
        self.rows_panel.show_preview(None)

    def closeEvent(self, e: QCloseEvent) -> None:
        if self.running:
            self.job.cancel()
            e.ignore()
            return
        super().closeEvent(e)

