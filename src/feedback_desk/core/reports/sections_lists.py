"""The register of commitments, the service area × topic heatmap and the appendix (open
high-tier and overdue cases, and the method)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from . import charts
from .document import BODY_W, Styles
from .model import HIGH_TIERS, ReportData
from .phrases import Markup, Words
from .sections_area import grid
from .sections_summary import heading
from .text import MARKER


def commitments(w: Words, st: Styles, data: ReportData) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(60 * mm), heading(w, st, "commitments")]
    if not data.commitments_total:
        return [*out, Paragraph(w.fmt("commitments_none"), st.body)]
    open_n = sum(1 for c in data.commitments if c.status in ("open", "in_progress"))
    late = sum(1 for c in data.commitments if c.overdue)
    out.append(Paragraph(w.fmt("commitments_intro", total=data.commitments_total, open=open_n,
                               late=late), st.body))
    head = [w.raw(k) for k in ("col_ref", "col_what", "col_by", "col_area", "col_due",
                               "col_status")]
    rows = []
    for c in data.commitments:
        what = w.esc(c.text) if c.text else f"<i>{w.fmt('withheld')}</i>"
        due = w.day(c.due) if c.due else w.raw("none_dash")
        if c.overdue:
            due += f"<br/><font color='#D55E00'><b>{w.raw('late_mark')}</b></font>"
        rows.append([f"#{c.entry_id}", what,
                     w.esc(data.label("speaker_type", c.speaker_type, w.lang)),
                     w.esc(data.label("service_area", c.area, w.lang)), due,
                     w.esc(data.label("status", c.status, w.lang))])
    widths = [0.08, 0.42, 0.17, 0.11, 0.11, 0.11]
    out.append(grid(st, head, rows, [BODY_W * f for f in widths]))
    if data.commitments_total > len(data.commitments):
        out.append(Paragraph(w.fmt("more", n=data.commitments_total - len(data.commitments)),
                             st.small))
    return out


def heatmap(w: Words, st: Styles, data: ReportData) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(110 * mm), heading(w, st, "heatmap"),
                           Paragraph(w.fmt("heatmap_intro"), st.body)]
    table = charts.heatmap_table(
        data.heatmap, lambda code: data.label("topic", code, w.lang) or w.raw("no_topic"),
        lambda code: data.label("service_area", code, w.lang) or code,
        corner=w.raw("col_topic"), total=w.raw("total"), width=BODY_W, style=st.cell,
        warnings=w.warnings)
    out.append(table)
    return out


def appendix(w: Words, st: Styles, data: ReportData) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(80 * mm), heading(w, st, "appendix"),
                           heading(w, st, "open_cases", 1)]
    tiers = " / ".join(HIGH_TIERS)
    out.append(Paragraph(w.fmt("open_cases_intro", tiers=tiers, total=data.open_cases_total),
                         st.body))
    if data.open_cases:
        head = [w.raw(k) for k in ("col_ref", "col_recorded", "col_area", "col_topic",
                                   "col_tier", "col_status", "col_due", "col_late")]
        rows = []
        for c in data.open_cases:
            topic = w.esc(data.label("topic", c.topic, w.lang) or w.raw("none_dash"))
            if c.protection:
                topic += f"<br/><i>{w.raw('protection_mark')}</i>"
            rows.append([
                f"#{c.entry_id}", w.esc(w.day(c.recorded_at.astimezone(w.tz).date())),
                w.esc(data.label("service_area", c.area, w.lang)), topic, w.esc(c.tier or "–"),
                w.esc(data.label("status", c.status, w.lang)),
                w.day(c.due) if c.due else w.raw("none_dash"),
                f"<b>{w.num(c.days_late)}</b>" if c.days_late else "0",
            ])
        widths = [0.08, 0.13, 0.12, 0.22, 0.07, 0.16, 0.12, 0.10]
        out.append(grid(st, head, rows, [BODY_W * f for f in widths]))
        if data.open_cases_total > len(data.open_cases):
            out.append(Paragraph(w.fmt("more", n=data.open_cases_total - len(data.open_cases)),
                                 st.small))
    else:
        out.append(Paragraph(w.fmt("open_cases_none"), st.body))
    out += method(w, st, data)
    return out


def method(w: Words, st: Styles, data: ReportData) -> list[Flowable]:
    o = data.options
    if o.date_from or o.date_to:
        span = w.fmt("method_range", start=w.day(o.date_from) if o.date_from else "…",
                     end=w.day(o.date_to) if o.date_to else "…")
    else:
        span = w.fmt("method_range_all")
    events = "; ".join(data.events) if data.events else w.raw("all_events").lower()
    areas = (data.label("service_area", o.area, w.lang) if o.area
             else w.raw("all_areas").lower())
    today = data.generated_at.astimezone(w.tz).date()
    out: list[Flowable] = [heading(w, st, "method", 1)]
    out.append(Paragraph(w.fmt(
        "method_counted", range=Markup(span), events=events, areas=areas,
        protection=w.raw("method_protection_in" if data.sees_protection
                         else "method_protection_out")), st.body))
    out.append(Paragraph(w.fmt("method_issues"), st.body))
    out.append(Paragraph(w.fmt("method_cases", today=today), st.body))
    out.append(Paragraph(w.fmt("method_text"), st.body))
    out.append(Paragraph(w.fmt("method_snapshot", snapshot=data.snapshot), st.small))
    return out


def marker_note(w: Words, st: Styles) -> list[Flowable]:
    """Said at the very end, once the whole document is laid out: which characters were
    shown as the marker (none: nothing)."""
    if not w.warnings.count:
        return []
    return [Paragraph(w.fmt("method_marker", count=w.warnings.count, marker=MARKER,
                            samples=", ".join(w.warnings.samples())), st.small)]
