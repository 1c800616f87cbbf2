"""The shell around the capture panel: the first-run walk-through on an empty database (an event
and its sessions, or a demo), Preferences switching the language, the system locale."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from feedback_desk.core.accounts import create_first_admin
from feedback_desk.core.db.engine import open_database
from feedback_desk.core.services import Services
from feedback_desk.gui import i18n
from feedback_desk.gui import settings as S
from feedback_desk.gui.app import DeskApp
from feedback_desk.gui.dialogs.first_run import FirstRunDialog
from feedback_desk.gui.dialogs.preferences import PreferencesDialog
from feedback_desk.gui.settings import Settings

from .conftest import dispose_desk, focused, reactivate, when_dialog


@pytest.fixture
def empty_url(tmp_path: Path) -> str:
    """A database with no event yet, as the log-in leaves a first run: its administrator."""
    url = f"sqlite:///{tmp_path}/empty.sqlite"
    db = open_database(url)
    create_first_admin(db, "ani", "kopi-tubruk-2026")
    db.dispose()
    return url


@pytest.fixture
def start_desk(qtbot: Any, tmp_path: Path) -> Any:
    made: list[DeskApp] = []

    def start(url: str) -> DeskApp:
        settings = Settings(tmp_path / "settings.ini")
        settings.set(S.LANGUAGE, "en")
        desk = DeskApp(url, "ani", settings=settings, draft_dir=tmp_path / "drafts")
        made.append(desk)
        desk.start()
        return desk

    yield start
    for desk in made:
        dispose_desk(desk)
    i18n.install("en")


def test_first_run_creates_the_event_and_its_sessions_from_the_keyboard(qtbot, start_desk, empty_url) -> None:
    def fill(dialog: FirstRunDialog) -> None:
        assert dialog.windowTitle() == "Welcome to Feedback Desk"
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # no name yet: it says so and stays open
        assert dialog.isVisible() and dialog.error.text() == "Give the event a name."
        assert focused() is dialog.name
        qtbot.keyClicks(focused(), "Simposium PMI Surabaya")
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Sessions
        assert focused() is dialog.session_list
        focused().selectAll()
        qtbot.keyClicks(focused(), "Pembukaan")
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        qtbot.keyClicks(focused(), "Tanya jawab <b>PMI</b>")
        qtbot.keyClick(dialog, Qt.Key.Key_Tab)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)  # the default button: Create event

    shown = when_dialog(FirstRunDialog, fill)
    desk = start_desk(empty_url)
    qtbot.waitUntil(lambda: desk.panel.bar.session_id() is not None, timeout=20000)
    assert shown
    services = desk.backend.services()
    [event] = services.catalog.events()
    assert event.name == "Simposium PMI Surabaya"
    assert [s.name for s in services.catalog.sessions(event.id)] == ["Pembukaan", "Tanya jawab <b>PMI</b>"]
    assert desk.panel.bar.events.currentText() == "Simposium PMI Surabaya"
    reactivate(qtbot, desk)
    assert focused() is desk.panel.form.text  # ready to record


def test_first_run_can_fill_a_demo_database(qtbot, start_desk, empty_url) -> None:
    when_dialog(FirstRunDialog, lambda d: qtbot.keyClick(d, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier))
    desk = start_desk(empty_url)
    qtbot.waitUntil(lambda: desk.panel.bar.event_id() is not None, timeout=60000)
    services = desk.backend.services()
    assert len(services.catalog.events()) >= 1
    qtbot.waitUntil(lambda: desk.feed.rowCount() > 0, timeout=10000)


def test_cancelling_the_first_run_leaves_a_usable_window(qtbot, start_desk, empty_url) -> None:
    shown = when_dialog(FirstRunDialog, lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))
    desk = start_desk(empty_url)
    qtbot.waitUntil(lambda: bool(shown) and not shown[0].isVisible(), timeout=20000)
    reactivate(qtbot, desk)
    desk.panel.focus_text()
    qtbot.keyClicks(focused(), "tanpa acara")
    qtbot.keyClick(focused(), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(focused(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    desk.panel.focus_text()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert "New event" in desk.panel.message.text()
    assert desk.panel.form.text.toPlainText() == "tanpa acara"  # nothing lost


def test_a_database_with_events_opens_without_the_walk_through(qtbot, start_desk, tmp_path) -> None:
    url = f"sqlite:///{tmp_path}/ready.sqlite"
    services = Services.connect(open_database(url), "ani", roles="recorder supervisor")
    event = services.catalog.create_event("Sudah ada")
    services.catalog.create_session(event.id, "Panel")
    services.db.dispose()
    shown = when_dialog(FirstRunDialog, lambda d: d.reject())
    desk = start_desk(url)
    qtbot.waitUntil(lambda: desk.panel.bar.session_id() is not None, timeout=20000)
    qtbot.wait(200)
    assert not shown


def test_preferences_switch_the_language_and_remember_it(qtbot, start_desk, tmp_path) -> None:
    url = f"sqlite:///{tmp_path}/prefs.sqlite"
    services = Services.connect(open_database(url), "ani", roles="recorder supervisor")
    event = services.catalog.create_event("Simposium")
    services.catalog.create_session(event.id, "Panel")
    services.db.dispose()
    desk = start_desk(url)
    qtbot.waitUntil(lambda: desk.panel.bar.session_id() is not None, timeout=20000)

    def choose_indonesian(dialog: PreferencesDialog) -> None:
        combo = dialog.language
        assert combo.itemText(0).startswith("As the system (")
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_End)  # the last one: Bahasa Indonesia
        assert dialog.chosen_language() == "id"
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    shown = when_dialog(PreferencesDialog, choose_indonesian)
    qtbot.keyClick(desk.window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert shown
    assert desk.panel.form.kinds.buttons()["complaint"].text() == "&Keluhan"
    assert desk.window.menu_file.title() == "&Berkas"
    assert desk.settings.get(S.LANGUAGE) == "id"
    assert i18n.language() == "id"


@pytest.mark.parametrize(("locale", "expected"), [("id_ID.UTF-8", "id"), ("en_GB.UTF-8", "en"),
                                                ("fr_FR.UTF-8", "en")])
def test_the_language_follows_the_system_locale_unless_chosen(locale: str, expected: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANG=locale, QT_QPA_PLATFORM="offscreen")
    code = ("from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]); "
            "from feedback_desk.gui import i18n; print(i18n.choose(''), i18n.choose('en'), i18n.choose('id'))")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == [expected, "en", "id"], done.stderr
