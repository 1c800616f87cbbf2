"""Similar earlier entries of the event, looked up while the recorder types (full text,
Indonesian stems), and the choice of one of them for the new entry to be another voice of.

A lookup runs off the GUI thread a moment after the typing stops; an older lookup answering
after a newer one is dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from ...core.dto import SimilarEntry
from ...core.ids import EventId
from ..backend import Backend
from ..i18n import Retranslating
from ..tasks import TaskRunner
from .similar_model import SimilarModel

LOOKUP_DELAY_MS = 250
MIN_CHARACTERS = 4


class SimilarPane(Retranslating, QWidget):
    sig_picked = Signal(object)
    """An entry id the new entry is to be another voice of (None: of none)."""

    sig_none_left = Signal()
    """F8 was pressed with no similar entry to choose."""

    def __init__(
        self, backend: Backend, tasks: TaskRunner, text: Callable[[], str],
        event_id: Callable[[], int | None], parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._backend, self._tasks, self._text, self._event_id = backend, tasks, text, event_id
        self._seq = 0
        self.model = SimilarModel(self)
        self.label = QLabel(self)
        self.list = QListView(self)
        self.list.setObjectName("similarList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # the keyboard stays in the form
        self.label.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.list, 1)
        self._timer = QTimer(self, singleShot=True, interval=LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self.look_up)
        self.list.doubleClicked.connect(self._on_double_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Similar earlier entries (F8: the new entry is another voice of one)"))
        self.model.relabel()

    def typed(self) -> None:
        """The text changed: look up again once typing pauses."""
        self._timer.start()

    def clear(self) -> None:
        self._seq += 1  # a lookup still under way is stale now
        self.model.set_rows(())

    @Slot()
    def look_up(self) -> None:
        text, event_id = self._text(), self._event_id()
        self._seq += 1
        seq = self._seq
        if event_id is None or len(text.strip()) < MIN_CHARACTERS or not self._backend.ready:
            self.model.set_rows(())
            return

        def done(rows: tuple[SimilarEntry, ...]) -> None:
            if seq == self._seq:  # an older lookup answering late is dropped
                self.model.set_rows(rows)

        self._tasks.read(
            lambda: self._backend.services().search.similar(text, EventId(event_id), limit=5), done,
            lambda _exc: None,  # no suggestions is never an error for the recorder
        )

    def pick_next(self, current: int | None) -> None:
        """F8: the similar entry after ``current`` (the first one, then round)."""
        ids = [int(r.row.id) for r in self.model.rows()]
        if not ids:
            self.sig_none_left.emit()
            return
        following = ids[(ids.index(current) + 1) % len(ids)] if current in ids else ids[0]
        self.list.setCurrentIndex(self.model.index(ids.index(following), 0))
        self.sig_picked.emit(following)

    @Slot(QModelIndex)
    def _on_double_clicked(self, index: QModelIndex) -> None:
        found = self.model.data(index, Qt.ItemDataRole.UserRole)
        if found is not None:
            self.sig_picked.emit(int(found.row.id))
