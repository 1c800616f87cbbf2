"""The command line: every command, JSON output, and one clear line for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from feedback_desk import __version__
from feedback_desk.cli import main

PASSWORD = "kopi-tubruk-2026"


@pytest.fixture(autouse=True)
def _login_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands log in as ani (the first account, so the administrator) with this password."""
    monkeypatch.setenv("FEEDBACK_DESK_USER", "ani")
    monkeypatch.setenv("FEEDBACK_DESK_PASSWORD", PASSWORD)
    monkeypatch.delenv("FEEDBACK_DESK_NEW_PASSWORD", raising=False)


@pytest.fixture
def demo_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    assert main(["--db", url, "--user", "ani", "demo", "--entries", "600", "--seed", "4"]) == 0
    capsys.readouterr()
    return url


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_init_reports_database_schema_and_user(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--db", f"sqlite:///{tmp_path / 'i.sqlite'}", "--user", "ani", "init")
    assert code == 0 and "schema: 0006" in out and "ani (admin)" in out  # the first account
    assert "created the administrator account 'ani'" in err


def test_roles_are_given_by_the_admin_only(tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'r.sqlite'}"
    assert run(capsys, "--db", url, "--user", "ani", "init")[0] == 0
    monkeypatch.setenv("FEEDBACK_DESK_NEW_PASSWORD", "rahasia-anak-bangsa")
    assert run(capsys, "--db", url, "user", "add", "budi")[0] == 0
    monkeypatch.setenv("FEEDBACK_DESK_PASSWORD", "rahasia-anak-bangsa")
    code, out, _ = run(capsys, "--db", url, "--user", "budi", "roles", "budi")
    assert code == 0 and out.strip() == "budi: recorder"
    code, _, err = run(capsys, "--db", url, "--user", "budi", "roles", "budi", "supervisor")
    assert code != 0 and "may not manage accounts" in err
    monkeypatch.setenv("FEEDBACK_DESK_PASSWORD", PASSWORD)
    code, out, _ = run(capsys, "--db", url, "--user", "ani", "roles", "budi", "supervisor", "protection")
    assert code == 0 and out.strip() == "budi: protection supervisor"
    code, _, err = run(capsys, "--db", url, "--user", "ani", "roles", "budi", "boss")
    assert code != 0 and "unknown role boss" in err
    code, _, err = run(capsys, "--db", url, "--user", "ani", "roles", "nobody")
    assert code != 0 and "no user" in err


def test_stats_json_counts_add_up(demo_db: str, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "--db", demo_db, "stats", "--by", "area", "--json")
    data = json.loads(out)
    assert code == 0 and data["total"] == 600
    assert {r["key"] for r in data["rows"]} <= {"domestic", "overseas", "digital"}
    assert sum(r["count"] for r in data["rows"]) == 600
    code, out, _ = run(capsys, "--db", demo_db, "stats", "--by", "country",
                       "--event", "Simposium PMI 2026")
    assert code == 0 and "Hong Kong" in out and "total" in out


def test_demo_is_deterministic(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    outputs = []
    for name in ("a", "b"):
        url = f"sqlite:///{tmp_path / name}.sqlite"
        assert main(["--db", url, "demo", "--entries", "300", "--seed", "9"]) == 0
        capsys.readouterr()
        assert main(["--db", url, "search", "klaim", "--limit", "50", "--json"]) == 0
        rows = json.loads(capsys.readouterr().out)
        outputs.append([(r["uuid"], r["text"], r["status"], r["recorded_at"]) for r in rows])
    assert outputs[0] == outputs[1] and outputs[0]


def test_demo_covers_every_state_of_every_kind(demo_db: str, capsys) -> None:  # type: ignore[no-untyped-def]
    from feedback_desk.core.lifecycle import STATUSES

    code, out, _ = run(capsys, "--db", demo_db, "stats", "--by", "status", "--json")
    seen = {r["key"] for r in json.loads(out)["rows"]}
    assert {s for states in STATUSES.values() for s in states} <= seen


def test_search_with_filters(demo_db: str, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "--db", demo_db, "search", "klaim", "--area", "digital",
                       "--kind", "complaint", "--limit", "5", "--json")
    rows = json.loads(out)
    assert code == 0 and 0 < len(rows) <= 5
    assert all(r["service_area"] == "digital" and r["kind"] == "complaint" for r in rows)
    code, out, _ = run(capsys, "--db", demo_db, "search", '"unbalanced AND NOT', "--limit", "3")
    assert code == 0
    code, out, _ = run(capsys, "--db", demo_db, "search", "klaim", "--overdue",
                       "--from", "2018-01-01", "--to", "2030-12-31")
    assert code == 0


def test_backup_writes_a_consistent_copy(demo_db: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "copy.sqlite"
    code, out, _ = run(capsys, "--db", demo_db, "backup", str(target))
    assert code == 0 and target.exists()
    code, out, _ = run(capsys, "--db", f"sqlite:///{target}", "stats", "--json")
    assert json.loads(out)["total"] == 600
    code, _, err = run(capsys, "--db", demo_db, "backup", str(target))
    assert code == 1 and "exists already" in err and len(err.strip().splitlines()) == 1


def test_report_writes_the_summary(demo_db: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    events = json.loads(run(capsys, "--db", demo_db, "stats", "--by", "event", "--json")[1])
    name = next(r["label"] for r in events["rows"])
    target = tmp_path / "out" / "s.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old")
    code, out, err = run(capsys, "--db", demo_db, "report", "-o", str(target), "--event", name,
                         "--area", "Luar negeri", "--lang", "en", "--from", "2000-01-01",
                         "--to", "2030-12-31")
    assert code == 0, err
    assert "summary written to" in out and "pages" in out and "snapshot" in out
    reader = PdfReader(str(target))
    assert reader.metadata is not None and reader.metadata.title.startswith("Strategy summary")
    text = " ".join(p.extract_text() or "" for p in reader.pages)
    assert name in text and "Overseas" in text and "Domestic, overseas and digital" not in text
    assert [p.name for p in target.parent.iterdir()] == ["s.pdf"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["stats", "--event", "No such event"], "was not found"),
        (["search", "   "], "give some words"),
        (["search", "x", "--sort", "shoe"], "cannot sort"),
        (["search", "x", "--area", "moon"], "unknown value 'moon'"),
        (["backup", "/nonexistent/dir/x.sqlite"], "does not exist"),
        (["demo", "--entries", "many"], "not a whole number"),
        (["search", "x", "--from", "yesterday"], "not a date"),
        (["stats", "--by", "mood"], "invalid choice"),
        (["report"], "required: -o"),
        (["report", "-o", "/nonexistent/dir/s.pdf"], "cannot write the summary"),
        (["report", "-o", "/tmp/s.pdf", "--area", "moon"], "unknown service area 'moon'"),
        (["report", "-o", "/tmp/s.pdf", "--lang", "fr"], "invalid choice"),
        (["report", "-o", "/tmp/s.pdf", "--event", "Nope"], "was not found"),
        (["report", "-o", "/tmp/s.pdf", "--from", "2026-12-01", "--to", "2026-01-01"],
         "is before from"),
        (["report", "-o", "/tmp"], "is a folder"),
    ],
)
def test_bad_input_is_one_clear_line(demo_db: str, capsys, argv: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    try:
        code = main(["--db", demo_db, *argv])
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    assert code != 0
    if message:
        assert message in err
    assert "Traceback" not in err and len(err.strip().splitlines()) <= 1


def test_a_database_that_is_not_one(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.sqlite"
    bad.write_text("hello" * 500)
    code, _, err = run(capsys, "--db", f"sqlite:///{bad}", "stats")
    assert code == 1 and "cannot open the database" in err and len(err.splitlines()) == 1
    code, _, err = run(capsys, "--db", "postgresql+psycopg://x@127.0.0.1:9/none", "stats")
    assert code == 1 and "cannot open the database" in err and len(err.splitlines()) == 1


def test_a_folder_that_cannot_be_created_is_a_clear_error(capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(capsys, "--db", "sqlite:////proc/feedback-desk/x.sqlite", "init")
    assert code == 1 and "cannot create the folder" in err and len(err.splitlines()) == 1


def test_module_entry_point_runs() -> None:
    done = subprocess.run([sys.executable, "-m", "feedback_desk", "--version"],
                          capture_output=True, text=True)
    assert done.returncode == 0 and __version__ in done.stdout


def test_an_os_error_keeps_its_whole_file_name(monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    import feedback_desk.cli as cli

    def fail(_args: object) -> int:
        raise FileNotFoundError(2, "No such file or directory", "/data/rapat (1)")

    monkeypatch.setattr(cli, "_run", fail)
    assert main(["stats"]) == 1
    assert capsys.readouterr().err == (
        "feedback-desk: error: No such file or directory (/data/rapat (1))\n")


def test_a_reader_that_stops_early_gets_no_noise(tmp_path: Path) -> None:
    """`feedback-desk search … | head -1`: no "Broken pipe" error, no traceback."""
    url = f"sqlite:///{tmp_path / 'pipe.sqlite'}"
    env = dict(__import__("os").environ, FEEDBACK_DESK_USER="ani",
               FEEDBACK_DESK_PASSWORD=PASSWORD)
    subprocess.run([sys.executable, "-m", "feedback_desk", "--db", url, "demo", "--entries",
                    "3000"], env=env, check=True, capture_output=True, timeout=300)
    reader = subprocess.Popen(
        [sys.executable, "-m", "feedback_desk", "--db", url, "search", "klaim", "--limit",
         "1000"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert reader.stdout is not None and reader.stderr is not None
    first = reader.stdout.readline()
    reader.stdout.close()  # like head -1
    err = reader.stderr.read().decode()
    assert reader.wait(timeout=120) in (0, 1)
    assert first.startswith(b"#")
    assert "Broken pipe" not in err and "Traceback" not in err and "Exception" not in err, err


def test_a_deleted_working_folder(tmp_path: Path) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    env = dict(__import__("os").environ, FEEDBACK_DESK_USER="ani",
               FEEDBACK_DESK_PASSWORD=PASSWORD)
    url = f"sqlite:///{tmp_path / 'r.sqlite'}"
    script = ("import os, sys; os.chdir(sys.argv[1]); os.rmdir(sys.argv[1]); "
              "from feedback_desk.cli import main; "
              "raise SystemExit(main(['--db', sys.argv[2], 'report', '-o', sys.argv[3]]))")
    done = subprocess.run([sys.executable, "-c", script, str(gone), url,
                           str(tmp_path / "s.pdf")], env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF-")
