"""Log-in: argon2id password hashes, lock-out after repeated failures, the first administrator.

Parameters follow OWASP's Password Storage Cheat Sheet minimum for argon2id (19 MiB of memory,
2 iterations, 1 lane); a stored hash made with weaker parameters is re-hashed at the next log-in.
The hash is checked outside any transaction (it takes tens of milliseconds on purpose); only the
outcome is written. Every log-in, failed log-in and lock-out is audited.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable
from datetime import datetime, timedelta

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .db import audit_chain
from .db.engine import Database
from .db.models import User
from .db.types import utcnow
from .dto import Actor
from .errors import AccountDisabled, AccountLocked, AuthenticationFailed, ValidationError
from .ids import UserId

# OWASP minimum for argon2id: m=19 MiB, t=2, p=1 (RFC 9106 salt and tag lengths)
MEMORY_KIB = 19 * 1024
TIME_COST = 2
PARALLELISM = 1
HASHER = PasswordHasher(
    time_cost=TIME_COST, memory_cost=MEMORY_KIB, parallelism=PARALLELISM, hash_len=32,
    salt_len=16, type=Type.ID,
)
MIN_PASSWORD = 10
MAX_PASSWORD = 1024  # argon2 takes any length; a megabyte "password" is an attack, not a secret
MAX_FAILURES = 5  # wrong passwords in a row before the account waits
LOCK_TIME = timedelta(minutes=5)
_DUMMY_HASH = HASHER.hash("not a password of anybody")  # equal work for unknown names
_COMMON = frozenset({
    "password", "password1", "password123", "1234567890", "12345678910", "qwertyuiop",
    "0123456789", "abcdefghij", "iloveyou12", "passw0rd12", "administrator", "admin12345",
    "feedbackdesk", "bpjstk12345", "indonesia1", "indonesia123", "rahasia123", "katasandi",
})

Clock = Callable[[], datetime]
UNKNOWN_ACTOR = "(unknown user)"


def hash_password(password: str) -> str:
    return HASHER.hash(password)


def check_password_policy(password: str, username: str) -> None:
    """At least 10 characters, not the user name, not one repeated character, not a common one."""
    if not isinstance(password, str) or len(password) < MIN_PASSWORD:
        raise ValidationError("password", f"must be at least {MIN_PASSWORD} characters long")
    if len(password) > MAX_PASSWORD:
        raise ValidationError("password", f"must be at most {MAX_PASSWORD} characters long")
    folded = password.casefold()
    if username.strip() and username.strip().casefold() in folded:
        raise ValidationError("password", "must not contain the user name")
    if len(set(password)) < 4 or folded in _COMMON:
        raise ValidationError("password", "is too easy to guess; choose a less common one")


def check_username(username: str) -> str:
    name = username.strip() if isinstance(username, str) else ""
    if not name or len(name) > 64 or any(ch.isspace() or not ch.isprintable() for ch in name):
        raise ValidationError("user", "a user name of 1 to 64 characters without spaces is required")
    return name


def name_key(name: str) -> str:
    """What two user names must not share: "Ani", "ANI" and a full-width "ａｎｉ" are one."""
    return unicodedata.normalize("NFKC", name).casefold()


def check_distinct(session: Session, name: str) -> None:
    """Refuse a new user name that only differs from an existing one by case or width (a
    look-alike account: the wrong assignee, a spoofed "recorded by")."""
    key = name_key(name)
    for existing in session.scalars(select(User.username)):
        if existing != name and name_key(existing) == key:
            raise ValidationError("user", f"{name!r} looks like the existing account {existing!r}")


def current_actor(db: Database, actor: Actor) -> Actor:
    """The actor as the database has it now (an administrator may have changed its roles or
    disabled it since it logged in): ``AccountDisabled`` when it may no longer work."""
    row = db.query(lambda conn: conn.execute(  # one SELECT: no transaction of its own
        select(User.roles, User.active).where(User.id == actor.user_id)).first())
    if row is None or not row.active:
        raise AccountDisabled()
    return Actor(actor.user_id, actor.username, frozenset(row.roles.split()))


def actor_of(row: User) -> Actor:
    return Actor(UserId(row.id), row.username, frozenset(row.roles.split()))


def _find(session: Session, username: str) -> User | None:
    return session.scalars(select(User).where(User.username == username)).one_or_none()


def needs_first_admin(db: Database) -> bool:
    """True on a database where nobody can log in yet: a fresh one, or one from before log-in
    existed. Its first run creates the administrator (``create_first_admin``)."""
    return db.read(_no_password)


def _no_password(session: Session) -> bool:
    count = session.scalar(
        select(func.count()).select_from(User)
        .where(User.password_hash.is_not(None), User.active.is_(True))
    )
    return not count


def create_first_admin(db: Database, username: str, password: str, *, clock: Clock = utcnow) -> Actor:
    """The first administrator of a database nobody can log in to yet (an existing account of
    that name, from before log-in existed, is claimed and made admin)."""
    name = check_username(username)
    check_password_policy(password, name)
    digest = hash_password(password)

    def run(session: Session) -> Actor:
        if not _no_password(session):
            raise ValidationError("user", "this database has an administrator already; log in")
        row = _find(session, name)
        now = clock()
        check_distinct(session, name)
        if row is None:
            row = User(username=name, display_name=name, roles="admin")
            session.add(row)
        roles = set(row.roles.split()) | {"admin"}
        row.roles = " ".join(sorted(roles))
        row.active = True
        row.password_hash = digest
        row.password_changed_at = now
        row.failed_logins = 0
        row.locked_until = None
        session.flush()
        audit_chain.append(session, name, "user.first_admin", "user", row.id,
                           {"roles": row.roles}, at=now)
        return actor_of(row)

    return db.write(run)


def authenticate(db: Database, username: str, password: str, *, clock: Clock = utcnow) -> Actor:
    """The actor for a correct user name and password; ``AuthenticationFailed`` otherwise.

    Each try is counted BEFORE the slow hash check, in a transaction that locks the account row:
    so guesses sent at once from many places are counted one by one, and at most
    ``MAX_FAILURES`` of them are ever checked before the account waits."""
    name = username.strip() if isinstance(username, str) else ""
    if not isinstance(password, str) or len(password) > MAX_PASSWORD or not name or len(name) > 64:
        raise AuthenticationFailed()
    now = clock()
    found = db.write(lambda s: _reserve_try(s, name, now))
    if isinstance(found, datetime):
        raise AccountLocked(found)
    if found is None:
        _verify(_DUMMY_HASH, password)  # the same time as for a real account
        _record_unknown(db, name, now)
        raise AuthenticationFailed()
    user_id, digest = found
    if not _verify(digest, password):
        db.write(lambda s: _record_failure(s, name, user_id, now))
        raise AuthenticationFailed()
    rehash = hash_password(password) if HASHER.check_needs_rehash(digest) else None

    def succeed(session: Session) -> Actor:
        user = session.get(User, user_id, with_for_update=True)
        if user is None or not user.active:
            raise AccountDisabled()
        if user.locked_until is not None and user.locked_until > now:
            raise AccountLocked(user.locked_until)  # other guesses locked it meanwhile
        user.failed_logins = 0
        if rehash is not None:
            user.password_hash = rehash
        audit_chain.append(session, name, "user.login", "user", user.id,
                           {"rehashed": rehash is not None}, at=now)
        return actor_of(user)

    return db.write(succeed)


def _reserve_try(
    session: Session, name: str, now: datetime
) -> tuple[int, str] | datetime | None:
    """Count this try against the account (row locked); refuse at once when it waits."""
    user = session.scalars(
        select(User).where(User.username == name).with_for_update()).one_or_none()
    if user is None or user.password_hash is None:
        return None
    if user.locked_until is not None and user.locked_until > now:
        raise AccountLocked(user.locked_until)
    if (user.failed_logins or 0) >= MAX_FAILURES:  # tries still being checked fill the quota
        user.locked_until = now + LOCK_TIME
        user.failed_logins = 0
        audit_chain.append(session, name, "user.locked", "user", user.id,
                           {"locked_until": user.locked_until.isoformat()}, at=now)
        return user.locked_until  # committed, then refused
    user.failed_logins = (user.failed_logins or 0) + 1
    return user.id, user.password_hash


def _verify(digest: str, password: str) -> bool:
    try:
        return HASHER.verify(digest, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _record_failure(session: Session, name: str, user_id: int, now: datetime) -> None:
    """A wrong password: the try was counted already; lock when the quota is used up."""
    user = session.get(User, user_id, with_for_update=True)
    data: dict[str, object] = {}
    if user is not None:
        data["failures"] = user.failed_logins
        if (user.failed_logins or 0) >= MAX_FAILURES and (
                user.locked_until is None or user.locked_until <= now):
            user.failed_logins = 0
            user.locked_until = now + LOCK_TIME
            data["locked_until"] = user.locked_until.isoformat()
    audit_chain.append(session, name, "user.login_failed", "user", user_id, data, at=now)


def _record_unknown(db: Database, name: str, now: datetime) -> None:
    """A try with a name that has no account. What was typed is not kept (people type their
    password into the name field): only a short fingerprint, to match a suspected name."""
    fingerprint = hashlib.sha256(name.encode()).hexdigest()[:12]
    db.write(lambda s: audit_chain.append(
        s, UNKNOWN_ACTOR, "user.login_failed", "user", None, {"name_sha256": fingerprint},
        at=now))


def resume(db: Database, username: str) -> Actor:
    """The actor of an existing, active account, without a password: for a desk that already
    logged in and opens its database again (after a lost connection)."""
    row = db.read(lambda s: _find(s, username.strip()))
    if row is None:
        raise AuthenticationFailed(f"there is no account {username!r}")
    if not row.active:
        raise AccountDisabled()
    return actor_of(row)
