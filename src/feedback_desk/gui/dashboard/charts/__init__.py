"""pyqtgraph charts of the trends dashboard: entries over time, bars, heatmaps.

Each chart takes the plain DTOs of ``core.trends`` (or plain sequences), draws them with plot
items created once and updated in place, and emits the exact ``EntryQuery`` behind a clicked mark.
"""

from .bar_chart import BarChart
from .heatmap_chart import HeatmapChart
from .time_chart import TimeChart

__all__ = ["BarChart", "HeatmapChart", "TimeChart"]
