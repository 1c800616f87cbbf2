"""Help → About Feedback Desk: the version and where things are, copyable for support, in both
languages, never showing a database password."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from feedback_desk import __version__
from feedback_desk.gui import i18n
from feedback_desk.gui.app import DeskApp
from feedback_desk.gui.dialogs.about import AboutDialog

SERVER = "postgresql+psycopg://desk:s3cret-pw@db.example.lan:5432/feedback"


def test_about_lists_version_and_places_and_copies_them(qtbot: Any) -> None:
    dialog = AboutDialog(SERVER, "/home/ani/.config/feedback-desk/feedback-desk.ini")
    qtbot.addWidget(dialog)
    rows = dict(dialog.rows)
    assert rows["Version"] == __version__ and rows["Build"] == "from source"
    assert rows["Database"] == "postgresql+psycopg://desk@db.example.lan:5432/feedback"
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "s3cret" not in shown and __version__ in shown
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(f"Feedback Desk {__version__}\nVersion: {__version__}\n")
    assert "Settings: /home/ani/.config/feedback-desk/feedback-desk.ini" in copied
    assert "s3cret" not in copied
    assert dialog.copy_button.text() == "Copied"


def test_about_in_indonesian(qtbot: Any) -> None:
    i18n.install("id")
    try:
        dialog = AboutDialog("sqlite:////tmp/desk.sqlite", "/tmp/s.ini")
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Tentang Feedback Desk"
        texts = {label.text() for label in dialog.findChildren(QLabel)}
        assert {"Versi:", "Basis data:", "Folder data:", "dari kode sumber"} <= texts
        assert "Tentang Feedback Desk" in dialog.copy_button.parent().parent().windowTitle()
        # the copied details stay in English words for a support note
        dialog.copy_details()
        assert "\nDatabase: sqlite:////tmp/desk.sqlite\n" in QGuiApplication.clipboard().text()
    finally:
        i18n.install("en")


def test_the_help_menu_opens_it(make_desk: Callable[..., DeskApp], desk_url: str,
                                monkeypatch: Any) -> None:
    desk = make_desk(desk_url)
    opened: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: opened.append(self) or 0)
    assert desk.window.act_about in desk.window.menu_help.actions()
    assert desk.window.act_about.text() == "&About Feedback Desk"
    desk.window.act_about.trigger()
    assert len(opened) == 1 and dict(opened[0].rows)["Database"] == desk_url
