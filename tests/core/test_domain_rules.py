"""Pure domain rules: lifecycles, SLA working days, the bilingual pick-lists (no database)."""

from __future__ import annotations

from collections import deque
from datetime import date

import pytest

from feedback_desk.core import lifecycle, sla, taxonomy
from feedback_desk.core.lifecycle import IllegalTransition, ReasonRequired

CAL = sla.WorkCalendar(holidays=frozenset({date(2026, 12, 25)}))
S2 = next(r for r in sla.DEFAULT_TIERS if r.code == "S2")
S4 = next(r for r in sla.DEFAULT_TIERS if r.code == "S4")


@pytest.mark.parametrize("kind", list(lifecycle.STATUSES))
def test_every_state_is_reachable_from_the_first(kind: str) -> None:
    seen = {lifecycle.initial_status(kind)}
    todo = deque(seen)
    while todo:
        for nxt in lifecycle.allowed_transitions(kind, todo.popleft()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    assert seen == set(lifecycle.STATUSES[kind])


@pytest.mark.parametrize(
    ("kind", "old", "new"),
    [("complaint", "new", "resolved"), ("complaint", "new", "waiting_worker"),
     ("complaint", "closed", "new"), ("suggestion", "received", "implemented"),
     ("suggestion", "implemented", "received"), ("question", "new", "closed"),
     ("appreciation", "noted", "new"), ("commitment", "done", "cancelled")],
)
def test_illegal_moves_are_refused(kind: str, old: str, new: str) -> None:
    with pytest.raises(IllegalTransition) as info:
        lifecycle.check_transition(kind, old, new, reason="because")
    assert (info.value.kind, info.value.from_status, info.value.to_status) == (kind, old, new)
    assert new in str(info.value)


@pytest.mark.parametrize(
    ("kind", "old", "new"),
    [("complaint", "in_progress", "resolved"), ("complaint", "new", "closed"),
     ("suggestion", "under_study", "declined"), ("suggestion", "under_study", "adopted"),
     ("question", "new", "answered"), ("commitment", "open", "cancelled")],
)
def test_moves_that_need_a_reason(kind: str, old: str, new: str) -> None:
    with pytest.raises(ReasonRequired):
        lifecycle.check_transition(kind, old, new, reason="   ")
    lifecycle.check_transition(kind, old, new, reason="Dana sudah cair")


def test_closing_a_resolved_case_needs_no_reason() -> None:
    lifecycle.check_transition("complaint", "resolved", "closed")


def test_open_waiting_and_resolution_sets_are_consistent() -> None:
    for kind, states in lifecycle.STATUSES.items():
        for status in states:
            if lifecycle.is_waiting(kind, status):
                assert lifecycle.is_open(kind, status)
        assert not lifecycle.is_open(kind, "noted")
    assert lifecycle.is_reopen("complaint", "closed", "in_progress")
    assert not lifecycle.is_reopen("complaint", "triaged", "in_progress")
    with pytest.raises(ValueError):
        lifecycle.initial_status("rumour")
    with pytest.raises(ValueError):
        lifecycle.check_transition("complaint", "limbo", "new")


def test_working_days_skip_weekends_and_holidays() -> None:
    friday = date(2026, 11, 20)
    assert CAL.add_working_days(friday, 1) == date(2026, 11, 23)  # Monday
    assert CAL.add_working_days(date(2026, 12, 24), 1) == date(2026, 12, 28)  # over Christmas
    saturday = date(2026, 11, 21)
    assert CAL.add_working_days(saturday, 0) == saturday  # S0: the same day, even a Saturday
    assert sla.due_date(S2, date(2026, 11, 16), CAL) == date(2026, 11, 23)
    assert sla.due_date(S4, date(2026, 11, 16), CAL) == date(2027, 1, 15)  # calendar days
    assert CAL.working_days_between(friday, date(2026, 11, 24)) == 2  # Fri + Mon
    assert CAL.working_days_between(friday, friday) == 0


def test_pausing_pushes_the_due_date_by_working_days_waited() -> None:
    due = date(2026, 11, 23)
    assert sla.extend_for_pause(due, date(2026, 11, 20), date(2026, 11, 24), CAL) == date(2026, 11, 25)
    assert not sla.is_overdue(due, date(2026, 12, 1), open_=True, waiting=True)
    assert sla.is_overdue(due, date(2026, 11, 24), open_=True, waiting=False)
    assert not sla.is_overdue(due, date(2026, 11, 23), open_=True, waiting=False)
    assert not sla.is_overdue(due, date(2026, 12, 1), open_=False, waiting=False)


def test_default_tiers() -> None:
    assert sla.default_tier("complaint", "protection_case") == "S0"
    assert sla.default_tier("complaint", "claims") == "S2"
    assert sla.default_tier("suggestion", None) == "SUG"
    assert sla.default_tier("appreciation", None) is None
    assert set(sla.PRIORITY_ALIASES.values()) <= {r.code for r in sla.DEFAULT_TIERS}
    assert date(2026, 8, 17) in sla.DEFAULT_HOLIDAYS


def test_taxonomy_lists_are_bilingual_and_unique() -> None:
    for name in taxonomy.LIST_NAMES:
        terms = taxonomy.terms(name)
        assert len({t.code for t in terms}) == len(terms), name
        assert all(t.label_en.strip() and t.label_id.strip() for t in terms), name
    assert taxonomy.terms("kind")[0].label("id") == "Keluhan"


@pytest.mark.parametrize(
    ("name", "value", "code"),
    [("service_area", "Luar Negeri", "overseas"), ("service_area", " DIGITAL ", "digital"),
     ("kind", "masukan", "suggestion"), ("kind", "Keluhan", "complaint"),
     ("country", "jepang", "JP"), ("country", "hk", "HK"), ("country", "Arab Saudi", "SA"),
     ("topic", "Kasus pelindungan", "protection_case"), ("programme", "jht", "JHT"),
     ("speaker_type", "LSM", "ngo"), ("country", "Atlantis", None)],
)
def test_resolve_accepts_codes_and_both_languages(name: str, value: str, code: str | None) -> None:
    assert taxonomy.resolve(name, value) == code


def test_countries_most_frequent_first_specials_last() -> None:
    codes = [t.code for t in taxonomy.terms("country")]
    assert codes[:17] == ["HK", "TW", "MY", "JP", "SG", "KR", "SA", "IT", "BN", "TR", "PL",
                          "AE", "ZM", "QA", "KW", "KH", "CD"]
    assert codes[-2:] == ["ZZ", "XX"]
    assert len(codes) >= 240 and len(set(codes)) == len(codes)
    assert all(len(c) == 2 and c.isupper() for c in codes)
    assert "ID" in codes
