"""The dashboard's four tabs — entries over time, case health, heatmaps, top countries and issues.

Each tab holds its charts (built once), shows a ``Loaded`` result by updating them, relays a
click on any mark as the ``EntryQuery`` behind it, and gives its numbers as CSV sections.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import palette
from ...core.trends import CaseHealth, Heatmap, Ranking, TimeSeries
from ..i18n import Retranslating
from .charts.bar_chart import BarChart
from .charts.heatmap_chart import HeatmapChart
from .charts.time_chart import TimeChart
from .labels import label, tr
from .loader import Loaded

Section = tuple[str, list[str], list[list[str]]]


def _title(parent: QWidget) -> QLabel:
    title = QLabel(parent)
    font = QFont(title.font())
    font.setBold(True)
    title.setFont(font)
    title.setTextFormat(Qt.TextFormat.PlainText)
    return title


def _box(parent: QWidget, title: QLabel, chart: QWidget) -> QWidget:
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(2, 2, 2, 2)
    layout.addWidget(title)
    layout.addWidget(chart, 1)
    return box


class ChartTab(Retranslating, QWidget):
    sig_clicked = Signal(object)
    """(EntryQuery) the user clicked a mark: the entries behind it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loaded: Loaded | None = None
        self._charts: list[tuple[QLabel, Any]] = []

    def _add(self, chart: Any) -> tuple[QLabel, Any]:
        title = _title(self)
        chart.sig_clicked.connect(self.sig_clicked)
        self._charts.append((title, chart))
        return title, chart

    def sections(self) -> list[Section]:
        """The numbers of every chart: (title, header, rows)."""
        out = []
        for title, chart in self._charts:
            header, rows = chart.table()
            out.append((title.text(), list(header), [list(r) for r in rows]))
        return out

    def show_loaded(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self._draw()

    def _draw(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        self._name()
        if self.loaded is not None:
            self._draw()  # category labels follow the language

    def _name(self) -> None:
        raise NotImplementedError


class OverTimeTab(ChartTab):
    def __init__(self, controls: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stacked = True
        self.cumulative = False
        self.title, self.chart = self._add(TimeChart(self))
        self.note = QLabel(self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(controls)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.note)
        layout.addLayout(head)
        layout.addWidget(self.chart, 1)
        self._name()

    def _name(self) -> None:
        self.title.setText(self.tr("Entries over time"))

    def set_mode(self, *, stacked: bool, cumulative: bool) -> None:
        self.stacked, self.cumulative = stacked, cumulative
        if self.loaded is not None:
            self._draw()

    def _draw(self) -> None:
        assert self.loaded is not None
        series: TimeSeries = self.loaded.data[0]
        self.chart.set_series(series, [label(series.by, k) for k in series.keys],
                              stacked=self.stacked, cumulative=self.cumulative)
        from .labels import bucket_name

        note = self.tr("Buckets: {size}").format(size=bucket_name(series.bucket).lower())
        if series.requested not in ("auto", series.bucket):
            note = self.tr("{asked} would make too many points; showing {size}").format(
                asked=bucket_name(series.requested), size=bucket_name(series.bucket).lower())
        if series.by == "dimension":
            note += " · " + self.tr("an entry with two dimensions counts in both")
        if not series.bounds:
            note = self.tr("No entries match these filters")
        self.note.setText(note)


class _Lazy(Sequence[Any]):
    """``make(i)`` for ``i < n``, made when asked (a click), not for every bucket at each
    refresh: 400 backlog queries took 8 ms of the GUI thread's refresh."""

    def __init__(self, make: Any, n: int) -> None:
        self._make, self._n = make, n

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self._make(j) for j in range(*i.indices(self._n))]
        if not -self._n <= i < self._n:
            raise IndexError(i)
        return self._make(i % self._n)


def _duration(hours: float | None) -> str:
    if hours is None:
        return "–"
    if hours < 48:
        return tr("{n} h").format(n=f"{hours:.1f}")
    return tr("{n} days").format(n=f"{hours / 24:.1f}")


class HealthTab(ChartTab):
    """Complaints: backlog over time, open / overdue / resolved / median time, SLA compliance
    per tier; suggestions by adoption status; commitments by status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles: dict[str, QPushButton] = {}
        tiles = QHBoxLayout()
        for key in ("open", "overdue", "resolved", "median"):
            tile = QPushButton(self)
            tile.setObjectName(f"tile_{key}")
            tile.setFlat(key in ("resolved", "median"))
            tile.setMinimumHeight(52)
            font = QFont(tile.font())
            font.setPointSizeF(font.pointSizeF() * 1.25)
            tile.setFont(font)
            tiles.addWidget(tile)
            self.tiles[key] = tile
        self.tiles["open"].clicked.connect(lambda: self._emit("open"))
        self.tiles["overdue"].clicked.connect(lambda: self._emit("overdue"))
        self.backlog_title, self.backlog = self._add(TimeChart(self))
        self.sla_title, self.sla = self._add(BarChart(self))
        self.adoption_title, self.adoption = self._add(BarChart(self))
        self.commit_title, self.commitments = self._add(BarChart(self))
        grid = QGridLayout()
        grid.addWidget(_box(self, self.backlog_title, self.backlog), 0, 0)
        grid.addWidget(_box(self, self.sla_title, self.sla), 0, 1)
        grid.addWidget(_box(self, self.adoption_title, self.adoption), 1, 0)
        grid.addWidget(_box(self, self.commit_title, self.commitments), 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tiles)
        layout.addLayout(grid, 1)
        self._name()

    def _emit(self, which: str) -> None:
        if self.loaded is None:
            return
        health: CaseHealth = self.loaded.data[0]
        self.sig_clicked.emit(health.open_query() if which == "open" else health.overdue_query())

    def _name(self) -> None:
        self.backlog_title.setText(self.tr("Open complaints over time (backlog)"))
        self.sla_title.setText(self.tr("SLA compliance per tier (% resolved by the due date)"))
        self.adoption_title.setText(self.tr("Suggestions by adoption status"))
        self.commit_title.setText(self.tr("Commitments made on stage, by status"))
        self.tiles["open"].setToolTip(self.tr("List the open complaints"))
        self.tiles["overdue"].setToolTip(self.tr("List the overdue complaints"))
        self._tile_texts()

    def _tile_texts(self) -> None:
        h: CaseHealth | None = self.loaded.data[0] if self.loaded is not None else None
        texts = {
            "open": (self.tr("Open complaints"), h.open_now if h else None),
            "overdue": (self.tr("Overdue"), h.overdue if h else None),
            "resolved": (self.tr("Resolved"), h.resolved if h else None),
        }
        for key, (caption, n) in texts.items():
            self.tiles[key].setText(f"{caption}\n{'–' if n is None else f'{n:,}'}")
        caption = self.tr("Median time to resolution")
        self.tiles["median"].setText(
            f"{caption}\n{_duration(h.median_hours if h else None)}")

    def _draw(self) -> None:
        assert self.loaded is not None
        h: CaseHealth = self.loaded.data[0]
        self._tile_texts()
        self.backlog.set_line(h.bounds, h.backlog, self.tr("Open complaints"), palette.OKABE_ITO[3],
                              _Lazy(h.backlog_query, len(h.backlog)))
        tiers = [t for t in h.tiers if t.resolved]
        self.sla.set_bars(
            [f"{t.tier} ({t.on_time:,}/{t.resolved:,})" for t in tiers],
            [100 * (t.compliance or 0.0) for t in tiers],
            [palette.colour("tier", t.tier) for t in tiers],
            [h.tier_query(h.tiers.index(t)) for t in tiers], percent=True)
        self._bars(self.adoption, h.adoption, [h.adoption_query(i) for i in range(len(h.adoption))])
        self._bars(self.commitments, h.commitments,
                   [h.commitment_query(i) for i in range(len(h.commitments))])

    @staticmethod
    def _bars(chart: BarChart, pairs: Sequence[tuple[str, int]], queries: list[Any]) -> None:
        chart.set_bars([label("status", s) for s, _n in pairs], [n for _s, n in pairs],
                       [palette.colour("status", s) for s, _n in pairs], queries)


class HeatmapsTab(ChartTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area_title, self.area_topic = self._add(HeatmapChart(self))
        self.phase_title, self.phase_programme = self._add(HeatmapChart(self))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_box(self, self.area_title, self.area_topic), 3)
        layout.addWidget(_box(self, self.phase_title, self.phase_programme), 2)
        self._name()

    def _name(self) -> None:
        self.area_title.setText(self.tr("Service area × topic"))
        self.phase_title.setText(self.tr("Placement phase × programme"))

    def _draw(self) -> None:
        assert self.loaded is not None
        for chart, hm in zip((self.area_topic, self.phase_programme), self.loaded.data, strict=True):
            heat: Heatmap = hm
            chart.set_heatmap(heat, [label(heat.row_by, k) for k in heat.rows],
                              [label(heat.col_by, k) for k in heat.cols])


class TopTab(ChartTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.country_title, self.countries = self._add(BarChart(self))
        self.group_title, self.groups = self._add(BarChart(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_box(self, self.country_title, self.countries), 1)
        layout.addWidget(_box(self, self.group_title, self.groups), 1)
        self._name()

    def _name(self) -> None:
        self.country_title.setText(self.tr("Top destination countries (entries)"))
        self.group_title.setText(self.tr("Top issues (voices grouped under one issue)"))

    def _draw(self) -> None:
        assert self.loaded is not None
        countries: Ranking = self.loaded.data[0]
        groups: Ranking = self.loaded.data[1]
        self.countries.set_bars(
            [label("country", i.key) for i in countries.items], [i.count for i in countries.items],
            [palette.BAR] * len(countries.items),
            [countries.query_for(n) for n in range(len(countries.items))])
        self.groups.set_bars(
            [i.label for i in groups.items], [i.count for i in groups.items],
            [palette.OKABE_ITO[1]] * len(groups.items),
            [groups.query_for(n) for n in range(len(groups.items))])
