"""Reopen an entry from the feed and correct it (undoable, with a typed conflict message)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...core import taxonomy
from ...core.dto import EntryView
from .. import i18n
from .fields import CaptureTextEdit, TermPicker

_PICKED = ("speaker_type", "country", "topic", "programme", "phase")


class CorrectDialog(QDialog):
    """Enter saves the correction (Shift+Enter is a new line, as in the capture field); Esc
    cancels. ``wanted`` fills the fields with values the user asked for before, ``problem``
    says why they were not stored."""

    def __init__(
        self, view: EntryView, parent: QWidget | None = None, *,
        wanted: dict[str, Any] | None = None, problem: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct entry #{id}").format(id=view.id))
        self._view = view
        lang = i18n.language()
        self.problem = QLabel(problem, self)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("QLabel { background: #fde2e1; color: #7a1712; padding: 6px; }")
        self.problem.setVisible(bool(problem))
        self.text = CaptureTextEdit(self)
        self.text.reset(view.text)
        self.text.sig_submit.connect(self.accept)
        self.kind = QComboBox(self)
        self.area = QComboBox(self)
        for combo, list_name, value in ((self.kind, "kind", view.kind), (self.area, "service_area", view.service_area)):
            for term in taxonomy.terms(list_name):
                combo.addItem(term.label(lang), term.code)
            combo.setCurrentIndex(combo.findData(value))
        self.pickers: dict[str, TermPicker] = {}
        form = QFormLayout()
        form.addRow(self.tr("&Text"), self.text)
        hint = QLabel(self.tr("Enter saves the correction, Shift+Enter is a new line, Esc cancels."), self)
        hint.setEnabled(False)  # drawn in the muted colour of a hint
        form.addRow("", hint)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("Service &area"), self.area)
        labels = {
            "speaker_type": self.tr("Speaker t&ype"), "country": self.tr("Cou&ntry"),
            "topic": self.tr("T&opic"), "programme": self.tr("P&rogramme"), "phase": self.tr("Placement p&hase"),
        }
        for field in _PICKED:
            picker = TermPicker(field, self)
            picker.set_code(getattr(view, field))
            self.pickers[field] = picker
            form.addRow(labels[field], picker)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Save correction"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if wanted:
            self._fill(wanted)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def _fill(self, wanted: dict[str, Any]) -> None:
        if "text" in wanted:
            self.text.reset(wanted["text"])
        for combo, key in ((self.kind, "kind"), (self.area, "service_area")):
            if key in wanted and (i := combo.findData(wanted[key])) >= 0:
                combo.setCurrentIndex(i)
        for field in _PICKED:
            if field in wanted:
                self.pickers[field].set_code(wanted[field])

    def before(self) -> dict[str, Any]:
        v = self._view
        return {"text": v.text, "kind": v.kind, "service_area": v.service_area,
                **{f: getattr(v, f) for f in _PICKED}}

    def after(self) -> dict[str, Any]:
        return {"text": self.text.toPlainText(), "kind": self.kind.currentData(),
                "service_area": self.area.currentData(),
                **{f: self.pickers[f].code() for f in _PICKED}}
