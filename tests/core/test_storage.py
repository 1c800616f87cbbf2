"""Storage guarantees: migrations, refusing newer databases, the append-only hash-chained audit."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from feedback_desk.core.db.engine import open_database, resolve_url
from feedback_desk.core.db.migrate import MIGRATIONS_DIR, current_revision, head_revision, upgrade
from feedback_desk.core.errors import DatabaseError, DatabaseTooNew
from feedback_desk.core.services import Services

from .conftest import new_entry


def test_sqlite_connections_use_the_safe_pragmas(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'p.sqlite'}")
    try:
        with db.engine.connect() as conn:
            values = {p: conn.exec_driver_sql(f"PRAGMA {p}").scalar()
                      for p in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")}
        assert values == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1,
                          "busy_timeout": 5000}
    finally:
        db.dispose()


def test_a_new_database_is_at_the_head_revision_with_seeded_lists(db_url: str) -> None:
    db = open_database(db_url)
    try:
        assert current_revision(db) == head_revision()
        svc = Services.connect(db, "admin")
        assert [c for c, _, _ in svc.catalog.terms("service_area")] == ["domestic", "overseas", "digital"]
        countries = [c for c, _, _ in svc.catalog.terms("country")]
        assert countries[:3] == ["HK", "TW", "MY"] and countries[-2:] == ["ZZ", "XX"]
    finally:
        db.dispose()


def test_a_newer_database_is_refused_clearly(db_url: str) -> None:
    db = open_database(db_url)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00d_from_the_future'"))
    db.dispose()
    with pytest.raises(DatabaseTooNew) as info:
        open_database(db_url)
    assert "newer Feedback Desk" in str(info.value)


def test_a_failed_upgrade_leaves_the_old_revision_and_a_backup(
    db_url: str, tmp_path: Path
) -> None:
    db = open_database(db_url)
    Services.connect(db, "ani", roles="supervisor").catalog.create_event("Kept")
    db.dispose()
    broken = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, broken)
    (broken / "versions" / "9999_broken.py").write_text((
        'revision = "9999"\ndown_revision = "{head}"\nbranch_labels = None\ndepends_on = None\n'
        "from alembic import op\nimport sqlalchemy as sa\n\n"
        "def upgrade():\n"
        '    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))\n'
        '    op.execute("ALTER TABLE event ADD COLUMN budget INTEGER")\n'
        '    raise RuntimeError("boom in the middle of a migration")\n\n'
        "def downgrade():\n    pass\n"
    ).replace("{head}", head_revision()))
    db = open_database(db_url, migrate=False)
    try:
        with pytest.raises(RuntimeError, match="boom"):
            upgrade(db, broken)
        assert current_revision(db) == head_revision()
        schema = inspect(db.engine)
        assert "half_done" not in schema.get_table_names()
        assert "budget" not in {c["name"] for c in schema.get_columns("event")}
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT name FROM event")).scalars().all() == ["Kept"]
    finally:
        db.dispose()
    if db_url.startswith("sqlite"):  # a file database is copied before it is upgraded
        path = Path(db_url.removeprefix("sqlite:///"))
        backups = list(path.parent.glob(f"{path.name}.before-9999-*.bak"))
        assert len(backups) == 1
        copy = sqlite3.connect(backups[0])
        assert copy.execute("SELECT name FROM event").fetchall() == [("Kept",)]
        copy.close()


def test_unreachable_or_bad_urls_give_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="unsupported database"):
        open_database("mysql://x/y")
    with pytest.raises(DatabaseError, match="not a database URL"):
        open_database("postgresql+psycopg://u@host:port/db")
    with pytest.raises(DatabaseError, match="not a database URL"):
        open_database("://nothing")
    with pytest.raises(DatabaseError, match="cannot open the database"):
        open_database("postgresql+psycopg://nobody@127.0.0.1:9/none")
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseError, match="cannot open the database"):
        open_database(f"sqlite:///{garbage}")


def test_url_resolution_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FEEDBACK_DESK_DB", "sqlite:////env.sqlite")
    assert resolve_url("sqlite:////cli.sqlite") == "sqlite:////cli.sqlite"
    assert resolve_url(None) == "sqlite:////env.sqlite"
    monkeypatch.delenv("FEEDBACK_DESK_DB")
    assert resolve_url(None).endswith("desk.sqlite")
    assert resolve_url(str(tmp_path / "plain.sqlite")) == f"sqlite:///{tmp_path / 'plain.sqlite'}"


def test_audit_rows_cannot_be_changed_or_deleted(db_url: str) -> None:
    db = open_database(db_url)
    try:
        svc = Services.connect(db, "ani", roles="supervisor")
        svc.catalog.create_event("Audit")
        for statement in ("UPDATE audit_event SET actor = 'mallory'", "DELETE FROM audit_event"):
            with pytest.raises(DBAPIError, match="append-only"):
                with db.engine.begin() as conn:
                    conn.execute(text(statement))
        assert svc.audit.verify().ok
    finally:
        db.dispose()


def test_tampering_with_one_row_among_a_thousand_is_detected(
    db_url: str, svc: Services, event, db
) -> None:
    for i in range(200):
        v = svc.entries.record(new_entry(event.id, text=f"suara nomor {i}"))
        for j in range(4):
            v = svc.entries.edit(v.id, v.version, summary=f"ringkasan {j}")
    check = svc.audit.verify()
    assert check.ok and check.checked >= 1000
    victim = check.checked // 2
    with db.engine.begin() as conn:  # an attacker with file access removes the guard first
        if db.is_sqlite:
            conn.execute(text("DROP TRIGGER audit_event_no_update"))
        else:
            conn.execute(text("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_change"))
        conn.execute(text("UPDATE audit_event SET actor = 'mallory' WHERE id = :i"), {"i": victim})
    bad = svc.audit.verify()
    assert not bad.ok and bad.first_bad_id == victim
    with db.engine.begin() as conn:  # even a "consistent" rewrite of payload breaks the chain
        conn.execute(text("UPDATE audit_event SET actor = actor WHERE id = :i"), {"i": victim})
        row = conn.execute(text("SELECT payload FROM audit_event WHERE id = :i"),
                           {"i": victim + 1}).scalar_one()
        conn.execute(text("UPDATE audit_event SET payload = :p WHERE id = :i"),
                     {"p": row.replace("ringkasan", "RINGKASAN"), "i": victim + 1})
    again = svc.audit.verify()
    assert not again.ok and again.first_bad_id == victim


def test_every_change_writes_one_audit_event_in_the_same_transaction(svc: Services, event) -> None:
    v = svc.entries.record(new_entry(event.id))
    v = svc.cases.transition(v.id, v.version, "triaged")
    svc.cases.add_note(v.id, "checked")
    actions = [h.action for h in svc.audit.history(v.id)]
    assert actions == ["entry.record", "entry.transition", "entry.note"]
    assert svc.audit.history(v.id)[0].data["text"] == v.text
