"""A PostgreSQL server that drops connections or goes away: recover, or say so clearly."""

from __future__ import annotations

import pytest

from feedback_desk.core.db.engine import open_database
from feedback_desk.core.dto import EntryQuery
from feedback_desk.core.errors import DatabaseUnavailable
from feedback_desk.core.services import Services
from tests.support.pg_server import PgServer, available

from .conftest import new_entry


def test_connections_killed_by_the_server_are_replaced(pg_server: PgServer, pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        svc = Services.connect(db, "ani", roles="supervisor")
        event = svc.catalog.create_event("Forum")
        svc.entries.record(new_entry(event.id))
        with pg_server.admin() as admin:  # e.g. a server restart or an idle-connection reaper
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE datname = %s AND pid <> pg_backend_pid()",
                          (pg_url.rsplit("/", 1)[1],))
        assert svc.search.count(EntryQuery()) == 1  # the pool noticed and reconnected
        svc.entries.record(new_entry(event.id, text="setelah sambungan putus"))
        assert svc.search.count(EntryQuery()) == 2
    finally:
        db.dispose()


def test_a_server_that_is_gone_is_a_clear_error() -> None:
    ok, reason = available()
    if not ok:
        pytest.skip(reason)
    server = PgServer()
    try:
        server.create_database("gone")
        db = open_database(server.url("gone"))
        svc = Services.connect(db, "ani", roles="supervisor")
        event = svc.catalog.create_event("Forum")
    finally:
        server.stop()
    try:
        with pytest.raises(DatabaseUnavailable) as info:
            svc.entries.record(new_entry(event.id))
        assert "lost the connection to the database" in str(info.value)
        with pytest.raises(DatabaseUnavailable):
            svc.search.count(EntryQuery())
    finally:
        db.dispose()
