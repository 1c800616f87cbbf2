"""Crash safety: a recorder killed with SIGKILL at a random moment loses nothing it acknowledged.

A forked child records entries through the real service and writes each entry's uuid to a pipe
only after the commit returned. The driver kills it at a random moment (often mid-transaction)
and checks the file every round: ``integrity_check`` ok, the FTS index intact, every
acknowledged entry present. 200 rounds; at the end the audit chain still verifies. The loop
runs in a fresh interpreter (``crash_driver``) because forking is only safe single-threaded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from feedback_desk.core.db.engine import open_database
from feedback_desk.core.services import Services

ROUNDS = int(os.environ.get("FD_CRASH_ROUNDS", "200"))
ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (POSIX)"),
]


def test_sigkill_never_loses_an_acknowledged_entry(tmp_path: Path) -> None:
    path = tmp_path / "crash.sqlite"
    done = subprocess.run(
        [sys.executable, "-m", "tests.reliability.crash_driver", str(path), str(ROUNDS), "20261124"],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["problems"] == []
    assert result["acknowledged"] > ROUNDS  # the child really recorded something most rounds
    db = open_database(f"sqlite:///{path}")
    try:
        check = Services.connect(db, "crash").audit.verify()
        assert check.ok, check
        assert check.checked > result["acknowledged"]
    finally:
        db.dispose()
