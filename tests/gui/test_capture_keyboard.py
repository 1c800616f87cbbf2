"""The capture desk driven with the keyboard only: 50 entries, every shortcut, undo/redo."""

from __future__ import annotations

import random
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from feedback_desk.core.dto import EntryQuery, PageRequest
from feedback_desk.gui.app import DeskApp

from .conftest import focused, reactivate, type_entry

KINDS = [(Qt.Key.Key_C, "complaint"), (Qt.Key.Key_U, "suggestion"), (Qt.Key.Key_Q, "question"),
         (Qt.Key.Key_P, "appreciation"), (Qt.Key.Key_M, "commitment")]
AREAS = [(Qt.Key.Key_D, "domestic"), (Qt.Key.Key_O, "overseas"), (Qt.Key.Key_I, "digital")]
COUNTRIES = [("KSA", "SA"), ("HK", "HK"), ("Arab Saudi", "SA"), ("Jepang", "JP"), (None, None)]


def saved(desk: DeskApp, n: int) -> bool:
    items = desk.feed.items()
    return len(items) >= n and all(i.state == "saved" for i in items)


def test_fifty_mixed_entries_recorded_with_the_keyboard_only(qtbot: Any, desk: DeskApp) -> None:
    rng = random.Random(7)
    expected = []
    desk.panel.focus_text()
    for i in range(50):
        kind_key, kind = rng.choice(KINDS)
        area_key, area = rng.choice(AREAS)
        typed, country = rng.choice(COUNTRIES)
        text = f"Entri {i}: klaim JHT lambat <b>{i}</b>"
        type_entry(qtbot, desk, text, kind_key, area_key, typed)
        expected.append((text, kind, area, country))
        assert focused() is desk.panel.form.text  # back in the text for the next one
    qtbot.waitUntil(lambda: saved(desk, 50), timeout=20000)
    services = desk.backend.services()
    rows = services.search.search(EntryQuery(), PageRequest(limit=100, descending=False)).rows
    assert [(r.text, r.kind, r.service_area, r.country) for r in rows] == expected
    assert {r.session_id for r in rows} == {desk.panel.bar.session_id()}
    areas, kinds = desk.panel.bar.totals()
    assert sum(areas.values()) == 50 and sum(kinds.values()) == 50
    # the feed shows the text literally, newest first
    assert desk.feed.item(0).text == expected[-1][0]
    assert "<b>49</b>" in desk.feed.data(desk.feed.index(0, 5))


def test_enter_without_kind_or_area_keeps_the_text_and_says_what_is_missing(qtbot, desk) -> None:
    desk.panel.focus_text()
    qtbot.keyClicks(focused(), "belum lengkap")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert desk.panel.form.text.toPlainText() == "belum lengkap"
    assert desk.panel.message.isVisible() and "kind" in desk.panel.message.text()
    assert desk.feed.rowCount() == 0


def test_alt_choices_then_enter_in_one_burst_save_those_choices(qtbot, desk) -> None:
    """Qt animates a mnemonic click for 100 ms; a fast recorder's Enter must not beat it."""
    reactivate(qtbot, desk)
    desk.panel.focus_text()
    qtbot.keyClicks(focused(), "dipukul majikan")
    qtbot.keyClick(focused(), Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(focused(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(focused(), Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # override: not sensitive
    assert desk.panel.form.kinds.value() == "appreciation" and not desk.panel.form.sensitive.isChecked()
    desk.panel.focus_text()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: saved(desk, 1))
    row = desk.backend.services().search.search(EntryQuery(), PageRequest(limit=5)).rows[0]
    assert (row.kind, row.service_area, row.sensitive) == ("appreciation", "overseas", False)


def test_shift_enter_is_a_newline_and_text_stays(qtbot, desk) -> None:
    desk.panel.focus_text()
    qtbot.keyClicks(focused(), "baris satu")
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(focused(), "baris dua")
    assert desk.panel.form.text.toPlainText() == "baris satu\nbaris dua"


def test_ctrl_z_undoes_the_last_save_and_ctrl_shift_z_redoes_it(qtbot, desk) -> None:
    desk.panel.focus_text()
    type_entry(qtbot, desk, "akan dibatalkan", Qt.Key.Key_C, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: saved(desk, 1))
    services = desk.backend.services()
    assert services.search.count(EntryQuery()) == 1
    qtbot.keyClick(focused(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desk.feed.rowCount() == 0)
    assert services.search.count(EntryQuery()) == 0
    qtbot.keyClick(focused(), Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: saved(desk, 1))
    assert services.search.count(EntryQuery()) == 1


def test_ctrl_z_in_a_text_being_typed_undoes_typing_first(qtbot, desk) -> None:
    desk.panel.focus_text()
    type_entry(qtbot, desk, "tersimpan", Qt.Key.Key_C, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: saved(desk, 1))
    qtbot.keyClicks(focused(), "ketikan baru")
    qtbot.keyClick(focused(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.panel.form.text.toPlainText() != "ketikan baru"
    assert desk.feed.rowCount() == 1  # the save is still there


def test_menu_shortcuts(qtbot, desk, monkeypatch) -> None:
    shown = []
    from feedback_desk.gui.dialogs import help as help_module

    monkeypatch.setattr(help_module.HelpDialog, "exec", lambda self: shown.append(self) or 0)
    desk.panel.feed.setFocus()
    qtbot.keyClick(desk.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert focused() is desk.panel.form.text
    qtbot.keyClick(focused(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is desk.panel.find_box
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert focused() is desk.panel.form.text
    qtbot.keyClick(focused(), Qt.Key.Key_F1)
    assert len(shown) == 1
    qtbot.keyClick(focused(), Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not desk.window.isVisible())


def test_type_ahead_and_label_mnemonics_reach_every_picker(qtbot, desk) -> None:
    form = desk.panel.form
    desk.panel.focus_text()
    for key, field, typed, code in [
        (Qt.Key.Key_Y, "speaker_type", "PMI", "pmi_abroad"), (Qt.Key.Key_N, "country", "HK", "HK"),
        (Qt.Key.Key_T, "topic", "klaim", "claims"), (Qt.Key.Key_G, "programme", "JHT", "JHT"),
        (Qt.Key.Key_L, "phase", "selama", "during"),
    ]:
        reactivate(qtbot, desk)
        qtbot.keyClick(focused(), key, Qt.KeyboardModifier.AltModifier)
        assert focused() is form.pickers[field]
        qtbot.keyClicks(focused(), typed)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        reactivate(qtbot, desk)
        assert form.pickers[field].code() == code
    qtbot.keyClick(focused(), Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: form.same_speaker.isChecked())


def test_same_speaker_keeps_speaker_fields_after_a_save(qtbot, desk) -> None:
    form = desk.panel.form
    form.same_speaker.setChecked(True)
    desk.panel.focus_text()
    type_entry(qtbot, desk, "pertama", Qt.Key.Key_C, Qt.Key.Key_O, "Taiwan")
    assert form.pickers["country"].code() == "TW"  # kept
    assert form.kinds.value() is None and form.text.toPlainText() == ""
    form.same_speaker.setChecked(False)
    type_entry(qtbot, desk, "kedua", Qt.Key.Key_C, Qt.Key.Key_O)
    assert form.pickers["country"].code() is None
    qtbot.waitUntil(lambda: saved(desk, 2))


def test_tab_walks_the_desk_in_reading_order_and_comes_back_to_the_text(qtbot, desk) -> None:
    form, panel = desk.panel.form, desk.panel
    expected = [form.kinds, form.areas, *(form.pickers[f] for f in
                ("speaker_type", "country", "topic", "programme", "phase")), form.tier,
                form.same_speaker, form.sensitive, form.consent, panel.find_box, panel.feed,
                panel.bar.events, panel.bar.sessions, form.text]
    reactivate(qtbot, desk)
    panel.focus_text()
    walked = []
    for _ in expected:
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        reactivate(qtbot, desk)
        walked.append(focused())
    assert walked == expected
    for widget in expected:  # every field can be named: a label bound to it, or its own text
        assert widget.accessibleName() or any(
            label.buddy() is widget for label in desk.window.findChildren(QLabel)
        ) or getattr(widget, "text", lambda: "")(), widget
