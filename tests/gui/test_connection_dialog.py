"""The connection dialog, offscreen: profiles saved/deleted through it (never with the password),
"Test connection" against real servers (the shared one, a password one, a TLS one with a
throwaway CA), the keyring box, the CA picker, Connect, and an unreadable profiles file."""

from __future__ import annotations

import json
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import make_url

from feedback_desk.core import profiles as P
from feedback_desk.core.profiles import Profile, ProfileStore
from feedback_desk.gui.dialogs.connection import ConnectionDialog
from feedback_desk.gui.tasks import TaskRunner
from tests.support.memory_keyring import MemoryKeyring, no_keyring, using
from tests.support.pg_auth import Certs, PasswordPgServer, running_password_server
from tests.support.pg_server import PgServer

CANARY = "Kanari:@/?#% sandi 5"


@pytest.fixture
def store(tmp_path: Path) -> ProfileStore:
    return ProfileStore(tmp_path / "profiles.json")


@pytest.fixture
def make(qtbot: Any, store: ProfileStore) -> Iterator[Callable[..., ConnectionDialog]]:
    runners: list[TaskRunner] = []

    def build(current: str | None = None, **kw: Any) -> ConnectionDialog:
        tasks = TaskRunner()
        runners.append(tasks)
        dialog = ConnectionDialog(tasks, kw.pop("store", store), current=current, **kw)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.keyring_known, timeout=10000)
        return dialog

    yield build
    for tasks in runners:
        tasks.shutdown()


def fill(dialog: ConnectionDialog, *, name: str, host: str, port: int, database: str,
         user: str, sslmode: str = "disable", ca: str = "", password: str = "") -> None:
    dialog.btn_new.click()
    dialog.name.setText(name)
    dialog.kind.setCurrentIndex(dialog.kind.findData(P.SERVER))
    dialog.host.setText(host)
    dialog.port.setValue(port)
    dialog.dbname.setText(database)
    dialog.user.setText(user)
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData(sslmode))
    dialog.ca.setText(ca)
    dialog.password.setText(password)


def probe_text(qtbot: Any, dialog: ConnectionDialog) -> str:
    dialog.btn_test.click()
    qtbot.waitUntil(lambda: dialog.btn_test.isEnabled(), timeout=30000)
    return dialog.message.text()


def test_save_edit_delete_and_the_password_stays_out_of_the_file(
        qtbot: Any, make: Callable[..., ConnectionDialog], store: ProfileStore) -> None:
    with using(MemoryKeyring()):
        dialog = make()
        assert dialog.list.count() == 1  # "This computer" only
        assert not dialog.btn_delete.isEnabled() and not dialog.btn_save.isEnabled()
        fill(dialog, name="Room A", host="db.venue.lan", port=6543, database="desk",
             user="ani", password=CANARY)
        dialog.btn_save.click()
        assert [p.name for p in store.profiles()] == ["Room A"]
        assert store.get("Room A") == Profile("Room A", "db.venue.lan", 6543, "desk", "ani",
                                              "disable")
        assert CANARY not in store.path.read_text()
        dialog.name.setText("Room B")  # a rename keeps its place, not a copy
        dialog.btn_save.click()
        assert [p.name for p in store.profiles()] == ["Room B"]
        fill(dialog, name="Room B", host="x", port=5432, database="d", user="u")
        dialog.btn_save.click()  # a new one with a taken name
        assert "already" in dialog.message.text() and len(store.profiles()) == 1
        dialog.list.setCurrentRow(1)
        assert dialog.host.text() == "db.venue.lan" and dialog.btn_delete.isEnabled()
        dialog.btn_delete.click()
        assert store.profiles() == () and dialog.list.count() == 1


def test_invalid_fields_are_named_and_nothing_is_saved(
        qtbot: Any, make: Callable[..., ConnectionDialog], store: ProfileStore) -> None:
    dialog = make()
    fill(dialog, name="Room A", host="", port=5432, database="desk", user="ani")
    dialog.btn_save.click()
    assert "host" in dialog.message.text() and store.profiles() == ()
    fill(dialog, name="Room A", host="h", port=5432, database="desk", user="ani",
         sslmode="verify-full")
    dialog.btn_connect.click()
    assert "CA certificate" in dialog.message.text() and dialog.chosen is None
    assert dialog.isVisible()


def test_ca_picker_only_for_verifying_modes(qtbot: Any, make: Callable[..., ConnectionDialog]
                                            ) -> None:
    dialog = make()
    dialog.btn_new.click()
    for mode in P.SSL_MODES:
        dialog.sslmode.setCurrentIndex(dialog.sslmode.findData(mode))
        assert dialog.ca.isEnabled() == dialog.ca_browse.isEnabled() == (mode in P.VERIFYING)
    assert dialog.sslmode.count() == 6


def test_remember_box_follows_the_keyring(qtbot: Any, make: Callable[..., ConnectionDialog]
                                          ) -> None:
    with using(no_keyring()):
        off = make()
        assert not off.remember.isEnabled() and not off.remember.isChecked()
        assert "asked each time" in off.remember.toolTip()
    with using(MemoryKeyring()):
        on = make()
        assert on.remember.isEnabled() and on.remember.isChecked()


def test_connect_returns_the_profile_and_password_and_saves_it(
        qtbot: Any, make: Callable[..., ConnectionDialog], store: ProfileStore) -> None:
    with using(MemoryKeyring()):
        dialog = make()
        fill(dialog, name="Hall", host="10.0.0.5", port=5432, database="desk", user="ani",
             password=CANARY)
        dialog.btn_connect.click()
        assert dialog.result() == dialog.DialogCode.Accepted
        assert dialog.chosen == store.get("Hall") and dialog.chosen is not None
        assert dialog.chosen_password == CANARY and dialog.remember_password
        assert CANARY not in store.path.read_text()
        again = make(current="Hall")
        assert again.list.currentRow() == 1 and again.password.text() == ""
        again.list.setCurrentRow(0)  # this computer
        again.btn_connect.click()
        assert again.chosen is not None and again.chosen.is_local
        assert again.chosen_password is None and len(store.profiles()) == 1


def test_test_connection_against_the_shared_server(
        qtbot: Any, make: Callable[..., ConnectionDialog], pg_server: PgServer,
        pg_url: str) -> None:
    name = make_url(pg_url).database
    assert name
    dialog = make()
    fill(dialog, name="Shared", host="127.0.0.1", port=pg_server.port, database=name,
         user="postgres")
    text = probe_text(qtbot, dialog)
    assert text.startswith("Connected: PostgreSQL") and "ready" in text
    dialog.dbname.setText("no_such_database")
    assert "no database of that name" in probe_text(qtbot, dialog)
    pg_server.create_database("fd_conn_foreign")
    try:
        with pg_server.admin("fd_conn_foreign") as conn:
            conn.execute("CREATE TABLE payroll (id int)")
        dialog.dbname.setText("fd_conn_foreign")
        assert "is it the right database?" in probe_text(qtbot, dialog)
        assert "b3261e" not in dialog.message.styleSheet()  # a warning, not an error
    finally:
        pg_server.drop_database("fd_conn_foreign")
    with psycopg.connect(host="127.0.0.1", port=pg_server.port, user="postgres", dbname=name,
                         autocommit=True) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0005'")
    dialog.dbname.setText(name)
    text = probe_text(qtbot, dialog)
    assert "needs an upgrade" in text and "db upgrade" in text
    assert (f"`feedback-desk --db postgresql+psycopg://postgres@127.0.0.1:{pg_server.port}/"
            f"{name}?sslmode=disable db upgrade`") in text


def test_test_connection_refused_and_timeout(qtbot: Any, make: Callable[..., ConnectionDialog]
                                             ) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    dialog = make(probe_timeout=2)
    fill(dialog, name="Gone", host="127.0.0.1", port=port, database="desk", user="ani")
    assert "connection refused" in probe_text(qtbot, dialog)
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        dialog.port.setValue(silent.getsockname()[1])
        assert "did not answer in time" in probe_text(qtbot, dialog)


def test_a_local_file(qtbot: Any, make: Callable[..., ConnectionDialog], tmp_path: Path,
                      store: ProfileStore) -> None:
    dialog = make()
    dialog.btn_new.click()
    dialog.name.setText("USB stick")
    dialog.kind.setCurrentIndex(dialog.kind.findData(P.LOCAL))
    assert dialog.fields.currentIndex() == 1
    dialog.path.setText(str(tmp_path / "stick.sqlite"))
    text = probe_text(qtbot, dialog)
    assert text.startswith("Connected: SQLite") and "empty" in text
    dialog.btn_save.click()
    assert store.get("USB stick") == Profile.local("USB stick", str(tmp_path / "stick.sqlite"))


def test_an_unreadable_profiles_file_is_shown_and_kept(
        qtbot: Any, make: Callable[..., ConnectionDialog], tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"version": 1, "profiles": [{"name": 5}]}')
    dialog = make(store=ProfileStore(broken))
    assert "cannot be read" in dialog.message.text() and dialog.list.count() == 1
    fill(dialog, name="Hall", host="h", port=5432, database="d", user="u")
    dialog.btn_save.click()
    assert "cannot be read" in dialog.message.text()
    assert json.loads(broken.read_text()) == {"version": 1, "profiles": [{"name": 5}]}


# ---- our own servers ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def password_server() -> Iterator[PasswordPgServer]:
    with running_password_server(CANARY) as (server, _certs):
        yield server


def test_wrong_password_and_the_keyring_password(
        qtbot: Any, make: Callable[..., ConnectionDialog],
        password_server: PasswordPgServer) -> None:
    with using(MemoryKeyring()):
        dialog = make()
        fill(dialog, name="Venue", host="127.0.0.1", port=password_server.port,
             database="deskdb", user="desk", password="wrong one")
        text = probe_text(qtbot, dialog)
        assert "refused the database user name or password" in text and CANARY not in text
        dialog.password.clear()  # none typed, none stored: the server asks
        assert "refused the database user name or password" in probe_text(qtbot, dialog)
        P.store_password(dialog.form_profile(), CANARY)  # empty field: the keyring's is used
        text = probe_text(qtbot, dialog)
        assert text.startswith("Connected: PostgreSQL") and "empty" in text


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[PasswordPgServer, Certs]]:
    folder = tmp_path_factory.mktemp("certs")
    with running_password_server(CANARY, folder) as (server, certs):
        assert certs is not None
        yield server, certs


def test_verify_full_through_the_dialog(qtbot: Any, make: Callable[..., ConnectionDialog],
                                        tls_server: tuple[PasswordPgServer, Certs]) -> None:
    server, certs = tls_server
    dialog = make()
    fill(dialog, name="Secure", host="localhost", port=server.port, database="deskdb",
         user="desk", sslmode="verify-full", ca=str(certs.ca), password=CANARY)
    assert probe_text(qtbot, dialog).startswith("Connected: PostgreSQL")
    dialog.host.setText("127.0.0.1")  # not the name in the certificate
    text = probe_text(qtbot, dialog)
    assert "secure (TLS) connection failed" in text and "does not match" in text
    dialog.host.setText("localhost")
    dialog.btn_connect.click()
    assert dialog.chosen is not None and dialog.chosen.sslmode == "verify-full"
    assert "sslrootcert=" in dialog.chosen.url(CANARY)


def test_deleting_a_profile_forgets_its_password_unless_another_uses_it(
        qtbot: Any, make: Callable[..., ConnectionDialog], store: ProfileStore) -> None:
    a = Profile("A", "db.lan", 5432, "desk", "ani", "disable")
    twin = Profile("A twin", "db.lan", 5432, "desk", "ani", "require")  # same server account
    b = Profile("B", "db.lan", 5432, "other", "ani", "disable")
    for profile in (a, twin, b):
        store.save(profile)
    with using(MemoryKeyring()) as ring:
        P.store_password(a, CANARY)
        P.store_password(b, CANARY)
        dialog = make(current="A")
        dialog.btn_delete.click()
        dialog.tasks.shutdown()  # waits for the keyring call made in the worker
        assert P.get_password(twin) == CANARY  # still used by "A twin"
        dialog2 = make(current="B")
        dialog2.btn_delete.click()
        qtbot.waitUntil(lambda: P.get_password(b) is None, timeout=10000)
        assert [p.name for p in store.profiles()] == ["A twin"]
        assert list(ring.store) == [("feedback-desk", twin.keyring_user())]
