"""The SIGKILL loop of the crash-safety test, run in a fresh single-threaded interpreter.

Forking is only safe from a process with one thread; the pytest process may hold Qt and other
threads by the time this test runs. So the test starts this module with ``python -m`` and reads
one JSON line of results back.

    python -m tests.reliability.crash_driver PATH ROUNDS SEED
"""

from __future__ import annotations

import json
import os
import random
import select
import signal
import sqlite3
import sys
import threading
import time

from feedback_desk.core.db.engine import open_database
from feedback_desk.core.dto import NewEntry
from feedback_desk.core.services import Services


def _child(url: str, event_id: int, fd: int) -> None:
    """Runs in the forked child: record forever, acknowledging after each commit."""
    try:
        db = open_database(url, migrate=False)
        svc = Services.connect(db, "crash", roles="recorder supervisor")
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


def _read(fd: int, buffer: bytearray, timeout: float, until: bytes | None = None) -> None:
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


def run(path: str, rounds: int, seed: int) -> dict[str, object]:
    url = f"sqlite:///{path}"
    db = open_database(url)
    event_id = Services.connect(db, "crash", roles="recorder supervisor").catalog.create_event("Crash").id
    db.dispose()
    assert threading.active_count() == 1, "fork needs a single-threaded parent"
    rng = random.Random(seed)
    acknowledged: set[str] = set()
    problems: list[str] = []
    for round_ in range(rounds):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - child
            os.close(read_fd)
            _child(url, event_id, write_fd)
        os.close(write_fd)
        buffer = bytearray()
        _read(read_fd, buffer, 30, until=b"ready\n")
        if not buffer.startswith(b"ready\n"):
            problems.append(f"round {round_}: the child did not start")
        _read(read_fd, buffer, rng.uniform(0.0, 0.08))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        _read(read_fd, buffer, 5)  # whatever it wrote before dying, up to EOF
        os.close(read_fd)
        lines = buffer.decode().splitlines()[1:]
        acknowledged.update(lines if buffer.endswith(b"\n") else lines[:-1])
        conn = sqlite3.connect(path)
        try:
            check = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if check != "ok":
                problems.append(f"round {round_}: integrity_check says {check}")
            conn.execute("INSERT INTO entry_fts(entry_fts) VALUES ('integrity-check')")
            stored = {row[0] for row in conn.execute("SELECT uuid FROM entry")}
        except sqlite3.Error as exc:
            problems.append(f"round {round_}: {exc}")
            stored = set()
        finally:
            conn.close()
        missing = acknowledged - stored
        if missing:
            problems.append(f"round {round_}: {len(missing)} acknowledged entries lost")
    return {"acknowledged": len(acknowledged), "problems": problems}


if __name__ == "__main__":
    print(json.dumps(run(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))))
