"""Regression: PySide6 6.12 on CPython 3.11 decremented None's refcount on every void call and
aborted with ``Fatal Python error: none_dealloc`` after a few thousand calls. On 3.12+ None is
immortal; this proves the interpreter we ship on survives a storm of void calls. (Checked: the
same storm under this machine's Python 3.11 aborts with exit code -6, ``none_dealloc``.)"""

from __future__ import annotations

import os
import subprocess
import sys

STORM = r"""
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication([])
label = QLabel()
timer = QTimer()
before = sys.getrefcount(None)
for i in range(12_500):         # 4 void calls each: 50,000 in all
    label.setText(str(i))       # void
    label.setToolTip("tip")     # void
    timer.start(1000)           # void
    timer.stop()                # void
    if i % 100 == 0:
        QCoreApplication.processEvents()
after = sys.getrefcount(None)
print(before, after)
"""


def test_python_is_new_enough_for_pyside6() -> None:
    assert sys.version_info >= (3, 12), "PySide6 6.12 crashes on Python 3.11 (none_dealloc)"


def test_void_calls_do_not_drain_none() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", STORM], env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, f"exit code {done.returncode}: {done.stderr[-2000:]}"
    before, after = (int(x) for x in done.stdout.split())
    assert after >= before


def test_qtbot_drives_a_widget_offscreen(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit

    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    qtbot.keyClicks(edit, "Klaim JHT")
    assert edit.text() == "Klaim JHT"
