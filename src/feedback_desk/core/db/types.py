"""Column types shared by the models: UTC timestamps that sort and parse fast on both backends."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine

#: The text form of a timestamp in SQLite: fixed width, so text order is time order, and the
#: same layout SQLAlchemy uses, so SQLite's strftime() reads it.
SQLITE_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


def to_sqlite_text(value: datetime) -> str:
    """A timezone-aware datetime as the UTC text stored in SQLite."""
    if value.tzinfo is None:
        raise ValueError("naive datetime: timestamps must carry a timezone")
    return value.astimezone(UTC).strftime(SQLITE_FORMAT)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out.

    SQLite keeps fixed-width UTC text (parsed with the C-level ``fromisoformat``, several
    times faster than the generic DATETIME processor); PostgreSQL keeps ``timestamptz``.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(String(26))
        return dialect.type_descriptor(DateTime(timezone=True))

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if dialect.name == "sqlite":
            return to_sqlite_text(value)
        if value.tzinfo is None:
            raise ValueError("naive datetime: timestamps must carry a timezone")
        return value

    def result_processor(self, dialect: Dialect, coltype: object) -> Any:
        if dialect.name == "sqlite":  # the hot path of every list: one C call per value
            return _from_sqlite_text
        return super().result_processor(dialect, coltype)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):
            return datetime.fromisoformat(value + "+00:00")  # 5× faster than .replace(tzinfo)
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def _from_sqlite_text(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value + "+00:00")


def utcnow() -> datetime:
    return datetime.now(UTC)
