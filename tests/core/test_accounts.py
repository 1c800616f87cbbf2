"""Accounts: argon2id hashes (OWASP minimum), log-in, lock-out, the first administrator, account
administration, and no password or hash ever in the audit log. Both backends."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from argon2 import PasswordHasher, Type, extract_parameters
from sqlalchemy import select

from feedback_desk.core import accounts
from feedback_desk.core.db.engine import Database
from feedback_desk.core.db.models import AuditEvent, User
from feedback_desk.core.errors import (
    AccountDisabled,
    AccountLocked,
    AuthenticationFailed,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from feedback_desk.core.services import Services

from .conftest import FakeClock

ADMIN_PW = "kopi-tubruk-2026"
SARI_PW = "sate-padang-pedas"


@pytest.fixture
def admin(db: Database, clock: FakeClock) -> Services:
    accounts.create_first_admin(db, "ani", ADMIN_PW, clock=clock)
    return Services.login(db, "ani", ADMIN_PW, clock=clock)


def _hash_of(db: Database, name: str) -> str:
    return str(db.read(lambda s: s.scalar(select(User.password_hash).where(User.username == name))))


def _audit(db: Database) -> list[tuple[str, str, str]]:
    return db.read(lambda s: [(r.actor, r.action, r.payload) for r in s.scalars(
        select(AuditEvent).order_by(AuditEvent.id))])


def test_hashes_are_argon2id_with_at_least_owasps_minimum(admin: Services, db: Database) -> None:
    params = extract_parameters(_hash_of(db, "ani"))
    assert params.type is Type.ID
    assert params.memory_cost >= 19 * 1024 and params.time_cost >= 2 and params.parallelism >= 1
    assert params.salt_len >= 16 and params.hash_len >= 32
    assert accounts.hash_password("x" * 12) != accounts.hash_password("x" * 12)  # salted


def test_log_in_right_wrong_and_unknown(admin: Services, db: Database, clock: FakeClock) -> None:
    assert Services.login(db, "ani", ADMIN_PW, clock=clock).actor.roles == frozenset({"admin"})
    with pytest.raises(AuthenticationFailed) as wrong:
        Services.login(db, "ani", "kopi-tubruk-2027", clock=clock)
    with pytest.raises(AuthenticationFailed) as unknown:
        Services.login(db, "nobody", ADMIN_PW, clock=clock)
    assert str(wrong.value) == str(unknown.value) == "wrong user name or password"
    for bad in ("", " ", "x" * 70):
        with pytest.raises(AuthenticationFailed):
            accounts.authenticate(db, bad, ADMIN_PW)
    with pytest.raises(AuthenticationFailed):
        accounts.authenticate(db, "ani", "p" * 5000)  # never hashed: too long to be a password
    actions = [a for _, a, _ in _audit(db)]
    assert actions.count("user.login") >= 2 and actions.count("user.login_failed") == 2  # malformed tries never reach the database


def test_five_wrong_passwords_lock_the_account_for_five_minutes(
    admin: Services, db: Database, clock: FakeClock
) -> None:
    for _ in range(accounts.MAX_FAILURES):
        with pytest.raises(AuthenticationFailed) as info:
            accounts.authenticate(db, "ani", "salah-salah-salah", clock=clock)
        assert not isinstance(info.value, AccountLocked)
    with pytest.raises(AccountLocked) as locked:  # even the right password waits
        accounts.authenticate(db, "ani", ADMIN_PW, clock=clock)
    assert locked.value.until == clock.now + accounts.LOCK_TIME
    clock.advance(minutes=4, seconds=59)
    with pytest.raises(AccountLocked):
        accounts.authenticate(db, "ani", ADMIN_PW, clock=clock)
    clock.advance(seconds=2)
    assert accounts.authenticate(db, "ani", ADMIN_PW, clock=clock).username == "ani"
    # a success resets the count: four more failures do not lock
    for _ in range(accounts.MAX_FAILURES - 1):
        with pytest.raises(AuthenticationFailed):
            accounts.authenticate(db, "ani", "salah-salah-salah", clock=clock)
    assert accounts.authenticate(db, "ani", ADMIN_PW, clock=clock).username == "ani"


def test_an_admin_reset_unlocks(admin: Services, db: Database, clock: FakeClock) -> None:
    admin.accounts.create_user("sari", SARI_PW, frozenset({"supervisor"}))
    for _ in range(accounts.MAX_FAILURES):
        with pytest.raises(AuthenticationFailed):
            accounts.authenticate(db, "sari", "bukan-sandinya", clock=clock)
    admin.accounts.reset_password("sari", "sandi-baru-yang-panjang")
    assert accounts.authenticate(db, "sari", "sandi-baru-yang-panjang", clock=clock).username == "sari"
    with pytest.raises(AuthenticationFailed):
        accounts.authenticate(db, "sari", SARI_PW, clock=clock)


def test_a_weaker_stored_hash_is_upgraded_at_log_in(admin: Services, db: Database) -> None:
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash(ADMIN_PW)

    def store(session):  # type: ignore[no-untyped-def]
        session.scalars(select(User).where(User.username == "ani")).one().password_hash = weak

    db.write(store)
    Services.login(db, "ani", ADMIN_PW)
    stored = _hash_of(db, "ani")
    assert stored != weak and extract_parameters(stored).memory_cost == accounts.MEMORY_KIB


def test_the_first_administrator(db: Database, clock: FakeClock) -> None:
    Services.connect(db, "budi")  # an account from before log-in existed (no password)
    assert accounts.needs_first_admin(db)
    with pytest.raises(ValidationError):
        accounts.create_first_admin(db, "budi", "short")
    actor = accounts.create_first_admin(db, "budi", "gado-gado-enak", clock=clock)
    assert actor.roles == frozenset({"admin", "recorder"})  # claimed, made admin
    assert not accounts.needs_first_admin(db)
    with pytest.raises(ValidationError, match="administrator already"):
        accounts.create_first_admin(db, "mallory", "ambil-alih-dong")
    assert ("budi", "user.first_admin") in [(a, b) for a, b, _ in _audit(db)]


@pytest.mark.parametrize(("password", "why"), [
    ("pendek", "at least 10"), ("ani-ani-ani-123", "user name"), ("aaaaaaaaaaaa", "too easy"),
    ("password123", "too easy"), ("x" * 1025, "at most"),
])
def test_password_policy(password: str, why: str) -> None:
    with pytest.raises(ValidationError, match=why):
        accounts.check_password_policy(password, "ani")


def test_account_administration(admin: Services, db: Database, clock: FakeClock) -> None:
    made = admin.accounts.create_user("sari", SARI_PW, frozenset({"supervisor"}), "Sari W.")
    assert (made.username, made.display_name, made.roles) == ("sari", "Sari W.", frozenset({"supervisor"}))
    with pytest.raises(ValidationError, match="exists already"):
        admin.accounts.create_user("sari", SARI_PW, frozenset({"recorder"}))
    with pytest.raises(ValidationError, match="unknown role boss"):
        admin.accounts.create_user("joko", SARI_PW, frozenset({"boss"}))
    with pytest.raises(ValidationError):
        admin.accounts.create_user("two words", SARI_PW, frozenset({"recorder"}))
    assert admin.accounts.set_roles("sari", frozenset({"supervisor", "protection"})).roles == {
        "supervisor", "protection"}
    admin.accounts.set_active("sari", False)
    with pytest.raises(AccountDisabled):
        Services.login(db, "sari", SARI_PW)
    with pytest.raises(AuthenticationFailed) as wrong:  # a wrong password says nothing more
        Services.login(db, "sari", "bukan-sandinya")
    assert not isinstance(wrong.value, AccountDisabled)
    with pytest.raises(AccountDisabled):
        Services.resume(db, "sari")  # a desk that was logged in cannot reopen either
    admin.accounts.set_active("sari", True)
    sari = Services.login(db, "sari", SARI_PW)
    with pytest.raises(PermissionDenied):
        sari.accounts.create_user("joko", "sandi-joko-2026", frozenset({"admin"}))
    with pytest.raises(PermissionDenied):
        sari.accounts.set_roles("sari", frozenset({"admin"}))
    with pytest.raises(NotFound):
        admin.accounts.set_roles("nobody", frozenset({"recorder"}))


def test_the_last_administrator_stays(admin: Services, db: Database) -> None:
    with pytest.raises(ValidationError, match="last active administrator"):
        admin.accounts.set_roles("ani", frozenset({"supervisor"}))
    with pytest.raises(ValidationError, match="last active administrator"):
        admin.accounts.set_active("ani", False)
    admin.accounts.create_user("sari", SARI_PW, frozenset({"admin"}))
    assert admin.accounts.set_roles("ani", frozenset({"supervisor"})).roles == {"supervisor"}


def test_own_password_change(admin: Services, db: Database) -> None:
    admin.accounts.create_user("sari", SARI_PW, frozenset({"recorder"}))
    sari = Services.login(db, "sari", SARI_PW)
    with pytest.raises(ValidationError, match="old password"):
        sari.accounts.change_password("tebakan-salah", "sandi-baru-kedua-2026")
    with pytest.raises(ValidationError, match="too easy|at least"):
        sari.accounts.change_password(SARI_PW, "pendek")
    sari.accounts.change_password(SARI_PW, "sandi-baru-kedua-2026")
    Services.login(db, "sari", "sandi-baru-kedua-2026")
    with pytest.raises(AuthenticationFailed):
        Services.login(db, "sari", SARI_PW)


def test_no_password_or_hash_in_the_audit_log(admin: Services, db: Database) -> None:
    admin.accounts.create_user("sari", SARI_PW, frozenset({"recorder"}))
    admin.accounts.reset_password("sari", "reset-oleh-admin-1")
    sari = Services.login(db, "sari", "reset-oleh-admin-1")
    sari.accounts.change_password("reset-oleh-admin-1", "ganti-sendiri-22")
    with pytest.raises(AuthenticationFailed):
        Services.login(db, "sari", "tebakan-yang-salah-3")
    hashes = db.read(lambda s: list(s.scalars(select(User.password_hash))))
    text = json.dumps(_audit(db))
    for secret in (ADMIN_PW, SARI_PW, "reset-oleh-admin-1", "ganti-sendiri-22",
                   "tebakan-yang-salah-3", "$argon2id$", *[h for h in hashes if h]):
        assert secret not in text
    assert verify_ok(admin)


def verify_ok(services: Services) -> bool:
    return services.audit.verify().ok


def test_lock_time_is_a_few_minutes_not_forever() -> None:
    assert timedelta(minutes=1) <= accounts.LOCK_TIME <= timedelta(minutes=30)
