"""Merging an offline desk's SQLite file into this database (``feedback-desk merge DESK.db``).

The file itself is never written: it is copied (with its WAL, under a shared lock when it uses a
rollback journal, so a desk in the middle of a write is reported as "in use"), the copy is
migrated with ``open_database`` and read whole; then everything is written in ONE transaction,
so a bad file, a refusal or a cancel leaves this database exactly as it was.

Matching: events by uuid, then by name; sessions by (event, name); users by user name (a missing
one is created as an inactive recorder without a password, so "recorded by" survives); speakers,
issue groups by uuid; tags by name. Entries by uuid: a new one is inserted with its original
time, recorder, lifecycle, tier, dimensions, tags, notes and speaker identity (with its consent);
the same uuid with the same content is "already present"; the same uuid with other content is a
conflict, reported with both versions and never overwritten. Content means what was recorded
(``FACT_FIELDS``), not triage work done since. A second merge of the same file adds nothing.
Audited: one ``entry.merge`` row per new entry and one ``desk.merge`` row with the counts.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .db.engine import open_database
from .errors import DeskError, ValidationError
from .permissions import Action, require

if TYPE_CHECKING:
    from .services import Services

FACT_FIELDS = ("event", "session", "recorded_at", "recorded_by", "kind", "service_area",
               "speaker_type", "country", "topic", "text")
_CODES = (("kind", "kind"), ("service_area", "service_area"), ("speaker_type", "speaker_type"),
          ("topic", "topic"), ("country", "country"), ("programme", "programme"),
          ("phase", "phase"))
_LOCK_WAIT_S = 2.0
_HIDDEN = "(protection case)"


@dataclass(frozen=True, slots=True)
class EntryFacts:
    """What was recorded: the fields that make two copies of an entry the same."""

    event: str
    session: str | None
    recorded_at: datetime
    recorded_by: str
    kind: str
    service_area: str
    speaker_type: str
    country: str | None
    topic: str | None
    text: str


@dataclass(frozen=True, slots=True)
class MergeConflict:
    uuid: str
    here: EntryFacts  # the version in this database (kept)
    there: EntryFacts  # the version in the file (not merged)
    fields: tuple[str, ...]  # which of FACT_FIELDS differ


@dataclass(frozen=True, slots=True)
class MergeReport:
    source: str  # the file's name
    total: int  # entries in the file
    new: tuple[str, ...] = ()  # uuids inserted
    present: tuple[str, ...] = ()  # uuids already here with the same content
    conflicts: tuple[MergeConflict, ...] = ()
    refused: tuple[tuple[str, str], ...] = ()  # (uuid, reason): codes this database lacks
    users_created: tuple[str, ...] = ()
    events_created: tuple[str, ...] = ()
    sessions_created: tuple[str, ...] = ()
    cancelled: bool = False  # nothing was written
    sha256: str = ""

    def report_lines(self) -> list[str]:
        """The result for the command line, one fact per line."""
        if self.cancelled:
            return [f"merge of {self.source} cancelled: nothing was written"]
        lines = [
            f"merged {self.source}: {self.total} entries in the file",
            f"  new: {len(self.new)}",
            f"  already present: {len(self.present)}",
            f"  conflicts (not merged): {len(self.conflicts)}",
        ]
        if self.refused:
            lines.append(f"  refused (unknown codes): {len(self.refused)}")
        for label, names in (("users created (inactive, no password)", self.users_created),
                             ("events created", self.events_created),
                             ("sessions created", self.sessions_created)):
            if names:
                lines.append(f"  {label}: {', '.join(names)}")
        for c in self.conflicts:
            lines.append(f"conflict {c.uuid}:")
            for name in c.fields:
                lines.append(f"  {name}: here {getattr(c.here, name)!r}; "
                             f"in the file {getattr(c.there, name)!r}")
        lines += [f"refused {uuid}: {reason}" for uuid, reason in self.refused]
        return lines


class MergeCancelled(DeskError):
    def __init__(self) -> None:
        super().__init__("the merge was cancelled; nothing was written")


def merge_desk_file(
    services: Services, path: Path | str, *,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> MergeReport:
    """Merge the offline desk file at ``path`` into ``services``' database (module notes).
    ``progress(done, total)`` is called per entry; ``cancel()`` returning True stops the merge
    with nothing written."""
    require(services.actor, Action.DESK_MERGE)
    source = Path(path).expanduser()
    own = services.db.sqlite_path
    if own is not None and source.exists() and own.resolve() == source.resolve():
        raise ValidationError("file", f"{source} is this desk's own database")
    from .merge_write import Merger, load_rows

    folder = Path(tempfile.mkdtemp(prefix="fd-merge-"))
    try:
        copy, digest = _copy(source, folder)
        _check_is_desk_file(copy, source)
        db = open_database(f"sqlite:///{copy}")  # migrates the copy; DatabaseTooNew if newer
        try:
            data = db.read(load_rows)
        finally:
            db.dispose()
        hide = not services.actor.can(Action.PROTECTION_READ)
        try:
            return services.db.write(
                lambda s: Merger(s, services, data, source.name, digest, hide, progress,
                                 cancel).run())
        except MergeCancelled:
            return MergeReport(source.name, len(data["entries"]), cancelled=True, sha256=digest)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# ---- the file ---------------------------------------------------------------------------------
def _copy(source: Path, folder: Path) -> tuple[Path, str]:
    """A private copy of the file (and its WAL), read without writing anything beside it."""
    if not source.exists():
        raise ValidationError("file", f"{source} does not exist")
    if not source.is_file():
        raise ValidationError("file", f"{source} is not a file")
    try:
        with source.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise ValidationError("file", f"{source} cannot be read: {exc.strerror}") from exc
    if not header.startswith(b"SQLite format 3\x00"):
        raise ValidationError("file", f"{source} is not a Feedback Desk file (not SQLite)")
    target = folder / "desk.sqlite"
    lock = None
    try:
        if header[18] == 1:  # rollback journal: hold a shared lock so no writer is midway
            lock = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True,
                                   timeout=_LOCK_WAIT_S, isolation_level=None)
            lock.execute("BEGIN")
            lock.execute("SELECT count(*) FROM sqlite_master").fetchone()
        shutil.copyfile(source, target)
        wal = source.with_name(source.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, folder / "desk.sqlite-wal")
    except sqlite3.Error as exc:
        raise ValidationError("file", f"{source} is in use by another program ({exc}); close "
                                      "the desk that has it open and try again") from exc
    except OSError as exc:
        raise ValidationError("file", f"{source} cannot be read: {exc.strerror}") from exc
    finally:
        if lock is not None:
            lock.close()
    return target, hashlib.sha256(target.read_bytes()).hexdigest()


def _check_is_desk_file(copy: Path, source: Path) -> None:
    try:
        conn = sqlite3.connect(str(copy))
        try:
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise ValidationError("file", f"{source} is damaged (its integrity check fails)")
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise ValidationError("file", f"{source} cannot be read as a database: {exc}") from exc
    if not {"alembic_version", "entry", "event", "audit_event"} <= tables:
        raise ValidationError("file", f"{source} is not a Feedback Desk file")
