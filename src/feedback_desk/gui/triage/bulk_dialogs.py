"""The small dialogs of the list's bulk actions: new status (with reason), assignee, tier, tag,
and "group as one issue" (a new issue or an existing one)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...core import lifecycle
from ...core.dto import GroupView
from .. import i18n
from . import columns as C

MAX_TITLE = 300


def tr(text: str) -> str:
    return i18n.module_tr("BulkDialogs", text)


def needs_reason(kinds: Iterable[str], to_status: str) -> bool:
    """Whether moving any item of these kinds to ``to_status`` may need an answer or reason."""
    return any(
        lifecycle.requires_reason(kind, before, to_status)
        for kind in kinds for before in lifecycle.STATUSES.get(kind, ())
        if to_status in lifecycle.STATUSES.get(kind, ())
    )


class StatusDialog(QDialog):
    """Choose the state to move the selected items to; the reason when the move needs one."""

    def __init__(self, kinds: Sequence[str], count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Change status"))
        self._kinds = tuple(dict.fromkeys(kinds))
        self.status = QComboBox(self)
        lang = i18n.language()
        seen: set[str] = set()
        for kind in self._kinds:
            for status in lifecycle.STATUSES.get(kind, ()):
                if status not in seen and any(
                    status in lifecycle.allowed_transitions(kind, s) for s in lifecycle.STATUSES[kind]
                ):
                    seen.add(status)
                    self.status.addItem(C.status_label(status, lang), status)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("New status:"), self.status)
        form.addRow(tr("Answer or reason:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("{n} selected item(s). Items whose lifecycle does not allow "
                                    "this move are left as they are and listed afterwards.")
                                .format(n=count), self))
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.status.currentIndexChanged.connect(self._check)
        self.reason.textChanged.connect(self._check)
        self._check()

    def chosen(self) -> tuple[str, str | None]:
        text = self.reason.toPlainText().strip()
        return str(self.status.currentData()), text or None

    @Slot()
    def _check(self) -> None:
        status = self.status.currentData()
        required = bool(status) and needs_reason(self._kinds, str(status))
        missing = required and not self.reason.toPlainText().strip()
        self.hint.setText(tr("This move needs an answer or a reason.") if required else "")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(status) and not missing)


class ChoiceDialog(QDialog):
    """Pick one of a few values (assignee, tier)."""

    def __init__(self, title: str, label: str, choices: Sequence[tuple[object, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.combo = QComboBox(self)
        for value, text in choices:
            self.combo.addItem(text, value)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(label, self.combo)
        form.addRow(buttons)

    def chosen(self) -> object:
        return self.combo.currentData()


class TagDialog(QDialog):
    def __init__(self, known: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add a tag"))
        self.name = QComboBox(self)
        self.name.setEditable(True)
        self.name.addItems(list(known))
        self.name.setCurrentText("")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("Tag:"), self.name)
        form.addRow(self.buttons)
        self.name.editTextChanged.connect(self._check)
        self._check()

    def chosen(self) -> str:
        return " ".join(self.name.currentText().split())

    @Slot()
    def _check(self) -> None:
        ok = 0 < len(self.chosen()) <= 64
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


class GroupDialog(QDialog):
    """Many voices, one issue: a new issue (with a title) or one that exists."""

    def __init__(self, groups: Sequence[GroupView], count: int, suggested_title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Group as one issue"))
        self.new = QRadioButton(tr("A new issue, titled:"), self)
        self.title = QLineEdit(suggested_title[:MAX_TITLE], self)
        self.title.setMaxLength(MAX_TITLE)
        self.existing = QRadioButton(tr("An issue that exists:"), self)
        self.groups = QListWidget(self)
        for group in groups:
            item = QListWidgetItem(tr("{title} — {voices} voice(s)").format(
                title=" ".join(group.title.split()), voices=group.voices))
            item.setData(Qt.ItemDataRole.UserRole, int(group.id))
            self.groups.addItem(item)
        self.existing.setEnabled(bool(groups))
        self.new.setChecked(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("{n} selected voice(s) will count as one issue; each stays "
                                    "an entry of its own and can be taken out again.")
                                .format(n=count), self))
        layout.addWidget(self.new)
        layout.addWidget(self.title)
        layout.addWidget(self.existing)
        layout.addWidget(self.groups)
        layout.addWidget(self.buttons)
        for signal in (self.new.toggled, self.title.textChanged, self.groups.currentRowChanged):
            signal.connect(self._check)
        self.groups.itemClicked.connect(lambda _i: self.existing.setChecked(True))
        self._check()

    def chosen(self) -> tuple[str | None, int | None]:
        """(title of a new issue, None) or (None, id of an existing one)."""
        if self.new.isChecked():
            return " ".join(self.title.text().split()), None
        item = self.groups.currentItem()
        return None, int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    @Slot()
    def _check(self, *_args: object) -> None:
        title, group = self.chosen()
        ok = bool(title) if self.new.isChecked() else group is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
