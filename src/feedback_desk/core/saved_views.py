"""Saved views without storage: the built-in views, and reading/writing a view's JSON.

The query is stored as JSON written generically over ``dataclasses.fields(EntryQuery)``
(tuples → lists, datetimes → ISO text with their offset), and read back by the field types, so
filters added later keep working; a stored key this version no longer knows, or a value it
cannot read, is left out and reported in ``SavedViewDTO.problems`` instead of failing.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from . import lifecycle
from .dto import ME, SORT_COLUMNS, EntryQuery, ViewColumn
from .errors import ValidationError

NAME_LIMIT = 100
TEXT_LIMIT = 2000  # the full-text search words of a saved query
COLUMN_LIMIT = 100
COLUMN_KEY_LIMIT = 64
WIDTH_LIMIT = 10_000
DEFAULT_SORT = "recorded_at"

ColumnSpec = ViewColumn | Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class BuiltinView:
    """A view every database has (created by migration 0003); shown by its translated label."""

    key: str
    label_en: str
    label_id: str
    query: EntryQuery
    sort: str = DEFAULT_SORT
    descending: bool = True

    def label(self, lang: str) -> str:
        return self.label_id if lang.lower().startswith("id") else self.label_en


_OPEN = tuple(sorted({s for states in lifecycle.OPEN_STATUSES.values() for s in states}))
_FIRST = tuple(sorted({lifecycle.initial_status(k) for k, st in lifecycle.OPEN_STATUSES.items() if st}))

BUILTIN_VIEWS: tuple[BuiltinView, ...] = (
    BuiltinView("overdue", "Overdue", "Lewat tenggat", EntryQuery(overdue=True), "due_date", False),
    BuiltinView("due_soon", "Due soon", "Segera jatuh tempo", EntryQuery(due_soon=True),
                "due_date", False),
    BuiltinView("my_open", "My open cases", "Kasus terbuka saya",
                EntryQuery(assignees=(ME,), statuses=_OPEN), "due_date", False),
    BuiltinView("overseas_complaints", "Overseas complaints", "Keluhan luar negeri",
                EntryQuery(areas=("overseas",), kinds=("complaint",))),
    BuiltinView("unassigned_new", "Unassigned new", "Baru, belum ditugaskan",
                EntryQuery(assignees=("",), statuses=_FIRST)),
)
BUILTINS: dict[str, BuiltinView] = {b.key: b for b in BUILTIN_VIEWS}


def builtin_label(key: str, lang: str) -> str | None:
    """The name of built-in view ``key`` in ``lang`` ("en" / "id"); None for an unknown key."""
    view = BUILTINS.get(key)
    return view.label(lang) if view else None


# ---- the query as JSON -----------------------------------------------------------------------
def _encode(name: str, value: object) -> Any:
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        if "\x00" in value:
            raise ValidationError(name, "must not contain NUL characters")
        return value
    if isinstance(value, tuple | list | frozenset | set):
        return [_encode(name, v) for v in value]
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValidationError(name, "a time without a time zone cannot be saved")
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    raise ValidationError(name, f"a {type(value).__name__} cannot be saved in a view")


def encode_query(query: EntryQuery) -> dict[str, Any]:
    """Every field of ``query`` as JSON-ready values (whatever fields EntryQuery has)."""
    if not isinstance(query, EntryQuery):
        raise ValidationError("query", "must be an EntryQuery")
    return {f.name: _encode(f.name, getattr(query, f.name)) for f in dataclasses.fields(query)}


@cache
def _query_hints() -> dict[str, Any]:
    return typing.get_type_hints(EntryQuery)


def _decode(hint: Any, value: Any) -> Any:
    """``value`` (from JSON) as a value of type ``hint``; ValueError when it is not one."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(hint)
        if value is None and type(None) in args:
            return None
        for arg in args:
            if arg is not type(None):
                try:
                    return _decode(arg, value)
                except ValueError:
                    continue
        raise ValueError(f"unexpected {type(value).__name__}")
    if origin is tuple:
        if not isinstance(value, list):
            raise ValueError("a list was expected")
        return tuple(_decode(typing.get_args(hint)[0], v) for v in value)
    supertype = getattr(hint, "__supertype__", None)  # NewType ids
    if supertype is not None:
        return _decode(supertype, value)
    if hint is bool and isinstance(value, bool):
        return value
    if hint is int and isinstance(value, int) and not isinstance(value, bool):
        return value
    if hint is float and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if hint is str and isinstance(value, str):
        return value
    if hint is datetime and isinstance(value, str):
        moment = datetime.fromisoformat(value)  # ValueError when it is not a time
        if moment.tzinfo is None:
            raise ValueError("a time without a time zone")
        return moment
    if hint is date and isinstance(value, str):
        return date.fromisoformat(value)
    raise ValueError(f"unexpected {type(value).__name__}")


def decode_query(data: object) -> tuple[EntryQuery, tuple[str, ...]]:
    """The query stored as ``data`` (parsed JSON) and what of it could not be used."""
    if not isinstance(data, dict):
        return EntryQuery(), ("the saved filters could not be read; the view shows everything",)
    hints = _query_hints()
    names = {f.name for f in dataclasses.fields(EntryQuery)}
    values: dict[str, Any] = {}
    problems: list[str] = []
    for key, raw in data.items():
        if key not in names:
            problems.append(f"the filter {key!r} no longer exists; it was ignored")
            continue
        try:
            values[key] = _decode(hints[key], raw)
        except ValueError as exc:
            problems.append(f"the filter {key!r} could not be read ({exc}); it was ignored")
    return EntryQuery(**values), tuple(problems)


def clean_columns(columns: Sequence[ColumnSpec]) -> tuple[ViewColumn, ...]:
    if isinstance(columns, str | bytes) or not isinstance(columns, Sequence):
        raise ValidationError("columns", "must be a list of columns")
    if len(columns) > COLUMN_LIMIT:
        raise ValidationError("columns", f"at most {COLUMN_LIMIT} columns can be saved")
    out: list[ViewColumn] = []
    for spec in columns:
        if isinstance(spec, Mapping):
            try:
                spec = ViewColumn(spec["key"], spec.get("width", 0), spec.get("visible", True))
            except KeyError as exc:
                raise ValidationError("columns", "every column needs a key") from exc
        if not isinstance(spec, ViewColumn):
            raise ValidationError("columns", "every column needs a key, a width and visibility")
        if not isinstance(spec.key, str) or not 0 < len(spec.key) <= COLUMN_KEY_LIMIT:
            raise ValidationError("columns", f"a column key of 1 to {COLUMN_KEY_LIMIT} "
                                  "characters is required")
        if "\x00" in spec.key:
            raise ValidationError("columns", "a column key must not contain NUL characters")
        if (not isinstance(spec.width, int) or isinstance(spec.width, bool)
                or not 0 <= spec.width <= WIDTH_LIMIT):
            raise ValidationError("columns", f"column {spec.key!r}: the width must be 0 to "
                                  f"{WIDTH_LIMIT:,} pixels")
        if not isinstance(spec.visible, bool):
            raise ValidationError("columns", f"column {spec.key!r}: visible must be true or false")
        if any(c.key == spec.key for c in out):
            raise ValidationError("columns", f"column {spec.key!r} is listed twice")
        out.append(spec)
    return tuple(out)


def encode_columns(columns: tuple[ViewColumn, ...]) -> str:
    return json.dumps([dataclasses.asdict(c) for c in columns], ensure_ascii=False)


def decode_columns(data: object) -> tuple[tuple[ViewColumn, ...], tuple[str, ...]]:
    if not isinstance(data, list):
        return (), ("the saved column layout could not be read; the default layout is used",)
    out: list[ViewColumn] = []
    problems: list[str] = []
    for item in data:
        try:
            out.extend(clean_columns([item]))
        except (ValidationError, TypeError, AttributeError):
            problems.append(f"a saved column could not be read ({str(item)[:60]}); it was ignored")
    return tuple(out), tuple(problems)


def clean_name(name: object) -> str:
    if not isinstance(name, str):
        raise ValidationError("name", "must be text")
    if "\x00" in name:
        raise ValidationError("name", "must not contain NUL characters")
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError("name", "must not be empty")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in cleaned):
        raise ValidationError("name", "must not contain control characters")
    if len(cleaned) > NAME_LIMIT:
        raise ValidationError(
            "name", f"is {len(cleaned):,} characters long; the limit is {NAME_LIMIT}"
        )
    return cleaned


def clean_sort(sort: object) -> str:
    if sort not in SORT_COLUMNS:
        raise ValidationError("sort", f"unknown column {sort!r}")
    return str(sort)


def loads(text: str | None) -> object:
    try:
        return json.loads(text or "")
    except ValueError:
        return None


def builtin_rows() -> list[dict[str, Any]]:
    """The built-in views as rows of ``saved_view`` (for the migration that creates them)."""
    return [
        {
            "name": v.label_en, "builtin": v.key, "owner_id": None, "shared": True,
            "query": json.dumps(encode_query(v.query), ensure_ascii=False, sort_keys=True),
            "sort": v.sort, "descending": v.descending, "columns": "[]", "position": i,
            "version": 1,
        }
        for i, v in enumerate(BUILTIN_VIEWS)
    ]
