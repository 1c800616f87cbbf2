"""A desk killed with SIGKILL while text is in the field: the draft on disk holds what was typed
(an exact prefix, never a torn file), at most 10 s of typing is lost, and the next start offers
it back. The typing happens in a separate process, driven by real key events."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from feedback_desk.core.drafts import DraftStore, draft_path

from .conftest import focused
from .typing_driver import WORDS

DRIVER = Path(__file__).with_name("typing_driver.py")
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


class Typist:
    """The driver process and the (time, characters typed) lines it prints."""

    def __init__(self, url: str, tmp_path: Path, *, words: int, pause_after: int) -> None:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT / "src"))
        self.proc = subprocess.Popen(
            [sys.executable, str(DRIVER), url, str(tmp_path / "settings.ini"), str(tmp_path / "drafts"),
             str(words), str(pause_after)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
        )
        self.progress: list[tuple[float, int]] = []
        self.ready = threading.Event()
        self.paused = threading.Event()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            word = line.split()
            if word == ["ready"]:
                self.ready.set()
            elif word == ["paused"]:
                self.paused.set()
            elif len(word) == 2:
                self.progress.append((float(word[0]), int(word[1])))

    def wait(self, flag: threading.Event, timeout: float) -> None:
        if not flag.wait(timeout):
            self.proc.kill()
            raise AssertionError(f"driver stuck; stderr: {self.proc.communicate()[1]}")

    def kill(self) -> float:
        at = time.time()
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)
        assert self.proc.returncode == -signal.SIGKILL
        return at


def full_text(characters: int) -> str:
    text, i = "", 0
    while len(text) < characters:
        text += WORDS[i % len(WORDS)] + " "
        i += 1
    return text[:characters]


@pytest.mark.parametrize("scenario", ["mid-typing", "after-a-pause"])
def test_sigkill_loses_at_most_ten_seconds_and_the_draft_comes_back(
    qtbot: Any, make_desk: Any, desk_url: str, tmp_path: Path, scenario: str,
) -> None:
    pause_after = 10_000 if scenario == "mid-typing" else 25
    typist = Typist(desk_url, tmp_path, words=10_000, pause_after=pause_after)
    typist.wait(typist.ready, 60)
    if scenario == "mid-typing":
        time.sleep(random.uniform(7.0, 12.0))  # long enough for the at-least-every-5-s save
    else:
        typist.wait(typist.paused, 30)
        time.sleep(3.0)  # the idle save comes about 2 s after the last keystroke
    killed_at = typist.kill()
    assert typist.progress, "nothing was typed"
    typed = typist.progress[-1][1]

    draft = DraftStore(draft_path(tmp_path / "drafts", desk_url, "ani")).load()
    assert draft is not None, "no draft on disk after the kill"
    assert full_text(typed).startswith(draft.text), "the draft is not what was typed"
    kept_until = max((t for t, n in typist.progress if n <= len(draft.text)), default=typist.progress[0][0])
    lost = 0.0 if len(draft.text) == typed else killed_at - kept_until
    assert lost <= 10.0, f"{lost:.1f} s of typing lost ({len(draft.text)} of {typed} characters kept)"
    if scenario == "after-a-pause":
        assert draft.text == full_text(typed)  # 100 %: everything typed before the pause

    desk = make_desk(desk_url)
    qtbot.waitUntil(lambda: desk.panel.recovery.isVisible())
    qtbot.keyClick(focused(), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: desk.panel.form.text.toPlainText() == draft.text)
