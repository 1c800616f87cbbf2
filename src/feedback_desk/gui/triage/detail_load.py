"""What the detail pane shows of one entry, read in one task off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...core.dto import (
    AuditRecord,
    EntryRow,
    EntryView,
    GroupView,
    LinkView,
    NoteView,
    SimilarEntry,
    SlaClock,
)
from ...core.errors import DeskError
from ...core.ids import EntryId

if TYPE_CHECKING:
    from ...core.services import Services

SIMILAR_LIMIT = 8


@dataclass(frozen=True, slots=True)
class Detail:
    view: EntryView
    notes: tuple[NoteView, ...] = ()
    links: tuple[LinkView, ...] = ()
    link_rows: dict[int, EntryRow] = field(default_factory=dict, compare=False)
    history: tuple[AuditRecord, ...] = ()
    group: GroupView | None = None
    clock: SlaClock | None = None
    users: tuple[str, ...] = ()
    similar: tuple[SimilarEntry, ...] = ()
    can_triage: bool = False


def can_triage(services: Services) -> bool:
    actor = services.actor
    return actor.has("supervisor") or actor.has("protection")


def load_detail(services: Services, entry_id: int) -> Detail:
    """Everything about one entry (on a worker thread). ``NotFound`` when it is gone or hidden."""
    eid = EntryId(entry_id)
    view = services.entries.get(eid)
    notes = services.cases.notes(eid)
    links = services.relations.links(eid)
    others = sorted({lk.target_id if lk.source_id == eid else lk.source_id for lk in links})
    link_rows = {int(r.id): r for r in services.search.rows(others[:1000])} if others else {}
    history = services.audit.history(eid)
    group = services.groups.get(view.group_id) if view.group_id is not None else None
    clock = services.cases.clock(eid)
    users = tuple(u.username for u in services.accounts.users() if u.active)
    try:
        similar = services.search.similar(
            f"{view.summary or ''} {view.text}", view.event_id, limit=SIMILAR_LIMIT,
            exclude=(eid,))
    except (DeskError, ValueError):  # no suggestions is never an error for the supervisor
        similar = ()
    return Detail(view, notes, links, link_rows, history, group, clock, users, similar,
                  can_triage(services))


def load_conflict(services: Services, entry_id: int, after_record: int
                  ) -> tuple[EntryView, tuple[AuditRecord, ...]]:
    """The entry as it is now and what was done to it after the record ``after_record``."""
    eid = EntryId(entry_id)
    view = services.entries.get(eid)
    later = tuple(r for r in services.audit.history(eid) if r.id > after_record)
    return view, later
