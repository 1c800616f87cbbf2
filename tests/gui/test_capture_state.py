"""Translations, drafts, failed saves, literal text, restored window state, item models."""

from __future__ import annotations

import re
import sqlite3
from typing import Any

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)
from sqlalchemy.exc import OperationalError

from feedback_desk.core.dto import EntryQuery
from feedback_desk.gui import plain
from feedback_desk.gui.app import DeskApp
from feedback_desk.gui.capture.feed_model import FeedItem, FeedModel
from feedback_desk.gui.capture.similar_model import SimilarModel

from .conftest import focused, type_entry

SAME_IN_BOTH = {"Digital", "D&igital", "NIK", "OK", "Enter", "F2", "F8 / Shift+F8", "Ctrl+N",
                "Ctrl+F", "Ctrl+E", "Ctrl+Q", "Shift+Enter", "Ctrl+Z / Ctrl+Shift+Z", "Area", "Media"}


def visible_texts(desk: DeskApp) -> dict[str, str]:
    panel = desk.panel
    out: dict[str, str] = {}
    for widget in panel.findChildren(QLabel) + panel.findChildren(QAbstractButton):
        if widget.isVisibleTo(panel) and widget.text():
            text = widget.text()
            if widget.objectName() == "sessionClock":  # it ticks: compare its words, not the time
                text = re.sub(r"\d", "0", text)
            out[widget.objectName() or f"{type(widget).__name__}:{id(widget)}"] = text
    for widget in panel.findChildren(QLineEdit) + panel.findChildren(QPlainTextEdit):
        if widget.isVisibleTo(panel) and widget.placeholderText():
            out[f"placeholder:{id(widget)}"] = widget.placeholderText()
    for box in panel.findChildren(QGroupBox):
        out[f"group:{id(box)}"] = box.title()
    for column in range(desk.feed.columnCount()):
        out[f"column:{column}"] = desk.feed.headerData(column, Qt.Orientation.Horizontal)
    return out


def test_switching_to_indonesian_translates_every_visible_string(qtbot: Any, desk: DeskApp) -> None:
    desk.panel.form.consent.setChecked(True)  # the identity fields are visible too
    english = visible_texts(desk)
    assert desk.panel.form.kinds.buttons()["complaint"].text() == "&Complaint"
    desk.set_language("id")
    indonesian = visible_texts(desk)
    assert desk.panel.form.kinds.buttons()["complaint"].text() == "&Keluhan"
    assert desk.window.menu_file.title() == "&Berkas"
    untranslated = {
        key: text for key, text in indonesian.items()
        if english.get(key) == text and text not in SAME_IN_BOTH and not text.strip().isdigit()
        and not text.startswith("Simposium") and not text.startswith("Panel")
    }
    assert untranslated == {}
    desk.set_language("en")
    assert visible_texts(desk) == english


def test_taxonomy_labels_follow_the_language(qtbot, desk) -> None:
    picker = desk.panel.form.pickers["country"]
    picker.set_code("JP")
    assert picker.text() == "Japan"
    desk.set_language("id")
    assert picker.text() == "Jepang"
    assert "Luar negeri" in desk.panel.bar.counters.text()


def test_no_two_controls_share_an_alt_letter_in_either_language(qtbot, desk) -> None:
    for lang in ("en", "id"):
        desk.set_language(lang)
        desk.panel.form.consent.setChecked(True)
        letters: dict[str, str] = {}
        texts = [w.text() for w in desk.panel.findChildren(QLabel) + desk.panel.findChildren(QAbstractButton)
                 if w.isVisibleTo(desk.panel)]
        texts += [m.title() for m in (desk.window.menu_file, desk.window.menu_edit, desk.window.menu_help)]
        for text in texts:
            if "&" in text.replace("&&", ""):
                letter = text[text.index("&") + 1].lower()
                assert letter not in letters, f"{lang}: {text!r} and {letters[letter]!r} share Alt+{letter}"
                letters[letter] = text


def test_protection_words_mark_sensitive_and_suggest_s0_and_can_be_overridden(qtbot, desk) -> None:
    form = desk.panel.form
    desk.panel.focus_text()
    qtbot.keyClicks(focused(), "Dia dipukuli majikan, ini TPPO")
    assert form.sensitive.isChecked() and form.tier.currentData() == "S0"
    assert form.warning.isVisible() and "dipukuli" in form.warning.text()
    qtbot.keyClick(focused(), Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # untick sensitive
    qtbot.waitUntil(lambda: not form.sensitive.isChecked())
    qtbot.keyClicks(form.text, " lagi")
    assert not form.sensitive.isChecked()  # the recorder's choice stands


def test_html_is_shown_literally(qtbot, desk) -> None:
    desk.panel.focus_text()
    type_entry(qtbot, desk, '<img src="x"> <b>tebal</b> dipukul', Qt.Key.Key_C, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: desk.feed.rowCount() == 1)
    assert desk.feed.data(desk.feed.index(0, 5)) == '<img src="x"> <b>tebal</b> dipukul'
    for label in desk.panel.findChildren(QLabel):
        if "<b>" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText
    # tooltips are where Qt guesses HTML: the feed's and the similar list's must read literally
    text = '<img src="file:///etc/x.png"> <b>tebal</b> &amp;\n  dua'
    assert as_tooltip_shows(plain.tooltip(text)) == text
    assert as_tooltip_shows(desk.feed.data(desk.feed.index(0, 5), Qt.ItemDataRole.ToolTipRole)) \
        == '<img src="x"> <b>tebal</b> dipukul'
    qtbot.keyClicks(desk.panel.form.text, "tebal dipukul")
    similar = desk.panel.similar_model
    qtbot.waitUntil(lambda: similar.rowCount() == 1, timeout=5000)
    assert as_tooltip_shows(similar.data(similar.index(0, 0), Qt.ItemDataRole.ToolTipRole)) \
        == '<img src="x"> <b>tebal</b> dipukul'


def as_tooltip_shows(tip: str) -> str:
    """What a tooltip displays: Qt renders it as HTML when it might be rich text."""
    if not QtGui.Qt.mightBeRichText(tip):  # PySide6 has it in QtGui's Qt namespace
        return tip
    doc = QTextDocument()
    doc.setHtml(tip)
    return doc.toPlainText()


@pytest.mark.parametrize("reason", ["attempt to write a readonly database", "database or disk is full"])
def test_a_failed_save_gives_the_text_back_with_a_message(qtbot, desk, monkeypatch, reason) -> None:
    services = desk.backend.services()

    def fail(*_a: object, **_k: object) -> None:
        raise OperationalError("INSERT INTO entry", {}, sqlite3.OperationalError(reason))

    monkeypatch.setattr(services.entries, "record", fail)
    desk.panel.focus_text()
    type_entry(qtbot, desk, "jangan hilang", Qt.Key.Key_U, Qt.Key.Key_I, "HK")
    qtbot.waitUntil(lambda: desk.panel.form.text.toPlainText() == "jangan hilang")
    form = desk.panel.form.state()
    assert (form.kind, form.area, form.country) == ("suggestion", "digital", "HK")
    message = desk.panel.message.text()
    assert ("read-only" in message) if "readonly" in reason else ("disk is full" in message)
    assert desk.feed.rowCount() == 0
    draft = desk.panel.draft_keeper.store
    qtbot.waitUntil(lambda: draft.load() is not None and draft.load().text == "jangan hilang")
    monkeypatch.undo()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # try again: now it is stored, once
    qtbot.waitUntil(lambda: services.search.count(EntryQuery()) == 1)


def test_draft_is_offered_back_on_the_next_start(qtbot, make_desk, desk_url) -> None:
    first = make_desk(desk_url)
    first.panel.focus_text()
    qtbot.keyClicks(focused(), "setengah diketik <b>")
    qtbot.keyClick(focused(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    store = first.panel.draft_keeper.store
    qtbot.waitUntil(lambda: store.load() is not None and store.load().fields["form"]["area"] == "overseas",
                    timeout=6000)
    first.tasks.shutdown()  # as if the process died: no orderly close
    second = make_desk(desk_url)
    qtbot.waitUntil(lambda: second.panel.recovery.isVisible())
    assert "setengah diketik <b>" in second.panel.recovery_text.text()
    qtbot.keyClick(focused(), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: second.panel.form.text.toPlainText() == "setengah diketik <b>")
    assert second.panel.form.areas.value() == "overseas"
    assert not second.panel.recovery.isVisible()


def test_window_state_is_restored(qtbot, make_desk, desk_url) -> None:
    first = make_desk(desk_url)
    first.window.resize(1300, 900)
    first.panel.split.setSizes([300, 200])
    first.panel.feed.horizontalHeader().resizeSection(0, 150)
    first.window.close()
    qtbot.waitUntil(lambda: first._closed)
    saved = first.window.saveGeometry()
    second = make_desk(desk_url)
    from feedback_desk.gui import settings as S

    # the offscreen screen is small, so Qt fits the window to it; the stored geometry is ours
    assert second.settings.get(S.WINDOW_GEOMETRY) == saved and second.window.restoreGeometry(saved)
    assert second.panel.feed.horizontalHeader().sectionSize(0) == 150
    sizes = second.panel.split.sizes()
    assert abs(sizes[0] / sum(sizes) - 0.6) < 0.05


def test_models_pass_qtmodeltester(qtmodeltester, qtbot, desk) -> None:
    from datetime import UTC, datetime

    feed = FeedModel()
    for i in range(3):
        feed.add(FeedItem(f"u{i}", datetime.now(UTC), "complaint", "domestic", "other", "HK", f"t{i}"))
    feed.set_state("u1", "failed")
    qtmodeltester.check(feed)
    similar = SimilarModel()
    qtmodeltester.check(similar)
    for text in ("Klaim JHT lambat di Hong Kong", "Klaim JHT <b>ditolak</b>", "JHT klaim belum cair"):
        type_entry(qtbot, desk, text, Qt.Key.Key_C, Qt.Key.Key_O)
    qtbot.waitUntil(lambda: desk.feed.rowCount() == 3 and all(i.state == "saved" for i in desk.feed.items()))
    services = desk.backend.services()
    rows = services.search.similar("klaim JHT", desk.panel.bar.event_id(), limit=5)
    assert len(rows) == 3
    similar.set_rows(rows)
    qtmodeltester.check(similar)
    assert "<b>ditolak</b>" in " ".join(str(similar.data(similar.index(r, 0))) for r in range(3))
    qtmodeltester.check(desk.feed)


def test_same_speaker_checkbox_state_survives_a_restart(qtbot, make_desk, desk_url) -> None:
    first = make_desk(desk_url)
    assert isinstance(first.panel.form.same_speaker, QCheckBox)
    first.panel.form.same_speaker.setChecked(True)
    first.window.close()
    second = make_desk(desk_url)
    assert second.panel.form.same_speaker.isChecked()


def test_every_string_of_the_gui_has_an_indonesian_translation() -> None:
    """Dialogs, menus and messages too, not only what the capture panel shows at rest."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = Path(__file__).resolve().parents[2] / "resources" / "translations" / "feedback_desk_id.ts"
    unfinished = [
        m.findtext("source") for m in ET.parse(ts).getroot().iter("message")
        if (t := m.find("translation")) is None or t.get("type") in ("unfinished", "vanished", "obsolete")
        or not ((t.text or "").strip() or all(  # a plural message: every form filled
            (f.text or "").strip() for f in t.iter("numerusform")) and t.find("numerusform") is not None)
    ]
    assert unfinished == []


def test_undo_and_redo_actions_name_the_command_in_the_chosen_language(qtbot, desk) -> None:
    window = desk.window
    assert not window.act_undo.isEnabled() and window.act_undo.text() == "&Undo"
    desk.set_language("id")
    type_entry(qtbot, desk, "Klaim JHT lambat", Qt.Key.Key_K, Qt.Key.Key_L)  # Keluhan, Luar negeri
    qtbot.waitUntil(lambda: desk.feed.rowCount() == 1 and desk.feed.item(0).state == "saved")
    assert window.act_undo.isEnabled() and window.act_undo.text() == "Batalkan Rekam entri"
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: desk.feed.rowCount() == 0)
    assert window.act_redo.isEnabled() and window.act_redo.text() == "Ulangi Rekam entri"
    assert window.act_undo.text() == "Batalkan" and not window.act_undo.isEnabled()
    desk.set_language("en")
    assert window.act_redo.text().startswith("&Redo ")


@pytest.mark.parametrize(("language", "kinds", "areas", "restore"), [
    ("en", "Alt+C, U, Q, P, M", "Alt+D, O, I", "Alt+R"), ("id", "Alt+K, S, P, A, M", "Alt+D, L, I", "Alt+H"),
])
def test_keyboard_reference_shows_the_alt_letters_of_the_chosen_language(
    qtbot, desk, language: str, kinds: str, areas: str, restore: str,
) -> None:
    from feedback_desk.gui.dialogs.help import HelpDialog

    desk.set_language(language)
    letters = desk.panel.alt_letters()
    assert all(letters.values()), letters  # every control has its letter
    keys = [keys for keys, _what in HelpDialog(letters, desk.window).rows]
    assert kinds in keys and areas in keys and restore in keys
    desk.set_language("en")
