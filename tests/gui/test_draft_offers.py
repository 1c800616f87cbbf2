"""A draft offered back at start is never lost: not when the recorder types on without
restoring it (and the desk dies again), not when it holds only entries whose save was under
way, and restoring it never overwrites what was typed since."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from feedback_desk.core.drafts import Draft, DraftStore, draft_path
from feedback_desk.core.dto import EntryQuery
from feedback_desk.gui.capture.state import FormState

from .conftest import focused, reactivate


def store(tmp_path: Path, url: str) -> DraftStore:
    return DraftStore(draft_path(tmp_path / "drafts", url, "ani"))


def plant(tmp_path: Path, url: str, text: str, **fields: Any) -> None:
    form = FormState(text=text, kind="complaint", area="overseas")
    store(tmp_path, url).save(Draft(text, {"form": form.to_dict(), **fields}))


def test_typing_on_without_restoring_keeps_the_offered_draft(qtbot: Any, make_desk: Any, desk_url: str,
                                                           tmp_path: Path) -> None:
    plant(tmp_path, desk_url, "Teks lama dari sebelum crash")
    first = make_desk(desk_url)
    qtbot.waitUntil(lambda: first.panel.recovery.isVisible())
    reactivate(qtbot, first)
    first.panel.focus_text()
    qtbot.keyClicks(focused(), "Teks baru yang diketik")
    first.panel.draft_keeper.save_now()
    first.panel.draft_keeper.flush()
    first.tasks.shutdown()  # dies again without an orderly close
    kept = store(tmp_path, desk_url).load()
    assert kept is not None and kept.text == "Teks baru yang diketik"
    second = make_desk(desk_url)
    qtbot.waitUntil(lambda: second.panel.recovery.isVisible())
    assert "Teks lama dari sebelum crash" in second.panel.recovery_text.text()
    assert "Teks baru yang diketik" in second.panel.recovery_text.text()
    reactivate(qtbot, second)
    qtbot.keyClick(focused(), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "Teks baru" in second.panel.form.text.toPlainText())
    assert second.panel.form.text.toPlainText() == "Teks lama dari sebelum crash\nTeks baru yang diketik"
    assert second.panel.form.kinds.value() == "complaint"


def test_restoring_puts_the_draft_before_what_was_typed_since(qtbot, make_desk, desk_url, tmp_path) -> None:
    plant(tmp_path, desk_url, "Kalimat pertama")
    desk = make_desk(desk_url)
    qtbot.waitUntil(lambda: desk.panel.recovery.isVisible())
    reactivate(qtbot, desk)
    desk.panel.focus_text()
    qtbot.keyClicks(focused(), "kalimat kedua")
    qtbot.keyClick(focused(), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: desk.panel.form.text.toPlainText() == "Kalimat pertama\nkalimat kedua")
    assert not desk.panel.recovery.isVisible()


def test_discarding_drops_the_offer_for_good(qtbot, make_desk, desk_url, tmp_path) -> None:
    plant(tmp_path, desk_url, "Tidak jadi")
    desk = make_desk(desk_url)
    qtbot.waitUntil(lambda: desk.panel.recovery.isVisible())
    desk.panel.recovery.discard_button.click()
    desk.panel.draft_keeper.flush()
    qtbot.waitUntil(lambda: store(tmp_path, desk_url).load() is None)


def test_a_draft_of_only_entries_being_saved_is_offered_and_stores_them_once(
    qtbot, make_desk, desk_url, tmp_path,
) -> None:
    first = make_desk(desk_url)
    event_id, session_id = first.panel.bar.event_id(), first.panel.bar.session_id()
    first.window.close()
    form = FormState(text="Enter sudah ditekan, lalu listrik padam", kind="suggestion", area="digital")
    pending = [{"form": form.to_dict(), "event_id": event_id, "session_id": session_id,
                "recorded_at": datetime.now(UTC).isoformat()}]
    store(tmp_path, desk_url).save(Draft("", {"form": FormState().to_dict(), "pending": pending}))
    second = make_desk(desk_url)
    qtbot.waitUntil(lambda: second.panel.recovery.isVisible())
    assert "listrik padam" in second.panel.recovery_text.text()
    reactivate(qtbot, second)
    qtbot.keyClick(focused(), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    services = second.backend.services()
    qtbot.waitUntil(lambda: services.search.count(EntryQuery()) == 1, timeout=5000)
    # restoring the same draft again (say it was offered twice) makes no copy: same UUID
    second.panel.restore_draft(Draft("", {"pending": pending}))
    qtbot.waitUntil(lambda: not second.panel._pending, timeout=5000)
    assert services.search.count(EntryQuery()) == 1
