"""Export → import into an empty database reproduces the same entries: every interchange
column, Unicode, long text, formula-like text and empty values, through CSV and XLSX."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from feedback_desk.core.db.engine import open_database
from feedback_desk.core.dto import EntryQuery, NewEntry, NewIdentity
from feedback_desk.core.services import Services

from ..conftest import FakeClock

TEXTS = (
    "Klaim JHT saya belum cair sudah tiga bulan.",
    "عندي مشكلة في المطالبة",  # Arabic
    "我的雇主没有支付保险费 — 香港",  # Chinese
    "한국에서 일하는데 보험이 없어요",  # Korean
    "Aplikasi JMO error terus 😡🙏 tolong diperbaiki",
    'Kata "resmi" dan, koma; titik-koma\nbaris baru\r\nlagi',
    "=HYPERLINK(\"http://evil\",\"klik\")",
    "+62 812 3456 7890 nomor saya",
    "-- keluhan tanpa judul",
    "@admin tolong baca",
    "'=sudah dikutip",
    "x" * 99_990 + " akhir",  # a long text, near the limit
)
KINDS = ("complaint", "suggestion", "question", "appreciation", "commitment")
STATES = {"complaint": "in_progress", "suggestion": "under_study", "question": "answered",
          "appreciation": "noted", "commitment": "open"}
FIELDS = ("uuid", "event_name", "session_name", "kind", "text", "summary", "service_area",
          "dimensions", "topic", "programme", "phase", "country", "speaker_type", "source",
          "language", "recorded_by", "recorded_at", "status", "tier", "protection", "sensitive",
          "resolved_at")


def seed(svc: Services, other: Services) -> None:
    first = svc.catalog.create_event("Simposium PMI 2025", timezone="Asia/Jakarta")
    second = svc.catalog.create_event("Forum PMI Hong Kong", timezone="Asia/Hong_Kong")
    panel = svc.catalog.create_session(first.id, "Panel 2: Layanan digital")
    at = datetime(2025, 10, 14, 1, 30, 15, 123456, tzinfo=UTC)
    for i, text in enumerate(TEXTS):
        kind = KINDS[i % len(KINDS)]
        full = i % 2 == 0
        new = NewEntry(
            event_id=first.id if i % 3 else second.id, kind=kind, text=text,
            service_area=("domestic", "overseas", "digital")[i % 3],
            session_id=panel.id if i % 3 and full else None,
            summary=f"Ringkasan {i} — é ü" if full else None,
            dimensions=("benefit_quality", "service_process")[: i % 3],
            topic=("claims", "digital_services", None, "protection_case")[i % 4],
            programme="JHT" if full else None, phase="during" if full else None,
            country=("HK", "TW", "SA", None)[i % 4], speaker_type=("pmi_abroad", "other")[i % 2],
            source="floor" if full else None, language=("id", "en", None)[i % 3],
            recorded_at=at + timedelta(minutes=7 * i),
            status=STATES[kind] if i % 4 == 1 else None,
            tier="S3" if kind == "complaint" and i % 4 == 1 else None,
        )
        identity = NewIdentity(consent_purpose="tindak lanjut", name=f"Siti {i} Ñoño",
                               phone="+6281234567890", nik="3603123456780001",
                               passport="C1234567", kpj="12345678901") if i % 5 == 0 else None
        (svc if i % 2 else other).entries.record(new, identity) if not new.status else \
            svc.entries.record(new, identity)


def views(svc: Services) -> dict[str, object]:
    out = {}
    for entry_id in svc.search.ids(EntryQuery()):
        v = svc.entries.get(entry_id)
        out[v.uuid] = (tuple(getattr(v, f) for f in FIELDS),
                       _identity(svc, v.speaker_id) if v.speaker_id else None)
    return out


def _cells(path: Path) -> list[list[str]]:
    import csv
    import io

    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


def _identity(svc: Services, speaker_id: int) -> tuple[object, ...]:
    who = svc.people.reveal(speaker_id)
    return (who.name, who.phone, who.nik, who.passport, who.kpj)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_into_an_empty_database_reproduces_every_entry(
        db_url: str, tmp_path: Path, suffix: str) -> None:
    clock = FakeClock(datetime(2026, 11, 16, 2, 0, tzinfo=UTC))
    source = open_database(db_url)
    target = open_database(f"sqlite:///{tmp_path / 'empty.sqlite'}") if "postgresql" in db_url \
        else open_database(f"sqlite:///{tmp_path / 'empty.sqlite'}")
    try:
        svc = Services.connect(source, "sari", roles="supervisor protection", clock=clock)
        seed(svc, Services.connect(source, "budi", roles="recorder", clock=clock))
        exported = tmp_path / f"semua{suffix}"
        result = svc.interchange.export(exported, EntryQuery(), personal=True)
        assert result.rows == len(TEXTS)
        if suffix == ".xlsx":
            assert result.over_excel_limit == 1  # the long text: kept whole, and said so

        into = Services.connect(target, "sari", roles="supervisor protection", clock=clock)
        preview = into.interchange.preview(exported)
        assert preview.count("accepted") == len(TEXTS), [
            (r.number, [m.text() for m in r.problems]) for r in preview.rows if r.problems]
        imported = into.interchange.commit(preview)
        assert len(imported.added) == len(TEXTS) and imported.identities == 3
        assert set(imported.events_created) == {"Simposium PMI 2025", "Forum PMI Hong Kong"}

        before, after = views(svc), views(into)
        assert before.keys() == after.keys()
        for uuid, (fields, identity) in before.items():
            got_fields, got_identity = after[uuid]
            if suffix == ".xlsx":  # XML reads a CR LF line break as LF (a known XLSX limit)
                fields = tuple(v.replace("\r\n", "\n") if isinstance(v, str) else v
                               for v in fields)
            differ = {f: (a, b) for f, a, b in zip(FIELDS, fields, got_fields, strict=True)
                      if a != b}
            assert not differ, (uuid, differ)
            assert identity == got_identity

        again = tmp_path / f"lagi{suffix}"
        into.interchange.export(again, EntryQuery(), personal=True)
        if suffix == ".csv":  # the same file, cell for cell; a new event is in Jakarta's
            first, second = _cells(exported), _cells(again)  # zone: the same instants
            assert [r[:1] + r[2:] for r in first] == [r[:1] + r[2:] for r in second]
            assert [datetime.fromisoformat(r[1]) for r in first[1:]] == [
                datetime.fromisoformat(r[1]) for r in second[1:]]
        assert into.interchange.preview(exported).count("present") == len(TEXTS)
    finally:
        source.dispose()
        target.dispose()


def test_an_import_into_a_database_with_the_event_keeps_its_time_zone(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'tz.sqlite'}")
    try:
        svc = Services.connect(db, "sari", roles="supervisor")
        svc.catalog.create_event("Forum PMI Hong Kong", timezone="Asia/Hong_Kong")
        sheet = tmp_path / "hk.csv"
        sheet.write_text("waktu,acara,jenis,area_layanan,isi\n"
                         "12/06/2022 10:00,Forum PMI Hong Kong,keluhan,luar negeri,teks\n",
                         encoding="utf-8")
        svc.interchange.commit(svc.interchange.preview(sheet))
        view = svc.entries.get(svc.search.ids(EntryQuery())[0])
        assert view.recorded_at == datetime(2022, 6, 12, 2, 0, tzinfo=UTC)  # 10:00 at UTC+8
        assert replace(view, recorded_at=view.recorded_at).event_name == "Forum PMI Hong Kong"
    finally:
        db.dispose()
