"""Speakers and their personal data (UU PDP No. 27/2022).

A speaker is pseudonymous (type and country). Identity is stored apart, only with recorded
consent and purpose, is revealed only to supervisors (each reveal audited), and erasure blanks
it while the entries, and so the statistics, survive.
"""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db import audit_chain
from ..db.models import Entry, Person, Speaker
from ..dto import Actor
from ..errors import NotFound, ValidationError
from ..ids import EntryId, SpeakerId
from ..limits import IDENTITY_LIMITS
from ..permissions import Action, requires
from .base import ServiceBase, clean_text

IDENTITY_FIELDS = ("name", "phone", "nik", "passport", "kpj", "employer")


@dataclass(frozen=True, slots=True)
class IdentityView:
    speaker_id: SpeakerId
    name: str | None
    phone: str | None
    nik: str | None
    passport: str | None
    kpj: str | None
    employer: str | None
    consent_at: datetime
    consent_purpose: str
    erased: bool


def checked_identity(
    consent_purpose: str, identity: dict[str, str | None]
) -> tuple[str, dict[str, str | None]]:
    """The consent purpose and cleaned identity fields; refused without a purpose."""
    purpose = clean_text(consent_purpose, "consent_purpose", required=False, limit=1000)
    if not purpose:
        raise ValidationError(
            "consent_purpose", "personal data is stored only with recorded consent and purpose"
        )
    unknown = set(identity) - set(IDENTITY_FIELDS)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "is not a personal-data field")
    return purpose, {k: clean_text(v, k, required=False, limit=IDENTITY_LIMITS[k])
                     for k, v in identity.items()}


def new_speaker(
    session: Session, tax: Any, username: str, now: datetime, speaker_type: str,
    country: str | None, label: str = "",
) -> SpeakerId:
    """A pseudonymous speaker (type and country), inside the caller's transaction."""
    kind = tax.check("speaker_type", speaker_type, required=True)
    place = tax.check("country", country)
    count = session.scalar(select(func.count()).select_from(Speaker)) or 0
    row = Speaker(
        uuid=str(uuidlib.uuid4()), speaker_type=kind, country=place,
        label=label.strip() or f"Speaker {count + 1}", created_at=now,
    )
    session.add(row)
    session.flush()
    audit_chain.append(
        session, username, "speaker.create", "speaker", row.id,
        {"speaker_type": kind, "country": place, "label": row.label},
    )
    return SpeakerId(row.id)


def store_identity(
    session: Session, actor: Actor, now: datetime, speaker_id: SpeakerId, purpose: str,
    values: dict[str, str | None],
) -> None:
    """Write the identity of a speaker, inside the caller's transaction; audited by field name,
    never by value."""
    row = session.scalars(select(Person).where(Person.speaker_id == speaker_id)).first()
    if row is None:
        row = Person(speaker_id=speaker_id)
        session.add(row)
    for key, value in values.items():
        setattr(row, key, value)
    row.consent_at = now
    row.consent_purpose = purpose
    row.consent_by_id = actor.user_id
    row.erased_at = None
    session.flush()
    audit_chain.append(
        session, actor.username, "person.record", "speaker", speaker_id,
        {"fields": sorted(k for k, v in values.items() if v), "purpose": purpose},
    )


class PeopleService(ServiceBase):
    @requires(Action.ENTRY_RECORD)
    def create_speaker(self, speaker_type: str, country: str | None = None, label: str = "") -> SpeakerId:
        def run(session: Session) -> SpeakerId:
            return new_speaker(
                session, self._taxonomy(session), self._actor.username, self._clock(),
                speaker_type, country, label,
            )

        return self._db.write(run)

    @requires(Action.IDENTITY_RECORD)
    def record_identity(
        self, speaker_id: SpeakerId, *, consent_purpose: str, **identity: str | None
    ) -> None:
        """Store who the speaker is; refused without a recorded consent purpose."""
        purpose, values = checked_identity(consent_purpose, identity)

        def run(session: Session) -> None:
            if session.get(Speaker, speaker_id) is None:
                raise NotFound("speaker", speaker_id)
            store_identity(session, self._actor, self._clock(), speaker_id, purpose, values)

        self._db.write(run)

    @requires(Action.IDENTITY_REVEAL)
    def reveal(self, speaker_id: SpeakerId) -> IdentityView:
        """The identity of a speaker, for a supervisor; the reveal itself is audited."""

        def run(session: Session) -> IdentityView:
            row = session.scalars(select(Person).where(Person.speaker_id == speaker_id)).first()
            if row is None:
                raise NotFound("personal data of speaker", speaker_id)
            audit_chain.append(
                session, self._actor.username, "person.reveal", "speaker", speaker_id, {}
            )
            return IdentityView(
                speaker_id, row.name, row.phone, row.nik, row.passport, row.kpj, row.employer,
                row.consent_at, row.consent_purpose, row.erased_at is not None,
            )

        return self._db.write(run)

    @requires(Action.IDENTITY_REVEAL)
    def entries_of(self, speaker_id: SpeakerId) -> tuple[EntryId, ...]:
        """What was recorded from this speaker (a subject-access request lists these)."""
        return self._db.read(
            lambda s: tuple(
                EntryId(i)
                for i in s.scalars(select(Entry.id).where(Entry.speaker_id == speaker_id))
            )
        )

    @requires(Action.IDENTITY_ERASE)
    def erase(self, speaker_id: SpeakerId) -> None:
        """Erasure anonymises: identity blanked, entries and statistics kept."""

        def run(session: Session) -> None:
            row = session.scalars(select(Person).where(Person.speaker_id == speaker_id)).first()
            if row is None:
                raise NotFound("personal data of speaker", speaker_id)
            for key in IDENTITY_FIELDS:
                setattr(row, key, None)
            row.erased_at = self._clock()
            session.flush()
            audit_chain.append(
                session, self._actor.username, "person.erase", "speaker", speaker_id, {}
            )

        self._db.write(run)
