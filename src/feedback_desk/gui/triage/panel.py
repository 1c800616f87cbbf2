"""The triage workspace: saved views, search, facets, the list over every entry, the case
detail — and the bulk actions on a selection.

The panel wires its parts; each part does one thing. The list model fetches; the facet panel
holds the ticks; the detail pane shows one case; the controller writes (undoably). Counts for
the facets are asked for after the first page is on screen, one facet at a time on the
background lane, so typing a search never waits for them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import time as dtime
from typing import Any, Protocol

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...core.dto import EntryQuery
from .. import settings as S
from ..backend import Backend
from ..events import Change, DeskEvents
from ..i18n import Retranslating
from ..messages import describe
from ..settings import Settings
from ..tasks import TaskRunner
from . import columns as C
from .bulk_dialogs import ChoiceDialog, GroupDialog, StatusDialog, TagDialog
from .facets import FacetPanel
from .list_model import TriageModel
from .pinned_filter import PinnedFilter

SEARCH_DELAY_MS = 250
REFRESH_DELAY_MS = 300  # changes arrive in bursts (capture, other desks): refresh at most this often
FACET_ORDER = ("kind", "area", "status", "assignee", "event", "session", "deadline", "sensitive",
               "tier", "programme", "phase", "speaker_type", "country", "topic")
TIERS = ("S0", "S1", "S2", "S3", "S4", "SUG")


class Controller(Protocol):
    def bulk(self, rows: Sequence[tuple[int, int]], op: str, value: object,
             reason: str | None = None) -> None: ...
    def group(self, entry_ids: Sequence[int], *, title: str | None = None,
              group_id: int | None = None) -> None: ...
    def ungroup(self, entry_ids: Sequence[int]) -> None: ...


class TriagePanel(Retranslating, QWidget):
    sig_status = Signal(str)
    """A short message for the status bar."""

    def __init__(
        self, backend: Backend, tasks: TaskRunner, events: DeskEvents, settings: Settings,
        controller: Any, detail: QWidget, views_bar: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("triagePanel")
        self._backend, self._tasks, self._events = backend, tasks, events
        self._settings, self.controller = settings, controller
        self.detail = detail
        self.views_bar = views_bar
        self.model = TriageModel(backend, tasks, self)
        self.facets = FacetPanel(self)
        self.search = QLineEdit(self)
        self.search.setObjectName("triageSearch")
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.clear_button = QPushButton(self)
        self.pinned_filter = PinnedFilter(self)
        self.table = QTableView(self)
        self.table.setObjectName("triageList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.table.horizontalHeader()
        # the indicator first: enabling sorting sorts by it at once (the model's own order: no query)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._default_columns()
        # a tool bar: when the middle column is narrow, what does not fit goes under its » button
        self.bulk_bar = QToolBar(self)
        self.bulk_bar.setObjectName("bulkBar")
        self.bulk_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.bulk_actions: dict[str, QAction] = {}
        for op in ("status", "assign", "tier", "tag", "group", "ungroup"):
            action = QAction(self)
            action.setObjectName(f"bulk_{op}")
            action.triggered.connect(lambda _c=False, op=op: self.bulk_action(op))
            self.bulk_bar.addAction(action)
            self.bulk_actions[op] = action
        self.selection_label = QLabel(self)
        self.list_bar = QToolBar(self)  # what works on the whole list (Export list…)
        self.list_bar.setObjectName("listBar")
        self.list_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._build_layout()
        self._can_triage = False
        self.rights_known = False  # until the account's roles have been read
        self._users: dict[int, str] = {}
        self._me = backend.username
        self._facet_generation = 0
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._refresh)
        self._changed_ids: set[int] = set()
        self._started = False
        self._stale = ""  # "all": never listed yet; "changed": data changed while hidden
        self.go_to = QShortcut(QKeySequence("Ctrl+G"), self)
        self.go_to.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.go_to.activated.connect(self.ask_row)
        self._connect()
        self.retranslate()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        if self.views_bar is not None:
            top.addWidget(self.views_bar)
        top.addWidget(self.search, 1)
        top.addWidget(self.pinned_filter)
        top.addWidget(self.count_label)
        top.addWidget(self.clear_button)
        top.addWidget(self.list_bar)
        bulk = QHBoxLayout()
        bulk.addWidget(self.selection_label)
        bulk.addWidget(self.bulk_bar, 1)
        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addLayout(bulk)
        middle_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("triageSplitter")
        self.splitter.addWidget(self.facets)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([230, 640, 530])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

    def _default_columns(self) -> None:
        header = self.table.horizontalHeader()
        for i, column in enumerate(C.COLUMNS):
            header.resizeSection(i, column.width)
            header.setSectionHidden(i, not column.visible)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filters)
        self.clear_button.clicked.connect(self.clear_filters)
        self.pinned_filter.sig_clear.connect(self.unpin)
        self.facets.sig_changed.connect(self.apply_filters)
        self.facets.sig_changed.connect(self.pinned_filter.facets_changed)
        self.model.sig_first_page.connect(self._on_first_page)
        self.table.horizontalHeader().sortIndicatorChanged.connect(
            lambda *_a: self._view_no_longer_shown())
        self.model.sig_count_changed.connect(self._on_count)
        self.model.sig_failed.connect(self._on_failed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self._events.sig_data_changed.connect(self._on_data_changed)
        self._events.sig_language_changed.connect(self._on_language)
        for name in ("sig_failed",):
            signal = getattr(self.controller, name, None)
            if signal is not None:
                signal.connect(self._on_failed)
        done = getattr(self.controller, "sig_bulk_done", None)
        if done is not None:
            done.connect(self._on_bulk_done)
        opener = getattr(self.detail, "sig_open_entry", None)
        if opener is not None:
            opener.connect(self.open_entry)
        chosen = getattr(self.views_bar, "sig_view_chosen", None)
        if chosen is not None:
            chosen.connect(self.apply_view)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search what was said (Indonesian or English words)…"))
        self.clear_button.setText(self.tr("Clear filters"))
        texts = {
            "status": self.tr("Status…"), "assign": self.tr("Assign…"), "tier": self.tr("Tier…"),
            "tag": self.tr("Tag…"), "group": self.tr("Group as one issue…"),
            "ungroup": self.tr("Ungroup"),
        }
        for op, action in self.bulk_actions.items():
            action.setText(texts[op])
        self.go_to.setWhatsThis(self.tr("Go to row"))
        self._on_selection()
        self._on_count(self.model.rowCount())
        self._show_rights()

    # ---- starting and filtering --------------------------------------------------------------
    def start(self) -> None:
        """The database is open: learn who may do what, the names of things, and list."""
        self._load_catalog()
        self._started = True
        if self.isVisible():
            self.apply_filters()
        else:  # a recorder's desk does no triage work until the page is opened
            self._stale = "all"

    def showEvent(self, e: QShowEvent) -> None:
        super().showEvent(e)
        stale, self._stale = self._stale, ""
        if stale == "all":
            self.apply_filters()
        elif stale == "changed":
            self._refresh()

    def _load_catalog(self) -> None:
        """Users, events and sessions by name, and whether this account may triage."""
        def load() -> tuple[Any, ...]:
            services = self._backend.services()
            users = {int(u.id): u.username for u in services.accounts.users()}
            events = services.catalog.events()
            sessions = {int(s.id): s.name for e in events for s in services.catalog.sessions(e.id)}
            actor = services.actor
            triage = actor.has("supervisor") or actor.has("protection")
            return users, {int(e.id): e.name for e in events}, sessions, triage

        self._tasks.read(load, self._on_started, self._on_failed)

    def _on_started(self, loaded: tuple[Any, ...]) -> None:
        users, events, sessions, triage = loaded
        self._users = users
        self.model.set_users(users)
        self.facets.set_names("event", events)
        self.facets.set_names("session", sessions)
        self._can_triage = triage
        self.rights_known = True
        self._show_rights()

    @property
    def can_triage(self) -> bool:
        return self._can_triage

    def _show_rights(self) -> None:
        hint = "" if self._can_triage else self.tr(
            "Your account may read the list but not triage (ask an administrator for the "
            "supervisor role).")
        for action in self.bulk_actions.values():
            action.setToolTip(hint or action.text())
        self._on_selection()

    def current_query(self) -> EntryQuery:
        return self.pinned_filter.merged(
            self.facets.query(EntryQuery(text=self.search.text().strip())))

    def show_query(self, query: EntryQuery, description: str) -> None:
        """List exactly the entries of ``query`` (a click on a chart): the facets tick what they
        can show, the rest (exact times, dimension, issue group …) is pinned above the list,
        described by ``description``, until cleared."""
        self.facets.apply(replace(query, recorded_from=None, recorded_to=None))
        self.search.blockSignals(True)
        self.search.setText(query.text)
        self.search.blockSignals(False)
        self.pinned_filter.set(query, description, from_chart=True)
        self.apply_filters()

    @property
    def pinned(self) -> EntryQuery | None:
        return self.pinned_filter.pin

    @Slot()
    def unpin(self) -> None:
        """Drop the filter a chart click set (its ticks and its pinned part): the whole list."""
        self.clear_filters()

    @Slot()
    def apply_filters(self) -> None:
        """The user changed a filter or the search: list anew (no saved view describes it)."""
        self._search_timer.stop()
        self._view_no_longer_shown()
        self.model.set_query(self.current_query())

    def _view_no_longer_shown(self) -> None:
        mark = getattr(self.views_bar, "mark_modified", None)
        if mark is not None and self._started:
            mark()

    @Slot()
    def clear_filters(self) -> None:
        self.pinned_filter.clear()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.facets.clear()

    def apply_view(self, view: Any) -> None:
        """Show a saved view: its filters, its sort and its columns."""
        query: EntryQuery = view.query
        days_only = all(m is None or m.astimezone().time() == dtime() for m in
                        (query.recorded_from, query.recorded_to))  # the facets show those
        self.pinned_filter.set(replace(query, recorded_from=None, recorded_to=None) if days_only
                               else query, self.tr("More filters of this view"))
        self.facets.apply(query)
        self.search.blockSignals(True)
        self.search.setText(query.text)
        self.search.blockSignals(False)
        self.apply_columns(getattr(view, "columns", ()) or ())
        sort, descending = getattr(view, "sort", "recorded_at"), getattr(view, "descending", True)
        self.model.set_query(self.current_query(), sort, descending)
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder
                                if descending else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    def view_state(self) -> tuple[EntryQuery, str, bool, list[dict[str, Any]]]:
        """What a saved view keeps: filters, sort, columns."""
        sort, descending = self.model.sort_key
        return self.current_query(), sort, descending, self.columns()

    def columns(self) -> list[dict[str, Any]]:
        header = self.table.horizontalHeader()
        out = []
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            hidden = header.isSectionHidden(logical)
            width = C.COLUMNS[logical].width if hidden else header.sectionSize(logical)
            out.append({"key": C.COLUMNS[logical].key, "width": width, "visible": not hidden})
        return out

    def apply_columns(self, layout: Sequence[dict[str, Any]]) -> None:
        """Column order, widths and visibility from a saved view (unknown keys are skipped)."""
        if not layout:
            return
        header = self.table.horizontalHeader()
        visual = 0
        for spec in layout:
            key = spec.get("key")
            if key not in C.BY_KEY:
                continue
            logical = C.KEYS.index(key)
            header.moveSection(header.visualIndex(logical), visual)
            visual += 1
            header.setSectionHidden(logical, not spec.get("visible", True))
            width = spec.get("width")
            if isinstance(width, int) and 20 <= width <= 2000 and spec.get("visible", True):
                header.resizeSection(logical, width)

    # ---- answers -----------------------------------------------------------------------------
    def _on_first_page(self, seconds: float) -> None:
        self.last_first_page_s = seconds
        self._count_facets()

    def _count_facets(self) -> None:
        self._facet_generation += 1
        generation, query = self._facet_generation, self.model.query
        for name in FACET_ORDER:
            self._count_facet(generation, query, name)

    def _count_facet(self, generation: int, query: EntryQuery, name: str) -> None:
        def count() -> dict[str, Any]:
            if generation != self._facet_generation:
                return {}  # the filter changed meanwhile: nobody will see these counts
            return dict(self._backend.services().search.facets(query, (name,)))

        def done(counts: dict[str, Any]) -> None:
            self._on_facets(generation, counts)

        self._tasks.background(count, done, self._on_failed)

    def _on_facets(self, generation: int, counts: dict[str, Any]) -> None:
        if generation == self._facet_generation and counts:
            self.facets.set_counts(counts, me=self._me)

    @Slot(int)
    def _on_count(self, count: int) -> None:
        if count == 1:
            self.count_label.setText(self.tr("1 entry"))
        elif self.model.ids_ready or count < 200:
            self.count_label.setText(self.tr("{n} entries").format(n=f"{count:,}"))
        else:
            self.count_label.setText(self.tr("{n}+ entries (counting…)").format(n=f"{count:,}"))

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self.sig_status.emit(describe(exc))

    def _on_bulk_done(self, result: Any) -> None:
        changed, skipped = len(result.changed), len(result.skipped)
        text = self.tr("Changed {n}.").format(n=changed)
        if skipped:
            reasons = "; ".join(f"#{s.entry_id}: {s.message}" for s in result.skipped[:5])
            text += " " + self.tr("Left as they were: {n} ({why})").format(n=skipped, why=reasons)
        self.sig_status.emit(text)

    def _on_data_changed(self, changes: tuple[Change, ...], _initiator: object) -> None:
        relevant = [c for c in changes if c.entity in ("entry", "group", "event", "session")]
        if not relevant:
            return
        for change in relevant:
            if change.entity == "entry":
                self._changed_ids.update(change.ids)
        if any(c.entity in ("event", "session") for c in relevant):
            self._load_catalog()  # a new event or panel: its name in the facets
        if not self.isVisible():  # refreshed when the page is shown again
            self._stale = self._stale or "changed"
            return
        if not self._refresh_timer.isActive():  # a steady stream still refreshes every 300 ms
            self._refresh_timer.start()

    @Slot()
    def _refresh(self) -> None:
        ids, self._changed_ids = tuple(self._changed_ids), set()
        if ids:
            self.model.reload_rows(ids)
        self.model.refresh()
        self._count_facets()

    def _on_language(self, _lang: str) -> None:
        self.model.relabel()

    # ---- the list --------------------------------------------------------------------------
    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry_id = self.model.entry_id(current.row()) if current.isValid() else None
        show = getattr(self.detail, "show_entry", None)
        if show is not None:
            show(entry_id)

    def _row_spans(self) -> list[tuple[int, int]]:
        """The selected rows as merged (first, last) spans, from the selection's ranges: Ctrl+A
        over a million rows is one range, where asking Qt for every selected index would build
        a million of them on the GUI thread."""
        selection = self.table.selectionModel().selection()
        blocks = (selection.at(i) for i in range(selection.count()))
        merged: list[tuple[int, int]] = []
        for top, bottom in sorted((b.top(), b.bottom()) for b in blocks):
            if merged and top <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(merged[-1][1], bottom))
            else:
                merged.append((top, bottom))
        return merged

    def selected_rows(self) -> list[int]:
        return [row for top, bottom in self._row_spans() for row in range(top, bottom + 1)]

    def selected_count(self) -> int:
        return sum(bottom - top + 1 for top, bottom in self._row_spans())

    @Slot()
    def _on_selection(self, *_args: object) -> None:
        rows = self.selected_count() if self.table.selectionModel() else 0
        self.selection_label.setText(self.tr("{n} selected").format(n=rows) if rows else "")
        for action in self.bulk_actions.values():
            action.setEnabled(self._can_triage and rows > 0)

    def open_entry(self, entry_id: int) -> None:
        """Show an entry (a link from the detail pane): selected if it is in the list."""
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.select_row(row)
        else:
            show = getattr(self.detail, "show_entry", None)
            if show is not None:
                show(entry_id)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.model.ensure_row(row)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    @Slot()
    def ask_row(self) -> None:
        count = self.model.rowCount()
        if not count:
            return
        row, ok = QInputDialog.getInt(self, self.tr("Go to row"), self.tr("Row (1 – {n}):").format(
            n=f"{count:,}"), 1, 1, count)
        if ok:
            self.select_row(row - 1)

    # ---- bulk actions ------------------------------------------------------------------------
    def bulk_action(self, op: str) -> None:
        rows = self.selected_rows()
        if not rows or not self._can_triage:
            return
        self._with_versions(rows, lambda items, kinds: self._ask_and_run(op, items, kinds))

    def _with_versions(self, rows: list[int],
                       then: Callable[[list[tuple[int, int]], list[str]], None]) -> None:
        """(id, version) of the selected rows: as shown where loaded, else read now."""
        loaded = {r: self.model.entry_row(r) for r in rows}
        missing = [self.model.entry_id(r) for r, row in loaded.items() if row is None]
        shown = [(row.id, row.version, row.kind) for row in loaded.values() if row is not None]
        if not any(i is not None for i in missing):
            then([(i, v) for i, v, _k in shown], [k for _i, _v, k in shown])
            return
        wanted = [i for i in missing if i is not None]

        def read() -> list[tuple[int, int, str]]:
            search = self._backend.services().search
            out: list[tuple[int, int, str]] = []
            for start in range(0, len(wanted), 1000):
                out += [(r.id, r.version, r.kind) for r in search.rows(wanted[start:start + 1000])]
            return out

        def done(found: list[tuple[int, int, str]]) -> None:
            every = shown + found
            then([(i, v) for i, v, _k in every], [k for _i, _v, k in every])

        self._tasks.read(read, done, self._on_failed)

    def _ask_and_run(self, op: str, items: list[tuple[int, int]], kinds: list[str]) -> None:
        if not items:
            return
        ids = [i for i, _v in items]
        if op == "status":
            dialog = StatusDialog(kinds, len(items), self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                status, reason = dialog.chosen()
                self.controller.bulk(items, "status", status, reason=reason)
        elif op == "assign":
            choices = [(None, self.tr("(nobody)"))] + [(u, u) for u in sorted(self._users.values())]
            choice = ChoiceDialog(self.tr("Assign"), self.tr("Assign to:"), choices, self)
            if choice.exec() == QDialog.DialogCode.Accepted:
                self.controller.bulk(items, "assign", choice.chosen())
        elif op == "tier":
            choice = ChoiceDialog(self.tr("SLA tier"), self.tr("Tier:"), [(t, t) for t in TIERS],
                                  self)
            if choice.exec() == QDialog.DialogCode.Accepted:
                self.controller.bulk(items, "tier", choice.chosen())
        elif op == "tag":
            tag = TagDialog((), self)
            if tag.exec() == QDialog.DialogCode.Accepted:
                self.controller.bulk(items, "tag", tag.chosen())
        elif op == "group":
            self._ask_group(ids)
        elif op == "ungroup":
            self.controller.ungroup(ids)

    def _ask_group(self, ids: list[int]) -> None:
        first = self.model.entry_row(self.selected_rows()[0])
        suggested = (first.summary or " ".join(first.text.split()))[:120] if first else ""

        def show(groups: Any) -> None:
            dialog = GroupDialog([g for g in groups if g.voices], len(ids), suggested, self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                title, group_id = dialog.chosen()
                if title:
                    self.controller.group(ids, title=title)
                elif group_id is not None:
                    self.controller.group(ids, group_id=group_id)

        self._tasks.read(lambda: self._backend.services().groups.list(), show, self._on_failed)

    # ---- layout ------------------------------------------------------------------------------
    def restore_layout(self) -> None:
        splitter = self._settings.get(S.TRIAGE_SPLITTER)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        header = self._settings.get(S.TRIAGE_HEADER)
        if not header.isEmpty():
            self.table.horizontalHeader().restoreState(header)

    def save_layout(self) -> None:
        self._settings.set(S.TRIAGE_SPLITTER, self.splitter.saveState())
        self._settings.set(S.TRIAGE_HEADER, self.table.horizontalHeader().saveState())
