"""Shared by the summary tests: building a summary, reading its text back, rendering pages."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from feedback_desk.core.reports.builder import build_report
from feedback_desk.core.reports.options import ReportOptions, ReportResult
from feedback_desk.core.services import Services


def build(svc: Services, path: Path, **options: object) -> ReportResult:
    return build_report(svc, ReportOptions(**options), path)  # type: ignore[arg-type]


def pdf_text(path: Path) -> str:
    """Every page's text, joined; runs of blanks (line wraps) folded to one space."""
    reader = PdfReader(str(path))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in reader.pages))


def render_pages(path: Path, out: Path, dpi: int = 30) -> list[Path]:
    """Every page through pdftoppm (poppler): an error on any page fails. Skipped without
    poppler-utils, except under CI where it must be there."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        if os.environ.get("CI"):
            pytest.fail("pdftoppm (poppler-utils) is missing")
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    out.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([tool, "-r", str(dpi), "-png", str(path), str(out / "p")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Error" not in done.stderr, done.stderr
    return sorted(out.glob("p-*.png"))
