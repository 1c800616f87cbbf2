"""The triage actions of the workspace: each pushes ONE undoable command whose redo and undo call
services on the write thread, then send one change notice. Nothing is silently overwritten: when
somebody else changed the entry meanwhile, ``sig_conflict`` says so and the user's wish is handed
back."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ...core.dto import EDITABLE_FIELDS, EntryView
from ...core.errors import ConflictError, ValidationError
from ...core.ids import EntryId, GroupId
from ..backend import Backend
from ..events import DeskEvents
from ..tasks import TaskRunner
from .commands import (
    BulkCommand,
    CaseCommand,
    EditCommand,
    GroupCommand,
    Outcome,
    SideCommand,
    TriageCommand,
    VersionBook,
    note_command,
)

if TYPE_CHECKING:
    from ...core.services import Services

#: Fields ``TriageController.edit`` changes (the entry's text is the speaker's: not here).
TRIAGE_EDITABLE = EDITABLE_FIELDS - {"text"}


class TriageController(QObject):
    sig_changed = Signal(object)
    """An entry after a write (EntryView), for the detail pane."""

    sig_conflict = Signal(object, object, object)
    """(entry id, what the user tried as {field: value}, ConflictError): somebody else changed
    the entry meanwhile; nothing was written and the command left the undo stack."""

    sig_failed = Signal(object)
    """An action, undo or redo failed (exception; ``gui.messages.describe`` words it)."""

    sig_bulk_done = Signal(object)
    """A bulk action, or its undo or redo, ran (BulkResult: changed and skipped entries)."""

    def __init__(
        self, backend: Backend, tasks: TaskRunner, events: DeskEvents, undo: QUndoStack,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._backend = backend
        self._tasks = tasks
        self._events = events
        self.undo_stack = undo
        self._book = VersionBook()

    # ---- the case --------------------------------------------------------------------------
    def transition(self, view: EntryView, to_status: str, reason: str | None = None) -> None:
        mine: dict[str, Any] = {"status": to_status} | ({"answer": reason} if reason else {})
        self._push(CaseCommand(
            self, self.tr("Change status"), "transition", view, mine,
            lambda s, i, v: s.cases.transition(i, v, to_status, reason=reason),
        ))

    def assign(self, view: EntryView, username: str | None) -> None:
        self._push(CaseCommand(
            self, self.tr("Assign") if username else self.tr("Unassign"), "assign", view,
            {"assignee": username}, lambda s, i, v: s.cases.assign(i, v, username),
        ))

    def set_tier(self, view: EntryView, tier: str) -> None:
        self._push(CaseCommand(
            self, self.tr("Change SLA tier"), "tier", view, {"tier": tier},
            lambda s, i, v: s.cases.set_tier(i, v, tier),
        ))

    def set_due(self, view: EntryView, due: date) -> None:
        self._push(CaseCommand(
            self, self.tr("Change due date"), "due", view, {"due_date": due},
            lambda s, i, v: s.cases.set_due(i, v, due),
        ))

    def set_answer(self, view: EntryView, text: str) -> None:
        self._push(CaseCommand(
            self, self.tr("Record answer"), "answer", view, {"answer": text},
            lambda s, i, v: s.cases.answer(i, v, text),
        ))

    def edit(self, view: EntryView, **fields: Any) -> None:
        """Change the summary and classification fields given (unchanged ones are ignored)."""
        unknown = sorted(set(fields) - TRIAGE_EDITABLE)
        if unknown:
            self.sig_failed.emit(ValidationError(unknown[0], "cannot be edited here"))
            return
        after = {k: v for k, v in fields.items() if getattr(view, k) != v}
        if after:
            before = {k: getattr(view, k) for k in after}
            self._push(EditCommand(self, self.tr("Edit entry"), view, before, after))

    # ---- beside the case: notes, tags, links ----------------------------------------------
    def add_note(self, view: EntryView, body: str) -> None:
        self._push(note_command(self, self.tr("Add note"), view.id, body))

    def tag(self, view: EntryView, name: str) -> None:
        self._push(self._tag_command(view.id, name, add=True))

    def untag(self, view: EntryView, name: str) -> None:
        self._push(self._tag_command(view.id, name, add=False))

    def link(self, view: EntryView, target_id: EntryId, kind: str) -> None:
        self._push(self._link_command(view.id, target_id, kind, add=True))

    def unlink(self, view: EntryView, target_id: EntryId, kind: str) -> None:
        self._push(self._link_command(view.id, target_id, kind, add=False))

    # ---- many entries ---------------------------------------------------------------------
    def group(
        self, entry_ids: Sequence[EntryId], *, title: str | None = None,
        group_id: GroupId | None = None,
    ) -> None:
        """Group the entries as one issue: a new group when ``title`` is given, else into
        ``group_id``."""
        if title is None and group_id is None:
            self.sig_failed.emit(ValidationError(
                "group", "give a title for a new issue group or choose an existing one"))
            return
        if entry_ids:
            text = self.tr("Group as one issue") if title else self.tr("Add to issue")
            self._push(GroupCommand(self, text, entry_ids, title, group_id))

    def ungroup(self, entry_ids: Sequence[EntryId]) -> None:
        if entry_ids:
            self._push(GroupCommand(self, self.tr("Ungroup"), entry_ids, None, None))

    def bulk(
        self, rows: Sequence[tuple[EntryId, int]], op: str, value: str | None,
        reason: str | None = None,
    ) -> None:
        """One action on the selected (entry id, version) rows, in one transaction."""
        if rows:
            text = self.tr("Change %n entries", "", len(rows))
            self._push(BulkCommand(self, text, rows, op, value, reason))

    # ---- running commands -----------------------------------------------------------------
    def _push(self, command: TriageCommand) -> None:
        self.undo_stack.push(command)

    def run_command(self, command: TriageCommand, *, undoing: bool) -> None:
        """Called by a command's redo/undo: the work on the write thread, the outcome here."""
        backend, book = self._backend, self._book

        def work() -> Outcome | None:
            services = backend.services()
            if undoing:
                return command.backward(services, book) if command.stored else None
            if command.stored:
                return command.forward(services, book)
            outcome = command.first(services, book)
            command.stored = True
            return outcome

        self._tasks.write(
            work, lambda outcome: self._on_done(outcome),
            lambda exc: self._on_failed(command, undoing, exc),
        )

    def _on_done(self, outcome: Outcome | None) -> None:
        if outcome is None:
            return
        if outcome.changes:
            self._events.notify(outcome.changes, self)
        for view in outcome.views:
            self.sig_changed.emit(view)
        if outcome.bulk is not None:
            self.sig_bulk_done.emit(outcome.bulk)

    def _on_failed(self, command: TriageCommand, undoing: bool, exc: BaseException) -> None:
        """Nothing was written. A conflict or a first try that failed drops the command (its
        history no longer holds); any other failure puts the stack back where it was, so the
        same undo or redo can be tried again."""
        drop = isinstance(exc, ConflictError) or not command.stored
        if shiboken6.isValid(command):  # the stack may have deleted it meanwhile
            stack = self.undo_stack
            at = stack.index() if undoing else stack.index() - 1
            if drop:
                command.setObsolete(True)  # Qt deletes it without calling it once reached
            if stack.command(at) is command:
                command.skip = not drop
                if undoing:
                    stack.redo()
                else:
                    stack.undo()
        if isinstance(exc, ConflictError):
            self.sig_conflict.emit(exc.key, command.wanted(undoing), exc)
        else:
            self.sig_failed.emit(exc)

    def _tag_command(self, entry_id: EntryId, name: str, *, add: bool) -> SideCommand:
        def do(services: Services) -> str | None:
            before = set(services.entries.get(entry_id).tags)
            if add:
                after = set(services.relations.tag(entry_id, name))
                return next(iter(after - before), None)
            after = set(services.relations.untag(entry_id, name))
            return next(iter(before - after), None)

        def undo(services: Services, tag: str) -> None:
            if add:
                services.relations.untag(entry_id, tag)
            else:
                services.relations.tag(entry_id, tag)

        text = self.tr("Add tag") if add else self.tr("Remove tag")
        return SideCommand(
            self, text, "tag" if add else "untag", (entry_id,), {"tag" if add else "untag": name},
            do, undo,
        )

    def _link_command(
        self, source: EntryId, target: EntryId, kind: str, *, add: bool
    ) -> SideCommand:
        def do(services: Services) -> bool | None:
            links = services.relations.links(source)
            had = any((x.source_id, x.target_id, x.kind) == (source, target, kind) for x in links)
            if add:
                services.relations.link(source, target, kind)
                return None if had else True
            services.relations.unlink(source, target, kind)  # NotFound when there is no link
            return True

        def undo(services: Services, _token: bool) -> None:
            if add:
                services.relations.unlink(source, target, kind)
            else:
                services.relations.link(source, target, kind)

        text = self.tr("Link entries") if add else self.tr("Remove link")
        return SideCommand(
            self, text, "link" if add else "unlink", (source, target),
            {"link": (int(target), kind)}, do, undo,
        )
