"""The desk's log file, for whoever supports it: a windowed app has no console, so warnings and
unexpected errors would otherwise vanish.

``start()`` (the window calls it) writes to ``feedback-desk.log`` in the user log folder
(Windows ``%LOCALAPPDATA%\\feedback-desk\\Logs``, Linux ``~/.local/state/feedback-desk/log``),
rotating at 1 MB and keeping three old files. An uncaught error is logged as its type, the
first line of its message and the code lines of its traceback: never the values of local
variables, and for a database error the driver's message rather than SQLAlchemy's, which
quotes the statement's parameters (what a speaker said, names). A log folder that cannot be
written (read-only, full) leaves the app without a log, not without a window.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from . import __version__

LOGGER = "feedback_desk"
FILE_NAME = "feedback-desk.log"
MAX_BYTES = 1_000_000
BACKUPS = 3

_handler: logging.Handler | None = None
_previous_hook = sys.excepthook


def log_folder() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("feedback-desk", appauthor=False))


def log_path() -> Path:
    return log_folder() / FILE_NAME


def first_line(exc: BaseException) -> str:
    """The first line of ``exc``'s message, without what a database error carries along (its
    SQL and every bound value: what was said, names): SQLAlchemy's wrapper gives way to the
    driver's own message. "" when there is none. Shared by the log, the CLI and the self-test."""
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip()
    return text.splitlines()[0][:300] if text else ""


def safe_error(exc: BaseException) -> str:
    """``exc`` in one line: its type and ``first_line``."""
    first = first_line(exc)
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


def safe_traceback(exc: BaseException) -> str:
    """The error (``safe_error``) and where it happened: file, line, function and code line."""
    frames = "".join(traceback.format_tb(exc.__traceback__))
    return f"{safe_error(exc)}\n{frames.rstrip()}"


def start(folder: Path | None = None) -> Path | None:
    """Log warnings and errors (and the start itself) to the log file; the file, or None when
    it cannot be written. Also records uncaught errors (``sys.excepthook``). Idempotent."""
    global _handler, _previous_hook
    path = (folder or log_folder()) / FILE_NAME
    if _handler is None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
        except OSError:
            return None
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.setLevel(logging.INFO)
        root = logging.getLogger()
        root.addHandler(handler)
        if root.level > logging.WARNING or root.level == logging.NOTSET:
            root.setLevel(logging.WARNING)  # other libraries: warnings and errors only
        logging.getLogger(LOGGER).setLevel(logging.INFO)
        _handler = handler
        _previous_hook = sys.excepthook
        sys.excepthook = _log_uncaught
    build = "installed" if getattr(sys, "frozen", False) else "source"
    logging.getLogger(LOGGER).info("Feedback Desk %s started (%s, Python %s, %s %s)", __version__,
                                   build, platform.python_version(), platform.system(),
                                   platform.release())
    return current()


def _log_uncaught(kind: type[BaseException], exc: BaseException,
                  tb: TracebackType | None) -> None:
    if not issubclass(kind, KeyboardInterrupt):
        logging.getLogger(LOGGER).error("unexpected error: %s", safe_traceback(exc))
    _previous_hook(kind, exc, tb)  # and as before (stderr, when there is one)


def current() -> Path | None:
    """The log file being written, if any."""
    return Path(_handler.baseFilename) if isinstance(_handler, logging.FileHandler) else None


def stop() -> None:
    """Close the log file and put the previous error hook back (tests; the app keeps both)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
        if sys.excepthook is _log_uncaught:
            sys.excepthook = _previous_hook
