"""Connection profiles: where a desk's database is, saved by name (never with a password).

A profile is a PostgreSQL server (host, port, database, user, TLS mode, CA file) or a SQLite file
on this computer. ``ProfileStore`` keeps them in one JSON file, written atomically; a file that
cannot be read is reported, never overwritten. Passwords live in the system keyring (raising
``KeyringUnavailable`` where there is none: the desk then asks each time). ``probe`` is "Test
connection": the server version, or a ``ConnectionProblem`` whose ``reason`` says what is wrong.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from .errors import DeskError, ValidationError

SERVER, LOCAL = "server", "local"
KINDS = (SERVER, LOCAL)
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
VERIFYING = ("verify-ca", "verify-full")
KEYRING_SERVICE = APP_NAME = "feedback-desk"
FILE_VERSION = 1


@dataclass(frozen=True, slots=True)
class Profile:
    """One saved connection. ``kind`` is ``"server"`` (PostgreSQL) or ``"local"`` (a file)."""

    name: str
    host: str = ""
    port: int = 5432
    database: str = ""
    user: str = ""
    sslmode: str = "prefer"
    sslrootcert: str = ""
    kind: str = SERVER
    path: str = ""

    @classmethod
    def local(cls, name: str, path: Path | str) -> Profile:
        return cls(name=name, kind=LOCAL, path=str(path))

    @property
    def is_local(self) -> bool:
        return self.kind == LOCAL

    def validate(self) -> None:
        """Raise ``ValidationError`` (naming the field) for a profile that cannot connect."""
        if not self.name.strip():
            raise ValidationError("name", "give the connection a name")
        if self.kind not in KINDS:
            raise ValidationError("kind", f"must be one of {', '.join(KINDS)}")
        if self.is_local:
            if not self.path.strip():
                raise ValidationError("path", "give the database file")
            return
        for key, what in (("host", "the server's name or address"),
                          ("database", "the database name"), ("user", "the database user")):
            if not str(getattr(self, key)).strip():
                raise ValidationError(key, f"give {what}")
        if any(c in self.host for c in "/@?# "):
            raise ValidationError("host", f"{self.host!r} is not a host name or address")
        if not isinstance(self.port, int) or not 1 <= self.port <= 65535:
            raise ValidationError("port", "must be a number from 1 to 65535")
        if self.sslmode not in SSL_MODES:
            raise ValidationError("sslmode", f"must be one of {', '.join(SSL_MODES)}")
        if self.sslmode in VERIFYING and not self.sslrootcert:
            raise ValidationError(
                "sslrootcert", f"TLS mode {self.sslmode} needs the CA certificate file")
        if self.sslrootcert and self.sslmode != "disable":
            ca = Path(self.sslrootcert).expanduser()
            if not ca.is_file():
                raise ValidationError("sslrootcert", f"the CA certificate file {ca} does not exist")

    def url(self, password: str | None = None) -> str:
        """The SQLAlchemy URL (the password URL-quoted; without one when ``None`` or empty)."""
        self.validate()
        if self.is_local:
            from .db.location import sqlite_url

            return sqlite_url(Path(self.path).expanduser().absolute())
        credentials = quote(self.user, safe="")
        if password:
            credentials += ":" + quote(password, safe="")
        host = f"[{self.host}]" if ":" in self.host else self.host
        query: dict[str, str] = {"sslmode": self.sslmode}
        if self.sslrootcert and self.sslmode != "disable":
            query["sslrootcert"] = str(Path(self.sslrootcert).expanduser().absolute())
        return (f"postgresql+psycopg://{credentials}@{host}:{self.port}/"
                f"{quote(self.database, safe='')}?{urlencode(query, quote_via=quote)}")

    def display(self) -> str:
        """Where it points, for people: ``user@host:port/database`` or the file path."""
        if self.is_local:
            return str(Path(self.path).expanduser())
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def keyring_user(self) -> str:
        """The keyring entry's user name: one password per server account and database."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def to_json(self) -> dict[str, Any]:
        if self.is_local:
            return {"name": self.name, "kind": LOCAL, "path": self.path}
        return {k: v for k, v in asdict(self).items() if k != "path"}

    @classmethod
    def from_json(cls, data: object) -> Profile:
        if not isinstance(data, dict):
            raise ValueError("a profile must be an object")
        values = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        for key, value in values.items():
            wanted = int if key == "port" else str
            if type(value) is not wanted:  # (a bool is no port)
                raise ValueError(f"{key} must be {'a number' if wanted is int else 'text'}")
        if not values.get("name"):
            raise ValueError("a profile has no name")
        return cls(**values)


def default_profile_path() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False)) / "profiles.json"


class ProfileFileError(DeskError):
    """The profiles file exists but cannot be read; it is left as it is."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            f"the connection profiles file {path} cannot be read ({detail}); it was left as it "
            f"is: fix it, or move it aside to start with no saved connections")
        self.path, self.detail = path, detail


class ProfileStore:
    """The saved profiles in one JSON file; every change re-reads it first, so a file that
    cannot be read raises ``ProfileFileError`` and is never overwritten."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_profile_path()

    def profiles(self) -> tuple[Profile, ...]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return ()
        except OSError as exc:
            raise ProfileFileError(self.path, exc.strerror or type(exc).__name__) from exc
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict) or not isinstance(data.get("profiles"), list):
                raise ValueError("not a profiles file")
            version = data.get("version")
            if not isinstance(version, int) or version > FILE_VERSION:
                raise ValueError(f"written by a newer Feedback Desk (format {version})")
            found = tuple(Profile.from_json(item) for item in data["profiles"])
        except (UnicodeDecodeError, ValueError, TypeError) as exc:
            raise ProfileFileError(self.path, str(exc)) from exc
        return found

    def get(self, name: str) -> Profile | None:
        return next((p for p in self.profiles() if p.name == name), None)

    def save(self, profile: Profile, *, replacing: str | None = None) -> None:
        """Add ``profile``, or replace the one named ``replacing`` (default: its own name) in
        its place."""
        profile.validate()
        old = replacing if replacing is not None else profile.name
        stored = self.profiles()
        position = next((i for i, p in enumerate(stored) if p.name == old), len(stored))
        current = [p for p in stored if p.name not in (old, profile.name)]
        current.insert(min(position, len(current)), profile)
        self._write(current)

    def delete(self, name: str) -> None:
        self._write([p for p in self.profiles() if p.name != name])

    def move_aside(self) -> Path:
        """Rename an unreadable file to ``profiles.json.unreadable-<time>``; returns the new name."""
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = self.path.with_name(f"{self.path.name}.unreadable-{stamp}")
        os.replace(self.path, target)
        return target

    def _write(self, profiles: list[Profile]) -> None:
        data = {"version": FILE_VERSION, "profiles": [p.to_json() for p in profiles]}
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".profiles-", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(text)
                out.flush()
                os.fsync(out.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


# ---- passwords in the system keyring ----------------------------------------------------------
class KeyringUnavailable(DeskError):
    """No usable system keyring (or it failed): the desk asks for the password each time."""

    def __init__(self, detail: str) -> None:
        super().__init__(f"no usable system keyring ({detail}); the password is asked each time")
        self.detail = detail


def _backend() -> Any:
    import keyring
    from keyring.backends import chainer, fail

    try:
        backend = keyring.get_keyring()
    except Exception as exc:
        raise KeyringUnavailable(type(exc).__name__) from None
    if isinstance(backend, fail.Keyring) or (
        isinstance(backend, chainer.ChainerBackend) and not backend.backends):
        raise KeyringUnavailable("none is installed or running")
    if type(backend).__module__.startswith("keyring.backends.null"):
        raise KeyringUnavailable("the keyring is switched off")
    return backend


def keyring_name() -> str:
    """Which system keyring holds saved passwords (``KeyringUnavailable`` when none can)."""
    backend = _backend()
    return str(getattr(backend, "name", None) or type(backend).__name__)


def keyring_available() -> bool:
    try:
        _backend()
    except KeyringUnavailable:
        return False
    return True


def _call(action: str, profile: Profile, *password: str) -> Any:
    """``backend.<action>_password`` for ``profile``; any failure becomes ``KeyringUnavailable``
    naming only its type (a backend's message could quote what it was given)."""
    from keyring.errors import PasswordDeleteError

    fn = getattr(_backend(), f"{action}_password")
    try:
        return fn(KEYRING_SERVICE, profile.keyring_user(), *password)
    except PasswordDeleteError:
        return None  # nothing was stored: nothing to forget
    except Exception as exc:
        raise KeyringUnavailable(f"{action} failed: {type(exc).__name__}") from None


def get_password(profile: Profile) -> str | None:
    value = _call("get", profile)
    return value if isinstance(value, str) else None


def store_password(profile: Profile, password: str) -> None:
    _call("set", profile, password)


def forget_password(profile: Profile) -> None:
    """Remove the stored password (nothing stored is fine)."""
    _call("delete", profile)



# "Test connection" lives in its own module; its names are part of what profiles offer
from .connection_probe import (  # noqa: E402
    AUTH,
    NO_ACCESS,
    NO_DATABASE,
    OTHER,
    REFUSED,
    SCHEMA_NEW,
    SCHEMA_OLD,
    TIMEOUT,
    TLS,
    UNKNOWN_HOST,
    ConnectionProblem,
    ProbeResult,
    explain,
    probe,
    upgrade_command,
)

__all__ = [
    "AUTH", "NO_ACCESS", "NO_DATABASE", "OTHER", "REFUSED", "SCHEMA_NEW", "SCHEMA_OLD", "TIMEOUT",
    "TLS", "UNKNOWN_HOST", "ConnectionProblem", "ProbeResult", "explain", "probe",
    "upgrade_command", "Profile", "ProfileStore", "ProfileFileError", "KeyringUnavailable",
    "get_password", "store_password", "forget_password", "keyring_available", "keyring_name",
    "default_profile_path",
]
