"""The desk's log file: the start is recorded, warnings and uncaught errors land in it, a
database error is logged without the statement's parameters (what a speaker said), an
unwritable folder leaves the app without a log but running, and the file rotates."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from feedback_desk import __version__, logfile

SECRET = "Siti Rahayu 3603123456780001"


@pytest.fixture
def log_dir(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "logs"
    logfile.stop()


def test_start_records_the_version_and_warnings(log_dir: Path) -> None:
    path = logfile.start(log_dir)
    assert path == log_dir / "feedback-desk.log" == logfile.current()
    logging.getLogger("feedback_desk.gui.tasks").warning("a task took %d s", 12)
    logging.getLogger("some.library").info("chatter")  # other libraries: warnings only
    content = path.read_text(encoding="utf-8")
    assert f"Feedback Desk {__version__} started (source, Python" in content
    assert "WARNING feedback_desk.gui.tasks: a task took 12 s" in content
    assert "chatter" not in content
    assert logfile.start(log_dir) == path  # idempotent: one handler
    assert sum(isinstance(h, logging.handlers.RotatingFileHandler)
               for h in logging.getLogger().handlers) == 1


def test_an_uncaught_database_error_is_logged_without_its_parameters(
        log_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = logfile.start(log_dir)
    assert path is not None
    passed_on: list[type[BaseException]] = []  # the hook before (stderr, or pytest-qt's here)
    monkeypatch.setattr(logfile, "_previous_hook", lambda kind, exc, tb: passed_on.append(kind))
    engine = create_engine("sqlite://")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE entry (id INTEGER PRIMARY KEY, text TEXT UNIQUE)"))
        conn.execute(text("INSERT INTO entry (text) VALUES (:t)"), {"t": SECRET})
    try:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO entry (text) VALUES (:t)"), {"t": SECRET})
    except IntegrityError as exc:
        assert SECRET in str(exc)  # SQLAlchemy's message quotes the parameters…
        sys.excepthook(type(exc), exc, exc.__traceback__)
    content = path.read_text(encoding="utf-8")
    assert "ERROR feedback_desk: unexpected error: IntegrityError: UNIQUE constraint failed" in content
    assert "test_logfile.py" in content and "conn.execute" in content  # where it happened
    assert SECRET not in content  # …the log does not
    assert passed_on == [IntegrityError]


def test_stop_puts_the_previous_hook_back(log_dir: Path) -> None:
    before = sys.excepthook
    logfile.start(log_dir)
    assert sys.excepthook is not before
    logfile.stop()
    assert sys.excepthook is before and logfile.current() is None


def test_an_unwritable_log_folder_means_no_log_not_no_app(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    assert logfile.start(blocker / "logs") is None
    assert logfile.current() is None
    logging.getLogger("feedback_desk").warning("still fine")


def test_the_log_rotates(log_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logfile, "MAX_BYTES", 10_000)
    path = logfile.start(log_dir)
    assert path is not None
    for i in range(2000):
        logging.getLogger("feedback_desk.x").warning("line %05d %s", i, "." * 40)
    files = sorted(p.name for p in log_dir.iterdir())
    assert files == ["feedback-desk.log", "feedback-desk.log.1", "feedback-desk.log.2",
                     "feedback-desk.log.3"]
    assert all((log_dir / f).stat().st_size <= 10_000 for f in files)


def test_the_default_folder_is_the_users_log_folder(monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    if sys.platform.startswith("linux"):
        assert logfile.log_path() == tmp_path / "state" / "feedback-desk" / "log" / "feedback-desk.log"
