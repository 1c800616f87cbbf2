"""Recording and editing entries on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from feedback_desk.core.errors import ConflictError, NotFound, ValidationError
from feedback_desk.core.services import Services

from .conftest import FakeClock, new_entry


def test_record_returns_the_stored_entry_with_its_sla(svc: Services, event) -> None:
    session = svc.catalog.sessions(event.id)[0]
    view = svc.entries.record(new_entry(event.id, session_id=session.id, summary=" JHT late "))
    assert view.id > 0 and view.version == 1
    assert view.status == "new" and view.tier == "S2"
    # Monday 16 Nov + 5 working days = Monday 23 Nov
    assert view.due_date == date(2026, 11, 23)
    assert view.event_name == "Simposium PMI 2026" and view.session_name == "Panel 1"
    assert view.summary == "JHT late"
    assert view.dimensions == ("service_process",)
    assert view.recorded_by == "sari"
    assert svc.entries.get(view.id) == view


def test_recording_the_same_uuid_twice_keeps_one_copy(svc: Services, event) -> None:
    uid = str(uuid.uuid4())
    first = svc.entries.record(new_entry(event.id, uuid=uid))
    again = svc.entries.record(new_entry(event.id, uuid=uid, text="different words"))
    assert again.id == first.id and again.text == first.text
    assert svc.search.count(__import__("feedback_desk.core.dto", fromlist=["EntryQuery"]).EntryQuery()) == 1


def test_protection_topic_takes_the_same_day_fast_path(svc: Services, event) -> None:
    view = svc.entries.record(new_entry(event.id, topic="protection_case", text="kekerasan majikan"))
    assert view.protection and view.sensitive and view.tier == "S0"
    assert view.due_date == date(2026, 11, 16)


def test_protection_cases_are_invisible_without_the_role(
    svc: Services, recorder: Services, event
) -> None:
    hidden = svc.entries.record(new_entry(event.id, topic="protection_case", text="perdagangan orang"))
    with pytest.raises(NotFound):
        recorder.entries.get(hidden.id)


@pytest.mark.parametrize(
    ("field", "value"),
    [("service_area", "moon"), ("kind", "rumour"), ("topic", "weather"), ("country", "QQ"),
     ("speaker_type", "alien"), ("dimensions", ("taste",)), ("text", "   "), ("tier", "S9")],
)
def test_invalid_input_is_refused_with_the_field_named(
    svc: Services, event, field: str, value: object
) -> None:
    with pytest.raises(ValidationError) as info:
        svc.entries.record(new_entry(event.id, **{field: value}))
    assert info.value.field in (field, "dimension", "tier")


def test_nul_characters_are_dropped_not_fatal(svc: Services, event) -> None:
    view = svc.entries.record(new_entry(event.id, text="gaji\x00 tidak dibayar"))
    assert view.text == "gaji tidak dibayar"


def test_session_of_another_event_is_refused(svc: Services, event) -> None:
    other = svc.catalog.create_event("Forum Taipei")
    panel = svc.catalog.create_session(other.id, "Panel A")
    with pytest.raises(ValidationError):
        svc.entries.record(new_entry(event.id, session_id=panel.id))


def test_edit_changes_fields_and_bumps_the_version(svc: Services, event) -> None:
    view = svc.entries.record(new_entry(event.id))
    edited = svc.entries.edit(view.id, view.version, summary="Klaim lambat", country="TW",
                              dimensions=("benefit_quality", "service_process"))
    assert edited.version == view.version + 1
    assert (edited.summary, edited.country) == ("Klaim lambat", "TW")
    assert edited.dimensions == ("benefit_quality", "service_process")
    history = svc.audit.history(view.id)
    assert [h.action for h in history] == ["entry.record", "entry.edit"]
    assert history[1].data["changes"]["country"] == ["HK", "TW"]


def test_stale_edit_names_who_changed_it_and_keeps_their_data(
    svc: Services, db, clock: FakeClock, event
) -> None:
    view = svc.entries.record(new_entry(event.id))
    other = Services.connect(db, "rina", roles="supervisor", clock=clock)
    other.entries.edit(view.id, view.version, summary="first writer")
    with pytest.raises(ConflictError) as info:
        svc.entries.edit(view.id, view.version, summary="second writer")
    assert info.value.changed_by == "rina"
    assert info.value.current_version == view.version + 1
    assert "rina" in str(info.value)
    assert svc.entries.get(view.id).summary == "first writer"


def test_kind_cannot_change_once_work_started(svc: Services, event) -> None:
    view = svc.entries.record(new_entry(event.id))
    moved = svc.cases.transition(view.id, view.version, "triaged")
    with pytest.raises(ValidationError):
        svc.entries.edit(view.id, moved.version, kind="suggestion")


def test_changing_kind_before_triage_resets_its_lifecycle(svc: Services, event) -> None:
    view = svc.entries.record(new_entry(event.id))
    edited = svc.entries.edit(view.id, view.version, kind="suggestion")
    assert (edited.kind, edited.status, edited.tier) == ("suggestion", "received", "SUG")


def test_editing_the_text_reindexes_it(svc: Services, event) -> None:
    from feedback_desk.core.dto import EntryQuery

    view = svc.entries.record(new_entry(event.id, text="antrean panjang di cabang"))
    svc.entries.edit(view.id, view.version, text="paspor ditahan agensi")
    assert svc.search.count(EntryQuery(text="antrean")) == 0
    assert svc.search.count(EntryQuery(text="paspor")) == 1


def test_unknown_entry_is_not_found(svc: Services) -> None:
    with pytest.raises(NotFound):
        svc.entries.get(987654)
