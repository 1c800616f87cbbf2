"""The login dialog and flow, offscreen, on a real SQLite file and real PostgreSQL servers:
first administrator, log-in, wrong password, lock-out, disabled account, an unreachable server,
the database password the server asks for (and the keyring remembering it), cancelling."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog

from feedback_desk.core import accounts
from feedback_desk.core import profiles as P
from feedback_desk.core.db.engine import open_database
from feedback_desk.core.profiles import Profile, ProfileStore
from feedback_desk.core.services import Services
from feedback_desk.gui import settings as S
from feedback_desk.gui.dialogs.login import DB_PASSWORD, FIRST_ADMIN, LOGIN, STATUS, LoginDialog
from feedback_desk.gui.login_flow import LoginResult, Opener, Target, login
from feedback_desk.gui.settings import Settings
from feedback_desk.gui.tasks import TaskRunner
from tests.support.memory_keyring import MemoryKeyring, no_keyring, using
from tests.support.pg_auth import PasswordPgServer, running_password_server
from tests.support.pg_server import available

GOOD = "Rahasia-panjang-42"
DB_PW = "db-Canary:@/pw 9"

Step = tuple[Callable[[LoginDialog], bool], Callable[[LoginDialog], None]]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def store(tmp_path: Path) -> ProfileStore:
    return ProfileStore(tmp_path / "profiles.json")


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'desk.sqlite'}"


@pytest.fixture
def dialogs(qtbot: Any, store: ProfileStore) -> Iterator[Callable[[Target], LoginDialog]]:
    made: list[tuple[LoginDialog, TaskRunner, Opener]] = []

    def make(target: Target, username: str = "") -> LoginDialog:
        tasks, opener = TaskRunner(), Opener()
        dialog = LoginDialog(tasks, opener, target, store, username=username)
        qtbot.addWidget(dialog)
        made.append((dialog, tasks, opener))
        dialog.show()
        dialog.start()
        return dialog

    yield make
    for dialog, tasks, opener in made:
        tasks.shutdown()
        if dialog.login_result is not None:
            opener.take(dialog.login_result.db).dispose()
        opener.release()


def on_page(qtbot: Any, dialog: LoginDialog, page: int) -> None:
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == page and not dialog._busy,
                    timeout=30000)


def scripted(steps: list[Step]) -> Callable[[QDialog], None]:
    """Drive the modal dialog from a timer: each step's action runs once its condition holds.
    A dialog still open after 60 s is cancelled, so a broken flow fails instead of hanging."""
    def attach(dialog: QDialog) -> None:
        assert isinstance(dialog, LoginDialog)
        queue = list(steps)
        timer = QTimer(dialog, interval=20)

        def tick() -> None:
            while queue and not dialog._busy and queue[0][0](dialog):
                queue.pop(0)[1](dialog)
            if not queue:
                timer.stop()

        timer.timeout.connect(tick)
        timer.start()
        QTimer.singleShot(60000, dialog.reject)
    return attach


def page_is(page: int) -> Callable[[LoginDialog], bool]:
    return lambda d: d.pages.currentIndex() == page


def fill_login(user: str, password: str) -> Callable[[LoginDialog], None]:
    def act(d: LoginDialog) -> None:
        d.user.setText(user)
        d.password.setText(password)
        d.primary.click()
    return act


# ---- the flow on SQLite ------------------------------------------------------------------------
def test_first_run_creates_the_admin_then_logs_in(qtbot: Any, settings: Settings,
                                                  store: ProfileStore, sqlite_url: str) -> None:
    seen: list[str] = []

    def create(d: LoginDialog) -> None:
        seen.append(d.database.text())
        d.admin_user.setText("ani")
        d.admin_password.setText(GOOD)
        d.admin_repeat.setText(GOOD)
        d.primary.click()

    result = login(None, settings, sqlite_url, store=store,
                   on_dialog=scripted([(page_is(FIRST_ADMIN), create)]))
    assert isinstance(result, LoginResult)
    try:
        assert result.username == "ani" and result.url == sqlite_url
        assert "desk.sqlite" in seen[0]
        assert not accounts.needs_first_admin(result.db)
        assert "admin" in accounts.authenticate(result.db, "ani", GOOD).roles
    finally:
        result.db.dispose()
    assert settings.get(S.LAST_USER) == "ani"
    assert settings.get(S.LAST_PROFILE) == ""  # a --db URL is not a profile

    def check_prefilled(d: LoginDialog) -> None:
        seen.append(d.user.text())
        fill_login("ani", GOOD)(d)

    again = login(None, settings, sqlite_url, store=store,
                  on_dialog=scripted([(page_is(LOGIN), check_prefilled)]))
    assert again is not None and again.username == "ani" and seen[1] == "ani"
    again.db.dispose()


def test_wrong_password_is_shown_inline_and_clears_only_the_password(
        qtbot: Any, dialogs: Callable[..., LoginDialog], sqlite_url: str) -> None:
    db = open_database(sqlite_url)
    accounts.create_first_admin(db, "ani", GOOD)
    db.dispose()
    dialog = dialogs(Target(override=sqlite_url), "ani")
    on_page(qtbot, dialog, LOGIN)
    assert dialog.primary.text().replace("&", "") == "Log in"
    dialog.password.setText("wrong password!")
    dialog.primary.click()
    qtbot.waitUntil(lambda: "Wrong user name or password" in dialog.error.text(), timeout=20000)
    assert dialog.password.text() == "" and dialog.user.text() == "ani"
    assert dialog.login_result is None and dialog.isVisible()
    dialog.password.setText(GOOD)
    dialog.primary.click()
    qtbot.waitUntil(lambda: dialog.login_result is not None, timeout=20000)
    assert dialog.login_result is not None and dialog.login_result.username == "ani"
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_locked_account_says_until_when(qtbot: Any, dialogs: Callable[..., LoginDialog],
                                        sqlite_url: str) -> None:
    db = open_database(sqlite_url)
    accounts.create_first_admin(db, "ani", GOOD)
    for _ in range(accounts.MAX_FAILURES):
        with pytest.raises(accounts.AuthenticationFailed):
            accounts.authenticate(db, "ani", "nope nope nope")
    db.dispose()
    dialog = dialogs(Target(override=sqlite_url), "ani")
    on_page(qtbot, dialog, LOGIN)
    dialog.password.setText(GOOD)  # even the right one waits
    dialog.primary.click()
    qtbot.waitUntil(lambda: "locked until" in dialog.error.text(), timeout=20000)
    assert ":" in dialog.error.text().split("locked until", 1)[1]
    assert dialog.password.text() == "" and dialog.login_result is None


def test_disabled_account(qtbot: Any, dialogs: Callable[..., LoginDialog],
                          sqlite_url: str) -> None:
    db = open_database(sqlite_url)
    accounts.create_first_admin(db, "ani", GOOD)
    admin = Services.login(db, "ani", GOOD)
    admin.accounts.create_user("budi", "Sandi-panjang-77x", frozenset({"recorder"}))
    admin.accounts.set_active("budi", False)
    db.dispose()
    dialog = dialogs(Target(override=sqlite_url), "budi")
    on_page(qtbot, dialog, LOGIN)
    dialog.password.setText("Sandi-panjang-77x")
    dialog.primary.click()
    qtbot.waitUntil(lambda: "disabled" in dialog.error.text(), timeout=20000)
    assert dialog.login_result is None


def test_first_admin_refuses_mismatch_and_weak_passwords(
        qtbot: Any, dialogs: Callable[..., LoginDialog], sqlite_url: str) -> None:
    dialog = dialogs(Target(override=sqlite_url), "ani")
    on_page(qtbot, dialog, FIRST_ADMIN)
    assert "Create the administrator" in dialog.primary.text().replace("&", "")
    assert "10 characters" in dialog.findChild(type(dialog.status), "policyLabel").text()
    dialog.admin_password.setText(GOOD)
    dialog.admin_repeat.setText(GOOD + "x")
    dialog.primary.click()
    assert "differ" in dialog.error.text() and dialog.admin_password.text() == ""
    dialog.admin_password.setText("short")
    dialog.admin_repeat.setText("short")
    dialog.primary.click()
    assert "at least 10" in dialog.error.text()
    dialog.admin_password.setText("password123")
    dialog.admin_repeat.setText("password123")
    dialog.primary.click()
    assert dialog.error.text() and dialog.login_result is None
    db = open_database(sqlite_url)
    try:
        assert accounts.needs_first_admin(db)  # nothing was created
    finally:
        db.dispose()


# ---- PostgreSQL --------------------------------------------------------------------------------
def test_flow_on_postgresql(qtbot: Any, settings: Settings, store: ProfileStore,
                            pg_url: str) -> None:
    db = open_database(pg_url)
    accounts.create_first_admin(db, "sari", GOOD)
    db.dispose()
    steps: list[Step] = [(page_is(LOGIN), fill_login("sari", "not the password")),
                         (lambda d: "Wrong" in d.error.text(), fill_login("sari", GOOD))]
    result = login(None, settings, pg_url, store=store, on_dialog=scripted(steps))
    assert result is not None and result.username == "sari"
    try:
        assert result.db.dialect == "postgresql" and result.url == pg_url
    finally:
        result.db.dispose()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_unreachable_server_is_shown_and_can_be_retried(
        qtbot: Any, dialogs: Callable[..., LoginDialog]) -> None:
    url = f"postgresql+psycopg://desk@127.0.0.1:{_free_port()}/desk"
    dialog = dialogs(Target(override=url))
    on_page(qtbot, dialog, STATUS)
    qtbot.waitUntil(lambda: "connection refused" in dialog.error.text(), timeout=20000)
    assert "Try again" in dialog.primary.text().replace("&", "")
    dialog.primary.click()  # tries again, fails the same way
    qtbot.waitUntil(lambda: dialog._busy, timeout=5000)
    on_page(qtbot, dialog, STATUS)
    assert "connection refused" in dialog.error.text()


def test_cancel_while_opening_leaves_nothing_open(qtbot: Any, settings: Settings,
                                                  store: ProfileStore, sqlite_url: str) -> None:
    import threading

    def checkpointers() -> int:
        return sum(t.name == "sqlite-checkpoint" for t in threading.enumerate())

    before = checkpointers()
    result = login(None, settings, sqlite_url, store=store,
                   on_dialog=lambda d: QTimer.singleShot(0, d.reject))
    assert result is None
    assert settings.get(S.LAST_USER) == ""
    assert checkpointers() == before  # the database opened meanwhile was closed again
    # … and when it was open already, at the log-in page
    result = login(None, settings, sqlite_url, store=store, on_dialog=scripted([
        (page_is(FIRST_ADMIN), lambda d: (d.status.setText("x"), d.reject()) and None)]))
    assert result is None and checkpointers() == before


@pytest.fixture(scope="module")
def password_server() -> Iterator[PasswordPgServer]:
    with running_password_server(DB_PW) as (server, _certs):
        yield server


def test_the_server_asks_for_its_password_and_the_keyring_remembers_it(
        qtbot: Any, settings: Settings, store: ProfileStore,
        password_server: PasswordPgServer) -> None:
    profile = Profile(name="Venue", host="127.0.0.1", port=password_server.port,
                      database="deskdb", user="desk", sslmode="disable")
    store.save(profile)
    settings.set(S.LAST_PROFILE, "Venue")
    seen: list[str] = []

    def wrong_db_password(d: LoginDialog) -> None:
        seen.append(d.db_prompt.text())
        assert d.db_remember.isEnabled() and d.error.text() == ""
        d.db_password.setText("not it")
        d.primary.click()

    def right_db_password(d: LoginDialog) -> None:
        seen.append(d.error.text())
        d.db_password.setText(DB_PW)
        d.primary.click()

    def create_admin(d: LoginDialog) -> None:
        d.admin_user.setText("ani")
        d.admin_password.setText(GOOD)
        d.admin_repeat.setText(GOOD)
        d.primary.click()

    with using(MemoryKeyring()) as ring:
        result = login(None, settings, None, store=store, on_dialog=scripted([
            (page_is(DB_PASSWORD), wrong_db_password),
            (lambda d: page_is(DB_PASSWORD)(d) and bool(d.error.text()), right_db_password),
            (page_is(FIRST_ADMIN), create_admin),
        ]))
        assert result is not None and result.username == "ani"
        result.db.dispose()
        assert "desk" in seen[0] and "refused" in seen[1] and DB_PW not in seen[1]
        assert ring.store == {("feedback-desk", profile.keyring_user()): DB_PW}
        assert DB_PW not in result.url and settings.get(S.LAST_PROFILE) == "Venue"
        assert DB_PW not in store.path.read_text()
        # next time the keyring's password opens it: straight to the log-in
        again = login(None, settings, None, store=store, on_dialog=scripted([
            (page_is(LOGIN), fill_login("ani", GOOD))]))
        assert again is not None
        again.db.dispose()


def test_without_a_keyring_the_password_is_asked_each_time(
        qtbot: Any, settings: Settings, store: ProfileStore,
        password_server: PasswordPgServer) -> None:
    store.save(Profile(name="Venue", host="127.0.0.1", port=password_server.port,
                       database="deskdb", user="desk", sslmode="disable"))
    settings.set(S.LAST_PROFILE, "Venue")
    asked: list[bool] = []

    def type_it(d: LoginDialog) -> None:
        asked.append(d.db_remember.isEnabled())
        d.db_password.setText(DB_PW)
        d.primary.click()

    with using(no_keyring()):
        for _ in range(2):
            result = login(None, settings, None, store=store, on_dialog=scripted([
                (page_is(DB_PASSWORD), type_it),
                (lambda d: d.pages.currentIndex() in (LOGIN, FIRST_ADMIN), lambda d: d.reject()),
            ]))
            assert result is None
    assert asked == [False, False]


def test_an_unreadable_profiles_file_falls_back_to_this_computer(
        qtbot: Any, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    broken = tmp_path / "broken.json"
    broken.write_text("{oops")
    settings.set(S.LAST_PROFILE, "Venue")
    texts: list[str] = []

    def look(d: LoginDialog) -> None:
        texts.append(d.warning.text())
        texts.append(d.database.text())
        d.reject()

    result = login(None, settings, None, store=ProfileStore(broken),
                   on_dialog=scripted([(lambda d: d.pages.currentIndex() != STATUS, look)]))
    assert result is None
    assert "cannot be read" in texts[0] and "This computer" in texts[1]
    assert broken.read_text() == "{oops"
    assert P.default_profile_path() != broken


def test_connection_button_switches_to_another_database(
        qtbot: Any, settings: Settings, store: ProfileStore, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # "this computer" file here
    from feedback_desk.gui.dialogs.connection import ConnectionDialog
    from tests.gui.conftest import when_dialog

    other = tmp_path / "other.sqlite"
    db = open_database(f"sqlite:///{other}")
    accounts.create_first_admin(db, "sari", GOOD)
    db.dispose()
    pages: list[int] = []

    def pick_other(c: Any) -> None:
        assert isinstance(c, ConnectionDialog)
        c.btn_new.click()
        c.name.setText("Stick")
        c.kind.setCurrentIndex(c.kind.findData(P.LOCAL))
        c.path.setText(str(other))
        c.btn_connect.click()

    def open_connection(d: LoginDialog) -> None:
        pages.append(d.pages.currentIndex())
        when_dialog(ConnectionDialog, pick_other)
        d.connection.click()

    result = login(None, settings, None, store=store, on_dialog=scripted([
        (lambda d: d.pages.currentIndex() != STATUS, open_connection),
        (lambda d: page_is(LOGIN)(d) and "Stick" in d.database.text(), fill_login("sari", GOOD)),
    ]))
    assert result is not None and result.username == "sari"
    try:
        assert result.url == f"sqlite:///{other}"
    finally:
        result.db.dispose()
    assert pages == [FIRST_ADMIN]  # the default file on this computer was a fresh one
    assert settings.get(S.LAST_PROFILE) == "Stick" and store.get("Stick") is not None


def test_flow_with_a_saved_server_profile(qtbot: Any, settings: Settings, store: ProfileStore,
                                          pg_server: Any, pg_url: str) -> None:
    name = pg_url.rsplit("/", 1)[1]
    db = open_database(pg_url)
    accounts.create_first_admin(db, "sari", GOOD)
    db.dispose()
    store.save(Profile(name="Hall", host="127.0.0.1", port=pg_server.port, database=name,
                       user="postgres", sslmode="disable"))
    settings.set(S.LAST_PROFILE, "Hall")
    with using(no_keyring()):  # a trusting server: no password asked at all
        result = login(None, settings, None, store=store,
                       on_dialog=scripted([(page_is(LOGIN), fill_login("sari", GOOD))]))
    assert result is not None
    try:
        assert result.url == (f"postgresql+psycopg://postgres@127.0.0.1:{pg_server.port}/{name}"
                              f"?sslmode=disable")
        assert result.db.dialect == "postgresql"
    finally:
        result.db.dispose()


def test_the_environment_variable_counts_as_a_given_database(
        qtbot: Any, settings: Settings, store: ProfileStore, sqlite_url: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    db = open_database(sqlite_url)
    accounts.create_first_admin(db, "ani", GOOD)
    db.dispose()
    monkeypatch.setenv("FEEDBACK_DESK_DB", sqlite_url)
    store.save(Profile.local("Elsewhere", "/nonexistent/elsewhere.sqlite"))
    settings.set(S.LAST_PROFILE, "Elsewhere")
    prefilled: list[str] = []

    def go(d: LoginDialog) -> None:
        prefilled.append(d.user.text())
        fill_login("ani", GOOD)(d)

    result = login(None, settings, None, username="from-cli", store=store,
                   on_dialog=scripted([(page_is(LOGIN), go)]))
    assert result is not None and result.url == sqlite_url and prefilled == ["from-cli"]
    result.db.dispose()
    assert settings.get(S.LAST_PROFILE) == "Elsewhere"  # a given URL does not replace it


def test_server_gone_between_opening_and_logging_in(
        qtbot: Any, dialogs: Callable[..., LoginDialog]) -> None:
    ok, reason = available()
    if not ok:
        pytest.skip(reason)
    from tests.support.pg_server import PgServer

    server = PgServer()  # our own: this test stops it
    try:
        url = server.create_database("gone")
        db = open_database(url)
        accounts.create_first_admin(db, "sari", GOOD)
        db.dispose()
        dialog = dialogs(Target(override=url), "sari")
        on_page(qtbot, dialog, LOGIN)
        server.stop()
        dialog.password.setText(GOOD)
        dialog.primary.click()
        qtbot.waitUntil(lambda: "cannot be reached" in dialog.error.text(), timeout=30000)
        assert dialog.password.text() == "" and dialog.user.text() == "sari"
        assert dialog.login_result is None
    finally:
        server.stop()


def test_another_desk_created_the_admin_meanwhile(
        qtbot: Any, dialogs: Callable[..., LoginDialog], sqlite_url: str) -> None:
    dialog = dialogs(Target(override=sqlite_url), "ani")
    on_page(qtbot, dialog, FIRST_ADMIN)
    db = open_database(sqlite_url)
    accounts.create_first_admin(db, "sari", GOOD)  # the desk next door was quicker
    db.dispose()
    dialog.admin_password.setText("Lain-lagi-sandi-99")
    dialog.admin_repeat.setText("Lain-lagi-sandi-99")
    dialog.primary.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == LOGIN, timeout=20000)
    assert "administrator already" in dialog.error.text() and dialog.login_result is None
    dialog.user.setText("sari")
    dialog.password.setText(GOOD)
    dialog.primary.click()
    qtbot.waitUntil(lambda: dialog.login_result is not None, timeout=20000)


def test_a_stored_password_that_stopped_working_is_replaced_or_forgotten(
        qtbot: Any, settings: Settings, store: ProfileStore,
        password_server: PasswordPgServer) -> None:
    profile = Profile(name="Venue", host="127.0.0.1", port=password_server.port,
                      database="deskdb", user="desk", sslmode="disable")
    store.save(profile)
    settings.set(S.LAST_PROFILE, "Venue")

    def type_it(remember: bool) -> Callable[[LoginDialog], None]:
        def act(d: LoginDialog) -> None:
            d.db_remember.setChecked(remember)
            d.db_password.setText(DB_PW)
            d.primary.click()
        return act

    with using(MemoryKeyring()):
        for remember, expected in ((True, DB_PW), (False, None)):
            P.store_password(profile, "the old one")  # changed on the server since
            result = login(None, settings, None, store=store, on_dialog=scripted([
                (page_is(DB_PASSWORD), type_it(remember)),
                (lambda d: d.pages.currentIndex() in (LOGIN, FIRST_ADMIN), lambda d: d.reject()),
            ]))
            assert result is None
            assert P.get_password(profile) == expected
