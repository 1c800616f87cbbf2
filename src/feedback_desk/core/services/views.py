"""Saved views: filters + sort + column layout under a name, private, shared or built in.

Reading and writing a view's JSON, and the built-in views, live in ``core.saved_views``; this
service stores views, checks who may change them, and audits every change.
"""

from __future__ import annotations

import dataclasses
import json
import typing
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..db import audit_chain
from ..db.models import SavedView, User
from ..dto import SORT_COLUMNS, EntryQuery, SavedViewDTO, ViewColumn
from ..errors import ConflictError, NameTaken, NotFound, PermissionDenied, ValidationError
from ..permissions import Action, requires
from ..saved_views import (
    BUILTIN_VIEWS,
    DEFAULT_SORT,
    TEXT_LIMIT,
    ColumnSpec,
    clean_columns,
    clean_name,
    clean_sort,
    decode_columns,
    decode_query,
    encode_columns,
    encode_query,
    loads,
)
from .base import ServiceBase


@dataclass(frozen=True, slots=True)
class _State:
    query: dict[str, Any]
    sort: str
    descending: bool
    columns: tuple[ViewColumn, ...]


class ViewService(ServiceBase):
    """Saved views: the caller's own, the shared ones and the built-in ones.

    Anybody may save views and share them; the owner may change a view, and a supervisor (or
    admin) may also change shared views of others. Built-in views cannot be changed or deleted.
    Every change is audited; a change to a view that moved on meanwhile is a ``ConflictError``.
    """

    # reading -------------------------------------------------------------------------------
    @requires(Action.VIEW_USE)
    def list(self) -> tuple[SavedViewDTO, ...]:
        """Built-in views first (in their fixed order), then the caller's, then shared ones."""
        me = self._actor.user_id

        def run(session: Session) -> tuple[SavedViewDTO, ...]:
            rows = session.scalars(
                select(SavedView).where(
                    or_(SavedView.builtin.is_not(None), SavedView.shared, SavedView.owner_id == me)
                )
            ).all()
            names = self._usernames(session)
            rows = sorted(rows, key=lambda r: (
                0 if r.builtin else 1 if r.owner_id == me else 2,
                r.position, r.name.casefold(), names.get(r.owner_id or 0, ""), r.id,
            ))
            return tuple(self._dto(r, names) for r in rows)

        return self._db.read(run)

    @requires(Action.VIEW_USE)
    def get(self, view_id: int) -> SavedViewDTO:
        return self._db.read(lambda s: self._dto(self._visible(s, view_id), self._usernames(s)))

    # writing -------------------------------------------------------------------------------
    @requires(Action.VIEW_USE)
    def save(
        self,
        name: str,
        query: EntryQuery,
        sort: str = DEFAULT_SORT,
        descending: bool = True,
        columns: Sequence[ColumnSpec] = (),
        *,
        shared: bool = False,
        replace_version: int | None = None,
    ) -> SavedViewDTO:
        """Save a new view; when one of that name exists, raise ``NameTaken`` (with it) unless
        ``replace_version`` is its version: then it is replaced (``ConflictError`` when it
        moved on since). Replacing somebody else's shared view keeps it shared and theirs."""
        clean = clean_name(name)
        state = self._state(query, sort, descending, columns)
        shared = bool(shared)
        if shared:  # a view in everybody's list is for supervisors to publish
            self._require(Action.VIEW_SHARE)

        self._check_builtin_name(clean)

        def run(session: Session) -> SavedViewDTO:
            target = self._clash(session, clean, shared)
            names = self._usernames(session)
            if target is None:
                row = SavedView(
                    name=clean, builtin=None, owner_id=self._actor.user_id, shared=shared,
                    created_at=self._clock(),
                )
                self._apply(row, state)
                session.add(row)
                session.flush()
                audit_chain.append(
                    session, self._actor.username, "view.create", "saved_view", row.id,
                    {"name": clean, "shared": shared, **self._audit_state(state)},
                )
                return self._dto(row, names)
            if replace_version is None:
                raise NameTaken("view", clean, self._dto(target, names))
            self._check_edit(session, target, replace_version, "replace")
            old = self._row_state(target)
            before = {"name": target.name, "shared": target.shared}
            target.name = clean
            if target.owner_id == self._actor.user_id:
                target.shared = shared
            self._apply(target, state)
            self._write(session, target, "view.replace", old, state, before)
            return self._dto(target, names)

        return self._guard(clean, lambda: self._db.write(run))

    @requires(Action.VIEW_USE)
    def update(
        self,
        view_id: int,
        expected_version: int,
        query: EntryQuery,
        sort: str = DEFAULT_SORT,
        descending: bool = True,
        columns: Sequence[ColumnSpec] = (),
    ) -> SavedViewDTO:
        """Put the current filters, sort and layout into an existing view (name kept)."""
        state = self._state(query, sort, descending, columns)

        def run(session: Session) -> SavedViewDTO:
            row = self._for_update(session, view_id, expected_version, "change")
            old = self._row_state(row)
            self._apply(row, state)
            self._write(session, row, "view.update", old, state, {})
            return self._dto(row, self._usernames(session))

        return self._db.write(run)

    @requires(Action.VIEW_USE)
    def rename(
        self, view_id: int, expected_version: int, name: str, *, shared: bool | None = None
    ) -> SavedViewDTO:
        """Give a view another name (and, for the owner, share or unshare it)."""
        clean = clean_name(name)
        self._check_builtin_name(clean)
        if shared:
            self._require(Action.VIEW_SHARE)

        def run(session: Session) -> SavedViewDTO:
            row = self._for_update(session, view_id, expected_version, "rename")
            share = row.shared
            if shared is not None and row.owner_id == self._actor.user_id:
                share = bool(shared)
            clash = self._clash(session, clean, share, exclude=row.id, owner_id=row.owner_id)
            names = self._usernames(session)
            if clash is not None:
                raise NameTaken("view", clean, self._dto(clash, names))
            data = {"from": {"name": row.name, "shared": row.shared},
                    "to": {"name": clean, "shared": share}}
            row.name, row.shared = clean, share
            self._touch_view(row)
            session.flush()
            audit_chain.append(session, self._actor.username, "view.rename", "saved_view",
                               row.id, data)
            return self._dto(row, names)

        return self._guard(clean, lambda: self._db.write(run))

    @requires(Action.VIEW_USE)
    def delete(self, view_id: int, expected_version: int) -> None:
        def run(session: Session) -> None:
            row = self._for_update(session, view_id, expected_version, "delete")
            data = {"name": row.name, "shared": row.shared, "owner_id": row.owner_id,
                    **self._audit_state(self._row_state(row))}
            session.delete(row)
            session.flush()
            audit_chain.append(session, self._actor.username, "view.delete", "saved_view",
                               view_id, data)

        self._db.write(run)

    # helpers -------------------------------------------------------------------------------
    def _state(
        self, query: EntryQuery, sort: str, descending: bool, columns: Sequence[ColumnSpec]
    ) -> _State:
        encoded = encode_query(query)
        if len(query.text) > TEXT_LIMIT:
            raise ValidationError(
                "text", f"is {len(query.text):,} characters long; the limit is {TEXT_LIMIT:,}"
            )
        self._check_query(query)
        if not isinstance(descending, bool):
            raise ValidationError("descending", "must be true or false")
        return _State(encoded, clean_sort(sort), descending, clean_columns(columns))

    @staticmethod
    def _apply(row: SavedView, state: _State) -> None:
        row.query = json.dumps(state.query, ensure_ascii=False, sort_keys=True)
        row.sort, row.descending = state.sort, state.descending
        row.columns = encode_columns(state.columns)

    @staticmethod
    def _row_state(row: SavedView) -> _State:
        try:
            query = json.loads(row.query)
        except ValueError:
            query = row.query
        columns, _ = decode_columns(loads(row.columns))
        return _State(query, row.sort, row.descending, columns)

    @staticmethod
    def _audit_state(state: _State) -> dict[str, Any]:
        return {"query": state.query, "sort": state.sort, "descending": state.descending,
                "columns": [dataclasses.asdict(c) for c in state.columns]}

    def _write(self, session: Session, row: SavedView, action: str, old: _State, new: _State,
               before: dict[str, Any]) -> None:
        self._touch_view(row)
        session.flush()
        was, now = self._audit_state(old), self._audit_state(new)
        was.update(before)
        now.update({k: getattr(row, k) for k in before})
        changed = {k for k in now if was.get(k) != now[k]}
        audit_chain.append(session, self._actor.username, action, "saved_view", row.id, {
            "name": row.name,
            "from": {k: was[k] for k in sorted(changed)},
            "to": {k: now[k] for k in sorted(changed)},
        })

    def _touch_view(self, row: SavedView) -> None:
        row.updated_at = self._clock()
        row.updated_by_id = self._actor.user_id

    def _guard(self, name: str, write: typing.Callable[[], SavedViewDTO]) -> SavedViewDTO:
        try:
            return write()
        except IntegrityError as exc:  # another desk took the name between our check and write
            raise ValidationError(
                "name", f"a view named {name!r} was saved at the same moment on another desk; "
                "save again to replace it"
            ) from exc

    def _check_builtin_name(self, name: str) -> None:
        folded = name.casefold()
        for view in BUILTIN_VIEWS:
            if folded in (view.label_en.casefold(), view.label_id.casefold()):
                raise ValidationError("name", f"{name!r} is the name of a built-in view")

    def _clash(self, session: Session, name: str, shared: bool, *, exclude: int | None = None,
               owner_id: int | None = None) -> SavedView | None:
        """The view a view named ``name`` would collide with: a shared one of that name when
        the new one is shared, else one of the owner's own."""
        owner = self._actor.user_id if owner_id is None else owner_id
        folded = name.casefold()
        rows = [
            r for r in session.scalars(
                select(SavedView).where(or_(SavedView.shared, SavedView.owner_id == owner))
                .with_for_update()
            )
            if r.name.casefold() == folded and r.id != exclude and not r.builtin
        ]
        rows.sort(key=lambda r: (not (shared and r.shared), r.owner_id != owner, r.id))
        for row in rows:
            if row.owner_id == owner or (shared and row.shared):
                return row
        return None

    def _visible(self, session: Session, view_id: int, *, lock: bool = False) -> SavedView:
        row = session.get(SavedView, view_id, with_for_update=lock or None)
        if row is None or not (row.builtin or row.shared or row.owner_id == self._actor.user_id):
            raise NotFound("view", view_id)
        return row

    def _may_edit(self, row: SavedView) -> bool:
        if row.builtin:
            return False
        if row.owner_id == self._actor.user_id:
            return True
        return row.shared and self._actor.can(Action.VIEW_SHARE)

    def _check_edit(self, session: Session, row: SavedView, expected: int, verb: str) -> None:
        if row.builtin:
            raise PermissionDenied(self._actor.username, f"{verb} a built-in view")
        if not self._may_edit(row):
            raise PermissionDenied(self._actor.username, f"{verb} a view of another user")
        if row.version != expected:
            who = session.scalar(select(User.username).where(User.id == row.updated_by_id))
            raise ConflictError("view", row.id, expected, row.version, who, row.updated_at)

    def _for_update(self, session: Session, view_id: int, expected: int, verb: str) -> SavedView:
        row = self._visible(session, view_id, lock=True)
        self._check_edit(session, row, expected, verb)
        return row

    @staticmethod
    def _usernames(session: Session) -> dict[int, str]:
        return {i: n for i, n in session.execute(select(User.id, User.username))}

    def _dto(self, row: SavedView, names: dict[int, str]) -> SavedViewDTO:
        query, problems = decode_query(loads(row.query))
        columns, column_problems = decode_columns(loads(row.columns))
        sort = row.sort
        if sort not in SORT_COLUMNS:
            column_problems += (f"the list can no longer be sorted by {sort!r}; "
                                f"it is sorted by {DEFAULT_SORT!r}",)
            sort = DEFAULT_SORT
        return SavedViewDTO(
            id=row.id, name=row.name, builtin=row.builtin,
            owner=names.get(row.owner_id) if row.owner_id is not None else None,
            shared=row.shared, query=query, sort=sort, descending=row.descending,
            columns=columns, mine=row.owner_id == self._actor.user_id,
            editable=self._may_edit(row),
            updated_by=names.get(row.updated_by_id or 0, ""), updated_at=row.updated_at,
            version=row.version, problems=problems + column_problems,
        )
