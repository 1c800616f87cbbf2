"""The capture panel: session bar, form, similar entries, live feed — and what ties them.

Saving never waits: Enter puts the entry in the feed at once (as saving), clears the form and
keeps the sticky context; the commit happens on the write thread. If it fails, the text comes
back into the form with a message, and the draft on disk keeps it all along.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.drafts import Draft, DraftStore
from ...core.dto import EntryQuery, PageRequest
from ...core.ids import EventId, SessionId
from .. import settings as S
from ..backend import Backend
from ..events import Change, DeskEvents
from ..i18n import Retranslating
from ..messages import describe
from ..outbox_banner import OutboxBanner
from ..settings import Settings
from ..tasks import TaskRunner
from .controller import CaptureController, Submission, now
from .corrections import Corrections
from .draft_keeper import DraftKeeper
from .form import CaptureForm, mnemonic
from .recovery_bar import RecoveryBar, kept_forms
from .session_bar import SessionBar
from .similar_pane import SimilarPane
from .state import IDENTITY_FIELDS, FormState

FEED_WIDTHS = (80, 130, 110, 230, 120)  # time, kind, area, speaker, country; the text stretches


class CapturePanel(Retranslating, QWidget):
    sig_status = Signal(str)
    """A short message for the status bar."""

    def __init__(
        self, backend: Backend, tasks: TaskRunner, events: DeskEvents, settings: Settings,
        controller: CaptureController, drafts: DraftStore, parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._backend, self._tasks, self._events = backend, tasks, events
        self._settings, self.controller = settings, controller
        self.feed_model = controller._feed
        self._pending: dict[str, Submission] = {}
        self._tally_reads = 0  # counts of reload_tally: a stale session's count never shows
        self._feed_seq = 0
        self._last_speaker: tuple[tuple[Any, ...], int] | None = None
        self._build()
        self.corrections = Corrections(backend, tasks, controller, self.feed_model, self, self.focus_text)
        self.draft_keeper = DraftKeeper(
            drafts, self._draft_snapshot, delay_ms=settings.get(S.DRAFT_DELAY_MS), parent=self
        )
        self._connect()
        self.retranslate()

    # ---- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.bar = SessionBar(self)
        self.message = QLabel(self)
        self.message.setObjectName("captureMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        self.outbox_banner = OutboxBanner(self)
        self.recovery = RecoveryBar(self)
        self.recovery_text = self.recovery.text
        self.form = CaptureForm(self)
        self.similar_pane = SimilarPane(
            self._backend, self._tasks, self.form.text.toPlainText, self.bar.event_id, self)
        self.similar_model, self.similar = self.similar_pane.model, self.similar_pane.list
        self.top_split = QSplitter(Qt.Orientation.Horizontal, self)
        self.top_split.setObjectName("captureSideSplitter")
        self.top_split.addWidget(self.form)
        self.top_split.addWidget(self.similar_pane)
        self.top_split.setStretchFactor(0, 3)
        self.top_split.setStretchFactor(1, 2)
        self.feed_label = QLabel(self)
        self.find_box = QLineEdit(self)
        self.find_box.setObjectName("findBox")
        self.find_box.setClearButtonEnabled(True)
        self.feed = QTableView(self)
        self.feed.setObjectName("liveFeed")
        self.feed.setModel(self.feed_model)
        self.feed.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.feed.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.feed.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.feed.verticalHeader().hide()
        self.feed.setWordWrap(False)
        header = self.feed.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(FEED_WIDTHS):  # until the user's own widths are restored
            header.resizeSection(column, width)
        self.feed_label.setBuddy(self.feed)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.feed_label)
        head.addStretch(1)
        head.addWidget(self.find_box, 1)
        bottom_layout.addLayout(head)
        bottom_layout.addWidget(self.feed, 1)
        self.split = QSplitter(Qt.Orientation.Vertical, self)
        self.split.setObjectName("captureSplitter")
        self.split.addWidget(self.top_split)
        self.split.addWidget(bottom)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.outbox_banner)
        layout.addWidget(self.recovery)
        layout.addWidget(self.message)
        layout.addWidget(self.split, 1)
        self._message_timer = QTimer(self, singleShot=True, interval=15000)
        self._feed_timer = QTimer(self, singleShot=True, interval=250)
        self.voice_next = QShortcut(QKeySequence(Qt.Key.Key_F8), self)
        self.voice_none = QShortcut(QKeySequence("Shift+F8"), self)
        self.correct_key = QShortcut(QKeySequence(Qt.Key.Key_F2), self)

    def _connect(self) -> None:
        self.form.sig_submit.connect(self.submit)
        self.form.sig_changed.connect(self.draft_keeper.touch)
        self.form.sig_text_changed.connect(lambda _t: self.similar_pane.typed())
        self._message_timer.timeout.connect(self.message.hide)
        self.controller.sig_saved.connect(self._on_saved)
        self.controller.sig_save_failed.connect(self._on_save_failed)
        self.controller.sig_queued.connect(self._on_queued)
        self.controller.sig_outbox_changed.connect(self.outbox_banner.set_state)
        self.outbox_banner.sig_send_now.connect(self.controller.flush_outbox)
        self.controller.sig_failed.connect(lambda exc: self.show_message(describe(exc), error=True))
        self.corrections.sig_message.connect(lambda text, error: self.show_message(text, error=error))
        self.draft_keeper.sig_failed.connect(self._on_draft_failed)
        self.bar.sig_session_changed.connect(self._on_session_changed)
        self._events.sig_data_changed.connect(self._on_data_changed)
        self.voice_next.activated.connect(lambda: self.similar_pane.pick_next(self.form.voice_of()))
        self.similar_pane.sig_picked.connect(self.form.set_voice_of)
        self.similar_pane.sig_none_left.connect(
            lambda: self.show_message(self.tr("No similar entry to add this voice to.")))
        self.voice_none.activated.connect(lambda: self.form.set_voice_of(None))
        self.correct_key.activated.connect(self.correct_selected)
        self.feed.doubleClicked.connect(lambda index: self.corrections.correct_row(index.row()))
        self.recovery.sig_restore.connect(self.restore_draft)
        self.recovery.sig_discard.connect(self.draft_keeper.save_now)
        self.find_box.textChanged.connect(lambda _t: self._feed_timer.start())
        self._feed_timer.timeout.connect(self.reload_feed)

    def retranslate(self) -> None:
        self.feed_label.setText(self.tr("Live feed (F2 or double-click corrects an entry)"))
        self.find_box.setPlaceholderText(self.tr("Find in this event (Ctrl+F)"))
        self.find_box.setAccessibleName(self.tr("Find in this event"))
        self.feed_model.relabel()

    # ---- start and session ------------------------------------------------------------------
    def start(self) -> None:
        """The database is open: load events, pick up where the recorder left off."""
        self._tasks.read(lambda: self._backend.services().catalog.events(), self._on_events)

    def _on_events(self, events: Any) -> None:
        self.bar.set_events(events, self._settings.get(S.LAST_EVENT))
        event_id = self.bar.event_id()
        if event_id is not None:
            self._load_sessions(event_id, self._settings.get(S.LAST_SESSION))

    def _load_sessions(self, event_id: int, current: int | None) -> None:
        def done(sessions: Any) -> None:
            self.bar.set_sessions(sessions, current)
            self._session_ready()

        self._tasks.read(lambda: self._backend.services().catalog.sessions(EventId(event_id)), done)

    @Slot(object, object)
    def _on_session_changed(self, event_id: int | None, session_id: int | None) -> None:
        if event_id is None:
            return
        if session_id is None and self.bar.sessions.count() and self._settings.get(S.LAST_EVENT) != event_id:
            self._settings.set(S.LAST_EVENT, event_id)
            self._load_sessions(event_id, None)
            return
        self._session_ready()

    def _session_ready(self) -> None:
        event_id, session_id = self.bar.event_id(), self.bar.session_id()
        self._settings.set(S.LAST_EVENT, event_id or 0)
        self._settings.set(S.LAST_SESSION, session_id or 0)
        self.reload_tally()
        self.reload_feed()

    def reload_tally(self) -> None:
        self._tally_reads += 1  # only the latest read may show: reads can finish out of order
        ticket = self._tally_reads
        session_id = self.bar.session_id()
        if session_id is None:
            self.bar.set_tally(())
            return
        mark = self.bar.tally_generation()

        def done(tally: Any) -> None:
            if ticket != self._tally_reads:
                return  # a later read is on its way (another session picked meanwhile): it shows
            if self._pending and self.bar.session_id() == session_id:
                # saves counted here are still on their way to the database: the count read
                # now lacks them; read again once they are stored instead of showing fewer
                QTimer.singleShot(200, self.reload_tally)
                return
            if not self.bar.set_tally(tally, mark) and self.bar.session_id() == session_id:
                self.reload_tally()  # a save was counted while reading: read again, not keep old

        self._tasks.read(
            lambda: self._backend.services().stats.session_tally(SessionId(session_id)), done)

    @Slot()
    def reload_feed(self) -> None:
        event_id, session_id = self.bar.event_id(), self.bar.session_id()
        if event_id is None:
            return
        text = self.find_box.text().strip()
        query = EntryQuery(
            text=text, event_ids=(EventId(event_id),),
            session_ids=(SessionId(session_id),) if session_id and not text else (),
        )
        self._feed_seq += 1
        seq, mark = self._feed_seq, self.feed_model.generation()

        def done(page: Any) -> None:
            if seq == self._feed_seq:
                self.feed_model.replace_all(page.rows, mark)

        self._tasks.read(lambda: self._backend.services().search.search(query, PageRequest(limit=200)), done,
                         lambda exc: self.show_message(describe(exc), error=True))

    @Slot(object, object)
    def _on_data_changed(self, changes: tuple[Change, ...], initiator: object) -> None:
        if initiator is self.controller:
            return  # the feed and counters already show our own saves
        if any(c.entity in ("entry", "event", "session") for c in changes):
            if any(c.entity in ("event", "session") for c in changes):
                self._tasks.read(lambda: self._backend.services().catalog.events(), self._on_events)
            else:
                self.reload_tally()
                self.reload_feed()

    # ---- saving ---------------------------------------------------------------------------
    @Slot()
    def submit(self) -> None:
        state = self.form.state()
        missing = state.missing()
        if missing:
            self.form.mark_missing(missing)
            names = {"text": self.tr("what was said"), "kind": self.tr("the kind (Alt+C, Alt+U, Alt+Q, Alt+P, Alt+M)"),
                     "area": self.tr("the service area (Alt+D, Alt+O, Alt+I)")}
            self.show_message(self.tr("Not saved yet — please give {fields}.").format(
                fields=", ".join(names[m] for m in missing)), error=True)
            return
        event_id = self.bar.event_id()
        if event_id is None:
            self.show_message(self.tr("Create an event first (File → New event…)."), error=True)
            return
        same = self.form.same_speaker.isChecked()
        speaker_id = None
        identity_key = (state.consent, *(getattr(state, f) for f in IDENTITY_FIELDS))
        if same and self._last_speaker is not None and self._last_speaker[0] == identity_key and state.consent:
            speaker_id = self._last_speaker[1]
        sub = Submission(state, EventId(event_id), SessionId(s) if (s := self.bar.session_id()) else None,
                         now(), speaker_id=speaker_id)
        sub.extra["identity_key"] = identity_key
        self._pending[state.uuid] = sub
        self.controller.record(sub)
        self.bar.count(state.area or "", state.kind or "")
        self.form.clear_for_next(same)
        self.similar_pane.clear()
        self.draft_keeper.save_now()  # the submission stays on disk until its commit
        self.feed.scrollToTop()
        self.form.text.setFocus()  # the next entry starts here

    @Slot(object)
    def _on_saved(self, sub: Submission) -> None:
        self._pending.pop(sub.form.uuid, None)
        if not self._pending:
            self.reload_tally()  # the counters from the database, now that every save is in
        if sub.view is not None and sub.view.speaker_id is not None:
            self._last_speaker = (sub.extra.get("identity_key", ()), int(sub.view.speaker_id))
        if sub.voice_error:
            self.show_message(self.tr("Saved, but not grouped: {reason}").format(reason=sub.voice_error), error=True)
        else:
            self.sig_status.emit(self.tr("Saved entry #{id}").format(id=sub.entry_id))
        self.draft_keeper.save_now()

    @Slot(object)
    def _on_queued(self, sub: Submission) -> None:
        """The server is gone: the entry waits in the outbox on disk (the banner says so)."""
        self._pending.pop(sub.form.uuid, None)
        self.sig_status.emit(self.tr("Kept on this computer; it is sent when the server is back."))
        self.draft_keeper.save_now()

    @Slot(object, object)
    def _on_save_failed(self, sub: Submission, exc: BaseException) -> None:
        self._pending.pop(sub.form.uuid, None)
        self.bar.count(sub.form.area or "", sub.form.kind or "", -1)
        current = self.form.state()
        restored = sub.form
        if current.text.strip():  # typed on meanwhile: keep both, the failed text first
            restored = replace(sub.form, text=f"{sub.form.text}\n{current.text}")
        self.form.set_state(restored)
        self.form.text.setFocus()
        self.show_message(
            self.tr("Not saved: {reason} Your text is back in the field and kept on disk.")
            .format(reason=describe(exc)), error=True,
        )
        self.draft_keeper.save_now()

    def show_message(self, text: str, *, error: bool = False) -> None:
        color = "#fde2e1; color: #7a1712" if error else "#e6f4ea; color: #0d5224"
        self.message.setStyleSheet(f"QLabel {{ background: {color}; padding: 6px; }}")
        self.message.setText(text)
        self.message.show()
        self._message_timer.start()
        self.sig_status.emit(text)

    # ---- drafts ---------------------------------------------------------------------------
    def _draft_snapshot(self) -> Draft | None:
        """What goes to disk: the half-typed entry, the entries whose save is under way, and a
        draft still on offer from the last start (typing on without restoring it keeps it)."""
        state = self.form.state()
        pending = [
            {"form": s.form.to_dict(), "event_id": s.event_id, "session_id": s.session_id,
             "recorded_at": s.recorded_at.isoformat()}
            for s in self._pending.values()
        ]
        earlier: list[dict[str, Any]] = []
        offered = self.recovery.draft
        if offered is not None:
            pending += list(offered.fields.get("pending") or [])
            earlier = kept_forms(offered)
        if not state.text.strip() and not pending and not earlier:
            return None
        return Draft(state.text, {"form": state.to_dict(), "pending": pending, "earlier": earlier,
                                  "event_id": self.bar.event_id(), "session_id": self.bar.session_id()})

    def offer_draft(self) -> None:
        """At start, before the database is open (it may not open at all): a draft kept when
        the desk last closed is offered back. A small file read."""
        draft = self.draft_keeper.store.load()
        if draft is not None:
            self.recovery.offer(draft)

    @Slot(object)
    def restore_draft(self, draft: Draft) -> None:
        """Put a kept draft back: entries Enter was pressed for are saved (the same UUID: one
        that was stored before the crash is not stored twice); the half-typed text returns to
        the form, before anything typed since."""
        for p in draft.fields.get("pending") or []:
            try:
                form = FormState.from_dict(p["form"])
                if form.missing():
                    continue
                sub = Submission(form, EventId(int(p["event_id"])),
                                 SessionId(int(p["session_id"])) if p.get("session_id") else None,
                                 datetime.fromisoformat(p["recorded_at"]))
            except (KeyError, TypeError, ValueError):
                continue
            self._pending[form.uuid] = sub
            self.controller.record(sub)
        forms: list[FormState] = []
        for data in kept_forms(draft):
            try:
                forms.append(FormState.from_dict(data))
            except (TypeError, ValueError):
                forms.append(FormState(text=str(data.get("text", ""))))
        current = self.form.state()
        texts = [f.text for f in forms] + ([current.text] if current.text.strip() else [])
        if forms:
            base = current if current.text.strip() else forms[0]
            self.form.set_state(replace(base, text="\n".join(texts)))
        self.form.text.setFocus()
        self.draft_keeper.save_now()

    @Slot(str)
    def _on_draft_failed(self, reason: str) -> None:
        self.show_message(self.tr("The draft could not be written to disk ({reason}); keep this window open.")
                          .format(reason=reason), error=True)

    # ---- corrections ----------------------------------------------------------------------
    @Slot()
    def correct_selected(self) -> None:
        rows = self.feed.selectionModel().selectedRows()
        self.corrections.correct_row(rows[0].row() if rows else 0)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.feed.hasFocus():
                self.correct_selected()
            else:
                self.submit()  # Enter from any field of the form saves
            return
        if e.key() == Qt.Key.Key_Escape and self.find_box.hasFocus():
            self.find_box.clear()
            self.form.text.setFocus()
            return
        super().keyPressEvent(e)

    # ---- state ----------------------------------------------------------------------------
    def restore_layout(self) -> None:
        for setting, splitter in ((S.CAPTURE_SPLITTER, self.split), (S.CAPTURE_SIDE_SPLITTER, self.top_split)):
            value = self._settings.get(setting)
            if not value.isEmpty():
                splitter.restoreState(value)
        header = self._settings.get(S.FEED_HEADER)
        if not header.isEmpty():
            self.feed.horizontalHeader().restoreState(header)
        self.form.same_speaker.setChecked(self._settings.get(S.SAME_SPEAKER))

    def save_layout(self) -> None:
        self._settings.set(S.CAPTURE_SPLITTER, self.split.saveState())
        self._settings.set(S.CAPTURE_SIDE_SPLITTER, self.top_split.saveState())
        self._settings.set(S.FEED_HEADER, self.feed.horizontalHeader().saveState())
        self._settings.set(S.SAME_SPEAKER, self.form.same_speaker.isChecked())

    def alt_letters(self) -> dict[str, str]:
        """The Alt+letters of the form and of the draft bar, as their labels say now."""
        return {**self.form.alt_letters(), "restore": mnemonic(self.recovery.restore_button.text())}

    def focus_text(self) -> None:
        self.form.text.setFocus()

    def focus_find(self) -> None:
        self.find_box.setFocus()
        self.find_box.selectAll()

    def focus_session(self) -> None:
        self.bar.sessions.setFocus()
        self.bar.sessions.showPopup()
