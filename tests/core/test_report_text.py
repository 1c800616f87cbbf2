"""The report fonts and the one escape function: user text reaches the PDF literally, in a font
that has it, joined and ordered when right-to-left, and never breaks the build.

Each case builds a small real PDF and reads it back (pypdf for the text, pdfplumber for the
visual order of right-to-left text, the font resources for the embedded fonts) and renders it
with ``pdftoppm -r 30`` when poppler is installed.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import threading
import unicodedata
from pathlib import Path
from typing import Any

import pdfplumber
import pypdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib import fonts as rl_fonts
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table

from feedback_desk.core.reports import fonts
from feedback_desk.core.reports.text import MARKER, TextWarnings, markup, plain, shorten

CHINESE = "深圳市华丽家政服务有限公司"
ARABIC = "شركة الخليج للخدمات"
HEBREW = "שלום עולם"
LITERALS = (
    "<b>bold?</b>",
    '<img src="/etc/passwd"/>',
    '<a href="file:///etc/passwd">x</a>',
    "A & B",
    "&amp;",
    "&#x41;",
    "<b>unclosed",
    "</para>",
    "an unclosed <b",
    '<font name="Helvetica">x</font>',
)

fonts.register()
BODY = ParagraphStyle("body", fontName=fonts.SANS, fontSize=10, leading=13)
HEADING = ParagraphStyle("heading", fontName=fonts.SANS_BOLD, fontSize=14, leading=18)


def _render(path: Path) -> None:
    """The PDF renders with poppler without an error (skipped where poppler is missing)."""
    if shutil.which("pdftoppm") is None:
        return
    done = subprocess.run(["pdftoppm", "-r", "30", "-png", str(path), str(path.with_suffix(""))],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "error" not in done.stderr.lower(), done.stderr
    assert list(path.parent.glob(path.stem + "*.png"))


def _build(path: Path, story: list[Flowable]) -> Path:
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    _render(path)
    return path


def _cell(text: str) -> Table:
    return Table([[Paragraph(text, BODY)]], colWidths=[8 * cm], splitInRow=1)


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def _visual_text(path: Path) -> str:
    """The text as drawn, left to right (pdfplumber does no bidi reordering)."""
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _font_names(path: Path) -> set[str]:
    names: set[str] = set()
    for page in pypdf.PdfReader(path).pages:
        resources: Any = page["/Resources"]
        for ref in resources["/Font"].values():
            names.add(str(ref.get_object()["/BaseFont"]).split("+")[-1])
    return names


# -- fonts ------------------------------------------------------------------------------------

def test_font_dir_has_the_fonts() -> None:
    folder = fonts.font_dir()
    for filename in fonts.FILES.values():
        assert (folder / filename).is_file()


def test_font_dir_missing_says_where_it_looked(monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:
    monkeypatch.setattr(fonts, "_candidates", lambda: (tmp_path / "a", tmp_path / "b"))
    with pytest.raises(FileNotFoundError, match="DejaVuSans.ttf.*looked in"):
        fonts.font_dir()


def test_register_is_idempotent_and_thread_safe() -> None:
    errors: list[BaseException] = []

    def call() -> None:
        try:
            fonts.register()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=call) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    fonts.register()
    # the families: <b>/<i> inside a paragraph always resolve to a registered face
    assert rl_fonts.tt2ps(fonts.SANS, 0, 0) == fonts.SANS
    assert rl_fonts.tt2ps(fonts.SANS, 1, 0) == fonts.SANS_BOLD
    assert rl_fonts.tt2ps(fonts.SANS, 0, 1) == fonts.SANS
    assert rl_fonts.tt2ps(fonts.SANS, 1, 1) == fonts.SANS_BOLD
    for bold in (0, 1):
        for italic in (0, 1):
            assert rl_fonts.tt2ps(fonts.CJK, bold, italic) == fonts.CJK


def test_covers_reads_the_cmaps() -> None:
    assert fonts.covers(fonts.SANS, "A")
    assert fonts.covers(fonts.SANS, "é")
    assert fonts.covers(fonts.SANS, "ש")
    assert not fonts.covers(fonts.SANS, "深")
    assert fonts.covers(fonts.CJK, "深")
    assert not fonts.covers(fonts.SANS, "\U0001f923")
    assert not fonts.covers(fonts.CJK, "\U0001f923")
    # SANS is what both DejaVu faces have
    assert fonts.cmap(fonts.SANS) <= fonts.cmap(fonts.SANS_BOLD)
    with pytest.raises(KeyError):
        fonts.covers("Helvetica", "A")


def test_marker_and_arabic_presentation_forms_are_in_dejavu() -> None:
    """Checked against the TrueType cmap of both faces, not assumed."""
    regular = fonts.cmap(fonts.SANS)
    bold = fonts.cmap(fonts.SANS_BOLD)
    assert ord(MARKER) in regular and ord(MARKER) in bold
    for sample in (ARABIC, "لا إله", "الله", "مرحبا بكم في الرياض", "پاکستان گچ"):
        shaped = plain(sample)
        assert shaped and MARKER not in shaped
        for ch in shaped:
            assert ord(ch) in regular and ord(ch) in bold, f"U+{ord(ch):04X}"
    # the basic Arabic presentation forms the reshaper produces are all there
    forms = [c for c in range(0xFE70, 0xFEFD) if unicodedata.category(chr(c)) != "Cn"]
    assert all(c in regular and c in bold for c in forms)


# -- markup: literal tags and entities --------------------------------------------------------

@pytest.mark.parametrize("literal", LITERALS)
def test_tags_and_entities_print_literally(literal: str, tmp_path: Path) -> None:
    text = f"Keluhan {literal} selesai"
    out = markup(text)
    path = _build(tmp_path / "literal.pdf", [Paragraph(out, BODY), _cell(out),
                                             Paragraph(out, HEADING)])
    assert _squash(_text(path)).count(_squash(text)) == 3
    reader = pypdf.PdfReader(path)
    for page in reader.pages:
        assert "/Annots" not in page  # no link was made
        resources: Any = page["/Resources"]
        assert not resources.get("/XObject", {})  # no image was loaded


def test_all_literals_in_one_paragraph(tmp_path: Path) -> None:
    text = " ".join(LITERALS)
    path = _build(tmp_path / "all.pdf", [Paragraph(markup(text), BODY)])
    assert _squash(text) in _squash(_text(path))


def test_markup_escapes_and_breaks() -> None:
    assert markup("A & B <b>") == "A &amp; B &lt;b&gt;"
    assert markup("one\r\ntwo\rthree\nfour") == "one<br/>two<br/>three<br/>four"
    assert markup("a\tb") == "a b"
    assert plain("one\ntwo <b> &amp;") == "one two <b> &amp;"


def test_markup_inside_callers_tags(tmp_path: Path) -> None:
    """The lead wraps escaped text in its own <b>/<i>: CJK runs keep working there."""
    out = markup(f"PT {CHINESE} <i>")
    story = [Paragraph(f"<b>{out}</b> <i>{out}</i> <b><i>{out}</i></b>", BODY),
             Paragraph(f"{out} <i>x</i> <b>y</b>", HEADING)]
    path = _build(tmp_path / "nested.pdf", story)
    assert _squash(f"PT {CHINESE} <i>") in _squash(_text(path))


# -- long text --------------------------------------------------------------------------------

def _words(n: int) -> str:
    vocabulary = ("gaji", "belum", "dibayar", "majikan", "paspor", "ditahan", "agen", "klaim",
                  "JHT", "Riyadh", "&", "<b>", "深圳", ARABIC)
    return " ".join(f"{vocabulary[i % len(vocabulary)]}{i}" for i in range(n))


def test_3000_words_paragraph_and_table_cell(tmp_path: Path) -> None:
    long = markup(_words(3000) + " SELESAI")
    path = _build(tmp_path / "long.pdf", [Paragraph(long, BODY)])
    assert len(pypdf.PdfReader(path).pages) > 3
    assert "SELESAI" in _text(path)
    path = _build(tmp_path / "long-cell.pdf", [_cell(long)])
    assert len(pypdf.PdfReader(path).pages) > 3
    assert "SELESAI" in _text(path)


def test_one_very_long_word(tmp_path: Path) -> None:
    word = "x" * 5000 + "深" * 500
    path = _build(tmp_path / "word.pdf", [Paragraph(markup(word), BODY), _cell(markup(word))])
    assert _squash(_text(path)).count("x" * 100) >= 2


# -- fonts in the PDF -------------------------------------------------------------------------

def test_chinese_goes_to_the_cjk_font(tmp_path: Path) -> None:
    warnings = TextWarnings()
    out = markup(f"Majikan: {CHINESE}.", warnings)
    assert out == f'Majikan: <font name="{fonts.CJK}">{CHINESE}</font>.'
    assert warnings.count == 0
    path = _build(tmp_path / "cjk.pdf", [Paragraph(out, BODY), _cell(out)])
    assert {"DejaVuSans", "DroidSansFallback"} <= _font_names(path)
    assert CHINESE in _text(path)
    if shutil.which("pdffonts"):
        listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                                 check=True).stdout
        line = next(row for row in listing.splitlines() if "DroidSansFallback" in row)
        assert " yes yes yes " in line  # embedded, subset, with a ToUnicode map
    # plain has no font switching: the characters become markers, each counted
    warnings = TextWarnings()
    assert plain(CHINESE, warnings) == MARKER * len(CHINESE)
    assert warnings.count == len(CHINESE)


def test_emoji_become_the_marker_with_a_warning(tmp_path: Path) -> None:
    warnings = TextWarnings()
    out = markup("Terima kasih \U0001f923\U0001f64f\U0001f923 \U0001f600", warnings)
    assert out == "Terima kasih " + MARKER * 3 + " " + MARKER
    assert warnings.count == 4
    assert warnings.samples() == ("U+1F923", "U+1F64F", "U+1F600")
    assert warnings.samples(1) == ("U+1F923",)
    path = _build(tmp_path / "emoji.pdf", [Paragraph(out, BODY)])
    assert MARKER * 3 in _text(path)
    # a ZWJ family and a flag: each visible part is a marker, the joiner vanishes
    warnings = TextWarnings()
    assert plain("\U0001f468\u200d\U0001f469 \U0001f1ee\U0001f1e9", warnings) == \
        MARKER * 2 + " " + MARKER * 2
    assert warnings.count == 4


# -- right to left ----------------------------------------------------------------------------

def _is_presentation_form(ch: str) -> bool:
    return "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufefc"


def test_arabic_is_joined_and_right_to_left(tmp_path: Path) -> None:
    shaped = plain(ARABIC)
    assert all(_is_presentation_form(ch) or ch == " " for ch in shaped)
    # drawn right to left: read back left to right it is the logical text reversed
    assert unicodedata.normalize("NFKC", shaped)[::-1] == ARABIC
    path = _build(tmp_path / "arabic.pdf", [Paragraph(markup(ARABIC), BODY)])
    drawn = _visual_text(path).strip()
    assert unicodedata.normalize("NFKC", drawn)[::-1] == ARABIC
    assert any(_is_presentation_form(ch) for ch in drawn)


def test_lam_alef_ligature_and_unsupported_ligature_falls_back() -> None:
    assert "\ufefb" in plain("لا")  # lam-alef, which DejaVu has
    allah = plain("الله")
    assert "\ufdf2" not in allah  # DejaVu lacks the Allah ligature: joined letters instead
    assert MARKER not in allah and all(_is_presentation_form(ch) for ch in allah)


def test_arabic_name_inside_an_indonesian_sentence(tmp_path: Path) -> None:
    sentence = f"Majikan saya {ARABIC} di Riyadh belum bayar gaji."
    out = plain(sentence)
    assert out.startswith("Majikan saya ") and out.endswith(" di Riyadh belum bayar gaji.")
    middle = out[len("Majikan saya "):-len(" di Riyadh belum bayar gaji.")]
    # the name is one unbreakable unit, in visual order
    assert " " not in middle
    assert unicodedata.normalize("NFKC", middle.replace("\u00a0", " "))[::-1] == ARABIC
    narrow = ParagraphStyle("narrow", parent=BODY)
    path = _build(tmp_path / "mixed.pdf", [Paragraph(markup(sentence), BODY),
                                           Table([[Paragraph(markup(sentence), narrow)]],
                                                 colWidths=[5 * cm], splitInRow=1)])
    assert _squash(_text(path)).count("Majikansaya") == 2
    # numbers keep their own order inside the run: "شارع 15" is drawn "15 شارع"
    assert plain("Jl. شارع 15, Riyadh").startswith("Jl. 15\u00a0")


def test_hebrew_is_right_to_left(tmp_path: Path) -> None:
    assert plain(HEBREW) == HEBREW[::-1]
    assert plain(f"Agen {HEBREW} Tel Aviv") == f"Agen {HEBREW[::-1].replace(' ', chr(0xa0))} " \
        "Tel Aviv"
    path = _build(tmp_path / "hebrew.pdf", [Paragraph(markup(f"Agen {HEBREW} 2024"), BODY)])
    assert HEBREW[::-1].replace(" ", "") in _squash(_visual_text(path))


def test_bidi_controls_are_used_then_dropped() -> None:
    out = plain("a\u202eabc\u202c b \u200fx\u2066y\u2069")
    assert not set(out) & set("\u202e\u202c\u200f\u2066\u2069")
    assert "abc" in out


def test_mixed_scripts(tmp_path: Path) -> None:
    text = (f"Bahasa Indonesia, English, Ελληνικά, Русский, {CHINESE}, 東京都, ひらがな, "
            f"{ARABIC}, {HEBREW}, ñ ü ß ø, 10 € ≥ 5 °C")
    warnings = TextWarnings()
    out = markup(text, warnings)
    assert warnings.count == 0
    path = _build(tmp_path / "mixed-scripts.pdf", [Paragraph(out, BODY), _cell(out)])
    got = _text(path)
    for piece in ("Ελληνικά", "Русский", CHINESE, "東京都", "ひらがな", "€", "≥"):
        assert piece in got


def test_korean_is_drawn_in_the_hangul_font(tmp_path: Path) -> None:
    """Droid Sans Fallback has 3 of the 11,172 Hangul syllables: Korean employer names are set
    in NanumSquare, every syllable covered, nothing replaced."""
    warnings = TextWarnings()
    assert markup("Seoul 서울", warnings) == f'Seoul <font name="{fonts.HANGUL}">서울</font>'
    assert warnings.count == 0
    every = "".join(chr(c) for c in range(0xAC00, 0xD7A4))
    assert MARKER not in markup(every, warnings) and warnings.count == 0
    mixed = markup("PT 한국 深圳 Ltd", warnings)
    assert f'<font name="{fonts.HANGUL}">한국</font>' in mixed
    assert f'<font name="{fonts.CJK}">深圳</font>' in mixed


# -- cleaning ---------------------------------------------------------------------------------

def test_controls_and_invisible_characters_are_removed(tmp_path: Path) -> None:
    text = "a\x00b\x07c\x1bd\x7fe\x9bf\u200bg\ufeffh\ufe0fi\u00adj\U000e0041k\u2060l"
    warnings = TextWarnings()
    assert markup(text, warnings) == "abcdefghijkl"
    assert plain(text, warnings) == "abcdefghijkl"
    assert warnings.count == 0
    path = _build(tmp_path / "controls.pdf", [Paragraph(markup(text + "\x00" * 50), BODY)])
    assert "abcdefghijkl" in _text(path)


def test_line_breaks_of_every_kind() -> None:
    assert markup("a\x0bb\x0cc\u2028d\u2029e\x85f") == "a<br/>b<br/>c<br/>d<br/>e<br/>f"


def test_nfc() -> None:
    assert plain("Jose\u0301") == "José"


def test_lone_surrogate_becomes_the_marker(tmp_path: Path) -> None:
    warnings = TextWarnings()
    out = markup("gaji \ud800 dan \udfff.", warnings)
    assert out == f"gaji {MARKER} dan {MARKER}."
    assert warnings.count == 2 and warnings.samples() == ("U+D800", "U+DFFF")
    # a surrogate *pair* split into two code units is one character again
    assert plain("\ud83d\ude00") == MARKER  # U+1F600, not covered
    assert plain("\ud835\udc00") == MARKER  # U+1D400
    path = _build(tmp_path / "surrogate.pdf", [Paragraph(out, BODY)])
    assert "gaji" in _text(path)


@pytest.mark.parametrize("text", ["", " ", "   \n\t  ", "\n\n\n", "\u200b\ufeff", "\x00"])
def test_empty_and_whitespace_only(text: str, tmp_path: Path) -> None:
    out = markup(text)
    _build(tmp_path / "empty.pdf", [Paragraph(out, BODY), _cell(out), Paragraph("end", BODY)])
    assert "<" not in out.replace("<br/>", "")
    assert plain(text).strip() == ""


def test_not_a_string() -> None:
    class Broken:
        def __str__(self) -> str:
            raise RuntimeError("boom")

    assert markup(42) == "42"  # type: ignore[arg-type]
    assert markup(None) == "None"  # type: ignore[arg-type]
    assert markup(Broken()) == ""  # type: ignore[arg-type]
    assert plain(Broken()) == ""  # type: ignore[arg-type]


def test_warnings_count_and_samples() -> None:
    warnings = TextWarnings()
    assert warnings.count == 0 and warnings.samples() == ()
    for ch in "\U0001f923" * 3 + "\U0001f64f" * 5 + "\ue000":
        warnings.add(ch)
    assert warnings.count == 9
    assert warnings.samples() == ("U+1F64F", "U+1F923", "U+E000")
    assert warnings.samples(2) == ("U+1F64F", "U+1F923")
    assert warnings.replaced["\U0001f923"] == 3
    # private use and unassigned code points are markers too
    assert plain("\ue000\U000f0000\u0378") == MARKER * 3


# -- shorten ----------------------------------------------------------------------------------

def test_shorten() -> None:
    assert shorten("  a \n\t b  ") == "a b"
    assert shorten("") == "" and shorten(" \n ") == ""
    words = " ".join(f"w{i}" for i in range(100))
    short = shorten(words)
    assert short.endswith(" …") and short.split()[:-1] == [f"w{i}" for i in range(60)]
    assert shorten(words, max_words=100, max_chars=1000) == words
    capped = shorten("kata " * 200, max_words=500, max_chars=50)
    assert len(capped) <= 50 and capped.endswith("kata …")
    assert shorten("x" * 500, max_chars=20) == "x" * 18 + " …"
    assert len(shorten("x" * 500)) == 420


def test_shorten_never_splits_a_character() -> None:
    assert shorten("\U0001f600" * 30, max_chars=12) == "\U0001f600" * 10 + " …"
    assert shorten("\ud83d\ude00" * 30, max_chars=12) == "\ud83d\ude00" * 5 + " …"
    assert shorten("e\u0301" * 30, max_chars=12) == "e\u0301" * 5 + " …"


# -- properties -------------------------------------------------------------------------------

_FONT_RUN = re.compile('<font name="(FD-[A-Za-z]+)">(.*?)</font>')


def _unescape(text: str) -> str:
    assert "<" not in text and ">" not in text
    assert not re.search(r"&(?!amp;|lt;|gt;)", text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _check_fonts(out: str) -> None:
    sans = fonts.cmap(fonts.SANS)
    outside = _unescape(_FONT_RUN.sub("", out).replace("<br/>", ""))
    assert all(ord(ch) in sans for ch in outside)
    for font, run in _FONT_RUN.findall(out):
        assert font in fonts.FALLBACKS
        assert all(ord(ch) in fonts.cmap(font) for ch in _unescape(run))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_text_builds(text: str) -> None:
    warnings = TextWarnings()
    out = markup(text, warnings)
    _check_fonts(out)
    assert out.count(MARKER) - text.count(MARKER) == warnings.count
    line = plain(text)
    assert "\n" not in line
    assert all(ord(ch) in fonts.cmap(fonts.SANS) for ch in line)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([Paragraph(out, BODY), _cell(out),
                                                  Paragraph(f"<b>{out}</b>", HEADING)])
    assert buffer.getvalue().startswith(b"%PDF")
