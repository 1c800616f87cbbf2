"""The PDF itself: A4 pages, styles in the embedded DejaVu fonts, a cover without header, a
table of contents and PDF outline from the headings, "page X of Y" on every page and the
document's metadata (title, subject, language, keywords with the snapshot id).

``render(story_parts, …)`` lays out flowables made by ``sections``; ``multiBuild`` runs the
layout until the table of contents' page numbers are settled. "Of Y" comes from the pass
before (a canvas that holds pages back to count them breaks the outline's page links).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from . import fonts

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
BODY_W = PAGE_W - 2 * MARGIN
INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#52606D")
RULE = colors.HexColor("#CBD2D9")
ACCENT = colors.HexColor("#0072B2")  # Okabe-Ito blue, as the dashboard's bars


@dataclass(frozen=True, slots=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    quote: ParagraphStyle
    attribution: ParagraphStyle
    bullet: ParagraphStyle
    figure: ParagraphStyle
    figure_label: ParagraphStyle


def styles() -> Styles:
    """Every style in FD-Sans (DejaVu): ReportLab's default Helvetica is Latin-1 only."""
    fonts.register()
    base = ParagraphStyle("body", fontName=fonts.SANS, fontSize=9.5, leading=13.5,
                          textColor=INK, spaceAfter=5, splitLongWords=1,
                          bulletFontName=fonts.SANS)
    return Styles(
        title=ParagraphStyle("title", base, fontName=fonts.SANS_BOLD, fontSize=26, leading=32,
                             spaceAfter=8, textColor=INK),
        subtitle=ParagraphStyle("subtitle", base, fontSize=13, leading=18, textColor=MUTED,
                                spaceAfter=18),
        h1=ParagraphStyle("h1", base, fontName=fonts.SANS_BOLD, fontSize=16, leading=21,
                          spaceBefore=4, spaceAfter=8, textColor=ACCENT),
        h2=ParagraphStyle("h2", base, fontName=fonts.SANS_BOLD, fontSize=11.5, leading=15,
                          spaceBefore=9, spaceAfter=4),
        body=base,
        small=ParagraphStyle("small", base, fontSize=8, leading=10.5, textColor=MUTED),
        cell=ParagraphStyle("cell", base, fontSize=8.2, leading=10.4, spaceAfter=0),
        cell_head=ParagraphStyle("cell_head", base, fontName=fonts.SANS_BOLD, fontSize=8.2,
                                 leading=10.4, spaceAfter=0),
        quote=ParagraphStyle("quote", base, fontSize=9.5, leading=13.5, leftIndent=14,
                             rightIndent=10, spaceAfter=1, textColor=INK,
                             borderPadding=(0, 0, 0, 6)),
        attribution=ParagraphStyle("attribution", base, fontSize=8.2, leading=11,
                                   leftIndent=14, textColor=MUTED, spaceAfter=8),
        bullet=ParagraphStyle("bullet", base, leftIndent=14, bulletIndent=2, spaceAfter=4),
        figure=ParagraphStyle("figure", base, fontName=fonts.SANS_BOLD, fontSize=17,
                              leading=21, alignment=TA_CENTER, textColor=ACCENT, spaceAfter=0),
        figure_label=ParagraphStyle("figure_label", base, fontSize=7.8, leading=10,
                                    alignment=TA_CENTER, textColor=MUTED, spaceAfter=0),
    )


class Heading(Paragraph):
    """A heading that goes into the table of contents and the PDF outline (level 0 or 1).
    ``outline`` is its plain text (the outline shows no markup). Made by ``heading_of``: the
    constructor stays Paragraph's, which ``split`` calls for the parts of a heading taller
    than the room left (an admin's very long label)."""

    toc_level = 0
    toc_markup = ""  # "": a continuation part, not listed again
    outline = ""

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts = super().split(availWidth, availHeight)
        if parts and isinstance(parts[0], Heading):  # the first part carries the entry
            parts[0].toc_level, parts[0].toc_markup = self.toc_level, self.toc_markup
            parts[0].outline = self.outline
        return parts


def heading_of(markup: str, style: ParagraphStyle, level: int, outline: str) -> Heading:
    made = Heading(markup, style)
    made.toc_level, made.toc_markup, made.outline = level, markup, outline
    return made


class _Doc(BaseDocTemplate):
    def __init__(self, target: Any, *, on_flowable: Callable[[], None], header: str,
                 page_label: Callable[[int, int], str], **meta: Any) -> None:
        # initialFontName: every page's preamble selects a font; ours, not Helvetica (Latin-1,
        # not embedded)
        super().__init__(target, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN + 6 * mm, bottomMargin=MARGIN,
                         initialFontName=fonts.SANS, **meta)
        self._on_flowable = on_flowable
        self._keys = 0
        frame = Frame(MARGIN, MARGIN, BODY_W, PAGE_H - 2 * MARGIN - 6 * mm, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        cover = Frame(MARGIN, MARGIN, BODY_W, PAGE_H - 2 * MARGIN, id="cover",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.header = header
        self.page_label = page_label
        self.total_pages = 0  # of the previous layout pass (0: not known yet)
        self._pages_this_pass = 0
        self.addPageTemplates([
            PageTemplate("cover", [cover], onPage=self._cover_page),
            PageTemplate("body", [frame], onPage=self._body_page),
        ])

    def _cover_page(self, canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, PAGE_H - 9 * mm, PAGE_W, 9 * mm, stroke=0, fill=1)
        canvas.restoreState()

    def _body_page(self, canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.SANS, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, PAGE_H - MARGIN + 1 * mm, self.header)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, PAGE_H - MARGIN, PAGE_W - MARGIN, PAGE_H - MARGIN)
        self._pages_this_pass = max(self._pages_this_pass, doc.page)
        if self.total_pages:
            canvas.drawRightString(PAGE_W - MARGIN, MARGIN - 8 * mm,
                                   self.page_label(doc.page, self.total_pages))
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        self._on_flowable()
        if isinstance(flowable, Heading) and flowable.toc_markup:
            self._keys += 1
            key = f"h{self._keys}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.outline, key, level=flowable.toc_level,
                                      closed=flowable.toc_level > 0)
            self.notify("TOCEntry", (flowable.toc_level, flowable.toc_markup, self.page, key))

    def handle_documentBegin(self) -> None:
        """A layout pass begins: "of Y" is the page count of the pass before. The table of
        contents makes ``multiBuild`` lay out at least twice, and it stops when a pass lays out
        as the one before it, so the last pass prints its own page count."""
        self._keys = 0
        if self._pages_this_pass:
            self.total_pages = self._pages_this_pass
        self._pages_this_pass = 0
        super().handle_documentBegin()


def toc(style_1: ParagraphStyle, style_2: ParagraphStyle) -> TableOfContents:
    contents = TableOfContents(dotsMinLevel=0)
    contents.tableStyle = TableStyle([  # a table selects a font even for Paragraph cells
        ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ])
    contents.levelStyles = [
        ParagraphStyle("toc1", style_1, fontName=fonts.SANS_BOLD, fontSize=10, leading=15,
                       leftIndent=0, firstLineIndent=0, spaceBefore=3),
        ParagraphStyle("toc2", style_2, fontName=fonts.SANS, fontSize=9, leading=12.5,
                       leftIndent=14, firstLineIndent=0),
    ]
    return contents


def render(target: Any, story: list[Flowable], *, header: str,
           page_label: Callable[[int, int], str], check: Callable[[], None],
           meta: dict[str, Any]) -> int:
    """Lay ``story`` out into ``target`` (a path or a binary file); returns the page count.
    ``check()`` runs after every flowable (raise ``ReportCancelled`` there to stop)."""
    doc = _Doc(target, on_flowable=check, header=header, page_label=page_label, **meta)
    story = [NextPageTemplate("body"), *story]
    doc.multiBuild(story, maxPasses=8)
    if doc.total_pages != doc.page:  # never seen: the last two passes differed in length
        raise RuntimeError(f"page count unsettled ({doc.total_pages} vs {doc.page})")
    return int(doc.page)
