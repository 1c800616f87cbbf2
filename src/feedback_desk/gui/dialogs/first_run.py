"""First run on an empty database: create the event and its sessions — or fill a demo."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class FirstRunDialog(QDialog):
    """Ask for an event (name, venue, first day) and its sessions, one per line.

    ``choice`` is "event" (see ``event_name()``, ``sessions()`` …) or "demo" after accept.
    """

    def __init__(self, parent: QWidget | None = None, *, first: bool = True) -> None:
        super().__init__(parent)
        self.choice = "event"
        self.setWindowTitle(self.tr("Welcome to Feedback Desk") if first else self.tr("New event"))
        intro = QLabel(
            self.tr("This database has no event yet. Create the event you are recording — its "
                    "sessions or panels, one per line — or fill a demo database to try the desk.")
            if first else self.tr("Create an event and its sessions (one per line)."), self)
        intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setObjectName("eventName")
        self.name.setPlaceholderText(self.tr("e.g. Simposium PMI 2026"))
        self.venue = QLineEdit(self)
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setCalendarPopup(True)
        self.session_list = QPlainTextEdit(self)
        self.session_list.setObjectName("sessionList")
        self.session_list.setTabChangesFocus(True)
        self.session_list.setPlainText(self.tr("Opening panel") + "\n" + self.tr("Questions from the floor"))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e")
        form = QFormLayout()
        form.addRow(self.tr("Event &name"), self.name)
        form.addRow(self.tr("&Venue"), self.venue)
        form.addRow(self.tr("&First day"), self.day)
        form.addRow(self.tr("&Sessions"), self.session_list)
        buttons = QDialogButtonBox(self)
        create = buttons.addButton(self.tr("Create event"), QDialogButtonBox.ButtonRole.AcceptRole)
        create.setDefault(True)
        if first:
            demo = QPushButton(self.tr("Fill a &demo database"), self)
            buttons.addButton(demo, QDialogButtonBox.ButtonRole.ActionRole)
            demo.clicked.connect(self._on_demo)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 380)

    def event_name(self) -> str:
        return self.name.text().strip()

    def venue_text(self) -> str:
        return self.venue.text().strip()

    def first_day(self) -> date:
        return cast(date, self.day.date().toPython())

    def sessions(self) -> list[str]:
        return [line.strip() for line in self.session_list.toPlainText().splitlines() if line.strip()]

    def _on_accept(self) -> None:
        if not self.event_name():
            self.error.setText(self.tr("Give the event a name."))
            self.name.setFocus()
            return
        self.choice = "event"
        self.accept()

    def _on_demo(self) -> None:
        self.choice = "demo"
        self.accept()
