"""Keyboard-first input widgets of the capture form.

- ``CaptureTextEdit``: Enter saves, Shift+Enter is a newline, Tab moves on; Ctrl+Z reaches the
  application's undo (the last save) when the field has nothing of its own to undo.
- ``ChoiceBar``: one choice from a short list (kind, service area) by Alt+letter from anywhere
  in the form (the focus stays where it is), or 1–9 / arrows when the bar has focus.
- ``click_at_once``: Alt+letter clicks a button at once (Qt waits 100 ms to animate the click,
  so a fast recorder's Alt+C, Alt+O, Enter would save before the choice landed).
- ``TermPicker``: type-ahead over a long list (country, speaker type, topic…) that knows English
  and Indonesian names and aliases ("KSA" → Saudi Arabia); Tab or Enter takes the best match.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QRect,
    QSize,
    QStringListModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QShortcutEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ...core import taxonomy
from .. import i18n

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _ClickAtOnce(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Shortcut and isinstance(watched, QAbstractButton)
                and isinstance(event, QShortcutEvent) and not event.isAmbiguous()
                and watched.isEnabled()):
            if watched.focusPolicy() != Qt.FocusPolicy.NoFocus:
                watched.setFocus(Qt.FocusReason.ShortcutFocusReason)  # as Qt would
            watched.click()
            return True
        return False


def click_at_once(*buttons: QAbstractButton) -> None:
    """Make the Alt+letter of these buttons click them synchronously, in key order."""
    for button in buttons:
        keeper = button.findChild(_ClickAtOnce)
        if keeper is None:
            button.installEventFilter(_ClickAtOnce(button))


class CaptureTextEdit(QPlainTextEdit):
    sig_submit = Signal()
    """Enter (without Shift) was pressed: save the entry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent):
            doc = self.document()
            if (e.matches(QKeySequence.StandardKey.Undo) and not doc.isUndoAvailable()) or (
                e.matches(QKeySequence.StandardKey.Redo) and not doc.isRedoAvailable()
            ):
                e.ignore()  # nothing to undo here: let the window's Undo (last save) have it
                return False
        return super().event(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() in _ENTER and not e.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            e.accept()
            self.sig_submit.emit()
            return
        if e.key() in _ENTER:  # Shift+Enter: a plain newline, never a paragraph separator
            self.insertPlainText("\n")
            e.accept()
            return
        super().keyPressEvent(e)

    def reset(self, text: str = "") -> None:
        """Replace the text and forget its undo history (Ctrl+Z then undoes the save)."""
        self.setPlainText(text)
        self.moveCursor(self.textCursor().MoveOperation.End)


class ChoiceBar(QFrame):
    sig_changed = Signal(object)
    """The chosen code (or None)."""

    def __init__(
        self, codes: tuple[str, ...], texts: Callable[[], dict[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._codes = codes
        self._texts = texts
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setObjectName("choiceBar")
        self.setStyleSheet(
            "#choiceBar { border: 2px solid transparent; border-radius: 4px; }"
            "#choiceBar:focus { border: 2px solid palette(highlight); }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self._group = QButtonGroup(self)
        self._buttons: dict[str, QPushButton] = {}
        for code in codes:
            button = QPushButton(self)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+letter keeps the typing focus
            click_at_once(button)
            self._group.addButton(button)
            self._buttons[code] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self._group.buttonToggled.connect(self._on_toggled)
        self.retranslate()

    def retranslate(self) -> None:
        texts = self._texts()
        for position, (code, button) in enumerate(self._buttons.items(), start=1):
            button.setText(texts[code])
            button.setToolTip(f"{position}")

    def buttons(self) -> dict[str, QPushButton]:
        return dict(self._buttons)

    def value(self) -> str | None:
        for code, button in self._buttons.items():
            if button.isChecked():
                return code
        return None

    def set_value(self, code: str | None) -> None:
        if code == self.value():
            return
        if code is None:
            self._group.setExclusive(False)
            for button in self._buttons.values():
                button.setChecked(False)
            self._group.setExclusive(True)
            self.sig_changed.emit(None)
        elif code in self._buttons:
            self._buttons[code].setChecked(True)

    @Slot(QAbstractButton, bool)
    def _on_toggled(self, button: QAbstractButton, checked: bool) -> None:
        if checked:
            self.sig_changed.emit(self.value())

    def keyPressEvent(self, e: QKeyEvent) -> None:
        text = e.text()
        if text.isdigit() and 1 <= int(text) <= len(self._codes):
            self.set_value(self._codes[int(text) - 1])
            return
        if e.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            current = self.value()
            index = self._codes.index(current) if current in self._codes else -1
            step = 1 if e.key() == Qt.Key.Key_Right else -1
            self.set_value(self._codes[(index + step) % len(self._codes)])
            return
        super().keyPressEvent(e)  # Enter, Tab … go on to the form


class TermPicker(QLineEdit):
    """Type-ahead over a long list. The suggestions float under the field in a window that
    never takes the focus (Up/Down move, Enter or Tab take one, Esc closes), so the keyboard
    always stays in the field."""

    sig_code_changed = Signal(object)
    """The chosen code (or None)."""

    def __init__(self, list_name: str, parent: QWidget | None = None, *, limit: int = 10) -> None:
        super().__init__(parent)
        self._list = list_name
        self._limit = limit
        self._code: str | None = None
        self._shown: list[taxonomy.Term] = []
        self._model = QStringListModel(self)
        self._view = QListView(self)
        self._view.setWindowFlags(Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self._view.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self._view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._view.setModel(self._model)
        self._view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._view.clicked.connect(self._on_clicked)
        self.textEdited.connect(self._on_edited)
        self.setClearButtonEnabled(True)

    def code(self) -> str | None:
        return self._code

    def set_code(self, code: str | None) -> None:
        self._code = code
        self.setText(taxonomy.label(self._list, code, i18n.language()))
        self.setCursorPosition(0)
        self.sig_code_changed.emit(code)

    def retranslate(self) -> None:
        if self._code is not None:
            self.setText(taxonomy.label(self._list, self._code, i18n.language()))

    def popup_visible(self) -> bool:
        return self._view.isVisible()

    def suggestions(self) -> list[str]:
        return self._model.stringList()

    def _display(self, term: taxonomy.Term) -> str:
        lang = i18n.language()
        main, other = term.label(lang), term.label("en" if lang == "id" else "id")
        return main if other == main else f"{main} — {other}"

    def _show_popup(self) -> None:
        rows = min(len(self._shown), self._limit)
        height = self._view.sizeHintForRow(0) * rows + 2 * self._view.frameWidth() + 2
        self._view.setGeometry(
            QRect(self.mapToGlobal(self.rect().bottomLeft()), QSize(max(self.width(), 280), height))
        )
        self._view.setCurrentIndex(self._model.index(0, 0))
        self._view.show()

    @Slot(str)
    def _on_edited(self, typed: str) -> None:
        self._code = None
        if not typed.strip():
            self._view.hide()
            self.sig_code_changed.emit(None)
            return
        self._shown = list(taxonomy.suggest(self._list, typed, self._limit))
        self._model.setStringList([self._display(t) for t in self._shown])
        if self._shown:
            self._show_popup()
        else:
            self._view.hide()

    @Slot(QModelIndex)
    def _on_clicked(self, index: QModelIndex) -> None:
        self._take(index.row())

    def _take(self, row: int) -> None:
        self._view.hide()
        if 0 <= row < len(self._shown):
            self.set_code(self._shown[row].code)

    def _on_finished(self) -> None:
        """Leaving the field takes the best match of what was typed (or clears it)."""
        self._view.hide()
        if self._code is not None:
            return
        typed = self.text().strip()
        if not typed:
            self.set_code(None)
            return
        exact = taxonomy.resolve(self._list, typed)
        best = exact or next(iter(t.code for t in taxonomy.suggest(self._list, typed, 1)), None)
        self.set_code(best)

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.KeyPress and isinstance(e, QKeyEvent) and e.key() == Qt.Key.Key_Tab \
                and self.popup_visible():
            self._take(self._view.currentIndex().row())  # Tab takes the highlighted one, moves on
        return super().event(e)

    def focusOutEvent(self, e: QFocusEvent) -> None:
        self._on_finished()
        super().focusOutEvent(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        key = e.key()
        if self.popup_visible():
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                row = self._view.currentIndex().row() + (1 if key == Qt.Key.Key_Down else -1)
                self._view.setCurrentIndex(self._model.index(max(0, min(row, len(self._shown) - 1)), 0))
                return
            if key in _ENTER:
                self._take(self._view.currentIndex().row())
                e.accept()  # Enter picks the suggestion; it does not save the entry yet
                return
            if key == Qt.Key.Key_Escape:
                self._view.hide()
                return
        elif key in _ENTER:
            self._on_finished()  # take the best match before Enter saves the entry
        super().keyPressEvent(e)

    def hideEvent(self, e: Any) -> None:
        self._view.hide()
        super().hideEvent(e)
