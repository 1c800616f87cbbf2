"""The filter a chart click (or a saved view) sets that the facets cannot show — an exact time
range, "open at", improvement dimensions, an issue group — shown as a chip above the list with
a button that clears it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from ...core.dto import EntryQuery
from ..i18n import Retranslating

#: Filters the facets cannot show: they stay pinned above the list until cleared.
PINNED_FIELDS = ("recorded_from", "recorded_to", "open_at", "dimensions", "group_id")


class PinnedFilter(Retranslating, QWidget):
    sig_clear = Signal()
    """The user asked to drop the filter (the panel clears every filter)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pin: EntryQuery | None = None
        self.label = QLabel(self)
        self.label.setObjectName("pinnedFilter")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setStyleSheet(
            "QLabel#pinnedFilter { background: palette(highlight); color: palette(highlighted-text);"
            " border-radius: 3px; padding: 1px 6px; }")
        self.clear_button = QToolButton(self)
        self.clear_button.setText("✕")
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self.sig_clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.label)
        layout.addWidget(self.clear_button)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.clear_button.setToolTip(
            self.tr("Drop the filter from the dashboard: list everything"))

    def set(self, query: EntryQuery, description: str, *, from_chart: bool = False) -> None:
        """Pin what of ``query`` the facets cannot show; the chip shows ``description`` when
        something is pinned, or always for a chart click (it says where the list came from)."""
        pin = EntryQuery(**{f: getattr(query, f) for f in PINNED_FIELDS})
        self.pin = None if pin == EntryQuery() else pin
        self.label.setText(description)
        self.label.setToolTip(description)
        self.setVisible(self.pin is not None or bool(description and from_chart))

    def clear(self) -> None:
        self.pin = None
        self.hide()

    def facets_changed(self) -> None:
        """The user changed a facet: a chart's description alone no longer says what is listed."""
        if self.pin is None:
            self.hide()

    def merged(self, query: EntryQuery) -> EntryQuery:
        """``query`` (the facets and search) with the pinned filter: both date ranges hold."""
        pin = self.pin
        if pin is None:
            return query
        starts = [m for m in (query.recorded_from, pin.recorded_from) if m is not None]
        ends = [m for m in (query.recorded_to, pin.recorded_to) if m is not None]
        return replace(
            query, recorded_from=max(starts) if starts else None,
            recorded_to=min(ends) if ends else None, open_at=pin.open_at,
            dimensions=pin.dimensions, group_id=pin.group_id)
