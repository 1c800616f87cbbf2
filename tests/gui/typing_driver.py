"""A desk process that types into the capture field word by word, for the SIGKILL draft test.

Usage: python typing_driver.py URL SETTINGS DRAFT_DIR WORDS PAUSE_AFTER
Prints ``ready`` once the database is open, then ``<unix time> <characters typed>`` after each
word (flushed), and ``paused`` after PAUSE_AFTER words, when it stops typing and just waits to
be killed. Real key events go to the field, so the draft keeper sees what a recorder's
keystrokes would make it see.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from feedback_desk.gui.app import DeskApp  # noqa: E402
from feedback_desk.gui.settings import Settings  # noqa: E402

WORDS = ("klaim JHT saya ditolak karena paspor lama tidak cocok dengan data di kantor cabang "
         "mohon dibantu agen tidak memberi kontrak kerja").split()


def main() -> None:
    url, settings, draft_dir = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    words, pause_after = int(sys.argv[4]), int(sys.argv[5])
    app = QApplication([])
    desk = DeskApp(url, "ani", settings=Settings(settings), draft_dir=draft_dir, first_run=False)
    desk.start()
    while not (desk.backend.ready and desk.panel.bar.session_id() is not None):
        app.processEvents()
        time.sleep(0.005)
    field = desk.panel.form.text
    desk.panel.focus_text()
    print("ready", flush=True)
    typed = [0]

    def type_word() -> None:
        word = WORDS[typed[0] % len(WORDS)]
        QTest.keyClicks(field, word + " ")
        typed[0] += 1
        print(f"{time.time():.3f} {len(field.toPlainText())}", flush=True)
        if typed[0] == pause_after or typed[0] == words:
            timer.stop()
            print("paused", flush=True)

    timer = QTimer(interval=120)
    timer.timeout.connect(type_word)
    timer.start()
    app.exec()


if __name__ == "__main__":
    main()
