"""Adversarial tests of the command line and connection profiles (issue 7): passwords must never
show up in output, error messages, files or URLs that go wrong; the CLI must not hand out more
than the account may do. Bugs are kept as ``xfail(strict=True, reason="BUG: …")``."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from feedback_desk.cli import main
from feedback_desk.core.db.engine import open_database
from feedback_desk.core.errors import DeskError
from feedback_desk.core.profiles import Profile, ProfileStore, probe
from feedback_desk.core.services import Services

from .support.pg_server import PgServer

ADMIN_PW = "Kopi-Luwak-Admin-3141"
CANARY = "Canary-Cli-Pw-5926"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FEEDBACK_DESK_USER", "FEEDBACK_DESK_PASSWORD", "FEEDBACK_DESK_NEW_PASSWORD",
                 "FEEDBACK_DESK_DEBUG", "FEEDBACK_DESK_DB"):
        monkeypatch.delenv(name, raising=False)


def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *argv: str,
        password: str | None = ADMIN_PW, new_password: str | None = None) -> tuple[int, str]:
    if password is None:
        monkeypatch.delenv("FEEDBACK_DESK_PASSWORD", raising=False)
    else:
        monkeypatch.setenv("FEEDBACK_DESK_PASSWORD", password)
    if new_password is None:
        monkeypatch.delenv("FEEDBACK_DESK_NEW_PASSWORD", raising=False)
    else:
        monkeypatch.setenv("FEEDBACK_DESK_NEW_PASSWORD", new_password)
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out + err


def test_passwords_never_appear_in_cli_output(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    outputs: list[str] = []

    def cli(*argv: str, **kw: str | None) -> int:
        code, text = run(capsys, monkeypatch, "--db", url, *argv, **kw)  # type: ignore[arg-type]
        outputs.append(text)
        return code

    assert cli("--user", "root", "init") == 0  # creates the first administrator
    assert cli("--user", "root", "user", "add", "bob", "--role", "recorder",
               new_password=CANARY) == 0
    assert cli("--user", "root", "user", "list") == 0
    assert cli("--user", "bob", "stats", password=CANARY + "-wrong") != 0
    assert cli("--user", "nobody", "stats", password=CANARY) != 0
    assert cli("--user", "root", "user", "passwd", "bob", new_password=CANARY + "-2") == 0
    assert cli("--user", "root", "user", "add", "weak", new_password="weak" + CANARY) != 0
    text = "\n".join(outputs)
    for secret in (ADMIN_PW, CANARY, "$argon2"):
        assert secret not in text
    assert "wrong user name or password" in text


def test_a_recorder_cannot_use_admin_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    assert run(capsys, monkeypatch, "--db", url, "--user", "root", "init")[0] == 0
    assert run(capsys, monkeypatch, "--db", url, "--user", "root", "user", "add", "bob",
               new_password=CANARY)[0] == 0
    for argv in (("user", "add", "eve", "--role", "admin"), ("roles", "bob", "admin"),
                 ("user", "roles", "bob", "admin"), ("user", "disable", "root"),
                 ("user", "passwd", "root")):
        code, text = run(capsys, monkeypatch, "--db", url, "--user", "bob", *argv,
                         password=CANARY, new_password=CANARY + "-evil")
        assert code != 0, argv
        assert "may not" in text
    db = open_database(url)
    try:
        users = {u.username: u.roles for u in Services.connect(db, "root").accounts.users()}
    finally:
        db.dispose()
    assert users == {"root": {"admin"}, "bob": {"recorder"}}


def test_a_password_in_a_server_url_is_masked_in_output_and_errors(
    pg_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = make_url(pg_url).set(password=CANARY)
    good = secret.render_as_string(hide_password=False)
    code, text = run(capsys, monkeypatch, "--db", good, "db", "status")
    assert code == 0 and CANARY not in text
    missing = secret.set(database="no_such_db_here").render_as_string(hide_password=False)
    code, text = run(capsys, monkeypatch, "--db", missing, "db", "status")
    assert code != 0 and CANARY not in text
    closed = secret.set(port=1).render_as_string(hide_password=False)
    code, text = run(capsys, monkeypatch, "--db", closed, "--user", "root", "stats")
    assert code != 0 and CANARY not in text
    code, text = run(capsys, monkeypatch, "--db", good.replace("@", "@@", 1), "init")
    assert CANARY not in text


def test_an_internal_error_does_not_print_sql_parameters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A database error nobody expected (a bug) is one line: its type and the driver's first
    line, never the SQL with every bound value (entry text, names, NIKs) that SQLAlchemy's
    message carries along."""
    from sqlalchemy.exc import DataError

    url = f"sqlite:///{tmp_path / 'x.sqlite'}"
    assert run(capsys, monkeypatch, "--db", url, "--user", "root", "init")[0] == 0

    def crash(*_args: object) -> int:
        raise DataError("INSERT INTO entry (text) VALUES (%(text)s)",
                        {"text": "Nama saya Siti NIK 3201010101010001"},
                        ValueError("A string literal cannot contain NUL (0x00) characters."))

    monkeypatch.setattr("feedback_desk.cli._stats", crash)
    code, text = run(capsys, monkeypatch, "--db", url, "--user", "root", "stats")
    assert code == 70 and "DataError" in text and "cannot contain NUL" in text
    assert "3201010101010001" not in text and "[parameters:" not in text and "INSERT" not in text


# ---- profiles -----------------------------------------------------------------------------------
@pytest.mark.parametrize("password", ["p@ss/w:rd?#x", "100%&=+ sp", "ünï-çødé€", "a'b\"c;--"])
def test_a_profile_url_keeps_any_password_intact_and_out_of_the_host(password: str) -> None:
    profile = Profile("Main hall", host="db.example.org", database="desk", user="rec@hall")
    url = make_url(profile.url(password))
    assert url.password == password
    assert (url.host, url.username, url.database) == ("db.example.org", "rec@hall", "desk")
    assert password not in profile.display() and password not in repr(profile)


def test_saved_profiles_never_hold_the_password(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "profiles.json")
    profile = Profile("Main hall", host="db.example.org", database="desk", user="rec")
    url = profile.url(CANARY)
    store.save(profile)
    saved = (tmp_path / "profiles.json").read_text(encoding="utf-8")
    assert CANARY not in saved and CANARY in url
    assert (tmp_path / "profiles.json").stat().st_mode & 0o077 == 0


@pytest.mark.parametrize("host", ["evil@db.example.org", "db/x", "db?sslmode=disable", "a b"])
def test_a_host_cannot_smuggle_url_parts(host: str) -> None:
    with pytest.raises(DeskError):
        Profile("x", host=host, database="desk", user="rec").url(CANARY)


def test_a_failed_probe_never_quotes_the_password(pg_server: PgServer) -> None:
    for url in (
        make_url(pg_server.url("no_such_db")).set(password=CANARY),
        make_url(pg_server.url("postgres")).set(password=CANARY, port=1),
        make_url(pg_server.url("postgres")).set(password=CANARY, username="no_such_role"),
    ):
        with pytest.raises(DeskError) as info:
            probe(url.render_as_string(hide_password=False), "the test server", timeout=3)
        problem = info.value
        assert CANARY not in f"{problem} {problem.args!r} {vars(problem)!r}"


def test_the_live_listener_never_quotes_the_password(pg_server: PgServer) -> None:
    from feedback_desk.core.live.pg_listener import ListenerLost, PgListener

    for url in (
        make_url(pg_server.url("no_such_db")).set(password=CANARY),
        make_url(pg_server.url("postgres")).set(password=CANARY, port=1),
    ):
        listener = PgListener(url.render_as_string(hide_password=False))
        with pytest.raises(ListenerLost) as info:
            listener.connect()
        assert CANARY not in f"{info.value} {info.value.args!r}"
        assert CANARY not in repr(vars(listener).get("_where"))
        listener.close()
