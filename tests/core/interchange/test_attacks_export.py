"""Adversarial tests of spreadsheet export, part 5: where the file goes. A folder that is
read-only (a read-only mount: root ignores permission bits), a full disk (a 256 KiB tmpfs: a
real ENOSPC), a folder as target, a missing folder, cancel, a failing audit. Each time: a clean
``ExportFailed``, the file that was there before intact, no temporary file, no audit row."""

from __future__ import annotations

import base64
import errno
import gc
import os
import random
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from feedback_desk.core.db import audit_chain
from feedback_desk.core.db.engine import Database
from feedback_desk.core.dto import EntryQuery
from feedback_desk.core.interchange import export as out
from feedback_desk.core.interchange.model import ExportFailed, ImportCancelled
from feedback_desk.core.services import Services

from .attacks_support import counts, row, write_csv

OLD = b"the list exported yesterday\r\n"


@contextmanager
def mounted(where: Path, options: str) -> Iterator[Path]:
    """A tmpfs at ``where`` (skips when this machine may not mount)."""
    where.mkdir(exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


def _fill(svc: Services, tmp_path: Path, rows: int = 40, size: int = 12_000) -> None:
    """Entries whose text does not compress (XLSX is a zip): ~0.5 MB in any format."""
    rnd = random.Random(8)
    texts = [base64.b64encode(rnd.randbytes(size * 3 // 4)).decode() for _ in range(rows)]
    path = write_csv(tmp_path / "big.csv", [row(i, text=t) for i, t in enumerate(texts)])
    svc.interchange.commit(svc.interchange.preview(path))


def _exports(db: Database) -> int:
    from .attacks_support import audit_payloads

    return len(audit_payloads(db, "entries.export"))


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".~"))


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # see below
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_disk_full_keeps_the_old_file_and_leaves_nothing(
        svc: Services, db: Database, event: object, tmp_path: Path, suffix: str) -> None:
    _fill(svc, tmp_path)
    with mounted(tmp_path / "small", "size=256k") as folder:
        target = folder / f"list{suffix}"
        target.write_bytes(OLD)
        free = os.statvfs(folder).f_bavail
        with pytest.raises(ExportFailed) as caught:
            svc.interchange.export(target, EntryQuery())
        assert caught.value.reason == "disk_full", caught.value
        assert target.read_bytes() == OLD and _leftovers(folder) == []
        assert os.statvfs(folder).f_bavail == free  # the partial file's blocks are free again
    assert _exports(db) == 0
    del caught
    gc.collect()  # the half-open zip of the bug below complains now, not in another test


def test_xlsx_disk_full_leaves_no_half_open_zip(svc: Services, event: object,
                                                tmp_path: Path) -> None:
    _fill(svc, tmp_path)
    gc.collect()
    ignored: list[object] = []
    old, sys.unraisablehook = sys.unraisablehook, ignored.append
    try:
        with mounted(tmp_path / "small", "size=256k") as folder:
            with pytest.raises(ExportFailed):
                svc.interchange.export(folder / "list.xlsx", EntryQuery())
        gc.collect()
    finally:
        sys.unraisablehook = old
    assert ignored == []


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_read_only_folder_is_a_clean_failure(svc: Services, db: Database, event: object,
                                             tmp_path: Path, suffix: str) -> None:
    _fill(svc, tmp_path, rows=2, size=100)
    with mounted(tmp_path / "ro", "ro,size=64k") as folder:
        with pytest.raises(ExportFailed) as caught:
            svc.interchange.export(folder / f"list{suffix}", EntryQuery())
        assert caught.value.reason == "read_only"
        assert list(folder.iterdir()) == []
    assert _exports(db) == 0


@pytest.mark.parametrize(("make", "reason"), [
    (lambda p: (p / "x.csv").mkdir() or p / "x.csv", "is_folder"),
    (lambda p: p / "missing" / "x.csv", "no_folder"),
    (lambda p: (p / "file.txt").write_text("x") and p / "file.txt" / "x.csv", "no_folder"),
    (lambda p: p / "list.xls", "bad_format"),
    (lambda p: p / "list.csv.exe", "bad_format"),
    (lambda p: p / "list", "bad_format"),
], ids=["is_folder", "missing", "under_a_file", "xls", "exe", "no_suffix"])
def test_impossible_targets_fail_cleanly(svc: Services, db: Database, event: object,
                                         tmp_path: Path, make: object, reason: str) -> None:
    _fill(svc, tmp_path, rows=1, size=100)
    target = make(tmp_path)  # type: ignore[operator]
    before = sorted(p.name for p in tmp_path.rglob("*"))
    with pytest.raises(ExportFailed) as caught:
        svc.interchange.export(target, EntryQuery())
    assert caught.value.reason == reason
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
    assert _exports(db) == 0


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_cancel_keeps_the_old_file_and_audits_nothing(
        svc: Services, db: Database, event: object, tmp_path: Path, suffix: str) -> None:
    _fill(svc, tmp_path, rows=3, size=100)
    target = tmp_path / f"list{suffix}"
    target.write_bytes(OLD)
    with pytest.raises(ImportCancelled):
        svc.interchange.export(target, EntryQuery(), cancel=lambda: True)
    assert target.read_bytes() == OLD and _leftovers(tmp_path) == []
    assert _exports(db) == 0


def test_a_cancelled_export_says_export(svc: Services, event: object, tmp_path: Path) -> None:
    _fill(svc, tmp_path, rows=1, size=100)
    with pytest.raises(Exception) as caught:
        svc.interchange.export(tmp_path / "l.csv", EntryQuery(), cancel=lambda: True)
    assert "import" not in str(caught.value)


def test_a_failing_audit_leaves_no_file(svc: Services, db: Database, event: object,
                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No personal export may exist without its audit row."""
    _fill(svc, tmp_path, rows=2, size=100)
    target = tmp_path / "named.csv"
    target.write_bytes(OLD)

    def broken(*_a: object, **_k: object) -> str:
        raise RuntimeError("audit unavailable")

    monkeypatch.setattr(audit_chain, "append", broken)
    with pytest.raises(RuntimeError):
        svc.interchange.export(target, EntryQuery(), personal=True)
    assert target.read_bytes() == OLD and _leftovers(tmp_path) == []


def test_a_failing_rename_keeps_the_old_file(svc: Services, db: Database, event: object,
                                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                             ) -> None:
    _fill(svc, tmp_path, rows=2, size=100)
    target = tmp_path / "list.csv"
    target.write_bytes(OLD)

    def refuse(_src: object, _dst: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(out.os, "replace", refuse)
    with pytest.raises(ExportFailed) as caught:
        svc.interchange.export(target, EntryQuery())
    assert caught.value.reason == "read_only"
    assert target.read_bytes() == OLD and _leftovers(tmp_path) == []


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_unicode_and_spaces_in_the_path(svc: Services, db: Database, event: object,
                                        tmp_path: Path, suffix: str) -> None:
    _fill(svc, tmp_path, rows=2, size=100)
    folder = tmp_path / "Laporan Désa ✓ 2026 " / "سجل (final)"
    folder.mkdir(parents=True)
    target = folder / f" daftar masukan — 16.11 {suffix}"
    target.write_bytes(OLD)  # replaced whole
    result = svc.interchange.export(target, EntryQuery())
    assert result.rows == 2 and target.read_bytes() != OLD
    assert sorted(p.name for p in folder.iterdir()) == [target.name]
    again = svc.interchange.preview(target)
    assert again.count("present") == 2


def test_success_leaves_no_temporary_file_and_one_audit_row(
        svc: Services, db: Database, event: object, tmp_path: Path) -> None:
    _fill(svc, tmp_path, rows=2, size=100)
    before = counts(db)["audit_event"]
    for suffix in (".csv", ".xlsx"):
        svc.interchange.export(tmp_path / f"l{suffix}", EntryQuery(), personal=True)
    assert _leftovers(tmp_path) == [] and counts(db)["audit_event"] == before + 2
