"""The environment for programs we start that are not ours (``pg_dump``).

The frozen Linux app's launcher points ``LD_LIBRARY_PATH`` at its own bundled libraries and
keeps the user's value in ``LD_LIBRARY_PATH_ORIG``. A system program started with that would
load our copies of libssl, libcrypto or libstdc++ instead of its own, and may fail to start on a
distribution newer than the build machine. PyInstaller's documented fix: give such programs the
original value back.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping


def program_env(base: Mapping[str, str] | None = None) -> dict[str, str]:
    """A copy of ``base`` (default: this process's environment) fit for a system program."""
    env = dict(os.environ if base is None else base)
    if getattr(sys, "frozen", False):
        for name in ("LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH"):
            original = env.pop(f"{name}_ORIG", None)
            if original is not None:
                env[name] = original
            else:
                env.pop(name, None)
    return env
