"""The audit chain: one row per change, in the same transaction, each hashing its predecessor.

``hash = sha256(prev_hash + "\\n" + payload)`` where ``payload`` is canonical JSON holding every
column's value, so changing any row, or removing one in the middle, breaks the chain from there.
Database triggers refuse UPDATE and DELETE on the table (see migration 0001). Appends are
serialised: SQLite writers already hold the write lock (BEGIN IMMEDIATE); PostgreSQL takes a
transaction-scoped advisory lock, so two desks never fork the chain.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from .models import AuditEvent
from .types import utcnow

GENESIS = "0" * 64
_PG_AUDIT_LOCK = 0x46445F41  # "FD_A"
_LAST_KEY = "fd_audit_last_hash"
_INSERT = insert(AuditEvent)
OWN_WRITES_KEY = "fd_own_writes"  # session.info: the Database's change_feed.OwnWrites


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def chain_hash(prev_hash: str, payload: str) -> str:
    return hashlib.sha256(f"{prev_hash}\n{payload}".encode()).hexdigest()


def make_payload(
    at: datetime, actor: str, action: str, entity: str, entity_id: int | None, data: dict[str, Any]
) -> str:
    return canonical_json(
        {
            "at": at.isoformat(),
            "actor": actor,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "data": data,
        }
    )


def _last_hash(session: Session) -> str:
    cached = session.info.get(_LAST_KEY)
    if cached is not None:
        return str(cached)
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_AUDIT_LOCK})
    last = session.execute(
        select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
    ).scalar_one_or_none()
    return last or GENESIS


def append(
    session: Session,
    actor: str,
    action: str,
    entity: str,
    entity_id: int | None,
    data: dict[str, Any],
    *,
    at: datetime | None = None,
) -> str:
    """Append one audit event inside the caller's write transaction; returns its hash."""
    return append_many(session, [(actor, action, entity, entity_id, data)], at=at)


def append_many(
    session: Session,
    events: Iterable[tuple[str, str, str, int | None, dict[str, Any]]],
    *,
    at: datetime | None = None,
) -> str:
    """Append several events in order (bulk work: one statement, one lock)."""
    when = (at or utcnow()).astimezone(UTC)
    prev = _last_hash(session)
    rows = []
    for actor, action, entity, entity_id, data in events:
        payload = make_payload(when, actor, action, entity, entity_id, data)
        digest = chain_hash(prev, payload)
        rows.append(
            {
                "at": when,
                "actor": actor,
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "payload": payload,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    if rows:
        session.connection().execute(_INSERT, rows)
        session.info[_LAST_KEY] = prev
        own = session.info.get(OWN_WRITES_KEY)  # change_feed leaves this database's rows out
        if own is not None:
            own.add(row["hash"] for row in rows)
    return prev


@dataclass(frozen=True, slots=True)
class ChainCheck:
    ok: bool
    checked: int
    first_bad_id: int | None = None
    problem: str = ""


def verify(session: Session, batch: int = 5000) -> ChainCheck:
    """Walk the whole chain in id order; report the first row that does not fit."""
    prev = GENESIS
    checked = 0
    result = session.execute(
        select(
            AuditEvent.id,
            AuditEvent.at,
            AuditEvent.actor,
            AuditEvent.action,
            AuditEvent.entity,
            AuditEvent.entity_id,
            AuditEvent.payload,
            AuditEvent.prev_hash,
            AuditEvent.hash,
        ).order_by(AuditEvent.id),
        execution_options={"yield_per": batch},
    )
    for row in result:
        checked += 1
        if row.prev_hash != prev:
            return ChainCheck(False, checked, row.id, "does not follow the previous event")
        if chain_hash(prev, row.payload) != row.hash:
            return ChainCheck(False, checked, row.id, "its content does not match its hash")
        expected = make_payload(
            row.at, row.actor, row.action, row.entity, row.entity_id,
            json.loads(row.payload).get("data", {}),
        )
        if expected != row.payload:
            return ChainCheck(False, checked, row.id, "its columns differ from its signed payload")
        prev = row.hash
    return ChainCheck(True, checked)
