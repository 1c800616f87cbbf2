"""Accounts… and Change password…, driven offscreen against real databases (SQLite and the test
suite's own PostgreSQL): what the dialogs store is checked through the core
(``core.accounts.authenticate``, ``accounts.users()``), and every refusal of the core is shown in
the dialog, which stays open."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from feedback_desk.core.accounts import MAX_FAILURES, authenticate
from feedback_desk.core.db.engine import open_database
from feedback_desk.core.dto import UserView
from feedback_desk.core.errors import (
    AccountDisabled,
    AccountLocked,
    AuthenticationFailed,
    DatabaseError,
    PermissionDenied,
)
from feedback_desk.core.permissions import DESCRIPTIONS, Action
from feedback_desk.core.services import Services
from feedback_desk.gui.backend import Backend
from feedback_desk.gui.dialogs.password import ChangePasswordDialog, ResetPasswordDialog
from feedback_desk.gui.dialogs.users import (
    AddUserDialog,
    RolesDialog,
    UsersDialog,
    UsersModel,
    role_label,
    roles_text,
)
from feedback_desk.gui.events import Change, DeskEvents
from feedback_desk.gui.messages import describe
from feedback_desk.gui.tasks import TaskRunner
from tests.support.pg_server import SERVER_OPTIONS, PgServer, available

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

SITI_PASSWORD = "Kopi-tubruk-42"
NEW_PASSWORD = "Sate-padang-77"
BUDI_PASSWORD = "Gado-gado-19x"
WAIT = 20_000


@pytest.fixture
def url(db_url: str) -> str:
    """On SQLite and on PostgreSQL: root, an administrator provisioned without a password (as
    scripts do); siti, a recorder with a password."""
    db = open_database(db_url)
    services = Services.connect(db, "root", roles="admin")
    services.accounts.create_user("siti", SITI_PASSWORD, frozenset({"recorder"}),
                                  display_name="Siti Rahma")
    db.dispose()
    return db_url


Opened = tuple[Backend, TaskRunner]


@pytest.fixture
def desk_for(qtbot: Any) -> Iterator[Callable[[str, str], Opened]]:
    """A backend opened as ``user`` and its task runner (what ``DeskApp`` hands the dialogs)."""
    made: list[Opened] = []

    def make(url: str, user: str) -> Opened:
        backend = Backend(url, user)
        backend.open()
        tasks = TaskRunner()
        made.append((backend, tasks))
        return backend, tasks

    yield make
    for backend, tasks in made:
        tasks.shutdown()
        backend.close()


def users_dialog(qtbot: Any, opened: Opened) -> UsersDialog:
    dialog = UsersDialog(*opened)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
    return dialog


def select(qtbot: Any, dialog: UsersDialog, username: str) -> UserView:
    dialog.select(username)
    user = dialog.selected()
    assert user is not None and user.username == username
    return user


def stored(opened: Opened, username: str) -> UserView:
    services = opened[0].services()
    return next(u for u in services.accounts.users() if u.username == username)


def wait_settled(qtbot: Any, dialog: Any) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)


def test_lists_the_accounts_with_translated_role_names(
        qtbot: Any, qtmodeltester: Any, url: str, desk_for: Any) -> None:
    dialog = users_dialog(qtbot, desk_for(url, "root"))
    model = dialog.model
    assert [model.user(r).username for r in range(model.rowCount())] == ["root", "siti"]
    headers = [model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(model.columnCount())]
    assert headers == ["User name", "Display name", "Roles", "Active"]
    siti = model.row_of("siti")
    assert model.index(siti, 1).data() == "Siti Rahma"
    assert model.index(siti, 2).data() == "Recorder"
    assert model.index(siti, 3).data() == "Yes"
    assert model.index(model.row_of("root"), 2).data() == "Administrator"
    assert [role_label(r) for r in ("recorder", "supervisor", "protection", "leadership", "admin")] \
        == ["Recorder", "Supervisor", "Protection officer", "Leadership viewer", "Administrator"]
    assert roles_text({"admin", "recorder", "protection"}) == \
        "Recorder, Protection officer, Administrator"
    assert dialog.may_manage and dialog.add_button.isEnabled()
    assert not dialog.roles_button.isEnabled()  # nothing selected yet
    select(qtbot, dialog, "siti")
    assert dialog.roles_button.isEnabled() and dialog.active_button.text() == "&Disable"
    qtmodeltester.check(model)
    qtmodeltester.check(UsersModel())  # empty


def test_add_user_with_roles_then_the_account_can_log_in(
        qtbot: Any, url: str, desk_for: Any) -> None:
    opened = desk_for(url, "root")
    dialog = users_dialog(qtbot, opened)
    dialog.add_button.click()
    form = dialog.form
    assert isinstance(form, AddUserDialog) and form.isVisible()
    assert form.roles.chosen() == {"recorder"}  # the usual role, ticked already
    assert not form.ok_button.isEnabled()
    form.username.setText("budi")
    form.display_name.setText("Budi Santoso")
    form.roles.boxes["recorder"].setChecked(False)
    assert not form.ok_button.isEnabled()
    assert form.message.text() == "Tick at least one role."
    form.roles.boxes["supervisor"].setChecked(True)
    form.roles.boxes["protection"].setChecked(True)
    form.passwords.first.setText(BUDI_PASSWORD)
    assert not form.ok_button.isEnabled()
    assert form.passwords.rule.text() == "The two passwords are not the same."
    form.passwords.again.setText(BUDI_PASSWORD)
    assert form.passwords.rule.text() == "The password meets the rules."
    assert form.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.sig_accounts_changed, timeout=WAIT):
        form.ok_button.click()
    assert not form.isVisible()
    assert form.passwords.password() == ""  # not left in a widget
    qtbot.waitUntil(lambda: dialog.model.row_of("budi") >= 0, timeout=WAIT)
    chosen = dialog.selected()
    assert chosen is not None and chosen.username == "budi"
    assert dialog.message.text() == "Added budi."
    row = dialog.model.row_of("budi")
    assert dialog.model.index(row, 2).data() == "Supervisor, Protection officer"
    assert dialog.model.index(row, 1).data() == "Budi Santoso"
    actor = authenticate(opened[0].db, "budi", BUDI_PASSWORD)
    assert actor.roles == {"supervisor", "protection"}


def test_add_user_shows_the_policy_and_the_core_refusal_inline(
        qtbot: Any, url: str, desk_for: Any) -> None:
    opened = desk_for(url, "root")
    dialog = users_dialog(qtbot, opened)
    dialog.add_button.click()
    form = dialog.form
    assert isinstance(form, AddUserDialog)
    form.username.setText("two words")  # the core's rule for names, as it is typed
    assert "without spaces" in form.message.text() and not form.ok_button.isEnabled()
    form.username.setText("siti")  # exists: only the core knows
    assert form.message.text() == ""
    for bad, rule in (("short", "at least 10 characters"),
                      ("xx-siti-xx-1", "must not contain the user name"),
                      ("aaaaaaaaaaaa", "too easy to guess")):
        form.passwords.first.setText(bad)
        form.passwords.again.setText(bad)
        assert rule in form.passwords.rule.text()
        assert not form.ok_button.isEnabled()
    form.passwords.first.setText(BUDI_PASSWORD)
    form.passwords.again.setText(BUDI_PASSWORD)
    form.ok_button.click()
    assert form.busy and not form.ok_button.isEnabled() and not form.username.isEnabled()
    wait_settled(qtbot, form)
    assert form.isVisible()  # stays open, with what was typed
    assert "an account named 'siti' exists already" in form.message.text()
    assert form.message.text().startswith("Please check the input")
    assert form.username.text() == "siti" and form.username.isEnabled()
    assert BUDI_PASSWORD not in form.message.text()
    with pytest.raises(AuthenticationFailed):  # siti's password was not replaced
        authenticate(opened[0].db, "siti", BUDI_PASSWORD)
    form.username.setText("budi")  # corrected: goes through
    assert form.message.text() == ""
    form.ok_button.click()
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=WAIT)
    assert authenticate(opened[0].db, "budi", BUDI_PASSWORD).username == "budi"


def test_edit_roles_keeps_the_selection(qtbot: Any, url: str, desk_for: Any) -> None:
    opened = desk_for(url, "root")
    dialog = users_dialog(qtbot, opened)
    select(qtbot, dialog, "siti")
    dialog.roles_button.click()
    form = dialog.form
    assert isinstance(form, RolesDialog) and form.roles.chosen() == {"recorder"}
    form.roles.boxes["recorder"].setChecked(False)
    assert not form.ok_button.isEnabled()
    form.roles.boxes["supervisor"].setChecked(True)
    form.roles.boxes["leadership"].setChecked(True)
    with qtbot.waitSignal(dialog.sig_accounts_changed, timeout=WAIT):
        form.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.loading and dialog.model.index(
        dialog.model.row_of("siti"), 2).data() == "Supervisor, Leadership viewer", timeout=WAIT)
    chosen = dialog.selected()
    assert chosen is not None and chosen.username == "siti"
    assert dialog.message.text() == "Roles of siti changed."
    assert stored(opened, "siti").roles == {"supervisor", "leadership"}
    assert authenticate(opened[0].db, "siti", SITI_PASSWORD).roles == {"supervisor", "leadership"}


def test_the_last_admin_cannot_drop_their_admin_role_or_disable_themselves(
        qtbot: Any, url: str, desk_for: Any) -> None:
    opened = desk_for(url, "root")
    dialog = users_dialog(qtbot, opened)
    select(qtbot, dialog, "root")
    dialog.roles_button.click()
    form = dialog.form
    assert isinstance(form, RolesDialog)
    form.roles.boxes["admin"].setChecked(False)
    form.roles.boxes["supervisor"].setChecked(True)
    form.ok_button.click()
    wait_settled(qtbot, form)
    assert form.isVisible()
    expected = form.message.text()  # the core's rule, in its words
    assert expected.startswith("Please check the input: roles: ")
    assert "last active administrator" in expected
    assert form.roles.chosen() == {"supervisor"}  # the user's choice is kept
    form.cancel_button.click()
    assert not form.isVisible()

    dialog.active_button.click()  # Disable, on oneself
    qtbot.waitUntil(lambda: dialog.message.text() == expected, timeout=WAIT)
    assert dialog.active_button.isEnabled() and dialog.active_button.text() == "&Disable"
    root = stored(opened, "root")
    assert root.active and root.roles == {"admin"}


def test_reset_password_then_the_new_one_logs_in_and_the_lock_is_lifted(
        qtbot: Any, url: str, desk_for: Any) -> None:
    opened = desk_for(url, "root")
    db = opened[0].db
    for _ in range(MAX_FAILURES):  # siti forgot hers and tried until the account locked
        with pytest.raises(AuthenticationFailed):
            authenticate(db, "siti", "Not-her-password")
    with pytest.raises(AccountLocked):
        authenticate(db, "siti", SITI_PASSWORD)
    dialog = users_dialog(qtbot, opened)
    select(qtbot, dialog, "siti")
    dialog.reset_button.click()
    form = dialog.form
    assert isinstance(form, ResetPasswordDialog) and form.username == "siti"
    form.passwords.first.setText("siti-2026-baru")
    form.passwords.again.setText("siti-2026-baru")
    assert form.passwords.rule.text() == "must not contain the user name"
    assert not form.ok_button.isEnabled()
    form.passwords.first.setText(NEW_PASSWORD)
    form.passwords.again.setText(NEW_PASSWORD)
    with qtbot.waitSignal(dialog.sig_accounts_changed, timeout=WAIT):
        form.ok_button.click()
    assert not form.isVisible()
    assert dialog.message.text() == "siti has a new password."
    assert authenticate(db, "siti", NEW_PASSWORD).username == "siti"
    with pytest.raises(AuthenticationFailed):
        authenticate(db, "siti", SITI_PASSWORD)


def test_disable_then_enable(qtbot: Any, url: str, desk_for: Any) -> None:
    opened = desk_for(url, "root")
    db = opened[0].db
    dialog = users_dialog(qtbot, opened)
    select(qtbot, dialog, "siti")
    with qtbot.waitSignal(dialog.sig_accounts_changed, timeout=WAIT):
        dialog.active_button.click()
    qtbot.waitUntil(lambda: not dialog.loading and dialog.active_button.text() == "&Enable",
                    timeout=WAIT)
    assert dialog.message.text() == "siti is disabled and cannot log in."
    assert dialog.model.index(dialog.model.row_of("siti"), 3).data() == "No (disabled)"
    with pytest.raises(AccountDisabled):
        authenticate(db, "siti", SITI_PASSWORD)
    with qtbot.waitSignal(dialog.sig_accounts_changed, timeout=WAIT):
        dialog.active_button.click()
    qtbot.waitUntil(lambda: not dialog.loading and dialog.active_button.text() == "&Disable",
                    timeout=WAIT)
    assert dialog.message.text() == "siti can log in again."
    assert authenticate(db, "siti", SITI_PASSWORD).username == "siti"


def test_a_non_admin_sees_the_core_refusal_and_the_core_refuses_a_forced_change(
        qtbot: Any, url: str, desk_for: Any) -> None:
    opened = desk_for(url, "siti")
    dialog = users_dialog(qtbot, opened)
    refusal = describe(PermissionDenied("siti", DESCRIPTIONS[Action.USER_MANAGE]))
    assert dialog.message.text() == refusal
    assert refusal.startswith("Not allowed: user 'siti' may not ")
    assert not dialog.may_manage
    assert dialog.model.rowCount() == 2  # the list itself is open to everyone (who is who)
    select(qtbot, dialog, "root")
    for button in (dialog.add_button, dialog.roles_button, dialog.reset_button,
                   dialog.active_button):
        assert not button.isEnabled()

    # the window hid the commands; the services refuse them anyway
    dialog.message.clear()
    dialog._on_toggle_active()
    qtbot.waitUntil(lambda: dialog.message.text() == refusal, timeout=WAIT)
    form = AddUserDialog(opened[0], opened[1], dialog)
    qtbot.addWidget(form)
    form.show()
    form.username.setText("mallory")
    form.roles.boxes["admin"].setChecked(True)
    form.passwords.first.setText(BUDI_PASSWORD)
    form.passwords.again.setText(BUDI_PASSWORD)
    form.ok_button.click()
    wait_settled(qtbot, form)
    assert form.isVisible() and form.message.text() == refusal
    reset = ResetPasswordDialog(opened[0], opened[1], "root", dialog)
    qtbot.addWidget(reset)
    reset.show()
    reset.passwords.first.setText(NEW_PASSWORD)
    reset.passwords.again.setText(NEW_PASSWORD)
    reset.ok_button.click()
    wait_settled(qtbot, reset)
    assert reset.isVisible() and reset.message.text() == refusal
    admin = desk_for(url, "root")
    assert [u.username for u in admin[0].services().accounts.users()] == ["root", "siti"]
    assert stored(admin, "root").active


def test_a_change_notice_about_accounts_reloads_the_list_keeping_the_selection(
        qtbot: Any, url: str, desk_for: Any) -> None:
    """What the live refresh sends when another desk changes an account (user.* audit rows)."""
    events = DeskEvents()
    opened = desk_for(url, "root")
    dialog = UsersDialog(*opened, events=events)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
    select(qtbot, dialog, "siti")
    elsewhere = desk_for(url, "root")[0].services()  # another desk, its own connection
    elsewhere.accounts.set_roles("siti", frozenset({"protection"}))
    elsewhere.accounts.create_user("dewi", BUDI_PASSWORD, frozenset({"leadership"}))
    events.notify(Change("entry", "record", (1,)), None)  # not about accounts: no reload
    assert not dialog.loading
    events.notify(Change("user", "roles", (int(stored(opened, "siti").id),)), None)
    assert dialog.loading
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
    model = dialog.model
    assert [model.user(r).username for r in range(model.rowCount())] == ["dewi", "root", "siti"]
    assert model.index(model.row_of("siti"), 2).data() == "Protection officer"
    chosen = dialog.selected()
    assert chosen is not None and chosen.username == "siti"


def test_an_unopened_database_is_said_inline(qtbot: Any, tmp_path: Path) -> None:
    garbage = tmp_path / "not-a-desk.sqlite"
    garbage.write_bytes(b"not a database " * 100)
    backend = Backend(f"sqlite:///{garbage}", "root")
    with pytest.raises(DatabaseError):
        backend.open()
    tasks = TaskRunner()
    try:
        dialog = users_dialog(qtbot, (backend, tasks))
        assert "could not be opened" in dialog.message.text()
        assert "file is not a database" in dialog.message.text()
        assert dialog.model.rowCount() == 0
        assert not dialog.add_button.isEnabled()
    finally:
        tasks.shutdown()


@pytest.fixture
def own_server() -> Iterator[PgServer]:
    """A cluster of this test's own: it is stopped and started again."""
    ok, reason = available()
    if not ok:
        pytest.skip(reason)
    server = PgServer()
    try:
        yield server
    finally:
        server.stop()


def test_a_server_gone_keeps_the_form_and_a_retry_stores_it(
        qtbot: Any, own_server: PgServer, desk_for: Any) -> None:
    url = own_server.create_database("accounts")
    db = open_database(url)
    Services.connect(db, "root", roles="admin")
    db.dispose()
    opened = desk_for(url, "root")
    dialog = users_dialog(qtbot, opened)
    dialog.add_button.click()
    form = dialog.form
    assert isinstance(form, AddUserDialog)
    form.username.setText("budi")
    form.passwords.first.setText(BUDI_PASSWORD)
    form.passwords.again.setText(BUDI_PASSWORD)
    own_server._run("pg_ctl", "-D", str(own_server.data), "-m", "fast", "-w", "stop")
    form.ok_button.click()
    wait_settled(qtbot, form)
    assert form.isVisible() and form.message.text().startswith("The database cannot be reached")
    assert form.username.text() == "budi" and form.passwords.password() == BUDI_PASSWORD
    assert form.ok_button.isEnabled()  # the user may try again
    own_server._run("pg_ctl", "-w", "-t", "60", "-D", str(own_server.data), "-l",
                    str(own_server.log), "-o",
                    f"-p {own_server.port} -k {own_server.root} {SERVER_OPTIONS}", "start")
    form.ok_button.click()
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: dialog.model.row_of("budi") >= 0, timeout=WAIT)
    assert authenticate(opened[0].db, "budi", BUDI_PASSWORD).roles == {"recorder"}


def _change_dialog(qtbot: Any, opened: Opened) -> ChangePasswordDialog:
    dialog = ChangePasswordDialog(*opened)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_change_password_with_a_wrong_current_password_changes_nothing(
        qtbot: Any, url: str, desk_for: Any) -> None:
    opened = desk_for(url, "siti")
    dialog = _change_dialog(qtbot, opened)
    assert not dialog.ok_button.isEnabled()
    assert dialog.message.text() == "Type your current password."
    dialog.old.setText("Not-my-password-1")
    dialog.passwords.first.setText(NEW_PASSWORD)
    dialog.passwords.again.setText(NEW_PASSWORD)
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    wait_settled(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.message.text() == "The current password is not right; nothing was changed."
    assert dialog.old.text() == "" and not dialog.ok_button.isEnabled()
    assert dialog.passwords.password() == NEW_PASSWORD  # the new one stays typed
    db = opened[0].db
    assert authenticate(db, "siti", SITI_PASSWORD).username == "siti"
    with pytest.raises(AuthenticationFailed):
        authenticate(db, "siti", NEW_PASSWORD)


def test_change_password_checks_the_policy_and_then_changes_it(
        qtbot: Any, url: str, desk_for: Any) -> None:
    opened = desk_for(url, "siti")
    dialog = _change_dialog(qtbot, opened)
    dialog.old.setText(SITI_PASSWORD)
    dialog.passwords.first.setText(SITI_PASSWORD)
    dialog.passwords.again.setText(SITI_PASSWORD)
    assert dialog.message.text() == "The new password is the same as the current one."
    assert not dialog.ok_button.isEnabled()
    dialog.passwords.first.setText("my-siti-password")  # the policy knows who is logged in
    dialog.passwords.again.setText("my-siti-password")
    assert dialog.passwords.rule.text() == "must not contain the user name"
    assert not dialog.ok_button.isEnabled()
    dialog.passwords.first.setText(NEW_PASSWORD)
    dialog.passwords.again.setText(NEW_PASSWORD)
    with qtbot.waitSignal(dialog.sig_saved, timeout=WAIT):
        dialog.ok_button.click()
    assert not dialog.isVisible()
    assert dialog.old.text() == "" and dialog.passwords.password() == ""
    db = opened[0].db
    assert authenticate(db, "siti", NEW_PASSWORD).username == "siti"
    with pytest.raises(AuthenticationFailed):
        authenticate(db, "siti", SITI_PASSWORD)


def test_escape_while_saving_waits_for_the_answer(qtbot: Any, url: str, desk_for: Any) -> None:
    opened = desk_for(url, "siti")
    dialog = _change_dialog(qtbot, opened)
    dialog.old.setText(SITI_PASSWORD)
    dialog.passwords.first.setText(NEW_PASSWORD)
    dialog.passwords.again.setText(NEW_PASSWORD)
    dialog.ok_button.click()
    dialog.reject()  # ignored: the change is on its way
    assert dialog.isVisible() and not dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert dialog.result() == dialog.DialogCode.Accepted
