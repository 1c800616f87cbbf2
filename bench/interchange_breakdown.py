"""Where one import's time goes, by wall clock, without cProfile's distortion.

    .venv/bin/python bench/interchange_breakdown.py [--rows 100000] [--xlsx] [--pg]

Imports one generated file (``interchange_data``) through the service and prints, for the
preview and the commit, the exclusive time of labelled regions (a region's time excludes the
labelled regions inside it): each SQL statement by table, split into SQLAlchemy's part (compile,
bind processing) and the DB-API call, and the Python steps worth watching (row checks, excerpts,
speakers, due dates, audit payloads, search stems). It wraps internals of ``core.interchange``
and ``core.db`` by name, so it reports what it finds and skips what has been renamed. The
wrappers cost about a microsecond a call: totals come out a little above the benchmark's.
"""

from __future__ import annotations

import argparse
import collections
import functools
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT), str(ROOT / "bench")]

from interchange_data import generate, write_csv, write_xlsx  # noqa: E402
from interchange_floors import PgTarget, SqliteTarget, Target  # noqa: E402

import feedback_desk.core.services  # noqa: E402,F401  (before core.interchange: import order)
from feedback_desk.core.db.engine import open_database  # noqa: E402
from feedback_desk.core.services import Services  # noqa: E402

spent: collections.defaultdict[str, float] = collections.defaultdict(float)
_stack: list[list[Any]] = []


def timed(label: str | Callable[[tuple[Any, ...]], str]) -> Callable[[Any], Any]:
    def wrap(fn: Any) -> Any:
        @functools.wraps(fn)
        def inner(*args: Any, **kwargs: Any) -> Any:
            name = label(args) if callable(label) else label
            start = time.perf_counter()
            _stack.append([name, 0.0])
            try:
                return fn(*args, **kwargs)
            finally:
                took = time.perf_counter() - start
                _name, nested = _stack.pop()
                spent[name] += took - nested
                if _stack:
                    _stack[-1][1] += took
        return inner
    return wrap


def _sql(args: tuple[Any, ...]) -> str:
    statement = args[1]
    table = getattr(statement, "table", None)
    if table is not None:
        return f"SQL {type(statement).__name__.lower()} {table.name} (SQLAlchemy part)"
    words = str(getattr(statement, "text", "")).split()
    return f"SQL {' '.join(words[:3])[:30] or type(statement).__name__} (SQLAlchemy part)"


def _dbapi(args: tuple[Any, ...]) -> str:
    words = args[2].replace("(", " ").split()
    return "  DB-API " + " ".join(words[:3])[:40]


def instrument() -> None:
    from sqlalchemy.engine import base, default

    from feedback_desk.core.db import audit_chain, fts
    from feedback_desk.core.interchange import plan, rows, write

    base.Connection.execute = timed(_sql)(base.Connection.execute)  # type: ignore[method-assign]
    for name in ("do_execute", "do_executemany"):
        setattr(default.DefaultDialect, name, timed(_dbapi)(getattr(default.DefaultDialect, name)))
    default.DefaultDialect.do_commit = timed("  DB-API COMMIT")(  # type: ignore[method-assign]
        default.DefaultDialect.do_commit)
    targets: tuple[tuple[Any, str, str], ...] = (
        (rows.RowChecker, "check", "preview: RowChecker.check"),
        (plan, "_excerpt", "preview: _excerpt"),
        (write.ImportWriter, "speaker", "commit: speaker() (ORM add + flush each)"),
        (write.ImportWriter, "_row", "commit: _row (due date, dict)"),
        (write, "record_snapshot", "commit: record_snapshot"),
        (fts, "index_text", "commit: fts.index_text (stems)"),
        (audit_chain, "make_payload", "commit: audit payload JSON"),
        (audit_chain, "chain_hash", "commit: audit chain hash"),
    )
    for owner, name, label in targets:
        if hasattr(owner, name):
            setattr(owner, name, timed(label)(getattr(owner, name)))
        else:
            print(f"(not found, not measured: {getattr(owner, '__name__', owner)}.{name})")


def show(title: str, total: float, parts: dict[str, float]) -> None:
    print(f"  {title} {total:.2f} s")
    for name, took in sorted(parts.items(), key=lambda kv: -kv[1]):
        if took >= 0.005:
            print(f"    {name:<48} {took:7.2f} s {100 * took / total:5.1f} %")
    rest = total - sum(parts.values())
    print(f"    {'(the rest: reading, loops, ORM session…)':<48} {rest:7.2f} s "
          f"{100 * rest / total:5.1f} %")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--xlsx", action="store_true", help="import the workbook, not the CSV")
    ap.add_argument("--pg", action="store_true", help="on a throwaway PostgreSQL cluster")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="fd-breakdown-") as tmp:
        folder = Path(tmp)
        path = folder / ("masukan.xlsx" if args.xlsx else "masukan.csv")
        (write_xlsx if args.xlsx else write_csv)(path, generate(args.rows))
        target: Target = PgTarget() if args.pg else SqliteTarget(folder)
        try:
            db = open_database(target.fresh("breakdown"))
            try:
                svc = Services.connect(db, "bench", roles="admin")
                instrument()
                spent.clear()
                start = time.perf_counter()
                preview = svc.interchange.preview(path)
                middle = time.perf_counter()
                first = dict(spent)
                spent.clear()
                result = svc.interchange.commit(preview)
                end = time.perf_counter()
            finally:
                db.dispose()
        finally:
            target.close()
    print(f"{target.name}, {path.suffix[1:].upper()} import of {args.rows:,} rows "
          f"({len(result.added):,} added)")
    show("preview", middle - start, first)
    show("commit", end - middle, dict(spent))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
