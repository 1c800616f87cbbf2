"""One typed registry of every preference and piece of window state (QSettings).

Keys are declared once here; nothing else in the GUI names a QSettings key.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True, slots=True)
class Setting[T]:
    key: str
    default: T
    kind: type

    def read(self, store: QSettings) -> T:
        value = store.value(self.key, self.default)
        if value is None:
            return self.default
        try:
            if self.kind is bool:
                if isinstance(value, str):
                    return cast(T, value.lower() in ("1", "true", "yes"))
                return cast(T, bool(value))
            if self.kind is int:
                return cast(T, int(value))  # type: ignore[call-overload]
            if self.kind is str:
                return cast(T, str(value))
            if self.kind is QByteArray:
                return cast(T, value if isinstance(value, QByteArray) else QByteArray(value))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return self.default
        return cast(T, value)


LANGUAGE: Setting[str] = Setting("ui/language", "", str)  # "" follows the system locale
WINDOW_GEOMETRY: Setting[QByteArray] = Setting("window/geometry", QByteArray(), QByteArray)
WINDOW_STATE: Setting[QByteArray] = Setting("window/state", QByteArray(), QByteArray)
CAPTURE_SPLITTER: Setting[QByteArray] = Setting("capture/splitter", QByteArray(), QByteArray)
CAPTURE_SIDE_SPLITTER: Setting[QByteArray] = Setting("capture/side_splitter", QByteArray(), QByteArray)
FEED_HEADER: Setting[QByteArray] = Setting("capture/feed_header", QByteArray(), QByteArray)
LAST_EVENT: Setting[int] = Setting("capture/event", 0, int)
LAST_SESSION: Setting[int] = Setting("capture/session", 0, int)
SAME_SPEAKER: Setting[bool] = Setting("capture/same_speaker", False, bool)
DRAFT_DELAY_MS: Setting[int] = Setting("capture/draft_delay_ms", 2000, int)
MAIN_PAGE: Setting[int] = Setting("window/page", 0, int)  # 0 capture, 1 triage, 2 trends
TRIAGE_SPLITTER: Setting[QByteArray] = Setting("triage/splitter", QByteArray(), QByteArray)
TRIAGE_HEADER: Setting[QByteArray] = Setting("triage/header", QByteArray(), QByteArray)
DASHBOARD_TAB: Setting[int] = Setting("trends/tab", 0, int)
DASHBOARD_BREAKDOWN: Setting[str] = Setting("trends/breakdown", "area", str)
DASHBOARD_BUCKET: Setting[str] = Setting("trends/bucket", "auto", str)
DASHBOARD_STACKED: Setting[bool] = Setting("trends/stacked", True, bool)
LAST_PROFILE: Setting[str] = Setting("login/profile", "", str)  # "" the file on this computer
LAST_USER: Setting[str] = Setting("login/user", "", str)

ALL: tuple[Setting[Any], ...] = (
    LANGUAGE, WINDOW_GEOMETRY, WINDOW_STATE, CAPTURE_SPLITTER, CAPTURE_SIDE_SPLITTER,
    FEED_HEADER, LAST_EVENT, LAST_SESSION, SAME_SPEAKER, DRAFT_DELAY_MS, MAIN_PAGE,
    TRIAGE_SPLITTER, TRIAGE_HEADER, DASHBOARD_TAB, DASHBOARD_BREAKDOWN, DASHBOARD_BUCKET,
    DASHBOARD_STACKED, LAST_PROFILE, LAST_USER,
)


class Settings:
    """Typed access to the application's QSettings (an INI file when ``path`` is given)."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self._store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                    "feedback-desk", "feedback-desk")
        else:
            self._store = QSettings(str(path), QSettings.Format.IniFormat)

    def get[T](self, setting: Setting[T]) -> T:
        return setting.read(self._store)

    def set[T](self, setting: Setting[T], value: T) -> None:
        self._store.setValue(setting.key, value)

    def sync(self) -> None:
        self._store.sync()

    @property
    def file_name(self) -> str:
        return self._store.fileName()
