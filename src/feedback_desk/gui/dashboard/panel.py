"""The trends dashboard: what is being said, by whom, about what — live.

Filters on top (shared with the triage list both ways), four tabs of charts, export of the
chart in front as PNG and of its numbers as CSV. Numbers are computed by the core's
``TrendsService`` on the background lane, only for the tab in front; a change notice (an entry
recorded here or elsewhere) refreshes them at most once a second, and the charts keep the
user's zoom. A click on a bar, cell, point or tile asks the triage list for exactly the entries
behind it (``sig_open_query``).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.dto import EntryQuery
from ...core.trends import BREAKDOWNS, BUCKET_SIZES
from .. import settings as S
from ..backend import Backend
from ..events import Change, DeskEvents
from ..i18n import Retranslating
from ..messages import describe
from ..settings import Settings
from ..tasks import TaskRunner
from . import export
from .filters_bar import FiltersBar
from .labels import bucket_name, dimension_title
from .labels import describe as describe_query
from .loader import TOP, Loaded, Options, catalog, compute
from .refresh import RefreshThrottle
from .tabs import ChartTab, HealthTab, HeatmapsTab, OverTimeTab, TopTab

RELEVANT = ("entry", "group", "event", "session")


class DashboardPanel(Retranslating, QWidget):
    sig_open_query = Signal(object, str)
    """(EntryQuery, description): list exactly these entries on the triage page."""

    sig_want_triage_filters = Signal()
    """The user asked to take over the triage list's filters (answer with ``set_query``)."""

    sig_status = Signal(str)
    """A short message for the status bar."""

    def __init__(self, backend: Backend, tasks: TaskRunner, events: DeskEvents,
                 settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPanel")
        self._backend, self._tasks, self._events, self._settings = backend, tasks, events, settings
        self.filters = FiltersBar(self)
        self.breakdown = QComboBox(self)
        self.breakdown.setObjectName("dashboardBreakdown")
        self.bucket = QComboBox(self)
        self.bucket.setObjectName("dashboardBucket")
        self.mode = QComboBox(self)
        self.mode.setObjectName("dashboardMode")
        self.cumulative = QCheckBox(self)
        self.reset_zoom = QPushButton(self)
        self._control_labels = [QLabel(self) for _ in range(3)]
        controls = QWidget(self)
        row = QHBoxLayout(controls)
        row.setContentsMargins(0, 0, 0, 0)
        for text_label, widget in zip(self._control_labels, (self.breakdown, self.bucket,
                                                             self.mode), strict=True):
            text_label.setBuddy(widget)
            row.addWidget(text_label)
            row.addWidget(widget)
        row.addWidget(self.cumulative)
        row.addStretch(1)
        row.addWidget(self.reset_zoom)
        self.over_time = OverTimeTab(controls, self)
        self.health = HealthTab(self)
        self.heatmaps = HeatmapsTab(self)
        self.top = TopTab(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("dashboardTabs")
        self.tab_pages: list[ChartTab] = [self.over_time, self.health, self.heatmaps, self.top]
        for page in self.tab_pages:
            self.tabs.addTab(page, "")
        self.export_png = QPushButton(self)
        self.export_png.setObjectName("exportPng")
        self.export_csv = QPushButton(self)
        self.export_csv.setObjectName("exportCsv")
        self.updated = QLabel(self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.updated, 1)
        bottom.addWidget(self.export_png)
        bottom.addWidget(self.export_csv)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.throttle = RefreshThrottle(self)
        self._generation = 0
        self._stale: set[int] = set(range(len(self.tab_pages)))
        self._started = False
        self._names: dict[str, dict[int, str]] = {}
        self.last_loaded: Loaded | None = None
        self.last_draw_ms = 0.0
        self._updated_at = 0.0
        self._restore_choices()
        self.retranslate()
        self._connect()

    # ---- set-up --------------------------------------------------------------------------------
    def _restore_choices(self) -> None:
        self._fill_controls()
        self.tabs.setCurrentIndex(min(max(self._settings.get(S.DASHBOARD_TAB), 0), TOP))
        at = self.breakdown.findData(self._settings.get(S.DASHBOARD_BREAKDOWN))
        self.breakdown.setCurrentIndex(max(at, 0))
        at = self.bucket.findData(self._settings.get(S.DASHBOARD_BUCKET))
        self.bucket.setCurrentIndex(max(at, 0))
        self.mode.setCurrentIndex(0 if self._settings.get(S.DASHBOARD_STACKED) else 1)

    def _fill_controls(self) -> None:
        for combo, items in (
            (self.breakdown, [(b, dimension_title(b)) for b in BREAKDOWNS]),
            (self.bucket, [(b, bucket_name(b)) for b in ("auto", *BUCKET_SIZES)]),
            (self.mode, [("stacked", self.tr("Stacked areas")), ("lines", self.tr("Lines"))]),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for value, text in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)

    def _connect(self) -> None:
        self.filters.sig_changed.connect(self.reload)
        self.filters.sig_from_triage.connect(self.sig_want_triage_filters)
        self.filters.sig_to_triage.connect(
            lambda: self.sig_open_query.emit(self.query(), describe_query(
                self.query(), EntryQuery(), self._names)))
        self.breakdown.currentIndexChanged.connect(self._on_options)
        self.bucket.currentIndexChanged.connect(self._on_options)
        self.mode.currentIndexChanged.connect(self._on_mode)
        self.cumulative.toggled.connect(self._on_mode)
        self.reset_zoom.clicked.connect(self.over_time.chart.reset_zoom)
        self.tabs.currentChanged.connect(self._on_tab)
        for page in self.tab_pages:
            page.sig_clicked.connect(self._on_clicked)
        self.export_png.clicked.connect(self.ask_export_png)
        self.export_csv.clicked.connect(self.ask_export_csv)
        self.throttle.sig_fire.connect(self._refresh)
        self._events.sig_data_changed.connect(self._on_data_changed)
        self._events.sig_connection_changed.connect(self._on_connection)

    def retranslate(self) -> None:
        self._fill_controls()
        for text_label, text in zip(self._control_labels, (
                self.tr("Break down by"), self.tr("Bucket"), self.tr("Show as")), strict=True):
            text_label.setText(text)
        self.cumulative.setText(self.tr("Cumulative"))
        self.cumulative.setToolTip(self.tr("Running total from the start of the period"))
        self.reset_zoom.setText(self.tr("Reset zoom"))
        for i, text in enumerate((self.tr("Over time"), self.tr("Case health"),
                                  self.tr("Heatmaps"), self.tr("Top countries and issues"))):
            self.tabs.setTabText(i, text)
        self.export_png.setText(self.tr("Export chart as PNG…"))
        self.export_csv.setText(self.tr("Export numbers as CSV…"))
        self._show_updated()

    # ---- loading -------------------------------------------------------------------------------
    def start(self) -> None:
        """The database is open: names for the filters, then the charts."""
        self._started = True
        self._tasks.read(lambda: catalog(self._backend.services()), self._on_catalog,
                         self._on_failed)
        self.reload()

    def _on_catalog(self, loaded: tuple[Any, Any]) -> None:
        events, sessions = loaded
        self._names["event"] = dict(events)
        self.filters.set_events(events, sessions)

    def query(self) -> EntryQuery:
        return self.filters.query()

    def options(self) -> Options:
        return Options(by=self.breakdown.currentData() or "area",
                       bucket=self.bucket.currentData() or "auto")

    def set_query(self, query: EntryQuery) -> None:
        """Take over filters (the triage list's): the charts follow."""
        self.filters.set_query(query)

    @Slot()
    def reload(self) -> None:
        """Filters or options changed: every tab is stale; compute the one in front now."""
        self._stale = set(range(len(self.tab_pages)))
        if not self._started:
            return
        if not self.isVisible():
            self.throttle.cancel()
            return
        self.throttle.started()
        self._load(self.tabs.currentIndex())

    @Slot()
    def _refresh(self) -> None:
        """The throttle fired (data changed): recompute the tab in front."""
        self._stale = set(range(len(self.tab_pages)))
        if not self.isVisible() or not self._started:
            self.throttle.finished()
            return
        self._load(self.tabs.currentIndex())

    def _load(self, tab: int) -> None:
        self._generation += 1
        generation = self._generation
        query, options = self.query(), self.options()
        self._tasks.background(
            lambda: compute(self._backend.services(), tab, query, options),
            lambda loaded: self._on_loaded(generation, loaded),
            lambda exc: self._on_load_failed(generation, exc))

    def _on_loaded(self, generation: int, loaded: Loaded) -> None:
        if generation == self._generation:
            started = time.perf_counter()
            self.tab_pages[loaded.tab].show_loaded(loaded)
            self.last_draw_ms = (time.perf_counter() - started) * 1000
            self._stale.discard(loaded.tab)
            self.last_loaded = loaded
            self._updated_at = time.time()
            self._show_updated()
            self.throttle.finished()

    def _on_load_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.throttle.finished()
            self._on_failed(exc)

    def _on_failed(self, exc: BaseException) -> None:
        self.updated.setText(self.tr("Could not compute the charts: {reason}").format(
            reason=describe(exc)))

    def _show_updated(self) -> None:
        loaded = self.last_loaded
        if loaded is None:
            self.updated.setText("")
            return
        stamp = time.strftime("%H:%M:%S", time.localtime(self._updated_at))
        self.updated.setText(self.tr("Updated {time} · refreshes by itself while entries are "
                                     "recorded").format(time=stamp))

    # ---- reactions -----------------------------------------------------------------------------
    @Slot()
    def _on_options(self) -> None:
        self._settings.set(S.DASHBOARD_BREAKDOWN, self.options().by)
        self._settings.set(S.DASHBOARD_BUCKET, self.options().bucket)
        self.reload()

    @Slot()
    def _on_mode(self) -> None:
        stacked = self.mode.currentData() != "lines"
        self._settings.set(S.DASHBOARD_STACKED, stacked)
        self.over_time.set_mode(stacked=stacked, cumulative=self.cumulative.isChecked())

    @Slot(int)
    def _on_tab(self, tab: int) -> None:
        self._settings.set(S.DASHBOARD_TAB, tab)
        if tab in self._stale and self._started and self.isVisible():
            self.throttle.started()
            self._load(tab)

    def showEvent(self, e: QShowEvent) -> None:
        super().showEvent(e)
        tab = self.tabs.currentIndex()
        if self._started and tab in self._stale:
            self.throttle.started()
            self._load(tab)

    def _on_data_changed(self, changes: tuple[Change, ...], _initiator: object) -> None:
        if not any(c.entity in RELEVANT for c in changes):
            return
        if any(c.entity in ("event", "session") for c in changes) and self._started:
            self._tasks.read(lambda: catalog(self._backend.services()), self._on_catalog,
                             self._on_failed)
        self._stale = set(range(len(self.tab_pages)))
        if self.isVisible() and self._started:
            self.throttle.poke()

    @Slot(bool, str)
    def _on_connection(self, online: bool, _message: str) -> None:
        """The database answers again: what changed meanwhile is shown."""
        if online and self._started:
            self._stale = set(range(len(self.tab_pages)))
            if self.isVisible():
                self.throttle.poke()

    @Slot(object)
    def _on_clicked(self, query: EntryQuery) -> None:
        self.sig_open_query.emit(query, describe_query(query, self.query(), self._names))

    # ---- export --------------------------------------------------------------------------------
    def current_tab(self) -> ChartTab:
        return self.tab_pages[self.tabs.currentIndex()]

    def _ask_path(self, title: str, suffix: str, pattern: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.tabs.tabText(self.tabs.currentIndex()).replace(" ", "-").lower()
        path, _filter = QFileDialog.getSaveFileName(
            self, title, str(Path(folder) / f"trends-{name}.{suffix}"), pattern)
        if not path:
            return None
        out = Path(path)
        return out if out.suffix.lower() == f".{suffix}" else out.with_name(out.name + f".{suffix}")

    @Slot()
    def ask_export_png(self) -> None:
        path = self._ask_path(self.tr("Export chart as PNG"), "png", self.tr("PNG images (*.png)"))
        if path is not None:
            self.save_png(path)

    @Slot()
    def ask_export_csv(self) -> None:
        path = self._ask_path(self.tr("Export numbers as CSV"), "csv",
                              self.tr("CSV files (*.csv)"))
        if path is not None:
            self.save_csv(path)

    def save_png(self, path: Path) -> bool:
        tab = self.current_tab()
        if tab is self.over_time:  # the chart alone, drawn by pyqtgraph's exporter
            return self._write(lambda: self.over_time.chart.export_png(path), path)
        return self._write(lambda: export.write_png(tab, path), path)  # its charts and tiles

    def save_csv(self, path: Path) -> bool:
        sections = self.current_tab().sections()
        return self._write(lambda: export.write_csv(path, sections), path)

    def _write(self, write: Any, path: Path) -> bool:
        try:
            write()
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), self.tr(
                "Could not write {path}: {reason}. Nothing was changed; choose another folder "
                "or free some space.").format(path=path, reason=exc.strerror or exc))
            return False
        self.sig_status.emit(self.tr("Saved {path}").format(path=path))
        return True
