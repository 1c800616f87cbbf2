"""Connection profiles: URLs, the JSON store, passwords in the keyring, and "Test connection"
against real PostgreSQL servers (the shared one, and our own ones with passwords and TLS)."""

from __future__ import annotations

import json
import os
import socket
import stat
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from feedback_desk.core import profiles as P
from feedback_desk.core.db.engine import open_database
from feedback_desk.core.errors import DatabaseError, ValidationError
from feedback_desk.core.profiles import (
    ConnectionProblem,
    KeyringUnavailable,
    Profile,
    ProfileFileError,
    ProfileStore,
    probe,
)
from tests.support.memory_keyring import BrokenKeyring, MemoryKeyring, no_keyring, using
from tests.support.pg_auth import Certs, PasswordPgServer, make_ca, running_password_server
from tests.support.pg_server import PgServer

CANARY = "Canary-pw:@/?#%&+ 7x!"  # every character a URL or a log could mangle


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def server_profile(**over: object) -> Profile:
    values: dict[str, object] = {"name": "Venue", "host": "db.venue.lan", "port": 5432,
                                 "database": "desk", "user": "ani"}
    values.update(over)
    return Profile(**values)  # type: ignore[arg-type]


# ---- URLs and validation -----------------------------------------------------------------------
def test_url_quotes_everything_and_sqlalchemy_reads_it_back(tmp_path: Path) -> None:
    ca = tmp_path / "my ca+1.crt"
    ca.write_text("x")
    profile = server_profile(user="ani@venue", database="desk/2026", sslmode="verify-full",
                             sslrootcert=str(ca))
    url = make_url(profile.url(CANARY))
    assert (url.username, url.password, url.host, url.port, url.database) == (
        "ani@venue", CANARY, "db.venue.lan", 5432, "desk/2026")
    assert url.query == {"sslmode": "verify-full", "sslrootcert": str(ca)}
    assert url.drivername == "postgresql+psycopg"


def test_url_without_password_ipv6_and_local() -> None:
    url = make_url(server_profile(host="fd00::1").url(None))
    assert url.password is None and url.host == "fd00::1"
    assert make_url(server_profile().url("")).password is None
    assert server_profile().url().endswith("?sslmode=prefer")
    local = Profile.local("Here", "/data/desk.sqlite")
    assert local.url("ignored") == "sqlite:////data/desk.sqlite"
    assert local.display() == "/data/desk.sqlite" and local.is_local


@pytest.mark.parametrize(("over", "field"), [
    ({"host": ""}, "host"), ({"host": "a/b"}, "host"), ({"port": 0}, "port"),
    ({"port": 70000}, "port"), ({"database": " "}, "database"), ({"user": ""}, "user"),
    ({"sslmode": "sometimes"}, "sslmode"), ({"name": ""}, "name"),
    ({"sslmode": "verify-full"}, "sslrootcert"), ({"sslmode": "verify-ca"}, "sslrootcert"),
    ({"sslmode": "verify-full", "sslrootcert": "/no/such/ca.crt"}, "sslrootcert"),
])
def test_invalid_profiles_name_the_field(over: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        server_profile(**over).url(CANARY)
    assert caught.value.field == field
    assert CANARY not in str(caught.value)


def test_verify_full_with_an_existing_ca_file_is_accepted(tmp_path: Path) -> None:
    ca = tmp_path / "ca.crt"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    assert "sslrootcert=" in server_profile(sslmode="verify-full", sslrootcert=str(ca)).url()
    with pytest.raises(ValidationError):
        Profile.local("Here", "").validate()


# ---- the store ---------------------------------------------------------------------------------
def test_store_saves_replaces_renames_and_deletes(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "cfg" / "profiles.json")
    assert store.profiles() == ()
    a, b = server_profile(name="A"), Profile.local("B", tmp_path / "b.sqlite")
    store.save(a)
    store.save(b)
    assert store.profiles() == (a, b)
    moved = server_profile(name="A", port=6543)
    store.save(moved)
    assert store.profiles() == (moved, b)
    renamed = server_profile(name="A2", port=6543)
    store.save(renamed, replacing="A")
    assert [p.name for p in store.profiles()] == ["A2", "B"]
    assert store.get("A2") == renamed and store.get("A") is None
    store.delete("A2")
    assert store.profiles() == (b,)
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert not [p for p in store.path.parent.iterdir() if p.name.endswith(".tmp")]
    with pytest.raises(ValidationError):
        store.save(server_profile(name="C", host=""))
    assert store.profiles() == (b,)


@pytest.mark.parametrize("content", [
    b"{not json", b"\xff\xfe\x00", b"[]", b'{"version": 1, "profiles": [{"host": "x"}]}',
    b'{"version": 1, "profiles": [{"name": "x", "port": "5432"}]}',
    b'{"version": 99, "profiles": []}',
])
def test_an_unreadable_file_is_reported_and_never_overwritten(tmp_path: Path,
                                                               content: bytes) -> None:
    path = tmp_path / "profiles.json"
    path.write_bytes(content)
    store = ProfileStore(path)
    with pytest.raises(ProfileFileError) as caught:
        store.profiles()
    assert str(path) in str(caught.value) and "left as it is" in str(caught.value)
    for change in (lambda: store.save(server_profile()), lambda: store.delete("x")):
        with pytest.raises(ProfileFileError):
            change()
        assert path.read_bytes() == content
    aside = store.move_aside()
    assert aside.read_bytes() == content and not path.exists()
    store.save(server_profile())
    assert [p.name for p in store.profiles()] == ["Venue"]


def test_a_file_that_cannot_be_opened_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "profiles.json"
    path.mkdir()  # reading a folder fails with an OSError, as a permission problem would
    with pytest.raises(ProfileFileError):
        ProfileStore(path).profiles()


# ---- passwords ---------------------------------------------------------------------------------
def test_passwords_go_to_the_keyring_never_to_the_file(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "profiles.json")
    profile = server_profile()
    with using(MemoryKeyring()) as ring:
        assert P.keyring_available()
        assert P.get_password(profile) is None
        P.store_password(profile, CANARY)
        store.save(profile)
        assert P.get_password(profile) == CANARY
        assert P.get_password(server_profile(database="other")) is None  # per server account
        assert ring.store == {("feedback-desk", "ani@db.venue.lan:5432/desk"): CANARY}
        raw = store.path.read_text()
        assert CANARY not in raw and "password" not in json.loads(raw)["profiles"][0]
        P.forget_password(profile)
        P.forget_password(profile)  # nothing stored: fine
        assert P.get_password(profile) is None


def test_no_keyring_says_so() -> None:
    with using(no_keyring()):
        assert not P.keyring_available()
        for call in (lambda: P.get_password(server_profile()),
                     lambda: P.store_password(server_profile(), CANARY),
                     lambda: P.forget_password(server_profile())):
            with pytest.raises(KeyringUnavailable) as caught:
                call()
            assert CANARY not in str(caught.value)


def test_a_failing_keyring_never_repeats_the_password() -> None:
    with using(BrokenKeyring()):
        assert P.keyring_available()  # it exists; it fails when used
        with pytest.raises(KeyringUnavailable) as caught:
            P.store_password(server_profile(), CANARY)
        assert CANARY not in str(caught.value) and "KeyringError" in str(caught.value)
        assert caught.value.__suppress_context__  # the backend's message is not chained
        with pytest.raises(KeyringUnavailable):
            P.get_password(server_profile())
        with pytest.raises(KeyringUnavailable):
            P.forget_password(server_profile())


# ---- Test connection: the shared (trusting) server ---------------------------------------------
def test_probe_a_migrated_server_database(pg_url: str) -> None:
    result = probe(pg_url, "test")
    assert result.server.startswith("PostgreSQL 1") and result.revision == result.head
    assert not result.needs_setup and result.notes == ()


def test_probe_an_empty_database_notes_the_set_up(pg_server: PgServer) -> None:
    url = pg_server.create_database("fd_profiles_empty")
    try:
        result = probe(url, "empty")
        assert result.needs_setup and "sets it up" in result.notes[0]
        with pg_server.admin("fd_profiles_empty") as conn:
            conn.execute("CREATE TABLE invoices (id int)")  # somebody else's database
        result = probe(url, "empty")
        assert result.needs_setup and "right database" in result.notes[0]
        assert result.foreign_tables == 1
    finally:
        pg_server.drop_database("fd_profiles_empty")


def test_probe_refused_unknown_database_and_timeout(pg_server: PgServer) -> None:
    url = pg_server.url("no_such_db_here")
    with pytest.raises(ConnectionProblem) as caught:
        probe(url, "them")
    assert caught.value.reason == P.NO_DATABASE, caught.value
    refused = server_profile(host="127.0.0.1", port=free_port())
    with pytest.raises(ConnectionProblem) as caught:
        probe(refused.url(CANARY), refused.display())
    assert caught.value.reason == P.REFUSED and CANARY not in str(caught.value)
    with socket.socket() as silent:  # accepts the connection, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        mute = server_profile(host="127.0.0.1", port=silent.getsockname()[1])
        started = time.monotonic()
        with pytest.raises(ConnectionProblem) as caught:
            probe(mute.url(CANARY), mute.display(), timeout=2)
        took = time.monotonic() - started
    assert caught.value.reason == P.TIMEOUT and CANARY not in str(caught.value)
    assert took < 30  # the 2 s timeout applies (not the 10 s default); measured ~2.0 s
    unknown = server_profile(host="no-such-host.invalid")
    with pytest.raises(ConnectionProblem) as caught:
        probe(unknown.url(), unknown.display())
    assert caught.value.reason == P.UNKNOWN_HOST


def _set_revision(url: str, revision: str) -> None:
    parsed = make_url(url)
    with psycopg.connect(host=parsed.host, port=parsed.port, user=parsed.username,
                         dbname=parsed.database, autocommit=True) as conn:
        conn.execute("UPDATE alembic_version SET version_num = %s", (revision,))


def test_probe_old_and_new_schemas(pg_url: str) -> None:
    _set_revision(pg_url, "0005")
    with pytest.raises(ConnectionProblem) as caught:
        probe(pg_url, "venue-db")
    assert caught.value.reason == P.SCHEMA_OLD
    assert f"`feedback-desk --db {pg_url} db upgrade`" in str(caught.value)  # copy-pasteable
    _set_revision(pg_url, "9999")
    with pytest.raises(ConnectionProblem) as caught:
        probe(pg_url, "venue-db")
    assert caught.value.reason == P.SCHEMA_NEW and "newer" in str(caught.value)


def test_probe_a_local_file(tmp_path: Path) -> None:
    missing = Profile.local("Here", tmp_path / "new.sqlite")
    result = probe(missing.url(), missing.display())
    assert result.server.startswith("SQLite") and result.needs_setup
    assert "will be created" in result.notes[0] and not (tmp_path / "new.sqlite").exists()
    open_database(missing.url()).dispose()
    assert probe(missing.url(), missing.display()).revision == result.head
    import sqlite3

    with sqlite3.connect(tmp_path / "new.sqlite") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0005'")
    older = probe(missing.url(), missing.display())  # a file: the desk upgrades it itself
    assert older.revision == "0005" and "upgraded" in older.notes[0]
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"this is not a database" * 100)
    with pytest.raises(ConnectionProblem) as caught:
        probe(f"sqlite:///{garbage}", str(garbage))
    assert caught.value.reason == P.OTHER


# ---- our own servers: passwords and TLS ---------------------------------------------------------
@pytest.fixture(scope="module")
def password_server() -> Iterator[PasswordPgServer]:
    with running_password_server(CANARY) as (server, _certs):
        yield server


def test_wrong_password_is_an_authentication_problem(password_server: PasswordPgServer) -> None:
    profile = server_profile(host="127.0.0.1", port=password_server.port, database="deskdb",
                             user="desk", sslmode="disable")
    for wrong in ("not-it-" + CANARY, None):
        with pytest.raises(ConnectionProblem) as caught:
            probe(profile.url(wrong), profile.display())
        assert caught.value.reason == P.AUTH, caught.value
        assert CANARY not in str(caught.value)
    assert probe(profile.url(CANARY), profile.display()).needs_setup


def test_opening_explains_wrong_passwords_and_upgrades_it_may_not_run(
        password_server: PasswordPgServer) -> None:
    profile = server_profile(host="127.0.0.1", port=password_server.port, database="deskdb",
                             user="desk", sslmode="disable")
    with pytest.raises(DatabaseError) as caught:
        open_database(profile.url("wrong"))
    problem = P.explain(caught.value, profile.display())
    assert problem.reason == P.AUTH
    # a database the administrator owns: "desk" may not even read it …
    password_server.create_database("owned")
    open_database(password_server.url("owned")).dispose()
    other = server_profile(host="127.0.0.1", port=password_server.port, database="owned",
                           user="desk", sslmode="disable")
    with pytest.raises(ConnectionProblem) as caught_probe:
        probe(other.url(CANARY), other.display())
    assert caught_probe.value.reason == P.NO_ACCESS and CANARY not in str(caught_probe.value)
    with pytest.raises(DatabaseError) as caught:
        open_database(other.url(CANARY))
    assert P.explain(caught.value, other.display(), other.url()).reason == P.NO_ACCESS
    # … then may read it, one revision behind, but not upgrade it
    with password_server.admin("owned") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0005'")
        conn.execute("GRANT ALL ON SCHEMA public TO desk")
        conn.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO desk")
    with pytest.raises(ConnectionProblem) as caught_probe:
        probe(other.url(CANARY), other.display())
    assert caught_probe.value.reason == P.SCHEMA_OLD
    assert CANARY not in str(caught_probe.value) and "desk@127.0.0.1" in str(caught_probe.value)
    with pytest.raises(Exception) as caught_open:
        open_database(other.url(CANARY))
    problem = P.explain(caught_open.value, other.display(), other.url())
    assert problem.reason == P.SCHEMA_OLD, problem
    assert "feedback-desk --db postgresql+psycopg://desk@127.0.0.1" in str(problem)
    assert CANARY not in str(problem)


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[PasswordPgServer, Certs]]:
    folder = tmp_path_factory.mktemp("certs")
    with running_password_server(CANARY, folder) as (server, certs):
        assert certs is not None
        yield server, certs


def test_tls_verify_full(tls_server: tuple[PasswordPgServer, Certs], tmp_path: Path) -> None:
    server, certs = tls_server
    assert server.ssl_active()
    good = server_profile(host="localhost", port=server.port, database="deskdb", user="desk",
                          sslmode="verify-full", sslrootcert=str(certs.ca))
    assert probe(good.url(CANARY), good.display()).server.startswith("PostgreSQL")
    # the server's certificate names "localhost", not 127.0.0.1
    by_ip = server_profile(host="127.0.0.1", port=server.port, database="deskdb", user="desk",
                           sslmode="verify-full", sslrootcert=str(certs.ca))
    with pytest.raises(ConnectionProblem) as caught:
        probe(by_ip.url(CANARY), by_ip.display())
    assert caught.value.reason == P.TLS and "does not match" in caught.value.detail
    # a CA that did not sign it
    other_ca, _key = make_ca(tmp_path, "stranger")
    stranger = server_profile(host="localhost", port=server.port, database="deskdb",
                              user="desk", sslmode="verify-ca", sslrootcert=str(other_ca))
    with pytest.raises(ConnectionProblem) as caught:
        probe(stranger.url(CANARY), stranger.display())
    assert caught.value.reason == P.TLS and CANARY not in str(caught.value)


def test_tls_required_but_the_server_has_none(password_server: PasswordPgServer) -> None:
    profile = server_profile(host="127.0.0.1", port=password_server.port, database="deskdb",
                             user="desk", sslmode="require")
    with pytest.raises(ConnectionProblem) as caught:
        probe(profile.url(CANARY), profile.display())
    assert caught.value.reason == P.TLS, caught.value


def test_default_store_path_is_in_the_user_config_folder(monkeypatch: pytest.MonkeyPatch,
                                                          tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert P.default_profile_path() == tmp_path / "feedback-desk" / "profiles.json"
    assert ProfileStore().path == tmp_path / "feedback-desk" / "profiles.json"
    assert not os.path.exists(tmp_path / "feedback-desk")
