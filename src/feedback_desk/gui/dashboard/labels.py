"""Words of the dashboard: category labels in the interface language, breakdown and bucket
names, and a one-line description of the entries behind a clicked mark."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...core import taxonomy
from ...core.dto import EntryQuery
from ...core.trends import NOT_GIVEN, OTHER
from .. import i18n
from ..triage.detail_labels import status_label

CONTEXT = "Dashboard"

#: breakdown / axis → (title, taxonomy list or None)
DIMENSIONS: dict[str, tuple[object, str | None]] = {
    "area": (QT_TRANSLATE_NOOP("Dashboard", "Service area"), "service_area"),
    "kind": (QT_TRANSLATE_NOOP("Dashboard", "Kind"), "kind"),
    "speaker_type": (QT_TRANSLATE_NOOP("Dashboard", "Speaker type"), "speaker_type"),
    "topic": (QT_TRANSLATE_NOOP("Dashboard", "Topic"), "topic"),
    "country": (QT_TRANSLATE_NOOP("Dashboard", "Destination country"), "country"),
    "dimension": (QT_TRANSLATE_NOOP("Dashboard", "Improvement dimension"), "dimension"),
    "programme": (QT_TRANSLATE_NOOP("Dashboard", "Programme"), "programme"),
    "phase": (QT_TRANSLATE_NOOP("Dashboard", "Placement phase"), "phase"),
    "status": (QT_TRANSLATE_NOOP("Dashboard", "Status"), None),
    "tier": (QT_TRANSLATE_NOOP("Dashboard", "SLA tier"), None),
}
BUCKETS: dict[str, object] = {
    "auto": QT_TRANSLATE_NOOP("Dashboard", "Automatic"),
    "minute": QT_TRANSLATE_NOOP("Dashboard", "Minutes"),
    "hour": QT_TRANSLATE_NOOP("Dashboard", "Hours"),
    "day": QT_TRANSLATE_NOOP("Dashboard", "Days"),
    "week": QT_TRANSLATE_NOOP("Dashboard", "Weeks"),
}
#: EntryQuery tuple field → the breakdown whose labels name its values
FIELD_DIMENSION = {
    "areas": "area", "kinds": "kind", "speaker_types": "speaker_type", "topics": "topic",
    "countries": "country", "dimensions": "dimension", "programmes": "programme",
    "phases": "phase", "statuses": "status", "tiers": "tier",
}


def tr(text: object) -> str:
    return i18n.module_tr(CONTEXT, text)


def dimension_title(by: str) -> str:
    return tr(DIMENSIONS[by][0]) if by in DIMENSIONS else by


def bucket_name(size: str) -> str:
    return tr(BUCKETS.get(size, size))


def label(by: str, key: str) -> str:
    """The name of category ``key`` of ``by`` in the interface language."""
    if key == OTHER:
        return tr("Other")
    if key == NOT_GIVEN:
        return tr("Not given")
    if by == "status":
        return status_label(key)
    list_name = DIMENSIONS.get(by, ("", None))[1]
    if list_name is None:
        return key
    return taxonomy.label(list_name, key, i18n.language()) or key


def moment_text(moment: datetime) -> str:
    return i18n.date_text(moment, "d MMM yyyy HH:mm")


def range_text(start: datetime | None, end: datetime | None) -> str:
    """A time range in local time, compact: "3 Nov 2026 10:00 – 11:00"."""
    if start is None and end is None:
        return ""
    if start is None:
        return tr("before {moment}").format(moment=moment_text(end))  # type: ignore[arg-type]
    if end is None:
        return tr("from {moment}").format(moment=moment_text(start))
    a, b = start.astimezone(), end.astimezone()
    whole_days = a.time() == b.time() == datetime.min.time()
    if whole_days:
        last = b - timedelta(days=1)
        if last.date() == a.date():
            return i18n.date_text(a, "d MMM yyyy")
        return f"{i18n.date_text(a, 'd MMM yyyy')} – {i18n.date_text(last, 'd MMM yyyy')}"
    if a.date() == b.date():
        return f"{moment_text(a)} – {i18n.date_text(b, 'HH:mm')}"
    return f"{moment_text(a)} – {moment_text(b)}"


def describe(query: EntryQuery, base: EntryQuery, names: dict[str, dict[int, str]]) -> str:
    """What ``query`` adds to the dashboard's filters ``base``, in one line: the categories,
    the time range, "open at …", the issue group. ``names``: "event"/"session"/"group" id → name."""
    parts: list[str] = []
    for field, by in FIELD_DIMENSION.items():
        values = getattr(query, field)
        if values and values != getattr(base, field):
            shown = ", ".join(label(by, v) for v in values[:3])
            if len(values) > 3:
                shown += " " + tr("and {n} more").format(n=len(values) - 3)
            parts.append(f"{dimension_title(by)}: {shown}")
    if query.overdue and not base.overdue:
        parts.append(tr("overdue"))
    if query.open_at is not None:
        parts.append(tr("open at {moment}").format(moment=moment_text(query.open_at)))
    if (query.recorded_from, query.recorded_to) != (base.recorded_from, base.recorded_to):
        parts.append(range_text(query.recorded_from, query.recorded_to))
    if query.group_id is not None and query.group_id != base.group_id:
        title = names.get("group", {}).get(query.group_id) or f"#{query.group_id}"
        parts.append(tr("issue: {title}").format(title=title))
    return tr("Trends: {what}").format(what=" · ".join(p for p in parts if p) or tr("all"))
