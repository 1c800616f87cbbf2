"""Live refresh of the charts, at most once a second, one computation at a time.

Entries arrive in bursts during a session (several desks, a save every few seconds each).
Every change pokes the throttle; it fires at once when the last refresh started at least
``interval`` ago and none is running, otherwise once, later: after the interval has passed and
the running computation has finished. Pokes in between are folded into that one refresh.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal, Slot

INTERVAL_MS = 1000


class RefreshThrottle(QObject):
    sig_fire = Signal()
    """Refresh now (call ``finished()`` when the refresh is done)."""

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.interval_ms = interval_ms
        self._last = -1e18  # monotonic seconds of the last fire
        self._busy = False
        self._pending = False
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._on_timer)
        self.fired = 0  # how many times it fired (for tests and the bench)

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def pending(self) -> bool:
        return self._pending

    def poke(self) -> None:
        """Something changed: refresh now or as soon as allowed."""
        self._pending = True
        self._schedule()

    def started(self) -> None:
        """A refresh began by other means (the user changed a filter): it counts as one."""
        self._pending = False
        self._busy = True
        self._last = time.monotonic()
        self._timer.stop()

    def finished(self) -> None:
        """The refresh that ``sig_fire`` asked for (or ``started`` announced) is done."""
        self._busy = False
        if self._pending:
            self._schedule()

    def cancel(self) -> None:
        """Forget a waiting refresh (the page was hidden; it refreshes when shown)."""
        self._pending = False
        self._timer.stop()

    def _schedule(self) -> None:
        if self._busy or not self._pending:
            return
        wait_ms = int((self._last + self.interval_ms / 1000 - time.monotonic()) * 1000)
        if wait_ms <= 0:
            self._fire()
        elif not self._timer.isActive():
            self._timer.start(wait_ms)

    @Slot()
    def _on_timer(self) -> None:
        self._schedule()

    def _fire(self) -> None:
        self._timer.stop()
        self._pending = False
        self._busy = True
        self._last = time.monotonic()
        self.fired += 1
        self.sig_fire.emit()
