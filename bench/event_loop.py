"""The event loop as a GUI bench drives it: run until a condition holds, and the longest gap
between ticks of a 10 ms heartbeat meanwhile (an event-loop stall)."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


class EventLoop:
    def __init__(self, app: QApplication, *, beat_ms: int = 10) -> None:
        self.app = app
        self.stalls: list[float] = [0.0]  # seconds between ticks, while running
        self._last = time.perf_counter()
        self._measuring = False  # only while the loop runs (floors run on this thread too)
        self._heart = QTimer(interval=beat_ms)
        self._heart.timeout.connect(self._beat)
        self._heart.start()

    def _beat(self) -> None:
        now = time.perf_counter()
        if self._measuring:
            self.stalls.append(now - self._last)
        self._last = now

    def stop(self) -> None:
        self._heart.stop()

    def reset(self) -> None:
        """Forget the stalls seen so far."""
        self.stalls[:] = [0.0]

    @property
    def longest_ms(self) -> float:
        return max(self.stalls) * 1000

    def run(self, cond: Any, timeout: float = 120.0) -> None:
        """Process events until ``cond()`` holds (TimeoutError after ``timeout`` seconds)."""
        end = time.perf_counter() + timeout
        self._last = time.perf_counter()
        self._measuring = True
        try:
            while not cond():
                self.app.processEvents()
                time.sleep(0.0005)
                if time.perf_counter() > end:
                    raise TimeoutError
        finally:
            self._measuring = False
