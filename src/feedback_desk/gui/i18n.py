"""Translations: English (the source strings) and Bahasa Indonesia.

The ``.ts`` sources live in ``resources/translations``; they are compiled to ``.qm`` at build
time (``setup.py`` for wheels and installers, ``scripts/`` for a checkout) into
``feedback_desk/gui/i18n``. If a checkout lacks them, they are compiled on first use into the
user cache folder, so the interface is never silently untranslated.

``python -m feedback_desk.gui.i18n [OUT_DIR]`` compiles them.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, QLocale, QTranslator

log = logging.getLogger(__name__)

LANGUAGES = ("en", "id")
CATALOG = "feedback_desk"
QM_DIR = Path(__file__).with_name("i18n")
TS_DIR = Path(__file__).resolve().parents[3] / "resources" / "translations"  # in a checkout



class Retranslating:
    """Mixin (before the Qt widget class) for widgets that set their texts in ``retranslate()``:
    they set them again when the language changes."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)  # type: ignore[misc]


_current = "en"
_translator: QTranslator | None = None


def language() -> str:
    """The interface language now in use ("en" or "id")."""
    return _current


def module_tr(context: str, text: object) -> str:
    """Translate for a module-level ``tr("…")`` helper: lupdate files such calls under the empty
    context (it cannot know the helper's), ``QT_TRANSLATE_NOOP`` marks under ``context``; look
    in both."""
    source = str(text)
    found = QCoreApplication.translate(context, source)
    return found if found != source else QCoreApplication.translate("", source)


def date_text(day: date | datetime, pattern: str) -> str:
    """A date (or local time) in the interface language: ``pattern`` as in QLocale
    ("dd MMM" → "02 Des" in Indonesian, "02 Dec" in English)."""
    locale = QLocale(QLocale.Language.Indonesian if language() == "id" else QLocale.Language.English)
    if isinstance(day, datetime):
        return locale.toString(QDateTime(day.astimezone()), pattern)  # type: ignore[call-overload]
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def system_language() -> str:
    return "id" if QLocale.system().name().lower().startswith("id") else "en"


def choose(preference: str) -> str:
    """The language for a stored preference ("" follows the system locale)."""
    return preference if preference in LANGUAGES else system_language()


def lrelease() -> Path:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).exists():
            return folder / name
    raise FileNotFoundError("Qt's lrelease is not in the PySide6 package")


def compile_all(ts_dir: Path = TS_DIR, out_dir: Path = QM_DIR) -> list[Path]:
    """Compile every ``.ts`` in ``ts_dir`` to ``out_dir``; the compiled files."""
    out_dir.mkdir(parents=True, exist_ok=True)
    done = []
    for ts in sorted(ts_dir.glob(f"{CATALOG}_*.ts")):
        qm = out_dir / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease()), "-silent", str(ts), "-qm", str(qm)], check=True)
        done.append(qm)
    return done


def _qm_file(lang: str) -> Path | None:
    name = f"{CATALOG}_{lang}.qm"
    packaged = QM_DIR / name
    source = TS_DIR / f"{CATALOG}_{lang}.ts"
    if packaged.exists() and (not source.exists() or packaged.stat().st_mtime >= source.stat().st_mtime):
        return packaged
    if not source.exists():
        return packaged if packaged.exists() else None
    from platformdirs import user_cache_dir

    cache = Path(user_cache_dir("feedback-desk")) / "i18n"
    cached = cache / name
    if not cached.exists() or cached.stat().st_mtime < source.stat().st_mtime:
        try:
            compile_all(TS_DIR, cache)
        except (OSError, subprocess.CalledProcessError) as exc:
            log.warning("could not compile translations: %s", exc)
            return packaged if packaged.exists() else None
    return cached


def install(lang: str) -> str:
    """Make ``lang`` the interface language (widgets get a LanguageChange event); what was
    installed ("en" when a translation is missing)."""
    global _current, _translator
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    if _translator is not None:
        app.removeTranslator(_translator)
        _translator = None
    lang = lang if lang in LANGUAGES else "en"
    if lang != "en":
        qm = _qm_file(lang)
        translator = QTranslator(app)
        if qm is None or not translator.load(str(qm)):
            log.warning("no %s translation found; using English", lang)
            lang = "en"
        else:
            app.installTranslator(translator)
            _translator = translator
    _current = lang
    QLocale.setDefault(QLocale("id_ID" if lang == "id" else "en_GB"))
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)  # relabel now, not later
    return lang


if __name__ == "__main__":  # pragma: no cover
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else QM_DIR
    for path in compile_all(TS_DIR, target):
        print(path)
