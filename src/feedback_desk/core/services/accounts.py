"""Accounts: who may log in and with which roles. Administrators manage them; everyone may
change their own password. Every change is audited (never the password or its hash)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..accounts import (
    authenticate,
    check_distinct,
    check_password_policy,
    check_username,
    hash_password,
)
from ..db import audit_chain
from ..db.models import User
from ..dto import UserView
from ..errors import AuthenticationFailed, NotFound, ValidationError
from ..permissions import Action, check_roles, requires
from .base import ServiceBase
from .catalog import user_view


class AccountService(ServiceBase):
    @requires(Action.USER_LIST)
    def users(self) -> tuple[UserView, ...]:
        return self._db.read(
            lambda s: tuple(user_view(u) for u in s.scalars(select(User).order_by(User.username)))
        )

    @requires(Action.USER_MANAGE)
    def create_user(
        self, username: str, password: str, roles: frozenset[str], display_name: str = "",
    ) -> UserView:
        name = check_username(username)
        given = check_roles(roles) or frozenset({"recorder"})
        check_password_policy(password, name)
        shown = (display_name or name).strip()[:200]
        digest = hash_password(password)

        def run(session: Session) -> UserView:
            if _find(session, name) is not None:
                raise ValidationError("user", f"an account named {name!r} exists already")
            check_distinct(session, name)
            row = User(username=name, display_name=shown, roles=" ".join(sorted(given)),
                       password_hash=digest, password_changed_at=self._clock(), active=True)
            session.add(row)
            session.flush()
            self._audit(session, "user.create", row, {"roles": row.roles, "display_name": shown})
            return user_view(row)

        return self._db.write(run)

    @requires(Action.USER_MANAGE)
    def set_roles(self, username: str, roles: frozenset[str]) -> UserView:
        given = check_roles(roles)

        def run(session: Session) -> UserView:
            row = self._user(session, username)
            if "admin" in row.roles.split() and "admin" not in given:
                self._keep_an_admin(session, row)
            old = row.roles
            row.roles = " ".join(sorted(given))
            self._audit(session, "user.roles", row, {"from": old, "to": row.roles})
            return user_view(row)

        return self._db.write(run)

    @requires(Action.USER_MANAGE)
    def set_active(self, username: str, active: bool) -> UserView:
        def run(session: Session) -> UserView:
            row = self._user(session, username)
            if not active and row.active and "admin" in row.roles.split():
                self._keep_an_admin(session, row)
            row.active = bool(active)
            row.failed_logins = 0
            row.locked_until = None
            self._audit(session, "user.enable" if active else "user.disable", row, {})
            return user_view(row)

        return self._db.write(run)

    @requires(Action.USER_MANAGE)
    def reset_password(self, username: str, new_password: str) -> None:
        """An administrator sets a new password (for someone who forgot theirs; also unlocks)."""
        self._set_password(username, new_password, "user.password_reset")

    @requires(Action.OWN_PASSWORD)
    def change_password(self, old_password: str, new_password: str) -> None:
        """Change one's own password; the old one must be given."""
        try:
            authenticate(self._db, self._actor.username, old_password, clock=self._clock)
        except AuthenticationFailed as exc:
            raise ValidationError("old password", "is not right") from exc
        if old_password == new_password:
            raise ValidationError("password", "the new password is the old one")
        self._set_password(self._actor.username, new_password, "user.password_change")

    def _set_password(self, username: str, password: str, action: str) -> None:
        check_password_policy(password, username)
        digest = hash_password(password)

        def run(session: Session) -> None:
            row = self._user(session, username)
            row.password_hash = digest
            row.password_changed_at = self._clock()
            row.failed_logins = 0
            row.locked_until = None
            self._audit(session, action, row, {})

        self._db.write(run)

    def _user(self, session: Session, username: str) -> User:
        row = _find(session, username.strip())
        if row is None:
            raise NotFound("user", username)
        return row

    def _keep_an_admin(self, session: Session, leaving: User) -> None:
        # lock every active admin row first: two admins demoting each other at the same moment
        # wait for one another, and the second sees the first one's change
        session.execute(select(User.id).where(
            User.active.is_(True), User.roles.contains("admin")).with_for_update())
        session.refresh(leaving)
        others = session.scalar(
            select(func.count()).select_from(User).where(
                User.id != leaving.id, User.active.is_(True), User.roles.contains("admin"),
                User.password_hash.is_not(None),
            )
        )
        if not others:
            raise ValidationError(
                "roles", "this is the last active administrator; make another one first"
            )

    def _audit(self, session: Session, action: str, row: User, data: dict[str, object]) -> None:
        session.flush()
        audit_chain.append(session, self._actor.username, action, "user", row.id,
                           {"username": row.username, **data}, at=self._clock())


def _find(session: Session, username: str) -> User | None:
    return session.scalars(select(User).where(User.username == username)).one_or_none()
