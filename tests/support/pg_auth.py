"""Own throwaway PostgreSQL servers that ask for passwords (scram-sha-256) and, optionally, speak
TLS with a certificate from a throwaway CA made with the ``openssl`` CLI.

The shared session server trusts everyone; these do not. The superuser ``postgres`` keeps
trusted loopback access (for set-up); every other role must give its password.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from psycopg import sql

from .pg_server import PgServer

HBA = """\
local all all trust
host all postgres 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
host all all ::1/128 scram-sha-256
"""


@dataclass(frozen=True)
class Certs:
    ca: Path  # the CA certificate a client trusts
    server_crt: Path
    server_key: Path


def _openssl(*args: str, cwd: Path) -> None:
    done = subprocess.run(["openssl", *args], cwd=cwd, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=60)
    if done.returncode != 0:
        raise RuntimeError(f"openssl {args[0]} failed: {done.stderr}")


def make_ca(folder: Path, name: str) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    key, crt = folder / f"{name}.key", folder / f"{name}.crt"
    _openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
             "-nodes", "-keyout", str(key), "-out", str(crt), "-days", "2",
             "-subj", f"/CN=Feedback Desk test CA {name}", cwd=folder)
    return crt, key


def make_certs(folder: Path, dns_names: tuple[str, ...] = ("localhost",)) -> Certs:
    """A CA and a server certificate for ``dns_names`` signed by it."""
    ca_crt, ca_key = make_ca(folder, "ca")
    key, csr, crt = folder / "server.key", folder / "server.csr", folder / "server.crt"
    _openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
             "-keyout", str(key), "-out", str(csr), "-subj", f"/CN={dns_names[0]}", cwd=folder)
    ext = folder / "san.ext"
    ext.write_text("subjectAltName=" + ",".join(f"DNS:{n}" for n in dns_names) + "\n")
    _openssl("x509", "-req", "-in", str(csr), "-CA", str(ca_crt), "-CAkey", str(ca_key),
             "-CAcreateserial", "-out", str(crt), "-days", "2", "-extfile", str(ext), cwd=folder)
    return Certs(ca_crt, crt, key)


def openssl_available() -> bool:
    return shutil.which("openssl") is not None


class PasswordPgServer(PgServer):
    """A ``PgServer`` whose non-superuser roles log in with a password; ``certs`` turns TLS on."""

    def __init__(self, certs: Certs | None = None) -> None:
        super().__init__()
        try:
            owner = pwd.getpwnam("postgres") if os.geteuid() == 0 else None
            (self.data / "pg_hba.conf").write_text(HBA)
            with self.admin() as conn:
                if certs is not None:
                    for source, name in ((certs.server_crt, "server.crt"),
                                         (certs.server_key, "server.key")):
                        target = self.data / name
                        shutil.copyfile(source, target)
                        os.chmod(target, 0o600)
                        if owner is not None:
                            os.chown(target, owner.pw_uid, owner.pw_gid)
                    conn.execute("ALTER SYSTEM SET ssl_cert_file = 'server.crt'")
                    conn.execute("ALTER SYSTEM SET ssl_key_file = 'server.key'")
                    conn.execute("ALTER SYSTEM SET ssl = on")
                conn.execute("SELECT pg_reload_conf()")
        except BaseException:
            self.stop()
            raise

    def add_user(self, name: str, password: str, *, database: str) -> None:
        """A login role owning ``database`` (created here)."""
        with self.admin() as conn:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(name), sql.Literal(password)))
            conn.execute(sql.SQL("CREATE DATABASE {} OWNER {}").format(
                sql.Identifier(database), sql.Identifier(name)))

    def ssl_active(self) -> bool:
        with self.admin() as conn:
            row = conn.execute("SHOW ssl").fetchone()
            return bool(row and row[0] == "on")


@contextmanager
def running_password_server(
    password: str, certs_folder: Path | None = None
) -> Iterator[tuple[PasswordPgServer, Certs | None]]:
    """A throwaway server with the user ``desk`` (``password``) and its database ``deskdb``;
    with ``certs_folder``, TLS from a throwaway CA. Skipped without the PostgreSQL binaries or
    ``openssl``, but failed under ``CI``."""
    import pytest

    from .pg_server import available

    ok, reason = available()
    if not ok:
        pytest.skip(reason)
    certs = None
    if certs_folder is not None:
        if not openssl_available():
            if os.environ.get("CI"):
                pytest.fail("CI must run the TLS tests, but the openssl command is not installed")
            pytest.skip("the openssl command is not installed")
        certs = make_certs(certs_folder)
    server = PasswordPgServer(certs)
    server.add_user("desk", password, database="deskdb")
    try:
        yield server, certs
    finally:
        server.stop()
