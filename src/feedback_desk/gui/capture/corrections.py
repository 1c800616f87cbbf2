"""Reopening a saved entry from the live feed to correct it.

The entry is read as stored now (off the GUI thread) and shown in ``CorrectDialog``; the change
goes through the controller as an undoable command. A correction that is not stored (someone
changed the entry meanwhile, the database went away) is not lost: the dialog opens again with
the user's values and says what happened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from ...core.errors import NotFound
from ...core.ids import EntryId
from ..backend import Backend
from ..messages import describe
from ..tasks import TaskRunner
from .controller import CaptureController
from .feed_model import FeedModel


class Corrections(QObject):
    sig_message = Signal(str, bool)
    """(text, is_error): something to tell the recorder."""

    def __init__(
        self, backend: Backend, tasks: TaskRunner, controller: CaptureController, feed: FeedModel,
        dialog_parent: QWidget, after: Callable[[], None],
    ) -> None:
        super().__init__(dialog_parent)
        self._backend, self._tasks, self._controller = backend, tasks, controller
        self._feed, self._parent, self._after = feed, dialog_parent, after
        controller.sig_correct_failed.connect(self._on_failed)

    def correct_row(self, row: int) -> None:
        """Correct the entry on this row of the feed."""
        if not 0 <= row < self._feed.rowCount():
            return
        item = self._feed.item(row)
        if item.entry_id is None:
            if item.state == "waiting":
                self.sig_message.emit(self.tr(
                    "This entry is waiting to be sent; correct it when the server is back (or "
                    "undo it with Ctrl+Z)."), False)
            else:
                self.sig_message.emit(
                    self.tr("This entry is still being saved; try again in a moment."), False)
            return
        self.open(item.entry_id)

    def open(self, entry_id: int, wanted: dict[str, Any] | None = None, problem: str = "") -> None:
        """Read the entry as stored now and open it for correction (``wanted``: values the
        user asked for before, when that correction was not stored; ``problem``: why)."""
        from .correct_dialog import CorrectDialog

        def opened(view: Any) -> None:
            dialog = CorrectDialog(view, self._parent, wanted=wanted, problem=problem)
            if dialog.exec() == CorrectDialog.DialogCode.Accepted:
                self._controller.correct(view.id, view.version, dialog.before(), dialog.after())
            self._after()

        self._tasks.read(lambda: self._backend.services().entries.get(EntryId(entry_id)), opened,
                         lambda exc: self.sig_message.emit(describe(exc), True))

    @Slot(int, object, object)
    def _on_failed(self, entry_id: int, wanted: dict[str, Any], exc: BaseException) -> None:
        problem = self.tr("Not corrected: {reason} Your changes are below; save them again or cancel.").format(
            reason=describe(exc))
        self.sig_message.emit(problem, True)
        if not isinstance(exc, NotFound):  # an entry taken back meanwhile has nothing to correct
            self.open(entry_id, wanted, problem)
