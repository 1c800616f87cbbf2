"""A database that cannot be opened at start: the window still comes up, says so in the status
bar and the message line, keeps every typed word (field and draft), offers an old draft back,
and keeps trying — once the database is there, the desk connects and the entry is saved."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from feedback_desk.core.db.engine import open_database
from feedback_desk.core.drafts import Draft, DraftStore, draft_path
from feedback_desk.core.dto import EntryQuery
from feedback_desk.core.services import Services
from feedback_desk.gui import settings as S
from feedback_desk.gui.app import DeskApp
from feedback_desk.gui.settings import Settings

from ..support.databases import organiser
from .conftest import dispose_desk, focused, reactivate


def test_the_desk_waits_for_a_database_it_cannot_open_and_loses_nothing(qtbot: Any, tmp_path: Path) -> None:
    blocker = tmp_path / "stick"
    blocker.write_text("a file where the database folder should be")
    url = f"sqlite:///{blocker}/desk.sqlite"
    drafts = tmp_path / "drafts"
    DraftStore(draft_path(drafts, url, "ani")).save(Draft("dari sesi yang lalu"))
    settings = Settings(tmp_path / "settings.ini")
    settings.set(S.LANGUAGE, "en")
    desk = DeskApp(url, "ani", settings=settings, draft_dir=drafts)
    desk._reopen.setInterval(300)
    try:
        desk.start()
        window, panel = desk.window, desk.panel
        assert panel.recovery.isVisible()  # offered before (and without) the database
        qtbot.waitUntil(lambda: window.connection_label.text() == "Not connected", timeout=10000)
        assert window.connection_label.toolTip()
        assert "Trying again" in panel.message.text()
        reactivate(qtbot, desk)
        panel.focus_text()
        qtbot.keyClicks(focused(), "Klaim JHT ditolak tanpa alasan")
        qtbot.keyClick(focused(), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
        qtbot.keyClick(focused(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
        panel.focus_text()
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: panel.form.text.toPlainText() == "Klaim JHT ditolak tanpa alasan", timeout=10000)
        panel.draft_keeper.flush()
        kept = DraftStore(draft_path(drafts, url, "ani")).load()
        assert kept is not None
        assert "Klaim JHT ditolak" in kept.text or any(
            "Klaim JHT ditolak" in p["form"]["text"] for p in kept.fields.get("pending", []))
        assert "dari sesi yang lalu" in str(kept.fields.get("earlier"))  # the offer is kept too

        # the stick is plugged in: the database is there now
        blocker.unlink()
        blocker.mkdir()
        db = open_database(url)
        Services.connect(db, "ani")
        catalog = organiser(db).catalog
        event = catalog.create_event("Simposium PMI 2026")
        catalog.create_session(event.id, "Panel 1")
        db.dispose()
        qtbot.waitUntil(lambda: window.connection_label.text() == "Connected", timeout=10000)
        qtbot.waitUntil(lambda: panel.bar.session_id() is not None, timeout=10000)
        reactivate(qtbot, desk)
        panel.focus_text()
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        services = desk.backend.services()
        qtbot.waitUntil(lambda: services.search.count(EntryQuery(text="ditolak")) == 1, timeout=10000)
        assert panel.form.text.toPlainText() == ""
    finally:
        dispose_desk(desk)
