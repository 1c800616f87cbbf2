"""Personal data: consent required, reveals audited, erasure anonymises and keeps statistics."""

from __future__ import annotations

import pytest

from feedback_desk.core.dto import EntryQuery
from feedback_desk.core.errors import PermissionDenied, ValidationError
from feedback_desk.core.services import Services

from .conftest import new_entry


def test_identity_needs_consent_and_purpose(svc: Services) -> None:
    speaker = svc.people.create_speaker("pmi_abroad", "HK")
    with pytest.raises(ValidationError, match="consent"):
        svc.people.record_identity(speaker, consent_purpose="  ", name="Siti")
    with pytest.raises(ValidationError):
        svc.people.record_identity(speaker, consent_purpose="follow-up", shoe_size="42")


def test_reveal_is_role_gated_and_audited_erasure_keeps_entries(
    svc: Services, recorder: Services, event
) -> None:
    speaker = svc.people.create_speaker("pmi_abroad", "HK")
    svc.people.record_identity(speaker, consent_purpose="contact me for follow-up",
                               name="Siti Aminah", phone="+852 5555 0101", nik="3201010101010001")
    entry = svc.entries.record(new_entry(event.id, speaker_id=speaker))
    with pytest.raises(PermissionDenied):
        recorder.people.reveal(speaker)
    identity = svc.people.reveal(speaker)
    assert (identity.name, identity.phone) == ("Siti Aminah", "+852 5555 0101")
    assert svc.people.entries_of(speaker) == (entry.id,)
    svc.people.erase(speaker)
    gone = svc.people.reveal(speaker)
    assert gone.erased and gone.name is None and gone.nik is None
    assert svc.search.count(EntryQuery()) == 1  # statistics survive
    from sqlalchemy import text

    with svc.db.engine.connect() as conn:
        payloads = " ".join(r[0] for r in conn.execute(text("SELECT payload FROM audit_event")))
        actions = [r[0] for r in conn.execute(text(
            "SELECT action FROM audit_event WHERE entity = 'speaker' ORDER BY id"))]
    assert "Siti" not in payloads and "3201010101010001" not in payloads  # never in the log
    assert actions == ["speaker.create", "person.record", "person.reveal", "person.erase",
                       "person.reveal"]
