"""Every import/export message code of the core has a translated template in the GUI, with the
same placeholders, in English and in Bahasa Indonesia."""

from __future__ import annotations

import re
from typing import Any

import pytest

from feedback_desk.core.interchange.messages import ENGLISH
from feedback_desk.core.interchange.model import ImportResult, Message
from feedback_desk.gui import i18n
from feedback_desk.gui.interchange import messages as M

FIELD = re.compile(r"\{(\w+)\}")


def fields(text: str) -> set[str]:
    return set(FIELD.findall(text))


@pytest.fixture(params=["en", "id"])
def language(request: Any, qapp: Any) -> Any:
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def test_the_gui_translates_every_code_of_the_core() -> None:
    """Fails when the core gains a message the GUI has no template for (or loses one)."""
    assert set(M.templates()) == set(ENGLISH)


def test_every_template_keeps_the_placeholders_of_the_english_one(language: str) -> None:
    templates = M.templates()
    wrong = {code: (sorted(fields(ENGLISH[code])), sorted(fields(text)))
             for code, text in templates.items() if fields(text) != fields(ENGLISH.get(code, ""))}
    assert wrong == {}
    if language == "id":  # really translated, not the English fallback
        same = [code for code, text in templates.items() if text == ENGLISH[code]]
        assert same == []


def test_a_message_is_filled_in_and_names_its_column(language: str) -> None:
    message = Message.of("missing_value", column="recorded_at")
    text = M.text(message)
    if language == "en":
        assert text == "recorded_at (date and time) is empty; it is required."
    else:
        assert "recorded_at (waktu)" in text and "{" not in text
    unknown = Message.of("no_such_code", line=3)
    assert M.text(unknown) == unknown.text()  # never a blank or a crash


def test_import_summary_says_only_what_happened() -> None:
    result = ImportResult("/x/kartu.csv", ("a", "b"), present=0, rejected=0, identities=0,
                          personal_dropped=0, events_created=("Simposium",))
    assert M.import_summary(result) == (
        "New entries imported from kartu.csv: 2.\nEvents created: Simposium.")


def test_column_labels_in_both_languages(language: str) -> None:
    assert M.column_label("event") == ("event" if language == "en" else "event (acara)")
    assert M.column_label("recorded_at") == (
        "recorded_at (date and time)" if language == "en" else "recorded_at (waktu)")
    assert M.column_label("nope") == "nope"


def _letters(texts: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for text in texts:
        bare = text.replace("&&", "")
        if "&" in bare:
            found.setdefault(bare[bare.index("&") + 1].lower(), []).append(text)
    return found


def test_no_two_controls_of_the_dialogs_or_the_file_menu_share_an_alt_letter(
    qtbot: Any, language: str, tmp_path: Any
) -> None:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    from feedback_desk.core.dto import EntryQuery
    from feedback_desk.gui.interchange.export_list import ExportListDialog
    from feedback_desk.gui.interchange.import_dialog import ImportDialog
    from feedback_desk.gui.main_window import MainWindow
    from feedback_desk.gui.settings import Settings

    dialogs: list[QWidget] = [
        ImportDialog(None, None),
        ExportListDialog(None, None, EntryQuery(), count=5, may_export_personal=True)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(
            QAbstractButton)]
        clashes = {k: v for k, v in _letters(texts).items() if len(v) > 1}
        assert clashes == {}, (dialog.objectName(), clashes)
        assert len(_letters(texts)) >= 5  # the dialogs do have Alt letters
    window = MainWindow(QWidget(), QUndoStack(), Settings(tmp_path / "s.ini"), database="x", user="y")
    qtbot.addWidget(window)
    menu = [a.text() for a in window.menu_file.actions() if a.text()]
    clashes = {k: v for k, v in _letters(menu).items() if len(v) > 1}
    assert clashes == {}
