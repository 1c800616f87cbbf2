"""A dedicated autocommit psycopg connection that ``LISTEN``s for the desks' change notice.

Migration 0006 makes every committed audit row send ``NOTIFY feedback_desk,
'entity:entity_id:audit_id'``. The listener only wakes the desk up; what changed is read from
the audit log on the normal pool (psycopg 3 holds a connection's lock while it reads
notifications, so nothing else runs on this one). ``fileno()`` is the socket to watch (a
``QSocketNotifier`` in the GUI); ``drain()`` never blocks. TCP keepalives make a connection to
a server that vanished without closing it (a pulled cable) fail within about 20 s instead of
hanging forever; a server that shuts down closes the socket, and ``drain()`` says so at once.
"""

from __future__ import annotations

import logging
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy.engine import URL, make_url

from ..errors import DatabaseUnavailable

log = logging.getLogger(__name__)

CHANNEL = "feedback_desk"  # migration 0006
CONNECT_TIMEOUT_S = 5  # also bounds how long closing the desk waits for a retry under way
KEEPALIVE = {"keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 3,
             "keepalives_count": 3}


class ListenerLost(DatabaseUnavailable):
    """The live-update connection to the server failed or was closed by the server."""


def connect_args(url: str | URL) -> dict[str, Any]:
    """psycopg keyword arguments for a SQLAlchemy ``postgresql[+psycopg]://`` URL, password and
    query options (``sslmode``, ``sslrootcert``, …) included."""
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() != "postgresql":
        raise ValueError(f"not a PostgreSQL URL: {parsed.render_as_string(hide_password=True)}")
    args: dict[str, Any] = parsed.translate_connect_args(username="user", database="dbname")
    for key, option in parsed.query.items():
        args[key] = option if isinstance(option, str) else option[-1]
    args.setdefault("connect_timeout", CONNECT_TIMEOUT_S)
    for key, value in KEEPALIVE.items():
        args.setdefault(key, value)
    args.setdefault("application_name", "feedback-desk live")
    return args


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


class PgListener:
    """``connect()`` (blocking: call it off the GUI thread), then ``fileno()`` / ``drain()``."""

    def __init__(self, url: str | URL, channel: str = CHANNEL) -> None:
        parsed = make_url(url) if isinstance(url, str) else url
        self._args = connect_args(parsed)
        self._where = parsed.render_as_string(hide_password=True)
        self.channel = channel
        self._conn: psycopg.Connection[Any] | None = None
        self.lost = False  # the connection failed after it was made

    @property
    def connected(self) -> bool:
        return self._conn is not None and not self._conn.closed and not self.lost

    def connect(self) -> None:
        """Open the connection and LISTEN; raises ``ListenerLost`` when the server is not there."""
        self.close()
        try:
            conn = psycopg.connect(autocommit=True, **self._args)
        except psycopg.Error as exc:
            raise ListenerLost(
                f"cannot listen for changes on {self._where}: {_first_line(exc)}") from exc
        try:
            conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(self.channel)))
        except psycopg.Error as exc:
            conn.close()
            raise ListenerLost(
                f"cannot listen for changes on {self._where}: {_first_line(exc)}") from exc
        self._conn, self.lost = conn, False

    def fileno(self) -> int:
        if self._conn is None:
            raise ListenerLost("the live-update connection is not open")
        try:
            return self._conn.fileno()
        except psycopg.Error as exc:
            self._broken()
            raise ListenerLost(f"lost the live-update connection to {self._where}") from exc

    def drain(self) -> list[str]:
        """The payloads received so far, without waiting. Raises ``ListenerLost`` (and sets
        ``lost``) when the connection broke; the caller connects again later."""
        conn = self._conn
        if conn is None or self.lost:
            raise ListenerLost("the live-update connection is not open")
        try:
            payloads = [n.payload for n in conn.notifies(timeout=0)]
            # a server shutting down sends its goodbye, then closes: the second read sees that
            payloads += [n.payload for n in conn.notifies(timeout=0)]
        except psycopg.Error as exc:
            self._broken()
            raise ListenerLost(
                f"lost the live-update connection to {self._where}: {_first_line(exc)}") from exc
        if conn.closed or conn.broken:
            self._broken()
            raise ListenerLost(f"lost the live-update connection to {self._where}")
        return payloads

    def _broken(self) -> None:
        self.lost = True
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except psycopg.Error:  # pragma: no cover - closing a dead socket
                log.debug("closing a broken listener", exc_info=True)

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except psycopg.Error:  # pragma: no cover
                log.debug("closing the listener", exc_info=True)


def parse_payload(payload: str) -> tuple[str, int | None, int] | None:
    """``'entity:entity_id:audit_id'`` → its parts (None for anything else)."""
    parts = payload.rsplit(":", 2)
    if len(parts) != 3:
        return None
    entity, entity_id, audit_id = parts
    try:
        return entity, (int(entity_id) if entity_id else None), int(audit_id)
    except ValueError:
        return None
