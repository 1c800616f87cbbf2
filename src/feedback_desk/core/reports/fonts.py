"""The fonts of the PDF reports: registering them with ReportLab and asking what they cover.

ReportLab's built-in fonts (Helvetica …) are Latin-1 only, so every style, table and chart label
of a report uses these embedded TrueType fonts instead (ReportLab embeds the subset of glyphs a
report uses):

* ``SANS`` / ``SANS_BOLD`` — DejaVu Sans: Latin (Bahasa Indonesia, English), Greek, Cyrillic,
  Arabic (including the presentation forms the Arabic shaping in ``text.py`` produces), Hebrew,
  symbols and U+FFFD, the marker for a character no shipped font has.
* ``CJK`` — Droid Sans Fallback: Chinese and Japanese employer and place names.
* ``HANGUL`` — NanumSquare: Korean (Droid Sans Fallback has 3 of the 11,172 syllables; South
  Korea is a main destination).

``FALLBACKS`` is the order ``text.markup`` tries for a character DejaVu lacks.

The font files live in ``feedback_desk/resources/fonts`` in an installed wheel (``setup.py``
copies them there) and in ``resources/fonts`` of a source checkout. ``covers`` answers from the
fonts' own character maps, so ``text.markup`` never hands ReportLab a character that would print
as an empty box.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

SANS = "FD-Sans"            # DejaVu Sans, regular
SANS_BOLD = "FD-Sans-Bold"  # DejaVu Sans Bold
CJK = "FD-CJK"              # Droid Sans Fallback (Chinese/Japanese)
HANGUL = "FD-Hangul"        # NanumSquare Regular (Korean)

#: The font file behind each registered name.
FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
    HANGUL: "NanumSquareR.ttf",
}
#: Fonts tried, in order, for a character DejaVu Sans lacks.
FALLBACKS = (CJK, HANGUL)
#: Font families, so that ``<b>``/``<i>`` inside a Paragraph (or a bold style around a
#: ``<font name="FD-CJK">`` run) always finds a registered face: (normal, bold, italic,
#: bold italic). There is no italic face; italic text is set upright.
FAMILIES = {
    SANS: (SANS, SANS_BOLD, SANS, SANS_BOLD),
    CJK: (CJK, CJK, CJK, CJK),
    HANGUL: (HANGUL, HANGUL, HANGUL, HANGUL),
}

_lock = threading.RLock()
_cmaps: dict[str, frozenset[int]] = {}


def _candidates() -> tuple[Path, ...]:
    here = Path(__file__).resolve()
    package = here.parents[2]          # …/feedback_desk
    return (
        package / "resources" / "fonts",               # installed wheel (see setup.py)
        here.parents[4] / "resources" / "fonts",       # source checkout: <repo>/src/feedback_desk
    )


def font_dir() -> Path:
    """The folder holding the report fonts (wheel location first, then the source checkout).

    Raises ``FileNotFoundError`` naming the places looked at when none has all the files.
    """
    candidates = _candidates()
    for folder in candidates:
        if all((folder / name).is_file() for name in FILES.values()):
            return folder
    looked = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(
        f"PDF report fonts ({', '.join(FILES.values())}) not found; looked in: {looked}. "
        "Reinstall Feedback Desk or restore resources/fonts in the source checkout.")


def _registered() -> bool:
    names = set(pdfmetrics.getRegisteredFontNames())
    return all(name in names for name in FILES)


def register() -> None:
    """Register the report fonts and their families with ReportLab.

    Idempotent and thread-safe: report builds on worker threads may all call it first. It
    checks ReportLab's own registry rather than a flag, so it also recovers after something
    reset ReportLab's font registry.
    """
    if _registered():
        return
    with _lock:
        if _registered():
            return
        folder = font_dir()
        for name, filename in FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
        for family, (normal, bold, italic, bold_italic) in FAMILIES.items():
            pdfmetrics.registerFontFamily(
                family, normal=normal, bold=bold, italic=italic, boldItalic=bold_italic)
        # Every drawing starts by selecting the graphics default font, Helvetica (Latin-1 and
        # never embedded), even when each of its strings names ours: make ours the default.
        # This process draws no other PDFs, so the global default is ours to set.
        from reportlab.graphics import shapes

        shapes.STATE_DEFAULTS["fontName"] = SANS


#: Only the Basic Multilingual Plane counts as covered: ReportLab 5.1 writes a character past
#: U+FFFF into the font's ToUnicode map as five hex digits (``<1F600>``), which PDF readers reject,
#: so its text could not be copied, searched or extracted. DejaVu's few emoji (U+1F600 …) and
#: mathematical letters are therefore shown as the marker, like every other emoji.
_LAST_COVERED = 0xFFFF


def _cmap(name: str) -> frozenset[int]:
    return frozenset(code for code, glyph in
                     pdfmetrics.getFont(name).face.charToGlyph.items()
                     if glyph and code <= _LAST_COVERED)


def cmap(font: str) -> frozenset[int]:
    """The code points ``font`` (``SANS``, ``SANS_BOLD`` or ``CJK``) has a glyph for.

    ``SANS`` is the code points of *both* DejaVu faces, because bold is used for headings and
    table headers of the same text. Cached: built once per font from its TrueType cmap, less the
    characters past U+FFFF (see ``_LAST_COVERED``).
    """
    found = _cmaps.get(font)
    if found is not None:
        return found
    if font not in FILES:
        raise KeyError(f"not a report font: {font!r} (use {', '.join(FILES)})")
    register()
    with _lock:
        found = _cmaps.get(font)
        if found is None:
            found = _cmap(font)
            if font == SANS:
                found &= _cmap(SANS_BOLD)
            _cmaps[font] = found
    return found


def covers(font: str, char: str) -> bool:
    """Whether ``font`` has a glyph for the single character ``char``."""
    return ord(char) in cmap(font)
