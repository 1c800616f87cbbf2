"""The open database and its services, handed to workers (never touched by widgets)."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from ..core.errors import DatabaseError

if TYPE_CHECKING:  # SQLAlchemy loads with the database, after the window is on screen
    from ..core.db.engine import Database
    from ..core.dto import Actor
    from ..core.services import Services


class Backend:
    """Filled once by the task that opens the database; read by later tasks.

    Tasks that run before it is ready wait for it (a recorder who starts typing while a big
    database is still opening loses nothing: the save queues behind the opening).
    """

    def __init__(self, url: str, username: str, db: Database | None = None) -> None:
        self.url = url
        self.username = username
        self._given_db = db  # opened by the log-in, used for the first open
        # opening again (after a failure) needs the password the log-in used: it is in the
        # engine's URL, never in ``url`` (shown in the status bar, used to name draft files)
        self._open_url = db.engine.url.render_as_string(hide_password=False) if db else url
        self._ready = threading.Event()
        self._services: Services | None = None
        self._error: BaseException | None = None

    def open(self) -> Services:
        """Open the database (again, after a failed try: the desk retries) as the account that
        logged in (``Services.resume``: it must exist and be active; the log-in checked the
        password)."""
        from ..core.db.engine import open_database
        from ..core.services import Services

        db, self._given_db = self._given_db, None
        try:
            if db is None:
                db = open_database(self._open_url)
            services = Services.resume(db, self.username)
        except BaseException as exc:
            if db is not None and self._services is None:
                db.dispose()
            self._error = exc
            self._ready.set()
            raise
        self._services, self._error = services, None
        self._ready.set()
        return services

    def refresh_account(self) -> Actor:
        """Read this desk's account again (its roles changed, or it was disabled): the services
        act with the new roles from now on; ``AccountDisabled`` when it may no longer work."""
        from dataclasses import replace

        from ..core.errors import AuthenticationFailed
        from ..core.services import Services

        current = self.services()
        try:
            services = Services.resume(current.db, self.username)
        except AuthenticationFailed:  # disabled: from now on every call is refused
            self._services = Services(current.db, replace(current.actor, roles=frozenset()))
            raise
        self._services = services
        return services.actor

    def services(self, timeout: float = 120.0) -> Services:
        if not self._ready.wait(timeout):
            raise DatabaseError("the database is still opening")
        if self._services is None:
            raise DatabaseError(f"the database could not be opened: {self._error}")
        return self._services

    @property
    def ready(self) -> bool:
        return self._services is not None

    @property
    def db(self) -> Database | None:
        return self._services.db if self._services else None

    def close(self) -> None:
        if self._services is not None:
            self._services.db.dispose()
