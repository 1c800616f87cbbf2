"""The History tab: every change to the case from the audit log, newest first, one readable line
each — when, who, what changed (labels, not codes; never a JSON dump)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...core.dto import AuditRecord
from ..i18n import Retranslating
from ..plain import tooltip
from .detail_labels import LINK_TEXTS, field_label, short, status_label, tr, value_text, when_text

_SKIPPED = frozenset({"uuid", "event_id", "speaker_id", "recorded_at", "text"})


def _quote(text: object, limit: int = 120) -> str:
    return "“" + short(str(text or ""), limit) + "”"


def _changes(pairs: Mapping[str, Any]) -> str:
    """"Field: old → new" for each changed field."""
    parts = []
    for field, change in pairs.items():
        old, new = change if isinstance(change, list | tuple) and len(change) == 2 else (None, change)
        parts.append(tr("{field}: {old} → {new}").format(
            field=field_label(field), old=value_text(field, old, limit=80),
            new=value_text(field, new, limit=80)))
    return "; ".join(parts)


def describe(record: AuditRecord) -> str:
    """What ``record`` did, in words (without when and who)."""
    data: dict[str, Any] = dict(record.data)
    action = record.action
    if action == "entry.record":
        return tr("recorded it as {kind} ({status})").format(
            kind=value_text("kind", data.get("kind")), status=status_label(data.get("status")))
    if action == "entry.edit":
        changes = data.get("changes") or {}
        if "text" in changes:
            changes = {**changes, "text": ["…", tr("(the text was corrected)")]}
        return tr("changed {what}").format(what=_changes(changes))
    if action == "entry.transition":
        text = tr("moved it from {old} to {new}").format(
            old=status_label(data.get("from")), new=status_label(data.get("to")))
        if data.get("reason"):
            text += " — " + tr("reason: {reason}").format(reason=_quote(data["reason"]))
        return text
    if action == "entry.assign":
        if not data.get("to"):
            return tr("unassigned it (was {old})").format(old=data.get("from") or "—")
        return tr("assigned it to {user}").format(user=data["to"])
    if action == "entry.tier":
        return tr("set the SLA tier from {old} to {new} (due {due})").format(
            old=value_text("tier", data.get("from")), new=value_text("tier", data.get("to")),
            due=value_text("due_date", data.get("due_date")))
    if action == "entry.answer":
        return tr("wrote the answer {text}").format(text=_quote(data.get("to")))
    if action == "entry.restore":
        old, new = data.get("from") or {}, data.get("to") or {}
        pairs = {k: [old.get(k), new.get(k)] for k in new} if isinstance(new, dict) else {}
        return tr("put back an earlier state (undo): {what}").format(what=_changes(pairs))
    if action == "entry.note":
        return tr("added a note {text}").format(text=_quote(data.get("body")))
    if action == "entry.note_remove":
        return tr("removed a note {text}").format(text=_quote(data.get("body")))
    if action == "entry.tag":
        return tr("tagged it “{tag}”").format(tag=data.get("tag", ""))
    if action == "entry.untag":
        return tr("took the tag “{tag}” off").format(tag=data.get("tag", ""))
    if action in ("entry.link", "entry.unlink"):
        kind = LINK_TEXTS.get(str(data.get("kind")), str(data.get("kind")))
        if action == "entry.link":
            return tr("linked it: {kind} #{target}").format(kind=tr(kind), target=data.get("target"))
        return tr("removed the link: {kind} #{target}").format(
            kind=tr(kind), target=data.get("target"))
    if action == "entry.group":
        return tr("made it a voice of issue #{group}").format(group=data.get("to"))
    if action == "entry.ungroup":
        return tr("took it out of issue #{group}").format(group=data.get("from"))
    if action == "entry.retract":
        return tr("took the entry back")
    readable = {k: v for k, v in data.items() if k not in _SKIPPED}
    name = action.removeprefix("entry.").replace("_", " ")
    if not readable:
        return name
    return f"{name}: " + "; ".join(
        f"{field_label(k)} {value_text(k, v, limit=80)}" for k, v in readable.items())


def line(record: AuditRecord) -> str:
    return tr("{when} · {who} · {what}").format(
        when=when_text(record.at), who=record.actor, what=describe(record))


class HistoryTab(Retranslating, QWidget):
    """Read-only list of the case's history."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._records: tuple[AuditRecord, ...] = ()
        self.caption = QLabel(self)
        self.list = QListWidget(self)
        self.list.setObjectName("historyList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.list, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Every change to this case, newest first"))
        self.set_records(self._records)

    def set_records(self, records: Sequence[AuditRecord]) -> None:
        self._records = tuple(records)
        self.list.clear()
        for record in reversed(self._records):
            text = line(record)
            item = QListWidgetItem(text)  # list items show text literally, never as HTML
            item.setToolTip(tooltip(text))
            self.list.addItem(item)

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def last_id(self) -> int:
        """The newest record shown (0: none): later ones are what others changed since."""
        return max((r.id for r in self._records), default=0)
