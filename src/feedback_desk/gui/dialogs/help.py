"""F1: the keyboard reference of the capture desk."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard reference"))
        rows = [
            (self.tr("Enter"), self.tr("save the entry (from any field)")),
            (self.tr("Shift+Enter"), self.tr("new line in the text")),
            (self.tr("Alt+C, U, Q, P, M"), self.tr("kind: complaint, suggestion, question, appreciation, commitment")),
            (self.tr("Alt+D, O, I"), self.tr("service area: domestic, overseas, digital")),
            (self.tr("Alt+Y, N, T, G, L"), self.tr("speaker type, country, topic, programme, placement phase (type to search)")),
            (self.tr("F8 / Shift+F8"), self.tr("another voice of the next similar entry / of none")),
            (self.tr("F2"), self.tr("correct the selected (or last) entry of the feed")),
            (self.tr("Ctrl+N"), self.tr("new entry (cursor to the text)")),
            (self.tr("Ctrl+F"), self.tr("find in this event")),
            (self.tr("Ctrl+E"), self.tr("change the session")),
            (self.tr("Ctrl+Z / Ctrl+Shift+Z"), self.tr("undo / redo the last save or correction")),
            (self.tr("Alt+K / Alt+V / Alt+A"), self.tr("same speaker / sensitive / speaker agrees to be contacted")),
            (self.tr("Ctrl+Q"), self.tr("quit")),
        ]
        layout = QVBoxLayout(self)
        for keys, what in rows:
            label = QLabel(f"<b>{keys}</b> — {what}", self)
            layout.addWidget(label)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
