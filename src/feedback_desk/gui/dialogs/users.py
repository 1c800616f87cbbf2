"""Accounts… (administrators): who may log in, with which roles; add an account, change its
roles, reset its password, disable or enable it.

Every call goes to ``services.accounts`` through the task runner. The core decides: a
non-administrator sees the list but the core's refusal in place of the buttons, and the core's
own rules (the last active administrator stays one) come back as its message, shown inline.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.dto import UserView
from ...core.errors import PermissionDenied, ValidationError
from ...core.permissions import ROLES, Action, require
from ..messages import describe
from .password import (
    AccountFormDialog,
    PasswordPair,
    ResetPasswordDialog,
    message_label,
    say,
)

_Index = QModelIndex | QPersistentModelIndex
ROLE_LABELS = {
    "recorder": QT_TRANSLATE_NOOP("Roles", "Recorder"),
    "supervisor": QT_TRANSLATE_NOOP("Roles", "Supervisor"),
    "protection": QT_TRANSLATE_NOOP("Roles", "Protection officer"),
    "leadership": QT_TRANSLATE_NOOP("Roles", "Leadership viewer"),
    "admin": QT_TRANSLATE_NOOP("Roles", "Administrator"),
}
COLUMNS = (
    ("username", QT_TRANSLATE_NOOP("UsersModel", "User name")),
    ("display_name", QT_TRANSLATE_NOOP("UsersModel", "Display name")),
    ("roles", QT_TRANSLATE_NOOP("UsersModel", "Roles")),
    ("active", QT_TRANSLATE_NOOP("UsersModel", "Active")),
)


def role_label(role: str) -> str:
    """The role's name in the interface language (an unknown code as it is stored)."""
    source = ROLE_LABELS.get(role)
    return QCoreApplication.translate("Roles", str(source)) if source else role


def roles_text(roles: Iterable[str]) -> str:
    """The roles' names, in the order of ``permissions.ROLES`` (recording to administration)."""
    rank = {role: i for i, role in enumerate(ROLES)}
    return ", ".join(role_label(role) for role in sorted(
        roles, key=lambda role: (rank.get(role, len(rank)), role)))


class UsersModel(QAbstractTableModel):
    """The accounts, as ``services.accounts.users()`` returned them (a few dozen at most)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._users: list[UserView] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(COLUMNS):
                return QCoreApplication.translate("UsersModel", str(COLUMNS[section][1]))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._users):
            return None
        user = self._users[index.row()]
        column = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if column in ("username", "display_name"):
                return str(getattr(user, column))
            if column == "roles":
                return roles_text(user.roles)
            return (QCoreApplication.translate("UsersModel", "Yes") if user.active
                    else QCoreApplication.translate("UsersModel", "No (disabled)"))
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return QColor("#6b6b6b")
        if role == Qt.ItemDataRole.UserRole:
            return user
        return None

    def set_users(self, users: Iterable[UserView]) -> None:
        self.beginResetModel()
        self._users = list(users)
        self.endResetModel()

    def user(self, row: int) -> UserView:
        return self._users[row]

    def row_of(self, username: str) -> int:
        return next((row for row, u in enumerate(self._users) if u.username == username), -1)


class RoleBoxes(QGroupBox):
    """One check box per role the core knows; ``on_toggle`` is called when one is (un)ticked."""

    def __init__(self, roles: Iterable[str], parent: QWidget, on_toggle: Any) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Roles"))
        self.boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        ticked = set(roles)
        for role in ROLES:
            box = QCheckBox(role_label(role), self)
            box.setObjectName(f"role_{role}")
            box.setChecked(role in ticked)
            box.toggled.connect(on_toggle)
            self.boxes[role] = box
            layout.addWidget(box)

    def chosen(self) -> frozenset[str]:
        return frozenset(role for role, box in self.boxes.items() if box.isChecked())


class AddUserDialog(AccountFormDialog):
    """A new account: user name, display name, roles and a first password."""

    def __init__(self, backend: Any, tasks: Any, parent: QWidget | None = None) -> None:
        super().__init__(backend, tasks, parent)
        self.setObjectName("addUserDialog")
        self.setWindowTitle(self.tr("Add user"))
        self.username = QLineEdit(self)
        self.username.setObjectName("newUsername")
        self.username.setMaxLength(64)
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("newDisplayName")
        self.display_name.setMaxLength(200)
        self.display_name.setPlaceholderText(self.tr("as the user name"))
        self.roles = RoleBoxes({"recorder"}, self, self._on_input)
        self.passwords = PasswordPair(self)
        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Display name"), self.display_name)
        self.username.textChanged.connect(  # the pair re-checks; its sig_changed → _on_input
            lambda text: self.passwords.set_username(text.strip()))
        self.passwords.sig_changed.connect(self._on_input)
        self._finish(form, self.roles, self.passwords)
        self.username.setFocus()

    def _own_problem(self) -> str | None:
        from ...core.accounts import check_username

        try:
            check_username(self.username.text())
        except ValidationError as exc:
            return exc.message
        if not self.roles.chosen():
            return self.tr("Tick at least one role.")
        return None

    def problem(self) -> str | None:
        return self._own_problem() or self.passwords.problem()

    def _on_input(self) -> None:
        """The name's or the roles' problem (the pair shows the password's); none yet for an
        untouched name."""
        problem = self._own_problem()
        if not self.username.text() and self.roles.chosen():
            problem = None
        self.show_hint(problem or "")
        self._update_ok()

    def _on_ok(self) -> None:
        name, shown = self.username.text().strip(), self.display_name.text().strip()
        roles, password = self.roles.chosen(), self.passwords.password()
        self._submit(lambda services: services.accounts.create_user(
            name, password, roles, display_name=shown))

    def _after_failure(self) -> None:
        self.username.setFocus()


class RolesDialog(AccountFormDialog):
    """Change the roles of one account."""

    def __init__(self, backend: Any, tasks: Any, user: UserView,
                 parent: QWidget | None = None) -> None:
        super().__init__(backend, tasks, parent)
        self.setObjectName("rolesDialog")
        self.setWindowTitle(self.tr("Roles of {user}").format(user=user.username))
        self.user = user
        self.roles = RoleBoxes(user.roles, self, self._on_input)
        self._finish(self.roles)

    def problem(self) -> str | None:
        return None if self.roles.chosen() else self.tr("Tick at least one role.")

    def _on_ok(self) -> None:
        name, roles = self.user.username, self.roles.chosen()
        self._submit(lambda services: services.accounts.set_roles(name, roles))


class UsersDialog(QDialog):
    sig_accounts_changed = Signal()
    """An account was added or changed (roles, password, active)."""

    def __init__(self, backend: Any, tasks: Any, parent: QWidget | None = None, *,
                 events: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("Accounts"))
        self._backend, self._tasks = backend, tasks
        self.may_manage = False
        self.loading = False
        self._generation = 0  # of reloads: a slow answer never overwrites a newer one
        self.form: QDialog | None = None  # the add / roles / password dialog open on top
        if events is not None:  # another desk's change (live refresh) or this desk's
            events.sig_data_changed.connect(self._on_data_changed)

        self.model = UsersModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("usersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._on_roles)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        side = QVBoxLayout()
        self.add_button, self.roles_button, self.reset_button, self.active_button = (
            self._side_button(side, text, slot) for text, slot in (
                (self.tr("&Add user…"), self._on_add), (self.tr("&Roles…"), self._on_roles),
                (self.tr("Reset &password…"), self._on_reset),
                (self.tr("&Disable"), self._on_toggle_active)))
        side.addStretch(1)
        self.message = message_label(self, "usersMessage")
        close = QDialogButtonBox(self)
        close.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(900, 420)  # the Indonesian role names and "Tidak (dinonaktifkan)" fit
        self._update_buttons()
        self.reload()

    def _side_button(self, side: QVBoxLayout, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        side.addWidget(button)
        return button

    # ---- reading ---------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        """Read the accounts again, keeping (or moving) the selection to ``select``."""
        current = self.selected()
        keep = select or (current.username if current is not None else None)
        backend = self._backend

        def read() -> tuple[tuple[UserView, ...], BaseException | None]:
            services = backend.services()
            users = services.accounts.users()
            try:  # the core's own answer, so the window says what the services would
                require(services.actor, Action.USER_MANAGE)
            except PermissionDenied as exc:
                return users, exc
            return users, None

        self.loading = True
        self._generation += 1
        generation = self._generation
        self._update_buttons()
        self._tasks.read(read, lambda result: self._on_loaded(result, keep, generation),
                         lambda exc: self._on_loaded(((), exc), None, generation))

    def _on_loaded(self, result: tuple[tuple[UserView, ...], BaseException | None],
                   keep: str | None, generation: int) -> None:
        """The accounts (and the core's refusal, if this user may not manage them), or why
        they could not be read; an answer overtaken by a newer reload is dropped."""
        if generation != self._generation:
            return
        users, refusal = result
        self.loading = False
        self.may_manage = refusal is None
        self.model.set_users(users)
        if keep:
            self.select(keep)
        if refusal is not None:
            say(self.message, describe(refusal), error=True)
        self._update_buttons()

    @Slot(object, object)
    def _on_data_changed(self, changes: tuple[Any, ...], initiator: object) -> None:
        if initiator is not self and any(c.entity == "user" for c in changes):
            self.reload()

    def selected(self) -> UserView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.user(rows[0].row()) if rows else None

    def select(self, username: str) -> None:
        row = self.model.row_of(username)
        if row >= 0:
            self.table.selectRow(row)

    # ---- actions ---------------------------------------------------------------------------
    @Slot()
    def _update_buttons(self, *_args: object) -> None:
        user = self.selected()
        idle = not self.loading
        self.add_button.setEnabled(idle and self.may_manage)
        for button in (self.roles_button, self.reset_button, self.active_button):
            button.setEnabled(idle and self.may_manage and user is not None)
        self.active_button.setText(
            self.tr("&Enable") if user is not None and not user.active else self.tr("&Disable"))

    def _open_form(self, form: AccountFormDialog, saved: str, name: str | None = None) -> None:
        self.form = form
        form.sig_saved.connect(lambda result: self._on_saved(result, saved, name))
        form.open()

    @Slot()
    def _on_add(self) -> None:
        self._open_form(AddUserDialog(self._backend, self._tasks, self), self.tr("Added {user}."))

    @Slot()
    def _on_roles(self, *_args: object) -> None:
        user = self.selected()
        if user is not None and self.may_manage:
            self._open_form(RolesDialog(self._backend, self._tasks, user, self),
                            self.tr("Roles of {user} changed."))

    @Slot()
    def _on_reset(self) -> None:
        user = self.selected()
        if user is not None and self.may_manage:
            self._open_form(ResetPasswordDialog(self._backend, self._tasks, user.username, self),
                            self.tr("{user} has a new password."), user.username)

    @Slot()
    def _on_toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        name, active = user.username, not user.active
        done = (self.tr("{user} can log in again.") if active
                else self.tr("{user} is disabled and cannot log in."))
        backend = self._backend
        self.active_button.setEnabled(False)
        say(self.message, self.tr("Saving…"))
        self._tasks.write(lambda: backend.services().accounts.set_active(name, active),
                          lambda result: self._on_saved(result, done),
                          self._on_change_failed)

    def _on_saved(self, result: Any, template: str, name: str | None = None) -> None:
        """A change was stored: say so (``template`` names the account as ``{user}``), tell
        the desk, and read the list again with that account selected."""
        username = result.username if isinstance(result, UserView) else name
        say(self.message, template.format(user=username))
        self.sig_accounts_changed.emit()
        self.reload(select=username)

    def _on_change_failed(self, exc: BaseException) -> None:
        say(self.message, describe(exc), error=True)
        self._update_buttons()
