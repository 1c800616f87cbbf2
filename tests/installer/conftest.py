"""One real build of the installable app for every slow installer test (a build takes about a
minute, the first one in a clean clone longer: it makes build/installer/venv)."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Build:
    dist: Path  # FEEDBACK_DESK_DIST: feedback-desk/, the tarball, SHA256SUMS
    log: str  # what build.sh said on stderr


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """``installer/build.sh --no-self-test`` (the tests run the self-test themselves), started
    from another folder than the repository."""
    out = tmp_path_factory.mktemp("dist")
    env = dict(os.environ, FEEDBACK_DESK_DIST=str(out))
    done = subprocess.run(["bash", str(ROOT / "installer" / "build.sh"), "--no-self-test"],
                          env=env, cwd="/", capture_output=True, text=True, timeout=1500,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-5000:]
    return Build(out, done.stderr)
