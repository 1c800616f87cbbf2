"""A throwaway PostgreSQL cluster in a temp dir on a free loopback port, for the test suite.

``initdb`` refuses to run as root: as root the cluster belongs to the ``postgres`` system user
and every server tool runs through ``runuser -u postgres --``. Measured here: initdb ~0.6-1 s,
start ~0.1-0.3 s, a database copied from a migrated template ~0.1 s.
"""

from __future__ import annotations

import glob
import os
import pwd
import re
import shutil
import socket
import stat
import subprocess
import tempfile
import time
from pathlib import Path

import psycopg
from psycopg import sql

SERVER_OPTIONS = (
    "-c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
    "-c full_page_writes=off -c max_connections=80"
)


def _version_key(path: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", Path(path).parent.name)) or (0,)


def find_bindir() -> Path | None:
    """The server binaries: Debian's newest /usr/lib/postgresql/N/bin, else PATH / pg_config."""
    for path in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key, reverse=True):
        if Path(path, "pg_ctl").exists() and Path(path, "initdb").exists():
            return Path(path)
    on_path = shutil.which("pg_ctl")
    if on_path and Path(on_path).with_name("initdb").exists():
        return Path(on_path).parent
    config = shutil.which("pg_config")
    if config:
        done = subprocess.run([config, "--bindir"], capture_output=True, text=True)
        bindir = Path(done.stdout.strip())
        if done.returncode == 0 and (bindir / "pg_ctl").exists() and (bindir / "initdb").exists():
            return bindir
    return None


def available() -> tuple[bool, str]:
    """Whether a throwaway server can be started here, and if not, why."""
    if find_bindir() is None:
        return False, (
            "PostgreSQL binaries not found (no initdb/pg_ctl in /usr/lib/postgresql/*/bin, "
            "on PATH or at pg_config --bindir; apt-get install postgresql)"
        )
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return False, "running as root and there is no 'postgres' user to run initdb as"
        if shutil.which("runuser") is None:
            return False, "running as root and runuser (util-linux) is missing"
    return True, ""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _temp_parent_for(uid: int) -> str | None:
    """A temp parent dir another user can traverse (root's TMPDIR may be private)."""
    parent = Path(tempfile.gettempdir()).resolve()
    if uid == os.geteuid():
        return None
    for p in (parent, *parent.parents):
        if not p.stat().st_mode & stat.S_IXOTH:
            return "/tmp"
    return None


class PgServer:
    """Start with ``PgServer()``; ``url(db)``, ``create_database``, ``drop_database``, ``stop()``."""

    def __init__(self) -> None:
        bindir = find_bindir()
        if bindir is None:
            raise RuntimeError(available()[1])
        self.bindir = bindir
        self._as_postgres = os.geteuid() == 0
        owner = pwd.getpwnam("postgres") if self._as_postgres else None
        self.root = Path(tempfile.mkdtemp(
            prefix="fd-pg-", dir=_temp_parent_for(owner.pw_uid if owner else os.geteuid())))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = 0
        self.timings: dict[str, float] = {}
        try:
            if owner is not None:
                os.chown(self.root, owner.pw_uid, owner.pw_gid)
            started = time.perf_counter()
            self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust",
                      "--encoding=UTF8", "--no-locale", "--no-sync")
            self.timings["initdb"] = time.perf_counter() - started
            started = time.perf_counter()
            self._start()
            self.timings["start"] = time.perf_counter() - started
        except BaseException:
            self._remove()
            raise

    def _start(self) -> None:
        error = ""
        for _attempt in range(3):  # the free port can be taken between probing and binding
            self.port = _free_port()
            done = self._run("pg_ctl", "-w", "-t", "60", "-D", str(self.data), "-l", str(self.log),
                             "-o", f"-p {self.port} -k {self.root} {SERVER_OPTIONS}", "start",
                             check=False)
            if done.returncode == 0:
                self._wait()
                return
            error = f"{done.stderr or done.stdout}\n{self.server_log()[-2000:]}"
        raise RuntimeError(f"pg_ctl start failed: {error}")

    def _run(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        cmd = [str(self.bindir / tool), *args]
        if self._as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True, cwd=self.root,
                              stdin=subprocess.DEVNULL, timeout=120)
        if check and done.returncode != 0:
            raise RuntimeError(f"{tool} failed ({done.returncode}): {done.stderr or done.stdout}")
        return done

    def _wait(self) -> None:
        deadline = time.monotonic() + 10
        while True:
            try:
                with self.admin():
                    return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def server_log(self) -> str:
        try:
            return self.log.read_text(errors="replace")
        except OSError:
            return ""

    def admin(self, dbname: str = "postgres") -> psycopg.Connection:
        """An autocommit superuser connection (for CREATE/DROP DATABASE and the like)."""
        return psycopg.connect(host="127.0.0.1", port=self.port, user="postgres",
                               dbname=dbname, autocommit=True, connect_timeout=10)

    def url(self, dbname: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{dbname}"

    def create_database(self, name: str, template: str | None = None) -> str:
        query = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template:
            query = sql.SQL("{} TEMPLATE {}").format(query, sql.Identifier(template))
        with self.admin() as conn:
            conn.execute(query)
        return self.url(name)

    def terminate_connections(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid()", (name,))

    def drop_database(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid()", (name,))
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(name)))

    def stop(self) -> None:
        try:
            if self.data.exists():
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop",
                          check=False)
        finally:
            self._remove()

    def _remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)
