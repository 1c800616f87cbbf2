"""Passwords: the pair of fields with the policy's message, the base of the account forms, an
administrator's "Reset password…" and a user's own "Change password…".

Every change runs on the write thread (``TaskRunner.write``); the core's answer — a refusal,
a password the policy rejects, a wrong current password — is shown in the dialog, which stays
open with what was typed (passwords aside) so the user can correct it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ValidationError
from .. import i18n
from ..messages import describe

ERROR_STYLE = "color: #b3261e"
HINT_STYLE = "color: #6b6b6b"
OK_STYLE = "color: #0d5224"
MAX_PASSWORD = 1024  # argon2 takes any length; a pasted book is a mistake


def say(label: QLabel, text: str, *, error: bool = False) -> None:
    """A hint (grey) or an error (red) in a dialog's message line."""
    label.setStyleSheet(ERROR_STYLE if error else HINT_STYLE)
    label.setText(text)


def message_label(parent: QWidget, name: str) -> QLabel:
    """The line where a dialog says what is missing, what was stored or why not."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(MAX_PASSWORD)
    return field


class PasswordPair(QWidget):
    """A new password typed twice, and what the policy says of it as it is typed."""

    sig_changed = Signal()
    """Either field changed (the form re-checks whether it can be sent)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = password_field(self, "newPassword")
        self.again = password_field(self, "newPasswordAgain")
        self.rule = QLabel(self)
        self.rule.setObjectName("passwordRule")
        self.rule.setWordWrap(True)
        self.rule.setTextFormat(Qt.TextFormat.PlainText)
        self._username = ""
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&New password"), self.first)
        form.addRow(self.tr("New password &again"), self.again)
        form.addRow(self.rule)
        self.first.textChanged.connect(self._on_text)
        self.again.textChanged.connect(self._on_text)

    def set_username(self, username: str) -> None:
        """The policy may refuse a password that contains the user name."""
        self._username = username
        self._on_text()

    def password(self) -> str:
        return self.first.text()

    def problem(self) -> str | None:
        """Why the password cannot be used yet (policy first, then the repeat), or None."""
        from ...core.accounts import check_password_policy

        try:
            check_password_policy(self.first.text(), self._username)
        except ValidationError as exc:
            return exc.message
        if self.again.text() != self.first.text():
            return self.tr("The two passwords are not the same.")
        return None

    def clear(self) -> None:
        self.first.clear()
        self.again.clear()

    @Slot()
    def _on_text(self) -> None:
        problem = self.problem()
        if problem is None:
            self.rule.setText(self.tr("The password meets the rules."))
            self.rule.setStyleSheet(OK_STYLE)
        else:
            self.rule.setText(problem)
            self.rule.setStyleSheet(HINT_STYLE if not self.first.text() else ERROR_STYLE)
        self.sig_changed.emit()


class AccountFormDialog(QDialog):
    """A form whose OK sends one call to ``services.accounts`` on the write thread.

    Subclasses build their fields, call ``_finish(form)``, and implement ``problem()`` (what
    keeps OK disabled) and ``_on_ok()`` (which calls ``_submit``).
    """

    sig_saved = Signal(object)
    """The change was stored: what the service answered (a ``UserView`` or None)."""

    def __init__(self, backend: Any, tasks: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend, self._tasks = backend, tasks
        self.busy = False
        self.message = message_label(self, "accountMessage")
        self.buttons = QDialogButtonBox(self)
        self.ok_button: QPushButton = self.buttons.addButton(
            self.tr("OK"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button: QPushButton = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)

    def _finish(self, *parts: QWidget | QFormLayout) -> None:
        layout = QVBoxLayout(self)
        for part in parts:
            if isinstance(part, QFormLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._on_input()

    # ---- subclass API --------------------------------------------------------------------
    def problem(self) -> str | None:
        """What must be fixed before OK can be pressed (shown as a hint), or None."""
        return None

    def _on_ok(self) -> None:
        raise NotImplementedError

    def explain(self, exc: BaseException) -> str:
        """The sentence for a refusal of the core."""
        return describe(exc)

    def _after_failure(self) -> None:
        """Clear what should not stay typed after a refusal (e.g. a wrong password)."""

    # ---- sending ---------------------------------------------------------------------------
    def _submit(self, call: Callable[[Any], Any]) -> None:
        """Run ``call(services)`` on the write thread; close on success, say why on failure."""
        if self.busy or self.problem() is not None:
            return
        backend = self._backend
        self._set_busy(True)
        self.show_hint(self.tr("Saving…"))
        self._tasks.write(lambda: call(backend.services()), self._on_saved, self._on_failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for child in self.findChildren(QWidget):
            if child not in (self.message, self.buttons) and not isinstance(child, QLabel):
                child.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self._update_ok()

    @Slot(object)
    def _on_saved(self, result: Any) -> None:
        self._set_busy(False)
        self.message.clear()
        for field in self.findChildren(QLineEdit):
            if field.echoMode() == QLineEdit.EchoMode.Password:
                field.clear()  # no password stays in a widget longer than needed
        self.sig_saved.emit(result)
        self.accept()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._after_failure()
        self.show_error(self.explain(exc))

    # ---- feedback ------------------------------------------------------------------------
    def show_error(self, text: str) -> None:
        say(self.message, text, error=True)

    def show_hint(self, text: str) -> None:
        say(self.message, text)

    @Slot()
    def _on_input(self) -> None:
        """Something was typed: a refusal shown earlier no longer applies; re-check."""
        problem = self.problem()
        self.show_hint(problem or "")
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(not self.busy and self.problem() is None)

    @Slot()
    def reject(self) -> None:
        """Cancel or Escape: not while a change is being stored (its answer is awaited)."""
        if self.busy:
            return
        super().reject()


class ResetPasswordDialog(AccountFormDialog):
    """An administrator sets a new password for somebody else's account."""

    def __init__(self, backend: Any, tasks: Any, username: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(backend, tasks, parent)
        self.setObjectName("resetPasswordDialog")
        self.setWindowTitle(self.tr("Reset password"))
        self.username = username
        intro = QLabel(self.tr("A new password for {user}. Tell it to them in person; they can "
                               "change it afterwards (Change password…).").format(user=username),
                       self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.passwords = PasswordPair(self)
        self.passwords.set_username(username)
        self.passwords.sig_changed.connect(self._on_input)
        self._finish(intro, self.passwords)

    def problem(self) -> str | None:
        return self.passwords.problem()

    def _on_input(self) -> None:  # the pair shows the policy itself
        self.show_hint("")
        self._update_ok()

    def _on_ok(self) -> None:
        name, password = self.username, self.passwords.password()
        self._submit(lambda services: services.accounts.reset_password(name, password))


class ChangePasswordDialog(AccountFormDialog):
    """The logged-in user changes their own password (the current one is asked first)."""

    def __init__(self, backend: Any, tasks: Any, parent: QWidget | None = None) -> None:
        super().__init__(backend, tasks, parent)
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Change password"))
        self.old = password_field(self, "oldPassword")
        form = QFormLayout()
        form.addRow(self.tr("&Current password"), self.old)
        self.passwords = PasswordPair(self)
        self.passwords.set_username(str(backend.username))
        self.old.textChanged.connect(self._on_input)
        self.passwords.sig_changed.connect(self._on_input)
        self._finish(form, self.passwords)
        self.old.setFocus()

    def _own_problem(self) -> str | None:
        """What is wrong besides the new password's policy (the pair shows that itself)."""
        if not self.old.text():
            return self.tr("Type your current password.")
        if self.passwords.password() == self.old.text():
            return self.tr("The new password is the same as the current one.")
        return None

    def problem(self) -> str | None:
        return self._own_problem() or self.passwords.problem()

    def _on_input(self) -> None:
        self.show_hint(self._own_problem() or "")
        self._update_ok()

    def _on_ok(self) -> None:
        old, new = self.old.text(), self.passwords.password()
        self._submit(lambda services: services.accounts.change_password(old, new))

    def explain(self, exc: BaseException) -> str:
        from ...core.errors import AccountLocked, AuthenticationFailed

        if isinstance(exc, AccountLocked):
            return self.tr("Too many wrong passwords: the account is locked until {time}.").format(
                time=i18n.date_text(exc.until, "HH:mm"))
        wrong_old = isinstance(exc, ValidationError) and exc.field == "old password"
        if wrong_old or isinstance(exc, AuthenticationFailed):
            return self.tr("The current password is not right; nothing was changed.")
        return describe(exc)

    def _after_failure(self) -> None:
        self.old.clear()
        self.old.setFocus()
