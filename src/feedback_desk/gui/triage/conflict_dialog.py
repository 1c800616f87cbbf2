"""When somebody else changed a case since it was opened: who and when, what they did, and field
by field their value beside the user's. Nothing the user entered is lost until they choose to
re-apply it on top of the other change or to discard it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import lifecycle
from ...core.dto import EDITABLE_FIELDS, AuditRecord, EntryView
from ...core.errors import ConflictError
from ..plain import tooltip
from .detail_labels import field_label, value_text, when_text
from .history_tab import line

REAPPLY = "reapply"
DISCARD = "discard"
_DERIVED = frozenset({"due_date", "paused_on", "reopen_count", "resolved_at"})  # follow the moves
_THEIRS = {"reason": "answer", "group": "group_id", "note": "", "tag": "tags", "untag": "tags"}


def their_value(field: str, view: EntryView) -> Any:
    """What the case holds now for a field of the user's change."""
    attr = _THEIRS.get(field, field)
    return getattr(view, attr, None) if attr else None


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, list | tuple) or isinstance(b, list | tuple):
        return sorted(a or ()) == sorted(b or ())
    return (a or None) == (b or None)


class Controller(Protocol):  # what re-applying needs of the TriageController
    def edit(self, view: EntryView, **fields: Any) -> None: ...
    def transition(self, view: EntryView, to_status: str, reason: str | None = None) -> None: ...
    def set_answer(self, view: EntryView, text: str) -> None: ...
    def assign(self, view: EntryView, username: str | None) -> None: ...
    def set_tier(self, view: EntryView, tier: str) -> None: ...
    def group(self, entry_ids: Sequence[int], *, title: str | None = None,
              group_id: int | None = None) -> None: ...
    def ungroup(self, entry_ids: Sequence[int]) -> None: ...


def reapply(controller: Controller, view: EntryView, mine: Mapping[str, Any]) -> list[str]:
    """Ask ``controller`` again for what the user wanted, on top of ``view`` (the case now).
    Returns the fields that cannot be re-applied as they are (e.g. a move the case's new status
    no longer allows)."""
    skipped: list[str] = []
    edits = {k: v for k, v in mine.items()
             if k in EDITABLE_FIELDS and not _same(getattr(view, k), v)}
    if edits:
        controller.edit(view, **edits)
    status = mine.get("status")
    reason = mine.get("reason") or mine.get("answer")
    if status and status != view.status:
        allowed = status in lifecycle.allowed_transitions(view.kind, view.status)
        if allowed and (reason or not lifecycle.requires_reason(view.kind, view.status, status)):
            controller.transition(view, status, reason=reason)
        else:
            skipped.append("status")
    elif mine.get("answer") and mine["answer"] != view.answer:
        controller.set_answer(view, mine["answer"])
    if "assignee" in mine and (mine["assignee"] or None) != view.assignee:
        controller.assign(view, mine["assignee"] or None)
    if mine.get("tier") and mine["tier"] != view.tier:
        controller.set_tier(view, mine["tier"])
    if mine.get("group"):
        controller.group([view.id], title=mine["group"])
    elif "group_id" in mine and mine["group_id"] != view.group_id:
        if mine["group_id"] is None:
            controller.ungroup([view.id])
        else:
            controller.group([view.id], group_id=mine["group_id"])
    return skipped


class ConflictDialog(QDialog):
    sig_chosen = Signal(str)
    """"reapply" or "discard": what the user chose (not sent when they close the dialog)."""

    def __init__(
        self, mine: Mapping[str, Any], theirs: EntryView, error: ConflictError,
        parent: QWidget | None = None, *, before: EntryView | None = None,
        their_changes: Sequence[AuditRecord] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.mine, self.theirs, self.error, self.before = dict(mine), theirs, error, before
        self._choice: str | None = None
        self.setWindowTitle(self.tr("Somebody else changed case #{id}").format(id=theirs.id))
        who = error.changed_by or theirs.updated_by or self.tr("another user")
        when = when_text(error.changed_at or theirs.updated_at)
        self.headline = QLabel(self.tr(
            "{who} changed case #{id} at {when} (it is now at version {now}; you were working on "
            "version {was}). Your change was not saved — nothing you entered is lost: re-apply "
            "it on top of their change, or discard it.").format(
            who=who, id=theirs.id, when=when, now=error.current_version,
            was=error.expected_version), self)
        self.headline.setObjectName("conflictHeadline")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)  # user names are user text
        self.headline.setWordWrap(True)
        self.done_label = QLabel(self.tr("What they did:"), self)
        self.done_list = QListWidget(self)
        self.done_list.setObjectName("theirChanges")
        self.done_list.setWordWrap(True)
        for record in their_changes:
            self.done_list.addItem(line(record))
        for widget in (self.done_label, self.done_list):
            widget.setVisible(bool(their_changes))
        self.cells: dict[str, tuple[QLabel, ...]] = {}
        grid_frame = QFrame(self)
        grid = QGridLayout(grid_frame)
        heads = [self.tr("Field")]
        if before is not None:
            heads.append(self.tr("When you opened it"))
        heads += [self.tr("Now (their version)"), self.tr("Yours (not saved)")]
        for col, text in enumerate(heads):
            head = QLabel(text, grid_frame)
            head.setStyleSheet("QLabel { font-weight: bold; }")
            grid.addWidget(head, 0, col)
        for row, (field, value) in enumerate(self.mine.items(), start=1):
            now = their_value(field, theirs)
            values = [field_label(field)]
            if before is not None:
                values.append(value_text(field, their_value(field, before)))
            values += [value_text(field, now), value_text(field, value)]
            cells = tuple(QLabel(text, grid_frame) for text in values)
            for col, cell in enumerate(cells):
                cell.setTextFormat(Qt.TextFormat.PlainText)
                cell.setWordWrap(True)
                cell.setToolTip(tooltip(cell.text()) if col else "")
                grid.addWidget(cell, row, col)
            they_changed = before is not None and not _same(their_value(field, before), now)
            if they_changed:  # their change of a field the user changed too
                cells[-2].setStyleSheet("QLabel { color: #7a1712; font-weight: bold; }")
            self.cells[field] = cells
        grid.setColumnStretch(len(heads) - 1, 1)
        grid.setColumnStretch(len(heads) - 2, 1)
        self.buttons = QDialogButtonBox(self)
        self.reapply_button = QPushButton(self.tr("Re-apply my changes"), self)
        self.reapply_button.setObjectName("reapply")
        self.discard_button = QPushButton(self.tr("Discard mine"), self)
        self.discard_button.setObjectName("discard")
        self.buttons.addButton(self.reapply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.clicked.connect(self._on_clicked)
        self.reapply_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.done_label)
        layout.addWidget(self.done_list)
        layout.addWidget(grid_frame)
        layout.addWidget(self.buttons)
        self.resize(720, 420)

    def choice(self) -> str | None:
        """"reapply", "discard", or None while undecided (or closed without choosing)."""
        return self._choice

    def row_texts(self, field: str) -> list[str]:
        return [cell.text() for cell in self.cells[field]]

    def choose(self, choice: str) -> None:
        self._choice = choice
        self.sig_chosen.emit(choice)
        self.accept()  # decided (closing the dialog instead leaves ``choice()`` None)

    @Slot(QAbstractButton)
    def _on_clicked(self, button: QAbstractButton) -> None:
        self.choose(REAPPLY if button is self.reapply_button else DISCARD)
