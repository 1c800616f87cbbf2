"""The change notice: after each write one signal; views refresh themselves from it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True, slots=True)
class Change:
    entity: str  # "entry", "event", "session", "group", "settings"
    action: str  # "record", "edit", "retract", "group", "create", …
    ids: tuple[int, ...] = ()


class DeskEvents(QObject):
    sig_data_changed = Signal(object, object)
    """(tuple[Change, ...], initiator): data changed; ``initiator`` is the object that asked for
    the change (a view can skip refreshing what it already shows) or None."""

    sig_connection_changed = Signal(bool, str)
    """(online, message): the database answered, or stopped answering and why."""

    sig_language_changed = Signal(str)
    """The interface language changed ("en" or "id"); taxonomy labels follow it."""

    def notify(self, changes: tuple[Change, ...] | Change, initiator: object = None) -> None:
        if isinstance(changes, Change):
            changes = (changes,)
        self.sig_data_changed.emit(changes, initiator)
