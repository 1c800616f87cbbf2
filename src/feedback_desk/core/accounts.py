"""Log-in: argon2id password hashes, lock-out after repeated failures, the first administrator.

Parameters follow OWASP's Password Storage Cheat Sheet minimum for argon2id (19 MiB of memory,
2 iterations, 1 lane); a stored hash made with weaker parameters is re-hashed at the next log-in.
The hash is checked outside any transaction (it takes tens of milliseconds on purpose); only the
outcome is written. Every log-in, failed log-in and lock-out is audited.
"""

from __future__ import annotations

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
    """The actor for a correct user name and password; ``AuthenticationFailed`` otherwise."""
    name = username.strip() if isinstance(username, str) else ""
    if not isinstance(password, str) or len(password) > MAX_PASSWORD or not name or len(name) > 64:
        raise AuthenticationFailed()
    row = db.read(lambda s: _find(s, name))
    now = clock()
    if row is None or row.password_hash is None:
        _verify(_DUMMY_HASH, password)  # the same time as for a real account
        _record_failure(db, name, None, now)
        raise AuthenticationFailed()
    if row.locked_until is not None and row.locked_until > now:
        raise AccountLocked(row.locked_until)
    if not _verify(row.password_hash, password):
        _record_failure(db, name, row.id, now)
        raise AuthenticationFailed()
    if not row.active:
        raise AccountDisabled()
    rehash = hash_password(password) if HASHER.check_needs_rehash(row.password_hash) else None

    def succeed(session: Session) -> Actor:
        user = session.get(User, row.id)
        if user is None or not user.active:
            raise AccountDisabled()
        user.failed_logins = 0
        user.locked_until = None
        if rehash is not None:
            user.password_hash = rehash
        audit_chain.append(session, name, "user.login", "user", user.id,
                           {"rehashed": rehash is not None}, at=now)
        return actor_of(user)

    return db.write(succeed)


def _verify(digest: str, password: str) -> bool:
    try:
        return HASHER.verify(digest, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _record_failure(db: Database, name: str, user_id: int | None, now: datetime) -> None:
    def run(session: Session) -> None:
        data: dict[str, object] = {"username": name[:64]}
        if user_id is not None:
            user = session.get(User, user_id)
            if user is not None:
                user.failed_logins = (user.failed_logins or 0) + 1
                data["failures"] = user.failed_logins
                if user.failed_logins >= MAX_FAILURES:
                    user.failed_logins = 0
                    user.locked_until = now + LOCK_TIME
                    data["locked_until"] = user.locked_until.isoformat()
        audit_chain.append(session, name[:64], "user.login_failed", "user", user_id, data, at=now)

    db.write(run)


def resume(db: Database, username: str) -> Actor:
    """The actor of an existing, active account, without a password: for a desk that already
    logged in and opens its database again (after a lost connection)."""
    row = db.read(lambda s: _find(s, username.strip()))
    if row is None:
        raise AuthenticationFailed(f"there is no account {username!r}")
    if not row.active:
        raise AccountDisabled()
    return actor_of(row)
