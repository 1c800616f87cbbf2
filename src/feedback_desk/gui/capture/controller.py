"""Saving, taking back and correcting entries from the capture desk — as undoable commands,
through the task helper (writes on the one write thread), with a change notice after each.

With an outbox (``core.outbox``), a save that fails because the server cannot be reached is
kept on this computer instead: the form clears as for a save, the feed shows the entry as
"waiting to be sent", and a timer sends what waits (in the background) until none is left.
While the server is known to be unreachable, new entries go to the outbox at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ...core.dto import EntryView, GroupView
from ...core.errors import DatabaseUnavailable, DeskError
from ...core.ids import EntryId, EventId, SessionId
from ..backend import Backend
from ..events import Change, DeskEvents
from ..tasks import TaskRunner
from .feed_model import FeedItem, FeedModel
from .state import FormState

if TYPE_CHECKING:
    from ...core.outbox import FlushResult, Outbox, OutboxItem

RETRY_MS = 5000  # the outbox is tried this often while something waits
# The feed's label for a kept entry (until feed_model.STATES has it: ask the lead to move it).


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
    state: str = "new"  # new, saving, saved, queued (in the outbox), failed, retracted
    queued: bool = False  # set on the write thread: kept in the outbox, not (yet) stored
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

    sig_queued = Signal(object)
    """A Submission could not reach the server and is kept in the outbox (nothing is lost)."""

    sig_outbox_changed = Signal(int, str, str)
    """(entries waiting, state, detail): state is "offline" (the server cannot be reached),
    "sending", "refused" (the server turned some down; detail says why) or "idle"."""

    def __init__(
        self, backend: Backend, tasks: TaskRunner, events: DeskEvents, feed: FeedModel,
        undo: QUndoStack, parent: QObject | None = None, *, outbox: Outbox | None = None,
    ) -> None:
        super().__init__(parent)
        self._backend = backend
        self._tasks = tasks
        self._events = events
        self._feed = feed
        self.undo_stack = undo
        self.outbox = outbox
        self._queued: dict[str, Submission] = {}  # uuid → a kept entry of this session
        self._flushing = False
        self._offline = False  # the last try found the server unreachable
        self._waiting = 0
        self._retry = QTimer(self, interval=RETRY_MS)
        self._retry.timeout.connect(self.flush_outbox)
        if outbox is not None:
            QTimer.singleShot(0, self.resume_outbox)

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
        backend, outbox = self._backend, self.outbox
        # Known to be offline: straight to the outbox (no connect timeout per entry); the
        # retry timer finds out when the server is back.
        offline = self._offline and outbox is not None

        def work() -> Submission:
            services = backend.services()
            entry = form.entry(sub.event_id, sub.session_id, sub.recorded_at, sub.speaker_id)
            identity = None if sub.speaker_id else form.identity()
            try:
                if offline:
                    raise DatabaseUnavailable("the server could not be reached a moment ago")
                view = services.entries.record(entry, identity)
            except DatabaseUnavailable as exc:
                if outbox is None:
                    raise
                outbox.put(entry, identity, voice_of=form.voice_of, reason=str(exc))
                sub.queued, sub.extra["waiting"] = True, outbox.pending_count()
                sub.extra["reason"] = None if offline else exc
                return sub
            sub.entry_id, sub.view = view.id, view
            if form.voice_of is not None:
                try:
                    sub.group = services.groups.add_voice(view.id, EntryId(form.voice_of))
                except DeskError as exc:  # the entry is stored; only the grouping failed
                    sub.voice_error = str(exc)
            return sub

        self._tasks.write(work, self._on_saved, lambda exc: self._on_save_failed(sub, exc))

    def _on_saved(self, sub: Submission) -> None:
        if sub.queued:
            self._on_queued(sub)
            return
        sub.state = "saved"
        assert sub.view is not None
        self._feed.set_state(sub.form.uuid, "saved", sub.view.id, sub.view.version)
        changes = [Change("entry", "record", (sub.view.id,))]
        if sub.group is not None:
            changes.append(Change("group", "voice", (sub.group.id,)))
        self._events.notify(tuple(changes), self)
        self.sig_saved.emit(sub)
        self._offline = False
        if self._waiting:
            self.flush_outbox()  # the server answers again: send what waits at once

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

        outbox = self.outbox

        def work() -> int | None:
            if sub.queued and sub.entry_id is None and outbox is not None:
                if outbox.discard(sub.form.uuid):
                    sub.extra["waiting"] = outbox.pending_count()
                    return None  # taken back before it was sent: never sent
                from ...core.outbox import stored_entry_ids  # sent meanwhile: take it back

                found = stored_entry_ids(backend.services(), [sub.form.uuid])
                sub.entry_id = found.get(sub.form.uuid)
            if sub.entry_id is None:  # its save failed (the write thread ran it first)
                return None
            backend.services().entries.retract(EntryId(sub.entry_id))
            return sub.entry_id

        def done(entry_id: int | None) -> None:
            sub.state = "retracted"
            self._feed.remove(sub.form.uuid)
            if self._queued.pop(sub.form.uuid, None) is not None and entry_id is None:
                self._set_waiting(int(sub.extra.get("waiting", self._waiting - 1)), "offline")
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

    # ---- the outbox -----------------------------------------------------------------------
    def _on_queued(self, sub: Submission) -> None:
        sub.state = "queued"
        self._offline = True
        self._queued[sub.form.uuid] = sub
        self._feed.set_state(sub.form.uuid, "waiting")
        reason = sub.extra.get("reason")
        if isinstance(reason, BaseException):
            from ..messages import describe

            self._events.sig_connection_changed.emit(False, describe(reason))
        self._set_waiting(int(sub.extra.get("waiting", self._waiting + 1)), "offline")
        self.sig_queued.emit(sub)

    def _set_waiting(self, count: int, state: str, detail: str = "") -> None:
        self._waiting = max(count, 0)
        if self._waiting and not self._retry.isActive():
            self._retry.start()
        elif not self._waiting:
            self._retry.stop()
        self.sig_outbox_changed.emit(self._waiting, state if self._waiting else "idle", detail)

    @property
    def offline(self) -> bool:
        """The last try found the server unreachable: new entries go to the outbox at once."""
        return self._offline

    @property
    def waiting(self) -> int:
        """Entries kept in the outbox, as last counted."""
        return self._waiting

    def resume_outbox(self) -> None:
        """At start: entries kept when the desk last ran show in the feed as waiting, and the
        timer starts sending them (a local file read, in the read pool)."""
        outbox = self.outbox
        if outbox is None:
            return

        def done(items: tuple[OutboxItem, ...]) -> None:
            for item in reversed(items):  # the feed is newest first
                e = item.entry
                if e.recorded_at is not None and self._feed.row_of(item.uuid) < 0:
                    self._feed.add(FeedItem(
                        item.uuid, e.recorded_at, e.kind, e.service_area, e.speaker_type,
                        e.country, e.text, e.sensitive, state="waiting"))
            self._set_waiting(len(items), "offline" if items else "idle")

        self._tasks.read(outbox.pending, done, lambda exc: self.sig_failed.emit(exc))

    def flush_outbox(self) -> None:
        """Send what waits (in the background; the timer calls it while something waits)."""
        outbox, backend = self.outbox, self._backend
        if outbox is None or self._flushing or not backend.ready:
            return
        self._flushing = True
        self.sig_outbox_changed.emit(self._waiting, "sending", "")
        # Not on the write thread: a server that does not answer (a connect timeout) must not
        # hold up the saves behind it. Exactly once still holds (by UUID; ``Outbox.discard``
        # waits for a flush under way).
        self._tasks.background(lambda: outbox.flush(backend.services()), self._on_flushed,
                               self._on_flush_failed)

    def _on_flushed(self, result: FlushResult) -> None:
        self._flushing = False
        self._offline = result.offline
        for uuid, entry_id in result.stored:
            sub = self._queued.pop(uuid, None)
            if sub is not None:
                sub.state, sub.entry_id = "saved", entry_id
            self._feed.set_state(uuid, "saved", entry_id, 1)
        if result.stored:
            self._events.notify(Change("entry", "record", result.sent_ids), self)
            self._events.sig_connection_changed.emit(True, "")
        if result.offline:
            state, detail = "offline", ""
        elif result.failed:
            state, detail = "refused", "\n".join(result.errors)
        else:
            state, detail = "idle", ""
        self._set_waiting(result.remaining, state, detail)

    def _on_flush_failed(self, exc: BaseException) -> None:
        self._flushing = False
        self._set_waiting(self._waiting, "offline", str(exc))


def now() -> datetime:
    return datetime.now(UTC)
