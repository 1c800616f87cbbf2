"""Build the leadership strategy summary into a PDF file: gather (``ReportService``), lay
out (``sections_*`` + ``document``), write atomically.

The PDF is written to a temporary file beside the target, flushed to disk and renamed over
it: an existing summary is replaced whole or not at all, and a failure (disk full, folder
read-only, cancel) leaves no half-written file behind.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable

from ..errors import DeskError
from .document import render, styles
from .model import ReportData
from .options import ReportCancelled, ReportOptions, ReportResult
from .phrases import Words
from .sections_area import section
from .sections_lists import appendix, commitments, heatmap, marker_note
from .sections_summary import cover, executive, trends
from .text import TextWarnings

#: progress(done, total, stage): ``total`` is 100; gathering takes the first half.
Progress = Callable[[int, int, str], None]
GATHER_SHARE = 50


class ReportWriteError(DeskError):
    """The PDF could not be written where asked (folder missing or read-only, disk full)."""

    def __init__(self, path: Path, exc: OSError) -> None:
        reason = exc.strerror or str(exc)
        super().__init__(f"cannot write the summary to {path}: {reason}")
        self.path = path
        self.reason = reason


def story(data: ReportData, words: Words) -> list[Flowable]:
    """Every flowable of the summary, in order (user text escaped as they are made)."""
    st = styles()
    out: list[Flowable] = []
    out += cover(words, st, data)
    out += executive(words, st, data)
    out += trends(words, st, data)
    for area in data.areas:
        out += section(words, st, data, area)
    out += commitments(words, st, data)
    out += heatmap(words, st, data)
    out += appendix(words, st, data)
    out += marker_note(words, st)
    return out


def metadata(data: ReportData, words: Words) -> dict[str, Any]:
    events = "; ".join(data.events) if data.events else words.raw("all_events")
    return {
        "title": words.bare(f"{words.raw('title')} — {events}"),
        "subject": words.raw("subject"),
        "author": words.bare(data.generated_by),
        "creator": "Feedback Desk",
        "keywords": [f"snapshot:{data.snapshot}", f"lang:{words.lang}"],
        "lang": "id-ID" if words.lang == "id" else "en-GB",
        "displayDocTitle": True,
    }


def write(data: ReportData, path: Path, *, progress: Progress | None = None,
          cancelled: Callable[[], bool] | None = None) -> ReportResult:
    """Lay ``data`` out into ``path`` atomically."""
    started = time.perf_counter()
    warnings = TextWarnings()
    words = Words(data.options.lang, data.timezone, warnings)
    flowables = story(data, words)
    per_pass = max(len(flowables), 1)
    done = 0

    def check() -> None:
        nonlocal done
        if cancelled is not None and cancelled():
            raise ReportCancelled()
        done += 1
        if progress is not None and done % 8 == 0:
            # a layout takes two or three passes: count up to 99 % over two
            share = min(done / (2 * per_pass), 0.99)
            progress(GATHER_SHARE + int(share * (100 - GATHER_SHARE)), 100, "layout")

    path = Path(path)
    target = path.resolve().parent
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=target)
    except OSError as exc:
        raise ReportWriteError(path, exc) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            pages = render(handle, flowables, header=words.bare(
                f"{words.raw('title')} · {words.raw('snapshot')} {data.snapshot[:16]}"),
                page_label=lambda n, total: words.text("page_of", page=n, pages=total),
                check=check, meta=metadata(data, words))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ReportWriteError(path, exc) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(100, 100, "done")
    notes: tuple[str, ...] = ()
    if warnings.count:
        notes = (f"{warnings.count} characters no font covers are shown as a marker "
                 f"({', '.join(warnings.samples())})",)
    return ReportResult(path, pages, data.snapshot, data.total, notes,
                        time.perf_counter() - started)


def build_report(services: Any, options: ReportOptions, path: Path | str, *,
                 progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> ReportResult:
    """Gather and write the summary for ``options`` as ``services.actor``.

    ``progress(done, 100, stage)`` reports along the way; ``cancelled()`` is polled between
    stages and flowables (true: ``ReportCancelled``, nothing written)."""
    started = time.perf_counter()
    stages = 5 + 3  # snapshot, counts, cases, areas…, commitments
    seen = 0

    def step(stage: str) -> None:
        nonlocal seen
        if cancelled is not None and cancelled():
            raise ReportCancelled()
        seen += 1
        if progress is not None:
            progress(min(int(seen / stages * GATHER_SHARE), GATHER_SHARE), 100, stage)

    data = services.reports.gather(options, step)
    result = write(data, Path(path), progress=progress, cancelled=cancelled)
    services.reports.record_export(options, result.snapshot, result.pages, Path(path).name)
    return ReportResult(result.path, result.pages, result.snapshot, result.entries,
                        result.warnings, time.perf_counter() - started)
