"""Adversarial tests of spreadsheet import/export, part 6: every role against preview, commit,
export and the personal export, and an account whose roles shrink or that is disabled while it
is logged in (``permissions.FRESH_CHECK``: nothing but reading may use the log-in's roles)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from feedback_desk.core.db.engine import Database
from feedback_desk.core.dto import EntryQuery
from feedback_desk.core.errors import AccountDisabled, PermissionDenied
from feedback_desk.core.services import Services
from feedback_desk.core.taxonomy import PROTECTION_TOPIC

from .attacks_support import CANARY, HEAD, ROLES, as_role, canaries_in, counts, row, write_csv

MAY = {  # role → (preview and commit, export, personal export)
    "recorder": (False, False, False),
    "supervisor": (True, True, True),
    "protection": (False, True, False),
    "leadership": (False, True, False),
    "admin": (True, True, True),
}


def _file(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "in.csv", [row(1, contact_consent="yes", **CANARY), row(2)])


@pytest.mark.parametrize("role", ROLES)
def test_every_role_against_every_interchange_call(
        svc: Services, db: Database, clock: Any, event: object, tmp_path: Path,
        role: str) -> None:
    may_import, may_export, may_name = MAY[role]
    who = as_role(db, clock, role)
    path = _file(tmp_path)
    theirs = svc.interchange.preview(path)  # a preview somebody allowed made
    before = counts(db)
    if may_import:
        assert who.interchange.preview(path).count("accepted") == 2
        assert len(who.interchange.commit(theirs).added) == 2
    else:
        with pytest.raises(PermissionDenied):
            who.interchange.preview(path)
        with pytest.raises(PermissionDenied):  # another user's preview does not help
            who.interchange.commit(theirs)
        assert counts(db) == before
        svc.interchange.commit(theirs)
    for personal, allowed in ((False, may_export), (True, may_name)):
        target = tmp_path / f"out-{personal}.csv"
        if allowed:
            assert who.interchange.export(target, EntryQuery(), personal=personal).rows == 2
            assert bool(canaries_in(target.read_bytes())) is personal
        else:
            with pytest.raises(PermissionDenied):
                who.interchange.export(target, EntryQuery(), personal=personal)
            assert not target.exists()


def test_a_disabled_account_can_neither_import_nor_export(
        svc: Services, db: Database, clock: Any, event: object, tmp_path: Path) -> None:
    sup = as_role(db, clock, "supervisor", "sup")
    preview = sup.interchange.preview(_file(tmp_path))
    as_role(db, clock, "admin", "root").accounts.set_active("sup", False)
    for call in (lambda: sup.interchange.preview(_file(tmp_path)),
                 lambda: sup.interchange.commit(preview),
                 lambda: sup.interchange.export(tmp_path / "x.csv", EntryQuery())):
        with pytest.raises(AccountDisabled):
            call()
    assert counts(db)["entry"] == 0 and not (tmp_path / "x.csv").exists()


def test_a_supervisor_demoted_after_the_preview_cannot_commit_it(
        svc: Services, db: Database, clock: Any, event: object, tmp_path: Path) -> None:
    sup = as_role(db, clock, "supervisor", "sup")
    preview = sup.interchange.preview(_file(tmp_path))
    as_role(db, clock, "admin", "root").accounts.set_roles("sup", frozenset({"leadership"}))
    with pytest.raises(PermissionDenied):
        sup.interchange.commit(preview)
    assert counts(db)["entry"] == 0


def test_a_demoted_supervisor_can_no_longer_export_personal_data(
        svc: Services, db: Database, clock: Any, event: object, tmp_path: Path) -> None:
    svc.interchange.commit(svc.interchange.preview(_file(tmp_path)))
    sup = as_role(db, clock, "supervisor", "sup")
    as_role(db, clock, "admin", "root").accounts.set_roles("sup", frozenset({"leadership"}))
    target = tmp_path / "named.csv"
    try:
        sup.interchange.export(target, EntryQuery(), personal=True)
    except PermissionDenied:
        pass
    assert not target.exists() or canaries_in(target.read_bytes()) == []


def test_a_former_protection_officer_exports_no_protection_case(
        svc: Services, db: Database, clock: Any, event: object, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", [row(1, topic=PROTECTION_TOPIC, text="rahasia-zq81")],
                     head=HEAD + ("topic",))
    svc.interchange.commit(svc.interchange.preview(path))
    officer = as_role(db, clock, "protection", "pro")
    as_role(db, clock, "admin", "root").accounts.set_roles("pro", frozenset({"leadership"}))
    target = tmp_path / "out.csv"
    try:
        officer.interchange.export(target, EntryQuery())
    except PermissionDenied:
        pass
    assert not target.exists() or b"zq81" not in target.read_bytes()
