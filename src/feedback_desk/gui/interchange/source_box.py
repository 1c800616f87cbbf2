"""What was found out about the file: its format, encoding and separator (CSV), its sheets
(XLSX), the row the headers are on, and notes — with the choosers that read it again another way
(another encoding, another sheet) and the confirmation a guessed encoding needs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...core.interchange.model import SourceInfo
from ..i18n import Retranslating
from . import messages as M

ENCODINGS = ("", "utf-8", "windows-1252")  # "": as detected
WARNING_STYLE = ("QFrame#importEncodingWarning { background: #fff1cc; border: 1px solid #c79a00;"
                 " border-radius: 3px; } QLabel { color: #5c3d00; }")


def _label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SourceBox(Retranslating, QWidget):
    sig_encoding_chosen = Signal(object)
    """The user chose an encoding to read the file with (None: as detected)."""

    sig_sheet_chosen = Signal(str)
    """The user chose another sheet of the workbook."""

    sig_confirmed = Signal(bool)
    """"The accented letters look right" was ticked (True) or unticked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info: SourceInfo | None = None
        self._text_file = False  # the chosen file is CSV/text: its encoding can be chosen
        self.format_label = _label(self)
        self.format_label.setObjectName("importFormat")
        self.encoding_label = _label(self)
        self.encoding_label.setObjectName("importEncoding")
        self.encoding = QComboBox(self)
        self.encoding.setObjectName("importEncodingChoice")
        for _code in ENCODINGS:
            self.encoding.addItem("", _code)
        self.encoding.activated.connect(self._on_encoding)
        self.separator_label = _label(self)
        self.separator_label.setObjectName("importSeparator")
        self.sheet = QComboBox(self)
        self.sheet.setObjectName("importSheet")
        self.sheet.activated.connect(self._on_sheet)
        self.header_label = _label(self)
        self.warning = QFrame(self)
        self.warning.setObjectName("importEncodingWarning")
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning_text = _label(self.warning)
        self.warning_text.setWordWrap(True)
        self.confirm = QCheckBox(self.warning)
        self.confirm.setObjectName("importConfirmEncoding")
        self.confirm.toggled.connect(self.sig_confirmed)
        inside = QVBoxLayout(self.warning)
        inside.addWidget(self.warning_text)
        inside.addWidget(self.confirm)
        self.notes = _label(self)
        self.notes.setObjectName("importNotes")
        self.notes.setWordWrap(True)

        encoding_row = QHBoxLayout()
        encoding_row.addWidget(self.encoding_label)
        encoding_row.addWidget(self.encoding)
        encoding_row.addStretch(1)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._format_caption = QLabel(self)
        self._encoding_caption = QLabel(self)
        self._encoding_caption.setBuddy(self.encoding)
        self._separator_caption = QLabel(self)
        self._sheet_caption = QLabel(self)
        self._sheet_caption.setBuddy(self.sheet)
        self._header_caption = QLabel(self)
        self.form.addRow(self._format_caption, self.format_label)
        self.form.addRow(self._encoding_caption, encoding_row)
        self.form.addRow(self._separator_caption, self.separator_label)
        self.form.addRow(self._sheet_caption, self.sheet)
        self.form.addRow(self._header_caption, self.header_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.warning)
        layout.addWidget(self.notes)
        self.retranslate()
        self.show_info(None)

    def retranslate(self) -> None:
        self._format_caption.setText(self.tr("Format"))
        self._encoding_caption.setText(self.tr("E&ncoding"))
        self._separator_caption.setText(self.tr("Separator"))
        self._sheet_caption.setText(self.tr("S&heet"))
        self._header_caption.setText(self.tr("Headers"))
        for i, code in enumerate(ENCODINGS):
            self.encoding.setItemText(i, M.encoding_label(code) if code else self.tr(
                "As detected"))
        self.confirm.setText(self.tr("The accented letters look &right"))
        self.show_info(self.info, keep_choice=True)

    # ---- showing a file ----------------------------------------------------------------------
    def show_info(self, info: SourceInfo | None, *, keep_choice: bool = False) -> None:
        """Show what a preview found out about its file (None: no file read yet)."""
        self.info = info
        csv = info is not None and info.format == "csv"
        xlsx = info is not None and info.format == "xlsx"
        if info is None:
            self.format_label.setText("—")
        else:
            kind = self.tr("CSV text") if csv else self.tr("Excel workbook (.xlsx)")
            self.format_label.setText(self.tr("{kind}, {size}").format(
                kind=kind, size=M.size_label(info.size_bytes)))
        self.encoding_label.setText(M.encoding_label(info.encoding) if csv and info else "—")
        self.separator_label.setText(M.separator_label(info.separator) if csv and info else "—")
        self.form.setRowVisible(1, csv or self._text_file)  # encoding
        self.form.setRowVisible(2, csv)  # separator
        self.form.setRowVisible(3, xlsx)  # sheet
        self.encoding_label.setVisible(csv)
        if not keep_choice:
            self._fill_sheets(info)
        self.header_label.setText(self.tr("row {n}").format(n=info.header_row) if info else "—")
        guessed = bool(info and info.needs_confirmation)
        self.warning.setVisible(guessed)
        if guessed and info is not None:
            self.warning_text.setText(self.tr(
                "This file is not in UTF-8: it was read as {encoding}, a guess. Check in the "
                "rows below that accented letters (é, ü, ñ) and symbols look right, then tick "
                "the box; if they look wrong, choose another encoding.").format(
                    encoding=M.encoding_label(info.encoding)))
        if not keep_choice:
            self.confirm.blockSignals(True)
            self.confirm.setChecked(False)
            self.confirm.blockSignals(False)
        notes = tuple(n for n in (info.notes if info else ())  # the warning says that one
                      if not (guessed and n.code == "note_encoding_guessed"))
        self.notes.setText("\n".join("• " + M.text(n) for n in notes))
        self.notes.setVisible(bool(notes))

    def _fill_sheets(self, info: SourceInfo | None) -> None:
        self.sheet.clear()
        if info is None or info.format != "xlsx":
            return
        for name in info.sheets:
            label = self.tr("{sheet} (hidden)").format(sheet=name) \
                if name in info.hidden_sheets else name
            self.sheet.addItem(label, name)
        self.sheet.setCurrentIndex(max(0, self.sheet.findData(info.sheet)))

    @property
    def confirmed(self) -> bool:
        """The user may import: nothing to confirm, or the box is ticked."""
        return self.info is None or not self.info.needs_confirmation or self.confirm.isChecked()

    @property
    def chosen_encoding(self) -> str | None:
        return self.encoding.currentData() or None

    def reset_choices(self, path: str) -> None:
        """Another file: read it as detected; the encoding chooser only for text files."""
        self.encoding.setCurrentIndex(0)
        self._text_file = Path(path).suffix.lower() in (".csv", ".txt", ".tsv")
        self.show_info(None)

    def set_enabled_choices(self, enabled: bool) -> None:
        for widget in (self.encoding, self.sheet, self.confirm):
            widget.setEnabled(enabled)

    @Slot(int)
    def _on_encoding(self, _index: int) -> None:
        self.sig_encoding_chosen.emit(self.chosen_encoding)

    @Slot(int)
    def _on_sheet(self, _index: int) -> None:
        name = self.sheet.currentData()
        if name is not None and (self.info is None or name != self.info.sheet):
            self.sig_sheet_chosen.emit(str(name))
