"""Database fixtures: every service test runs on SQLite and on a real PostgreSQL."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from .pg_server import PgServer, available

TEMPLATE = "fd_template"
_counter = itertools.count()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    ok, reason = available()
    if not ok:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the PostgreSQL tests: {reason}")
        pytest.skip(reason)
    server = PgServer()
    try:
        from feedback_desk.core.db.engine import open_database

        server.create_database(TEMPLATE)
        open_database(server.url(TEMPLATE)).dispose()  # migrate once; copies are instant
        with server.admin() as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                (TEMPLATE,),
            )
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    name = f"t_{os.getpid()}_{next(_counter)}"
    url = pg_server.create_database(name, template=TEMPLATE)
    yield url
    pg_server.drop_database(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'desk.sqlite'}"
    return str(request.getfixturevalue("pg_url"))
