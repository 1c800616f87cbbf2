"""Search with every filter, paging by any column, counts, backlog and SLA compliance."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from feedback_desk.core.dto import SORT_COLUMNS, EntryQuery, PageRequest
from feedback_desk.core.errors import ValidationError
from feedback_desk.core.services import Services

from .conftest import START, FakeClock, new_entry

SAMPLES = [
    # kind, area, topic, country, speaker, text, minutes after START
    ("complaint", "overseas", "claims", "HK", "pmi_abroad", "Klaim JHT belum cair", 0),
    ("complaint", "digital", "digital_services", "TW", "cpmi", "Aplikasi JMO mengklaim gagal", 5),
    ("suggestion", "domestic", "policy_suggestion", None, "ngo", "Iuran bisa dicicil", 65),
    ("question", "overseas", "overseas_services", "MY", "family", "Where is the consulate desk?", 70),
    ("complaint", "overseas", "documents", "HK", "pmi_abroad", "Paspor ditahan agensi", 130),
    ("appreciation", "domestic", "domestic_services", "XX", "returnee", "Terima kasih petugas", 1500),
    ("commitment", "overseas", "overseas_services", "TW", "government", "Layanan jemput bola", 3000),
]


@pytest.fixture
def filled(svc: Services, event):  # type: ignore[no-untyped-def]
    views = []
    for kind, area, topic, country, speaker, text, minutes in SAMPLES:
        views.append(svc.entries.record(new_entry(
            event.id, kind=kind, service_area=area, topic=topic, country=country,
            speaker_type=speaker, text=text, recorded_at=START + timedelta(minutes=minutes),
            dimensions=("benefit_quality",) if kind == "complaint" else (),
        )))
    return views


def ids(page) -> list[int]:  # type: ignore[no-untyped-def]
    return [r.id for r in page.rows]


def test_default_list_is_newest_first(svc: Services, filled) -> None:
    page = svc.search.search(EntryQuery())
    assert ids(page) == [v.id for v in reversed(filled)]
    assert page.next_cursor is None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (EntryQuery(kinds=("complaint",)), {0, 1, 4}),
        (EntryQuery(areas=("overseas",)), {0, 3, 4, 6}),
        (EntryQuery(areas=("overseas",), kinds=("complaint",)), {0, 4}),
        (EntryQuery(countries=("HK", "TW")), {0, 1, 4, 6}),
        (EntryQuery(speaker_types=("pmi_abroad",)), {0, 4}),
        (EntryQuery(topics=("overseas_services",)), {3, 6}),
        (EntryQuery(statuses=("received",)), {2}),
        (EntryQuery(tiers=("S2",)), {0, 1, 3, 4}),
        (EntryQuery(text="klaim"), {0, 1}),  # stems: "mengklaim" → "klaim"
        (EntryQuery(text="KLAIM jht"), {0}),
        (EntryQuery(text="consulate"), {3}),
        (EntryQuery(text="!!! ..."), set()),  # no words: nothing, not everything
        (EntryQuery(recorded_from=START + timedelta(minutes=60),
                    recorded_to=START + timedelta(minutes=1500)), {2, 3, 4}),
    ],
)
def test_filters(svc: Services, filled, query: EntryQuery, expected: set[int]) -> None:
    got = {r.id for r in svc.search.search(query).rows}
    assert got == {filled[i].id for i in expected}
    assert svc.search.count(query) == len(expected)


def test_event_session_assignee_group_and_overdue_filters(
    svc: Services, filled, event, clock: FakeClock
) -> None:
    other = svc.catalog.create_event("Forum Taipei 2026")
    elsewhere = svc.entries.record(new_entry(other.id, text="di Taipei"))
    assert {r.id for r in svc.search.search(EntryQuery(event_ids=(other.id,))).rows} == {elsewhere.id}
    panel = svc.catalog.sessions(event.id)[0]
    in_panel = svc.entries.record(new_entry(event.id, session_id=panel.id))
    assert ids(svc.search.search(EntryQuery(session_ids=(panel.id,)))) == [in_panel.id]
    v = filled[0]
    v = svc.cases.assign(v.id, v.version, "sari")
    assert ids(svc.search.search(EntryQuery(assignees=("sari",)))) == [v.id]
    assert v.id not in ids(svc.search.search(EntryQuery(assignees=("",))))
    group = svc.groups.create("JHT", [filled[1].id])
    assert ids(svc.search.search(EntryQuery(group_id=group.id))) == [filled[1].id]
    clock.advance(days=30)
    overdue = {r.id for r in svc.search.search(EntryQuery(overdue=True)).rows}
    assert filled[0].id in overdue and filled[5].id not in overdue  # appreciation never due
    w = svc.entries.get(filled[4].id)
    w = svc.cases.transition(w.id, w.version, "triaged")
    svc.cases.transition(w.id, w.version, "waiting_worker")
    assert w.id not in {r.id for r in svc.search.search(EntryQuery(overdue=True)).rows}


@pytest.mark.parametrize("sort", SORT_COLUMNS)
@pytest.mark.parametrize("descending", [True, False])
def test_paging_by_any_column_visits_every_row_once(
    svc: Services, event, sort: str, descending: bool
) -> None:
    kinds = ["complaint", "question", "suggestion"]
    areas = ["overseas", "digital", "domestic"]
    countries = ["HK", None, "TW", "MY"]
    for i in range(23):  # ties on every column, and NULLs
        svc.entries.record(new_entry(
            event.id, kind=kinds[i % 3], service_area=areas[i % 2], country=countries[i % 4],
            topic=None if i % 5 == 0 else "claims", text=f"entri nomor {i}",
            recorded_at=START + timedelta(minutes=i // 2),
        ))
    seen: list[int] = []
    cursor = None
    pages = 0
    while True:
        page = svc.search.search(EntryQuery(), PageRequest(sort, descending, limit=4, after=cursor))
        seen += ids(page)
        pages += 1
        cursor = page.next_cursor
        if cursor is None:
            break
        assert pages < 20
    assert len(seen) == 23 and len(set(seen)) == 23
    whole = svc.search.search(EntryQuery(), PageRequest(sort, descending, limit=100))
    assert ids(whole) == seen  # the pages join up in exactly the one-page order


def test_bad_sort_limit_and_cursor_are_clear_errors(svc: Services, filled) -> None:
    with pytest.raises(ValidationError):
        svc.search.search(EntryQuery(), PageRequest(sort="text; DROP TABLE entry"))
    with pytest.raises(ValidationError):
        svc.search.search(EntryQuery(), PageRequest(limit=0))
    with pytest.raises(ValidationError):
        svc.search.search(EntryQuery(), PageRequest(after="not-a-cursor"))
    with pytest.raises(ValidationError):
        svc.search.search(EntryQuery(recorded_from=datetime(2026, 1, 1)))


def test_counts_by_time_bucket_and_dimension(svc: Services, filled) -> None:
    by_area = {r.key: r.count for r in svc.stats.counts(by="area")}
    assert by_area == {"overseas": 4, "digital": 1, "domestic": 2}
    hours = svc.stats.counts(bucket="hour")
    # START is 09:00 Jakarta; samples at +0, +5 min → 09:00; +65, +70 → 10:00; +130 → 11:00
    assert [(r.bucket.hour, r.count) for r in hours[:3]] == [(9, 2), (10, 2), (11, 1)]
    assert hours[0].bucket.utcoffset() == timedelta(hours=7)
    assert sum(r.count for r in hours) == 7
    minutes = svc.stats.counts(bucket="minute", by="kind")
    assert sum(r.count for r in minutes) == 7 and len(minutes) == 7
    days = {(r.bucket.date().isoformat(), r.key): r.count for r in svc.stats.counts(bucket="day", by="area")}
    assert days[("2026-11-16", "overseas")] == 3
    weeks = svc.stats.counts(bucket="week")
    assert [r.bucket.weekday() for r in weeks] == [0] * len(weeks)
    assert sum(r.count for r in weeks) == 7
    dims = {r.key: r.count for r in svc.stats.counts(by="dimension")}
    assert dims["benefit_quality"] == 3 and dims[None] == 4
    only_hk = svc.stats.counts(EntryQuery(countries=("HK",)), by="speaker_type")
    assert [(r.key, r.count) for r in only_hk] == [("pmi_abroad", 2)]
    with pytest.raises(ValidationError):
        svc.stats.counts(bucket="fortnight")
    with pytest.raises(ValidationError):
        svc.stats.counts(by="shoe_size")


def test_backlog_and_sla_compliance(svc: Services, filled, clock: FakeClock) -> None:
    v = svc.entries.get(filled[0].id)
    v = svc.cases.transition(v.id, v.version, "in_progress")
    svc.cases.transition(v.id, v.version, "resolved", reason="paid")  # on time
    clock.advance(days=30)
    w = svc.entries.get(filled[1].id)
    w = svc.cases.transition(w.id, w.version, "in_progress")
    svc.cases.transition(w.id, w.version, "resolved", reason="fixed")  # late
    backlog = {(b.kind, b.status): (b.open, b.overdue) for b in svc.stats.backlog()}
    assert backlog[("complaint", "new")] == (1, 1)
    assert backlog[("suggestion", "received")] == (1, 0)  # 30 calendar days: due today
    assert ("appreciation", "noted") not in backlog
    s2 = {c.tier: c for c in svc.stats.sla_compliance()}["S2"]
    assert (s2.resolved, s2.resolved_on_time) == (2, 1)
    assert s2.rate == 0.5
    assert s2.open == 2 and s2.open_overdue == 2


def test_protection_cases_stay_out_of_a_recorders_search(
    svc: Services, recorder: Services, event
) -> None:
    svc.entries.record(new_entry(event.id, topic="protection_case", text="korban perdagangan"))
    assert svc.search.count(EntryQuery(text="perdagangan")) == 1
    assert recorder.search.count(EntryQuery(text="perdagangan")) == 0


def test_timestamps_come_back_in_utc(svc: Services, event) -> None:
    from zoneinfo import ZoneInfo

    local = datetime(2026, 11, 16, 10, 30, tzinfo=ZoneInfo("Asia/Jakarta"))
    v = svc.entries.record(new_entry(event.id, recorded_at=local))
    assert v.recorded_at == local and v.recorded_at.tzinfo == UTC
