"""Core support for the capture desk: similar entries, protection words, type-ahead, taking an
entry back, one more voice, session counters, identity with consent, drafts on disk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from feedback_desk.core import protection, taxonomy
from feedback_desk.core.drafts import Draft, DraftStore, draft_path
from feedback_desk.core.dto import EntryQuery, NewIdentity
from feedback_desk.core.errors import NotFound, PermissionDenied, ValidationError
from feedback_desk.core.services import Services

from .conftest import new_entry


def test_similar_finds_earlier_entries_of_the_event_by_stem(svc: Services, event) -> None:
    a = svc.entries.record(new_entry(event.id, text="Pencairan klaim JHT lambat sekali di Hong Kong"))
    svc.entries.record(new_entry(event.id, text="Aplikasi JMO sering error saat login"))
    other = svc.catalog.create_event("Other event")
    svc.entries.record(new_entry(other.id, text="Pencairan klaim JHT lambat sekali"))
    found = svc.search.similar("saya mengklaim JHT tapi pencairannya lambat", event.id)
    assert [s.row.id for s in found] == [a.id]
    assert 0 < found[0].score <= 1
    assert svc.search.similar("dan yang di", event.id) == ()  # only stop words
    assert svc.search.similar('"NOT * OR', event.id) == ()
    assert svc.search.similar("pencairan klaim", event.id, exclude=(a.id,)) == ()


def test_similar_hides_protection_cases_from_recorders(svc, recorder, event) -> None:
    svc.entries.record(new_entry(event.id, topic="protection_case", text="majikan memukul pekerja"))
    assert len(svc.search.similar("majikan memukul", event.id)) == 1
    assert recorder.search.similar("majikan memukul", event.id) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dia dipukuli majikan", ("dipukuli",)),
        ("korban TPPO, perdagangan orang", ("tppo", "perdagangan orang")),
        ("suaminya meninggal dunia di Taiwan", ("meninggal",)),
        ("She was detained at the airport", ("detained",)),
        ("sexual assault by the agent", ("sexual assault",)),
        ("Klaim JHT pukul 10 pagi", ()),
        ("", ()),
    ],
)
def test_protection_keywords_in_both_languages(text: str, expected: tuple[str, ...]) -> None:
    assert protection.find(text) == expected


@pytest.mark.parametrize(
    ("typed", "code"),
    [("KSA", "SA"), ("Arab Saudi", "SA"), ("Saudi", "SA"), ("HK", "HK"), ("hong", "HK"),
     ("Jepang", "JP"), ("japan", "JP"), ("UAE", "AE"), ("Korsel", "KR")],
)
def test_country_type_ahead_knows_names_and_aliases(typed: str, code: str) -> None:
    assert taxonomy.suggest("country", typed)[0].code == code


def test_every_alias_points_at_a_listed_term() -> None:
    for list_name, aliases in taxonomy._ALIASES.items():
        assert set(aliases.values()) <= taxonomy.codes(list_name), list_name
    assert taxonomy.suggest("country", "")[0].code == "HK"  # most frequent first
    assert taxonomy.suggest("country", "zzzz") == ()
    assert taxonomy.label("kind", "complaint", "id") == "Keluhan"


def test_retract_takes_back_an_untouched_entry_with_its_identity(recorder, svc, event) -> None:
    view = recorder.entries.record(
        new_entry(event.id, text="hubungi saya"),
        NewIdentity("contact me for follow-up", name="Siti", phone="0812"),
    )
    assert view.speaker_id is not None
    assert svc.people.reveal(view.speaker_id).name == "Siti"
    recorder.entries.retract(view.id)
    with pytest.raises(NotFound):
        svc.entries.get(view.id)
    with pytest.raises(NotFound):
        svc.people.reveal(view.speaker_id)
    assert svc.search.count(EntryQuery(text="hubungi")) == 0
    with pytest.raises(NotFound):
        svc.audit.history(view.id)
    admin = Services.connect(svc.db, "root", roles="admin")
    actions = [r.action for r in admin.audit.history(view.id)]
    assert actions[-1] == "entry.retract"
    assert svc.audit.verify().ok


def test_retract_is_refused_once_work_started_or_for_others(recorder, svc, event) -> None:
    mine = recorder.entries.record(new_entry(event.id))
    theirs = svc.entries.record(new_entry(event.id))
    with pytest.raises(PermissionDenied):
        recorder.entries.retract(theirs.id)
    svc.cases.add_note(mine.id, "calling back")
    with pytest.raises(ValidationError):
        recorder.entries.retract(mine.id)


def test_identity_without_consent_purpose_is_refused_and_nothing_is_saved(recorder, event) -> None:
    with pytest.raises(ValidationError) as info:
        recorder.entries.record(new_entry(event.id), NewIdentity("  ", name="Siti"))
    assert info.value.field == "consent_purpose"
    assert recorder.search.count(EntryQuery()) == 0


def test_add_voice_groups_a_new_entry_with_a_similar_one(recorder, svc, event) -> None:
    first = svc.entries.record(new_entry(event.id, summary="JHT payout delays"))
    second = recorder.entries.record(new_entry(event.id, speaker_type="cpmi", country="TW"))
    group = recorder.groups.add_voice(second.id, first.id)
    assert group.title == "JHT payout delays" and group.voices == 2
    third = recorder.entries.record(new_entry(event.id))
    group = recorder.groups.add_voice(third.id, second.id)  # joins the existing group
    assert group.voices == 3
    with pytest.raises(PermissionDenied):  # a recorder groups only their own new entry
        recorder.groups.add_voice(first.id, third.id)


def test_session_tally_counts_by_area_and_kind(svc: Services, event) -> None:
    session = svc.catalog.sessions(event.id)[0]
    for kind, area in [("complaint", "overseas"), ("complaint", "overseas"), ("suggestion", "digital")]:
        svc.entries.record(new_entry(event.id, kind=kind, service_area=area, session_id=session.id))
    svc.entries.record(new_entry(event.id))  # no session
    tally = {(t.service_area, t.kind): t.count for t in svc.stats.session_tally(session.id)}
    assert tally == {("overseas", "complaint"): 2, ("digital", "suggestion"): 1}


def test_drafts_round_trip_and_survive_a_corrupt_file(tmp_path: Path) -> None:
    path = draft_path(tmp_path / "drafts", "sqlite:///x.sqlite", "ani")
    assert "x.sqlite" not in path.name
    store = DraftStore(path)
    assert store.load() is None
    store.save(Draft("Klaim <b>JHT</b> lambat\nbaris dua", {"kind": "complaint"}))
    loaded = store.load()
    assert loaded is not None and loaded.text == "Klaim <b>JHT</b> lambat\nbaris dua"
    assert loaded.fields == {"kind": "complaint"}
    assert list(path.parent.glob(".draft-*")) == []  # no temporary left behind
    store.clear()
    assert store.load() is None
    path.write_text("{not json")
    assert store.load() is None and path.with_suffix(".unreadable").exists()
    path.write_text(json.dumps({"text": "  ", "saved_at": "2026-01-01T00:00:00+00:00"}))
    assert store.load() is None
    # no half-typed text, but an entry whose save was under way: kept
    store.save(Draft("", {"pending": [{"form": {"text": "Enter ditekan"}}]}))
    loaded = store.load()
    assert loaded is not None and loaded.fields["pending"][0]["form"]["text"] == "Enter ditekan"


def test_a_draft_save_that_cannot_write_raises_and_keeps_the_old_draft(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "d.json")
    store.save(Draft("first"))
    blocked = DraftStore(tmp_path / "d.json" / "inside.json")  # a file where a folder should be
    with pytest.raises(OSError):
        blocked.save(Draft("second"))
    real_replace = __import__("os").replace

    def failing_replace(src: str, dst: object) -> None:
        raise OSError(28, "No space left on device")

    __import__("os").replace = failing_replace
    try:
        with pytest.raises(OSError):
            store.save(Draft("second"))
    finally:
        __import__("os").replace = real_replace
    loaded = store.load()
    assert loaded is not None and loaded.text == "first"
    assert list(tmp_path.glob(".draft-*")) == []
