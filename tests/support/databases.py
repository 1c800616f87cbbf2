"""Database fixtures: every service test runs on SQLite and on a real PostgreSQL.

- ``pg_server`` (session): one throwaway PostgreSQL cluster plus a template database migrated
  once with ``open_database``; skipped when the binaries are missing, but failed under ``CI``.
- ``pg_url``: a fresh migrated PostgreSQL database (a copy of the template) per test, dropped
  afterwards.
- ``db_url``: parametrized ``sqlite`` / ``postgresql``; the test opens the URL itself.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .pg_server import PgServer, available

TEMPLATE = "fd_template"
_counter = itertools.count(1)


def _migrate(url: str) -> None:
    from feedback_desk.core.db.engine import open_database  # lazily: the core may be mid-edit

    open_database(url).dispose()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    ok, reason = available()
    if not ok:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the PostgreSQL tests, but: {reason}", pytrace=False)
        pytest.skip(reason)
    server = PgServer()
    try:
        server.create_database(TEMPLATE)
        _migrate(server.url(TEMPLATE))  # migrate once; per-test copies take ~0.1 s
        server.terminate_connections(TEMPLATE)  # CREATE DATABASE … TEMPLATE needs it idle
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh, migrated PostgreSQL database for this test only."""
    name = f"t_{next(_counter)}"
    url = pg_server.create_database(name, template=TEMPLATE)
    try:
        yield url
    finally:
        pg_server.drop_database(name)  # terminates connections the test left open


@pytest.fixture(params=["sqlite", "postgresql"], ids=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty SQLite file URL, or a fresh migrated PostgreSQL database URL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'desk.sqlite'}"
    return str(request.getfixturevalue("pg_url"))


def organiser(db: object) -> object:
    """The account that sets events up in test databases (creating events needs a supervisor or
    an administrator; the desk users of the tests are recorders)."""
    from feedback_desk.core.services import Services

    return Services.connect(db, "org", roles="admin")  # type: ignore[arg-type]


def provisioned_open(backend: Any, roles: str = "recorder") -> Any:
    """Open a GUI ``Backend`` for a test account, creating it first with ``roles`` (a real desk
    opens only for an account that logged in)."""
    from feedback_desk.core.db.engine import open_database
    from feedback_desk.core.services import ensure_user

    db = open_database(backend.url)
    try:
        ensure_user(db, backend.username, roles=roles)
    finally:
        db.dispose()
    return backend.open()
