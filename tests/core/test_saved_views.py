"""Saved views: built-in ones in every database, private and shared views, replace on a name
clash, permissions, conflicts, audit, and stored queries this version can no longer fully read."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text

from feedback_desk.core.db.engine import Database, open_database
from feedback_desk.core.db.migrate import _config, current_revision, head_revision
from feedback_desk.core.db.models import AuditEvent, Base
from feedback_desk.core.dto import ME, EntryQuery, ViewColumn
from feedback_desk.core.errors import (
    ConflictError,
    NameTaken,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from feedback_desk.core.ids import EventId, GroupId, SessionId
from feedback_desk.core.saved_views import (
    BUILTIN_VIEWS,
    builtin_label,
    decode_query,
    encode_query,
)
from feedback_desk.core.services import Services
from tests.support.pg_server import PgServer

from .conftest import FakeClock, new_entry

BUILTIN_KEYS = ["overdue", "due_soon", "my_open", "overseas_complaints", "unassigned_new"]
COLUMNS = (ViewColumn("id", 70), ViewColumn("summary", 400), ViewColumn("tier", 45, False))


def _audit(db: Database, action: str) -> list[AuditEvent]:
    return db.read(lambda s: list(s.scalars(
        select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id))))


def _rich_query() -> EntryQuery:
    return EntryQuery(
        text="klaim jht", event_ids=(EventId(3), EventId(5)), session_ids=(SessionId(7),),
        kinds=("complaint",), areas=("overseas",), statuses=("new", "triaged"), tiers=("S2",),
        overdue=False, speaker_types=("pmi_abroad",), countries=("HK", "TW"),
        topics=("claims",), assignees=(ME, ""), group_id=GroupId(9),
        recorded_from=datetime(2026, 11, 1, 0, 0, tzinfo=timezone(timedelta(hours=7))),
        recorded_to=datetime(2026, 12, 1, tzinfo=UTC), sensitive=True, due_soon=None,
    )


# ---- built-in views --------------------------------------------------------------------------
def test_a_fresh_database_has_the_builtin_views_first_with_translated_names(
    svc: Services,
) -> None:
    views = svc.views.list()
    assert [v.builtin for v in views] == BUILTIN_KEYS
    assert all(v.owner is None and not v.editable and not v.problems for v in views)
    assert [v.query for v in views] == [b.query for b in BUILTIN_VIEWS]
    assert views[0].query.overdue is True and views[1].query.due_soon is True
    assert views[2].query.assignees == (ME,) and "in_progress" in views[2].query.statuses
    assert views[3].query.areas == ("overseas",) and views[3].query.kinds == ("complaint",)
    assert builtin_label("overdue", "en") == "Overdue"
    assert builtin_label("overdue", "id") == "Lewat tenggat"
    assert builtin_label("nope", "en") is None


def _db_at_0002(url: str) -> None:
    db = open_database(url, migrate=False)
    try:
        cfg = _config(Path(__file__).resolve().parents[2] / "src/feedback_desk/core/db/migrations")
        with db.engine.connect() as conn:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "0002")
        Services.connect(db, "ani", roles="supervisor").catalog.create_event("Lama")
    finally:
        db.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database (no schema at all) on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.sqlite'}"
        return
    server: PgServer = request.getfixturevalue("pg_server")
    name = f"old_{abs(hash(str(tmp_path))) % 10**8}"
    url = server.create_database(name)
    try:
        yield url
    finally:
        server.drop_database(name)


def test_an_upgraded_database_gets_the_builtin_views(empty_url: str) -> None:
    _db_at_0002(empty_url)
    db = open_database(empty_url)
    try:
        assert current_revision(db) == head_revision()
        svc = Services.connect(db, "ani", roles="supervisor")
        assert [v.builtin for v in svc.views.list()] == BUILTIN_KEYS
        assert [e.name for e in svc.catalog.events()] == ["Lama"]
    finally:
        db.dispose()


def test_the_saved_view_table_matches_its_model(db: Database) -> None:
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert [d for d in diff if "saved_view" in str(d)] == []


@pytest.mark.parametrize("act", ["delete", "update", "rename", "replace"])
def test_builtin_views_cannot_be_changed_or_deleted(svc: Services, act: str) -> None:
    overdue = svc.views.list()[0]
    with pytest.raises((PermissionDenied, ValidationError)) as info:
        if act == "delete":
            svc.views.delete(overdue.id, overdue.version)
        elif act == "update":
            svc.views.update(overdue.id, overdue.version, EntryQuery())
        elif act == "rename":
            svc.views.rename(overdue.id, overdue.version, "Late")
        else:
            svc.views.save("overdue", EntryQuery(), replace_version=overdue.version)
    assert "built-in view" in str(info.value)
    assert svc.views.get(overdue.id) == overdue


def test_a_name_of_a_builtin_view_in_either_language_is_refused(svc: Services) -> None:
    for name in ("Due soon", "lewat TENGGAT"):
        with pytest.raises(ValidationError, match="built-in view"):
            svc.views.save(name, EntryQuery())


# ---- saving and reading ----------------------------------------------------------------------
def test_a_saved_view_gives_back_its_filters_sort_and_columns(svc: Services, db: Database) -> None:
    query = _rich_query()
    saved = svc.views.save("HK claims", query, "due_date", False, COLUMNS)
    again = svc.views.get(saved.id)
    assert again == saved
    assert (again.query, again.sort, again.descending, again.columns) == (
        query, "due_date", False, COLUMNS)
    assert (again.name, again.owner, again.mine, again.editable, again.shared) == (
        "HK claims", "sari", True, True, False)
    assert svc.views.list()[-1] == saved
    [event] = _audit(db, "view.create")
    assert event.entity == "saved_view" and event.entity_id == saved.id
    assert '"HK claims"' in event.payload


def test_the_query_is_stored_over_every_field_of_entry_query() -> None:
    encoded = encode_query(_rich_query())
    assert set(encoded) == {f.name for f in dataclasses.fields(EntryQuery)}
    assert encoded["recorded_from"] == "2026-11-01T00:00:00+07:00"
    assert encoded["assignees"] == ["@me", ""]
    assert decode_query(encoded) == (_rich_query(), ())


def test_columns_may_be_given_as_mappings(svc: Services) -> None:
    saved = svc.views.save("Layout", EntryQuery(), columns=[
        {"key": "id", "width": 70, "visible": True}, {"key": "summary"}])
    assert saved.columns == (ViewColumn("id", 70), ViewColumn("summary", 0, True))


def test_a_private_view_is_only_its_owners_and_a_shared_one_reaches_another_desk(
    svc: Services, db_url: str, clock: FakeClock
) -> None:
    private = svc.views.save("Mine only", EntryQuery(kinds=("question",)))
    shared = svc.views.save("Team HK", EntryQuery(countries=("HK",)), shared=True)
    other_db = open_database(db_url)  # another desk: its own connection pool
    try:
        budi = Services.connect(other_db, "budi", clock=clock)
        seen = {v.name: v for v in budi.views.list()}
        assert "Mine only" not in seen
        assert seen["Team HK"].query == shared.query
        assert (seen["Team HK"].owner, seen["Team HK"].mine, seen["Team HK"].editable) == (
            "sari", False, False)
        with pytest.raises(NotFound):
            budi.views.get(private.id)
        with pytest.raises(NotFound):
            budi.views.delete(private.id, private.version)
    finally:
        other_db.dispose()


def test_the_list_has_builtins_then_own_then_shared_views(svc: Services, db: Database) -> None:
    Services.connect(db, "joko", roles="supervisor").views.save("a shared one", EntryQuery(),
                                                                shared=True)
    svc.views.save("Zeta", EntryQuery())
    svc.views.save("alpha", EntryQuery())
    names = [v.name for v in svc.views.list() if not v.builtin]
    assert names == ["alpha", "Zeta", "a shared one"]


# ---- name clashes and replacing --------------------------------------------------------------
def test_a_name_clash_offers_the_existing_view_and_replaces_it_when_asked(
    svc: Services, db: Database
) -> None:
    first = svc.views.save("Weekly", EntryQuery(kinds=("complaint",)))
    with pytest.raises(NameTaken) as info:
        svc.views.save("  weekly ", EntryQuery(kinds=("question",)))
    assert info.value.existing == first and "already" in str(info.value)
    replaced = svc.views.save("weekly", EntryQuery(kinds=("question",)), "id",
                              replace_version=first.version)
    assert replaced.id == first.id and replaced.version == first.version + 1
    assert (replaced.name, replaced.query.kinds, replaced.sort) == ("weekly", ("question",), "id")
    assert len([v for v in svc.views.list() if not v.builtin]) == 1
    [event] = _audit(db, "view.replace")
    assert '"from":{' in event.payload and '"kinds":["complaint"]' in event.payload


def test_replacing_a_view_that_changed_meanwhile_is_a_conflict(
    svc: Services, db: Database, clock: FakeClock
) -> None:
    first = svc.views.save("Weekly", EntryQuery())
    other = Services.connect(db, "sari", roles="supervisor", clock=clock)
    other.views.update(first.id, first.version, EntryQuery(tiers=("S1",)))
    with pytest.raises(ConflictError) as info:
        svc.views.save("Weekly", EntryQuery(tiers=("S3",)), replace_version=first.version)
    assert info.value.what == "view" and info.value.changed_by == "sari"
    assert svc.views.get(first.id).query.tiers == ("S1",)


def test_two_desks_updating_one_view_conflict_and_nothing_is_overwritten(
    svc: Services, db_url: str, clock: FakeClock
) -> None:
    view = svc.views.save("Shared", EntryQuery(), shared=True)
    other_db = open_database(db_url)
    try:
        boss = Services.connect(other_db, "rina", roles="supervisor", clock=clock)
        boss.views.update(view.id, view.version, EntryQuery(areas=("digital",)))
        with pytest.raises(ConflictError) as info:
            svc.views.update(view.id, view.version, EntryQuery(areas=("domestic",)))
        assert info.value.changed_by == "rina"
        with pytest.raises(ConflictError):
            svc.views.rename(view.id, view.version, "Renamed")
        with pytest.raises(ConflictError):
            svc.views.delete(view.id, view.version)
        assert svc.views.get(view.id).query.areas == ("digital",)
    finally:
        other_db.dispose()


def test_a_shared_name_is_unique_among_shared_views(svc: Services, db: Database) -> None:
    theirs = Services.connect(db, "joko", roles="supervisor").views.save(
        "Claims", EntryQuery(), shared=True)
    with pytest.raises(NameTaken) as info:
        svc.views.save("claims", EntryQuery(), shared=True)
    assert info.value.existing.id == theirs.id  # type: ignore[attr-defined]
    mine = svc.views.save("claims", EntryQuery())  # a private one of that name is fine
    assert mine.id != theirs.id


# ---- who may change what ---------------------------------------------------------------------
def test_a_shared_view_is_changed_by_its_owner_or_a_supervisor_only(
    svc: Services, recorder: Services, db: Database, clock: FakeClock
) -> None:
    view = svc.views.save("Team", EntryQuery(), shared=True)
    with pytest.raises(PermissionDenied):
        recorder.views.update(view.id, view.version, EntryQuery(kinds=("question",)))
    with pytest.raises(PermissionDenied):
        recorder.views.delete(view.id, view.version)
    with pytest.raises(PermissionDenied):  # publishing to everyone is for supervisors
        recorder.views.save("Budi's", EntryQuery(), shared=True)
    joko = Services.connect(db, "joko", roles="supervisor", clock=clock)
    own = joko.views.save("Joko's", EntryQuery(), shared=True)
    boss = svc.views.get(own.id)
    assert boss.editable and not boss.mine
    changed = svc.views.update(own.id, own.version, EntryQuery(kinds=("question",)))
    assert (changed.owner, changed.shared, changed.updated_by) == ("joko", True, "sari")
    admin = Services.connect(db, "adi", roles="admin", clock=clock)
    renamed = admin.views.rename(changed.id, changed.version, "Joko's questions", shared=False)
    assert renamed.shared is True  # only the owner decides whether it is shared
    joko.views.rename(renamed.id, renamed.version, "Joko's questions", shared=False)
    assert own.id not in {v.id for v in svc.views.list()}


def test_rename_refuses_a_taken_name_and_is_audited(svc: Services, db: Database) -> None:
    a = svc.views.save("A", EntryQuery())
    b = svc.views.save("B", EntryQuery())
    with pytest.raises(NameTaken):
        svc.views.rename(b.id, b.version, "a")
    renamed = svc.views.rename(a.id, a.version, "A2", shared=True)
    assert (renamed.name, renamed.shared, renamed.version) == ("A2", True, a.version + 1)
    [event] = _audit(db, "view.rename")
    assert '"from":{"name":"A","shared":false}' in event.payload


def test_delete_removes_the_view_and_is_audited(svc: Services, db: Database) -> None:
    view = svc.views.save("Temp", EntryQuery())
    svc.views.delete(view.id, view.version)
    assert view.id not in {v.id for v in svc.views.list()}
    assert len(_audit(db, "view.delete")) == 1
    with pytest.raises(NotFound):
        svc.views.delete(view.id, view.version)


# ---- bad input -------------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "message"), [
    ("", "must not be empty"),
    ("   \t ", "must not be empty"),
    ("x" * 300, "is 300 characters long; the limit is 100"),
    ("Over\x00due", "must not contain NUL characters"),
])
def test_bad_names_are_refused_clearly(svc: Services, name: str, message: str) -> None:
    with pytest.raises(ValidationError) as info:
        svc.views.save(name, EntryQuery())
    assert info.value.field == "name" and message in info.value.message


@pytest.mark.parametrize(("kwargs", "field", "message"), [
    ({"query": EntryQuery(text="a\x00b")}, "text", "NUL"),
    ({"query": EntryQuery(kinds=("complain",))}, "kind", "unknown value 'complain'"),
    ({"query": EntryQuery(recorded_from=datetime(2026, 1, 1))}, "recorded_from", "time zone"),
    ({"sort": "colour"}, "sort", "unknown column 'colour'"),
    ({"columns": [ViewColumn("id", -5)]}, "columns", "width"),
    ({"columns": [ViewColumn("id"), ViewColumn("id")]}, "columns", "twice"),
    ({"columns": [{"width": 3}]}, "columns", "key"),
])
def test_bad_queries_sorts_and_columns_are_refused_clearly(
    svc: Services, kwargs: dict[str, object], field: str, message: str
) -> None:
    args: dict[str, object] = {"query": EntryQuery(), **kwargs}
    with pytest.raises(ValidationError) as info:
        svc.views.save("Bad", **args)  # type: ignore[arg-type]
    assert info.value.field == field and message in info.value.message
    assert [v for v in svc.views.list() if not v.builtin] == []


def test_a_stored_view_this_version_cannot_fully_read_still_opens(
    svc: Services, db: Database
) -> None:
    view = svc.views.save("Old", EntryQuery(kinds=("complaint",)), columns=COLUMNS)
    with db.engine.begin() as conn:
        conn.execute(text(
            "UPDATE saved_view SET query = :q, columns = :c, sort = 'colour' WHERE id = :id"
        ), {"id": view.id, "q": '{"kinds": ["complaint"], "moods": ["angry"], "tiers": 7}',
            "c": '[{"key": "id", "width": 70, "visible": true}, {"nonsense": 1}]'})
    old = svc.views.get(view.id)
    assert old.query == EntryQuery(kinds=("complaint",))
    assert old.columns == (ViewColumn("id", 70),) and old.sort == "recorded_at"
    assert len(old.problems) == 4
    assert any("'moods' no longer exists" in p for p in old.problems)
    assert any("'tiers' could not be read" in p for p in old.problems)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE saved_view SET query = 'not json' WHERE id = :id"),
                     {"id": view.id})
    broken = svc.views.get(view.id)
    assert broken.query == EntryQuery() and "could not be read" in broken.problems[0]
    fixed = svc.views.update(view.id, broken.version, EntryQuery(tiers=("S1",)))
    assert fixed.problems == ()


def test_my_open_cases_finds_the_callers_open_cases(svc: Services, event) -> None:  # type: ignore[no-untyped-def]
    mine = svc.entries.record(new_entry(event.id))
    svc.entries.record(new_entry(event.id, text="Orang lain"))
    svc.cases.assign(mine.id, mine.version, "sari")
    my_open = next(v for v in svc.views.list() if v.builtin == "my_open")
    assert svc.search.count(my_open.query) == 1


def test_a_column_reads_like_its_stored_dict() -> None:
    column = ViewColumn("summary", 300, False)
    assert [column.get(k) for k in ("key", "width", "visible", "colour")] == [
        "summary", 300, False, None]
