"""Crash safety: a recorder killed with SIGKILL at a random moment loses nothing it acknowledged.

A forked child records entries through the real service and writes each entry's uuid to a pipe
only after the commit returned. The parent kills it at a random moment (often mid-transaction),
then checks the file: ``integrity_check`` ok, the FTS index intact, every acknowledged entry
present. 200 rounds; at the end the audit chain still verifies.
"""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from feedback_desk.core.db.engine import open_database
from feedback_desk.core.dto import NewEntry
from feedback_desk.core.services import Services

ROUNDS = int(os.environ.get("FD_CRASH_ROUNDS", "200"))

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (POSIX)"),
]


def _child(url: str, event_id: int, fd: int) -> None:
    """Runs in the forked child: record forever, acknowledging after each commit."""
    try:
        db = open_database(url, migrate=False)
        svc = Services.connect(db, "crash", roles="recorder")
        os.write(fd, b"ready\n")
        n = 0
        while True:
            n += 1
            view = svc.entries.record(NewEntry(
                event_id=event_id, kind="complaint", service_area="overseas",
                text=f"Klaim nomor {n} belum cair, mohon dibantu segera", topic="claims",
                dimensions=("service_process",), country="HK", speaker_type="pmi_abroad",
            ))
            os.write(fd, f"{view.uuid}\n".encode())
    finally:
        os._exit(0)


def _read_lines(fd: int, buffer: bytearray, timeout: float, until: bytes | None = None) -> None:
    """Read what the child wrote for ``timeout`` seconds, or until ``until`` has arrived."""
    deadline = time.monotonic() + timeout
    while until is None or until not in buffer:
        left = deadline - time.monotonic()
        if left <= 0:
            return
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            return
        chunk = os.read(fd, 65536)
        if not chunk:
            return
        buffer += chunk


def test_sigkill_never_loses_an_acknowledged_entry(tmp_path: Path) -> None:
    path = tmp_path / "crash.sqlite"
    url = f"sqlite:///{path}"
    db = open_database(url)
    svc = Services.connect(db, "crash", roles="recorder")
    event_id = svc.catalog.create_event("Crash test").id
    db.dispose()

    rng = random.Random(20261124)
    acknowledged: set[str] = set()
    for round_ in range(ROUNDS):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - child
            os.close(read_fd)
            _child(url, event_id, write_fd)
        os.close(write_fd)
        buffer = bytearray()
        _read_lines(read_fd, buffer, 30, until=b"ready\n")
        assert buffer.startswith(b"ready"), f"round {round_}: child did not start"
        _read_lines(read_fd, buffer, rng.uniform(0.0, 0.08))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        _read_lines(read_fd, buffer, 0.2)  # whatever it wrote before dying
        os.close(read_fd)
        lines = buffer.decode().splitlines()[1:]
        complete = lines if buffer.endswith(b"\n") else lines[:-1]
        acknowledged.update(complete)

        conn = sqlite3.connect(str(path))
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            conn.execute("INSERT INTO entry_fts(entry_fts) VALUES ('integrity-check')")
            stored = {row[0] for row in conn.execute("SELECT uuid FROM entry")}
        finally:
            conn.close()
        missing = acknowledged - stored
        assert not missing, f"round {round_}: {len(missing)} acknowledged entries lost"

    assert len(acknowledged) > ROUNDS  # the child really recorded something most rounds
    db = open_database(url)
    try:
        check = Services.connect(db, "crash").audit.verify()
        assert check.ok, check
    finally:
        db.dispose()
