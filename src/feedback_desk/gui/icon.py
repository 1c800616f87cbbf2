"""The application icon (``resources/icons/feedback-desk.svg``): in the package when installed
(``setup.py`` copies it there; the installers bundle it) or in a source checkout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

NAME = "feedback-desk.svg"


def icon_path() -> Path | None:
    here = Path(__file__).resolve()
    for folder in (here.parents[1] / "resources" / "icons",   # installed: feedback_desk/resources
                   here.parents[3] / "resources" / "icons"):  # checkout: <repo>/src/feedback_desk/gui
        if (folder / NAME).is_file():
            return folder / NAME
    return None


def app_icon() -> QIcon:
    """The icon for every window (null when the file is missing or Qt cannot draw SVG)."""
    path = icon_path()
    if path is None:
        return QIcon()
    icon = QIcon(str(path))
    return icon if not icon.pixmap(32, 32).isNull() else QIcon()
