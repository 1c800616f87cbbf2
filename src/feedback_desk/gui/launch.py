"""``feedback-desk`` with no sub-command: the log-in window, then the desk; "Log out" comes back
to the log-in window (another user, or another database)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from .. import logfile
from . import i18n
from . import settings as S
from .app import DeskApp
from .icon import app_icon
from .settings import Settings


def run(url: str | None, username: str | None = None, argv: list[str] | None = None) -> int:
    """The log-in window, then the desk; "Log out" comes back to the log-in window."""
    from .login_flow import login

    logfile.start()  # a windowed app has no console: warnings and errors go to the log file
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Feedback Desk")
    app.setOrganizationName("feedback-desk")
    app.setDesktopFileName("feedback-desk")  # Wayland/X11 match the window to feedback-desk.desktop
    app.setWindowIcon(app_icon())
    settings = Settings()
    i18n.install(i18n.choose(settings.get(S.LANGUAGE)))
    code = 0
    while True:
        result = login(None, settings, url, username=username)
        if result is None:
            return code
        desk = DeskApp(result.url, result.username, settings=settings, db=result.db)
        desk.start()
        code = app.exec()
        desk.shutdown()
        desk.window.deleteLater()  # after a log-out the next desk is a new one: free this one
        desk.deleteLater()
        if not desk.log_out_requested:
            return code
