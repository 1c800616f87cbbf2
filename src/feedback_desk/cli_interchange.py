"""``feedback-desk import FILE`` and ``feedback-desk export FILE`` (../shared/INTERCHANGE.md).

Import shows what it found (encoding, separator, sheet, the column mapping) and every row it
cannot take, writes nothing on ``--dry-run``, and otherwise writes everything in one
transaction, or only the valid rows with ``--valid-rows-only``. Exit status: 0 done (or, on a
dry run, would be done), 1 nothing written.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from typing import Any

from . import cli_filters

EXIT_ERROR = 1
SHOWN = 50
ENCODINGS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 with BOM", "utf-16": "UTF-16",
             "windows-1252": "Windows-1252"}
SEPARATORS = {",": "comma", ";": "semicolon", "\t": "tab"}
STATUS = {"accepted": "accepted", "present": "already present", "rejected": "rejected"}


def add_commands(sub: Any) -> None:
    imp = sub.add_parser("import", help="import entries from a CSV or XLSX file "
                                        "(the interchange layout; see the README)")
    imp.add_argument("file", metavar="FILE", help=".csv, .txt or .xlsx")
    imp.add_argument("--dry-run", action="store_true",
                     help="show what would be imported; write nothing")
    imp.add_argument("--sheet", metavar="NAME", help="the XLSX sheet (default: the first visible)")
    imp.add_argument("--valid-rows-only", action="store_true",
                     help="import the valid rows and leave the rejected ones out "
                          "(default: all or nothing)")
    imp.add_argument("--encoding", metavar="NAME",
                     help="read a CSV in this encoding (e.g. windows-1252) instead of guessing")
    imp.add_argument("--show", type=int, default=SHOWN, metavar="N",
                     help=f"list at most N rows with a problem or a note (default {SHOWN})")
    imp.add_argument("--report", metavar="FILE.csv",
                     help="also write what happens to every row to this CSV file")
    exp = sub.add_parser("export", help="export the entries a search finds to a CSV or XLSX "
                                        "file (the same filters as search)")
    exp.add_argument("file", metavar="FILE", help="FILE.csv (UTF-8 with BOM) or FILE.xlsx")
    exp.add_argument("--text", default="", metavar="WORDS", help="only entries with these words")
    cli_filters.add_filters(exp)
    exp.add_argument("--with-personal-data", action="store_true",
                     help="add the speakers' name, phone, NIK, passport and KPJ (supervisors "
                          "and admins only; audited)")


class _Progress:
    """Progress on stderr for long runs: a line every 10 %."""

    def __init__(self, what: str) -> None:
        self.what, self.next, self.started = what, 0.1, time.perf_counter()

    def __call__(self, rows: int, fraction: float) -> None:
        if fraction >= self.next and time.perf_counter() - self.started > 2:
            print(f"  {self.what}: {fraction:.0%} ({rows:,} rows)", file=sys.stderr)
            while self.next <= fraction:
                self.next += 0.1


def run_import(services: Any, args: argparse.Namespace) -> int:
    preview = services.interchange.preview(args.file, sheet=args.sheet, encoding=args.encoding,
                                           progress=_Progress("reading"))
    _describe(preview)
    if args.report:
        _write_report(preview, args.report)
    if preview.missing_required:
        print("nothing imported: map the missing required columns first", file=sys.stderr)
        return EXIT_ERROR
    _list_rows(preview, max(args.show, 0))
    _counts(preview)
    rejected = preview.count("rejected")
    accepted = preview.count("accepted")
    if preview.source.needs_confirmation and not args.encoding:
        for row in preview.rows[:5]:
            print(f"row {row.number}: {row.excerpt}")
        print(f"nothing imported: the file is not UTF-8; it reads as "
              f"{_encoding(preview.source.encoding)}. Check the accented letters above, then run again "
              f"with --encoding {preview.source.encoding}", file=sys.stderr)
        return EXIT_ERROR
    if rejected and not args.valid_rows_only:
        print(f"nothing {'would be ' if args.dry_run else ''}imported: {rejected:,} rows are "
              "rejected; fix them, or use --valid-rows-only to leave them out", file=sys.stderr)
        return EXIT_ERROR
    if args.dry_run:
        print(f"dry run: nothing written ({accepted:,} entries would be added)")
        return 0
    result = services.interchange.commit(preview, valid_rows_only=args.valid_rows_only,
                                         progress=_Progress("writing"))
    print(f"imported {len(result.added):,} entries from {preview.source.path}"
          f" ({result.present:,} already present, {result.rejected:,} rejected and left out)")
    for label, names in (("events created", result.events_created),
                         ("sessions created", result.sessions_created),
                         ("inactive accounts created for recorded_by",
                          result.users_created)):
        if names:
            print(f"{label}: {', '.join(names)}")
    if result.identities:
        print(f"speakers stored with personal data (consent = yes): {result.identities:,}")
    if result.personal_dropped:
        print(f"rows whose personal data was left out (no consent): {result.personal_dropped:,}")
    return 0


def _encoding(name: str | None) -> str:
    return ENCODINGS.get(name or "", name or "")


def _describe(preview: Any) -> None:
    info = preview.source
    if info.format == "csv":
        where = (f"CSV, {_encoding(info.encoding)}, "
                 f"{SEPARATORS.get(info.separator or '', repr(info.separator))}-separated")
    else:
        where = f"XLSX, sheet {info.sheet!r}"
    print(f"file: {info.path} ({where}); headers on row {info.header_row}")
    for note in info.notes:
        print(f"note: {note.text()}")
    pairs = [f"{h or '(empty)'} → {k}" for h, k in zip(info.headers, preview.mapping, strict=True)
             if k is not None]
    print("columns: " + "; ".join(pairs))
    if preview.unknown_headers:
        print("ignored (unknown) columns: " + ", ".join(preview.unknown_headers))
    if preview.missing_required:
        print("missing required columns: " + ", ".join(preview.missing_required),
              file=sys.stderr)


def _list_rows(preview: Any, limit: int) -> None:
    shown = 0
    remarkable = [r for r in preview.rows if r.problems or r.notes]
    for row in remarkable[:limit]:
        reasons = " ".join(m.text() for m in (*row.problems, *row.notes))
        print(f"row {row.number}: {STATUS[row.status]} — {reasons}")
        shown += 1
    if len(remarkable) > shown:
        print(f"… and {len(remarkable) - shown:,} more rows with a problem or a note "
              "(--show N or --report FILE.csv lists them all)")


def _counts(preview: Any) -> None:
    parts = [f"{preview.count(s):,} {label}" for s, label in STATUS.items()]
    if preview.blank_rows:
        parts.append(f"{preview.blank_rows:,} blank rows skipped")
    print(" · ".join(parts))
    for label, names in (("new events", preview.events_to_create),
                         ("new sessions", preview.sessions_to_create),
                         ("new inactive accounts", preview.users_to_create)):
        if names:
            print(f"{label}: {', '.join(names)}")


def _write_report(preview: Any, path: str) -> None:
    from .core.interchange.values import neutralise

    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(["row", "outcome", "uuid", "reasons", "text"])
        for r in preview.rows:
            reasons = " ".join(m.text() for m in (*r.problems, *r.notes))
            writer.writerow([r.number, STATUS[r.status], r.uuid or "",
                             neutralise(reasons), neutralise(r.excerpt)])
    print(f"row report: {path}")


def run_export(services: Any, args: argparse.Namespace) -> int:
    query = cli_filters.entry_query(services, args, args.text)
    result = services.interchange.export(
        args.file, query, sort=args.sort, descending=not args.asc,
        personal=args.with_personal_data, progress=_Progress("writing"))
    extra = " with personal data" if result.personal else ""
    print(f"exported {result.rows:,} entries{extra} to {result.path}")
    if result.over_excel_limit:
        print(f"note: {result.over_excel_limit:,} texts are longer than an Excel cell holds; "
              "they go on in the columns text_2… (import joins them again)", file=sys.stderr)
    if result.replaced_characters:
        print(f"note: {result.replaced_characters:,} control characters that XLSX cannot hold "
              "were written as �", file=sys.stderr)
    return 0
