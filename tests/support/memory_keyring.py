"""An in-memory keyring backend for tests (the machine's own keyring is never touched)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringError, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError("not stored")


class BrokenKeyring(MemoryKeyring):
    """A keyring whose every call fails, quoting what it was given (as a careless backend may)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringError(f"locked: {service} {username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError(f"cannot store {password!r} for {username}")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringError("locked")


@contextmanager
def using(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    """Install ``backend`` as the keyring; the previous one comes back afterwards."""
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


def no_keyring() -> KeyringBackend:
    return fail.Keyring()
