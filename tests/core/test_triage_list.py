"""The triage list's core: ids in list order, rows by id, facet counts, the new filters, and the
planner statistics that keep filtered pages fast."""

from __future__ import annotations

import random
import sqlite3
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta

import pytest

from feedback_desk.core import lifecycle
from feedback_desk.core.db import planner_stats
from feedback_desk.core.db.facets import FACET_NAMES
from feedback_desk.core.dto import ME, SORT_COLUMNS, EntryQuery, EntryView, PageRequest
from feedback_desk.core.errors import ValidationError
from feedback_desk.core.services import Services

from .conftest import START, FakeClock, new_entry

KINDS = ("complaint", "suggestion", "question", "appreciation", "commitment")
AREAS = ("domestic", "overseas", "digital")
TOPICS = ("claims", "documents", "membership", "digital_services")
COUNTRIES = ("HK", "TW", "MY", None)
SPEAKERS = ("pmi_abroad", "cpmi", "ngo", "government")
PROGRAMMES = ("JHT", "JKK", None)
PHASES = ("before", "during", "after", None)


@pytest.fixture
def mixed(svc: Services, event, clock: FakeClock) -> list[EntryView]:  # type: ignore[no-untyped-def]
    """60 entries with every facet varied, some assigned, grouped, moved on and paused."""
    rnd = random.Random(7)
    svc.accounts.users()  # the supervisor exists
    Services.connect(svc.db, "budi", roles="supervisor", clock=clock)
    views = []
    for i in range(60):
        views.append(svc.entries.record(new_entry(
            event.id, kind=rnd.choice(KINDS), service_area=rnd.choice(AREAS),
            topic=rnd.choice(TOPICS), country=rnd.choice(COUNTRIES),
            speaker_type=rnd.choice(SPEAKERS), programme=rnd.choice(PROGRAMMES),
            phase=rnd.choice(PHASES), sensitive=rnd.random() < 0.2,
            text=f"Keluhan nomor {i} tentang klaim" if i % 3 else f"Saran nomor {i}",
            recorded_at=START - timedelta(days=rnd.randint(0, 20), minutes=i),
        )))
    for view in views[:12]:
        svc.cases.assign(view.id, view.version, rnd.choice(("sari", "budi")))
    complaints = [v for v in views if v.kind == "complaint"]
    for view in complaints[:3]:
        current = svc.entries.get(view.id)
        svc.cases.transition(view.id, current.version, "triaged")
    svc.groups.create("Klaim lambat", [v.id for v in views[20:24]])
    return [svc.entries.get(v.id) for v in views]


def _matches(view: EntryView, query: EntryQuery, today: date, me: str) -> bool:
    running = lifecycle.is_open(view.kind, view.status) and not lifecycle.is_waiting(
        view.kind, view.status)
    checks = (
        (query.kinds, view.kind), (query.areas, view.service_area), (query.topics, view.topic),
        (query.countries, view.country), (query.speaker_types, view.speaker_type),
        (query.programmes, view.programme), (query.phases, view.phase),
        (query.statuses, view.status), (query.tiers, view.tier),
    )
    if any(values and value not in values for values, value in checks):
        return False
    if query.assignees:
        wanted = {me if a == ME else a for a in query.assignees}
        if (view.assignee or "") not in wanted:
            return False
    if query.sensitive is not None and view.sensitive != query.sensitive:
        return False
    late = bool(view.due_date and view.due_date < today and running)
    soon = bool(view.due_date and today <= view.due_date <= today + timedelta(days=1) and running)
    if query.overdue is not None and late != query.overdue:
        return False
    if query.due_soon is not None and soon != query.due_soon:
        return False
    return query.grouped is None or (view.group_id is not None) == query.grouped


QUERIES = [
    EntryQuery(),
    EntryQuery(kinds=("complaint",)),
    EntryQuery(kinds=("complaint", "suggestion"), areas=("overseas",)),
    EntryQuery(countries=("HK",), sensitive=False),
    EntryQuery(programmes=("JHT",), phases=("during", "after")),
    EntryQuery(assignees=(ME,)),
    EntryQuery(assignees=("",), grouped=False),
    EntryQuery(overdue=True),
    EntryQuery(due_soon=True),
    EntryQuery(statuses=("new",), tiers=("S2",)),
]


@pytest.mark.parametrize("query", QUERIES)
def test_facet_counts_equal_counts_made_from_the_entries(
    svc: Services, mixed: list[EntryView], clock: FakeClock, query: EntryQuery
) -> None:
    today = (clock.now + timedelta(hours=7)).date()
    facets = svc.search.facets(query)
    assert set(facets) == set(FACET_NAMES)
    fields = {
        "kind": ("kinds", lambda v: v.kind), "area": ("areas", lambda v: v.service_area),
        "topic": ("topics", lambda v: v.topic), "country": ("countries", lambda v: v.country),
        "speaker_type": ("speaker_types", lambda v: v.speaker_type),
        "programme": ("programmes", lambda v: v.programme), "phase": ("phases", lambda v: v.phase),
        "status": ("statuses", lambda v: v.status), "tier": ("tiers", lambda v: v.tier),
        "assignee": ("assignees", lambda v: v.assignee or ""),
        "event": ("event_ids", lambda v: v.event_id),
        "session": ("session_ids", lambda v: v.session_id),
        "sensitive": ("sensitive", lambda v: v.sensitive),
    }
    for name, (field, value_of) in fields.items():
        loose = replace(query, **{field: None if field == "sensitive" else ()})
        expected = Counter(value_of(v) for v in mixed if _matches(v, loose, today, "sari"))
        assert dict(facets[name]) == dict(expected), name
    loose = replace(query, overdue=None, due_soon=None)
    counted = dict(facets["deadline"])
    assert counted["overdue"] == sum(
        _matches(v, replace(loose, overdue=True), today, "sari") for v in mixed)
    assert counted["due_soon"] == sum(
        _matches(v, replace(loose, due_soon=True), today, "sari") for v in mixed)
    assert svc.search.count(query) == sum(_matches(v, query, today, "sari") for v in mixed)


@pytest.mark.parametrize("sort", SORT_COLUMNS)
def test_ids_are_the_list_order_for_every_sort_column(
    svc: Services, mixed: list[EntryView], sort: str
) -> None:
    for descending in (True, False):
        paged: list[int] = []
        page = PageRequest(sort=sort, descending=descending, limit=7)
        while True:
            got = svc.search.search(EntryQuery(), page)
            paged += [r.id for r in got.rows]
            if got.next_cursor is None:
                break
            page = replace(page, after=got.next_cursor)
        assert list(svc.search.ids(EntryQuery(), sort, descending)) == paged


def test_rows_come_in_the_order_asked_and_leave_out_what_is_hidden(
    svc: Services, recorder: Services, event, mixed: list[EntryView]
) -> None:
    secret = svc.entries.record(new_entry(event.id, topic="protection_case", text="Disiksa majikan"))
    wanted = [mixed[5].id, secret.id, mixed[1].id, 999_999, mixed[3].id]
    assert [r.id for r in svc.search.rows(wanted)] == [mixed[5].id, secret.id, mixed[1].id, mixed[3].id]
    assert [r.id for r in recorder.search.rows(wanted)] == [mixed[5].id, mixed[1].id, mixed[3].id]
    assert secret.id not in recorder.search.ids(EntryQuery())
    row = svc.search.rows([mixed[1].id])[0]
    assert (row.programme, row.phase, row.paused_on) == (mixed[1].programme, mixed[1].phase, None)
    with pytest.raises(ValidationError):
        svc.search.rows(list(range(1, 1002)))
    assert svc.search.rows([]) == ()


def test_text_without_words_matches_nothing_everywhere(svc: Services, mixed) -> None:  # type: ignore[no-untyped-def]
    query = EntryQuery(text='"*')
    assert len(svc.search.ids(query)) == 0
    assert all(not counts for name, counts in svc.search.facets(query).items() if name != "deadline")


def test_facets_stop_when_no_longer_wanted(svc: Services, mixed) -> None:  # type: ignore[no-untyped-def]
    asked = []

    def keep_going() -> bool:
        asked.append(1)
        return len(asked) <= 2

    assert list(svc.search.facets(EntryQuery(), keep_going=keep_going)) == list(FACET_NAMES[:2])
    with pytest.raises(ValidationError):
        svc.search.facets(EntryQuery(), ("colour",))
    with pytest.raises(ValidationError):
        svc.search.facets(EntryQuery(programmes=("XYZ",)))


def test_first_account_of_a_database_is_its_admin(db_url: str) -> None:
    from feedback_desk.core.db.engine import open_database

    db = open_database(db_url)
    try:
        first = Services.connect(db, "ani", first_is_admin=True)
        second = Services.connect(db, "budi", first_is_admin=True)
        assert first.actor.roles == frozenset({"admin"})
        assert second.actor.roles == frozenset({"recorder"})
    finally:
        db.dispose()


def test_planner_statistics_equal_what_analyze_writes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "stats.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE entry (id INTEGER PRIMARY KEY, area TEXT, status TEXT, at INT, "
                 "uuid TEXT UNIQUE)")
    conn.execute("CREATE INDEX ix_area_status ON entry (area, status, at)")
    rnd = random.Random(3)
    conn.executemany("INSERT INTO entry (area, status, at, uuid) VALUES (?, ?, ?, ?)", [
        (rnd.choice("abc"), rnd.choice("wxyz"), rnd.randint(0, 500), str(i)) for i in range(3000)
    ])
    assert planner_stats.refresh(conn) == 2
    ours = dict(conn.execute("SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'entry'").fetchall())
    conn.execute("ANALYZE")
    theirs = dict(conn.execute("SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'entry'").fetchall())
    assert ours == theirs
    empty = sqlite3.connect(tmp_path / "empty.sqlite", isolation_level=None)
    empty.execute("CREATE TABLE entry (id INTEGER PRIMARY KEY, a TEXT)")
    assert planner_stats.refresh(empty) == 0


def test_common_words_page_the_same_by_walking_the_time_index(
    svc: Services, mixed: list[EntryView], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A word in many entries takes the walk-and-check plan: the same rows, the same order."""
    from feedback_desk.core.services import search

    query = EntryQuery(text="klaim")
    page = PageRequest(limit=7)
    collected = svc.search.search(query, page)
    monkeypatch.setattr(search, "DENSE_MIN_MATCHES", 1)
    monkeypatch.setattr(search, "DENSE_SHARE", 1000)
    walked = svc.search.search(query, page)
    assert [r.id for r in walked.rows] == [r.id for r in collected.rows]
    assert len(walked.rows) == 7
    assert [r.id for r in svc.search.search(query, replace(page, after=walked.next_cursor)).rows] \
        == list(svc.search.ids(query))[7:14]


def test_planner_statistics_are_measured_again_only_when_the_table_changed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(tmp_path / "s.sqlite", isolation_level=None)
    conn.execute("CREATE TABLE entry (id INTEGER PRIMARY KEY, area TEXT)")
    conn.execute("CREATE INDEX ix_area ON entry (area)")
    conn.executemany("INSERT INTO entry (area) VALUES (?)", [("a",)] * 1000)
    assert not planner_stats.stale(conn)  # small: any plan is quick
    conn.executemany("INSERT INTO entry (area) VALUES (?)", [("a",)] * planner_stats.SMALL)
    assert planner_stats.stale(conn)  # no figures yet
    planner_stats.refresh(conn)
    assert not planner_stats.stale(conn)
    conn.executemany("INSERT INTO entry (area) VALUES (?)", [("b",)] * 2000)
    assert not planner_stats.stale(conn)  # a tenth more: the same picture
    conn.executemany("INSERT INTO entry (area) VALUES (?)", [("b",)] * 8000)
    assert planner_stats.stale(conn)
