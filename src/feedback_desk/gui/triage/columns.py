"""The triage list's columns: what each shows for an entry row, its header, and its SQL sort.

Kept apart from the model so the saved-views bar and the list header share one definition.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...core import lifecycle, taxonomy
from ...core.dto import EntryRow
from .. import i18n
from .detail_labels import status_label


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    header: object  # a str marked for translation in context "TriageColumns"
    sort: str | None  # the SORT_COLUMNS name, None = not sortable
    width: int = 110
    visible: bool = True

    def title(self) -> str:
        return QCoreApplication.translate("TriageColumns", str(self.header))


COLUMNS: tuple[Column, ...] = (
    Column("id", QT_TRANSLATE_NOOP("TriageColumns", "No."), "id", 70),
    Column("recorded_at", QT_TRANSLATE_NOOP("TriageColumns", "Recorded"), "recorded_at", 125),
    Column("kind", QT_TRANSLATE_NOOP("TriageColumns", "Kind"), "kind", 95),
    Column("status", QT_TRANSLATE_NOOP("TriageColumns", "Status"), "status", 135),
    Column("deadline", QT_TRANSLATE_NOOP("TriageColumns", "Deadline"), "due_date", 185),
    Column("tier", QT_TRANSLATE_NOOP("TriageColumns", "Tier"), "tier", 45),
    Column("area", QT_TRANSLATE_NOOP("TriageColumns", "Area"), "service_area", 90),
    Column("topic", QT_TRANSLATE_NOOP("TriageColumns", "Topic"), "topic", 150),
    Column("country", QT_TRANSLATE_NOOP("TriageColumns", "Country"), "country", 100),
    Column("speaker", QT_TRANSLATE_NOOP("TriageColumns", "Speaker"), "speaker_type", 130),
    Column("assignee", QT_TRANSLATE_NOOP("TriageColumns", "Assignee"), "assignee_id", 90),
    Column("group", QT_TRANSLATE_NOOP("TriageColumns", "Issue"), "group_id", 55),
    Column("summary", QT_TRANSLATE_NOOP("TriageColumns", "What was said"), "summary", 420),
    Column("programme", QT_TRANSLATE_NOOP("TriageColumns", "Programme"), "programme", 80, False),
    Column("phase", QT_TRANSLATE_NOOP("TriageColumns", "Phase"), "phase", 80, False),
    Column("sensitive", QT_TRANSLATE_NOOP("TriageColumns", "Sensitive"), "sensitive", 70, False),
    Column("updated_at", QT_TRANSLATE_NOOP("TriageColumns", "Last change"), "updated_at", 125, False),
)
KEYS = tuple(c.key for c in COLUMNS)
BY_KEY = {c.key: c for c in COLUMNS}


def tr(text: str) -> str:
    return i18n.module_tr("TriageColumns", text)


@dataclass(frozen=True, slots=True)
class Deadline:
    state: str  # "overdue", "due_soon", "paused", "running", "none"
    text: str


def deadline(row: EntryRow, today: date) -> Deadline:
    """Where the SLA clock of ``row`` stands today, in words for the list."""
    if row.due_date is None or not lifecycle.is_open(row.kind, row.status):
        return Deadline("none", "")
    due = i18n.date_text(row.due_date, "dd MMM")
    if lifecycle.is_waiting(row.kind, row.status):
        since = row.paused_on or today
        days = (today - since).days
        return Deadline("paused", tr("Paused {days} d (since {since}); was due {due}").format(
            days=days, since=i18n.date_text(since, "dd MMM"), due=due))
    if row.due_date < today:
        return Deadline("overdue", tr("Overdue {days} d (due {due})").format(
            days=(today - row.due_date).days, due=due))
    if row.due_date <= today + timedelta(days=1):
        word = tr("today") if row.due_date == today else tr("tomorrow")
        return Deadline("due_soon", tr("Due {when}").format(when=word))
    return Deadline("running", tr("Due {due}").format(due=due))


def cell(key: str, row: EntryRow, lang: str, today: date, users: dict[int, str]) -> str:
    """The text of one cell."""
    if key == "id":
        return str(row.id)
    if key == "recorded_at":
        return row.recorded_at.astimezone().strftime("%Y-%m-%d %H:%M")
    if key == "updated_at":
        return row.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
    if key == "kind":
        return taxonomy.label("kind", row.kind, lang)
    if key == "status":
        return status_label(row.status, lang)
    if key == "deadline":
        return deadline(row, today).text
    if key == "tier":
        return row.tier or ""
    if key == "area":
        return taxonomy.label("service_area", row.service_area, lang)
    if key == "topic":
        return taxonomy.label("topic", row.topic, lang)
    if key == "country":
        return taxonomy.label("country", row.country, lang)
    if key == "speaker":
        return taxonomy.label("speaker_type", row.speaker_type, lang)
    if key == "assignee":
        return users.get(row.assignee_id, "") if row.assignee_id else ""
    if key == "group":
        return f"#{row.group_id}" if row.group_id else ""
    if key == "programme":
        return taxonomy.label("programme", row.programme, lang)
    if key == "phase":
        return taxonomy.label("phase", row.phase, lang)
    if key == "sensitive":
        return tr("yes") if row.sensitive else ""
    text = " ".join((row.summary or row.text).split())
    return text if len(text) <= 240 else text[:239] + "…"
