"""Adversarial tests of spreadsheet import, part 7: hostile cells. A megabyte in every
column, NUL bytes, terminal escape sequences: each ends in a row report or a clean refusal,
never in a raw database error, and nothing the preview shows carries a control character."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from feedback_desk.core.db.engine import Database
from feedback_desk.core.services import Services

from .attacks_support import HEAD, counts, row, write_csv, write_xlsx


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_a_megabyte_in_every_column_is_rejected_with_short_messages(
        svc: Services, db: Database, event: object, tmp_path: Path, suffix: str) -> None:
    from feedback_desk.core.interchange.columns import COLUMNS
    from feedback_desk.core.interchange.model import ImportRefused

    head = tuple(c.key for c in COLUMNS)
    huge = "ẞ" * 1_000_000
    rows = [row(i, contact_consent="yes", **{key: huge}) for i, key in enumerate(head)
            if key != "contact_consent"] + [row(99, contact_consent=huge)]
    maker = write_csv if suffix == "csv" else write_xlsx
    path = maker(tmp_path / f"huge.{suffix}", rows, head)
    before = counts(db)
    try:
        preview = svc.interchange.preview(path)
    except ImportRefused as refused:  # a clean refusal of the whole file is fine too
        assert len(refused.message.text()) < 1000
        return
    # an XLSX cell holds 32,767 characters (openpyxl cut them when writing the file): in
    # text or text_2… that is within the text's limit, so those rows are fine
    order = [k for k in head if k != "contact_consent"] + ["contact_consent"]
    expected = ["accepted" if suffix == "xlsx" and k.startswith("text") else "rejected"
                for k in order]
    assert [r.status for r in preview.rows] == expected
    for outcome in preview.rows:
        assert all(len(m.text()) < 500 for m in outcome.problems + outcome.notes), outcome.number
        assert len(outcome.excerpt) <= 80
    added = svc.interchange.commit(preview, valid_rows_only=True).added
    assert len(added) == expected.count("accepted")
    assert counts(db)["entry"] == before["entry"] + len(added)


# ---- NUL and control characters -----------------------------------------------------------
NUL_CASES = ["event", "session", "text", "summary", "recorded_by", "speaker_name",
             "speaker_phone", "contact_consent", "kind", "uuid"]


@pytest.mark.parametrize("column", NUL_CASES)
def test_a_nul_byte_in_any_cell_ends_in_a_report_not_a_crash(
        svc: Services, db: Database, event: object, tmp_path: Path, column: str,
        request: pytest.FixtureRequest) -> None:
    value = {"uuid": "0b9f7a52-3c1d-4e5f-8a6b-7c8d9e0f\x001a2b", "contact_consent": "y\x00es",
             "kind": "compl\x00aint", "recorded_by": "pe\x00tugas"}.get(column, "ab\x00cd")
    path = write_csv(tmp_path / "nul.csv", [row(1, **{column: value}), row(2)],
                     head=HEAD + ("summary", "uuid"))
    preview = svc.interchange.preview(path)
    before = counts(db)
    result = svc.interchange.commit(preview, valid_rows_only=True)
    assert len(result.added) == preview.count("accepted") >= 1
    if preview.count("accepted") == 1:
        assert counts(db)["entry"] == before["entry"] + 1
    with db.engine.connect() as conn:
        blob = " ".join(str(v) for r in conn.execute(text(
            "SELECT e.text, e.summary, ev.name, s.name FROM entry e JOIN event ev ON "
            "ev.id = e.event_id LEFT JOIN event_session s ON s.id = e.session_id")) for v in r)
    assert "\x00" not in blob


def test_control_characters_in_event_and_session_names_do_not_reach_the_database(
        svc: Services, db: Database, event: object, tmp_path: Path,
        request: pytest.FixtureRequest) -> None:
    """An escape sequence in an event name would be printed by the CLI as it is."""
    path = write_csv(tmp_path / "esc.csv", [row(1, event="Acara\x1b]0;pwned\x07 Baru",
                                                session="Sesi\x1b[2J 1")])
    preview = svc.interchange.preview(path)
    svc.interchange.commit(preview, valid_rows_only=True)
    with db.engine.connect() as conn:
        names = list(conn.execute(text("SELECT name FROM event UNION ALL "
                                       "SELECT name FROM event_session")).scalars())
    assert not any(ch in n for n in names for ch in "\x1b\x07"), names


def test_what_a_preview_shows_has_no_control_characters(
        svc: Services, event: object, tmp_path: Path) -> None:
    esc = "\x1b[2K\r\x1b]52;c;cHduZWQ=\x07"  # erase the line; write the clipboard (OSC 52)
    head = HEAD + ("country", esc + "x")
    path = write_csv(tmp_path / "esc.csv", [
        row(1, text=esc + "teks"), row(2, kind=esc), row(3, country=esc),
        row(4, contact_consent=esc), row(5, recorded_by=esc), row(6, recorded_at=esc),
        row(7, event=esc + "Acara")], head=head)
    preview = svc.interchange.preview(path)
    shown = [r.excerpt for r in preview.rows] + [
        m.text() for r in preview.rows for m in r.problems + r.notes] + list(
        preview.unknown_headers) + list(preview.events_to_create)
    assert [s for s in shown if any(ch in s for ch in "\x1b\x07\r")] == []
