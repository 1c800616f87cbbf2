"""Spreadsheet import and export in the interchange layout (../shared/INTERCHANGE.md).

``preview`` reads and checks a whole file without writing; ``commit`` writes a preview in ONE
transaction (every row, or with ``valid_rows_only`` the accepted ones); ``export`` writes the
rows a search shows. All three stream, report progress and stop on cancel.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ..accounts import check_username, current_actor, name_key
from ..db import audit_chain
from ..db import interchange_queries as q
from ..dto import EntryQuery
from ..errors import ValidationError
from ..interchange import export as out
from ..interchange.model import (
    Cancel,
    ExportResult,
    ImportPreview,
    ImportResult,
    Message,
    Progress,
)
from ..interchange.plan import build_preview
from ..interchange.rows import RowContext
from ..permissions import Action, require, requires
from .base import ServiceBase
from .catalog import load_calendar, load_taxonomy
from .search import SearchService

IMPORT_PURPOSE = ("Tindak lanjut masukan (diimpor dari {file}, persetujuan kontak: ya) / "
                  "Follow-up of the feedback (imported from {file}, contact consent: yes)")


class InterchangeService(ServiceBase):
    """Import a CSV/XLSX table of entries; export a list as one."""

    @requires(Action.ENTRY_IMPORT)
    def preview(
        self, path: str | Path, *, mapping: Sequence[str | None] | None = None,
        sheet: str | None = None, encoding: str | None = None,
        progress: Progress | None = None, cancel: Cancel | None = None,
    ) -> ImportPreview:
        """What importing ``path`` would do, row by row; nothing is written."""
        ctx, users, sessions = self._db.read(self._context)
        see = self._actor.can(Action.PROTECTION_READ)
        from ..interchange.source import open_table  # the readers load openpyxl: only now
        digest = _sha256(str(path))  # of the file as previewed (commit records this one)
        with open_table(path, sheet=sheet, encoding=encoding) as source:
            found = build_preview(
                source, mapping, ctx, lambda uuids: self._db.read(
                    lambda s: q.stored_facts(s, uuids)),
                see_protection=see, known_users=users, known_sessions=sessions,
                progress=progress, cancel=cancel)
        return dataclasses.replace(found, sha256=digest)

    @requires(Action.ENTRY_IMPORT)
    def commit(
        self, preview: ImportPreview, *, valid_rows_only: bool = False,
        progress: Progress | None = None, cancel: Cancel | None = None,
    ) -> ImportResult:
        """Write ``preview``'s accepted rows in one transaction; without ``valid_rows_only`` a
        single rejected row stops everything."""
        if preview.missing_required:
            raise ValidationError("mapping", "required columns are missing: "
                                  + ", ".join(preview.missing_required))
        rejected = preview.count("rejected")
        if rejected and not valid_rows_only:
            raise ValidationError("rows", f"{rejected:,} rows are rejected; fix them or import "
                                          "only the valid rows")
        label = Path(preview.source.path).name
        digest = preview.sha256
        purpose = IMPORT_PURPOSE.format(file=label)
        rows = list(preview.prepared)

        from ..interchange.write import ImportWriter  # it builds on the services: not at import

        def run(session: Session) -> ImportResult:
            tax = load_taxonomy(self._db, session)
            writer = ImportWriter(session, self._actor, self._clock(), tax.tiers,
                                  load_calendar(self._db, session), purpose, label, digest)
            return writer.run(preview, rows, rejected=rejected, progress=progress,
                              cancel=cancel)

        return self._db.write(run)

    @requires(Action.ENTRY_EXPORT)
    def export(
        self, path: str | Path, query: EntryQuery, *, sort: str = "recorded_at",
        descending: bool = True, personal: bool = False, progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> ExportResult:
        """Write the entries ``query`` finds (in the list's order) to ``path`` (.csv/.xlsx)."""
        actor = current_actor(self._db, self._actor)  # roles as they are now, not at log-in
        if personal:
            require(actor, Action.IDENTITY_EXPORT)
        target = Path(path)
        fmt = out.export_format(target)
        search = SearchService(self._db, actor, self._clock, self._timezone)
        ids = search.ids(query, sort, descending)
        header = out.columns(personal)
        speakers: list[int] = []

        def rows(session: Session) -> Any:
            for row, dims, person in q.export_rows(session, ids, personal=personal):
                if personal and row["speaker_id"] is not None and row["consent_at"] is not None \
                        and row["erased_at"] is None:
                    speakers.append(row["speaker_id"])
                yield row, dims, person

        def write(session: Session) -> tuple[Path, int, int, int]:
            parts = out.text_parts(q.longest_text(session, ids)) if fmt == "xlsx" else 1
            return out.write_file(target, header, out.cells(rows(session), personal), len(ids),
                                  progress=progress, cancel=cancel, parts=parts)

        tmp, count, too_long, replaced = self._db.read(write)
        try:
            self._db.write(lambda s: audit_chain.append(
                s, self._actor.username, "entries.export", "file", None, {
                    "file": target.name, "format": fmt, "rows": count, "personal": personal,
                    "query": _plain(dataclasses.asdict(query)), "sort": sort,
                    "descending": descending,
                    **({"fields": list(out.PERSONAL), "speakers": sorted(set(speakers))}
                       if personal else {})}))
        except BaseException:
            out.discard(tmp)
            raise
        out.publish(tmp, target, private=personal)
        if progress is not None:
            progress(count, 1.0)
        return ExportResult(str(target), count, header, personal, too_long, replaced)

    # ---- helpers -------------------------------------------------------------------------
    def _context(self, session: Session) -> tuple[RowContext, set[str], set[tuple[str, str]]]:
        vocab = q.vocabulary(session)
        codes: dict[str, dict[str, str]] = {}
        for list_name, terms in vocab.items():
            table: dict[str, str] = {}
            for code, en, id_ in terms.values():
                for label in (id_, en, code):
                    table[" ".join(label.casefold().split())] = code
            codes[list_name] = table
        zones = q.event_zones(session)
        users = q.usernames(session)
        keys = {name_key(u): u for u in users}  # grows with the file's new names: one file
        sessions = q.session_names(session)
        tiers = frozenset(load_taxonomy(self._db, session).tiers)

        def check_user(name: str) -> Message | None:
            try:
                checked = check_username(name)
            except ValidationError as exc:
                return Message.of("bad_user", value=name[:40], reason=exc.message)
            other = keys.setdefault(name_key(checked), checked)  # cannot make Ani, ANI and ａｎｉ
            if other != checked:
                return Message.of("bad_user", value=name[:40],
                                  reason=f"it looks like the account {other}")
            return None

        ctx = RowContext(codes=codes, tiers=tiers, event_zones=zones,
                         default_zone="Asia/Jakarta", now=self._clock(),
                         may_triage=self._actor.can(Action.CASE_TRIAGE), check_user=check_user)
        return ctx, users, sessions


def _sha256(path: str) -> str:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return ""
    return digest.hexdigest()


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if v not in (None, (), "")}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value
