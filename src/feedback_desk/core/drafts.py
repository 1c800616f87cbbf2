"""The half-typed entry on disk, so that a crash or power loss loses at most a few seconds.

One small JSON file per database and user, replaced atomically: written to a temporary file in
the same folder, flushed and fsynced, then renamed over the old one (and the folder fsynced),
so the file on disk is always either the previous draft or the new one, never a torn mix.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

FORMAT = 1


@dataclass(frozen=True, slots=True)
class Draft:
    text: str
    fields: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    saved_at: datetime = field(default_factory=lambda: datetime.now(UTC))


def draft_path(folder: Path, database: str, username: str) -> Path:
    """Where the draft of ``username`` on ``database`` lives (the URL is hashed: no password
    or path in a file name)."""
    key = hashlib.sha256(f"{database}\n{username}".encode()).hexdigest()[:16]
    return folder / f"draft-{key}.json"


class DraftStore:
    def __init__(self, path: Path) -> None:
        self.path = path

    def save(self, draft: Draft) -> None:
        """Replace the draft on disk atomically. Raises OSError (disk full, read-only …)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        payload = json.dumps(
            {
                "format": FORMAT, "text": draft.text, "fields": draft.fields,
                "saved_at": draft.saved_at.isoformat(),
            },
            ensure_ascii=False,
        ).encode()
        fd, tmp = tempfile.mkstemp(prefix=".draft-", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _fsync_dir(self.path.parent)

    def load(self) -> Draft | None:
        """The saved draft, or None when there is none (or it is unreadable: it is set aside
        as ``*.unreadable`` for a person to look at, never silently deleted). A draft with no
        half-typed text can still hold fields worth keeping (entries whose save was under way)."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        try:
            data = json.loads(raw.decode())
            text = data["text"]
            fields = data.get("fields") or {}
            saved_at = datetime.fromisoformat(data["saved_at"])
            if not isinstance(text, str) or not isinstance(fields, dict):
                raise ValueError("wrong types")
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            os.replace(self.path, self.path.with_suffix(".unreadable"))
            return None
        if not text.strip() and not fields:
            return None
        return Draft(text, fields, saved_at)

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
