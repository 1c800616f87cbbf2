"""Keeps the half-typed entry on disk: about 2 s after the last keystroke, and at least every
5 s while typing goes on, so a crash or power loss costs a few seconds at most.

Writes run on a thread of their own (an fsync can take tens of milliseconds, and a database
that hangs must not hold up the draft); they happen in the order asked.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ...core.drafts import Draft, DraftStore

MAX_WAIT_MS = 5000


class DraftKeeper(QObject):
    sig_failed = Signal(str)
    """The draft could not be written (the message of the OS error)."""

    def __init__(
        self, store: DraftStore, snapshot: Callable[[], Draft | None], *, delay_ms: int = 2000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._snapshot = snapshot
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="fd-draft")
        self._idle = QTimer(self, singleShot=True, interval=delay_ms)
        self._idle.timeout.connect(self.save_now)
        self._cap = QTimer(self, singleShot=True, interval=max(MAX_WAIT_MS, delay_ms))
        self._cap.timeout.connect(self.save_now)
        self._last: Future[None] | None = None
        self._failed = False

    def touch(self) -> None:
        """The form changed."""
        self._idle.start()
        if not self._cap.isActive():
            self._cap.start()

    @Slot()
    def save_now(self) -> None:
        self._idle.stop()
        self._cap.stop()
        draft = self._snapshot()
        store = self.store
        action = store.clear if draft is None else (lambda: store.save(draft))
        self._last = self._pool.submit(self._run, action)

    def _run(self, action: Callable[[], None]) -> None:
        try:
            action()
        except OSError as exc:
            self._failed = True
            self.sig_failed.emit(exc.strerror or str(exc))  # queued to the GUI thread
        else:
            self._failed = False

    @property
    def failing(self) -> bool:
        return self._failed

    def flush(self, timeout: float = 5.0) -> None:
        """Write what is pending now and wait for it (closing the window)."""
        if self._idle.isActive() or self._cap.isActive():
            self.save_now()
        if self._last is not None:
            try:
                self._last.result(timeout)
            except Exception:  # reported through sig_failed
                pass

    def shutdown(self) -> None:
        self.flush()
        self._pool.shutdown(wait=True)
