"""Saving, taking back and correcting entries from the capture desk — as undoable commands,
through the task helper (writes on the one write thread), with a change notice after each."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ...core.dto import EntryView, GroupView
from ...core.errors import DeskError
from ...core.ids import EntryId, EventId, SessionId
from ..backend import Backend
from ..events import Change, DeskEvents
from ..tasks import TaskRunner
from .feed_model import FeedItem, FeedModel
from .state import FormState


@dataclass
class Submission:
    """One Enter: what was typed, where, and (filled on the write thread) what was stored."""

    form: FormState
    event_id: EventId
    session_id: SessionId | None
    recorded_at: datetime
    speaker_id: int | None = None
    entry_id: int | None = None
    view: EntryView | None = None
    group: GroupView | None = None
    voice_error: str | None = None
    state: str = "new"  # new, saving, saved, failed, retracted
    extra: dict[str, Any] = field(default_factory=dict)


class RecordCommand(QUndoCommand):
    def __init__(self, controller: CaptureController, sub: Submission) -> None:
        super().__init__(QCoreApplication.translate("CaptureController", "Record entry"))
        self.controller = controller
        self.sub = sub

    def redo(self) -> None:
        self.controller._save(self.sub)

    def undo(self) -> None:
        self.controller._retract(self.sub)


class EditCommand(QUndoCommand):
    def __init__(
        self, controller: CaptureController, entry_id: EntryId, before: dict[str, Any],
        after: dict[str, Any], version: int,
    ) -> None:
        super().__init__(QCoreApplication.translate("CaptureController", "Correct entry"))
        self.controller = controller
        self.entry_id = entry_id
        self.before, self.after = before, after
        self.version = [version]  # updated on the write thread; read by the next write
        self.applied = False  # the first redo has not been stored yet

    def redo(self) -> None:
        self.controller._edit(self, self.after)

    def undo(self) -> None:
        self.controller._edit(self, self.before)


class CaptureController(QObject):
    sig_saved = Signal(object)
    """A Submission was stored (its ``view`` is set; ``voice_error`` says if grouping failed)."""

    sig_save_failed = Signal(object, object)
    """(Submission, exception): nothing was stored; the form should get the text back."""

    sig_failed = Signal(object)
    """An undo, redo or correction failed (exception)."""

    sig_edited = Signal(object)
    """An entry was corrected (EntryView)."""

    sig_correct_failed = Signal(int, object, object)
    """(entry id, the values the user asked for, exception): a correction was not stored and
    is gone from the undo stack; the user's values are handed back to be shown again."""

    def __init__(
        self, backend: Backend, tasks: TaskRunner, events: DeskEvents, feed: FeedModel,
        undo: QUndoStack, parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._backend = backend
        self._tasks = tasks
        self._events = events
        self._feed = feed
        self.undo_stack = undo

    # ---- public ---------------------------------------------------------------------------
    def record(self, sub: Submission) -> None:
        """Save one entry (undoable). The feed shows it at once as saving."""
        self.undo_stack.push(RecordCommand(self, sub))

    def correct(self, entry_id: EntryId, version: int, before: dict[str, Any], after: dict[str, Any]) -> None:
        changed = {k: v for k, v in after.items() if before.get(k) != v}
        if changed:
            self.undo_stack.push(
                EditCommand(self, entry_id, {k: before[k] for k in changed}, changed, version)
            )

    # ---- commands -------------------------------------------------------------------------
    def _save(self, sub: Submission) -> None:
        form = sub.form
        assert form.kind is not None and form.area is not None
        sub.state = "saving"
        self._feed.add(FeedItem(
            form.uuid, sub.recorded_at, form.kind, form.area, form.speaker_type or "other",
            form.country, form.text, form.sensitive, state="saving",
        ))
        backend = self._backend

        def work() -> Submission:
            services = backend.services()
            entry = form.entry(sub.event_id, sub.session_id, sub.recorded_at, sub.speaker_id)
            view = services.entries.record(entry, None if sub.speaker_id else form.identity())
            sub.entry_id, sub.view = view.id, view
            if form.voice_of is not None:
                try:
                    sub.group = services.groups.add_voice(view.id, EntryId(form.voice_of))
                except DeskError as exc:  # the entry is stored; only the grouping failed
                    sub.voice_error = str(exc)
            return sub

        self._tasks.write(work, self._on_saved, lambda exc: self._on_save_failed(sub, exc))

    def _on_saved(self, sub: Submission) -> None:
        sub.state = "saved"
        assert sub.view is not None
        self._feed.set_state(sub.form.uuid, "saved", sub.view.id, sub.view.version)
        changes = [Change("entry", "record", (sub.view.id,))]
        if sub.group is not None:
            changes.append(Change("group", "voice", (sub.group.id,)))
        self._events.notify(tuple(changes), self)
        self.sig_saved.emit(sub)

    def _on_save_failed(self, sub: Submission, exc: BaseException) -> None:
        sub.state = "failed"
        self._feed.remove(sub.form.uuid)
        top = self.undo_stack.command(self.undo_stack.index() - 1)
        if isinstance(top, RecordCommand) and top.sub is sub:
            top.setObsolete(True)
            self.undo_stack.undo()  # nothing was stored: nothing to undo later
        self.sig_save_failed.emit(sub, exc)

    def _retract(self, sub: Submission) -> None:
        if sub.state in ("failed", "retracted"):
            return
        backend = self._backend

        def work() -> int | None:
            if sub.entry_id is None:  # its save failed (the write thread ran it first)
                return None
            backend.services().entries.retract(EntryId(sub.entry_id))
            return sub.entry_id

        def done(entry_id: int | None) -> None:
            sub.state = "retracted"
            self._feed.remove(sub.form.uuid)
            if entry_id is not None:
                self._events.notify(Change("entry", "retract", (entry_id,)), self)

        self._tasks.write(work, done, self.sig_failed.emit)

    def _edit(self, command: EditCommand, values: dict[str, Any]) -> None:
        backend, entry_id, version = self._backend, command.entry_id, command.version
        first = not command.applied

        def work() -> EntryView:
            view = backend.services().entries.edit(entry_id, version[0], **values)
            version[0] = view.version
            return view

        def done(view: EntryView) -> None:
            command.applied = True
            if self._feed.row_of(view.uuid) >= 0:
                self._feed.update(FeedItem(
                    view.uuid, view.recorded_at, view.kind, view.service_area, view.speaker_type,
                    view.country, view.text, view.sensitive, view.id, view.version,
                ))
            self._events.notify(Change("entry", "edit", (view.id,)), self)
            self.sig_edited.emit(view)

        def failed(exc: BaseException) -> None:
            if not first:
                self.sig_failed.emit(exc)
                return
            command.setObsolete(True)  # nothing was stored: nothing to undo later
            if self.undo_stack.command(self.undo_stack.index() - 1) is command:
                self.undo_stack.undo()  # an obsolete command is dropped, not undone
            self.sig_correct_failed.emit(int(entry_id), dict(values), exc)

        self._tasks.write(work, done, failed)


def now() -> datetime:
    return datetime.now(UTC)
