"""Import and export through the service, on SQLite and PostgreSQL: what a preview says, one
transaction (all or nothing, or the valid rows), idempotence, consent, and exports of exactly
the rows a search shows."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from feedback_desk.core.db.models import AuditEvent, Entry, Event, Person, User
from feedback_desk.core.dto import EntryQuery, NewIdentity
from feedback_desk.core.errors import PermissionDenied, ValidationError
from feedback_desk.core.interchange.model import ExportFailed, ImportCancelled, ImportRefused
from feedback_desk.core.services import Services

from ..conftest import new_entry

DATA = Path(__file__).parents[2] / "data" / "import"
HEADER = "waktu;acara;sesi;jenis;area_layanan;isi;negara;persetujuan_kontak;nama_pembicara;prioritas\n"


def write(tmp_path: Path, body: str, name: str = "masukan.csv", header: str = HEADER) -> Path:
    path = tmp_path / name
    path.write_text(header + body, encoding="utf-8-sig")
    return path


def count(svc: Services, model: object = Entry) -> int:
    return int(svc.db.read(lambda s: s.scalar(select(func.count()).select_from(model))))


def audit(svc: Services, action: str) -> list[dict[str, object]]:
    rows = svc.db.read(lambda s: list(s.scalars(
        select(AuditEvent.payload).where(AuditEvent.action == action).order_by(AuditEvent.id))))
    return [json.loads(r)["data"] if "data" in json.loads(r) else json.loads(r) for r in rows]


ROWS = (
    "16/10/2025 09:42;Simposium PMI 2025;Panel 1;keluhan;luar negeri;Klaim JHT belum cair;"
    "Hong Kong;ya;Siti Aminah;tinggi\n"
    "16/10/2025 09:50;Simposium PMI 2025;;saran;digital;=HYPERLINK(\"http://x\");KSA;tidak;"
    "Ani;\n"
    "2025-10-16T10:05:00+08:00;Simposium PMI 2025;Panel 1;pertanyaan;dalam negeri;"
    "\"Bagaimana cara\nklaim JKK?\";;;;\n"
)


def test_preview_writes_nothing_and_says_what_each_row_does(svc: Services, tmp_path: Path) -> None:
    path = write(tmp_path, ROWS + "10/16/2025 09:00;Simposium PMI 2025;;xx;digital;teks;;;;\n")
    before = count(svc)
    preview = svc.interchange.preview(path)
    assert count(svc) == before
    assert preview.source.separator == ";" and preview.source.encoding == "utf-8-sig"
    assert [r.status for r in preview.rows] == ["accepted"] * 3 + ["rejected"]
    codes = {m.code for m in preview.rows[3].problems}
    assert codes == {"month_first_date", "unknown_value"}
    assert [m.code for m in preview.rows[1].notes] == ["personal_dropped"]
    assert preview.events_to_create == ("Simposium PMI 2025",)
    assert preview.sessions_to_create == ("Simposium PMI 2025 / Panel 1",)
    assert not preview.can_import_all
    with pytest.raises(ValidationError):
        svc.interchange.commit(preview)  # all or nothing: a rejected row stops it
    assert count(svc) == before and count(svc, Event) == 0


def test_commit_stores_every_column_and_a_second_import_adds_nothing(
        svc: Services, tmp_path: Path) -> None:
    path = write(tmp_path, ROWS)
    result = svc.interchange.commit(svc.interchange.preview(path))
    assert len(result.added) == 3 and result.identities == 1 and result.personal_dropped == 1
    assert result.events_created == ("Simposium PMI 2025",)
    rows = {r.text: r for r in (svc.entries.get(svc.search.ids(EntryQuery())[i])
                                for i in range(3))}
    first = rows["Klaim JHT belum cair"]
    assert (first.kind, first.service_area, first.country, first.tier, first.session_name) == (
        "complaint", "overseas", "HK", "S1", "Panel 1")
    assert first.recorded_at == datetime(2025, 10, 16, 2, 42, tzinfo=UTC)  # Jakarta, UTC+7
    assert svc.people.reveal(first.speaker_id).name == "Siti Aminah"
    formula = rows['=HYPERLINK("http://x")']  # stored as the literal text, never evaluated
    assert formula.country == "SA" and formula.speaker_id is None  # no consent: no identity
    question = rows["Bagaimana cara\nklaim JKK?"]
    assert question.recorded_at == datetime(2025, 10, 16, 2, 5, tzinfo=UTC)  # its own zone
    assert count(svc, Person) == 1
    assert len(audit(svc, "entry.import")) == 3 and len(audit(svc, "entries.import")) == 1

    again = svc.interchange.preview(path)
    assert [r.status for r in again.rows] == ["present"] * 3
    second = svc.interchange.commit(again)
    assert second.added == () and second.present == 3 and count(svc) == 3


def test_valid_rows_only_leaves_the_rejected_rows_out(svc: Services, tmp_path: Path) -> None:
    path = write(tmp_path, ROWS + "16/10/2025;Simposium PMI 2025;;keluhan;;tanpa area;;;;\n")
    preview = svc.interchange.preview(path)
    assert preview.count("rejected") == 1
    result = svc.interchange.commit(preview, valid_rows_only=True)
    assert len(result.added) == 3 and result.rejected == 1 and count(svc) == 3
    summary = audit(svc, "entries.import")[0]
    assert summary["rejected"] == 1 and summary["added"] == 3


def test_rows_without_uuid_get_the_same_id_each_time(svc: Services, tmp_path: Path) -> None:
    one = svc.interchange.preview(write(tmp_path, ROWS, "a.csv"))
    two = svc.interchange.preview(write(tmp_path, ROWS, "b.csv"))
    assert [r.uuid for r in one.rows] == [r.uuid for r in two.rows]
    assert len({r.uuid for r in one.rows}) == 3


def test_duplicate_rows_in_a_file_are_imported_once(svc: Services, tmp_path: Path) -> None:
    line = ROWS.splitlines(keepends=True)[0]
    preview = svc.interchange.preview(write(tmp_path, line + line))
    assert [r.status for r in preview.rows] == ["accepted", "present"]
    assert preview.rows[1].notes[0].code == "same_as_row"
    assert len(svc.interchange.commit(preview).added) == 1


def test_a_known_uuid_with_other_content_is_present_and_reported(
        svc: Services, event, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    stored = svc.entries.record(new_entry(event.id))
    header = "uuid,recorded_at,event,kind,service_area,text\n"
    path = write(tmp_path, f"{stored.uuid},16/10/2025 09:00,{event.name},complaint,overseas,"
                           "another text\n", header=header)
    preview = svc.interchange.preview(path)
    assert preview.rows[0].status == "present"
    assert preview.rows[0].notes[0].code == "stored_differs"
    assert "text" in preview.rows[0].notes[0].text()
    svc.interchange.commit(preview)
    assert svc.entries.get(stored.id).text == stored.text  # never overwritten


def test_missing_required_columns_stop_the_file(svc: Services, tmp_path: Path) -> None:
    path = write(tmp_path, "16/10/2025;x;teks\n", header="waktu;acara;isi\n")
    preview = svc.interchange.preview(path)
    assert set(preview.missing_required) == {"kind", "service_area"}
    with pytest.raises(ValidationError):
        svc.interchange.commit(preview)


def test_an_edited_mapping_is_used(svc: Services, tmp_path: Path) -> None:
    path = write(tmp_path, "16/10/2025 09:00;Acara;keluhan;digital;teks A;catatan\n",
                 header="kapan;acara;jenis;area_layanan;keterangan lain;isi\n")
    auto = svc.interchange.preview(path)
    assert "recorded_at" in auto.missing_required  # "kapan" is no header we know
    mapping = ("recorded_at", "event", "kind", "service_area", "text", None)
    preview = svc.interchange.preview(path, mapping=mapping)
    assert preview.count("accepted") == 1 and preview.rows[0].excerpt == "teks A"
    with pytest.raises(ValidationError):
        svc.interchange.preview(path, mapping=("text",) * 6)
    with pytest.raises(ValidationError):
        svc.interchange.preview(path, mapping=("recorded_at",))


def test_recorded_by_is_kept_and_unknown_recorders_become_inactive_accounts(
        svc: Services, tmp_path: Path) -> None:
    header = "recorded_at,event,kind,service_area,text,recorded_by\n"
    path = write(tmp_path, "16/10/2025 09:00,Acara,complaint,digital,teks,sari\n"
                           "16/10/2025 09:01,Acara,complaint,digital,teks 2,wati\n"
                           "16/10/2025 09:02,Acara,complaint,digital,teks 3,SARI\n"
                           "16/10/2025 09:03,Acara,complaint,digital,teks 4,bu sri\n",
                 header=header)
    preview = svc.interchange.preview(path)
    assert [r.status for r in preview.rows] == ["accepted", "accepted", "rejected", "rejected"]
    assert preview.users_to_create == ("wati",)
    result = svc.interchange.commit(preview, valid_rows_only=True)
    assert result.users_created == ("wati",)
    wati = svc.db.read(lambda s: s.scalars(select(User).where(User.username == "wati")).one())
    assert not wati.active and wati.password_hash is None and wati.roles == "recorder"


def test_protection_topic_makes_a_protection_case(svc: Services, tmp_path: Path) -> None:
    header = "recorded_at,event,kind,service_area,topic,text\n"
    path = write(tmp_path, "16/10/2025 09:00,Acara,complaint,overseas,TPPO,Saya dijual\n",
                 header=header)
    svc.interchange.commit(svc.interchange.preview(path))
    view = svc.entries.get(svc.search.ids(EntryQuery())[0])
    assert view.protection and view.sensitive and view.tier == "S0"


def test_a_status_needs_a_valid_state_of_the_kind(svc: Services, tmp_path: Path) -> None:
    header = "recorded_at,event,kind,service_area,text,status\n"
    path = write(tmp_path, "16/10/2025 09:00,Acara,complaint,overseas,a,resolved\n"
                           "16/10/2025 09:00,Acara,complaint,overseas,b,Selesai ditangani\n"
                           "16/10/2025 09:00,Acara,complaint,overseas,c,adopted\n", header=header)
    preview = svc.interchange.preview(path)
    assert [r.status for r in preview.rows] == ["accepted", "accepted", "rejected"]
    svc.interchange.commit(preview, valid_rows_only=True)
    views = [svc.entries.get(i) for i in svc.search.ids(EntryQuery())]
    assert {v.status for v in views} == {"resolved"} and all(v.resolved_at for v in views)


def test_cancel_writes_nothing(svc: Services, tmp_path: Path) -> None:
    path = write(tmp_path, ROWS)
    with pytest.raises(ImportCancelled):
        svc.interchange.preview(path, cancel=lambda: True)
    preview = svc.interchange.preview(path)
    with pytest.raises(ImportCancelled):
        svc.interchange.commit(preview, cancel=lambda: True)
    assert count(svc) == 0 and count(svc, Event) == 0 and not audit(svc, "entries.import")


def test_a_refused_file_says_why(svc: Services) -> None:
    with pytest.raises(ImportRefused) as info:
        svc.interchange.preview(DATA / "old_excel.xls")
    assert "xls" in str(info.value).lower()


def test_a_recorder_may_neither_import_nor_export(recorder: Services, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        recorder.interchange.preview(write(tmp_path, ROWS))
    with pytest.raises(PermissionDenied):
        recorder.interchange.export(tmp_path / "x.csv", EntryQuery())


# ---- export ------------------------------------------------------------------------------
def read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel reads the accents right
    return list(csv.DictReader(io.StringIO(raw[3:].decode("utf-8"), newline="")))


def test_export_writes_exactly_the_filtered_rows_in_list_order(
        svc: Services, event, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for i, area in enumerate(("overseas", "digital", "overseas", "domestic")):
        svc.entries.record(new_entry(event.id, service_area=area, text=f"teks nomor {i}"))
    query = EntryQuery(areas=("overseas",))
    result = svc.interchange.export(tmp_path / "daftar.csv", query, sort="recorded_at",
                                    descending=False)
    rows = read_csv(tmp_path / "daftar.csv")
    assert result.rows == 2 and [r["text"] for r in rows] == ["teks nomor 0", "teks nomor 2"]
    assert list(rows[0]) == list(result.columns) and "speaker_name" not in rows[0]
    logged = audit(svc, "entries.export")[-1]
    assert logged["rows"] == 2 and logged["personal"] is False
    assert logged["query"] == {"areas": ["overseas"]}


def test_export_neutralises_formula_cells(svc: Services, event, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for text in ("=1+1", "+62 812", "-5", "@SUM(A1)", "'=quoted"):  # (stored text is stripped)
        svc.entries.record(new_entry(event.id, text=f"{text}", summary=text.strip() or None))
    svc.interchange.export(tmp_path / "f.csv", EntryQuery())
    texts = {r["text"] for r in read_csv(tmp_path / "f.csv")}
    assert texts == {"'=1+1", "'+62 812", "'-5", "'@SUM(A1)", "''=quoted"}
    svc.interchange.export(tmp_path / "f.xlsx", EntryQuery())
    from openpyxl import load_workbook

    book = load_workbook(tmp_path / "f.xlsx")
    cells = [c for row in book.active.iter_rows(min_row=2) for c in row if c.value]
    assert cells and all(c.data_type != "f" for c in cells)
    assert not any(str(c.value).startswith(("=", "+", "-", "@")) for c in cells)


def test_personal_columns_only_on_request_and_only_for_permitted_roles(
        svc: Services, event, db, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = svc.entries.record(new_entry(event.id), NewIdentity(
        consent_purpose="follow-up", name="Siti Canary", phone="+6281234567890"))
    plain = tmp_path / "plain.csv"
    svc.interchange.export(plain, EntryQuery())
    assert b"Canary" not in plain.read_bytes() and b"81234567890" not in plain.read_bytes()
    assert read_csv(plain)[0]["contact_consent"] == "yes"
    full = tmp_path / "full.csv"
    svc.interchange.export(full, EntryQuery(), personal=True)
    row = read_csv(full)[0]
    assert row["speaker_name"] == "Siti Canary" and row["speaker_phone"] == "'+6281234567890"
    logged = audit(svc, "entries.export")[-1]
    assert logged["personal"] is True and logged["speakers"] == [view.speaker_id]
    assert "Canary" not in json.dumps(audit(svc, "entries.export"))
    boss = Services.connect(db, "pimpinan", roles="leadership", clock=clock)
    with pytest.raises(PermissionDenied):
        boss.interchange.export(tmp_path / "boss.csv", EntryQuery(), personal=True)
    assert not (tmp_path / "boss.csv").exists()
    boss.interchange.export(tmp_path / "boss.csv", EntryQuery())
    svc.people.erase(view.speaker_id)
    svc.interchange.export(full, EntryQuery(), personal=True)
    assert b"Canary" not in full.read_bytes()


def test_export_failures_leave_nothing_behind(svc: Services, event, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    svc.entries.record(new_entry(event.id))
    with pytest.raises(ExportFailed) as info:
        svc.interchange.export(tmp_path / "missing" / "x.csv", EntryQuery())
    assert info.value.reason == "no_folder"
    with pytest.raises(ExportFailed) as info:
        svc.interchange.export(tmp_path / "x.pdf", EntryQuery())
    assert info.value.reason == "bad_format"
    with pytest.raises(ExportFailed) as info:
        svc.interchange.export(tmp_path, EntryQuery())
    assert info.value.reason in ("is_folder", "bad_format")
    target = tmp_path / "keep.csv"
    target.write_text("old content")
    with pytest.raises(ImportCancelled):
        svc.interchange.export(target, EntryQuery(), cancel=lambda: True)
    assert target.read_text() == "old content"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".~")]  # no temporary file
    assert not audit(svc, "entries.export")
