"""``feedback-desk self-test`` from source: every check passes on a working install, a broken
part fails its own line (the rest still run), a crashing window is reported, and the user's own
database and settings are never touched. Plus the pieces the installers rely on: the icon, the
environment given to system programs from a frozen app."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from feedback_desk import self_test
from feedback_desk.cli import main
from feedback_desk.core.external import program_env
from feedback_desk.gui.icon import app_icon, icon_path


@pytest.fixture(autouse=True)
def _own_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user whose database, settings and state folders are all empty and watched."""
    home = tmp_path / "home"
    for name, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                      ("XDG_STATE_HOME", "state")):
        monkeypatch.setenv(name, str(home / sub))
    monkeypatch.setenv("FEEDBACK_DESK_DB", f"sqlite:///{home / 'mine.sqlite'}")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    return home


def run_checks(keep: Path | None = None) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = self_test.run(keep, out)
    return code, out.getvalue().splitlines()


def line_of(lines: list[str], title: str) -> str:
    found = [line for line in lines if title in line]
    assert len(found) == 1, lines
    return found[0]


def test_all_checks_pass_and_leave_the_users_files_alone(tmp_path: Path, _own_home: Path) -> None:
    code, lines = run_checks(keep=tmp_path / "kept")
    assert code == 0, "\n".join(lines)
    assert lines[0].startswith("Feedback Desk ") and "from source" in lines[0]
    for check in self_test.CHECKS:
        assert line_of(lines, check.title).lstrip().startswith("ok "), lines
    assert lines[-1] == f"self-test passed: all {len(self_test.CHECKS)} checks"
    assert "5 pages" in line_of(lines, "PDF strategy summary")
    assert "menus in Indonesian" in line_of(lines, "desk window")
    kept = sorted(p.name for p in (tmp_path / "kept").iterdir())
    assert {"self-test.sqlite", "summary.pdf", "export.xlsx", "export.csv",
            "window.png"} <= set(kept)
    assert (tmp_path / "kept" / "summary.pdf").read_bytes().startswith(b"%PDF-")
    assert not _own_home.exists() or not any(_own_home.rglob("*")), list(_own_home.rglob("*"))


def test_the_temporary_folder_is_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    code, _lines = run_checks()
    assert code == 0
    assert not list(tmp_path.glob("feedback-desk-self-test-*"))


def test_a_missing_part_fails_its_line_and_the_others_still_run(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from feedback_desk.core.reports import fonts

    def no_fonts() -> Path:
        raise FileNotFoundError("PDF report fonts (DejaVuSans.ttf) not found; looked in: /nowhere")

    monkeypatch.setattr(fonts, "font_dir", no_fonts)
    monkeypatch.setattr(fonts, "_registered", lambda: False)  # as in a fresh process
    monkeypatch.setattr(self_test, "CHECKS", tuple(c for c in self_test.CHECKS
                                                   if c.name != "window"))
    code, lines = run_checks()
    assert code == 1
    summary = line_of(lines, "PDF strategy summary")
    assert summary.lstrip().startswith("FAIL") and "fonts" in summary and "/nowhere" in summary
    assert line_of(lines, "spreadsheet export").lstrip().startswith("ok")
    assert lines[-1].startswith("self-test FAILED: 1 of ") and "(summary)" in lines[-1]


def test_a_failed_database_skips_what_needs_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from feedback_desk.core.db import migrate

    monkeypatch.setattr(migrate, "head_revision", lambda *a: "9999")
    code, lines = run_checks()
    assert code == 1
    assert "expected '9999'" in line_of(lines, "database created")
    for title in ("account and log-in", "entry recorded", "PDF strategy summary", "desk window"):
        assert line_of(lines, title).lstrip().startswith("skip"), lines
    assert line_of(lines, "PostgreSQL driver").lstrip().startswith("ok")
    assert line_of(lines, "translations").lstrip().startswith("ok")


def test_a_window_that_cannot_start_is_reported_with_qts_reason(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Qt aborts the process when the platform plugin is missing: the check runs in a child
    monkeypatch.setenv("QT_QPA_PLATFORM", "no-such-platform")
    code, lines = run_checks()
    assert code == 1
    window = line_of(lines, "desk window")
    assert window.lstrip().startswith("FAIL")
    assert "ended with code" in window and "no-such-platform" in window
    assert lines[-1].endswith("(window)")


def test_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["self-test", "--keep", str(tmp_path / "k")])
    out, err = capsys.readouterr()
    assert code == 0, out + err
    assert out.rstrip().endswith(f"all {len(self_test.CHECKS)} checks")
    assert "files kept in" in out
    assert (tmp_path / "k" / "window.png").stat().st_size > 10_000


def test_the_command_needs_no_login_or_database(_own_home: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FEEDBACK_DESK_")}
    env["FEEDBACK_DESK_DB"] = "postgresql+psycopg://nobody@127.0.0.1:1/none"  # never opened
    done = subprocess.run([sys.executable, "-m", "feedback_desk", "self-test"], env=env,
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test passed" in done.stdout


def test_the_icon_is_found_and_drawn(qapp: object) -> None:
    path = icon_path()
    assert path is not None and path.name == "feedback-desk.svg"
    icon = app_icon()
    assert not icon.isNull()
    assert not icon.pixmap(16, 16).isNull() and not icon.pixmap(256, 256).isNull()


def test_system_programs_get_the_users_library_path_back(monkeypatch: pytest.MonkeyPatch) -> None:
    base = {"PATH": "/usr/bin", "LD_LIBRARY_PATH": "/app/_internal",
            "LD_LIBRARY_PATH_ORIG": "/opt/lib"}
    assert program_env(base) == base  # from source: nothing to undo
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert program_env(base) == {"PATH": "/usr/bin", "LD_LIBRARY_PATH": "/opt/lib"}
    # the user had none: the bundle's must not leak into pg_dump
    assert program_env({"PATH": "/usr/bin", "LD_LIBRARY_PATH": "/app/_internal"}) == {
        "PATH": "/usr/bin"}
