"""What each dashboard tab needs from the core, computed off the GUI thread.

Plain functions over ``Services`` (no widgets): the panel runs them on the background lane and
hands the frozen results to the tab on the GUI thread. Only the tab in front is computed; the
others are marked stale and computed when shown.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from ...core.dto import EntryQuery
from ...core.trends import CaseHealth, Heatmap, Ranking, TimeSeries

OVER_TIME, HEALTH, HEATMAPS, TOP = range(4)
TOP_LIMIT = 10


@dataclass(frozen=True, slots=True)
class Options:
    """The over-time chart's own choices."""

    by: str = "area"
    bucket: str = "auto"


@dataclass(frozen=True, slots=True)
class Loaded:
    tab: int
    query: EntryQuery
    options: Options
    data: tuple[Any, ...]
    seconds: float  # how long the core took


def compute(services: Any, tab: int, query: EntryQuery, options: Options) -> Loaded:
    """The numbers of tab ``tab`` for ``query`` (runs on a worker thread)."""
    trends = services.trends
    started = time.perf_counter()
    data: tuple[Any, ...]
    if tab == OVER_TIME:
        series: TimeSeries = trends.series(query, by=options.by, bucket=options.bucket)
        data = (series,)
    elif tab == HEALTH:
        health: CaseHealth = trends.health(query, bucket=options.bucket)
        data = (health,)
    elif tab == HEATMAPS:
        area_topic: Heatmap = trends.heatmap(query, rows="area", cols="topic")
        phase_programme: Heatmap = trends.heatmap(query, rows="phase", cols="programme")
        data = (area_topic, phase_programme)
    elif tab == TOP:
        countries: Ranking = trends.ranking(query, by="country", limit=TOP_LIMIT)
        groups: Ranking = trends.ranking(query, by="group", limit=TOP_LIMIT)
        data = (countries, groups)
    else:
        raise ValueError(f"no dashboard tab {tab}")
    return Loaded(tab, query, options, data, time.perf_counter() - started)


def catalog(services: Any) -> tuple[list[tuple[int, str]], dict[int, list[tuple[int, str]]]]:
    """Events and their sessions by name, for the filter bar."""
    events = services.catalog.events()
    sessions = {int(e.id): [(int(s.id), s.name) for s in services.catalog.sessions(e.id)]
                for e in events}
    return [(int(e.id), e.name) for e in events], sessions
