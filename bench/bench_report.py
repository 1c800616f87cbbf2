"""The leadership strategy summary (PDF) at 1,000 and 100,000 entries, beside its floors.

    .venv/bin/python bench/bench_report.py [--sizes 1000,100000] [--repeat N] [--db-dir DIR]
                                           [--langs id,en] [--profile SIZE]

Issue 6: "1,000 entries ≤ 2 s, 100,000 entries ≤ 10 s for the whole report, measured".

Ours: ``reports.builder.build_report`` as the CLI and the GUI call it (gather + lay out + write
the file atomically, fsync included), as an admin with the protection role (everything counts).
Its time is split into gather (``services.reports.gather``, timed per stage through its ``step``
callback) and write (``builder.write``: the story of flowables, then ReportLab's ``multiBuild``,
which lays the document out two or three times until the table of contents settles).

The breakdown printed is that of the median run (by total), so that its parts add up.
Floors, measured in the same run on the same file (interleaved with ours, medians):
- rows: ``SELECT id, text, service_area, kind, status FROM entry`` with the bare sqlite3 driver
  (fetchall): reading the rows the report reads, once;
- plain layout: ReportLab's ``SimpleDocTemplate`` building a plain document of Lorem paragraphs
  (25 a page of the report, in the report's embedded body font, one pass) into a file.

Databases are made with the demo generator (as ``feedback-desk demo`` does) and cached in
``--db-dir`` (default ``bench/``, git-ignored) as ``report-<N>.sqlite`` with a stamp beside it
(entries, seed, schema revision): a rerun reuses them, a changed schema rebuilds them.
The first build of each size and language is a warm-up, shown apart and not in the median
(the very first of the process also loads the fonts and imports ReportLab's modules).
Nothing here fails on a slow machine: it reports.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from feedback_desk.core.db.engine import Database, open_database  # noqa: E402
from feedback_desk.core.db.migrate import head_revision  # noqa: E402
from feedback_desk.core.demo import generate  # noqa: E402
from feedback_desk.core.reports import builder  # noqa: E402
from feedback_desk.core.reports.document import MARGIN, styles  # noqa: E402
from feedback_desk.core.reports.options import ReportOptions  # noqa: E402
from feedback_desk.core.reports.phrases import Words  # noqa: E402
from feedback_desk.core.reports.text import TextWarnings  # noqa: E402
from feedback_desk.core.services import Services  # noqa: E402

TARGETS = {1_000: 2.0, 100_000: 10.0}  # seconds, issue 6
SEED = 7
ROWS_SQL = "SELECT id, text, service_area, kind, status FROM entry"
PARAGRAPHS_PER_PAGE = 25
LOREM = (
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.",
    "Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea "
    "commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse.",
    "Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt.",
    "Sed ut perspiciatis unde omnis iste natus error sit voluptatem accusantium doloremque "
    "laudantium, totam rem aperiam, eaque ipsa quae ab illo inventore veritatis et quasi.",
)


# ---------------------------------------------------------------------------------- databases
def stamp_of(entries: int) -> dict[str, Any]:
    return {"entries": entries, "seed": SEED, "schema": head_revision()}


def cached_database(db_dir: Path, entries: int) -> tuple[Path, Database]:
    """The demo database of ``entries`` entries in ``db_dir``, built once (stamped)."""
    db_dir.mkdir(parents=True, exist_ok=True)
    path = db_dir / f"report-{entries}.sqlite"
    stamp = Path(f"{path}.stamp")
    want = stamp_of(entries)
    try:
        have = json.loads(stamp.read_text())
    except (OSError, ValueError):
        have = None
    if have == want and path.exists():
        return path, open_database(f"sqlite:///{path}", migrate=False)
    for suffix in ("", "-wal", "-shm", ".stamp"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = open_database(f"sqlite:///{path}")
    actor = Services.connect(db, "bench", roles="admin supervisor protection").actor
    print(f"building {path} with {entries:,} demo entries …", flush=True)
    started = time.perf_counter()
    generate(db, entries, seed=SEED, actor=actor)
    print(f"  built in {time.perf_counter() - started:.1f} s", flush=True)
    stamp.write_text(json.dumps(want))
    return path, db


# ---------------------------------------------------------------------------------- measuring
@dataclass
class Run:
    total: float = 0.0
    gather: float = 0.0
    pages: int = 0
    stages: dict[str, float] = field(default_factory=dict)

    @property
    def write(self) -> float:
        return self.total - self.gather


class _TimedReports:
    """``services.reports`` with ``gather`` timed, stage by stage (``step`` marks the start
    of each stage; the area stages are summed as "areas")."""

    def __init__(self, real: Any, run: Run) -> None:
        self._real, self._run = real, run

    def gather(self, options: ReportOptions, step: Callable[[str], None]) -> Any:
        marks: list[tuple[str, float]] = [("filters", time.perf_counter())]

        def timed_step(stage: str) -> None:
            marks.append(("areas" if stage.startswith("area:") else stage, time.perf_counter()))
            step(stage)

        data = self._real.gather(options, timed_step)
        end = time.perf_counter()
        self._run.gather = end - marks[0][1]
        stages: dict[str, float] = defaultdict(float)
        for (name, t0), (_next, t1) in zip(marks, [*marks[1:], ("end", end)], strict=True):
            stages[name] += t1 - t0
        self._run.stages = dict(stages)
        return data

    def __getattr__(self, name: str) -> Any:  # record_export and the rest: the real ones
        return getattr(self._real, name)


class _TimedServices:
    def __init__(self, services: Services, run: Run) -> None:
        self.reports = _TimedReports(services.reports, run)
        self.actor = services.actor


def build_once(services: Services, lang: str, out: Path) -> Run:
    run = Run()
    started = time.perf_counter()
    result = builder.build_report(_TimedServices(services, run), ReportOptions(lang=lang), out)
    run.total = time.perf_counter() - started
    run.pages = result.pages
    return run


def rows_floor(path: Path) -> float:
    started = time.perf_counter()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute(ROWS_SQL).fetchall()
    finally:
        conn.close()
    assert rows
    return time.perf_counter() - started


def plain_layout(pages: int, out: Path) -> tuple[float, int]:
    """A plain document of ``pages`` × 25 Lorem paragraphs in the report's body style."""
    body = styles().body
    count = max(pages, 1) * PARAGRAPHS_PER_PAGE
    started = time.perf_counter()
    flowables = [Paragraph(LOREM[i % len(LOREM)], body) for i in range(count)]
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN)
    doc.build(flowables)
    return time.perf_counter() - started, int(doc.page)


def write_detail(services: Services, lang: str, out: Path) -> tuple[int, float, int, float]:
    """One more build, taken apart: (flowables, story seconds, layout passes, render seconds).
    Passes: ``write`` polls ``cancelled()`` once per flowable laid out, in every pass."""
    data = services.reports.gather(ReportOptions(lang=lang))
    t0 = time.perf_counter()
    flowables = builder.story(data, Words(lang, data.timezone, TextWarnings()))
    story_s = time.perf_counter() - t0
    polls = 0

    def cancelled() -> bool:
        nonlocal polls
        polls += 1
        return False

    t0 = time.perf_counter()
    builder.write(data, out, cancelled=cancelled)
    write_s = time.perf_counter() - t0
    # +1: the NextPageTemplate render() puts in front of the story
    passes = round(polls / (len(flowables) + 1))
    return len(flowables), story_s, passes, write_s - story_s


def med(values: list[float]) -> float:
    return statistics.median(values)


def measure(size: int, args: argparse.Namespace, tmp: Path) -> list[str]:
    path, db = cached_database(args.db_dir, size)
    repeat = args.repeat or (5 if size <= 10_000 else 3)
    target = TARGETS.get(size)
    services = Services.connect(db, "bench", roles="admin supervisor protection")
    lines: list[str] = []
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as raw:
            entries = raw.execute("SELECT count(*) FROM entry").fetchone()[0]
        raw.close()
        print(f"\n== {entries:,} entries ({path}); medians of {repeat} runs", flush=True)
        for lang in args.langs:
            out = tmp / f"report-{size}-{lang}.pdf"
            cold = build_once(services, lang, out)  # first of this size/lang: not counted
            runs: list[Run] = []
            rows: list[float] = []
            layout: list[float] = []
            plain_pages = 0
            for _ in range(repeat):
                runs.append(build_once(services, lang, out))
                rows.append(rows_floor(path))
                seconds, plain_pages = plain_layout(runs[-1].pages, tmp / "plain.pdf")
                layout.append(seconds)
            # the breakdown is the median run's (by total), so that its parts add up
            mid = sorted(runs, key=lambda r: r.total)[(len(runs) - 1) // 2]
            total, gather, write = mid.total, mid.gather, mid.write
            floor = med(rows) + med(layout)
            pages = mid.pages
            verdict = "" if target is None else (
                f"   target ≤ {target:g} s   {'OK' if total <= target else 'OVER'}")
            line = (f"{entries:>9,} entries [{lang}]  report {total:5.2f} s "
                    f"(gather {gather:.2f}, layout+write {write:.2f}; {pages} pages)   "
                    f"floor: rows {med(rows):.3f} s + plain layout {med(layout):.2f} s "
                    f"({plain_pages} pages)   ratio {total / floor:4.1f}×{verdict}")
            print(line, flush=True)
            lines.append(line)
            print(f"    warm-up build (not counted): {cold.total:.2f} s "
                  f"(gather {cold.gather:.2f}, write {cold.write:.2f}); "
                  f"runs: {', '.join(f'{r.total:.2f}' for r in runs)} s")
            print("    gather by stage (that run, s): " + ", ".join(
                f"{n} {s:.3f}" for n, s in mid.stages.items()))
            if lang == args.langs[0]:
                n_flow, story_s, passes, render_s = write_detail(services, lang, out)
                print(f"    write taken apart (1 run): story of {n_flow} flowables "
                      f"{story_s:.3f} s; multiBuild {passes} passes + fsync {render_s:.2f} s "
                      f"(≈ {render_s / max(passes, 1):.2f} s a pass vs plain layout "
                      f"{med(layout):.2f} s)")
    finally:
        db.dispose()
    return lines


def profile(size: int, args: argparse.Namespace, tmp: Path) -> None:
    """cProfile of one build. cProfile sees only its own thread, so the trends service's
    helper thread (half of each long bucket count) is switched off for it: everything runs
    here and shows up (the build is a little slower than measured above)."""
    from feedback_desk.core.services import trends

    path, db = cached_database(args.db_dir, size)
    services = Services.connect(db, "bench", roles="admin supervisor protection")
    parallel = trends.PARALLEL_FROM
    trends.PARALLEL_FROM = sys.maxsize
    try:
        build_once(services, args.langs[0], tmp / "warm.pdf")
        prof = cProfile.Profile()
        prof.enable()
        builder.build_report(services, ReportOptions(lang=args.langs[0]), tmp / "prof.pdf")
        prof.disable()
    finally:
        trends.PARALLEL_FROM = parallel
        db.dispose()
    prefix = str(ROOT / "src") + "/"
    # by own time: with generators fed across functions, cProfile's cumulative times are
    # unreliable here (a generator's consumer is charged its producer's time)
    for order, limit, only in (("tottime", 25, ()), ("tottime", 20, ("feedback_desk",))):
        buf = io.StringIO()
        stats = pstats.Stats(prof, stream=buf)
        stats.sort_stats(order).print_stats(*only, limit)
        where = " (feedback_desk functions only)" if only else ""
        print(f"\n== profile of one build at {size:,} entries, by {order}{where}")
        body = buf.getvalue().replace(prefix, "").splitlines()
        start = next((i for i, line in enumerate(body) if line.lstrip().startswith("ncalls")), 0)
        print("\n".join(line for line in body[start:] if line.strip()))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,100000",
                    type=lambda s: [int(x.replace("_", "")) for x in s.split(",") if x])
    ap.add_argument("--repeat", type=int, default=0,
                    help="runs of each figure (default 5 up to 10,000 entries, else 3)")
    ap.add_argument("--db-dir", type=Path, default=ROOT / "bench",
                    help="where the demo databases are cached (default bench/)")
    ap.add_argument("--langs", default="id,en", type=lambda s: [x for x in s.split(",") if x])
    ap.add_argument("--profile", type=int, default=0, metavar="SIZE",
                    help="also profile one build at SIZE entries (cProfile, top 25)")
    args = ap.parse_args()
    lines: list[str] = []
    with tempfile.TemporaryDirectory(prefix="bench-report-") as name:
        tmp = Path(name)
        for size in args.sizes:
            lines += measure(size, args, tmp)
        print("\nsummary")
        print("\n".join(lines))
        if args.profile:
            profile(args.profile, args, tmp)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
