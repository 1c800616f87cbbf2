"""Before the desk window: choose the database, open it (migrating it) off the GUI thread, and
log in — or, on a database nobody can log in to yet, create its administrator.

``login(parent, settings, url_override)`` runs the login dialog and returns a ``LoginResult``
(the open database and who logged in), or ``None`` when the user cancelled. It remembers the
last profile and user name. The database password comes from the connection dialog, else the
system keyring, else none at all (a server that trusts this machine, or ``~/.pgpass``); when the
server then asks for one, the dialog prompts for it.
"""

from __future__ import annotations

import getpass
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from ..core import profiles as P
from ..core.db.location import ENV_VAR, default_database_path, resolve_url
from ..core.profiles import ConnectionProblem, Profile, ProfileFileError, ProfileStore
from . import settings as S
from .plain import database_name, url_without_password
from .settings import Settings
from .tasks import TaskRunner

if TYPE_CHECKING:
    from ..core.db.engine import Database

BUILTIN_LOCAL = "This computer"  # the profile used when none was chosen: the local file


@dataclass(frozen=True, slots=True)
class LoginResult:
    url: str  # the database URL WITHOUT the password (status bar, draft file names)
    db: Database  # open and migrated; its engine holds the password, if any
    username: str


@dataclass(frozen=True, slots=True)
class Target:
    """The database to open: a profile, or a URL given with ``--db`` / ``$FEEDBACK_DESK_DB``."""

    profile: Profile | None = None
    override: str = ""

    @property
    def asks_password(self) -> bool:
        """A server that may need a password (a local file never does)."""
        if self.profile is not None:
            return not self.profile.is_local
        return self.override.startswith("postgresql")

    def where(self) -> str:
        """How the database is named in messages (never with a password)."""
        if self.profile is not None:
            return self.profile.display()
        return database_name(self.override)  # as the status bar names it

    def url(self, password: str | None) -> str:
        if self.profile is not None:
            return self.profile.url(password)
        if not password or not self.asks_password:
            return self.override
        from sqlalchemy.engine import make_url

        return make_url(self.override).set(password=password).render_as_string(
            hide_password=False)

    def plain(self) -> str:
        return url_without_password(self.url(None))


def builtin_local() -> Profile:
    return Profile.local(BUILTIN_LOCAL, default_database_path())


def initial_target(settings: Settings, url_override: str | None,
                   store: ProfileStore) -> tuple[Target, str]:
    """The database to try first (``--db``, else ``$FEEDBACK_DESK_DB``, else the last profile,
    else the file on this computer), and a warning to show (an unreadable profiles file)."""
    url_override = url_override or os.environ.get(ENV_VAR, "").strip()
    if url_override:
        return Target(override=resolve_url(url_override)), ""
    name = settings.get(S.LAST_PROFILE)
    try:
        profile = store.get(name) if name else None
    except ProfileFileError as exc:
        return Target(builtin_local()), str(exc)
    return Target(profile or builtin_local()), ""


@dataclass(frozen=True, slots=True)
class Opened:
    db: Database
    first_admin: bool
    url: str  # without the password


class Opener:
    """Opens targets on a worker thread; whatever it opened and nobody took is disposed by
    ``release()`` (a dialog cancelled while the database was still opening)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open: list[Database] = []

    def open(self, target: Target, password: str | None, *,
             remember: bool | None = None) -> Opened:
        """Worker: open and migrate ``target`` with ``password`` (else the keyring's). Once a
        typed password worked, ``remember`` True stores it in the keyring, False removes the
        one stored there, None leaves the keyring alone."""
        from ..core.accounts import needs_first_admin
        from ..core.db.engine import open_database

        typed = bool(password)
        if password is None and target.profile is not None:
            password = stored_password(target.profile)
        try:
            db = open_database(target.url(password))
        except Exception as exc:
            raise P.explain(exc, target.where(), target.plain()) from None
        with self._lock:
            self._open.append(db)
        try:
            first = needs_first_admin(db)
        except Exception as exc:
            self.dispose(db)
            raise P.explain(exc, target.where(), target.plain()) from None
        if typed and remember is not None and password and target.profile is not None:
            try:
                if remember:
                    P.store_password(target.profile, password)
                else:
                    P.forget_password(target.profile)
            except P.KeyringUnavailable:
                pass  # said in the dialog: the keyring box is off where there is none
        return Opened(db, first, target.plain())

    def take(self, db: Database) -> Database:
        with self._lock:
            if db in self._open:
                self._open.remove(db)
        return db

    def dispose(self, db: Database) -> None:
        self.take(db).dispose()

    def release(self) -> None:
        with self._lock:
            left, self._open = self._open, []
        for db in left:
            db.dispose()


def stored_password(profile: Profile) -> str | None:
    """Worker: the keyring's password for a server profile (``None``: none, or no keyring)."""
    if profile.is_local:
        return None
    try:
        return P.get_password(profile)
    except P.KeyringUnavailable:
        return None


def problem_text(exc: BaseException) -> str:
    """A connection problem in the interface language; anything else as ``describe`` says."""
    from .messages import describe

    if not isinstance(exc, ConnectionProblem):
        return describe(exc)
    texts: dict[str, str] = {
        P.REFUSED: QCoreApplication.translate("Connection", "The server cannot be reached (connection refused): is it "
                                    "running, is the port right, is a firewall in the way?"),
        P.TIMEOUT: QCoreApplication.translate("Connection", "The server did not answer in time."),
        P.UNKNOWN_HOST: QCoreApplication.translate("Connection", "The server's name cannot be found."),
        P.AUTH: QCoreApplication.translate("Connection", "The server refused the database user name or password."),
        P.TLS: QCoreApplication.translate("Connection", "The secure (TLS) connection failed: check the TLS mode and the "
                                "CA certificate file."),
        P.NO_DATABASE: QCoreApplication.translate("Connection", "There is no database of that name on the server."),
        P.NO_ACCESS: QCoreApplication.translate("Connection", "The database user may not read the Feedback Desk tables: "
                                      "ask the administrator to grant access."),
    }
    if exc.reason in texts:
        return f"{texts[exc.reason]} ({exc.detail})" if exc.detail else texts[exc.reason]
    if exc.reason == P.SCHEMA_OLD:
        return QCoreApplication.translate("Connection", "The database needs an upgrade: {detail}").format(detail=str(exc))
    if exc.reason == P.SCHEMA_NEW:
        return QCoreApplication.translate("Connection", "This database was made by a newer Feedback Desk: {detail}").format(
            detail=str(exc))
    return QCoreApplication.translate("Connection", "The database cannot be opened: {detail}").format(detail=str(exc))


def remember(settings: Settings, target: Target, username: str) -> None:
    if target.profile is not None:
        settings.set(S.LAST_PROFILE, target.profile.name)
    settings.set(S.LAST_USER, username)
    settings.sync()


def login(
    parent: QWidget | None, settings: Settings, url_override: str | None, *,
    username: str | None = None, store: ProfileStore | None = None,
    on_dialog: Callable[[QDialog], None] | None = None,
) -> LoginResult | None:
    """Show the login dialog until someone logs in (the result) or cancels (``None``).

    ``username`` pre-fills the user name (default: the last one, else the system user);
    ``store`` defaults to the user's profiles file; ``on_dialog`` is called with the dialog
    before it runs (tests drive it from there)."""
    from .dialogs.login import LoginDialog

    store = store or ProfileStore()
    target, warning = initial_target(settings, url_override, store)
    username = username or settings.get(S.LAST_USER) or _os_user()
    tasks = TaskRunner()
    opener = Opener()
    dialog = LoginDialog(tasks, opener, target, store, username=username, parent=parent)
    if warning:
        dialog.show_warning(warning)
    dialog.start()
    if on_dialog is not None:
        on_dialog(dialog)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    result = dialog.login_result if accepted else None
    tasks.shutdown()  # an opening or a log-in still under way finishes first
    if result is not None:
        opener.take(result.db)
        remember(settings, dialog.target, result.username)
    opener.release()
    dialog.deleteLater()
    tasks.deleteLater()
    return result


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
