"""The change feed: the audit log read forwards, for desks that show what others changed.

Every change is audited inside its own write transaction and audit ids grow in commit order on
both backends (see ``audit_chain``), so "everything after the last audit id I saw" is exactly
what changed since. The PostgreSQL ``NOTIFY`` (migration 0006) and SQLite's ``data_version``
only say *that* something changed; the feed says what.

Rows this very ``Database`` object wrote are left out: ``audit_chain.append_many`` puts the
hash of every row it writes into the ``OwnWrites`` set the database's sessions carry (per
``Database``, not per process: two desks in one process are two databases). The desk already
showed its own changes when it made them.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Row, Select, case, func, select
from sqlalchemy.orm import Session

from .audit_chain import OWN_WRITES_KEY  # noqa: F401  (re-exported for the engine)
from .models import AuditEvent, Entry

if TYPE_CHECKING:
    from .engine import Database

#: Rows read per poll; more than this after the last seen id means "refresh everything".
DEFAULT_LIMIT = 500
_KEY_CHARS = 16  # 64 bits of the sha256 hex digest: enough to tell our rows from others'


class OwnWrites:
    """A bounded, thread-safe set of the audit hashes one database wrote (the newest kept).

    Written by the write thread, read by the read pool. A hash of a transaction that rolled
    back stays in the set until it ages out; it never matches a stored row, so that is harmless.
    """

    def __init__(self, capacity: int = 20_000) -> None:
        self._capacity = capacity
        self._order: deque[str] = deque()
        self._keys: set[str] = set()
        self._lock = threading.Lock()

    def add(self, digests: Iterable[str]) -> None:
        with self._lock:
            for digest in digests:
                key = digest[:_KEY_CHARS]
                if key in self._keys:
                    continue
                self._keys.add(key)
                self._order.append(key)
                if len(self._order) > self._capacity:
                    self._keys.discard(self._order.popleft())

    def __contains__(self, digest: object) -> bool:
        if not isinstance(digest, str):
            return False
        with self._lock:
            return digest[:_KEY_CHARS] in self._keys

    def __len__(self) -> int:
        with self._lock:
            return len(self._order)


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One change another desk (or program) committed."""

    audit_id: int
    entity: str  # the audit entity: "entry", "issue_group", "event", "event_session", …
    entity_id: int | None
    action: str  # the audit action: "entry.record", "group.create", …
    actor: str
    related: tuple[int, ...] = ()  # entry.group: the issue groups it left and joined


@dataclass(frozen=True, slots=True)
class FeedPoll:
    """What ``poll`` found: read on from ``last_id``; ``truncated``: more changed than the
    limit allows (``items`` is then empty and ``last_id`` the newest id: refresh everything)."""

    last_id: int
    items: tuple[FeedItem, ...]
    truncated: bool = False


def own_writes(db: Database) -> OwnWrites:
    return db.own_writes


def latest_audit_id(db: Database) -> int:
    """The newest audit id (0 for an empty log): where a desk starts following the feed."""
    return int(db.read(lambda s: s.scalar(select(func.max(AuditEvent.id)))) or 0)


def _related(payload: str | None) -> tuple[int, ...]:
    if not payload:
        return ()
    try:
        data = json.loads(payload).get("data", {})
    except (ValueError, AttributeError):
        return ()
    return tuple(int(g) for g in (data.get("from"), data.get("to")) if isinstance(g, int))


def _statement(
    after_id: int, rows: int
) -> Select[int, str, int | None, str, str, str, str | None]:
    return (
        select(
            AuditEvent.id, AuditEvent.entity, AuditEvent.entity_id, AuditEvent.action,
            AuditEvent.actor, AuditEvent.hash,
            case((AuditEvent.action == "entry.group", AuditEvent.payload), else_=None),
        )
        .where(AuditEvent.id > after_id)
        .order_by(AuditEvent.id)
        .limit(rows)
    )


def _items(
    session: Session, rows: Sequence[Row[int, str, int | None, str, str, str, str | None]],
    own: OwnWrites, see_protection: bool,
) -> tuple[FeedItem, ...]:
    hidden: set[int] = set()
    if not see_protection:  # a reader without the protection role learns nothing of those cases
        ids = {eid for _i, entity, eid, *_rest in rows if entity == "entry" and eid is not None}
        if ids:
            hidden = set(session.scalars(
                select(Entry.id).where(Entry.id.in_(ids), Entry.protection.is_(True))))
    return tuple(
        FeedItem(int(i), entity, entity_id, action, actor, _related(payload))
        for i, entity, entity_id, action, actor, digest, payload in rows
        if digest not in own and not (entity == "entry" and entity_id in hidden)
    )


def changes_after(
    db: Database, after_id: int, limit: int = DEFAULT_LIMIT, *, see_protection: bool = False,
) -> tuple[int, tuple[FeedItem, ...]]:
    """Changes committed after ``after_id`` by others, oldest first; at most ``limit`` rows are
    read (own rows count towards it but are left out). Returns the id to read on from.
    Changes to protection cases are left out unless ``see_protection`` (the reader's role)."""

    def run(session: Session) -> tuple[int, tuple[FeedItem, ...]]:
        rows = session.execute(_statement(after_id, limit)).all()
        last = int(rows[-1][0]) if rows else after_id
        return last, _items(session, rows, own_writes(db), see_protection)

    return db.read(run)


def poll(
    db: Database, after_id: int, limit: int = DEFAULT_LIMIT, *, see_protection: bool = False,
) -> FeedPoll:
    """One read for a live desk: the changes after ``after_id``, or — when more than ``limit``
    rows came in (a desk that was offline for long, a bulk import) — ``truncated`` with the
    newest id, so the desk refreshes everything once instead of reading change by change."""

    def run(session: Session) -> FeedPoll:
        rows = session.execute(_statement(after_id, limit + 1)).all()
        if len(rows) > limit:
            newest = session.scalar(select(func.max(AuditEvent.id)))
            return FeedPoll(int(newest or rows[-1][0]), (), True)
        return FeedPoll(int(rows[-1][0]) if rows else after_id,
                        _items(session, rows, own_writes(db), see_protection))

    return db.read(run)
