"""Every database call runs off the GUI thread, through one helper.

Reads go to a small pool; writes to a single thread, so they commit in the order they were asked
for (and SQLite never has two of our writers waiting on each other). A task is a plain function;
its result or exception comes back to the GUI thread through a queued signal, where the callback
runs. Workers never touch widgets.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

T = TypeVar("T")
log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives in the GUI thread; a worker's emit is queued to it."""

    sig_result = Signal(object, object)
    """(callback, value): run ``callback(value)`` on the GUI thread."""


class TaskRunner(QObject):
    sig_failed = Signal(object)
    """A task without its own error callback raised this exception."""

    sig_busy_changed = Signal(int)
    """How many tasks are queued or running."""

    def __init__(self, parent: QObject | None = None, *, readers: int = 2) -> None:
        super().__init__(parent)
        self._reads = ThreadPoolExecutor(readers, thread_name_prefix="fd-read")
        self._writes = ThreadPoolExecutor(1, thread_name_prefix="fd-write")
        self._slow = ThreadPoolExecutor(1, thread_name_prefix="fd-slow")
        self._relay = _Relay(self)
        self._relay.sig_result.connect(self._on_result)
        self._pending = 0
        self._closed = False

    def read(
        self, fn: Callable[[], T], on_done: Callable[[T], Any] | None = None,
        on_error: Callable[[BaseException], Any] | None = None,
    ) -> Future[None]:
        return self._submit(self._reads, fn, on_done, on_error)

    def background(
        self, fn: Callable[[], T], on_done: Callable[[T], Any] | None = None,
        on_error: Callable[[BaseException], Any] | None = None,
    ) -> Future[None]:
        """A long read that may wait (facet counts, statistics): its own thread, so it never
        holds up the reads a user waits on (the next page of a list)."""
        return self._submit(self._slow, fn, on_done, on_error)

    def write(
        self, fn: Callable[[], T], on_done: Callable[[T], Any] | None = None,
        on_error: Callable[[BaseException], Any] | None = None,
    ) -> Future[None]:
        return self._submit(self._writes, fn, on_done, on_error)

    def _submit(
        self, pool: ThreadPoolExecutor, fn: Callable[[], T],
        on_done: Callable[[T], Any] | None, on_error: Callable[[BaseException], Any] | None,
    ) -> Future[None]:
        if self._closed:  # a timer firing after the window closed: nothing to do any more
            dropped: Future[None] = Future()
            dropped.cancel()
            return dropped
        self._pending += 1
        self.sig_busy_changed.emit(self._pending)
        relay = self._relay
        failed = on_error or self.sig_failed.emit

        def job() -> None:
            try:
                result = fn()
            except BaseException as exc:  # reported on the GUI thread, never swallowed
                log.debug("task failed", exc_info=True)
                relay.sig_result.emit(failed, exc)
            else:
                relay.sig_result.emit(on_done, result)

        return pool.submit(job)

    @Slot(object, object)
    def _on_result(self, callback: Callable[[Any], Any] | None, value: Any) -> None:
        self._pending -= 1
        self.sig_busy_changed.emit(self._pending)
        if callback is not None and not self._closed:
            callback(value)

    @property
    def pending(self) -> int:
        return self._pending

    def shutdown(self) -> None:
        """Finish what was asked (queued writes are commits a user is waiting on), then stop."""
        self._closed = True
        self._reads.shutdown(wait=True, cancel_futures=True)
        self._slow.shutdown(wait=True, cancel_futures=True)
        self._writes.shutdown(wait=True)
