"""Words for the case detail, its history and the conflict dialog: field names and values in the
interface language (taxonomy codes as labels, statuses, dates in local time), never raw codes or
JSON."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...core import lifecycle, taxonomy
from .. import i18n

CONTEXT = "TriageDetail"

#: Field → the pick-list its codes come from.
FIELD_LISTS: dict[str, str] = {
    "kind": "kind", "service_area": "service_area", "topic": "topic", "programme": "programme",
    "phase": "phase", "country": "country", "speaker_type": "speaker_type", "source": "source",
    "language": "language", "evidence": "evidence", "tier": "tier", "dimensions": "dimension",
}

FIELD_TEXTS: dict[str, object] = {  # marked for translation; shown through tr()
    "text": QT_TRANSLATE_NOOP("TriageDetail", "What was said"),
    "summary": QT_TRANSLATE_NOOP("TriageDetail", "Summary"),
    "kind": QT_TRANSLATE_NOOP("TriageDetail", "Kind"),
    "service_area": QT_TRANSLATE_NOOP("TriageDetail", "Service area"),
    "dimensions": QT_TRANSLATE_NOOP("TriageDetail", "Improvement dimensions"),
    "topic": QT_TRANSLATE_NOOP("TriageDetail", "Topic"),
    "programme": QT_TRANSLATE_NOOP("TriageDetail", "Programme"),
    "phase": QT_TRANSLATE_NOOP("TriageDetail", "Placement phase"),
    "country": QT_TRANSLATE_NOOP("TriageDetail", "Country"),
    "speaker_type": QT_TRANSLATE_NOOP("TriageDetail", "Speaker type"),
    "source": QT_TRANSLATE_NOOP("TriageDetail", "Source"),
    "language": QT_TRANSLATE_NOOP("TriageDetail", "Language"),
    "evidence": QT_TRANSLATE_NOOP("TriageDetail", "Evidence"),
    "sensitive": QT_TRANSLATE_NOOP("TriageDetail", "Sensitive"),
    "session_id": QT_TRANSLATE_NOOP("TriageDetail", "Session"),
    "status": QT_TRANSLATE_NOOP("TriageDetail", "Status"),
    "tier": QT_TRANSLATE_NOOP("TriageDetail", "SLA tier"),
    "due_date": QT_TRANSLATE_NOOP("TriageDetail", "Due date"),
    "paused_on": QT_TRANSLATE_NOOP("TriageDetail", "Paused since"),
    "assignee": QT_TRANSLATE_NOOP("TriageDetail", "Assignee"),
    "answer": QT_TRANSLATE_NOOP("TriageDetail", "Answer / reason"),
    "reason": QT_TRANSLATE_NOOP("TriageDetail", "Answer / reason"),
    "reopen_count": QT_TRANSLATE_NOOP("TriageDetail", "Times reopened"),
    "resolved_at": QT_TRANSLATE_NOOP("TriageDetail", "Resolved at"),
    "group": QT_TRANSLATE_NOOP("TriageDetail", "New issue group"),
    "group_id": QT_TRANSLATE_NOOP("TriageDetail", "Issue group"),
    "note": QT_TRANSLATE_NOOP("TriageDetail", "Note"),
    "tag": QT_TRANSLATE_NOOP("TriageDetail", "Tag"),
    "untag": QT_TRANSLATE_NOOP("TriageDetail", "Tag removed"),
    "target": QT_TRANSLATE_NOOP("TriageDetail", "Linked entry"),
}

LINK_TEXTS: dict[str, object] = {
    "duplicate": QT_TRANSLATE_NOOP("TriageDetail", "duplicate of"),
    "related": QT_TRANSLATE_NOOP("TriageDetail", "related to"),
    "follow_up": QT_TRANSLATE_NOOP("TriageDetail", "follow-up of"),
}


def tr(text: object) -> str:
    return i18n.module_tr(CONTEXT, text)


def field_label(field: str) -> str:
    text = FIELD_TEXTS.get(field)
    return tr(text) if text else field.replace("_", " ")


def status_label(status: str | None, lang: str | None = None) -> str:
    if not status:
        return ""
    en, id_ = lifecycle.STATUS_LABELS.get(status, (status, status))
    return id_ if (lang or i18n.language()) == "id" else en


def term_label(list_name: str, code: str | None) -> str:
    return taxonomy.label(list_name, code, i18n.language())


def when_text(moment: datetime | None) -> str:
    """A moment in local time, as people read it."""
    return i18n.date_text(moment, "dd MMM yyyy HH:mm") if moment else ""


def day_text(day: date | None) -> str:
    return i18n.date_text(day, "ddd dd MMM yyyy") if day else ""


def short(text: str, limit: int = 160) -> str:
    """One line of ``text``: white space folded, cut with an ellipsis."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def value_text(field: str, value: Any, *, limit: int | None = None) -> str:
    """A stored value of ``field`` in words ("—" for nothing)."""
    if value is None or value == "" or (isinstance(value, list | tuple) and not value):
        return "—"
    if field == "status":
        return status_label(str(value))
    if field == "dimensions" and isinstance(value, Sequence) and not isinstance(value, str):
        return ", ".join(term_label("dimension", str(v)) for v in value)
    if field in FIELD_LISTS:
        return term_label(FIELD_LISTS[field], str(value))
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, datetime):
        return when_text(value)
    if isinstance(value, date):
        return day_text(value)
    if field in ("due_date", "paused_on") and isinstance(value, str):
        try:
            return day_text(date.fromisoformat(value))
        except ValueError:
            return value
    if field == "resolved_at" and isinstance(value, str):
        try:
            return when_text(datetime.fromisoformat(value))
        except ValueError:
            return value
    if field in ("group_id", "target", "session_id") and isinstance(value, int):
        return f"#{value}"
    text = str(value)
    return short(text, limit) if limit else text
