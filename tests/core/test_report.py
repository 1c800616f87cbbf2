"""The strategy summary: every figure read back from the PDF equals an independent count (a
Python model of the seeded rows), on SQLite and PostgreSQL; structure (contents, outline,
"page X of Y", metadata, embedded fonts); the snapshot id; atomic writing."""

from __future__ import annotations

import errno
import json
import os
import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from feedback_desk.core import lifecycle
from feedback_desk.core.reports import builder
from feedback_desk.core.reports.builder import ReportWriteError, build_report
from feedback_desk.core.reports.options import ReportCancelled, ReportOptions
from feedback_desk.core.services import Services
from feedback_desk.core.trends import OPEN_COMPLAINT_STATUSES
from tests.core.report_support import build, pdf_text, render_pages
from tests.core.trend_data import Row, add_groups, insert_rows, make_rows

AREAS = {"domestic": "Domestic", "overseas": "Overseas", "digital": "Digital"}


@pytest.fixture
def seeded(svc: Services, event: Any) -> tuple[Services, list[Row]]:
    other = svc.catalog.create_event("Outreach Mall 2026")
    groups = add_groups(svc, ("Klaim JHT lambat cair", "Aplikasi JMO sulit login"))
    rows = make_rows((event.id, other.id), groups, 400, seed=11)
    insert_rows(svc, rows)
    return svc, rows


def _num(text: str) -> int:
    return int(text.replace(",", "").replace(".", ""))


def _today(svc: Services) -> date:
    return svc.reports._today()


def _late(row: Row, today: date) -> bool:
    return bool(row.kind == "complaint" and row.due_date and row.due_date < today
                and lifecycle.is_open(row.kind, row.status)
                and not lifecycle.is_waiting(row.kind, row.status))


def test_figures_equal_an_independent_count(seeded: tuple[Services, list[Row]],
                                            tmp_path: Path) -> None:
    svc, rows = seeded
    path = tmp_path / "summary.pdf"
    result = build(svc, path, lang="en")
    text = pdf_text(path)
    kinds = Counter(r.kind for r in rows)
    today = _today(svc)
    assert result.entries == len(rows)

    m = re.search(r"([\d,]+) entries were recorded: ([\d,]+) complaints, ([\d,]+) suggestions "
                  r"and ([\d,]+) other items \(([\d,]+) questions, ([\d,]+) appreciations and "
                  r"([\d,]+) commitments\)", text)
    assert m, text[:3000]
    assert [_num(g) for g in m.groups()] == [
        len(rows), kinds["complaint"], kinds["suggestion"],
        kinds["question"] + kinds["appreciation"] + kinds["commitment"],
        kinds["question"], kinds["appreciation"], kinds["commitment"]]

    areas = Counter(r.area for r in rows)
    m = re.search(r"By service area: (.*?)\.", text)
    assert m
    for code, label in AREAS.items():
        found = re.search(rf"{label} ([\d,]+)", m.group(1))
        assert found and _num(found.group(1)) == areas[code], (label, m.group(1))

    complaints = [r for r in rows if r.kind == "complaint"]
    open_ = sum(1 for r in complaints if r.status in OPEN_COMPLAINT_STATUSES)
    late = sum(1 for r in complaints if _late(r, today))
    m = re.search(r"([\d,]+) complaints are open, ([\d,]+) of them overdue", text)
    assert m and (_num(m.group(1)), _num(m.group(2))) == (open_, late)

    # each area's section opens with its number of entries
    for code, label in AREAS.items():
        m = re.search(rf"{label} ([\d,]+) entries: ", text)
        assert m and _num(m.group(1)) == areas[code], label

    m = re.search(r"Promises made on stage.*?: ([\d,]+) in all, ([\d,]+) open", text)
    assert m and _num(m.group(1)) == kinds["commitment"]
    assert _num(m.group(2)) == sum(1 for r in rows if r.kind == "commitment"
                                   and r.status in ("open", "in_progress"))

    m = re.search(r"Open complaints of tier S0 / S1 or past their due date: ([\d,]+)", text)
    assert m and _num(m.group(1)) == sum(
        1 for r in complaints if r.status in OPEN_COMPLAINT_STATUSES
        and (r.tier in ("S0", "S1") or _late(r, today)))


def test_heatmap_table_equals_the_counts(seeded: tuple[Services, list[Row]],
                                         tmp_path: Path) -> None:
    """pdfplumber reads the service area × topic table back: every cell and total."""
    svc, rows = seeded
    path = tmp_path / "summary.pdf"
    build(svc, path, lang="en")
    expected = Counter((r.topic or "", r.area) for r in rows)
    labels = {code: en for code, en, _id in svc.catalog.terms("topic")}
    labels[""] = "No topic"
    seen = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for table in page.extract_tables():
                if not table or not table[0] or (table[0][0] or "").strip() != "Topic":
                    continue
                head = [(c or "").replace("\n", " ").strip() for c in table[0]]
                assert head[1:] == ["Domestic", "Overseas", "Digital", "Total"]
                for line in table[1:]:
                    cells = [(c or "").replace("\n", " ").strip() for c in line]
                    if cells[0] == "Total":
                        assert [int(c) for c in cells[1:]] == [
                            sum(1 for r in rows if r.area == a) for a in AREAS] + [len(rows)]
                        seen += 1
                        continue
                    code = next(c for c, label in labels.items() if label == cells[0])
                    want = [expected[(code, a)] for a in AREAS]
                    assert [int(c) for c in cells[1:]] == [*want, sum(want)], cells
                    seen += 1
    assert seen == len({r.topic or "" for r in rows}) + 1 or seen >= 8


def test_top_issues_are_weighted_by_severity(seeded: tuple[Services, list[Row]]) -> None:
    svc, rows = seeded
    data = svc.reports.gather(ReportOptions(lang="en"))
    weights = {"S0": 5, "S1": 4, "S2": 3, "S3": 2, "S4": 1}
    voices = [r for r in rows if r.kind in ("complaint", "suggestion", "question")]
    for issue in data.issues:
        if issue.group_id is not None:
            mine = [r for r in voices if r.group_id == issue.group_id]
        else:
            mine = [r for r in voices if r.group_id is None and r.area == issue.area
                    and r.topic == issue.topic]
        assert issue.voices == len(mine)
        assert issue.weight == sum(weights.get(r.tier or "", 1) for r in mine)
    assert [i.weight for i in data.issues] == sorted((i.weight for i in data.issues),
                                                     reverse=True)
    assert len(data.issues) == 5


def test_filters_by_event_days_and_area(seeded: tuple[Services, list[Row]],
                                        tmp_path: Path) -> None:
    svc, rows = seeded
    event = svc.catalog.event_by_name("Simposium PMI 2026")
    day = min(r.recorded_at for r in rows).astimezone(svc.reports._tz()).date() \
        if hasattr(svc.reports, "_tz") else date(2026, 11, 11)
    options = dict(event_ids=(event.id,), date_from=day, date_to=day, area="overseas",
                   lang="en")
    data = svc.reports.gather(ReportOptions(**options))  # type: ignore[arg-type]
    query = data.query
    want = [r for r in rows if r.event_id == event.id and r.area == "overseas"
            and query.recorded_from <= r.recorded_at < query.recorded_to]  # type: ignore[operator]
    assert data.total == len(want) > 0
    assert [a.area for a in data.areas] == ["overseas"]
    path = tmp_path / "one.pdf"
    build(svc, path, **options)
    text = pdf_text(path)
    assert "Simposium PMI 2026" in text and "Outreach Mall 2026" not in text
    assert f"{len(want)} entries were recorded" in text


def test_indonesian_structure_metadata_and_fonts(seeded: tuple[Services, list[Row]],
                                                 tmp_path: Path) -> None:
    svc, rows = seeded
    path = tmp_path / "ringkasan.pdf"
    result = build(svc, path, lang="id")
    reader = PdfReader(str(path))
    pages = len(reader.pages)
    assert result.pages == pages >= 8
    meta = reader.metadata
    assert meta is not None and meta.title and meta.title.startswith("Ringkasan strategi")
    assert meta.subject and "Apa yang didengar" in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == "id-ID"
    assert f"snapshot:{result.snapshot}" in str(meta.get("/Keywords"))
    # page X of Y on every page but the cover
    for number, page in enumerate(reader.pages[1:], start=2):
        assert f"halaman {number} dari {pages}" in (page.extract_text() or "")
    # outline: the sections, each pointing at a page
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles[:3] == ["Ringkasan eksekutif", "Tren", "Dalam negeri"] or \
        titles[0] == "Ringkasan eksekutif", titles
    for expected in ("Daftar komitmen", "Area layanan × topik", "Lampiran"):
        assert expected in titles
    for item in reader.outline:  # each entry opens the page that shows its heading
        if not isinstance(item, list):
            page = reader.pages[reader.get_destination_page_number(item)]
            assert item.title in (page.extract_text() or ""), item.title
    text = pdf_text(path)
    assert "Daftar isi" in text and "entri tercatat" in text
    # every font is one of ours and embedded (no Helvetica: Latin-1 only)
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            name = str(font["/BaseFont"])
            assert "FD-Sans" in name or "FD-CJK" in name or "DejaVu" in name, name
            descendant = font.get("/DescendantFonts")
            desc = (descendant[0].get_object() if descendant else font).get("/FontDescriptor")
            assert desc is not None and "/FontFile2" in desc.get_object(), name
    render_pages(path, tmp_path / "png")


def test_snapshot_id_follows_the_data_not_the_language(
        seeded: tuple[Services, list[Row]], tmp_path: Path) -> None:
    svc, rows = seeded
    en = build(svc, tmp_path / "en.pdf", lang="en")
    id_ = build(svc, tmp_path / "id.pdf", lang="id")
    assert en.snapshot == id_.snapshot
    assert en.snapshot in pdf_text(tmp_path / "en.pdf").replace(" ", "")
    view = svc.entries.get(rows[0].id)  # type: ignore[arg-type]
    svc.entries.edit(view.id, view.version, summary="changed")
    assert build(svc, tmp_path / "again.pdf", lang="en").snapshot != en.snapshot


def test_every_export_is_audited(seeded: tuple[Services, list[Row]], tmp_path: Path) -> None:
    from sqlalchemy import select

    from feedback_desk.core.db.models import AuditEvent

    svc, _rows = seeded
    result = build(svc, tmp_path / "s.pdf", lang="en", area="digital")
    rows = svc.db.read(lambda s: s.execute(select(AuditEvent.actor, AuditEvent.payload).where(
        AuditEvent.action == "report.export")).all())
    assert len(rows) == 1 and rows[0][0] == "sari"
    data = json.loads(rows[0][1])["data"]
    assert data["snapshot"] == result.snapshot and data["area"] == "digital"
    assert data["file"] == "s.pdf" and data["pages"] == result.pages
    assert svc.audit.verify().ok


def test_empty_database_builds(svc: Services, tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    result = build(svc, path, lang="en")
    assert result.entries == 0
    text = pdf_text(path)
    assert "No entries match these filters." in text
    assert "No commitments were recorded." in text
    render_pages(path, tmp_path / "png")


def test_an_existing_file_is_replaced_whole(seeded: tuple[Services, list[Row]],
                                            tmp_path: Path) -> None:
    svc, _rows = seeded
    out = tmp_path / "out"
    out.mkdir()
    path = out / "summary.pdf"
    path.write_bytes(b"old")
    build(svc, path, lang="en")
    assert path.read_bytes().startswith(b"%PDF")
    assert [p.name for p in out.iterdir()] == ["summary.pdf"]


@pytest.mark.parametrize("failure", ["cancel_gather", "cancel_layout", "disk_full"])
def test_a_failure_leaves_the_old_file_and_no_part(seeded: tuple[Services, list[Row]],
                                                   tmp_path: Path, monkeypatch: Any,
                                                   failure: str) -> None:
    svc, _rows = seeded
    out = tmp_path / "out"
    out.mkdir()
    path = out / "summary.pdf"
    path.write_bytes(b"old")
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return failure == "cancel_gather" or (failure == "cancel_layout" and calls["n"] > 60)

    if failure == "disk_full":
        def full(_fd: int) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(builder.os, "fsync", full)
        with pytest.raises(ReportWriteError, match="No space left"):
            build_report(svc, ReportOptions(lang="en"), path)
    else:
        with pytest.raises(ReportCancelled):
            build_report(svc, ReportOptions(lang="en"), path, cancelled=cancelled)
    assert path.read_bytes() == b"old"
    assert [p.name for p in out.iterdir()] == ["summary.pdf"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder_is_refused(svc: Services, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(ReportWriteError, match="cannot write"):
            build(svc, folder / "s.pdf", lang="en")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_missing_folder_is_refused(svc: Services, tmp_path: Path) -> None:
    with pytest.raises(ReportWriteError, match="cannot write"):
        build(svc, tmp_path / "nope" / "s.pdf", lang="en")


def test_progress_counts_up_to_done(seeded: tuple[Services, list[Row]], tmp_path: Path) -> None:
    svc, _rows = seeded
    seen: list[tuple[int, str]] = []
    build_report(svc, ReportOptions(lang="en"), tmp_path / "s.pdf",
                 progress=lambda done, total, stage: seen.append((done, stage)))
    values = [d for d, _s in seen]
    assert values == sorted(values) and values[-1] == 100 and seen[-1][1] == "done"
    assert {"snapshot", "counts", "cases", "layout"} <= {s for _d, s in seen}


_WORDS = [k for key in __import__("feedback_desk.core.protection", fromlist=["KEYWORDS"]).KEYWORDS
          for k in key.split()] + ["klaim", "majikan", "tahan", "ditahannya", "mati-matian",
                                   "sexual", "assault_x", "rape", "grape", "jail2"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=8),
       st.lists(st.sampled_from([" ", "-", "_", ", ", ".", "  ", "\n", "'", "é", "1", ""]),
                min_size=9, max_size=9),
       st.booleans())
def test_protection_mentions_agrees_with_find(words: list[str], seps: list[str],
                                              upper: bool) -> None:
    """The quick check the summary uses gives the same answer as the full word matcher."""
    from feedback_desk.core import protection

    text = "".join(sep + word for sep, word in zip(seps, [*words, ""], strict=False))
    text = text.upper() if upper else text
    assert protection.mentions(text) == bool(protection.find(text)), text


def test_recommendations_one_line_per_wording_most_supported_first(
        svc: Services, event: Any, tmp_path: Path) -> None:
    from tests.core.conftest import new_entry

    def adopted(text: str) -> None:
        view = svc.entries.record(new_entry(event.id, kind="suggestion", text=text,
                                            topic="policy_suggestion"))
        view = svc.cases.transition(view.id, view.version, "under_study")
        svc.cases.transition(view.id, view.version, "adopted", reason="Masuk rencana kerja 2027.")

    adopted("Buka loket BPJS di bandara Soekarno-Hatta untuk PMI.")
    for _ in range(3):
        adopted("Sediakan formulir klaim dalam bahasa Indonesia sederhana.")
    adopted("  sediakan formulir klaim dalam   bahasa Indonesia sederhana. ")
    data = svc.reports.gather(ReportOptions(lang="en"))
    recs = [r for a in data.areas for r in a.recommendations]
    assert [(r.text.split()[0].casefold(), r.same) for r in recs] == [("sediakan", 4),
                                                                       ("buka", 1)]
    path = tmp_path / "s.pdf"
    build(svc, path, lang="en")
    text = pdf_text(path)
    assert "formulir klaim dalam bahasa Indonesia sederhana. (×4)" in text
    assert text.index("formulir klaim") < text.index("Buka loket")
