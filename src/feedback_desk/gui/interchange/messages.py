"""The words of import and export in the interface language.

``text(message)`` turns a core ``Message`` (a code and its parameters) into a sentence: every
code of ``core.interchange.messages.ENGLISH`` has a translated template here with the same
``{placeholders}`` (a test checks both tables cover the same codes). Column keys are shown with
their meaning in the interface language: "recorded_at (date and time)", "recorded_at (waktu)".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...core.interchange.columns import BY_KEY, COLUMNS
from ...core.interchange.model import ImportResult, Message
from .. import i18n
from .message_table import translated_templates

_cache: dict[str, dict[str, str]] = {}


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def templates() -> dict[str, str]:
    """Every message code → its template in the interface language (made once per language)."""
    lang = i18n.language()
    found = _cache.get(lang)
    if found is None:
        found = _cache[lang] = translated_templates()
    return found


def text(message: Message) -> str:
    """The sentence for ``message`` in the interface language (an unknown code: English)."""
    template = templates().get(message.code)
    if template is None:
        return message.text()
    params = _Blank(message.params)
    if params.get("column") in BY_KEY:  # a column key: shown with its meaning
        params["column"] = column_label(params["column"])
    return template.format_map(params)


def texts(messages: tuple[Message, ...]) -> str:
    return "; ".join(text(m) for m in messages)


# ---- columns ------------------------------------------------------------------------------
_COLUMN_NAMES: dict[str, object] = {
    "uuid": QT_TRANSLATE_NOOP("ImportColumn", "entry id"),
    "recorded_at": QT_TRANSLATE_NOOP("ImportColumn", "date and time"),
    "event": QT_TRANSLATE_NOOP("ImportColumn", "event"),
    "session": QT_TRANSLATE_NOOP("ImportColumn", "session"),
    "kind": QT_TRANSLATE_NOOP("ImportColumn", "kind"),
    "service_area": QT_TRANSLATE_NOOP("ImportColumn", "service area"),
    "dimension": QT_TRANSLATE_NOOP("ImportColumn", "improvement dimension"),
    "topic": QT_TRANSLATE_NOOP("ImportColumn", "topic"),
    "programme": QT_TRANSLATE_NOOP("ImportColumn", "programme"),
    "phase": QT_TRANSLATE_NOOP("ImportColumn", "placement phase"),
    "speaker_type": QT_TRANSLATE_NOOP("ImportColumn", "speaker type"),
    "country": QT_TRANSLATE_NOOP("ImportColumn", "country"),
    "text": QT_TRANSLATE_NOOP("ImportColumn", "what was said"),
    "summary": QT_TRANSLATE_NOOP("ImportColumn", "summary"),
    "source": QT_TRANSLATE_NOOP("ImportColumn", "where it was said"),
    "language": QT_TRANSLATE_NOOP("ImportColumn", "language"),
    "status": QT_TRANSLATE_NOOP("ImportColumn", "status"),
    "priority": QT_TRANSLATE_NOOP("ImportColumn", "priority"),
    "recorded_by": QT_TRANSLATE_NOOP("ImportColumn", "recorded by"),
    "contact_consent": QT_TRANSLATE_NOOP("ImportColumn", "consent to contact"),
    "speaker_name": QT_TRANSLATE_NOOP("ImportColumn", "speaker's name"),
    "speaker_phone": QT_TRANSLATE_NOOP("ImportColumn", "speaker's phone"),
    "speaker_nik": QT_TRANSLATE_NOOP("ImportColumn", "speaker's NIK"),
    "speaker_passport": QT_TRANSLATE_NOOP("ImportColumn", "speaker's passport"),
    "speaker_kpj": QT_TRANSLATE_NOOP("ImportColumn", "speaker's KPJ number"),
}


def column_label(key: str) -> str:
    """A column key with its meaning: "recorded_at (date and time)"; the key alone when the
    meaning says the same ("event")."""
    name = _COLUMN_NAMES.get(key)
    if name is None:
        return key
    meaning = i18n.module_tr("ImportColumn", name)
    return key if meaning == key.replace("_", " ") else f"{key} ({meaning})"


def column_keys() -> tuple[str, ...]:
    return tuple(c.key for c in COLUMNS)


def required(key: str) -> bool:
    column = BY_KEY.get(key)
    return column is not None and column.required


def columns_list(keys: tuple[str, ...]) -> str:
    return ", ".join(column_label(k) for k in keys)


# ---- the file -----------------------------------------------------------------------------
def encoding_label(encoding: str | None) -> str:
    if encoding is None:
        return "—"
    names = {
        "utf-8": QCoreApplication.translate("ImportWords", "UTF-8"),
        "utf-8-sig": QCoreApplication.translate("ImportWords", "UTF-8 (with BOM)"),
        "utf-16": QCoreApplication.translate("ImportWords", "UTF-16"),
        "windows-1252": QCoreApplication.translate(
            "ImportWords", "Windows-1252 (Western European)"),
    }
    return names.get(encoding.lower(), encoding)


def separator_label(separator: str | None) -> str:
    if separator is None:
        return "—"
    names = {
        ",": QCoreApplication.translate("ImportWords", "comma (,)"),
        ";": QCoreApplication.translate("ImportWords", "semicolon (;)"),
        "\t": QCoreApplication.translate("ImportWords", "tab"),
    }
    return names.get(separator, repr(separator))


def status_label(status: str) -> str:
    names = {
        "accepted": QCoreApplication.translate("ImportWords", "Accepted"),
        "present": QCoreApplication.translate("ImportWords", "Already present"),
        "rejected": QCoreApplication.translate("ImportWords", "Rejected"),
    }
    return names.get(status, status)


def size_label(size_bytes: int) -> str:
    if size_bytes < 1024:
        return QCoreApplication.translate("ImportWords", "{n} bytes").format(n=size_bytes)
    if size_bytes < 1024 * 1024:
        return QCoreApplication.translate("ImportWords", "{n} KB").format(
            n=f"{size_bytes / 1024:,.0f}")
    return QCoreApplication.translate("ImportWords", "{n} MB").format(
        n=f"{size_bytes / (1024 * 1024):,.1f}")


# ---- what an import wrote ---------------------------------------------------------------
def import_summary(result: ImportResult) -> str:
    """What a committed import wrote, in a few sentences."""
    lines = [QCoreApplication.translate(
        "ImportSummary", "New entries imported from {file}: {added}.").format(
            added=f"{len(result.added):,}", file=Path(result.path).name)]
    if result.present:
        lines.append(QCoreApplication.translate(
            "ImportSummary", "Already present (nothing written for them): {n}.").format(
                n=f"{result.present:,}"))
    if result.rejected:
        lines.append(QCoreApplication.translate(
            "ImportSummary", "Rejected rows left out: {n}.").format(n=f"{result.rejected:,}"))
    if result.identities:
        lines.append(QCoreApplication.translate(
            "ImportSummary", "Speakers stored with their personal data (consent given): {n}.",
        ).format(n=f"{result.identities:,}"))
    if result.personal_dropped:
        lines.append(QCoreApplication.translate(
            "ImportSummary", "Rows whose personal data was left out (no consent to contact): {n}.",
        ).format(n=f"{result.personal_dropped:,}"))
    for names, template in (
        (result.events_created,
         QCoreApplication.translate("ImportSummary", "Events created: {names}.")),
        (result.sessions_created,
         QCoreApplication.translate("ImportSummary", "Sessions created: {names}.")),
        (result.users_created, QCoreApplication.translate(
            "ImportSummary", "Accounts created without a password (inactive): {names}.")),
    ):
        if names:
            lines.append(template.format(names=", ".join(names)))
    return "\n".join(lines)
