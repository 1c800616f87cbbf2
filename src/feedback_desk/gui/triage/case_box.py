"""The case box of the detail pane: status and the lifecycle moves allowed for this kind and
status (a move that needs an answer or a reason asks for it and cannot be confirmed empty),
assignee, SLA tier, due date with the clock (paused time made visible) and the official answer or
closure reason."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import lifecycle, taxonomy
from ...core.dto import EntryView, SlaClock
from .. import i18n
from ..i18n import Retranslating
from .detail_labels import day_text, status_label, tr

PROMPTS: dict[tuple[str, str], object] = {
    ("question", "answered"): QT_TRANSLATE_NOOP("TriageDetail", "The official answer to the question"),
    ("complaint", "resolved"): QT_TRANSLATE_NOOP("TriageDetail", "How was the complaint resolved?"),
    ("complaint", "closed"): QT_TRANSLATE_NOOP("TriageDetail", "Why is the complaint closed without work?"),
    ("suggestion", "adopted"): QT_TRANSLATE_NOOP("TriageDetail", "The response: what is adopted, by whom"),
    ("suggestion", "partly_adopted"): QT_TRANSLATE_NOOP("TriageDetail", "The response: which part is adopted, and why not the rest"),
    ("suggestion", "declined"): QT_TRANSLATE_NOOP("TriageDetail", "Why is the suggestion declined?"),
    ("commitment", "cancelled"): QT_TRANSLATE_NOOP("TriageDetail", "Why is the commitment cancelled?"),
}


def clock_text(clock: SlaClock | None, view: EntryView) -> str:
    """The SLA line: due / overdue / paused since … (working days now and in all) / stopped."""
    if clock is None or clock.state == "none":
        return tr("No SLA clock for this item.")
    due = day_text(clock.due_date)
    paused_total = tr(" · paused {n} working days in all").format(n=clock.paused_days_total) \
        if clock.paused_days_total else ""
    if clock.state == "stopped":
        return tr("Clock stopped ({status}); it was due {due}").format(
            status=status_label(view.status), due=due or "—") + paused_total
    if clock.state == "paused":
        text = tr("Clock paused since {since} ({status}): {now} working days so far, {total} "
                  "in all. The due date ({due}) moves on by the time spent waiting").format(
            since=day_text(clock.paused_on), status=status_label(view.status),
            now=clock.paused_days_now, total=clock.paused_days_total, due=due or "—")
        if clock.days_left is not None:
            text += tr("; {n} working days left if work resumed today").format(n=clock.days_left)
        return text
    left = clock.days_left
    if left is not None and left < 0:
        return tr("OVERDUE by {n} working days (was due {due})").format(n=-left, due=due) + paused_total
    if left == 0:
        return tr("Due today ({due})").format(due=due) + paused_total
    return tr("Due {due}: {n} working days left").format(due=due, n=left) + paused_total


class ReasonDialog(QDialog):
    """Asks for the answer or reason a move needs; OK stays disabled while it is blank."""

    def __init__(self, title: str, prompt: str, initial: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("reasonEdit")
        self.edit.setTabChangesFocus(True)
        self.edit.setPlainText(initial)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._on_text_changed)
        self._on_text_changed()
        self.resize(480, 240)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def text(self) -> str:
        return self.edit.toPlainText().strip()

    @Slot()
    def _on_text_changed(self) -> None:
        self.ok_button.setEnabled(bool(self.text()))

    def accept(self) -> None:
        if self.text():  # Enter on an empty prompt confirms nothing
            super().accept()


class CaseBox(Retranslating, QGroupBox):
    sig_transition = Signal(str, object)
    """(to_status, answer or reason or None): move the case."""

    sig_assign = Signal(object)
    """A user name, or None to unassign."""

    sig_tier = Signal(str)
    """A new SLA tier code."""

    sig_due = Signal(object)
    """The user set the due date by hand (a ``date``)."""

    sig_answer = Signal(str)
    """Save this official answer / closure reason without moving the case."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: EntryView | None = None
        self._clock: SlaClock | None = None
        self._users: tuple[str, ...] = ()
        self._editable = False
        self.reason_dialog: ReasonDialog | None = None
        self.status = QLabel(self)
        self.status.setObjectName("caseStatus")
        self.moves_label = QLabel(self)
        self.moves_row = QGridLayout()  # two buttons a row: the pane stays narrow
        self.move_buttons: dict[str, QPushButton] = {}
        self.no_moves = QLabel(self)
        self.assignee = QComboBox(self)
        self.assignee.setObjectName("assigneeCombo")
        self.tier = QComboBox(self)
        self.tier.setObjectName("tierCombo")
        self.clock = QLabel(self)
        self.clock.setObjectName("slaClock")
        self.clock.setWordWrap(True)
        self.due_button = QPushButton(self)
        self.due_button.setObjectName("setDueDate")
        self.due_button.setAutoDefault(False)
        self.answer = QPlainTextEdit(self)
        self.answer.setObjectName("answerEdit")
        self.answer.setTabChangesFocus(True)
        self.answer.setMaximumHeight(90)
        self.save_answer = QPushButton(self)
        self.save_answer.setObjectName("saveAnswer")
        self.labels = {k: QLabel(self) for k in ("assignee", "tier", "clock", "answer")}
        moves = QHBoxLayout()
        moves.addWidget(self.moves_label, 0, Qt.AlignmentFlag.AlignTop)
        moves.addLayout(self.moves_row)
        moves.addWidget(self.no_moves)
        moves.addStretch(1)
        form = QFormLayout()
        form.addRow(self.labels["assignee"], self.assignee)
        form.addRow(self.labels["tier"], self.tier)
        clock_row = QHBoxLayout()
        clock_row.addWidget(self.clock, 1)
        clock_row.addWidget(self.due_button, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(self.labels["clock"], clock_row)
        answer_row = QHBoxLayout()
        answer_row.addWidget(self.answer, 1)
        answer_row.addWidget(self.save_answer, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(self.labels["answer"], answer_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(moves)
        layout.addLayout(form)
        self.assignee.activated.connect(self._on_assignee)
        self.tier.activated.connect(self._on_tier)
        self.answer.textChanged.connect(self._update_enabled)
        self.save_answer.clicked.connect(self._on_save_answer)
        self.due_button.clicked.connect(self.ask_due)
        self.retranslate()

    # ---- showing --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setTitle(self.tr("Case"))
        self.moves_label.setText(self.tr("Move to:"))
        self.no_moves.setText(self.tr("no further moves for this kind"))
        self.labels["assignee"].setText(self.tr("Assignee"))
        self.labels["tier"].setText(self.tr("SLA tier"))
        self.labels["clock"].setText(self.tr("Deadline"))
        self.labels["answer"].setText(self.tr("Official answer / closure reason"))
        self.save_answer.setText(self.tr("Save answer"))
        self.due_button.setText(self.tr("Set date…"))
        self.due_button.setToolTip(self.tr("Set the due date by hand (a date promised on stage, "
                                           "a deadline agreed with the worker)"))
        self._show()

    def set_detail(self, view: EntryView | None, clock: SlaClock | None,
                   users: Sequence[str] = ()) -> None:
        """Show ``view``; an answer being typed for the same entry is kept."""
        same = self._view is not None and view is not None and self._view.id == view.id
        typed = self.answer.toPlainText() if same and self.answer_dirty() else None
        self._view, self._clock, self._users = view, clock, tuple(users)
        self._show()
        self.answer.setPlainText(typed if typed is not None else (view.answer or "") if view else "")
        self._update_enabled()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self._update_enabled()

    def answer_dirty(self) -> bool:
        base = (self._view.answer or "") if self._view else ""
        return self.answer.toPlainText().strip() != base.strip()

    def revert_answer(self) -> None:
        self.answer.setPlainText((self._view.answer or "") if self._view else "")

    def _show(self) -> None:
        view, lang = self._view, i18n.language()
        self.status.setText(self.tr("Status: {status}").format(status=status_label(view.status))
                            if view else "")
        self._build_moves()
        self.assignee.clear()
        self.assignee.addItem(self.tr("(nobody)"), None)
        users = list(self._users)
        if view and view.assignee and view.assignee not in users:
            users.append(view.assignee)  # a disabled account still shows who has it
        for name in users:
            self.assignee.addItem(name, name)
        self.assignee.setCurrentIndex(max(0, self.assignee.findData(view.assignee if view else None)))
        self.tier.clear()
        if view is not None and view.tier is None:
            self.tier.addItem(self.tr("(none)"), None)
        for term in taxonomy.terms("tier"):
            self.tier.addItem(f"{term.code} — {term.label(lang)}", term.code)
        self.tier.setCurrentIndex(max(0, self.tier.findData(view.tier if view else None)))
        self.clock.setText(clock_text(self._clock, view) if view else "")
        late = self._clock is not None and self._clock.days_left is not None \
            and self._clock.days_left < 0 and self._clock.state == "running"
        self.clock.setStyleSheet("QLabel { color: #b3261e; font-weight: bold; }" if late else "")
        self._update_enabled()

    def _build_moves(self) -> None:
        for button in self.move_buttons.values():
            self.moves_row.removeWidget(button)
            button.deleteLater()
        self.move_buttons = {}
        view = self._view
        if view is None:
            self.no_moves.hide()
            return
        allowed = lifecycle.allowed_transitions(view.kind, view.status)
        for status in lifecycle.STATUSES[view.kind]:  # in lifecycle order
            if status not in allowed:
                continue
            text = status_label(status)
            if lifecycle.is_reopen(view.kind, view.status, status):
                text = self.tr("Reopen → {status}").format(status=text)
            if lifecycle.requires_reason(view.kind, view.status, status):
                text += "…"
            button = QPushButton(text, self)
            button.setObjectName(f"move_{status}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, s=status: self.request_move(s))
            at = len(self.move_buttons)
            self.moves_row.addWidget(button, at // 2, at % 2)
            self.move_buttons[status] = button
        self.no_moves.setVisible(not allowed)

    def _update_enabled(self) -> None:
        on = self._editable and self._view is not None
        for button in self.move_buttons.values():
            button.setEnabled(on)
        protection = self._view is not None and self._view.protection
        self.assignee.setEnabled(on)
        self.tier.setEnabled(on and not protection)  # protection cases stay on S0
        self.due_button.setEnabled(
            on and self._view is not None and lifecycle.is_open(self._view.kind, self._view.status))
        self.answer.setReadOnly(not on)
        self.save_answer.setEnabled(on and self.answer_dirty()
                                    and bool(self.answer.toPlainText().strip()))

    # ---- acting ---------------------------------------------------------------------------
    def ask_due(self) -> None:
        """Ask for the due date (a calendar), starting from the one it has."""
        view = self._view
        if view is None or not self._editable:
            return
        dialog = DueDateDialog(view.due_date or view.recorded_at.date(), self)
        dialog.accepted.connect(lambda: self.sig_due.emit(dialog.chosen()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.due_dialog = dialog

    def request_move(self, status: str) -> None:
        """Move to ``status``: at once, or after asking for the answer or reason it needs."""
        view = self._view
        if view is None or not self._editable:
            return
        if not lifecycle.requires_reason(view.kind, view.status, status):
            self.sig_transition.emit(status, None)
            return
        prompt = PROMPTS.get((view.kind, status))
        typed = self.answer.toPlainText().strip()
        dialog = ReasonDialog(
            self.tr("{status}: answer or reason required").format(status=status_label(status)),
            tr(prompt) if prompt else self.tr("The answer or reason for this move"),
            typed or view.answer or "", self)
        dialog.setObjectName("reasonDialog")
        self.reason_dialog = dialog
        dialog.accepted.connect(lambda: self.sig_transition.emit(status, dialog.text()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    @Slot(int)
    def _on_assignee(self, _index: int) -> None:
        name = self.assignee.currentData()
        if self._view is not None and name != self._view.assignee:
            self.sig_assign.emit(name)

    @Slot(int)
    def _on_tier(self, _index: int) -> None:
        code = self.tier.currentData()
        if self._view is not None and code and code != self._view.tier:
            self.sig_tier.emit(code)

    @Slot()
    def _on_save_answer(self) -> None:
        text = self.answer.toPlainText().strip()
        if text and self._editable:
            self.sig_answer.emit(text)


class DueDateDialog(QDialog):
    """A calendar to pick the due date from."""

    def __init__(self, current: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Due date"))
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)

    def chosen(self) -> date:
        picked = self.calendar.selectedDate()
        return date(picked.year(), picked.month(), picked.day())
