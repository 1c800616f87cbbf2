"""The dashboard's filters: event, session, period, service area and kind — the same
``EntryQuery`` the triage list uses, so filters can go from one page to the other.

What the bar cannot show (a search, topics, countries … taken over from the triage list) is
kept as "more filters", shown as a chip with a button that drops it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDateTime, Qt, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core import taxonomy
from ...core.dto import EntryQuery
from .. import i18n
from ..i18n import Retranslating

PERIODS = ("all", "today", "24h", "7d", "30d", "custom")
#: Fields the bar shows itself; the rest of a query is "more filters".
SHOWN = ("event_ids", "session_ids", "areas", "kinds", "recorded_from", "recorded_to")


class FiltersBar(Retranslating, QWidget):
    sig_changed = Signal()
    """The user changed a filter."""

    sig_from_triage = Signal()
    """The user asked for the triage list's filters."""

    sig_to_triage = Signal()
    """The user asked to see these entries in the triage list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardFilters")
        self.event_combo = QComboBox(self)
        self.event_combo.setObjectName("dashboardEvent")
        self.session = QComboBox(self)
        self.session.setObjectName("dashboardSession")
        self.period = QComboBox(self)
        self.period.setObjectName("dashboardPeriod")
        self.start = QDateTimeEdit(self)
        self.end = QDateTimeEdit(self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy HH:mm")
        now = QDateTime.currentDateTime()
        self.start.setDateTime(QDateTime(now.date().addDays(-7), QTime(0, 0)))
        self.end.setDateTime(QDateTime(now.date().addDays(1), QTime(0, 0)))
        self.area = QComboBox(self)
        self.area.setObjectName("dashboardArea")
        self.kind = QComboBox(self)
        self.kind.setObjectName("dashboardKind")
        self.more = QLabel(self)
        self.more.setObjectName("moreFilters")
        self.more.setTextFormat(Qt.TextFormat.PlainText)
        self.more.setStyleSheet(
            "QLabel#moreFilters { background: palette(highlight); color: palette(highlighted-text);"
            " border-radius: 3px; padding: 1px 6px; }")
        self.drop_more = QToolButton(self)
        self.drop_more.setText("✕")
        self.drop_more.setAutoRaise(True)
        self.more.hide()
        self.drop_more.hide()
        self.from_triage = QToolButton(self)
        self.from_triage.setObjectName("filtersFromTriage")
        self.to_triage = QToolButton(self)
        self.to_triage.setObjectName("filtersToTriage")
        self._extra = EntryQuery()
        self._events: list[tuple[int, str]] = []
        self._sessions: dict[int, list[tuple[int, str]]] = {}
        self._quiet = False
        # combos as wide as a short name and no wider: the bar fits 1366 px in either language
        for combo, chars in ((self.event_combo, 16), (self.session, 10), (self.period, 10),
                             (self.area, 8), (self.kind, 8)):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(chars)
        self._labels = [QLabel(self) for _ in range(5)]
        # one row; the dates of "From … to …" and the chip of more filters on a second row,
        # shown only when used (the bar fits 1366 px in either language)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        for label, widget in zip(self._labels, (self.event_combo, self.session, self.period,
                                                self.area, self.kind), strict=True):
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.from_triage)
        top.addWidget(self.to_triage)
        self.second = QWidget(self)
        second = QHBoxLayout(self.second)
        second.setContentsMargins(0, 0, 0, 0)
        self._from_label, self._to_label = QLabel(self), QLabel(self)
        for part in (self._from_label, self.start, self._to_label, self.end, self.more,
                     self.drop_more):
            second.addWidget(part)
        second.addStretch(1)
        self.second.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.second)
        self.retranslate()
        for combo in (self.session, self.period, self.area, self.kind):
            combo.currentIndexChanged.connect(self._on_changed)
        self.event_combo.currentIndexChanged.connect(self._on_event)
        self.start.dateTimeChanged.connect(self._on_changed)
        self.end.dateTimeChanged.connect(self._on_changed)
        self.drop_more.clicked.connect(self._on_drop_more)
        self.from_triage.clicked.connect(self.sig_from_triage)
        self.to_triage.clicked.connect(self.sig_to_triage)

    def retranslate(self) -> None:
        self._quiet = True
        try:
            for label, text in zip(self._labels, (self.tr("Event"), self.tr("Session"),
                                                  self.tr("Period"), self.tr("Area"),
                                                  self.tr("Kind")), strict=True):
                label.setText(text)
            self._fill(self.period, [(p, t) for p, t in zip(PERIODS, (
                self.tr("All time"), self.tr("Today"), self.tr("Last 24 hours"),
                self.tr("Last 7 days"), self.tr("Last 30 days"), self.tr("From … to …")),
                strict=True)], None)
            lang = i18n.language()
            self._fill(self.area, [(t.code, t.label(lang)) for t in taxonomy.terms("service_area")],
                       self.tr("All areas"))
            self._fill(self.kind, [(t.code, t.label(lang)) for t in taxonomy.terms("kind")],
                       self.tr("All kinds"))
            self._fill(self.event_combo, self._events, self.tr("All events"))
            self._fill_sessions()
        finally:
            self._quiet = False
        self._from_label.setText(self.tr("From"))
        self._to_label.setText(self.tr("Until"))
        self.from_triage.setText(self.tr("Triage filters"))
        self.from_triage.setToolTip(self.tr("Use the filters of the triage list here"))
        self.to_triage.setText(self.tr("Show in triage"))
        self.to_triage.setToolTip(self.tr("List these entries on the triage page"))
        self.drop_more.setToolTip(self.tr("Drop these filters"))
        self._show_more()

    @staticmethod
    def _fill(combo: QComboBox, items: Sequence[tuple[object, str]], everything: str | None) -> None:
        """(Re)fill keeping the chosen value."""
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if everything is not None:
            combo.addItem(everything, None)
        for value, text in items:
            combo.addItem(text, value)
        at = combo.findData(chosen)
        combo.setCurrentIndex(max(at, 0))
        combo.blockSignals(False)

    def set_events(self, events: list[tuple[int, str]],
                   sessions: dict[int, list[tuple[int, str]]]) -> None:
        self._events, self._sessions = events, sessions
        self._quiet = True
        try:
            self._fill(self.event_combo, events, self.tr("All events"))
            self._fill_sessions()
        finally:
            self._quiet = False

    def _fill_sessions(self) -> None:
        event = self.event_combo.currentData()
        items = self._sessions.get(event, []) if event is not None else []
        self._fill(self.session, list(items), self.tr("All sessions"))
        self.session.setEnabled(bool(items))

    # ---- the query ---------------------------------------------------------------------------
    def query(self, now: datetime | None = None) -> EntryQuery:
        """The filters as the services take them (relative periods end "now", open-ended)."""
        moment = now or datetime.now(UTC)
        local = moment.astimezone()
        start: datetime | None = None
        end: datetime | None = None
        period = self.period.currentData()
        if period == "today":
            start = local.replace(hour=0, minute=0, second=0, microsecond=0)
        elif period == "24h":
            start = moment - timedelta(hours=24)
        elif period == "7d":
            start = moment - timedelta(days=7)
        elif period == "30d":
            start = moment - timedelta(days=30)
        elif period == "custom":
            picked: Any = self.start.dateTime().toPython(), self.end.dateTime().toPython()
            start, end = picked[0].astimezone(), picked[1].astimezone()
        event, session = self.event_combo.currentData(), self.session.currentData()
        area, kind = self.area.currentData(), self.kind.currentData()
        return replace(
            self._extra,
            event_ids=(event,) if event is not None else self._extra.event_ids,
            session_ids=(session,) if session is not None else self._extra.session_ids,
            areas=(area,) if area is not None else self._extra.areas,
            kinds=(kind,) if kind is not None else self._extra.kinds,
            recorded_from=start.astimezone(UTC) if start else self._extra.recorded_from,
            recorded_to=end.astimezone(UTC) if end else self._extra.recorded_to,
        )

    def set_query(self, query: EntryQuery) -> None:
        """Show ``query`` (the triage list's filters): what the bar has a control for goes there,
        the rest is kept as "more filters"."""
        extra = query
        self._quiet = True
        try:
            for combo, field in ((self.event_combo, "event_ids"), (self.area, "areas"),
                                 (self.kind, "kinds")):
                values = getattr(query, field)
                at = combo.findData(values[0]) if len(values) == 1 else -1
                combo.setCurrentIndex(max(at, 0))
                if at > 0:
                    cleared: dict[str, Any] = {field: ()}
                    extra = replace(extra, **cleared)
            self._fill_sessions()
            at = self.session.findData(query.session_ids[0]) if len(query.session_ids) == 1 else -1
            self.session.setCurrentIndex(max(at, 0))
            if at > 0:
                extra = replace(extra, session_ids=())
            if query.recorded_from is not None or query.recorded_to is not None:
                self.period.setCurrentIndex(PERIODS.index("custom"))
                if query.recorded_from is not None:
                    self.start.setDateTime(QDateTime(query.recorded_from.astimezone()))
                if query.recorded_to is not None:
                    self.end.setDateTime(QDateTime(query.recorded_to.astimezone()))
                if query.recorded_from is not None and query.recorded_to is not None:
                    extra = replace(extra, recorded_from=None, recorded_to=None)
            else:
                self.period.setCurrentIndex(0)
        finally:
            self._quiet = False
        self._extra = extra
        self._show_more()
        self.sig_changed.emit()

    def _show_more(self) -> None:
        shown = self._extra != EntryQuery()
        self.more.setText(self.tr("+ more filters from the triage list") if shown else "")
        self.more.setToolTip(self.tr("Search, topics, countries or other filters taken over "
                                     "from the triage list"))
        self.more.setVisible(shown)
        self.drop_more.setVisible(shown)
        self._show_second()

    def _show_second(self) -> None:
        custom = self.period.currentData() == "custom"
        for widget in (self._from_label, self.start, self._to_label, self.end):
            widget.setVisible(custom)
        self.second.setVisible(custom or self.more.isVisibleTo(self))

    @Slot()
    def _on_drop_more(self) -> None:
        self._extra = EntryQuery()
        self._show_more()
        self.sig_changed.emit()

    @Slot()
    def _on_event(self) -> None:
        self._quiet, quiet = True, self._quiet
        try:
            self._fill_sessions()
        finally:
            self._quiet = quiet
        self._on_changed()

    @Slot()
    def _on_changed(self, *_args: object) -> None:
        self._show_second()
        if not self._quiet:
            self.sig_changed.emit()
