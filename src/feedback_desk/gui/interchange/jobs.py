"""A long import or export off the GUI thread: its progress, reported to the GUI thread at
most a few times a second, and its Cancel flag, read by the worker between rows."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QProgressBar

from ...core.interchange.model import Cancel, Progress

PROGRESS_EVERY_S = 0.1  # a 100,000-row file reports progress on every row: pass on a few


class Job(QObject):
    """One run at a time: ``begin()`` gives the worker's ``progress`` and ``cancel``."""

    sig_progress = Signal(int, float)
    """(rows done, fraction 0..1) from the worker, queued to the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.generation = 0

    def begin(self) -> tuple[int, Progress, Cancel]:
        """A new run: cancels the one before (its answer is then ignored by generation)."""
        self._cancel.set()
        self._cancel = threading.Event()
        self.generation += 1
        emit = self.sig_progress.emit
        last = [0.0]

        def progress(rows: int, fraction: float) -> None:
            now = time.monotonic()
            if now - last[0] >= PROGRESS_EVERY_S or fraction >= 1.0:
                last[0] = now
                emit(int(rows), float(fraction))

        return self.generation, progress, self._cancel.is_set

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


def show_progress(bar: QProgressBar, rows: int, fraction: float) -> None:
    """A job's report on its progress bar: how far through, and the rows so far."""
    bar.setRange(0, 1000)
    bar.setValue(int(fraction * 1000))
    bar.setFormat(QCoreApplication.translate("ImportJob", "{n} rows").format(n=f"{rows:,}"))
