"""The core stays Qt-free: an import-linter contract, and a check of what importing it loads."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / ".importlinter"


def test_import_linter_contract_holds() -> None:
    tool = Path(sys.executable).with_name("lint-imports")  # the venv's, next to its python
    done = subprocess.run([str(tool), "--config", str(CONFIG), "--no-cache"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout, done.stdout


def test_contract_forbids_the_gui_package_once_it_exists() -> None:
    config = configparser.ConfigParser()
    config.read(CONFIG)
    forbidden = config["importlinter:contract:core-is-qt-free"]["forbidden_modules"].split()
    assert {"PySide6", "pyqtgraph"} <= set(forbidden)
    if (ROOT / "src" / "feedback_desk" / "gui").is_dir():
        assert "feedback_desk.gui" in forbidden, "add feedback_desk.gui to .importlinter"


def test_importing_every_core_module_loads_no_qt() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        "import feedback_desk.core as core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'feedback_desk.core.'):\n"
        "    if '.migrations' not in m.name:  # env.py needs a running Alembic context\n"
        "        importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules\n"
        "             if n.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'))\n"
        "print(len([n for n in sys.modules if n.startswith('feedback_desk.core')]), bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    loaded = int(done.stdout.split()[0])
    assert loaded >= 10, done.stdout  # it really walked the package


def test_the_desk_loads_reportlab_only_when_a_summary_is_asked_for() -> None:
    """ReportLab costs start-up time (DESIGN.md): the services, the CLI and the window's
    modules load without it; the summary's builder loads it."""
    code = (
        "import sys\n"
        "import feedback_desk.cli, feedback_desk.core.services, feedback_desk.gui.app\n"
        "import feedback_desk.core.reports.model, feedback_desk.gui.summary.dialog\n"
        "early = sorted(n for n in sys.modules if n.split('.')[0] == 'reportlab')\n"
        "import feedback_desk.core.reports.builder\n"
        "print(len(early), 'reportlab' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0", "True"], done.stdout
