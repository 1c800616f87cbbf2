"""The administrator's command line: ``db upgrade`` on a server, the first administrator, log-in
failures as one clear line, and the account commands."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from feedback_desk.cli import main
from feedback_desk.core import accounts
from feedback_desk.core.db.engine import open_database

from .support.pg_server import PgServer

ADMIN_PW = "kopi-tubruk-2026"


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FEEDBACK_DESK_USER", "ani")
    monkeypatch.setenv("FEEDBACK_DESK_PASSWORD", ADMIN_PW)
    monkeypatch.delenv("FEEDBACK_DESK_NEW_PASSWORD", raising=False)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_db_upgrade_creates_the_tables_on_an_empty_server_database(
        pg_server: PgServer, capsys: pytest.CaptureFixture[str]) -> None:
    name = f"empty_{uuid.uuid4().hex[:8]}"
    url = pg_server.create_database(name)
    try:
        code, out, _ = run(capsys, "--db", url, "db", "status")
        assert code == 0 and "schema: (empty); this program: 0006" in out
        code, out, _ = run(capsys, "--db", url, "db", "upgrade")
        assert code == 0 and "schema: (empty) → 0006" in out
        code, out, _ = run(capsys, "--db", url, "db", "upgrade")
        assert code == 0 and "already up to date" in out
        db = open_database(url, migrate=False)
        try:
            assert accounts.needs_first_admin(db)  # db upgrade logs nobody in, makes nobody
        finally:
            db.dispose()
        code, out, err = run(capsys, "--db", url, "--user", "ani", "init")
        assert code == 0 and "ani (admin)" in out and "created the administrator" in err
    finally:
        pg_server.drop_database(name)


def test_log_in_failures_are_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'a.sqlite'}"
    assert run(capsys, "--db", url, "init")[0] == 0
    monkeypatch.setenv("FEEDBACK_DESK_PASSWORD", "salah-salah-salah")
    code, _, err = run(capsys, "--db", url, "stats")
    assert code == 1 and err.strip() == "feedback-desk: error: wrong user name or password"
    for _ in range(accounts.MAX_FAILURES - 1):
        run(capsys, "--db", url, "stats")
    monkeypatch.setenv("FEEDBACK_DESK_PASSWORD", ADMIN_PW)
    code, _, err = run(capsys, "--db", url, "stats")
    assert code == 1 and "locked until" in err and len(err.splitlines()) == 1
    monkeypatch.delenv("FEEDBACK_DESK_PASSWORD")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, _, err = run(capsys, "--db", url, "stats")
    assert code == 1 and "set $FEEDBACK_DESK_PASSWORD or run in a terminal" in err
    assert "salah" not in err and ADMIN_PW not in err


def test_a_weak_first_password_creates_nobody(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'w.sqlite'}"
    monkeypatch.setenv("FEEDBACK_DESK_PASSWORD", "pendek")
    code, _, err = run(capsys, "--db", url, "init")
    assert code == 1 and "at least 10 characters" in err
    db = open_database(url)
    try:
        assert accounts.needs_first_admin(db)
    finally:
        db.dispose()


def test_account_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                          monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'u.sqlite'}"
    assert run(capsys, "--db", url, "init")[0] == 0
    monkeypatch.setenv("FEEDBACK_DESK_NEW_PASSWORD", "gado-gado-enak-sekali")
    code, out, _ = run(capsys, "--db", url, "user", "add", "sari", "--role", "supervisor",
                       "--role", "protection", "--display-name", "Sari W.")
    assert code == 0 and out.strip() == "created sari: protection supervisor"
    code, _, err = run(capsys, "--db", url, "user", "add", "sari")
    assert code == 1 and "exists already" in err
    code, out, _ = run(capsys, "--db", url, "user", "list")
    assert code == 0 and [line.split()[0] for line in out.splitlines()] == ["ani", "sari"]
    assert run(capsys, "--db", url, "user", "disable", "sari")[1].strip() == "sari: disabled"
    code, out, _ = run(capsys, "--db", url, "user", "list")
    assert "(disabled)" in out.splitlines()[1]
    monkeypatch.setenv("FEEDBACK_DESK_PASSWORD", "gado-gado-enak-sekali")
    code, _, err = run(capsys, "--db", url, "--user", "sari", "stats")
    assert code == 1 and "disabled" in err
    monkeypatch.setenv("FEEDBACK_DESK_PASSWORD", ADMIN_PW)
    assert run(capsys, "--db", url, "user", "enable", "sari")[1].strip() == "sari: enabled"
    monkeypatch.setenv("FEEDBACK_DESK_NEW_PASSWORD", "sandi-baru-yang-kuat")
    assert run(capsys, "--db", url, "user", "passwd", "sari")[0] == 0  # an admin's reset
    monkeypatch.setenv("FEEDBACK_DESK_PASSWORD", "sandi-baru-yang-kuat")
    code, out, _ = run(capsys, "--db", url, "--user", "sari", "user", "roles", "sari")
    assert code == 0 and out.strip() == "sari: protection supervisor"
    monkeypatch.setenv("FEEDBACK_DESK_NEW_PASSWORD", "ganti-sendiri-lagi")
    assert run(capsys, "--db", url, "--user", "sari", "user", "passwd")[0] == 0  # her own
    monkeypatch.setenv("FEEDBACK_DESK_PASSWORD", "ganti-sendiri-lagi")
    code, _, err = run(capsys, "--db", url, "--user", "sari", "user", "add", "joko")
    assert code == 1 and "may not manage accounts" in err
    monkeypatch.setenv("FEEDBACK_DESK_PASSWORD", ADMIN_PW)
    code, _, err = run(capsys, "--db", url, "user", "roles", "ani", "recorder")
    assert code == 1 and "last active administrator" in err  # sari is no admin: ani stays one


def test_db_grant_needs_a_role_that_exists_and_a_server(
        pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", pg_url, "db", "grant", "nobody_here")
    assert code == 1 and "there is no PostgreSQL role 'nobody_here'" in err
    code, _, err = run(capsys, "--db", f"sqlite:///{tmp_path / 'g.sqlite'}", "db", "grant", "x")
    assert code == 1 and "no database roles" in err
