"""``feedback-desk import`` and ``export``: the malformed-file corpus ends in a clear report or
a clean refusal (no traceback, no partial import); dry runs write nothing; exports honour the
search filters."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from feedback_desk.cli import main
from feedback_desk.core.db.engine import open_database
from feedback_desk.core.db.models import AuditEvent, Entry

PASSWORD = "kopi-tubruk-2026"
CORPUS = Path(__file__).parent / "data" / "import"
MANIFEST = json.loads((CORPUS / "MANIFEST.json").read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def _login_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FEEDBACK_DESK_USER", "ani")
    monkeypatch.setenv("FEEDBACK_DESK_PASSWORD", PASSWORD)


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cli-import") / "desk.sqlite"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("FEEDBACK_DESK_USER", "ani")
        mp.setenv("FEEDBACK_DESK_PASSWORD", PASSWORD)
        assert main(["--db", f"sqlite:///{path}", "init"]) == 0
    return f"sqlite:///{path}"


def entries(url: str) -> int:
    db = open_database(url)
    try:
        return int(db.read(lambda s: s.scalar(select(func.count()).select_from(Entry))))
    finally:
        db.dispose()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_corpus_has_at_least_thirty_malformed_files() -> None:
    assert len([m for m in MANIFEST if not m["file"].startswith("good")]) >= 30


@pytest.mark.parametrize("item", MANIFEST, ids=[m["file"] for m in MANIFEST])
def test_every_corpus_file_ends_in_a_report_or_a_clean_refusal(
        item: dict[str, str], url: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(CORPUS / item["file"])
    before = entries(url)
    code, out, err = run(capsys, "--db", url, "import", path, "--dry-run")
    assert "Traceback" not in out + err and "internal error" not in err
    assert entries(url) == before  # a dry run writes nothing
    if item["expect"].startswith("refused:"):
        assert code == 1 and err.startswith("feedback-desk: error: ") and len(err) > 40, err
        assert item["file"] not in out or not out  # refused before any row is shown
        return
    if "missing required columns" in err:
        assert code == 1 and "nothing imported" in err
        return
    assert code in (0, 1) and "accepted" in out and "rejected" in out, (out, err)
    code, out, err = run(capsys, "--db", url, "import", path)
    assert "Traceback" not in out + err and "internal error" not in err
    added = entries(url) - before
    if code == 1:
        assert added == 0  # nothing imported: never a part of a file
        assert "nothing imported" in err
    else:
        assert f"imported {added:,} entries" in out


def test_rejected_rows_stop_the_file_unless_valid_rows_only(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'v.sqlite'}"
    sheet = tmp_path / "campur.csv"
    sheet.write_text("waktu,acara,jenis,area_layanan,isi\n"
                     "16/10/2025 09:00,Simposium PMI 2025,keluhan,luar negeri,Klaim lama\n"
                     "10/16/2025 09:00,Simposium PMI 2025,keluhan,luar negeri,Tanggal salah\n",
                     encoding="utf-8")
    code, out, err = run(capsys, "--db", url, "import", str(sheet))
    assert code == 1 and "row 3: rejected" in out and "month-first" in out
    assert "--valid-rows-only" in err and entries(url) == 0
    report = tmp_path / "laporan.csv"
    code, out, err = run(capsys, "--db", url, "import", str(sheet), "--valid-rows-only",
                         "--report", str(report))
    assert code == 0 and "imported 1 entries" in out and entries(url) == 1
    rows = list(csv.reader(io.StringIO(report.read_text(encoding="utf-8-sig"))))
    assert [r[1] for r in rows[1:]] == ["accepted", "rejected"]
    code, out, _ = run(capsys, "--db", url, "import", str(sheet), "--valid-rows-only")
    assert code == 0 and "imported 0 entries" in out and entries(url) == 1  # idempotent


def test_a_windows_1252_file_needs_the_encoding_confirmed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'w.sqlite'}"
    sheet = tmp_path / "cp1252.csv"
    sheet.write_bytes("waktu;acara;jenis;area_layanan;isi\n16/10/2025 09:00;Acara;keluhan;"
                      "luar negeri;Pelayanan café di Málaga\n".encode("cp1252"))
    code, out, err = run(capsys, "--db", url, "import", str(sheet))
    assert code == 1 and "Windows-1252" in out + err and "--encoding windows-1252" in err
    assert "café" in out or "Pelayanan" in out or entries(url) == 0
    code, out, err = run(capsys, "--db", url, "import", str(sheet), "--encoding", "windows-1252")
    assert code == 0, err
    db = open_database(url)
    try:
        assert db.read(lambda s: s.scalar(select(Entry.text))) == "Pelayanan café di Málaga"
    finally:
        db.dispose()


def test_export_uses_the_search_filters_and_is_audited(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'e.sqlite'}"
    assert run(capsys, "--db", url, "demo", "--entries", "300", "--seed", "3")[0] == 0
    out_file = tmp_path / "luar negeri.csv"
    code, out, err = run(capsys, "--db", url, "export", str(out_file), "--area", "overseas",
                         "--kind", "complaint")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out_file.read_text(encoding="utf-8-sig"))))
    assert rows and {(r["service_area"], r["kind"]) for r in rows} == {("overseas", "complaint")}
    assert f"exported {len(rows):,} entries" in out and "speaker_name" not in rows[0]
    code, _out, err = run(capsys, "--db", url, "export", str(tmp_path / "x.txt"))
    assert code == 1 and ".csv or .xlsx" in err
    code, _out, err = run(capsys, "--db", url, "export", str(tmp_path / "nope" / "x.csv"))
    assert code == 1 and "does not exist" in err
    db = open_database(url)
    try:
        assert db.read(lambda s: s.scalar(select(func.count()).select_from(AuditEvent)
                                          .where(AuditEvent.action == "entries.export"))) == 1
    finally:
        db.dispose()
