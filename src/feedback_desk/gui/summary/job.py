"""One summary build on a thread of its own, reporting progress and taking a cancel.

A build reads for seconds (100,000 entries: several): it gets its own thread rather than the
task pool's, so lists and charts keep refreshing meanwhile. Signals cross back to the GUI
thread queued; the worker never touches a widget.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from ...core.reports.options import ReportOptions
    from ..backend import Backend


class SummaryJob(QObject):
    sig_progress = Signal(int, str)
    """(percent done, stage): the build goes on."""

    sig_finished = Signal(object)
    """The PDF is written: a ``ReportResult``."""

    sig_failed = Signal(object)
    """The build stopped: the exception (``ReportCancelled`` when cancelled). No file was
    written or replaced."""

    def __init__(self, backend: Backend, options: ReportOptions, path: Path,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self.options = options
        self.path = path
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="fd-summary", daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the thread to end (after a cancel it ends at the next check)."""
        if self._thread is not None:
            self._thread.join(timeout)
        return not self.running

    def _run(self) -> None:
        try:
            from ...core.reports.builder import build_report

            services = self._backend.services()
            result = build_report(services, self.options, self.path,
                                  progress=lambda done, total, stage: self.sig_progress.emit(
                                      int(100 * done / max(total, 1)), stage),
                                  cancelled=self._cancel.is_set)
        except BaseException as exc:  # reported to the dialog, never lost in the thread
            self.sig_failed.emit(exc)
            return
        self.sig_finished.emit(result)
