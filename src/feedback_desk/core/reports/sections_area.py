"""One section per service area: its top issues, themes, quotes, case status and
recommendations."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Table,
    TableStyle,
)

from . import fonts
from .document import BODY_W, RULE, Styles, heading_of
from .model import RECOMMENDATION_GROUPS, AreaSection, ReportData
from .phrases import Markup, Words
from .sections_summary import counted_list, heading, issue_title

HEAD_BG = colors.HexColor("#E4EBF2")


def table_style(header: bool = True) -> TableStyle:
    """Lines between rows, a tinted header row that repeats on every page."""
    cmds = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),  # a table selects it even for Paragraphs
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), HEAD_BG))
    return TableStyle(cmds)


def grid(st: Styles, head: list[str], rows: list[list[str]], widths: list[float]) -> Table:
    """A table of markup cells (already escaped) that may split across pages, even inside a
    row (a long cell otherwise raises ``LayoutError``)."""
    data = [[Paragraph(h, st.cell_head) for h in head]]
    data += [[Paragraph(c, st.cell) for c in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(table_style())
    return table


def section(w: Words, st: Styles, data: ReportData, area: AreaSection) -> list[Flowable]:
    label = data.label("service_area", area.area, w.lang) or area.area
    out: list[Flowable] = [
        CondPageBreak(120 * mm),
        heading_of(w.esc(label), st.h1, 0, w.bare(label)),
        Paragraph(w.fmt(
            "area_intro", entries=area.entries,
            kinds=counted_list(w, data, "kind", area.by_kind),
            speakers=counted_list(w, data, "speaker_type", area.by_speaker, limit=4),
            countries=counted_list(w, data, "country",
                                   tuple(c for c in area.by_country if c[0]), limit=5),
        ), st.body),
    ]
    out += _issues(w, st, data, area)
    out += _themes(w, st, area)
    out += _quotes(w, st, data, area)
    out += _cases(w, st, data, area)
    out += _recommendations(w, st, data, area)
    return out


def _issues(w: Words, st: Styles, data: ReportData, area: AreaSection) -> list[Flowable]:
    head = [w.raw(k) for k in ("col_issue", "col_voices", "col_speakers", "col_countries",
                               "col_open")]
    rows = []
    for issue in area.issues:
        named = tuple((c, n) for c, n in issue.by_country if c)
        rows.append([
            w.esc(issue_title(w, data, issue)), w.num(issue.voices),
            counted_list(w, data, "speaker_type", issue.by_speaker, limit=3),
            counted_list(w, data, "country", named, limit=3),
            f"{w.num(issue.open)} / {w.num(issue.overdue)}",
        ])
    if not rows:
        return [heading(w, st, "top_issues", 1), Paragraph(w.fmt("s_issues_none"), st.body)]
    widths = [0.34, 0.09, 0.23, 0.2, 0.14]
    return [heading(w, st, "top_issues", 1),
            grid(st, head, rows, [BODY_W * f for f in widths])]


def _themes(w: Words, st: Styles, area: AreaSection) -> list[Flowable]:
    out: list[Flowable] = [heading(w, st, "themes", 1)]
    if not area.keywords:
        return [*out, Paragraph(w.fmt("themes_none"), st.body)]
    words = Markup(", ".join(f"<b>{w.esc(k.word)}</b> ({w.pct(k.share)})"
                             for k in area.keywords))
    out.append(Paragraph(w.fmt("themes_intro", texts=area.texts), st.body))
    out.append(Paragraph(str(words), st.body))
    return out


def _quotes(w: Words, st: Styles, data: ReportData, area: AreaSection) -> list[Flowable]:
    out: list[Flowable] = [heading(w, st, "quotes", 1)]
    if not area.quotes:
        return [*out, Paragraph(w.fmt("quotes_none"), st.body)]
    for quote in area.quotes:
        who = data.label("speaker_type", quote.speaker_type, w.lang)
        if quote.country:
            who += ", " + data.label("country", quote.country, w.lang)
        out.append(KeepTogether([
            Paragraph(f"“{w.esc(quote.text)}”", st.quote),
            Paragraph("— " + w.esc(who), st.attribution),
        ]))
    return out


def _cases(w: Words, st: Styles, data: ReportData, area: AreaSection) -> list[Flowable]:
    h = area.health
    line = w.fmt("case_line", open=h.open_now, overdue=h.overdue, resolved=h.resolved,
                 median=w.duration(h.median_hours), rate=w.pct(h.compliance))
    shown = [(s, n) for s, n in area.complaint_statuses if n]
    cells = [[Paragraph(w.esc(data.label("status", s, w.lang)), st.cell) for s, _n in shown],
             [Paragraph(f"<b>{w.num(n)}</b>", st.cell) for _s, n in shown]]
    out: list[Flowable] = [heading(w, st, "case_status", 1), Paragraph(line, st.body)]
    if shown:
        table = Table(cells, colWidths=[BODY_W / len(shown)] * len(shown), hAlign="LEFT")
        table.setStyle(table_style())
        out.append(table)
    return [KeepTogether(out)]


def _recommendations(w: Words, st: Styles, data: ReportData, area: AreaSection
                     ) -> list[Flowable]:
    counts = [(s, n) for s, n in area.recommendation_counts if n]
    listed = Markup(w.join([f"{w.esc(data.label('status', s, w.lang))} {w.num(n)}"
                            for s, n in counts]))
    out: list[Flowable] = [heading(w, st, "recommendations", 1),
                           Paragraph(w.fmt("rec_counts", list=listed), st.body)]
    totals = dict(area.recommendation_counts)
    for number, group in enumerate(RECOMMENDATION_GROUPS):
        items = [r for r in area.recommendations if r.status in group]
        total = sum(totals.get(s, 0) for s in group)
        if not total:
            continue
        out.append(Paragraph(f"<b>{w.fmt(f'rec_group_{number}')}</b> ({w.num(total)})",
                             st.body))
        for rec in items:
            text = w.esc(rec.text) if rec.text else f"<i>{w.fmt('withheld')}</i>"
            who = data.label("speaker_type", rec.speaker_type, w.lang)
            status = data.label("status", rec.status, w.lang)
            if rec.same > 1:
                text += " " + w.fmt("times_n", n=rec.same)
            line = f"{text} <font color='#52606D'>— {w.esc(who)}; {w.esc(status)}</font>"
            if rec.status == "declined":
                if rec.reason_withheld:
                    line += "<br/>" + w.fmt("reason", reason=Markup(
                        f"<i>{w.fmt('withheld')}</i>"))
                else:
                    line += "<br/>" + w.fmt("reason", reason=rec.reason or w.raw("no_reason"))
            out.append(Paragraph(line, st.bullet, bulletText="•"))
        counted = sum(r.same for r in items)
        if total > counted:
            out.append(Paragraph(w.fmt("more", n=total - counted), st.small))
    return out
