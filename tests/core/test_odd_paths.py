"""Folders named like URLs or config syntax: "%" (ConfigParser interpolation in Alembic's
script location), "?", "#" and "%" in a SQLite file's path (query, fragment and escapes in
URLs). A Windows user called "50%" or a USB stick named "Rapat #3?" must still work."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy.engine import make_url

from feedback_desk.core.db.engine import open_database
from feedback_desk.core.db.location import resolve_url, sqlite_url
from feedback_desk.core.db.migrate import (
    MIGRATIONS_DIR,
    current_revision,
    head_revision,
    upgrade,
)
from feedback_desk.core.live.sqlite_watch import SqliteWatcher
from feedback_desk.core.profiles import Profile

ODD = "Rapat #3? 50%20 off é"


def test_a_sqlite_path_with_url_characters_is_that_file(tmp_path: Path) -> None:
    folder = tmp_path / ODD
    folder.mkdir()
    path = folder / "desk?.sqlite"
    url = resolve_url(str(path))
    assert url == sqlite_url(path) and make_url(url).database == str(path)
    assert "é" in url  # only what must be escaped is: the status bar still reads the path
    db = open_database(url)
    try:
        assert current_revision(db) == head_revision()
    finally:
        db.dispose()
    assert path.is_file()
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file() and "wal" not in p.name
                  and "shm" not in p.name) == ["desk?.sqlite"]


def test_a_local_profile_with_url_characters(tmp_path: Path) -> None:
    path = tmp_path / ODD / "desk.sqlite"
    profile = Profile.local("usb", path)
    assert make_url(profile.url()).database == str(path)


def test_migrations_from_a_folder_with_a_percent_sign(tmp_path: Path) -> None:
    copied = tmp_path / "C%USERNAME%" / "50%" / "migrations"
    shutil.copytree(MIGRATIONS_DIR, copied)
    assert head_revision(copied) == head_revision()
    db = open_database(sqlite_url(tmp_path / "m.sqlite"), migrate=False)
    try:
        upgrade(db, copied)
        assert current_revision(db) == head_revision()
    finally:
        db.dispose()


def test_the_change_watcher_watches_that_very_file(tmp_path: Path) -> None:
    folder = tmp_path / ODD
    folder.mkdir()
    path = folder / "desk#1.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    watcher = SqliteWatcher(path)
    try:
        assert watcher.changed() is False
        conn.execute("INSERT INTO t VALUES (1)")
        conn.commit()
        assert watcher.changed() is True
    finally:
        watcher.close()
        conn.close()
    assert sorted(p.name for p in folder.iterdir()) == ["desk#1.sqlite"]
    assert [p.name for p in tmp_path.iterdir()] == [ODD]  # no stray file named by half the path
