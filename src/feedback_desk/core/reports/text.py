"""The one way user text gets into a PDF: ``markup`` for Paragraphs, ``plain`` for canvas and
chart strings.

ReportLab's Paragraph reads its text as markup: an unescaped ``<img src=…>`` opens a file, an
``<a href="file:…">`` adds a link, an unclosed ``<b`` aborts the whole build. Its fonts only
draw what their cmap has, and it neither joins Arabic letters nor orders right-to-left text.
So every string a user typed (entry texts, names, employers, taxonomy labels) passes through
here exactly once, and nothing else escapes user text:

1. clean — ``str()``, NFC, one kind of line break, no control or invisible format characters;
   a lone surrogate becomes the marker (and a warning).
2. right-to-left — Arabic words are joined (``arabic_reshaper``: presentation forms, kept only
   when DejaVu has them) and each right-to-left run is put in visual order (python-bidi), so an
   Arabic employer name inside an Indonesian sentence reads correctly; a short run is kept on
   one line. Known limit: ReportLab wraps *after* the reordering, so a right-to-left text longer
   than a line reads its lines bottom to top.
3. fonts — characters DejaVu Sans (regular *and* bold) has stay; Chinese/Japanese/Korean go
   into ``<font name="FD-CJK">`` runs; anything no shipped font has becomes ``MARKER`` and is
   counted in ``TextWarnings`` so the report can say what it could not show.
4. escape — ``&``, ``<``, ``>``; line breaks become ``<br/>``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable

import arabic_reshaper
from bidi import get_display

from . import fonts

MARKER = "\ufffd"  # DejaVu Sans (both faces) has this glyph: checked in the tests

#: Line breaks of every kind (what ``str.splitlines`` splits on) become "\n".
_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
#: Invisible characters that the right-to-left step uses and then drops: bidi marks, embeddings,
#: overrides and isolates, and the zero-width (non-)joiners that steer Arabic joining.
_LATE = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200c\u200d")
_LATE_DROP = re.compile("[" + "".join(sorted(_LATE)) + "]")
#: A fast first look: could this line hold right-to-left text? (Hebrew, Arabic, Syriac, Thaana,
#: N'Ko …, their presentation forms, the historic RTL scripts, and the RTL marks.)
_RTL_HINT = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u202b\u202e\u2067\u061c"
    "\U00010800-\U00010fff\U0001e800-\U0001efff]")
#: Arabic-script words to join (letters, marks, the (non-)joiners between them).
_ARABIC_WORD = re.compile("[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff"
                          "\ufe70-\ufefc\u200c\u200d]+")
_STRONG_RTL = frozenset(("R", "AL"))
#: Right-to-left runs up to this many characters inside a left-to-right line are not broken.
_KEEP_TOGETHER = 40
_RUN_END = frozenset(("R", "AL", "EN", "AN"))
_RESHAPERS = (
    arabic_reshaper.ArabicReshaper(),
    arabic_reshaper.ArabicReshaper(configuration={"support_ligatures": False}),
)
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


class TextWarnings:
    """What one report build could not show: each replaced character and how often.

    Not thread-safe; one per build.
    """

    __slots__ = ("replaced",)

    def __init__(self) -> None:
        self.replaced: Counter[str] = Counter()

    def add(self, char: str) -> None:
        self.replaced[char] += 1

    @property
    def count(self) -> int:
        """How many characters were replaced by ``MARKER`` in total."""
        return self.replaced.total()

    def samples(self, n: int = 8) -> tuple[str, ...]:
        """The ``n`` most often replaced characters as code points ("U+1F923"), most first."""
        return tuple(" ".join(f"U+{ord(c):04X}" for c in char)
                     for char, _ in self.replaced.most_common(max(n, 0)))

    def __repr__(self) -> str:
        return f"TextWarnings(count={self.count}, samples={self.samples()})"


# -- step 1: clean ----------------------------------------------------------------------------

def _join_pair(match: re.Match[str]) -> str:
    return match.group().encode("utf-16-le", "surrogatepass").decode("utf-16-le")


def _invisible(ch: str) -> bool:
    """Dropped silently: controls, format characters (except ``_LATE``), variation selectors."""
    if ch < "\x7f":
        return ch < " " and ch != "\n"
    if ch in _LATE:
        return False
    category = unicodedata.category(ch)
    if category in ("Cc", "Cf"):
        return True
    return category == "Mn" and ("\ufe00" <= ch <= "\ufe0f" or "\U000e0100" <= ch <= "\U000e01ef"
                                 or "\u180b" <= ch <= "\u180f")


def _clean(value: object, warnings: TextWarnings | None) -> str:
    try:
        text = value if isinstance(value, str) else str(value)
    except Exception:  # a broken __str__ must not stop a report
        return ""
    if _SURROGATE.search(text):
        text = _PAIR.sub(_join_pair, text)  # a pair split into two code units is one character

        def lone(match: re.Match[str]) -> str:
            if warnings is not None:
                warnings.add(match.group())
            return MARKER

        text = _SURROGATE.sub(lone, text)
    text = unicodedata.normalize("NFC", text)
    text = _BREAKS.sub("\n", text).replace("\t", " ")
    if text.isascii() and text.isprintable():
        return text
    return "".join(ch for ch in text if not _invisible(ch))


# -- step 2: right-to-left --------------------------------------------------------------------

def _join_arabic(match: re.Match[str]) -> str:
    word = match.group()
    sans = fonts.cmap(fonts.SANS)
    for reshaper in _RESHAPERS:
        shaped = reshaper.reshape(word)
        if all(ch in word or ord(ch) in sans for ch in shaped):
            return str(shaped)
    return word  # DejaVu lacks a presentation form: show the letters unjoined


def _visual(line: str) -> str:
    """``line`` with Arabic joined and every right-to-left run in visual order.

    The runs follow the Unicode bidi algorithm for a left-to-right line: a run starts at a
    strong right-to-left character and ends at the last right-to-left character or number
    before the next strong left-to-right one (so "Jl. شارع 15, Riyadh" keeps its Latin parts in
    place). A short run (a name) is held together with no-break spaces, so that a line break
    cannot split it into two halves that would read in the wrong order. A line without any
    left-to-right letter is ordered as a whole, right-to-left.
    """
    line = _ARABIC_WORD.sub(_join_arabic, line)
    classes = [unicodedata.bidirectional(ch) for ch in line]
    if "L" not in classes:
        return str(get_display(line, base_dir="R"))
    parts: list[str] = []
    i, n = 0, len(line)
    while i < n:
        if classes[i] not in _STRONG_RTL:
            start = i
            while i < n and classes[i] not in _STRONG_RTL:
                i += 1
            parts.append(line[start:i])
            continue
        end = k = i
        while k < n and classes[k] != "L":
            if classes[k] in _RUN_END:
                end = k
            k += 1
        run = str(get_display(line[i:end + 1], base_dir="R"))
        if len(run) <= _KEEP_TOGETHER:
            run = run.replace(" ", "\u00a0")
        parts.append(run)
        i = end + 1
    return "".join(parts)


def _lines(value: object, warnings: TextWarnings | None) -> list[str]:
    """Steps 1 and 2: clean logical text → visual lines, without the invisible characters."""
    lines = _clean(value, warnings).split("\n")
    for index, line in enumerate(lines):
        if _RTL_HINT.search(line):
            try:
                line = _visual(line)
            except Exception:  # a bug in a shaping library must not stop a report
                pass
        if not line.isascii():
            line = _LATE_DROP.sub("", line)
        lines[index] = line
    return lines


# -- steps 3 and 4: fonts and escaping --------------------------------------------------------

def _replacer(warnings: TextWarnings | None) -> Callable[[str], str]:
    def replace(ch: str) -> str:
        if warnings is not None:
            warnings.add(ch)
        return MARKER
    return replace


def markup(text: str, warnings: TextWarnings | None = None) -> str:
    """``text`` as safe Paragraph markup for a style whose font is ``fonts.SANS`` (or bold).

    Never raises, and its result never makes ``Paragraph`` raise: tags and entities the user
    typed appear literally, characters DejaVu lacks are drawn in a fallback font
    (``fonts.FALLBACKS``: Chinese/Japanese, Korean) or as ``MARKER``
    (each counted in ``warnings``), and line breaks become ``<br/>``.
    """
    sans = fonts.cmap(fonts.SANS)
    fallbacks = [(name, fonts.cmap(name)) for name in fonts.FALLBACKS]
    replace = _replacer(warnings)
    out: list[str] = []

    def flush(run: list[str], font: str | None) -> None:
        piece = "".join(run).translate(_ESCAPES)
        out.append(f'<font name="{font}">{piece}</font>' if font else piece)

    for number, line in enumerate(_lines(text, warnings)):
        if number:
            out.append("<br/>")
        if line.isascii():
            out.append(line.translate(_ESCAPES))
            continue
        run: list[str] = []
        current: str | None = None  # the fallback font of the run; None = DejaVu
        for ch in line:
            code = ord(ch)
            wanted = None if code in sans else next(
                (name for name, cmap in fallbacks if code in cmap), None)
            if wanted != current and run:
                flush(run, current)
                run = []
            current = wanted
            run.append(ch if wanted or code in sans else replace(ch))
        if run:
            flush(run, current)
    return "".join(out)


def plain(text: str, warnings: TextWarnings | None = None) -> str:
    """``text`` for ``canvas.drawString`` and chart labels in ``fonts.SANS``: cleaned, Arabic
    joined and right-to-left runs in visual order, one line (breaks become spaces), and every
    character DejaVu lacks (Chinese too: no font switching here) replaced by ``MARKER`` and
    counted in ``warnings``. Nothing is escaped."""
    sans = fonts.cmap(fonts.SANS)
    replace = _replacer(warnings)
    joined = " ".join(_lines(text, warnings))
    if joined.isascii():
        return joined
    return "".join(ch if ord(ch) in sans else replace(ch) for ch in joined)


# -- shortening -------------------------------------------------------------------------------

def _cut(word: str, limit: int) -> str:
    """``word`` cut to at most ``limit`` characters, never inside a surrogate pair or before a
    combining mark (which would leave the mark on the ellipsis)."""
    end = max(limit, 0)
    while 0 < end < len(word) and ("\udc00" <= word[end] <= "\udfff"
                                   or unicodedata.combining(word[end])):
        end -= 1
    return word[:end]


def shorten(text: str, max_words: int = 60, max_chars: int = 420) -> str:
    """``text`` with whitespace runs collapsed to single spaces and, when longer than
    ``max_words`` words or ``max_chars`` characters, cut at a word boundary with " …" added
    (the result, ellipsis included, stays within ``max_chars``). A single word longer than that
    is cut inside the word."""
    words = str(text).split()
    whole = " ".join(words)
    if not words or (len(words) <= max_words and len(whole) <= max_chars):
        return whole
    budget = max(max_chars - 2, 1)  # room for " …"
    kept: list[str] = []
    used = 0
    for word in words[:max(max_words, 1)]:
        extra = len(word) + (1 if kept else 0)
        if used + extra > budget:
            break
        kept.append(word)
        used += extra
    if not kept:
        kept = [_cut(words[0], budget)]
    return " ".join(kept) + " …"
