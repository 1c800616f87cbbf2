"""Where the database is: ``--db``, then ``$FEEDBACK_DESK_DB``, then the user data folder.

Kept apart from the engine so that finding the URL loads no SQLAlchemy (the window shows first).
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "FEEDBACK_DESK_DB"
APP_NAME = "feedback-desk"


def default_database_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "desk.sqlite"


def sqlite_url(path: Path) -> str:
    """``sqlite:///PATH`` for a file path; "%", "?" and "#" in it are escaped (SQLAlchemy reads
    them as an escape, the query string and a fragment) and nothing else, so the URL still reads
    as the path in the window's status bar."""
    text = str(path).replace("%", "%25").replace("?", "%3F").replace("#", "%23")
    return f"sqlite:///{text}"


def resolve_url(explicit: str | None = None) -> str:
    """The database URL: ``--db`` first, then ``$FEEDBACK_DESK_DB``, then the user data dir."""
    url = explicit or os.environ.get(ENV_VAR) or ""
    if not url.strip():
        return sqlite_url(default_database_path())
    url = url.strip()
    if "://" not in url:  # a bare file path is a SQLite file
        return sqlite_url(Path(url).expanduser().absolute())
    return url
