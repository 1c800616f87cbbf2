"""``feedback-desk [--db URL] COMMAND …``: headless commands over the same services as the GUI.

Bad input gets one clear line on stderr and a non-zero exit, never a traceback
(``FEEDBACK_DESK_DEBUG=1`` shows one for bug reports).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn

from . import __version__, cli_admin, cli_filters, cli_interchange, logfile
from .core.errors import DeskError, ValidationError

EXIT_ERROR = 1
EXIT_USAGE = 2
STATS_BY = ("area", "kind", "speaker_type", "topic", "country", "status", "tier", "event")
LIST_OF = {"area": "service_area", "kind": "kind", "speaker_type": "speaker_type",
           "topic": "topic", "country": "country", "tier": "tier"}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not the whole usage block
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="feedback-desk", description="Feedback Desk: record, triage and report "
                "what migrant workers and stakeholders say.")
    p.add_argument("--version", action="version", version=f"feedback-desk {__version__}")
    p.add_argument("--db", metavar="URL", help="sqlite:///FILE or postgresql+psycopg://USER@HOST/DB "
                   "(default: $FEEDBACK_DESK_DB, else a file in your user data folder)")
    p.add_argument("--user", metavar="NAME", help="log in as this user (default: $FEEDBACK_DESK_USER "
                   "or your login name; password from $FEEDBACK_DESK_PASSWORD or asked)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    sub.add_parser("init", help="create or upgrade the database and show where it is")

    demo = sub.add_parser("demo", help="add deterministic demo data")
    demo.add_argument("--entries", type=_count, default=2000, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")

    stats = sub.add_parser("stats", help="count entries by one dimension")
    stats.add_argument("--by", choices=STATS_BY, default="area")
    stats.add_argument("--event", metavar="NAME", help="only this event")
    stats.add_argument("--json", action="store_true", help="machine-readable output")

    search = sub.add_parser("search", help="full-text search with filters")
    search.add_argument("text", metavar="TEXT", help="words to find (any text is safe)")
    cli_filters.add_filters(search)
    search.add_argument("--limit", type=_count, default=20, metavar="N")
    search.add_argument("--json", action="store_true")

    backup = sub.add_parser("backup", help="write a consistent copy of the database")
    backup.add_argument("path", metavar="PATH")

    report = sub.add_parser("report", help="write the leadership strategy summary (PDF)")
    report.add_argument("-o", "--output", required=True, metavar="FILE.pdf",
                        help="the PDF to write (an existing file is replaced whole)")
    report.add_argument("--event", action="append", default=[], metavar="NAME",
                        help="only this event (repeat for several; default: all)")
    report.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD",
                        help="from this local day")
    report.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD",
                        help="up to and including this local day")
    report.add_argument("--area", metavar="AREA",
                        help="one service area: domestic, overseas or digital (default: all)")
    report.add_argument("--lang", choices=("id", "en"), default="id",
                        help="language of the summary (default: id)")
    self_test = sub.add_parser("self-test", help="check that this installation works, on a "
                               "temporary database (never yours); exit 0 when all checks pass")
    self_test.add_argument("--keep", metavar="DIR", type=Path,
                           help="keep the test database, PDF, spreadsheets and window picture here")
    self_test.add_argument("--window-check", metavar="DIR", type=Path, help=argparse.SUPPRESS)
    cli_admin.add_commands(sub)
    cli_interchange.add_commands(sub)
    return p


def _count(value: str) -> int:
    try:
        number = int(value.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError("must be zero or more")
    return number


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def main(argv: Sequence[str] | None = None) -> int:
    try:
        os.getcwd()
    except FileNotFoundError:  # started in a folder deleted since: ReportLab cannot even load
        os.chdir(Path.home() if Path.home().is_dir() else Path("/"))
    args = build_parser().parse_args(argv)
    if args.command is None:
        return _window(args)
    try:
        return _run(args)
    except BrokenPipeError:  # `feedback-desk search … | head`: the reader has what it wanted
        from .streams import silence

        silence(sys.stdout)
        return EXIT_ERROR
    except DeskError as exc:
        print(f"feedback-desk: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("feedback-desk: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"feedback-desk: error: {exc.strerror or exc}{where}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # a bug: still one line, unless asked for the traceback
        if os.environ.get("FEEDBACK_DESK_DEBUG"):
            raise
        print(f"feedback-desk: internal error: {type(exc).__name__}: {logfile.first_line(exc)}",
              file=sys.stderr)
        return 70


def _run(args: argparse.Namespace) -> int:
    if args.command == "db":
        return cli_admin.run_db(args)
    if args.command == "self-test":  # its own temporary database: no --db, no log-in
        from . import self_test

        if args.window_check is not None:
            return self_test.window_check(args.window_check)
        return self_test.run(args.keep)
    from .core.db.engine import open_database

    db = open_database(args.db)
    try:
        services = cli_admin.login(db, args)
        handler = {"init": _init, "demo": _demo, "stats": _stats, "search": _search,
                   "backup": _backup, "roles": cli_admin.run_roles, "report": _report,
                   "user": cli_admin.run_user, "merge": cli_admin.run_merge,
                   "import": cli_interchange.run_import,
                   "export": cli_interchange.run_export}[args.command]
        return handler(services, args)
    finally:
        db.dispose()


def _window(args: argparse.Namespace) -> int:
    """No command: open the desk window on the chosen database."""
    try:
        from .gui.launch import run
    except ImportError as exc:  # Qt's system libraries are missing
        print(f"feedback-desk: cannot start the window: {exc}", file=sys.stderr)
        return EXIT_ERROR
    return run(args.db, args.user or os.environ.get("FEEDBACK_DESK_USER"))


def _init(services: Any, args: argparse.Namespace) -> int:
    from .core.db.migrate import current_revision

    print(f"database: {services.db.url}")
    print(f"schema: {current_revision(services.db)}")
    print(f"user: {services.actor.username} ({' '.join(sorted(services.actor.roles))})")
    return 0


def _demo(services: Any, args: argparse.Namespace) -> int:
    from .core.demo import generate

    started = time.perf_counter()
    step = max(args.entries // 10, 50_000)

    def progress(done: int) -> None:
        if args.entries >= 100_000 and (done % step < 50_000 or done == args.entries):
            print(f"  {done:,} / {args.entries:,}", file=sys.stderr)

    result = generate(services.db, args.entries, seed=args.seed, actor=services.actor,
                      progress=progress)
    print(f"added {result.entries:,} demo entries over {result.events} events "
          f"in {time.perf_counter() - started:.1f} s")
    return 0


def _query(services: Any, args: argparse.Namespace, **extra: Any) -> Any:
    from .core.dto import EntryQuery

    event_ids: tuple[Any, ...] = ()
    if getattr(args, "event", None):
        event_ids = (services.catalog.event_by_name(args.event).id,)
    return EntryQuery(event_ids=event_ids, **extra)


def _labels(services: Any, by: str) -> dict[str, str]:
    if by == "event":
        return {str(e.id): e.name for e in services.catalog.events()}
    if by == "status":
        from .core.lifecycle import STATUS_LABELS

        return {code: en for code, (en, _id) in STATUS_LABELS.items()}
    return {code: en for code, en, _id in services.catalog.terms(LIST_OF[by])}


def _stats(services: Any, args: argparse.Namespace) -> int:
    query = _query(services, args)
    rows = services.stats.counts(query, by=args.by)
    labels = _labels(services, args.by)
    total = sum(r.count for r in rows)
    ordered = sorted(rows, key=lambda r: (-r.count, r.key or ""))
    if args.json:
        print(json.dumps({
            "by": args.by, "event": args.event, "total": total,
            "rows": [{"key": r.key, "label": labels.get(r.key or "", r.key), "count": r.count}
                     for r in ordered],
        }, ensure_ascii=False, indent=2))
        return 0
    width = max([len(labels.get(r.key or "", r.key or "(none)")) for r in ordered] + [10])
    print(f"{'by ' + args.by:<{width}}  {'entries':>10}  {'share':>6}")
    for r in ordered:
        label = labels.get(r.key or "", r.key or "(none)")
        share = f"{100 * r.count / total:5.1f}%" if total else "     -"
        print(f"{label:<{width}}  {r.count:>10,}  {share:>6}")
    print(f"{'total':<{width}}  {total:>10,}")
    return 0


def _search(services: Any, args: argparse.Namespace) -> int:
    from .core.dto import PageRequest

    if not args.text.strip():
        raise ValidationError("text", "give some words to search for")
    query = cli_filters.entry_query(services, args, args.text)
    if args.limit == 0:
        raise ValidationError("limit", "must be at least 1")
    page = services.search.search(
        query, PageRequest(sort=args.sort, descending=not args.asc, limit=min(args.limit, 1000))
    )
    if args.json:
        print(json.dumps([_row_json(r) for r in page.rows], ensure_ascii=False, indent=2))
        return 0
    if not page.rows:
        print("no entries found")
        return 0
    for r in page.rows:
        when = r.recorded_at.astimezone().strftime("%Y-%m-%d %H:%M")
        line = (r.summary or r.text).replace("\n", " ")
        print(f"#{r.id:<8} {when}  {r.kind:<12} {r.status:<16} {r.service_area:<9} "
              f"{r.country or '':<3} {line[:90]}")
    if page.next_cursor:
        print(f"(more than {len(page.rows)} found; raise --limit to see more)")
    return 0


def _row_json(row: Any) -> dict[str, Any]:
    data = row._asdict()
    for key, value in data.items():
        if isinstance(value, (datetime, date)):
            data[key] = value.isoformat()
    return data


def _backup(services: Any, args: argparse.Namespace) -> int:
    from .core.backup import backup

    target = backup(services.db, Path(args.path))
    print(f"backup written to {target}")
    return 0


def _report(services: Any, args: argparse.Namespace) -> int:
    from .core import taxonomy
    from .core.reports.builder import build_report
    from .core.reports.options import ReportOptions

    area = None
    if args.area:
        area = taxonomy.resolve("service_area", args.area)
        if area is None:
            raise ValidationError("area", f"unknown service area {args.area!r} "
                                  "(domestic, overseas or digital)")
    events = tuple(services.catalog.event_by_name(name).id for name in args.event)
    options = ReportOptions(event_ids=events, date_from=args.date_from, date_to=args.date_to,
                            area=area, lang=args.lang)
    path = Path(args.output)
    if path.is_dir():
        raise ValidationError("output", f"{path} is a folder; give a file name ending in .pdf")
    result = build_report(services, options, path)
    print(f"summary written to {result.path} ({result.pages} pages, {result.entries:,} entries, "
          f"snapshot {result.snapshot[:16]}) in {result.seconds:.1f} s")
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
