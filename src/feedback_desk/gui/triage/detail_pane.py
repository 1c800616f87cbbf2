"""The case detail pane of the triage workspace: one entry in full.

The verbatim text (read-only, plain), summary and classification, the lifecycle moves allowed for
its kind and status, assignee, tier, due date and SLA clock, answer, notes, tags, links, its issue
group with similar entries, and its history. Everything is read in one task off the GUI thread;
a load that answers after the user moved on to another entry is dropped. Every change goes
through the ``TriageController`` (undoable); the pane refreshes on change notices for its entry.
Users who cannot triage see everything read-only, with a hint. When somebody else changed the
case meanwhile, the ``ConflictDialog`` shows both sides; what the user typed stays until they
choose.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.dto import EntryView
from ...core.errors import ConflictError, DatabaseUnavailable, NotFound, PermissionDenied
from ..backend import Backend
from ..events import Change, DeskEvents
from ..i18n import Retranslating
from ..messages import describe
from ..tasks import TaskRunner
from .case_box import CaseBox
from .classify_form import ClassifyForm
from .conflict_dialog import DISCARD, REAPPLY, ConflictDialog, reapply
from .detail_labels import field_label, short, status_label, term_label, when_text
from .detail_load import Detail, load_conflict, load_detail
from .group_box import GroupBox
from .history_tab import HistoryTab
from .relations_box import LinksBox, NotesBox, TagsBox

_MESSAGE = "QLabel { background: #fde2e1; color: #7a1712; padding: 4px; }"
_HINT = "QLabel { background: #fff4ce; color: #5c4400; padding: 4px; }"


class DetailPane(Retranslating, QWidget):
    sig_open_entry = Signal(int)
    """The user asked to see another entry (a linked or similar one): the panel shows it."""

    sig_loaded = Signal(object)
    """The pane shows a freshly read entry (a ``Detail``), or nothing (None)."""

    def __init__(
        self, backend: Backend, tasks: TaskRunner, events: DeskEvents, controller: QObject,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.backend, self.tasks, self.events, self.controller = backend, tasks, events, controller
        self._entry_id: int | None = None
        self._detail: Detail | None = None
        self._seq = 0
        self._can_triage = False
        self._denied = False
        self._edit_base: EntryView | None = None  # the version edits began from, on a clash  # the core refused a triage action: stay read-only
        self.load_count = 0  # loads started (for tests and the status bar)
        self.conflict_dialog: ConflictDialog | None = None
        self._build()
        self._connect()
        self.retranslate()
        self._apply(None)

    # ---- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.header = QLabel(self)
        self.header.setObjectName("detailHeader")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setWordWrap(True)
        self.header.setStyleSheet("QLabel { font-weight: bold; }")
        self.badge = QLabel(self)
        self.badge.setStyleSheet("QLabel { background: #7a1712; color: white; padding: 2px 6px; }")
        self.hint = QLabel(self)
        self.hint.setObjectName("detailHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(_HINT)
        self.message = QLabel(self)
        self.message.setObjectName("detailMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_MESSAGE)
        self.text_label = QLabel(self)
        self.text = QPlainTextEdit(self)  # plain text: recorded <b> or <img> show as typed
        self.text.setObjectName("verbatimText")
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(90)
        self.classify = ClassifyForm(self)
        self.case = CaseBox(self)
        case_page = QWidget(self)
        case_layout = QVBoxLayout(case_page)
        case_layout.addWidget(self.text_label)
        case_layout.addWidget(self.text)
        case_layout.addWidget(self.case)
        case_layout.addWidget(self.classify)
        case_layout.addStretch(1)
        for combo in case_page.findChildren(QComboBox):  # long labels must not widen the pane
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(case_page)
        self.notes = NotesBox(self)
        self.tags = TagsBox(self)
        self.links = LinksBox(self)
        side_page = QWidget(self)
        side_layout = QVBoxLayout(side_page)
        side_layout.addWidget(self.notes, 2)
        side_layout.addWidget(self.tags)
        side_layout.addWidget(self.links, 1)
        self.group = GroupBox(self)
        self.history = HistoryTab(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("detailTabs")
        for page in (scroll, side_page, self.group, self.history):
            self.tabs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

    def _connect(self) -> None:
        c = self.controller
        self.classify.sig_save.connect(self._on_save_fields)
        self.case.sig_transition.connect(self._on_transition)
        self.case.sig_assign.connect(lambda name: self._call("assign", name))
        self.case.sig_tier.connect(lambda tier: self._call("set_tier", tier))
        self.case.sig_due.connect(lambda due: self._call("set_due", due))
        self.case.sig_answer.connect(lambda text: self._call("set_answer", text))
        self.notes.sig_add_note.connect(lambda body: self._call("add_note", body))
        self.tags.sig_tag.connect(lambda name: self._call("tag", name))
        self.tags.sig_untag.connect(lambda name: self._call("untag", name))
        self.links.sig_link.connect(lambda target, kind: self._call("link", target, kind))
        self.links.sig_unlink.connect(lambda target, kind: self._call("unlink", target, kind))
        self.links.sig_open_entry.connect(self.sig_open_entry)
        self.group.sig_open_entry.connect(self.sig_open_entry)
        self.group.sig_ungroup.connect(self._on_ungroup)
        self.group.sig_add_voices.connect(self._on_add_voices)
        self.events.sig_data_changed.connect(self._on_data_changed)
        c.sig_changed.connect(self._on_changed)  # type: ignore[attr-defined]
        c.sig_conflict.connect(self._on_conflict)  # type: ignore[attr-defined]
        c.sig_failed.connect(self._on_failed)  # type: ignore[attr-defined]

    # ---- language -------------------------------------------------------------------------
    def retranslate(self) -> None:
        for index, title in enumerate((self.tr("Case"), self.tr("Notes, tags and links"),
                                       self.tr("Issue group"), self.tr("History"))):
            self.tabs.setTabText(index, title)
        self.text_label.setText(self.tr("What was said (verbatim, read-only)"))
        self.hint.setText(self.tr(
            "You can read this case, but only supervisors (or the protection team) can triage "
            "it: the controls are disabled."))
        self.badge.setText(self.tr("Protection case — restricted"))
        self._show_header()

    # ---- loading --------------------------------------------------------------------------
    def entry_id(self) -> int | None:
        return self._entry_id

    def view(self) -> EntryView | None:
        return self._detail.view if self._detail else None

    def detail(self) -> Detail | None:
        return self._detail

    def show_entry(self, entry_id: int | None) -> None:
        """Show ``entry_id`` (None: nothing). Earlier loads still under way are dropped."""
        if entry_id != self._entry_id:
            self._close_conflict()
            self._denied = False  # a refusal is about what was tried on the entry left
        self._entry_id = entry_id
        self._seq += 1
        if entry_id is None:
            self._apply(None)
            return
        if self._detail is not None and self._detail.view.id != entry_id:
            self._apply(None, keep_id=True)  # never show one entry's controls for another
        self.reload()

    @Slot()
    def reload(self) -> None:
        entry_id = self._entry_id
        if entry_id is None:
            return
        self._seq += 1
        seq = self._seq
        self.load_count += 1
        backend = self.backend

        def done(detail: Detail) -> None:
            if seq == self._seq and entry_id == self._entry_id:  # else stale: dropped
                self.message.hide()
                self._apply(detail)

        def failed(exc: BaseException) -> None:
            if seq == self._seq and entry_id == self._entry_id:
                self._show_error(exc, entry_id)

        self.tasks.read(lambda: load_detail(backend.services(), entry_id), done, failed)

    def _show_error(self, exc: BaseException, entry_id: int) -> None:
        if isinstance(exc, NotFound) and exc.what == "entry":
            text = self.tr("Entry #{id} is not there (any more), or not visible to you.").format(
                id=entry_id)
            self._apply(None, keep_id=True)
        else:
            text = describe(exc)
            self._set_editable(False)  # what is shown may be out of date: look, do not touch
        self.message.setText(text)
        self.message.show()

    def _apply(self, detail: Detail | None, *, keep_id: bool = False) -> None:
        before = self._detail.view if self._detail else None
        self._detail = detail
        view = detail.view if detail else None
        if not keep_id and detail is None:
            self._entry_id = None
        if view is None or self.text.toPlainText() != view.text:
            self.text.setPlainText(view.text if view else "")
        clashes = self.classify.set_view(view)
        if view is None or view.id != getattr(self._edit_base, "id", None):
            self._edit_base = None
        if clashes and before is not None and self._edit_base is None:
            # somebody else changed a field this user is editing: their save goes from the
            # version they started on, so it meets the version check and the conflict dialog
            # (never overwriting the other change unseen); other fields just follow
            self._edit_base = before
            self.message.setText(self.tr(
                "Someone else has just changed what you are editing here. Saving will show both "
                "versions; your edits are kept."))
            self.message.show()
        self.case.set_detail(view, detail.clock if detail else None, detail.users if detail else ())
        self.notes.set_notes(detail.notes if detail else ())
        self.tags.set_tags(view.tags if view else ())
        self.links.set_links(view.id if view else None, detail.links if detail else (),
                             detail.link_rows if detail else {})
        self.group.set_group(view, detail.group if detail else None,
                             detail.similar if detail else ())
        self.history.set_records(detail.history if detail else ())
        self._can_triage = bool(detail and detail.can_triage)
        self._set_editable(self._can_triage and not self._denied)
        self._show_header()
        self.tabs.setEnabled(detail is not None)
        if detail is None:
            self.message.hide()
        if not keep_id:  # (a placeholder while the next entry loads is no news)
            self.sig_loaded.emit(detail)

    def _set_editable(self, editable: bool) -> None:
        for part in (self.classify, self.case, self.notes, self.tags, self.links, self.group):
            part.set_editable(editable)
        self.hint.setVisible(self._detail is not None and not (self._can_triage and not self._denied))

    def _show_header(self) -> None:
        view = self.view()
        self.badge.setVisible(bool(view and view.protection))
        if view is None:
            self.header.setText(self.tr("No entry chosen") if self._entry_id is None
                                else self.tr("Loading entry #{id}…").format(id=self._entry_id))
            return
        where = view.event_name + (f" / {view.session_name}" if view.session_name else "")
        self.header.setText(self.tr(
            "#{id} · {kind} · {status} · {area} · {where} · recorded {when} by {who}").format(
            id=view.id, kind=term_label("kind", view.kind), status=status_label(view.status),
            area=term_label("service_area", view.service_area), where=where,
            when=when_text(view.recorded_at), who=view.recorded_by))

    # ---- acting (through the controller) --------------------------------------------------
    def _call(self, method: str, *args: Any) -> None:
        view = self.view()
        if view is not None and self._can_triage and not self._denied:
            self.message.hide()
            getattr(self.controller, method)(view, *args)

    @Slot(object)
    def _on_save_fields(self, changes: Mapping[str, Any]) -> None:
        view = self.view()
        if view is not None and changes and self._can_triage and not self._denied:
            base, self._edit_base = self._edit_base or view, None
            self.controller.edit(base, **changes)  # type: ignore[attr-defined]

    @Slot(str, object)
    def _on_transition(self, status: str, reason: object) -> None:
        view = self.view()
        if view is not None and self._can_triage and not self._denied:
            self.controller.transition(view, status, reason)  # type: ignore[attr-defined]

    @Slot()
    def _on_ungroup(self) -> None:
        view = self.view()
        if view is not None and view.group_id is not None:
            self.controller.ungroup([view.id])  # type: ignore[attr-defined]

    @Slot(object)
    def _on_add_voices(self, ids: Sequence[int]) -> None:
        view = self.view()
        if view is None or not ids:
            return
        if view.group_id is not None:
            self.controller.group(list(ids), group_id=view.group_id)  # type: ignore[attr-defined]
        else:
            title = short(view.summary or view.text, 120)
            self.controller.group([view.id, *ids], title=title)  # type: ignore[attr-defined]

    # ---- notices --------------------------------------------------------------------------
    @Slot(object, object)
    def _on_data_changed(self, changes: tuple[Change, ...], _initiator: object) -> None:
        current, view = self._entry_id, self.view()
        if current is None:
            return
        group = view.group_id if view else None
        for change in changes:
            if (change.entity == "entry" and (not change.ids or current in change.ids)) or (
                    change.entity == "group" and group is not None and group in change.ids):
                self.reload()
                return

    @Slot(object)
    def _on_changed(self, view: object) -> None:
        if isinstance(view, EntryView) and view.id == self._entry_id:
            self.notes.pending = self.tags.pending = ""
            self.reload()

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        if not isinstance(exc, BaseException) or self._entry_id is None:
            return
        if isinstance(exc, PermissionDenied):
            self._denied = True
            self._set_editable(False)
        self.notes.restore_pending()
        self.tags.restore_pending()
        text = describe(exc)
        if isinstance(exc, DatabaseUnavailable):
            text = self.tr("Editing cases needs the server, which cannot be reached now. Your "
                           "changes are still in the form; save again when the connection is "
                           "back.") + "\n" + text
        self.message.setText(text)
        self.message.show()

    # ---- conflicts ------------------------------------------------------------------------
    @Slot(object, object, object)
    def _on_conflict(self, entry_id: object, mine: object, error: object) -> None:
        """Somebody changed the case first: read it as it is now, then show both sides."""
        current = self._entry_id
        if current is None or entry_id != current or not isinstance(error, ConflictError):
            return
        wanted = dict(mine) if isinstance(mine, Mapping) else {}
        before, after_record = self.view(), self.history.last_id()
        backend = self.backend
        self.message.setText(describe(error))
        self.message.show()

        def done(found: tuple[EntryView, tuple[Any, ...]]) -> None:
            if current != self._entry_id:
                return  # the user moved on; their typed values went with the entry they left
            theirs, later = found
            self._close_conflict()
            dialog = ConflictDialog(wanted, theirs, error, self, before=before,
                                    their_changes=later)
            dialog.sig_chosen.connect(lambda choice: self._on_conflict_choice(dialog, choice))
            dialog.finished.connect(lambda _r: self._on_conflict_closed(dialog))
            self.conflict_dialog = dialog
            dialog.open()
            self.reload()  # the pane shows their version under the user's typed values

        self.tasks.read(lambda: load_conflict(backend.services(), current, after_record), done,
                        lambda exc: self._show_error(exc, current))

    def _on_conflict_choice(self, dialog: ConflictDialog, choice: str) -> None:
        if choice == REAPPLY:
            skipped = reapply(self.controller, dialog.theirs, dialog.mine)  # type: ignore[arg-type]
            if skipped:
                self.message.setText(self.tr(
                    "Not re-applied, because the case has moved on meanwhile: {fields}").format(
                    fields=", ".join(field_label(f) for f in skipped)))
                self.message.show()
            else:
                self.message.hide()
        elif choice == DISCARD:
            self.classify.revert()  # what the user typed goes only now, as they chose
            self.case.revert_answer()
            self.message.hide()
            self.reload()

    def _on_conflict_closed(self, dialog: ConflictDialog) -> None:
        if dialog.choice() is None and dialog is self.conflict_dialog:
            self.message.setText(self.tr(
                "Nothing was saved; your changes are still in the form. Save again to apply "
                "them on top of the other change."))
            self.message.show()
        if dialog is self.conflict_dialog:
            self.conflict_dialog = None
        dialog.deleteLater()

    def _close_conflict(self) -> None:
        dialog, self.conflict_dialog = self.conflict_dialog, None
        if dialog is not None:
            dialog.reject()
