"""Adversarial tests of spreadsheet import/export, part 2: personal data (UU PDP) and protection
cases. Canary values (``attacks_support.CANARY``) are searched for in the raw bytes of exported
files, in every row of every table and in the SQLite file itself."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from feedback_desk.core.db.engine import Database
from feedback_desk.core.dto import EntryQuery
from feedback_desk.core.errors import PermissionDenied
from feedback_desk.core.services import Services
from feedback_desk.core.taxonomy import PROTECTION_TOPIC

from .attacks_support import (
    CANARY,
    EVENT,
    HEAD,
    as_role,
    audit_payloads,
    canaries_in,
    counts,
    dump,
    row,
    sqlite_bytes,
    write_csv,
    xlsx_text,
)

EXPORTERS = ("supervisor", "protection", "leadership", "admin")


def _import_with_identity(svc: Services, tmp_path: Path, consent: str = "yes") -> None:
    path = write_csv(tmp_path / "who.csv", [row(1, contact_consent=consent, **CANARY),
                                            row(2, contact_consent="no")])
    preview = svc.interchange.preview(path)
    assert preview.can_import_all
    svc.interchange.commit(preview)


def _speaker_ids(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {t: s for t, s in conn.execute(text(
            "SELECT text, speaker_id FROM entry WHERE speaker_id IS NOT NULL"))}


def _file_bytes(path: Path) -> bytes:
    return xlsx_text(path) if path.suffix == ".xlsx" else path.read_bytes()


@pytest.mark.parametrize("role", EXPORTERS)
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_without_personal_has_no_identity_anywhere(
        svc: Services, db: Database, clock: Any, event: object, tmp_path: Path, role: str,
        suffix: str) -> None:
    _import_with_identity(svc, tmp_path)
    target = tmp_path / f"list{suffix}"
    result = as_role(db, clock, role).interchange.export(target, EntryQuery())
    assert result.rows == 2 and not result.personal
    assert canaries_in(_file_bytes(target)) == []
    assert not any(c.startswith("speaker_") and c != "speaker_type" for c in result.columns)


@pytest.mark.parametrize("role", ["protection", "leadership", "recorder"])
@pytest.mark.parametrize("personal", [True, 1, "yes", "no", object()])
def test_a_role_without_identity_export_gets_no_personal_columns(
        svc: Services, db: Database, clock: Any, event: object, tmp_path: Path, role: str,
        personal: Any) -> None:
    """Any truthy ``personal`` is refused before a byte is written; nothing is audited."""
    _import_with_identity(svc, tmp_path)
    who = as_role(db, clock, role)
    before = counts(db)
    target = tmp_path / "named.csv"
    with pytest.raises(PermissionDenied):
        who.interchange.export(target, EntryQuery(), personal=personal)
    assert not target.exists() and list(tmp_path.glob(".~*")) == []
    assert counts(db) == before


def test_personal_export_audit_names_the_speakers_and_no_value(
        svc: Services, db: Database, event: object, tmp_path: Path) -> None:
    _import_with_identity(svc, tmp_path)
    ids = _speaker_ids(db)
    assert list(ids) == ["Klaim JHT belum cair 1"]  # consent=no: no speaker stored
    svc.interchange.export(tmp_path / "all.csv", EntryQuery(), personal=True)
    svc.interchange.export(tmp_path / "none.csv", EntryQuery(text="tidak ada kata ini"),
                           personal=True)
    svc.interchange.export(tmp_path / "plain.csv", EntryQuery())
    exports = [json.loads(p) for p in audit_payloads(db, "entries.export")]
    data = [p.get("data", p) for p in exports]
    assert [d.get("speakers") for d in data] == [[ids["Klaim JHT belum cair 1"]], [], None]
    assert [d["personal"] for d in data] == [True, True, False]
    assert canaries_in("\n".join(audit_payloads(db))) == []


def test_consent_no_never_stores_personal_data(svc: Services, db: Database, event: object,
                                               tmp_path: Path) -> None:
    """Personal columns with consent no / tidak / empty / missing column: nothing of them in
    any table, in the SQLite file, in the preview's messages or in what commit gets."""
    rows = [row(1, contact_consent="no", **CANARY), row(2, contact_consent="tidak", **CANARY),
            row(3, contact_consent="", **CANARY), row(4, contact_consent="TIDAK BERSEDIA",
                                                      **CANARY)]
    paths = [write_csv(tmp_path / "a.csv", rows),
             write_csv(tmp_path / "b.csv", [row(9, **CANARY)],
                       head=tuple(h for h in HEAD if h != "contact_consent"))]
    for path in paths:
        preview = svc.interchange.preview(path)
        messages = [m.text() for r in preview.rows for m in r.problems + r.notes]
        assert canaries_in(repr(preview.rows) + "\n".join(messages)) == []
        assert all(not c.identity for c in preview.prepared)
        assert all(any(m.code == "personal_dropped" for m in r.notes) for r in preview.rows)
        result = svc.interchange.commit(preview)
        assert result.identities == 0 and result.personal_dropped == len(preview.rows)
    assert counts(db)["person"] == 0
    assert canaries_in(dump(db)) == []
    assert canaries_in(sqlite_bytes(db)) == []


def test_rejected_rows_report_no_personal_value(svc: Services, event: object,
                                                tmp_path: Path) -> None:
    long_nik = CANARY["speaker_nik"] * 3  # over the 32-character limit
    path = write_csv(tmp_path / "bad.csv", [
        row(1, contact_consent="mungkin", **CANARY),
        row(2, contact_consent="yes", **(CANARY | {"speaker_nik": long_nik})),
        row(3, kind="", contact_consent="yes", **CANARY)])
    preview = svc.interchange.preview(path)
    assert preview.count("rejected") == 3
    messages = "\n".join(m.text() for r in preview.rows for m in r.problems + r.notes)
    assert canaries_in(messages + repr(preview.rows)) == []


def test_erased_identity_is_never_exported_and_gone_from_the_database(
        svc: Services, db: Database, event: object, tmp_path: Path) -> None:
    _import_with_identity(svc, tmp_path)
    (speaker,) = _speaker_ids(db).values()
    svc.people.erase(speaker)
    for suffix in (".csv", ".xlsx"):
        target = tmp_path / f"named{suffix}"
        svc.interchange.export(target, EntryQuery(), personal=True)
        assert canaries_in(_file_bytes(target)) == []
    assert canaries_in(dump(db)) == []  # an import leaves no copy (audit, index…) behind
    exports = [json.loads(p) for p in audit_payloads(db, "entries.export")]
    assert all(p.get("data", p)["speakers"] == [] for p in exports)


def _protection_case(db: Database, clock: Any, tmp_path: Path) -> tuple[str, str]:
    """An admin imports a protection case (with a consenting, named speaker)."""
    admin = as_role(db, clock, "admin", "root")
    secret = "Majikan memukul saya rahasia-zq81"
    uuid = "0b9f7a52-3c1d-4e5f-8a6b-7c8d9e0f1a2b"
    path = write_csv(tmp_path / "prot.csv", [row(1, uuid=uuid, topic=PROTECTION_TOPIC,
                                                 text=secret, contact_consent="yes", **CANARY)],
                     head=HEAD + ("uuid", "topic"))
    preview = admin.interchange.preview(path)
    assert preview.can_import_all
    admin.interchange.commit(preview)
    return uuid, secret


@pytest.mark.parametrize("role", ["supervisor", "leadership"])
@pytest.mark.parametrize("query", [
    EntryQuery(), EntryQuery(text="rahasia"), EntryQuery(text="memukul majikan"),
    EntryQuery(topics=(PROTECTION_TOPIC,)), EntryQuery(tiers=("S0",)),
    EntryQuery(sensitive=True)], ids=["all", "word", "words", "topic", "tier", "sensitive"])
def test_protection_cases_never_reach_an_export_without_the_protection_role(
        svc: Services, db: Database, clock: Any, event: object, tmp_path: Path, role: str,
        query: EntryQuery) -> None:
    _uuid, secret = _protection_case(db, clock, tmp_path)
    who = as_role(db, clock, role)
    for suffix in (".csv", ".xlsx"):
        target = tmp_path / f"out{suffix}"
        result = who.interchange.export(target, query,
                                        personal=(role == "supervisor"))
        assert result.rows == 0
        blob = _file_bytes(target)
        assert b"zq81" not in blob and canaries_in(blob) == []
    assert svc.interchange.export(tmp_path / "p.csv", EntryQuery(text="rahasia")).rows == 1


def test_a_hidden_protection_uuid_leaks_nothing_through_the_preview(
        db: Database, clock: Any, event: object, tmp_path: Path) -> None:
    uuid, secret = _protection_case(db, clock, tmp_path)
    sup = as_role(db, clock, "supervisor")
    path = write_csv(tmp_path / "probe.csv", [row(5, uuid=uuid, text="probe", event="Other")],
                     head=HEAD + ("uuid",))
    preview = sup.interchange.preview(path)
    shown = repr(preview.rows) + "\n".join(
        m.text() for r in preview.rows for m in r.problems + r.notes)
    assert "zq81" not in shown and "differs" not in shown and EVENT not in shown
    sup.interchange.commit(preview)
    with db.engine.connect() as conn:
        assert list(conn.execute(text("SELECT uuid, text FROM entry"))) == [(uuid, secret)]
