"""Live refresh across desks: what another desk changed shows here within a second.

PostgreSQL: a dedicated connection ``LISTEN``s (``core.live.pg_listener``); a
``QSocketNotifier`` on its socket wakes the desk up on the GUI thread, which only drains the
socket (never blocks). SQLite (two processes on one machine): a timer polls
``PRAGMA data_version`` in the read pool (``core.live.sqlite_watch``). Either way the desk then
reads the audit log after the last id it saw (read pool, ``core.db.change_feed``; at most one
read per ``COALESCE_MS``, a burst of notices is one read) and sends the changes through the same
``DeskEvents.notify`` as local edits, so the panels refresh themselves keeping selection and
scroll. Its own changes are not in the feed (the panels showed them already).

A lost listener connection: the desk says "not connected", tries again every ``RETRY_MS``,
``LISTEN``s again, reads everything it missed (or, when that is more than the feed's limit,
refreshes everything once) and says "connected".
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Slot

from .events import Change, DeskEvents
from .messages import describe

if TYPE_CHECKING:
    from ..core.db.change_feed import FeedItem, FeedPoll
    from ..core.db.engine import Database
    from ..core.live.pg_listener import PgListener
    from ..core.live.sqlite_watch import SqliteWatcher
    from .backend import Backend
    from .tasks import TaskRunner

log = logging.getLogger(__name__)

POLL_MS = 250  # SQLite: how often data_version is read
COALESCE_MS = 100  # at most one feed read this often
RETRY_MS = 2000  # a lost listener connection is tried again this often
FEED_LIMIT = 500  # more missed changes than this: refresh everything once

#: Audit entity → the change-notice entity the panels know (None: nothing shown changed).
ENTITIES: dict[str, str | None] = {
    "entry": "entry",
    "issue_group": "group",
    "event": "event",
    "event_session": "session",
    "saved_view": "view",
    "user": "user",
    "holiday": "settings",
    "sla_tier": "settings",
    "taxonomy_term": "taxonomy",
    "report": None,  # an export: nothing changed
    "database": None,  # a backup
}
#: Audit actions that change nothing another desk shows.
QUIET_ACTIONS = frozenset({"person.reveal", "person.record", "speaker.create"})

#: What a desk refreshes when it missed more than it can read change by change.
FULL_REFRESH: tuple[Change, ...] = (
    Change("event", "refresh"), Change("session", "refresh"), Change("entry", "refresh"),
    Change("group", "refresh"), Change("view", "refresh"), Change("user", "refresh"),
)


def to_changes(items: Iterable[FeedItem]) -> tuple[Change, ...]:
    """The feed's audit rows as change notices: one ``Change`` per (entity, action), ids
    merged in order; a row without an id (a demo import, an erased person) means "all of them"
    (a ``Change`` without ids, which the panels read as "refresh everything of that kind")."""
    merged: dict[tuple[str, str], dict[int, None] | None] = {}

    def add(entity: str, action: str, ids: Iterable[int | None]) -> None:
        key = (entity, action)
        have = merged.setdefault(key, {})
        for i in ids:
            if have is None:
                return
            if i is None:
                merged[key] = have = None
            else:
                have[i] = None

    for item in items:
        if item.action in QUIET_ACTIONS:
            continue
        action = item.action.split(".", 1)[-1]
        if item.entity == "speaker":  # personal data erased: the entries show it
            add("entry", action, [None])
            continue
        entity = ENTITIES.get(item.entity, item.entity)
        if entity is None:
            continue
        add(entity, action, [item.entity_id])
        if item.action == "entry.group" and item.related:
            add("group", "voice", item.related)
    return tuple(Change(e, a, tuple(ids or ())) for (e, a), ids in merged.items())


class LiveRefresh(QObject):
    """``start()`` once the backend is open, ``stop()`` before the task runner shuts down."""

    def __init__(self, backend: Backend, tasks: TaskRunner, events: DeskEvents,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backend, self._tasks, self._events = backend, tasks, events
        self._db: Database | None = None
        self._last_id: int | None = None
        self._listener: PgListener | None = None
        self._notifier: QSocketNotifier | None = None
        self._watcher: SqliteWatcher | None = None
        self._started = False
        self._stopped = threading.Event()
        self._handoff = threading.Lock()  # a listener a worker connected, not yet taken over
        self._pending: list[PgListener] = []
        self._reading = False
        self._dirty = False  # woken up while a read was under way: read again after it
        self._force = False  # SQLite: read even if data_version did not move (a read failed)
        self._last_read = 0.0
        self._offline = False  # we said "not connected"
        self.reads = 0  # feed reads done (for tests and the curious)
        self.limit = FEED_LIMIT
        self._coalesce = QTimer(self, singleShot=True)
        self._coalesce.timeout.connect(self._read_now)
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self._on_retry)
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._on_poll)

    # ---- life cycle --------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        """Following the feed now (listening, or polling the file)."""
        return self._last_id is not None and (
            self._notifier is not None or (self._watcher is not None and self._poll.isActive()))

    @property
    def last_id(self) -> int | None:
        return self._last_id

    def start(self) -> None:
        if self._started or self._stopped.is_set():
            return
        self._started = True
        db = self._backend.db
        if db is None:
            raise RuntimeError("LiveRefresh.start() before the database is open")
        self._db = db
        if db.is_sqlite:
            self._start_sqlite(db)
        else:
            self._connect()

    def stop(self) -> None:
        self._stopped.set()
        for timer in (self._coalesce, self._retry, self._poll):
            timer.stop()
        self._drop_listener()
        with self._handoff:
            pending, self._pending = self._pending, []
        for listener in pending:
            listener.close()
        if self._watcher is not None:
            self._watcher.close()

    # ---- PostgreSQL ----------------------------------------------------------------------------
    def _connect(self) -> None:
        """Connect and LISTEN off the GUI thread (a dead server takes the connect timeout),
        then read what changed since the last id (the first time: only where the log ends)."""
        db, after, limit = self._db, self._last_id, self.limit
        assert db is not None

        def work() -> tuple[PgListener, int, FeedPoll | None] | None:
            from ..core.db import change_feed
            from ..core.live.pg_listener import PgListener

            listener = PgListener(db.engine.url)
            listener.connect()  # LISTEN first: nothing committed after it is missed
            with self._handoff:
                if self._stopped.is_set():
                    listener.close()
                    return None
                self._pending.append(listener)
            try:
                if after is None:
                    return listener, change_feed.latest_audit_id(db), None
                found = change_feed.poll(db, after, limit, see_protection=self._sees_protection())
                return listener, found.last_id, found
            except BaseException:
                self._take(listener)
                listener.close()
                raise

        self._tasks.background(work, self._on_connected, self._on_connect_failed)

    def _take(self, listener: PgListener) -> bool:
        with self._handoff:
            if listener in self._pending:
                self._pending.remove(listener)
                return True
            return False

    def _on_connected(self, result: tuple[PgListener, int, FeedPoll | None] | None) -> None:
        if result is None:
            return
        listener, last_id, found = result
        if not self._take(listener) or self._stopped.is_set():
            listener.close()
            return
        from ..core.live.pg_listener import ListenerLost

        try:
            fd = listener.fileno()
        except ListenerLost as exc:
            self._on_connect_failed(exc)
            return
        self._listener = listener
        self._notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_socket)
        self._go_online()
        if found is not None:
            self._deliver(found)
        else:
            self._last_id = last_id
        self._on_socket()  # anything that came in while we were connecting

    def _on_connect_failed(self, exc: BaseException) -> None:
        if self._stopped.is_set():
            return
        log.info("live refresh: cannot listen: %s", exc)
        self._go_offline(exc)
        self._retry.start()

    @Slot()
    def _on_socket(self) -> None:
        listener = self._listener
        if listener is None or self._stopped.is_set():
            return
        from ..core.live.pg_listener import ListenerLost, parse_payload

        try:
            payloads = listener.drain()
        except ListenerLost as exc:
            self._lost(exc)
            return
        last = self._last_id if self._last_id is not None else -1
        for payload in payloads:
            parsed = parse_payload(payload)
            if parsed is None or parsed[2] > last:  # not read yet (or not ours to judge)
                self._wake()
                return

    def _lost(self, exc: BaseException) -> None:
        log.info("live refresh: listener lost: %s", exc)
        self._drop_listener()
        self._go_offline(exc)
        self._retry.start()

    def _drop_listener(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    @Slot()
    def _on_retry(self) -> None:
        if self._stopped.is_set() or self._db is None:
            return
        if not self._db.is_sqlite and self._listener is None:
            self._connect()
        else:
            self._wake()

    # ---- SQLite --------------------------------------------------------------------------------
    def _start_sqlite(self, db: Database) -> None:
        from ..core.live.sqlite_watch import SqliteWatcher

        path = db.sqlite_path
        assert path is not None
        watcher = self._watcher = SqliteWatcher(path)

        def work() -> int:
            from ..core.db import change_feed

            watcher.changed()  # the starting point first: a commit after it is noticed
            return change_feed.latest_audit_id(db)

        def done(last_id: int) -> None:
            self._last_id = last_id
            if not self._stopped.is_set():
                self._poll.start()

        def failed(exc: BaseException) -> None:
            self._force = True
            self._last_id = 0 if self._last_id is None else self._last_id
            self._go_offline(exc)
            if not self._stopped.is_set():
                self._poll.start()

        self._tasks.read(work, done, failed)

    @Slot()
    def _on_poll(self) -> None:
        if not self._reading and not self._stopped.is_set():
            self._read_now()

    # ---- reading the feed ----------------------------------------------------------------------
    def _wake(self) -> None:
        """Something changed: read the feed now, or as soon as the last read is COALESCE_MS
        old, or after the read under way."""
        if self._reading:
            self._dirty = True
            return
        wait = COALESCE_MS - (time.monotonic() - self._last_read) * 1000
        if wait > 0:
            if not self._coalesce.isActive():
                self._coalesce.start(int(wait) + 1)
            return
        self._read_now()

    @Slot()
    def _sees_protection(self) -> bool:
        """Worker: may this desk's user know of changes to protection cases?"""
        return self._backend.services().actor.can("protection.read")

    def _read_now(self) -> None:
        db, after, watcher, limit = self._db, self._last_id, self._watcher, self.limit
        if db is None or after is None or self._reading or self._stopped.is_set():
            return
        self._reading, self._dirty, self._last_read = True, False, time.monotonic()
        force, self._force = self._force, False

        def work() -> FeedPoll | None:
            from ..core.db import change_feed

            if watcher is not None and not watcher.changed() and not force:
                return None  # SQLite: nobody committed since the last look
            return change_feed.poll(db, after, limit, see_protection=self._sees_protection())

        self._tasks.read(work, self._on_read, self._on_read_failed)

    def _on_read(self, found: FeedPoll | None) -> None:
        self._reading = False
        if self._stopped.is_set():
            return
        if self._watcher is not None:
            self._go_online()
        if found is not None:
            self.reads += 1
            self._deliver(found)
        if self._dirty:
            self._wake()

    def _on_read_failed(self, exc: BaseException) -> None:
        self._reading = False
        if self._stopped.is_set():
            return
        log.info("live refresh: reading the changes failed: %s", exc)
        if self._watcher is not None:
            self._force = True  # the poll timer tries again
            self._go_offline(exc)
            return
        self._dirty = False
        self._retry.start()  # the server may be gone: the listener will tell, or we read again

    def _deliver(self, found: FeedPoll) -> None:
        if self._last_id is None or found.last_id > self._last_id:
            self._last_id = found.last_id
        changes = FULL_REFRESH if found.truncated else to_changes(found.items)
        if changes:
            self._events.notify(changes, initiator=self)

    # ---- connection state ----------------------------------------------------------------------
    def _go_offline(self, exc: BaseException) -> None:
        if not self._offline:
            self._offline = True
            self._events.sig_connection_changed.emit(False, describe(exc))

    def _go_online(self) -> None:
        if self._offline:
            self._offline = False
            self._events.sig_connection_changed.emit(True, "")

