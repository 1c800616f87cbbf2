"""One row of the interchange table → a checked ``Candidate`` (ready to write) or the reasons it
cannot be imported. Knows the pick-lists, tiers, events and accounts of the target database
(``RowContext``) but does no I/O itself."""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from .. import lifecycle, taxonomy
from ..limits import IDENTITY_LIMITS, MAX_SUMMARY, MAX_TEXT
from .columns import CONTINUATIONS, PERSONAL
from .model import Cell, Message, RawRow
from .values import (
    CellProblem,
    as_text,
    clean_control,
    clean_name,
    consent,
    fold,
    moment,
    priority,
    unneutralise,
)

#: Derived entry ids (a row without a uuid) live in this namespace.
IMPORT_NAMESPACE = uuidlib.UUID("6f1d3a52-8b8e-4c39-9d0a-5b7f0c1e2a44")
MAX_NAME = 200  # event and session names
_UNSET = object()

_CODED = ("kind", "service_area", "topic", "programme", "phase", "speaker_type", "country",
          "source", "language")
_EXTRA_ALIASES = {
    "kind": {"saran/masukan": "suggestion", "pertanyaan": "question", "apresiasi": "appreciation",
             "komitmen": "commitment"},
    "phase": {"sebelum": "before", "selama": "during", "setelah": "after"},
    "service_area": {"dalam negeri": "domestic", "luar negeri": "overseas", "dn": "domestic",
                     "ln": "overseas"},
}


@dataclass(frozen=True, slots=True)
class Candidate:
    """A row that passed every check: what would be written."""

    number: int
    uuid: str
    event: str
    session: str | None
    recorded_at: datetime  # UTC
    kind: str
    service_area: str
    dimensions: tuple[str, ...]
    topic: str | None
    programme: str | None
    phase: str | None
    speaker_type: str
    country: str | None
    text: str
    summary: str | None
    source: str | None
    language: str | None
    status: str
    tier: str | None
    recorded_by: str | None  # None: the importing user
    identity: tuple[tuple[str, str], ...] = ()  # (field, value) with consent; "" when none

    def facts(self) -> tuple[object, ...]:
        """What makes two copies the same entry (see ``plan.stored_facts``)."""
        return (self.event, self.recorded_at, self.kind, self.service_area, self.text)


@dataclass(slots=True)
class RowContext:
    """What the target database knows, for checking rows."""

    codes: dict[str, dict[str, str]]  # list → folded code/label → code
    tiers: frozenset[str]
    event_zones: dict[str, str]  # existing event name → its time zone
    default_zone: str
    now: datetime
    may_triage: bool  # may record a case in a state other than its first
    check_user: object = None  # callable(name) -> Message | None (an account name's problem)
    _zones: dict[str, ZoneInfo] = field(default_factory=dict)
    _codes: dict[tuple[str, str], object] = field(default_factory=dict)

    def code(self, list_name: str, text: str) -> str | None:
        """The code a cell names in ``list_name`` (None: unknown). A file repeats few values:
        each is worked out once."""
        memo = self._codes.get((list_name, text), _UNSET)
        if memo is _UNSET:
            memo = self._codes[(list_name, text)] = self._code(list_name, text)
        return memo  # type: ignore[return-value]

    def _code(self, list_name: str, text: str) -> str | None:
        key = fold(text)
        found = self.codes.get(list_name, {}).get(key)
        if found is None:
            found = _EXTRA_ALIASES.get(list_name, {}).get(key)
        if found is None:
            found = taxonomy.resolve(list_name, text) if list_name in taxonomy.TAXONOMY else None
            if found is not None and found not in self.codes.get(list_name, {}).values():
                return None  # a default term this database retired
        return found

    def zone(self, event: str) -> ZoneInfo:
        name = self.event_zones.get(event, self.default_zone)
        if name not in self._zones:
            self._zones[name] = ZoneInfo(name)
        return self._zones[name]


def derived_uuid(event: str, recorded_at: datetime, session: str | None, speaker_type: str,
                 text: str) -> str:
    """The id of a row without one: the same row imported twice is the same entry."""
    key = "\x1f".join((event, recorded_at.astimezone(UTC).isoformat(), session or "",
                       speaker_type, text))
    return str(uuidlib.uuid5(IMPORT_NAMESPACE, key))


class RowChecker:
    """Checks rows under one column mapping; ``check`` returns (candidate or None, problems,
    notes)."""

    def __init__(self, mapping: tuple[str | None, ...], ctx: RowContext, *,
                 inner: bool = False) -> None:
        self.ctx = ctx
        self.inner = inner  # CSV: guard quotes may stand inside a cell too (values.neutralise)
        self.index = {key: i for i, key in enumerate(mapping) if key is not None}

    def _cell(self, row: RawRow, key: str) -> Cell:
        i = self.index.get(key)
        return row.cells[i] if i is not None and i < len(row.cells) else None

    def _text(self, row: RawRow, key: str) -> str | None:
        i = self.index.get(key)
        if i is None or i >= len(row.cells) or row.cells[i] is None:  # unmapped or empty
            return None
        text = as_text(row.cells[i], key, inner=self.inner)
        return text.strip() if text is not None else None

    def check(self, row: RawRow) -> tuple[Candidate | None, list[Message], list[Message]]:
        problems: list[Message] = []
        notes: list[Message] = []
        if row.extra:
            problems.append(Message.of("extra_cells", count=row.extra))
        values: dict[str, object] = {}

        def need(key: str) -> str | None:
            text = self._text(row, key)
            if text is None:
                problems.append(Message.of("missing_value", column=key))
            return text

        event = self._name(row, "event", problems, notes, required=True)
        if event is not None:
            if len(event) > MAX_NAME:
                problems.append(Message.of("too_long", column="event", limit=MAX_NAME))
        session = self._name(row, "session", problems, notes, required=False)
        if session is not None:
            if len(session) > MAX_NAME:
                problems.append(Message.of("too_long", column="session", limit=MAX_NAME))
        try:
            recorded_at = moment(self._cell(row, "recorded_at"), self.ctx.zone(event or ""),
                                 self.ctx.now).astimezone(UTC)
        except CellProblem as exc:
            problems.append(exc.message)
            recorded_at = None
        for key in _CODED:
            text = self._text(row, key)
            if text is None:
                if key in ("kind", "service_area"):
                    problems.append(Message.of("missing_value", column=key))
                values[key] = None
                continue
            code = self.ctx.code(key, text)
            if code is None:
                problems.append(Message.of("unknown_value", column=key, value=text[:60]))
            values[key] = code
        values["speaker_type"] = values["speaker_type"] or "other"
        dims: list[str] = []
        for part in (self._text(row, "dimension") or "").replace(",", ";").split(";"):
            if part.strip():
                code = self.ctx.code("dimension", part.strip())
                if code is None:
                    problems.append(Message.of("unknown_value", column="dimension",
                                               value=part.strip()[:60]))
                elif code not in dims:
                    dims.append(code)
        text = self._long_text(row, "text", MAX_TEXT, problems, notes, required=True)
        summary = self._long_text(row, "summary", MAX_SUMMARY, problems, notes, required=False)
        kind = values["kind"]
        status = self._status(row, kind, problems)
        try:
            tier = priority(self._cell(row, "priority"), self.ctx.tiers)
        except CellProblem as exc:
            problems.append(exc.message)
            tier = None
        recorded_by = self._text(row, "recorded_by")
        if recorded_by is not None and callable(self.ctx.check_user):
            problem = self.ctx.check_user(recorded_by)
            if problem is not None:
                problems.append(problem)
        identity = self._identity(row, problems, notes)
        uuid = self._uuid(row, problems)
        if problems:
            return None, problems, notes
        assert event is not None and recorded_at is not None and text is not None
        assert isinstance(kind, str) and status is not None
        protection = values["topic"] == taxonomy.PROTECTION_TOPIC
        if protection:
            tier = "S0"
        speaker_type = str(values["speaker_type"])
        return Candidate(
            number=row.number,
            uuid=uuid or derived_uuid(event, recorded_at, session, speaker_type, text),
            event=event, session=session, recorded_at=recorded_at, kind=kind,
            service_area=str(values["service_area"]), dimensions=tuple(sorted(dims)),
            topic=_opt(values["topic"]), programme=_opt(values["programme"]),
            phase=_opt(values["phase"]), speaker_type=speaker_type,
            country=_opt(values["country"]), text=text, summary=summary,
            source=_opt(values["source"]), language=_opt(values["language"]), status=status,
            tier=tier, recorded_by=recorded_by, identity=identity,
        ), problems, notes

    def _name(self, row: RawRow, key: str, problems: list[Message], notes: list[Message], *,
              required: bool) -> str | None:
        """An event or session name, without control characters (noted when some went)."""
        text = self._text(row, key)
        cleaned, changed = clean_name(text or "")
        cleaned = cleaned.strip()
        if changed and cleaned:
            notes.append(Message.of("control_removed", column=key))
        if not cleaned and required:
            problems.append(Message.of("missing_value", column=key))
        return cleaned or None

    def _long_text(self, row: RawRow, key: str, limit: int, problems: list[Message],
                   notes: list[Message], *, required: bool) -> str | None:
        raw = as_text(self._cell(row, key), key, inner=self.inner)
        if key == "text" and any(k in self.index for k in CONTINUATIONS):
            raw = self._joined(row, raw)
        if raw is None:
            if required:
                problems.append(Message.of("missing_value", column=key))
            return None
        cleaned, changed = clean_control(raw)
        cleaned = cleaned.strip()
        if changed:
            notes.append(Message.of("control_removed", column=key))
        if not cleaned:
            if required:
                problems.append(Message.of("missing_value", column=key))
            return None
        if len(cleaned) > limit:
            problems.append(Message.of("too_long_text", column=key, length=f"{len(cleaned):,}",
                                       limit=f"{limit:,}"))
        return cleaned

    def _joined(self, row: RawRow, first: str | None) -> str | None:
        """A text an XLSX export split over ``text``, ``text_2``…: joined again, each part
        as written (its spaces count)."""
        parts = [first or ""]
        for key in CONTINUATIONS:
            cell = self._cell(row, key)
            parts.append(unneutralise(cell, inner=self.inner) if isinstance(cell, str)
                         else as_text(cell, key) or "")
        joined = "".join(parts)
        return joined if joined.strip() else None

    def _status(self, row: RawRow, kind: object, problems: list[Message]) -> str | None:
        if not isinstance(kind, str) or kind not in lifecycle.STATUSES:
            return None
        text = self._text(row, "status")
        if text is None:
            return lifecycle.initial_status(kind)
        key = fold(text).replace(" ", "_")
        states = lifecycle.STATUSES[kind]
        found = key if key in states else next(
            (s for s in states if fold(text) in {fold(lbl) for lbl in lifecycle.STATUS_LABELS[s]}),
            None)
        if found is None:
            problems.append(Message.of("bad_status", value=text[:40], kind=kind,
                                       allowed=", ".join(states)))
            return None
        if found != lifecycle.initial_status(kind) and not self.ctx.may_triage:
            problems.append(Message.of("status_needs_triage", value=found))
            return None
        return found

    def _identity(self, row: RawRow, problems: list[Message],
                  notes: list[Message]) -> tuple[tuple[str, str], ...]:
        given: list[tuple[str, str]] = []
        for key in PERSONAL:
            text = self._text(row, key)
            if text is None:
                continue
            text, _changed = clean_control(text)
            field_name = key.removeprefix("speaker_")
            if len(text) > IDENTITY_LIMITS[field_name]:
                problems.append(Message.of("too_long", column=key,
                                           limit=IDENTITY_LIMITS[field_name]))
            given.append((field_name, text))
        try:
            agreed = consent(self._cell(row, "contact_consent"))
        except CellProblem as exc:
            problems.append(exc.message)
            return ()
        if given and not agreed:
            notes.append(Message.of("personal_dropped",
                                    columns=", ".join(f"speaker_{k}" for k, _v in given)))
            return ()
        return tuple(given)

    def _uuid(self, row: RawRow, problems: list[Message]) -> str | None:
        text = self._text(row, "uuid")
        if text is None:
            return None
        try:
            return str(uuidlib.UUID(text))
        except ValueError:
            problems.append(Message.of("bad_uuid", value=text[:40]))
            return None


def _opt(value: object) -> str | None:
    return value if isinstance(value, str) else None
