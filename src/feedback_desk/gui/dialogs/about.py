"""Help → About Feedback Desk: which version this is and where its files are, for the user and
for whoever supports them ("Copy details" puts it all on the clipboard, in English words so a
support note reads the same whatever the interface language)."""

from __future__ import annotations

import platform
import sys
from html import escape
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import __version__, logfile
from .. import plain
from ..icon import app_icon


def details(url: str, settings_file: str) -> list[tuple[str, str]]:
    """(English label, value) pairs: what a support request needs to know."""
    from ...core.db.location import default_database_path

    frozen = getattr(sys, "frozen", False)
    log = logfile.current()
    return [
        ("Version", __version__),
        ("Build", "installed" if frozen else "from source"),
        ("Program folder", str(Path(sys.executable).parent if frozen
                               else Path(__file__).resolve().parents[2])),
        ("Database", plain.url_without_password(url)),
        ("Data folder", str(default_database_path().parent)),
        ("Settings", settings_file),
        ("Log file", str(log) if log else "(none: the log folder cannot be written)"),
        ("Python", platform.python_version()),
        ("Qt", f"{qVersion()} (PySide6 {PySide6.__version__})"),
        ("System", f"{platform.system()} {platform.release()} {platform.machine()}"),
    ]


class AboutDialog(QDialog):
    def __init__(self, url: str, settings_file: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Feedback Desk"))
        self.rows = details(url, settings_file)
        labels = {
            "Version": self.tr("Version"), "Build": self.tr("Build"),
            "Program folder": self.tr("Program folder"), "Database": self.tr("Database"),
            "Data folder": self.tr("Data folder"), "Settings": self.tr("Settings"),
            "Log file": self.tr("Log file"), "Python": "Python", "Qt": "Qt",
            "System": self.tr("System"),
        }
        values = {"installed": self.tr("installed"), "from source": self.tr("from source")}

        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(64, 64))
        title = QLabel(f"<b>Feedback Desk {escape(__version__)}</b><br>" + escape(self.tr(
            "Record, triage and report what migrant workers and stakeholders say.")), self)
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(title, 1, Qt.AlignmentFlag.AlignTop)

        form = QFormLayout()
        for key, value in self.rows:
            shown = QLabel(values.get(value, value), self)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            form.addRow(labels[key] + ":", shown)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.copy_button = QPushButton(self.tr("&Copy details"), self)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.log_button = QPushButton(self.tr("Open the &log folder"), self)
        self.log_button.setEnabled(logfile.current() is not None)
        self.log_button.clicked.connect(self.open_log_folder)
        buttons.addButton(self.log_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def details_text(self) -> str:
        return f"Feedback Desk {__version__}\n" + "\n".join(f"{k}: {v}" for k, v in self.rows)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
        self.copy_button.setText(self.tr("Copied"))

    def open_log_folder(self) -> None:
        log = logfile.current()
        if log is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(log.parent)))
