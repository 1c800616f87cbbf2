"""Filters as facets: each filter lists its values with how many entries each would give under
the other filters; ticking values builds the list's ``EntryQuery``. Plus the recorded-date range.

The panel holds no data of its own beyond the ticks: counts come from ``SearchService.facets``
(the triage panel asks, off the GUI thread, and hands them here).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import taxonomy
from ...core.dto import ME, EntryQuery
from .. import i18n
from ..i18n import Retranslating
from . import columns as C

#: facet → (title, EntryQuery field, taxonomy list for labels or None)
FACETS: dict[str, tuple[object, str, str | None]] = {
    "deadline": (QT_TRANSLATE_NOOP("FacetPanel", "Deadline"), "", None),
    "kind": (QT_TRANSLATE_NOOP("FacetPanel", "Kind"), "kinds", "kind"),
    "status": (QT_TRANSLATE_NOOP("FacetPanel", "Status"), "statuses", None),
    "area": (QT_TRANSLATE_NOOP("FacetPanel", "Service area"), "areas", "service_area"),
    "tier": (QT_TRANSLATE_NOOP("FacetPanel", "SLA tier"), "tiers", None),
    "assignee": (QT_TRANSLATE_NOOP("FacetPanel", "Assignee"), "assignees", None),
    "event": (QT_TRANSLATE_NOOP("FacetPanel", "Event"), "event_ids", None),
    "session": (QT_TRANSLATE_NOOP("FacetPanel", "Session"), "session_ids", None),
    "speaker_type": (QT_TRANSLATE_NOOP("FacetPanel", "Speaker"), "speaker_types", "speaker_type"),
    "country": (QT_TRANSLATE_NOOP("FacetPanel", "Country"), "countries", "country"),
    "topic": (QT_TRANSLATE_NOOP("FacetPanel", "Topic"), "topics", "topic"),
    "programme": (QT_TRANSLATE_NOOP("FacetPanel", "Programme"), "programmes", "programme"),
    "phase": (QT_TRANSLATE_NOOP("FacetPanel", "Placement phase"), "phases", "phase"),
    "sensitive": (QT_TRANSLATE_NOOP("FacetPanel", "Sensitive"), "sensitive", None),
}
OPEN_AT_START = ("deadline", "kind", "status", "area", "assignee")
NONE = object()  # the value of "not given" (no country, no topic …)
#: Facets whose "not given" item filters too ("" in the query: no topic, no country …).
NULLABLE = frozenset({"topic", "country", "programme", "phase"})
VALUE_ROLE = Qt.ItemDataRole.UserRole
COUNT_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return i18n.module_tr("FacetPanel", text)


class FacetPanel(Retranslating, QWidget):
    sig_changed = Signal()
    """The ticks or the date range changed: the list should show ``query(…)``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facetPanel")
        self._names: dict[str, dict[Any, str]] = {"event": {}, "session": {}}
        self._quiet = False
        self.from_check, self.to_check = QCheckBox(self), QCheckBox(self)
        self.from_date, self.to_date = QDateEdit(self), QDateEdit(self)
        today = QDate.currentDate()
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(today)
            edit.setEnabled(False)
            edit.dateChanged.connect(self._on_dates)
        self.from_date.setDate(today.addDays(-30))
        self.from_check.toggled.connect(self._on_dates)
        self.to_check.toggled.connect(self._on_dates)
        dates = QGridLayout()
        dates.addWidget(self.from_check, 0, 0)
        dates.addWidget(self.from_date, 0, 1)
        dates.addWidget(self.to_check, 1, 0)
        dates.addWidget(self.to_date, 1, 1)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("facetTree")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self._heads: dict[str, QTreeWidgetItem] = {}
        bold = QFont()
        bold.setBold(True)
        for name in FACETS:
            head = QTreeWidgetItem(self.tree)
            head.setData(0, VALUE_ROLE, name)
            head.setFont(0, bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setExpanded(name in OPEN_AT_START)
            self._heads[name] = head
        self.tree.itemChanged.connect(self._on_item_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(dates)
        layout.addWidget(self.tree, 1)
        self.retranslate()

    # ---- labels ----------------------------------------------------------------------------
    def set_names(self, facet: str, names: dict[Any, str]) -> None:
        """Names for id-valued facets (events, sessions)."""
        self._names[facet] = dict(names)
        self._relabel()

    def _label(self, facet: str, value: Any) -> str:
        lang = i18n.language()
        if value is None or value is NONE:
            return tr("(not given)") if facet != "assignee" else tr("(nobody)")
        if facet == "deadline":
            return tr("Overdue") if value == "overdue" else tr("Due within 24 hours")
        if facet == "status":
            return C.status_label(str(value), lang)
        if facet == "assignee":
            return tr("Me") if value == ME else (str(value) or tr("(nobody)"))
        if facet == "sensitive":
            return tr("Sensitive") if value else tr("Not sensitive")
        if facet in self._names:
            return self._names[facet].get(value, f"#{value}")
        list_name = FACETS[facet][2]
        return taxonomy.label(list_name, str(value), lang) if list_name else str(value)

    def retranslate(self) -> None:
        self.from_check.setText(tr("From"))
        self.to_check.setText(tr("Until"))
        self.tree.setToolTip(tr("Tick values to filter; the number is how many entries each "
                                 "would show with the other filters as they are."))
        self._relabel()

    def _relabel(self) -> None:
        self._quiet = True
        try:
            for name, head in self._heads.items():
                head.setText(0, tr(str(FACETS[name][0])))
                for child in self._children(head):
                    self._set_text(name, child)
        finally:
            self._quiet = False

    def _set_text(self, facet: str, item: QTreeWidgetItem) -> None:
        count = item.data(0, COUNT_ROLE)
        label = self._label(facet, item.data(0, VALUE_ROLE))
        item.setText(0, label if count is None else f"{label}  ({count:,})")

    # ---- counts ----------------------------------------------------------------------------
    def set_counts(self, counts: dict[str, tuple[tuple[object, int], ...]],
                   me: str | None = None) -> None:
        """Show the counts (values not listed yet are added, ticked ones always stay)."""
        self._quiet = True
        try:
            for facet, pairs in counts.items():
                head = self._heads.get(facet)
                if head is None:
                    continue
                found = {(NONE if v is None else v): n for v, n in pairs}
                if facet == "assignee" and me is not None:
                    found = {ME: found.get(me, 0), **found}
                if facet == "deadline":
                    found = {"overdue": found.get("overdue", 0), "due_soon": found.get("due_soon", 0)}
                ticked = {self._value(c) for c in self._children(head)
                          if c.checkState(0) == Qt.CheckState.Checked}
                for value in ticked:
                    found.setdefault(value, 0)
                order = sorted(found, key=lambda v: (v not in ticked, -found[v], str(v)))
                if facet in ("deadline", "sensitive", "assignee") or facet == "status":
                    order = list(found)
                head.takeChildren()
                for value in order:
                    item = QTreeWidgetItem(head)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setData(0, VALUE_ROLE, value)
                    item.setData(0, COUNT_ROLE, found[value])
                    item.setCheckState(0, Qt.CheckState.Checked if value in ticked
                                       else Qt.CheckState.Unchecked)
                    self._set_text(facet, item)
        finally:
            self._quiet = False

    def counts_shown(self, facet: str) -> dict[Any, int]:
        head = self._heads[facet]
        return {self._value(c): c.data(0, COUNT_ROLE) for c in self._children(head)}

    @staticmethod
    def _value(item: QTreeWidgetItem | None) -> Any:
        return item.data(0, VALUE_ROLE) if item is not None else None

    @staticmethod
    def _children(head: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        out = []
        for i in range(head.childCount()):
            child = head.child(i)
            if child is not None:
                out.append(child)
        return out

    # ---- ticks ↔ query -----------------------------------------------------------------------
    def ticked(self, facet: str) -> list[Any]:
        head = self._heads[facet]
        return [self._value(c) for c in self._children(head)
                if c.checkState(0) == Qt.CheckState.Checked]

    def tick(self, facet: str, value: Any, on: bool = True) -> None:
        """Tick (or untick) one value, adding it if it is not listed yet."""
        head = self._heads[facet]
        value = NONE if value is None else value
        for child in self._children(head):
            if self._value(child) == value:
                child.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                return
        if on:
            item = QTreeWidgetItem(head)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(0, VALUE_ROLE, value)
            self._set_text(facet, item)
            item.setCheckState(0, Qt.CheckState.Checked)

    def query(self, base: EntryQuery) -> EntryQuery:
        """``base`` (text and what the panel does not show) with the ticks and dates applied."""
        changes: dict[str, Any] = {}
        for facet, (_title, field, _list) in FACETS.items():
            values = [None if v is NONE else v for v in self.ticked(facet)]
            if facet == "deadline":
                changes["overdue"] = True if "overdue" in values else None
                changes["due_soon"] = True if "due_soon" in values else None
            elif facet == "sensitive":
                changes["sensitive"] = values[0] if len(values) == 1 else None
            elif facet == "assignee" or facet in NULLABLE:
                changes[field] = tuple("" if v is None else v for v in values)
            else:
                changes[field] = tuple(v for v in values if v is not None)
        changes["recorded_from"] = self._moment(self.from_check, self.from_date, 0)
        changes["recorded_to"] = self._moment(self.to_check, self.to_date, 1)
        return replace(base, **changes)

    @staticmethod
    def _moment(check: QCheckBox, edit: QDateEdit, plus_days: int) -> datetime | None:
        if not check.isChecked():
            return None
        picked: date = edit.date().toPython()  # type: ignore[assignment]
        day = picked + timedelta(days=plus_days)
        return datetime.combine(day, time()).astimezone().astimezone(UTC)

    def apply(self, query: EntryQuery) -> None:
        """Tick what ``query`` filters on (a saved view), without announcing each tick."""
        self._quiet = True
        try:
            for facet, (_title, field, _list) in FACETS.items():
                head = self._heads[facet]
                for child in self._children(head):
                    child.setCheckState(0, Qt.CheckState.Unchecked)
                if facet == "deadline":
                    wanted: list[Any] = (["overdue"] if query.overdue else []) + (
                        ["due_soon"] if query.due_soon else [])
                elif facet == "sensitive":
                    wanted = [] if query.sensitive is None else [query.sensitive]
                elif facet == "assignee" or facet in NULLABLE:
                    wanted = [v if v else None for v in getattr(query, field)]
                else:
                    wanted = list(getattr(query, field))
                for value in wanted:
                    self.tick(facet, value)
            for check, edit, moment, back in (
                (self.from_check, self.from_date, query.recorded_from, 0),
                (self.to_check, self.to_date, query.recorded_to, 1),
            ):
                check.setChecked(moment is not None)
                if moment is not None:
                    day = (moment.astimezone() - timedelta(days=back)).date()
                    edit.setDate(QDate(day.year, day.month, day.day))
        finally:
            self._quiet = False

    def clear(self) -> None:
        self.apply(EntryQuery())
        self.sig_changed.emit()

    @Slot(QTreeWidgetItem, int)
    def _on_item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        head = item.parent()
        if self._quiet or head is None:
            return
        facet = head.data(0, VALUE_ROLE)
        if facet == "deadline" and item.checkState(0) == Qt.CheckState.Checked:
            self._quiet = True  # overdue and due-soon exclude each other
            try:
                for child in self._children(head):
                    if child is not item:
                        child.setCheckState(0, Qt.CheckState.Unchecked)
            finally:
                self._quiet = False
        self.sig_changed.emit()

    @Slot()
    def _on_dates(self, *_args: object) -> None:
        self.from_date.setEnabled(self.from_check.isChecked())
        self.to_date.setEnabled(self.to_check.isChecked())
        if not self._quiet:
            self.sig_changed.emit()


