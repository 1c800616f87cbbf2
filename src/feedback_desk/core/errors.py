"""Typed errors the services raise. Each carries a clear English message for one line of output.

The GUI shows them translated from their fields; the CLI prints ``str(error)``.
"""

from __future__ import annotations

from datetime import datetime


class DeskError(Exception):
    """Base of every error the core raises on purpose (never a bug)."""


class NotFound(DeskError):
    def __init__(self, what: str, key: object) -> None:
        super().__init__(f"{what} {key!r} was not found")
        self.what = what
        self.key = key


class ValidationError(DeskError):
    """Input that cannot be stored; ``field`` names the offending field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class ConflictError(DeskError):
    """Somebody else changed the row since the caller read it; nothing was overwritten."""

    def __init__(
        self,
        what: str,
        key: object,
        expected_version: int,
        current_version: int,
        changed_by: str | None,
        changed_at: datetime | None,
    ) -> None:
        who = changed_by or "another user"
        when = f" at {changed_at:%Y-%m-%d %H:%M} UTC" if changed_at else ""
        super().__init__(
            f"{what} {key} was changed by {who}{when} (version {current_version}, "
            f"you edited version {expected_version}); your change was not saved"
        )
        self.what = what
        self.key = key
        self.expected_version = expected_version
        self.current_version = current_version
        self.changed_by = changed_by
        self.changed_at = changed_at


class PermissionDenied(DeskError):
    def __init__(self, username: str, action: str) -> None:
        super().__init__(f"user {username!r} may not {action}")
        self.username = username
        self.action = action


class DatabaseError(DeskError):
    """The database cannot be opened or used; the message says why and what to do."""


class DatabaseTooNew(DatabaseError):
    def __init__(self, found: str, known: str) -> None:
        super().__init__(
            f"this database was written by a newer Feedback Desk (schema {found}, this program "
            f"knows up to {known}); install the newer version to open it"
        )
        self.found = found
        self.known = known


class DatabaseUnavailable(DatabaseError):
    """The server went away or the file cannot be reached."""


class NameTaken(ValidationError):
    """A saved view (or similar named thing) of that name exists; ``existing`` is it (a DTO),
    so the caller can offer to replace it."""

    def __init__(self, what: str, name: str, existing: object) -> None:
        super().__init__("name", f"there already is a {what} named {name!r}")
        self.what = what
        self.name = name
        self.existing = existing


class AuthenticationFailed(DeskError):
    """A log-in that did not succeed. The message never says whether the name or the password
    was wrong (that would tell an attacker which accounts exist)."""

    def __init__(self, message: str = "wrong user name or password") -> None:
        super().__init__(message)


class AccountLocked(AuthenticationFailed):
    """Too many wrong passwords in a row: the account waits until ``until`` (UTC)."""

    def __init__(self, until: datetime) -> None:
        super().__init__(
            f"too many wrong passwords: this account is locked until {until:%H:%M} UTC"
        )
        self.until = until


class AccountDisabled(AuthenticationFailed):
    def __init__(self) -> None:
        super().__init__("this account is disabled; ask an administrator")
