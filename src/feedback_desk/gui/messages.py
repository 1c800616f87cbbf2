"""What went wrong, in words a recorder can act on (translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.errors import (
    ConflictError,
    DatabaseTooNew,
    DatabaseUnavailable,
    DeskError,
    NotFound,
    PermissionDenied,
    ValidationError,
)


def describe(exc: BaseException) -> str:
    """One sentence for an exception from a service call."""
    text = str(exc)
    low = text.lower()
    if isinstance(exc, DatabaseUnavailable):
        return QCoreApplication.translate("Messages", "The database cannot be reached: {detail}").format(detail=text)
    if isinstance(exc, DatabaseTooNew):
        return QCoreApplication.translate("Messages", "This database was made by a newer Feedback Desk: {detail}").format(detail=text)
    if isinstance(exc, ConflictError):  # in words of the chosen language, from its fields
        who = exc.changed_by or QCoreApplication.translate("Messages", "another user")
        if exc.changed_at is None:
            return QCoreApplication.translate(
                "Messages", "{who} changed this entry meanwhile; your change was not saved.").format(who=who)
        when = exc.changed_at.astimezone().strftime("%d/%m %H:%M")
        return QCoreApplication.translate(
            "Messages", "{who} changed this entry at {when} meanwhile; your change was not saved.",
        ).format(who=who, when=when)
    if isinstance(exc, PermissionDenied):
        return QCoreApplication.translate("Messages", "Not allowed: {detail}").format(detail=text)
    if isinstance(exc, NotFound) and exc.what == "entry":
        return QCoreApplication.translate(
            "Messages", "Entry #{id} is no longer there (it was taken back).").format(id=exc.key)
    if isinstance(exc, NotFound):
        return QCoreApplication.translate("Messages", "Not found: {detail}").format(detail=text)
    if isinstance(exc, ValidationError):
        return QCoreApplication.translate("Messages", "Please check the input: {detail}").format(detail=text)
    if "readonly" in low or "read-only" in low or "permission denied" in low:
        return QCoreApplication.translate("Messages", "The database file is read-only, so nothing can be saved to it.")
    if "disk is full" in low or "no space" in low or "disk full" in low:
        return QCoreApplication.translate("Messages", "The disk is full, so nothing can be saved.")
    if "locked" in low or "busy" in low:
        return QCoreApplication.translate("Messages", "The database stayed busy (locked by another program) for too long.")
    if "disk i/o" in low or isinstance(exc, OSError):
        return QCoreApplication.translate("Messages", "The disk reported an error: {detail}").format(detail=text)
    if isinstance(exc, DeskError):
        return text
    return QCoreApplication.translate("Messages", "Unexpected error: {detail}").format(detail=text)
