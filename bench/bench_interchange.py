"""Spreadsheet import and export (issue 8) through the service, each figure beside its floor.

    .venv/bin/python bench/bench_interchange.py [--rows 100000] [--runs 3] [--pg] [--quick]
                                                [--profile csv|xlsx|export-csv|export-xlsx]

The files are generated deterministically (``interchange_data.py``: the INTERCHANGE.md columns,
two events, six sessions, Indonesian/English texts of ~200 characters, dd/mm/yyyy dates, some
personal data with consent). Per run, interleaved, each on a fresh migrated database:

- CSV import: ``services.interchange.preview`` + ``commit`` of the whole file into an empty
  database (end to end: read, check, write, audit, search index), beside csv.reader + one bare
  executemany INSERT of the same rows into a plain table (``interchange_floors``);
- XLSX import: the same for the workbook, beside openpyxl read-only ``iter_rows``;
- CSV and XLSX export of every entry (``services.interchange.export``, no filter, newest
  first) from the database the CSV import filled, beside a plain SELECT + csv.writer /
  openpyxl write-only.

Medians of ``--runs``; the targets (issue 8, for 100,000 rows: CSV import ≤ 20 s, XLSX import
≤ 60 s, CSV export ≤ 10 s) are scaled to ``--rows``. ``--pg`` adds a PostgreSQL run on a
throwaway cluster (``tests/support/pg_server``, fsync off as in the test suite). ``--quick`` is
10,000 rows, one run (the smoke test). ``--profile PHASE`` runs that phase once under cProfile
on SQLite and prints where the time goes. Nothing here fails on a slow machine: it reports.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT), str(ROOT / "bench")]

from interchange_data import generate, write_csv, write_xlsx  # noqa: E402
from interchange_floors import (  # noqa: E402
    PgTarget,
    SqliteTarget,
    Target,
    floor_csv_import,
    floor_export,
    floor_xlsx_read,
)

from feedback_desk.core.db.engine import open_database  # noqa: E402
from feedback_desk.core.dto import EntryQuery  # noqa: E402
from feedback_desk.core.services import Services  # noqa: E402

#: (label printed, target in seconds per 100,000 rows or None)
FIGURES = (("CSV import", 20.0), ("XLSX import", 60.0), ("CSV export", 10.0),
           ("XLSX export", None))
Samples = dict[str, list[float]]


def import_file(url: str, path: Path, rows: int) -> tuple[float, float]:
    """(preview seconds, commit seconds) of ``path`` into the database at ``url``."""
    db = open_database(url)
    try:
        svc = Services.connect(db, "bench", roles="admin")
        start = time.perf_counter()
        preview = svc.interchange.preview(path)
        middle = time.perf_counter()
        result = svc.interchange.commit(preview)
        end = time.perf_counter()
    finally:
        db.dispose()
    if len(result.added) != rows:
        reasons = sorted({m.text() for o in preview.rows for m in o.problems})[:5]
        raise RuntimeError(f"{path.name}: {len(result.added):,} of {rows:,} rows added; "
                           f"rejected: {reasons}")
    return middle - start, end - middle


def export_file(url: str, path: Path, rows: int) -> float:
    db = open_database(url)
    try:
        svc = Services.connect(db, "bench", roles="admin")
        start = time.perf_counter()
        result = svc.interchange.export(path, EntryQuery())
        took = time.perf_counter() - start
    finally:
        db.dispose()
    if result.rows != rows:
        raise RuntimeError(f"export wrote {result.rows:,} rows, expected {rows:,}")
    return took


def one_run(target: Target, files: dict[str, Path], rows: int, out: Path, run: int,
            samples: Samples) -> None:
    def add(key: str, value: float) -> None:
        samples.setdefault(key, []).append(value)

    csv_url = target.fresh(f"csv_{run}")
    preview, commit = import_file(csv_url, files["csv"], rows)
    add("CSV import", preview + commit)
    add("CSV preview", preview)
    add("CSV commit", commit)
    floor_url = target.fresh(f"floor_{run}")
    read, insert, count = floor_csv_import(target, floor_url, files["csv"])
    target.drop(floor_url)
    assert count == rows, count
    add("CSV import floor", read + insert)
    add("csv.reader", read)
    add("executemany", insert)

    xlsx_url = target.fresh(f"xlsx_{run}")
    preview, commit = import_file(xlsx_url, files["xlsx"], rows)
    target.drop(xlsx_url)
    add("XLSX import", preview + commit)
    add("XLSX preview", preview)
    add("XLSX commit", commit)
    took, count = floor_xlsx_read(files["xlsx"])
    assert count == rows, count
    add("XLSX import floor", took)

    for fmt in ("csv", "xlsx"):
        label = f"{fmt.upper()} export"
        add(label, export_file(csv_url, out / f"ours.{fmt}", rows))
        took, count = floor_export(target, csv_url, out / f"floor.{fmt}")
        assert count == rows, count
        add(f"{label} floor", took)
        add(f"{label} size", (out / f"ours.{fmt}").stat().st_size)
    target.drop(csv_url)
    print(f"  run {run + 1}: " + ", ".join(
        f"{name} {samples[name][-1]:.1f} s (floor {samples[name + ' floor'][-1]:.1f})"
        for name, _t in FIGURES), flush=True)


FLOOR_WORDS = {
    "CSV import": "csv.reader + executemany INSERT, plain table",
    "XLSX import": "openpyxl read-only iter_rows(values_only)",
    "CSV export": "plain SELECT + csv.writer",
    "XLSX export": "plain SELECT + openpyxl write-only",
}


def report(target: Target, samples: Samples, rows: int) -> None:
    med = {k: statistics.median(v) for k, v in samples.items()}
    scale = rows / 100_000
    print(f"\n{target.name}: {rows:,} rows, medians of {len(samples['CSV import'])} runs")
    for name, per_100k in FIGURES:
        ours, floor = med[name], med[f"{name} floor"]
        goal = "no target" if per_100k is None else (
            f"target ≤ {per_100k * scale:g} s: {'ok' if ours <= per_100k * scale else 'OVER'}")
        print(f"  {name:<12} {ours:8.2f} s   floor {floor:8.2f} s ({FLOOR_WORDS[name]})"
              f"   ×{ours / floor:6.2f}   {goal}   {rows / ours:,.0f} rows/s")
    print(f"    CSV import  = preview {med['CSV preview']:.2f} s + commit "
          f"{med['CSV commit']:.2f} s; floor = csv.reader {med['csv.reader']:.2f} s + "
          f"executemany {med['executemany']:.2f} s (commit ×{med['CSV commit'] / med['executemany']:.1f}"
          f" of the bare INSERT)")
    print(f"    XLSX import = preview {med['XLSX preview']:.2f} s + commit "
          f"{med['XLSX commit']:.2f} s (preview ×"
          f"{med['XLSX preview'] / med['XLSX import floor']:.2f} of the bare read)")
    print(f"    export files: CSV {med['CSV export size'] / 1e6:.1f} MB, XLSX "
          f"{med['XLSX export size'] / 1e6:.1f} MB")


def run_target(target: Target, files: dict[str, Path], rows: int, runs: int, out: Path) -> None:
    samples: Samples = {}
    for run in range(runs):
        one_run(target, files, rows, out, run, samples)
    report(target, samples, rows)


def profile(phase: str, target: SqliteTarget, files: dict[str, Path], rows: int,
            out: Path, dump: Path | None) -> None:
    """Run ``phase`` once under cProfile and print the biggest costs (``dump``: also save the
    raw statistics there, for ``python -m pstats``).

    On Python 3.12+ cProfile sees every thread (sys.monitoring), and the SQLite housekeeping
    thread's frames would be mixed into the import's call stacks: it is left out here (the
    WAL is then only checkpointed at the end)."""
    from feedback_desk.core.db import engine

    class NoHousekeeping:
        stats_generation = 0

        def __init__(self, _path: Path) -> None:
            pass

        def start(self) -> None:
            pass

        def stop(self) -> None:
            pass

    engine._Checkpointer = NoHousekeeping  # type: ignore[misc,assignment]
    url = target.fresh("profiled")
    work: Callable[[], object]
    if phase in ("csv", "xlsx"):
        work = lambda: import_file(url, files[phase], rows)  # noqa: E731
    else:
        import_file(url, files["csv"], rows)
        fmt = phase.removeprefix("export-")
        work = lambda: export_file(url, out / f"profiled.{fmt}", rows)  # noqa: E731
    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.runcall(work)
    print(f"\nprofile of {phase} ({rows:,} rows): {time.perf_counter() - start:.2f} s under "
          "cProfile (slower than unprofiled)")
    if dump is not None:
        profiler.dump_stats(dump)
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.strip_dirs().sort_stats("cumulative").print_stats(45)
    stats.sort_stats("tottime").print_stats(30)
    target.drop(url)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--pg", action="store_true", help="also on a throwaway PostgreSQL cluster")
    ap.add_argument("--quick", action="store_true", help="10,000 rows, one run (smoke test)")
    ap.add_argument("--profile", choices=("csv", "xlsx", "export-csv", "export-xlsx"))
    ap.add_argument("--profile-out", type=Path, help="save the cProfile statistics here")
    ap.add_argument("--seed", type=int, default=8)
    args = ap.parse_args(argv)
    if args.quick:
        args.rows, args.runs = 10_000, 1
    with tempfile.TemporaryDirectory(prefix="fd-bench-interchange-") as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        data = generate(args.rows, args.seed)
        files = {"csv": folder / "masukan.csv", "xlsx": folder / "masukan.xlsx"}
        write_csv(files["csv"], data)
        write_xlsx(files["xlsx"], data)
        del data
        print(f"{args.rows:,} rows generated (seed {args.seed}) in "
              f"{time.perf_counter() - start:.1f} s: CSV {files['csv'].stat().st_size / 1e6:.1f}"
              f" MB, XLSX {files['xlsx'].stat().st_size / 1e6:.1f} MB; Python "
              f"{sys.version.split()[0]}; a shared machine: compare ratios", flush=True)
        sqlite = SqliteTarget(folder)
        if args.profile:
            profile(args.profile, sqlite, files, args.rows, folder, args.profile_out)
            return 0
        print(f"\n{sqlite.name} (WAL, synchronous=FULL) in {folder}", flush=True)
        run_target(sqlite, files, args.rows, args.runs, folder)
        if args.pg:
            from tests.support.pg_server import available

            ok, reason = available()
            if not ok:
                print(f"\ncannot start a PostgreSQL server: {reason}", file=sys.stderr)
                return 2
            pg = PgTarget()
            try:
                print(f"\nPostgreSQL {pg.version} (throwaway cluster, fsync off)", flush=True)
                run_target(pg, files, args.rows, args.runs, folder)
            finally:
                pg.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
