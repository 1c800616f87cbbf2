"""Render the strategy summary of the demo symposium for the docs: the cover (page 1) and the
first page of one service area's section, as PNGs, in Bahasa Indonesia and English.

    .venv/bin/python scripts/summary_pages.py docs/

Needs pdftoppm (poppler-utils). The PDFs are left beside the PNGs' folder in a temp dir.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from pypdf import PdfReader

from feedback_desk.core.db.engine import open_database
from feedback_desk.core.demo import generate
from feedback_desk.core.reports.builder import build_report
from feedback_desk.core.reports.options import ReportOptions
from feedback_desk.core.services import Services

AREA_TITLE = {"id": "Luar negeri", "en": "Overseas"}


def page_of(pdf: Path, title: str) -> int:
    """The page an outline entry points at (1-based)."""
    reader = PdfReader(str(pdf))
    for item in reader.outline:
        if not isinstance(item, list) and item.title == title:
            return reader.get_destination_page_number(item) + 1
    raise SystemExit(f"no section {title!r} in {pdf}")


def main(out: Path) -> int:
    os.environ.setdefault("TZ", "Asia/Jakarta")
    folder = Path(tempfile.mkdtemp())
    db = open_database(f"sqlite:///{folder}/demo.sqlite")
    services = Services.connect(db, "sari", roles="supervisor protection")
    generate(db, 6000, seed=4)
    event = services.catalog.event_by_name("Simposium PMI 2026")
    out.mkdir(parents=True, exist_ok=True)
    for lang, suffix in (("id", "-id"), ("en", "")):
        pdf = folder / f"summary-{lang}.pdf"
        result = build_report(services, ReportOptions(event_ids=(event.id,), lang=lang), pdf)
        print(f"{pdf}: {result.pages} pages in {result.seconds:.2f} s")
        for name, page in (("summary-cover", 1), ("summary-area", page_of(pdf, AREA_TITLE[lang]))):
            target = out / f"{name}{suffix}"
            subprocess.run(["pdftoppm", "-png", "-r", "90", "-f", str(page), "-l", str(page),
                            "-singlefile", str(pdf), str(target)], check=True)
            print(f"  page {page} → {target}.png")
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")))
