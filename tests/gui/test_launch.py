"""``feedback-desk`` with no command: log in, work, log out → the log-in window again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from feedback_desk import logfile
from feedback_desk.core.db.engine import open_database
from feedback_desk.gui import launch
from feedback_desk.gui.app import DeskApp
from feedback_desk.gui.login_flow import LoginResult


def test_log_out_returns_to_the_log_in_window_and_cancel_ends(
        qtbot: Any, desk_url: str, tmp_path: Path, monkeypatch: Any) -> None:
    logins: list[tuple[str | None, str | None]] = []
    desks: list[DeskApp] = []
    real_init = DeskApp.__init__

    def fake_login(_parent: Any, _settings: Any, url: str | None, *, username: str | None = None,
                   **_kw: Any) -> LoginResult | None:
        logins.append((url, username))
        if len(logins) > 1:
            return None  # the second time, the user cancels the log-in window
        return LoginResult(desk_url, open_database(desk_url), "ani")

    def spy_init(self: DeskApp, *args: Any, **kwargs: Any) -> None:
        kwargs["draft_dir"] = tmp_path / "drafts"
        real_init(self, *args, **kwargs)
        desks.append(self)
        # once the desk is open, the user logs out
        QTimer.singleShot(0, lambda: qtbot.waitUntil(lambda: self.backend.ready, timeout=20000)
                          or self.window.act_log_out.trigger())

    monkeypatch.setattr("feedback_desk.gui.login_flow.login", fake_login)
    monkeypatch.setattr(DeskApp, "__init__", spy_init)
    monkeypatch.setattr("feedback_desk.gui.launch.Settings",
                        lambda: __import__("feedback_desk.gui.settings", fromlist=["Settings"])
                        .Settings(tmp_path / "s.ini"))
    monkeypatch.setattr(logfile, "log_folder", lambda: tmp_path / "logs")
    assert isinstance(QApplication.instance(), QApplication)
    try:
        code = launch.run(desk_url, "ani")
    finally:
        logfile.stop()
    assert code == 0
    # the window keeps a log file (a windowed app has no console)
    assert "Feedback Desk" in (tmp_path / "logs" / "feedback-desk.log").read_text(encoding="utf-8")
    assert logins == [(desk_url, "ani"), (desk_url, "ani")]
    assert len(desks) == 1 and desks[0].log_out_requested and desks[0]._closed
