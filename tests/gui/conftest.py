"""A desk window on a fresh SQLite database with one event and two sessions, driven offscreen."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from feedback_desk.core.db.engine import open_database
from feedback_desk.core.services import Services
from feedback_desk.gui import i18n
from feedback_desk.gui.app import DeskApp
from feedback_desk.gui.settings import Settings

from ..support.databases import organiser


@pytest.fixture
def desk_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path}/desk.sqlite"
    db = open_database(url)
    Services.connect(db, "ani")  # the desk's recorder
    services = organiser(db)
    event = services.catalog.create_event("Simposium PMI 2026")
    services.catalog.create_session(event.id, "Panel 1")
    services.catalog.create_session(event.id, "Panel 2")
    db.dispose()
    return url


@pytest.fixture
def make_desk(qtbot: Any, tmp_path: Path) -> Iterator[Callable[..., DeskApp]]:
    made: list[DeskApp] = []

    def make(url: str, *, language: str = "en", user: str = "ani") -> DeskApp:
        settings = Settings(tmp_path / "settings.ini")
        from feedback_desk.gui import settings as S

        settings.set(S.LANGUAGE, language)
        desk = DeskApp(url, user, settings=settings, draft_dir=tmp_path / "drafts")
        made.append(desk)
        desk.start()
        qtbot.waitUntil(lambda: desk.backend.ready, timeout=20000)
        qtbot.waitUntil(lambda: desk.panel.bar.session_id() is not None, timeout=10000)
        return desk

    yield make
    for desk in made:
        dispose_desk(desk)
    i18n.install("en")


def dispose_desk(desk: DeskApp) -> None:
    """Close a test's desk and delete its widgets now, on the GUI thread. Left to the garbage
    collector, a closed window lived on hidden until some later test's language change reached
    its half-destroyed capture form (a segmentation fault, seen once in a CI run)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    desk.window.close()
    desk.shutdown()
    desk.window.deleteLater()
    desk.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def desk(make_desk: Callable[..., DeskApp], desk_url: str) -> DeskApp:
    return make_desk(desk_url)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_entry(qtbot: Any, desk: DeskApp, text: str, kind_key: Qt.Key, area_key: Qt.Key,
               country: str | None = None) -> None:
    """Record one entry with the keyboard only, as a recorder would."""
    reactivate(qtbot, desk)
    qtbot.keyClicks(focused(), text)
    qtbot.keyClick(focused(), kind_key, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(focused(), area_key, Qt.KeyboardModifier.AltModifier)  # no wait: a burst
    if country:
        reactivate(qtbot, desk)
        qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
        qtbot.keyClicks(focused(), country)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        reactivate(qtbot, desk)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)


def reactivate(qtbot: Any, desk: DeskApp) -> None:
    """The offscreen platform leaves a hidden completer popup as the active window (a real
    window manager gives activation back); make the desk active again, as it is on screen."""
    if QApplication.activeWindow() is not desk.window:
        activate(desk.window)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is desk.window, timeout=2000)


def activate(window: QWidget) -> None:
    """Make ``window`` the active one, as a window manager does on a click. (The offscreen
    platform ignores ``activateWindow()``; the deprecated call is the one that works there.)"""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)  # type: ignore[attr-defined]


def when_dialog(kind: type[QDialog], act: Callable[[Any], None]) -> list[QDialog]:
    """Run ``act`` on the next modal dialog of ``kind`` once it is up (it runs its own loop)."""
    seen: list[QDialog] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible() and not seen:
            seen.append(dialog)
            timer.stop()
            activate(dialog)
            act(dialog)

    timer = QTimer(interval=20)
    timer.timeout.connect(poll)
    timer.start()
    seen_timer.append(timer)  # kept alive until the test ends
    return seen


seen_timer: list[QTimer] = []
