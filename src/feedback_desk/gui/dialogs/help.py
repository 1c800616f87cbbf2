"""F1: the keyboard reference of the capture desk.

The Alt letters come from the form's own (translated) labels, so the reference shows the keys
that work in the chosen language.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QVBoxLayout, QWidget


def alt(letters: dict[str, str], *keys: str) -> str:
    """"Alt+C, U, Q" for the controls ``keys`` (those without a letter are left out)."""
    found = [letters[k] for k in keys if letters.get(k)]
    return "Alt+" + ", ".join(found) if found else ""


class HelpDialog(QDialog):
    def __init__(self, letters: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard reference"))
        a = letters
        self.rows = [
            (self.tr("Enter"), self.tr("save the entry (from any field)")),
            (self.tr("Shift+Enter"), self.tr("new line in the text")),
            (alt(a, "text"), self.tr("back to the text")),
            (alt(a, "complaint", "suggestion", "question", "appreciation", "commitment"),
             self.tr("kind: complaint, suggestion, question, appreciation, commitment")),
            (alt(a, "domestic", "overseas", "digital"), self.tr("service area: domestic, overseas, digital")),
            (alt(a, "speaker_type", "country", "topic", "programme", "phase"),
             self.tr("speaker type, country, topic, programme, placement phase (type to search; "
                     "Tab or Enter takes the match)")),
            (alt(a, "tier"), self.tr("SLA tier")),
            (alt(a, "same_speaker", "sensitive", "consent"),
             self.tr("same speaker / sensitive / speaker agrees to be contacted")),
            (alt(a, "restore"), self.tr("restore the draft offered at start")),
            (self.tr("F8 / Shift+F8"), self.tr("another voice of the next similar entry / of none")),
            (self.tr("F2"), self.tr("correct the selected (or last) entry of the feed")),
            (self.tr("Ctrl+N"), self.tr("new entry (cursor to the text)")),
            (self.tr("Ctrl+F"), self.tr("find in this event (Esc clears)")),
            (self.tr("Ctrl+E"), self.tr("change the session")),
            (self.tr("Ctrl+1 / Ctrl+2 / Ctrl+3"),
             self.tr("pages: live capture / triage / trends")),
            (self.tr("Ctrl+Z / Ctrl+Shift+Z"), self.tr("undo / redo the last save or correction")),
            (self.tr("Ctrl+Shift+P"), self.tr("export the strategy summary (PDF)")),
            (self.tr("Ctrl+,"), self.tr("preferences (language)")),
            (self.tr("F1"), self.tr("this reference")),
            (self.tr("Ctrl+Q"), self.tr("quit")),
        ]
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for row, (keys, what) in enumerate(r for r in self.rows if r[0]):
            key_label = QLabel(f"<b>{escape(keys)}</b>", self)
            key_label.setTextFormat(Qt.TextFormat.RichText)
            what_label = QLabel(what, self)
            what_label.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(key_label, row, 0)
            grid.addWidget(what_label, row, 1)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(buttons)
