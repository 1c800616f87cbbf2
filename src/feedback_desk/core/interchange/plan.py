"""Working out what an import would do, row by row, without writing anything."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from ..errors import ValidationError
from .columns import BY_KEY, REQUIRED, auto_mapping
from .model import Cancel, ImportCancelled, ImportPreview, Message, Progress, RowOutcome
from .rows import Candidate, RowChecker, RowContext
from .values import as_text, printable

if TYPE_CHECKING:
    from .source import TableSource

EXCERPT = 80
#: Look up stored entries: uuids → uuid → (event, recorded_at, kind, service_area, text,
#: protection).
FindStored = Callable[[Sequence[str]], dict[str, tuple[Any, ...]]]
_FACT_NAMES = ("event", "recorded_at", "kind", "service_area", "text")


def checked_mapping(headers: tuple[str, ...],
                    mapping: Sequence[str | None] | None) -> tuple[str | None, ...]:
    """The mapping to use: the given one, checked, or the one the headers name."""
    if mapping is None:
        return auto_mapping(headers)
    found = tuple(mapping)
    if len(found) != len(headers):
        raise ValidationError("mapping", f"has {len(found)} columns; the file has {len(headers)}")
    named = [k for k in found if k is not None]
    unknown = sorted(set(named) - set(BY_KEY))
    if unknown:
        raise ValidationError("mapping", f"unknown column {unknown[0]!r}")
    twice = sorted({k for k in named if named.count(k) > 1})
    if twice:
        raise ValidationError("mapping", f"{twice[0]!r} is fed by more than one column")
    return found


def build_preview(
    source: TableSource, mapping: Sequence[str | None] | None, ctx: RowContext,
    find_stored: FindStored, *, see_protection: bool, known_users: set[str],
    known_sessions: set[tuple[str, str]],
    progress: Progress | None = None, cancel: Cancel | None = None,
) -> ImportPreview:
    info = source.info
    used = checked_mapping(info.headers, mapping)
    missing = tuple(k for k in REQUIRED if k not in used)
    unknown = tuple(printable(h) for h, k in zip(info.headers, used, strict=True)
                    if k is None and h.strip())
    if missing:
        return ImportPreview(info, used, unknown, missing, ())
    checker = RowChecker(used, ctx, inner=info.format == "csv")
    text_at = used.index("text")
    outcomes: list[RowOutcome | None] = []
    candidates: list[tuple[int, Candidate, list[Message], str]] = []  # (outcome index, …)
    first_of: dict[str, tuple[int, Candidate]] = {}
    for done, row in enumerate(source.rows(), start=1):
        if done % 500 == 1:  # from the first row: a cancel on a small file counts too
            if cancel is not None and cancel():
                raise ImportCancelled()
            if progress is not None:
                progress(done, source.progress())
        candidate, problems, notes = checker.check(row)
        excerpt = _excerpt(candidate.text if candidate is not None else
                           row.cells[text_at] if text_at < len(row.cells) else None)
        if candidate is None:
            outcomes.append(RowOutcome(row.number, "rejected", None, excerpt, tuple(problems),
                                       tuple(notes)))
            continue
        earlier = first_of.get(candidate.uuid)
        if earlier is not None:
            if earlier[1].facts() == candidate.facts():
                notes.append(Message.of("same_as_row", row=earlier[0]))
                outcomes.append(RowOutcome(row.number, "present", candidate.uuid, excerpt, (),
                                           tuple(notes)))
            else:
                outcomes.append(RowOutcome(
                    row.number, "rejected", candidate.uuid, excerpt,
                    (Message.of("duplicate_in_file", row=earlier[0]),), tuple(notes)))
            continue
        first_of[candidate.uuid] = (row.number, candidate)
        candidates.append((len(outcomes), candidate, notes, excerpt))
        outcomes.append(None)
    if progress is not None:
        progress(len(outcomes), 1.0)
    stored = find_stored([c.uuid for _i, c, _n, _e in candidates])
    prepared: list[Candidate] = []
    new_users: dict[str, None] = {}
    for index, candidate, notes, excerpt in candidates:
        here = stored.get(candidate.uuid)
        if here is not None:
            if see_protection or not here[5]:
                differ = _differ(candidate, here)
                if differ:
                    notes.append(Message.of("stored_differs", fields=", ".join(differ)))
            outcomes[index] = RowOutcome(candidate.number, "present", candidate.uuid, excerpt,
                                         (), tuple(notes))
            continue
        if candidate.recorded_by and candidate.recorded_by not in known_users:
            new_users[candidate.recorded_by] = None
            notes.append(Message.of("user_created", value=candidate.recorded_by))
        outcomes[index] = RowOutcome(candidate.number, "accepted", candidate.uuid, excerpt, (),
                                     tuple(notes))
        prepared.append(candidate)
    events = dict.fromkeys(c.event for c in prepared if c.event not in ctx.event_zones)
    sessions = dict.fromkeys(f"{c.event} / {c.session}" for c in prepared
                             if c.session and (c.event, c.session) not in known_sessions)
    return ImportPreview(
        info, used, unknown, (), tuple(o for o in outcomes if o is not None),
        blank_rows=source.blank_rows, events_to_create=tuple(events),
        sessions_to_create=tuple(sessions), users_to_create=tuple(new_users),
        prepared=tuple(prepared),
    )


def _excerpt(cell: object) -> str:
    text = as_text(cell, "text") if cell is None or isinstance(cell, str | int | float) else str(cell)
    if not text:
        return ""
    flat = " ".join(printable(text).split())
    return flat if len(flat) <= EXCERPT else flat[:EXCERPT - 1] + "…"


def _differ(candidate: Candidate, here: tuple[Any, ...]) -> tuple[str, ...]:
    ours = candidate.facts()
    theirs = (here[0], _utc(here[1]), here[2], here[3], here[4])
    return tuple(name for name, a, b in zip(_FACT_NAMES, ours, theirs, strict=True) if a != b)


def _utc(value: Any) -> Any:
    from datetime import UTC

    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC) if value is not None else None
