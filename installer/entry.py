"""The frozen app's entry point: the same as the ``feedback-desk`` command (no command opens the
window). On Windows the windowed ``feedback-desk.exe`` has no console, so ``sys.stdout`` and
``sys.stderr`` are None there: anything printed goes nowhere instead of failing."""

import os
import sys

for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

from feedback_desk.cli import main  # noqa: E402

raise SystemExit(main())
