"""The offline outbox: entries recorded while the server could not be reached, kept in a small
local SQLite file until they are sent, exactly once.

One file per server and user (``outbox_path``), next to the drafts. Every ``put`` is its own
committed transaction with ``synchronous=FULL``, so an entry in the outbox survives a crash or a
power cut like one in the database. ``flush`` sends them in the order they were recorded:

- The entry's UUID was fixed before the first try, and ``EntryService.record`` is idempotent by
  UUID, so sending twice stores once.
- Before sending, one read asks the server which of the waiting UUIDs it already holds: an entry
  whose commit reached the server but whose answer was lost (the connection broke in between) is
  counted as *already there* and leaves the outbox without a second insert.
- An entry is removed from the outbox only after the server confirmed it.
- The first ``DatabaseUnavailable`` stops the flush (the server is still gone); any other refusal
  (a validation or permission error) keeps that entry with its reason and goes on with the rest.

Each call opens its own short-lived connection, so the outbox may be used from any thread.
SQLAlchemy is imported only when sending (the desk loads this module at start).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import threading
import uuid as uuidlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .dto import NewEntry, NewIdentity
from .errors import DatabaseUnavailable, DeskError, ValidationError
from .ids import EntryId

if TYPE_CHECKING:
    from .services import Services

FORMAT = 1
_CHUNK = 500  # UUIDs per existence query
_SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid TEXT NOT NULL UNIQUE,
    queued_at TEXT NOT NULL,
    entry TEXT NOT NULL,
    identity TEXT,
    voice_of INTEGER,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
)
"""


class OutboxError(DeskError):
    """The outbox file cannot be read or written; the message names it."""


def outbox_path(folder: Path, database: str, username: str) -> Path:
    """Where the outbox of ``username`` on ``database`` lives. The URL is hashed (no host in a
    file name) without its password: a changed password must find the same outbox."""
    database = re.sub(r"://([^:/@]*):[^@/]*@", r"://\1@", database)
    key = hashlib.sha256(f"{database}\n{username}".encode()).hexdigest()[:16]
    return folder / f"outbox-{key}.sqlite"


@dataclass(frozen=True, slots=True)
class OutboxItem:
    uuid: str
    entry: NewEntry
    identity: NewIdentity | None
    voice_of: int | None
    queued_at: datetime
    attempts: int
    last_error: str | None


@dataclass(frozen=True, slots=True)
class FlushResult:
    sent: int  # stored by this flush
    already_there: int  # the server had them already (an earlier send whose answer was lost)
    failed: int  # refused for another reason than an unreachable server; kept in the outbox
    remaining: int  # still waiting after this flush (the failed ones included)
    errors: tuple[str, ...] = ()  # why the failed ones were refused
    offline: bool = False  # stopped because the server could not be reached
    stored: tuple[tuple[str, int], ...] = ()  # (uuid, entry id) of what was sent or found there

    @property
    def sent_ids(self) -> tuple[int, ...]:
        return tuple(entry_id for _uuid, entry_id in self.stored)


def _entry_to_json(entry: NewEntry) -> str:
    data = asdict(entry)
    data["dimensions"] = list(entry.dimensions)
    data["recorded_at"] = entry.recorded_at.isoformat() if entry.recorded_at else None
    return json.dumps(data, ensure_ascii=False)


def _entry_from_json(raw: str) -> NewEntry:
    known = {f.name for f in fields(NewEntry)}
    data = {k: v for k, v in json.loads(raw).items() if k in known}
    data["dimensions"] = tuple(data.get("dimensions") or ())
    if data.get("recorded_at"):
        data["recorded_at"] = datetime.fromisoformat(data["recorded_at"])
    return NewEntry(**data)


class Outbox:
    """Entries waiting for the server (see the module notes)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._flushing = threading.Lock()

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            if not self.path.exists():  # it holds names and phone numbers: this user's only
                os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
            conn = sqlite3.connect(str(self.path), timeout=30, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise OutboxError(f"cannot open the outbox {self.path}: {exc}") from exc
        try:
            conn.execute("PRAGMA synchronous=FULL")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > FORMAT:
                raise OutboxError(
                    f"the outbox {self.path} was written by a newer Feedback Desk (format "
                    f"{version}); install the newer version to send what it holds"
                )
            if version < FORMAT:
                conn.execute("BEGIN IMMEDIATE")
                conn.execute(_SCHEMA)
                conn.execute(f"PRAGMA user_version={FORMAT}")
                conn.execute("COMMIT")
            yield conn
        except sqlite3.Error as exc:
            raise OutboxError(f"the outbox {self.path} cannot be used: {exc}") from exc
        finally:
            conn.close()

    # ---- filling --------------------------------------------------------------------------
    def put(
        self, entry: NewEntry, identity: NewIdentity | None = None, *,
        voice_of: int | None = None, reason: str = "",
    ) -> None:
        """Keep one entry until it can be sent. It must carry its UUID (fixed before the first
        try) and its recording time; putting the same UUID again keeps the first copy."""
        if not entry.uuid:
            raise ValueError("an outbox entry needs its UUID (fixed before the first try)")
        if entry.recorded_at is None:
            raise ValueError("an outbox entry needs its recording time")
        try:
            entry = replace(entry, uuid=str(uuidlib.UUID(entry.uuid.strip())))
        except ValueError as exc:
            raise ValidationError("uuid", f"not a UUID: {entry.uuid!r}") from exc
        with self._connect() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO outbox (uuid, queued_at, entry, identity, voice_of, "
                "last_error) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    entry.uuid, datetime.now(UTC).isoformat(), _entry_to_json(entry),
                    json.dumps(asdict(identity), ensure_ascii=False) if identity else None,
                    voice_of, reason or None,
                ),
            )

    # ---- reading --------------------------------------------------------------------------
    def pending_count(self) -> int:
        if not self.path.exists():
            return 0
        with self._connect() as conn:
            return int(conn.execute("SELECT count(*) FROM outbox").fetchone()[0])

    def pending(self) -> tuple[OutboxItem, ...]:
        """What waits, oldest first."""
        if not self.path.exists():
            return ()
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT uuid, entry, identity, voice_of, queued_at, attempts, last_error "
                "FROM outbox ORDER BY seq"
            ).fetchall()
        items = []
        for uuid, entry, identity, voice_of, queued_at, attempts, last_error in rows:
            items.append(OutboxItem(
                uuid, _entry_from_json(entry),
                NewIdentity(**json.loads(identity)) if identity else None,
                voice_of, datetime.fromisoformat(queued_at), attempts, last_error,
            ))
        return tuple(items)

    # ---- sending --------------------------------------------------------------------------
    def flush(
        self, services: Services, *, progress: Callable[[int, int], None] | None = None,
    ) -> FlushResult:
        """Send what waits (see the module notes). Raises nothing for an unreachable server:
        the result says ``offline`` and how many remain."""
        with self._flushing:
            items = self.pending()
            if not items:
                return FlushResult(0, 0, 0, 0)
            try:
                there = stored_entry_ids(services, [i.uuid for i in items])
            except DatabaseUnavailable:
                return FlushResult(0, 0, 0, len(items), offline=True)
            sent = already = failed = 0
            errors: list[str] = []
            ids: list[tuple[str, int]] = []
            offline = False
            for done, item in enumerate(items):
                if progress is not None:
                    progress(done, len(items))
                if item.uuid in there:
                    ids.append((item.uuid, there[item.uuid]))
                    self._remove(item.uuid)
                    already += 1
                    continue
                try:
                    view = services.entries.record(item.entry, item.identity)
                except DatabaseUnavailable as exc:
                    self._note_error(item.uuid, str(exc))
                    offline = True
                    break
                except DeskError as exc:
                    self._note_error(item.uuid, str(exc))
                    errors.append(f"{item.uuid}: {exc}")
                    failed += 1
                    continue
                self._remove(item.uuid)
                sent += 1
                ids.append((item.uuid, int(view.id)))
                if item.voice_of is not None:
                    try:
                        services.groups.add_voice(view.id, EntryId(item.voice_of))
                    except DeskError:
                        pass  # the entry is stored; only its grouping is lost (it was a hint)
            remaining = self.pending_count()
            return FlushResult(sent, already, failed, remaining, tuple(errors), offline, tuple(ids))

    def discard(self, uuid: str) -> bool:
        """Take an entry back before it was sent (the recorder's undo); False when it is not
        (or no longer) waiting."""
        if not self.path.exists():
            return False
        with self._flushing, self._connect() as conn:  # never while a flush is sending it
            return conn.execute("DELETE FROM outbox WHERE uuid = ?", (uuid,)).rowcount > 0

    def _remove(self, uuid: str) -> None:
        with self._connect() as conn:
            conn.execute("DELETE FROM outbox WHERE uuid = ?", (uuid,))

    def _note_error(self, uuid: str, reason: str) -> None:
        with self._connect() as conn:
            conn.execute(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE uuid = ?",
                (reason[:1000], uuid),
            )


def stored_entry_ids(services: Services, uuids: list[str]) -> dict[str, int]:
    """Which of ``uuids`` the database already holds (uuid → entry id)."""
    from sqlalchemy import or_, select  # the desk imports this before the database opens

    from .db.models import Entry

    found: dict[str, int] = {}

    def run(session: Any) -> None:
        for start in range(0, len(uuids), _CHUNK):
            chunk = uuids[start:start + _CHUNK]
            stmt = select(Entry.uuid, Entry.id).where(Entry.uuid.in_(chunk))
            if not services.actor.can("protection.read"):  # one's own, never another's case
                stmt = stmt.where(or_(Entry.protection.is_(False),
                                      Entry.recorded_by_id == services.actor.user_id))
            for uuid, entry_id in session.execute(stmt):
                found[uuid] = entry_id

    services.db.read(run)
    return found
