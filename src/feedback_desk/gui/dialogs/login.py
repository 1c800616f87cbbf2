"""The login dialog: which database, then user name and password — or, on a database nobody can
log in to yet, "Create the administrator". Opening the database, the database password the
server may ask for, and every log-in run off the GUI thread; failures are shown inline.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import profiles as P
from ...core.errors import (
    AccountDisabled,
    AccountLocked,
    AuthenticationFailed,
    DatabaseUnavailable,
    ValidationError,
)
from ..login_flow import BUILTIN_LOCAL, LoginResult, Opened, Opener, Target, problem_text
from ..tasks import TaskRunner

if TYPE_CHECKING:
    from ...core.dto import Actor
    from ...core.profiles import ProfileStore

STATUS, DB_PASSWORD, LOGIN, FIRST_ADMIN = range(4)
ERROR_STYLE = "color: #b3261e"


class LoginDialog(QDialog):
    """Call ``start()`` and ``exec()``; after accept, ``login_result`` holds the open database
    and who logged in. ``target`` is the database finally used (the user may switch)."""

    def __init__(
        self, tasks: TaskRunner, opener: Opener, target: Target, store: ProfileStore, *,
        username: str = "", parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks, self.opener, self.target, self.store = tasks, opener, target, store
        self.login_result: LoginResult | None = None
        self._opened: Opened | None = None
        self._busy = False
        self._asked_db_password = False  # the server asked once: a refusal now is news
        self._retry: tuple[str | None, bool | None] = (None, None)  # "Try again" uses them
        self.setWindowTitle(self.tr("Feedback Desk — log in"))
        self.database = QLabel(self)
        self.database.setObjectName("databaseLabel")
        self.database.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(ERROR_STYLE)
        self.warning.hide()
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._status_page())
        self.pages.addWidget(self._db_password_page())
        self.pages.addWidget(self._login_page(username))
        self.pages.addWidget(self._admin_page(username))
        self.error = QLabel(self)
        self.error.setObjectName("loginError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.primary = QPushButton(self)
        self.primary.setObjectName("primaryButton")
        self.primary.setDefault(True)
        self.primary.clicked.connect(self._on_primary)
        self.connection = QPushButton(self.tr("&Connection…"), self)
        self.connection.setObjectName("connectionButton")
        self.connection.setAutoDefault(False)
        self.connection.clicked.connect(self._on_connection)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.connection)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.primary)
        layout = QVBoxLayout(self)
        layout.addWidget(self.database)
        layout.addWidget(self.warning)
        layout.addWidget(self.pages)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(460, 300)
        self._show_target()

    # ---- pages ----------------------------------------------------------------------------
    def _status_page(self) -> QWidget:
        page = QWidget(self)
        self.status = QLabel(page)
        self.status.setObjectName("statusLabel")
        self.status.setWordWrap(True)
        QVBoxLayout(page).addWidget(self.status)
        return page

    def _db_password_page(self) -> QWidget:
        page = QWidget(self)
        self.db_prompt = QLabel(page)
        self.db_prompt.setWordWrap(True)
        self.db_password = QLineEdit(page)
        self.db_password.setObjectName("dbPassword")
        self.db_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.db_remember = QCheckBox(self.tr("&Remember in the system keyring"), page)
        self.db_remember.setObjectName("dbRemember")
        form = QFormLayout(page)
        form.addRow(self.db_prompt)
        form.addRow(self.tr("Database &password"), self.db_password)
        form.addRow(self.db_remember)
        return page

    def _login_page(self, username: str) -> QWidget:
        page = QWidget(self)
        self.user = QLineEdit(username, page)
        self.user.setObjectName("userName")
        self.password = QLineEdit(page)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(page)
        form.addRow(self.tr("&User name"), self.user)
        form.addRow(self.tr("&Password"), self.password)
        return page

    def _admin_page(self, username: str) -> QWidget:
        page = QWidget(self)
        intro = QLabel(self.tr(
            "Nobody can log in to this database yet. Create its administrator: the account "
            "that adds the other users and gives them their roles."), page)
        intro.setWordWrap(True)
        self.admin_user = QLineEdit(username, page)
        self.admin_user.setObjectName("adminUser")
        self.admin_password = QLineEdit(page)
        self.admin_password.setObjectName("adminPassword")
        self.admin_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.admin_repeat = QLineEdit(page)
        self.admin_repeat.setObjectName("adminRepeat")
        self.admin_repeat.setEchoMode(QLineEdit.EchoMode.Password)
        policy = QLabel(self.tr(
            "At least 10 characters; not the user name, not one character repeated, not a "
            "common password."), page)
        policy.setObjectName("policyLabel")
        policy.setWordWrap(True)
        form = QFormLayout(page)
        form.addRow(intro)
        form.addRow(self.tr("&User name"), self.admin_user)
        form.addRow(self.tr("&Password"), self.admin_password)
        form.addRow(self.tr("&Repeat it"), self.admin_repeat)
        form.addRow(policy)
        return page

    def _show_target(self) -> None:
        profile = self.target.profile
        if profile is not None and profile.is_local:
            name = (self.tr("This computer") if profile.name == BUILTIN_LOCAL else profile.name)
            text = self.tr("Database: {name} (file {path})").format(name=name,
                                                                     path=profile.display())
        elif profile is not None:
            text = self.tr("Database: {name} ({where})").format(name=profile.name,
                                                                 where=profile.display())
        else:
            text = self.tr("Database: {where}").format(where=self.target.where())
        self.database.setText(text)

    def _page(self, page: int, primary: str) -> None:
        self.pages.setCurrentIndex(page)
        self.primary.setText(primary)
        self.primary.setEnabled(not self._busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.primary.setEnabled(not busy)
        self.connection.setEnabled(not busy)
        for field in (self.user, self.password, self.admin_user, self.admin_password,
                      self.admin_repeat, self.db_password):
            field.setReadOnly(busy)

    def show_warning(self, text: str) -> None:
        self.warning.setText(text)
        self.warning.show()

    # ---- opening the database ---------------------------------------------------------------
    def start(self, password: str | None = None, *, remember: bool | None = None) -> None:
        """Open the target (off the GUI thread); the password pages follow."""
        self._drop_opened()
        self._retry = (password, remember)
        self._show_target()
        self.error.clear()
        self.status.setText(self.tr("Opening {where}…").format(where=self.target.where()))
        self._set_busy(True)
        self._page(STATUS, self.tr("Try &again"))
        target = self.target
        self.tasks.write(lambda: self.opener.open(target, password, remember=remember),
                         lambda opened: self._on_opened(target, opened),
                         lambda exc: self._on_open_failed(target, exc))

    def _on_opened(self, target: Target, opened: Opened) -> None:
        self._set_busy(False)
        if target is not self.target:
            self.opener.dispose(opened.db)  # the user switched meanwhile
            return
        self._opened = opened
        self.error.clear()
        if opened.first_admin:
            self._page(FIRST_ADMIN, self.tr("Create the &administrator"))
            self.setWindowTitle(self.tr("Feedback Desk — create the administrator"))
            (self.admin_password if self.admin_user.text() else self.admin_user).setFocus()
        else:
            self._page(LOGIN, self.tr("&Log in"))
            self.setWindowTitle(self.tr("Feedback Desk — log in"))
            (self.password if self.user.text() else self.user).setFocus()

    def _on_open_failed(self, target: Target, exc: BaseException) -> None:
        self._set_busy(False)
        if target is not self.target:
            return
        if isinstance(exc, P.ConnectionProblem) and exc.reason == P.AUTH and target.asks_password:
            self.db_prompt.setText(self.tr(
                "The server asks for the password of the database user {user}.").format(
                    user=target.profile.user if target.profile else target.where()))
            self.db_remember.setEnabled(target.profile is not None and P.keyring_available())
            self.db_remember.setChecked(self.db_remember.isEnabled())
            self.db_password.clear()
            self._page(DB_PASSWORD, self.tr("C&onnect"))
            # the first time the server just asks; after a typed password it refused
            self.error.setText(problem_text(exc) if self._asked_db_password else "")
            self._asked_db_password = True
            self.db_password.setFocus()
            return
        self.status.setText(self.tr("Could not open {where}.").format(where=target.where()))
        self.error.setText(problem_text(exc))
        self._page(STATUS, self.tr("Try &again"))

    def _drop_opened(self) -> None:
        if self._opened is not None:
            self.opener.dispose(self._opened.db)
            self._opened = None

    # ---- buttons ------------------------------------------------------------------------------
    @Slot()
    def _on_primary(self) -> None:
        if self._busy:
            return
        page = self.pages.currentIndex()
        if page == STATUS:
            password, remember = self._retry
            self.start(password, remember=remember)
        elif page == DB_PASSWORD:
            remember = self.db_remember.isChecked() if self.db_remember.isEnabled() else None
            self.start(self.db_password.text(), remember=remember)
            self.db_password.clear()
        elif page == LOGIN:
            self._log_in()
        else:
            self._create_admin()

    def _log_in(self) -> None:
        opened = self._opened
        if opened is None:
            return
        username, password = self.user.text().strip(), self.password.text()
        if not username:
            self.error.setText(self.tr("Give your user name."))
            self.user.setFocus()
            return
        from ...core.accounts import authenticate

        self._set_busy(True)
        self.error.clear()
        self.tasks.write(lambda: authenticate(opened.db, username, password),
                         lambda actor: self._on_logged_in(opened, actor),
                         self._on_login_failed)

    def _on_logged_in(self, opened: Opened, actor: Actor) -> None:
        self._set_busy(False)
        self.login_result = LoginResult(opened.url, opened.db, actor.username)
        self._opened = None
        self.accept()

    def _on_login_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.password.clear()
        self.password.setFocus()
        if isinstance(exc, AccountLocked):
            until = exc.until.astimezone() if exc.until.tzinfo else exc.until
            text = self.tr("Too many wrong passwords: this account is locked until {time}.").format(
                time=_clock_time(until))
        elif isinstance(exc, AccountDisabled):
            text = self.tr("This account is disabled; ask an administrator.")
        elif isinstance(exc, AuthenticationFailed):
            text = self.tr("Wrong user name or password.")
        elif isinstance(exc, DatabaseUnavailable | P.ConnectionProblem):
            text = self.tr("The server cannot be reached: {detail}").format(detail=str(exc))
        else:
            text = problem_text(exc)
        self.error.setText(text)

    def _create_admin(self) -> None:
        opened = self._opened
        if opened is None:
            return
        username = self.admin_user.text().strip()
        password, repeat = self.admin_password.text(), self.admin_repeat.text()
        if not username:
            self.error.setText(self.tr("Give the administrator's user name."))
            self.admin_user.setFocus()
            return
        if password != repeat:
            self.error.setText(self.tr("The two passwords differ; type them again."))
            self._clear_admin_passwords()
            return
        from ...core.accounts import check_password_policy, create_first_admin

        try:
            check_password_policy(password, username)
        except ValidationError as exc:
            self.error.setText(self.tr("The password {problem}.").format(problem=exc.message))
            self._clear_admin_passwords()
            return
        self._set_busy(True)
        self.error.clear()
        self.tasks.write(lambda: create_first_admin(opened.db, username, password),
                         lambda actor: self._on_logged_in(opened, actor),
                         self._on_admin_failed)

    def _on_admin_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._clear_admin_passwords()
        if isinstance(exc, ValidationError) and exc.field == "user" and "administrator" in exc.message:
            self._page(LOGIN, self.tr("&Log in"))  # another desk created one meanwhile
            self.error.setText(self.tr("This database has an administrator already; log in."))
        elif isinstance(exc, ValidationError):
            self.error.setText(self.tr("Please check: {problem}").format(problem=str(exc)))
        else:
            self.error.setText(problem_text(exc))

    def _clear_admin_passwords(self) -> None:
        self.admin_password.clear()
        self.admin_repeat.clear()
        self.admin_password.setFocus()

    @Slot()
    def _on_connection(self) -> None:
        from .connection import ConnectionDialog

        current = self.target.profile.name if self.target.profile is not None else None
        dialog = ConnectionDialog(self.tasks, self.store, current=current, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        self.target = Target(dialog.chosen)
        self._asked_db_password = False
        self.start(dialog.chosen_password, remember=dialog.remember_password)

    def reject(self) -> None:
        self._drop_opened()
        super().reject()


def _clock_time(moment: datetime) -> str:
    today = datetime.now(moment.tzinfo).date()
    return moment.strftime("%H:%M") if moment.date() == today else moment.strftime("%d/%m %H:%M")
