"""What the capture form holds, as a plain value: saved in drafts, restored after a crash."""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import datetime
from typing import Any

from ...core.dto import NewEntry, NewIdentity
from ...core.ids import EventId, SessionId

IDENTITY_FIELDS = ("name", "phone", "nik", "passport", "kpj", "employer")


def new_uuid() -> str:
    return str(uuidlib.uuid4())


@dataclass(frozen=True, slots=True)
class FormState:
    text: str = ""
    kind: str | None = None
    area: str | None = None
    speaker_type: str | None = None
    country: str | None = None
    topic: str | None = None
    programme: str | None = None
    phase: str | None = None
    sensitive: bool = False
    tier: str | None = None  # None = from kind and topic
    consent: bool = False
    purpose: str = ""
    name: str = ""
    phone: str = ""
    nik: str = ""
    passport: str = ""
    kpj: str = ""
    employer: str = ""
    voice_of: int | None = None  # an earlier entry this one is another voice of
    uuid: str = field(default_factory=new_uuid)  # stable across retries: saving twice is once

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FormState:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        state = cls(**values)
        if not isinstance(state.text, str):
            raise ValueError("text must be a string")
        return state

    def missing(self) -> tuple[str, ...]:
        """Required fields still empty: "text", "kind", "area"."""
        out = []
        if not self.text.strip():
            out.append("text")
        if self.kind is None:
            out.append("kind")
        if self.area is None:
            out.append("area")
        return tuple(out)

    def identity(self) -> NewIdentity | None:
        if not self.consent:
            return None
        values = {k: (getattr(self, k).strip() or None) for k in IDENTITY_FIELDS}
        if not any(values.values()):
            return None
        return NewIdentity(self.purpose, **values)

    def entry(
        self, event_id: EventId, session_id: SessionId | None, recorded_at: datetime,
        speaker_id: int | None = None,
    ) -> NewEntry:
        assert self.kind is not None and self.area is not None
        return NewEntry(
            event_id=event_id, session_id=session_id, kind=self.kind, service_area=self.area,
            text=self.text, topic=self.topic, programme=self.programme, phase=self.phase,
            country=self.country, speaker_type=self.speaker_type or "other",
            speaker_id=speaker_id,  # type: ignore[arg-type]
            sensitive=self.sensitive, tier=self.tier, recorded_at=recorded_at, uuid=self.uuid,
        )

    def next_entry(self, *, same_speaker: bool) -> FormState:
        """The form after a save: text and item fields cleared, the speaker kept if asked."""
        keep = FormState(uuid=new_uuid())
        if same_speaker:
            keep = replace(
                keep, speaker_type=self.speaker_type, country=self.country, consent=self.consent,
                purpose=self.purpose, name=self.name, phone=self.phone, nik=self.nik,
                passport=self.passport, kpj=self.kpj, employer=self.employer,
            )
        return keep
