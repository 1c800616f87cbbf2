"""Adversarial tests of spreadsheet import, part 3: all-or-nothing, idempotence, accounts named
by ``recorded_by``, the edges of every column (PostgreSQL's column sizes), NUL and control
characters, mapping tricks, and the audit of what was imported."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from feedback_desk.core.db import fts
from feedback_desk.core.db.engine import Database
from feedback_desk.core.errors import ValidationError
from feedback_desk.core.interchange import write
from feedback_desk.core.interchange.model import ImportCancelled, RawRow
from feedback_desk.core.interchange.rows import RowChecker
from feedback_desk.core.permissions import PERMISSIONS, Action
from feedback_desk.core.services import Services

from .attacks_support import (
    CANARY,
    EVENT,
    HEAD,
    as_role,
    audit_payloads,
    counts,
    row,
    write_csv,
    write_xlsx,
)


def _busy_file(tmp_path: Path, n: int = 7) -> Path:
    """Rows that need a new event, new sessions, new accounts and identities."""
    return write_csv(tmp_path / "busy.csv", [
        row(i, event="Acara Baru 2026", session=f"Sesi {i}", recorded_by=f"petugas{i}",
            contact_consent="yes", **CANARY) for i in range(n)])


def _one_row_users(db: Database) -> list[str]:
    with db.engine.connect() as conn:
        return sorted(conn.execute(text("SELECT username FROM user_account")).scalars())


# ---- all or nothing -----------------------------------------------------------------------
def test_a_failure_in_the_middle_of_commit_leaves_nothing(
        svc: Services, db: Database, event: object, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    preview = svc.interchange.preview(_busy_file(tmp_path))
    assert preview.can_import_all
    before = counts(db)
    real = fts.insert_many
    calls = []

    def failing(session: Any, rows: Any) -> None:
        calls.append(len(rows))
        if len(calls) == 3:
            raise RuntimeError("disk went away")
        real(session, rows)

    monkeypatch.setattr(write, "CHUNK", 2)
    monkeypatch.setattr(fts, "insert_many", failing)
    with pytest.raises(RuntimeError):
        svc.interchange.commit(preview)
    assert calls == [2, 2, 2]  # it did fail in the middle
    assert counts(db) == before  # no entry, event, session, account, speaker, person, audit


def test_cancel_in_the_middle_of_commit_leaves_nothing(
        svc: Services, db: Database, event: object, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    preview = svc.interchange.preview(_busy_file(tmp_path))
    before = counts(db)
    asked: list[int] = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) >= 3  # the third chunk: two are written, in the transaction

    monkeypatch.setattr(write, "CHUNK", 2)
    with pytest.raises(ImportCancelled):
        svc.interchange.commit(preview, cancel=cancel)
    assert len(asked) == 3
    assert counts(db) == before


def test_a_preview_with_rejected_rows_commits_nothing_without_valid_rows_only(
        svc: Services, db: Database, event: object, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "mixed.csv", [row(1), row(2, kind="gossip"), row(3)])
    preview = svc.interchange.preview(path)
    before = counts(db)
    with pytest.raises(ValidationError):
        svc.interchange.commit(preview)
    assert counts(db) == before
    assert len(svc.interchange.commit(preview, valid_rows_only=True).added) == 2


# ---- idempotence --------------------------------------------------------------------------
@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_reimporting_the_same_file_adds_nothing(
        svc: Services, db: Database, event: object, tmp_path: Path, suffix: str) -> None:
    rows = [row(i, event="Acara Baru 2026", session="Sesi A", recorded_by="petugas",
                contact_consent="yes" if i % 2 else "no", **CANARY) for i in range(4)]
    maker = write_csv if suffix == "csv" else write_xlsx
    path = maker(tmp_path / f"same.{suffix}", rows)
    first = svc.interchange.commit(svc.interchange.preview(path))
    assert len(first.added) == 4
    before = counts(db)
    again = svc.interchange.preview(path)
    assert again.count("present") == 4 and again.prepared == ()
    assert not (again.events_to_create or again.sessions_to_create or again.users_to_create)
    second = svc.interchange.commit(again)
    assert second.added == () and second.present == 4
    after = counts(db)
    assert after.pop("audit_event") == before.pop("audit_event") + 1  # "entries.import" only
    assert after == before


def test_committing_one_preview_twice_adds_nothing_the_second_time(
        svc: Services, db: Database, event: object, tmp_path: Path) -> None:
    preview = svc.interchange.preview(_busy_file(tmp_path, 3))
    svc.interchange.commit(preview)
    before = counts(db)
    result = svc.interchange.commit(preview)
    assert result.added == () and result.users_created == () and result.events_created == ()
    assert counts(db)["entry"] == before["entry"] and counts(db)["person"] == before["person"]


# ---- recorded_by --------------------------------------------------------------------------
def test_recorded_by_like_an_existing_account_is_refused(
        svc: Services, db: Database, clock: Any, event: object, tmp_path: Path) -> None:
    as_role(db, clock, "recorder", "ani")
    path = write_csv(tmp_path / "u.csv", [row(1, recorded_by="Ani"), row(2, recorded_by="ＡＮＩ"),
                                          row(3, recorded_by="ani")])
    preview = svc.interchange.preview(path)
    assert [r.status for r in preview.rows] == ["rejected", "rejected", "accepted"]
    assert [(p.code, dict(p.params)["value"]) for r in preview.rows[:2] for p in r.problems] \
        == [("bad_user", "Ani"), ("bad_user", "ＡＮＩ")]
    assert all(" ani" in r.problems[0].text() for r in preview.rows[:2])


def test_one_file_cannot_create_look_alike_accounts(
        svc: Services, db: Database, event: object, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "u.csv", [row(1, recorded_by="Ani"), row(2, recorded_by="ANI"),
                                          row(3, recorded_by="ａｎｉ")])
    preview = svc.interchange.preview(path)
    if preview.can_import_all:
        try:
            svc.interchange.commit(preview)
        except ValidationError:
            pass
    from feedback_desk.core.accounts import name_key

    keys = [name_key(u) for u in _one_row_users(db)]
    assert len(keys) == len(set(keys)), _one_row_users(db)


def test_an_account_created_after_the_preview_gets_no_look_alike(
        svc: Services, db: Database, clock: Any, event: object, tmp_path: Path) -> None:
    preview = svc.interchange.preview(write_csv(tmp_path / "u.csv", [row(1, recorded_by="Ani")]))
    assert preview.users_to_create == ("Ani",)
    as_role(db, clock, "recorder", "ani")
    try:
        svc.interchange.commit(preview)
    except ValidationError:
        pass
    assert "Ani" not in _one_row_users(db)


def test_recorded_by_an_existing_admin_is_attributed_but_the_importer_is_audited(
        db: Database, clock: Any, event: object, tmp_path: Path) -> None:
    """Decision: acceptable. Paper cards typed in by a supervisor are credited to whoever wrote
    them (that is what recorded_by is for); the audit chain keeps who really imported them, and
    the account gains no right from it (roles are untouched, an inactive one stays inactive)."""
    as_role(db, clock, "admin", "root")
    sup = as_role(db, clock, "supervisor", "sup")
    path = write_csv(tmp_path / "a.csv", [row(1, recorded_by="root")])
    sup.interchange.commit(sup.interchange.preview(path))
    with db.engine.connect() as conn:
        (by,) = conn.execute(text("SELECT u.username FROM entry e JOIN user_account u "
                                  "ON u.id = e.recorded_by_id")).scalars()
        roles = conn.execute(text("SELECT roles FROM user_account WHERE username='root'"))
        assert by == "root" and roles.scalar_one() == "admin"
    (payload,) = [json.loads(p) for p in audit_payloads(db, "entry.import")]
    assert payload["actor"] == "sup" and payload["data"]["recorded_by"] == "root"


def test_accounts_an_import_creates_carry_no_right(
        db: Database, clock: Any, event: object, tmp_path: Path) -> None:
    """Decision: a supervisor may not manage accounts, yet an import names recorders who have
    none here. Acceptable because what is created cannot log in or do anything: inactive, no
    password, the recorder role only, and audited as created by the import."""
    sup = as_role(db, clock, "supervisor", "sup")
    path = write_csv(tmp_path / "a.csv", [row(1, recorded_by="admin2"), row(2, recorded_by="x")])
    sup.interchange.commit(sup.interchange.preview(path))
    with db.engine.connect() as conn:
        made = {tuple(r) for r in conn.execute(text(
            "SELECT username, roles, active, password_hash FROM user_account "
            "WHERE username IN ('admin2', 'x')"))}
    assert made == {("admin2", "recorder", False, None), ("x", "recorder", False, None)}
    created = [json.loads(p) for p in audit_payloads(db, "user.create")]
    assert sorted((c["actor"], c["data"].get("imported_from")) for c in created
                  if c["data"].get("imported_from")) == [("sup", "a.csv")] * 2


def test_status_beyond_the_first_needs_triage(svc: Services, event: object) -> None:
    """Every role that may import may also triage today; the row check still refuses a closed
    or resolved case from an importer that could not triage."""
    assert PERMISSIONS[Action.ENTRY_IMPORT] <= PERMISSIONS[Action.CASE_TRIAGE]
    ctx, _users, _sessions = svc.interchange._db.read(svc.interchange._context)
    ctx.may_triage = False
    mapping = ("recorded_at", "event", "kind", "service_area", "text", "status")
    checker = RowChecker(mapping, ctx)
    for status in ("closed", "resolved", "in_progress", "Selesai"):
        cells = ("16/11/2026 08:00", EVENT, "complaint", "overseas", "x", status)
        candidate, problems, _notes = checker.check(RawRow(2, cells))
        assert candidate is None and problems, status
    ok, problems, _ = checker.check(RawRow(3, ("16/11/2026 08:00", EVENT, "complaint",
                                               "overseas", "x", "new")))
    assert ok is not None and not problems


# ---- column edges on both backends --------------------------------------------------------
EDGES = [
    ("event", "É" * 200, "e" * 201), ("session", "ß" * 200, "s" * 201),
    ("recorded_by", "ü" * 64, "u" * 65), ("text", "ä" * 100_000, "a" * 100_001),
    ("summary", "ö" * 500, "o" * 501), ("speaker_name", "ñ" * 200, "n" * 201),
    ("speaker_phone", "9" * 64, "9" * 65), ("speaker_nik", "7" * 32, "7" * 33),
    ("speaker_passport", "P" * 32, "P" * 33), ("speaker_kpj", "K" * 32, "K" * 33),
]


@pytest.mark.parametrize(("column", "fits", "too_long"), EDGES, ids=[e[0] for e in EDGES])
def test_the_longest_value_of_each_column_commits_and_one_more_is_rejected(
        svc: Services, db: Database, event: object, tmp_path: Path, column: str, fits: str,
        too_long: str) -> None:
    head = HEAD + ("summary",)
    path = write_csv(tmp_path / "edge.csv", [row(1, contact_consent="yes", **{column: fits}),
                                             row(2, contact_consent="yes", **{column: too_long})],
                     head=head)
    preview = svc.interchange.preview(path)
    assert [r.status for r in preview.rows] == ["accepted", "rejected"]
    result = svc.interchange.commit(preview, valid_rows_only=True)
    assert len(result.added) == 1


def test_a_code_longer_than_its_entry_column_is_refused_when_it_is_added(
        svc: Services, db: Database, clock: Any, event: object, tmp_path: Path) -> None:
    """The entry keeps 16 characters of a language and 8 of a country: a longer code would
    pass the preview and make PostgreSQL refuse the import raw, so the list refuses it."""
    admin = as_role(db, clock, "admin", "root")
    with pytest.raises(ValidationError, match="1 to 16"):
        admin.catalog.add_term("language", "zh-Hant-TW-x-hokkien", "Hokkien (Taiwan)", "Hokkien")
    with pytest.raises(ValidationError, match="1 to 8"):
        admin.catalog.add_term("country", "XK-KOSOVO", "Kosovo", "Kosovo")
    admin.catalog.add_term("language", "nan-TW", "Hokkien (Taiwan)", "Hokkien")
    path = write_csv(tmp_path / "lang.csv", [row(1, language="nan-TW")],
                     head=HEAD + ("language",))
    result = admin.interchange.commit(admin.interchange.preview(path))
    assert len(result.added) == 1


# ---- mapping tricks -----------------------------------------------------------------------
@pytest.mark.parametrize("mapping", [
    ("recorded_at", "event", "session", "kind", "service_area", "text", "text", None, None,
     None, None, None, None),
    ("recorded_at", "event", "session", "kind", "service_area", "text", "password_hash", None,
     None, None, None, None, None),
    ("recorded_at", "event", "session", "kind", "service_area", "text"),
    ("recorded_at", "event", "session", "kind", "service_area", "text") + (None,) * 8,
    "recorded_at",
], ids=["twice", "unknown", "short", "long", "string"])
def test_a_bad_mapping_is_a_clear_validation_error(
        svc: Services, db: Database, event: object, tmp_path: Path, mapping: Any) -> None:
    path = write_csv(tmp_path / "m.csv", [row(1)])
    before = counts(db)
    with pytest.raises(ValidationError) as caught:
        svc.interchange.preview(path, mapping=mapping)
    assert caught.value.field == "mapping"
    assert counts(db) == before


def test_a_mapping_without_required_columns_cannot_be_committed(
        svc: Services, db: Database, event: object, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "m.csv", [row(1)])
    preview = svc.interchange.preview(path, mapping=(None,) * len(HEAD))
    assert set(preview.missing_required) == {"recorded_at", "event", "kind", "service_area",
                                             "text"}
    with pytest.raises(ValidationError):
        svc.interchange.commit(preview, valid_rows_only=True)


# ---- the audit of the file ----------------------------------------------------------------
def test_the_audited_digest_is_of_the_file_that_was_previewed(
        svc: Services, db: Database, event: object, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", [row(1)])
    previewed = hashlib.sha256(path.read_bytes()).hexdigest()
    preview = svc.interchange.preview(path)
    write_csv(path, [row(1), row(2, text="added in Excel after the preview")])
    svc.interchange.commit(preview)
    (payload,) = [json.loads(p) for p in audit_payloads(db, "entries.import")]
    assert payload["data"]["sha256"] == previewed
