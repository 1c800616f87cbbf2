"""The first part of the summary: the cover, the table of contents, the executive summary and
the trends charts. Every value goes through ``Words`` (escaped, formatted per language)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..trends import CaseHealth
from . import charts, fonts
from .document import BODY_W, RULE, Heading, Styles, heading_of, toc
from .model import Issue, ReportData
from .phrases import Markup, Words

OTHER_KINDS = ("question", "appreciation", "commitment")


def heading(w: Words, st: Styles, key: str, level: int = 0, **values: object) -> Heading:
    return heading_of(w.fmt(key, **values), st.h1 if level == 0 else st.h2, level,
                      w.text(key, **values))


def counted_list(w: Words, data: ReportData, list_name: str,
                 items: tuple[tuple[str, int], ...], limit: int = 6, rest: bool = True
                 ) -> Markup:
    """"Migrant worker abroad 120, Returnee 30 and 12 others" (largest first, at most
    ``limit``; with ``rest``, the others summed)."""
    parts = [f"{w.esc(data.label(list_name, code, w.lang) or w.raw('not_given'))} {w.num(n)}"
             for code, n in items[:limit]]
    if rest and len(items) > limit:
        parts.append(w.fmt("others_n", n=sum(n for _c, n in items[limit:])))
    return Markup(w.join(parts))


def period(w: Words, data: ReportData) -> str:
    o = data.options
    if o.date_from or o.date_to:
        start = w.day(o.date_from) if o.date_from else "…"
        end = w.day(o.date_to) if o.date_to else "…"
        return f"{start} – {end}"
    if data.span is None:
        return w.raw("no_entries")
    return f"{w.moment(data.span[0])} – {w.moment(data.span[1])}"


def cover(w: Words, st: Styles, data: ReportData) -> list[Flowable]:
    o = data.options
    area = data.label("service_area", o.area, w.lang) if o.area else w.raw("all_areas")
    events = "; ".join(data.events) if data.events else w.raw("all_events")
    short = "-".join(data.snapshot[i:i + 4] for i in range(0, 16, 4))
    rows = [
        (w.raw("events"), w.esc(events)),
        (w.raw("period"), w.esc(f"{period(w, data)} ({data.timezone})")),
        (w.raw("area"), w.esc(area)),
        (w.raw("generated"), w.fmt("generated_value", at=data.generated_at,
                                   by=data.generated_by) + w.esc(f" ({data.timezone})")),
        (w.raw("language"), w.raw("language_value")),
        (w.raw("snapshot"), f"<b>{short}</b><br/><font size='7'>{data.snapshot}</font>"),
    ]
    table = Table([[Paragraph(k, st.cell_head), Paragraph(v, st.body)] for k, v in rows],
                  colWidths=[38 * mm, BODY_W - 38 * mm], hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return [
        Spacer(1, 40 * mm),
        Paragraph(w.raw("title"), st.title),
        Paragraph(w.raw("subtitle"), st.subtitle),
        table,
        Spacer(1, 10 * mm),
        Paragraph(w.raw("snapshot_note"), st.small),
        Paragraph(w.raw("privacy_note"), st.small),
        PageBreak(),
        Paragraph(w.raw("contents"), st.h1),
        toc(st.h1, st.body),
        PageBreak(),
    ]


def _figures(w: Words, st: Styles, data: ReportData) -> Table:
    h = data.health
    tiles = [
        (w.num(data.total), w.raw("fig_entries")),
        (w.num(dict(data.by_kind).get("complaint", 0)), data.label("kind", "complaint", w.lang)),
        (w.num(dict(data.by_kind).get("suggestion", 0)), data.label("kind", "suggestion", w.lang)),
        (w.num(h.open_now), w.raw("fig_open")),
        (w.num(h.overdue), w.raw("fig_overdue")),
        (w.pct(h.compliance), w.raw("fig_sla")),
    ]
    cells = [[Paragraph(v, st.figure) for v, _l in tiles],
             [Paragraph(w.esc(label), st.figure_label) for _v, label in tiles]]
    table = Table(cells, colWidths=[BODY_W / len(tiles)] * len(tiles), splitInRow=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F0F4F8")),
        ("LINEBEFORE", (1, 0), (-1, -1), 2, colors.white),
        ("TOPPADDING", (0, 0), (-1, 0), 8), ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
    ]))
    return table


def issue_title(w: Words, data: ReportData, issue: Issue) -> str:
    if issue.title:
        return issue.title
    topic = data.label("topic", issue.topic, w.lang) or w.raw("no_topic")
    return w.raw("topic_issue").format(topic=topic)


def issue_sentence(w: Words, data: ReportData, issue: Issue) -> str:
    speakers = counted_list(w, data, "speaker_type", issue.by_speaker, limit=2, rest=False)
    named = tuple((c, n) for c, n in issue.by_country if c and c != "XX")
    countries = Markup(w.fmt("issue_countries", list=counted_list(
        w, data, "country", named, limit=3, rest=False))) if named else Markup("")
    return w.fmt("issue_sentence", title=issue_title(w, data, issue),
                 area=data.label("service_area", issue.area, w.lang), voices=issue.voices,
                 weight=issue.weight, speakers=speakers, countries=countries, open=issue.open,
                 overdue=issue.overdue)


def executive(w: Words, st: Styles, data: ReportData) -> list[Flowable]:
    out: list[Flowable] = [heading(w, st, "exec"), _figures(w, st, data), Spacer(1, 5 * mm)]
    if not data.total:
        return [*out, Paragraph(w.fmt("s_total_none"), st.body)]
    kinds = dict(data.by_kind)
    others = [(k, kinds.get(k, 0)) for k in OTHER_KINDS]
    other_list = Markup(w.join([w.fmt(f"n_{k}", n=n) for k, n in others]))
    out.append(Paragraph(w.fmt(
        "s_total", total=data.total, complaints=kinds.get("complaint", 0),
        suggestions=kinds.get("suggestion", 0), others=sum(n for _k, n in others),
        other_list=other_list), st.body))
    out.append(Paragraph(w.fmt("s_areas", list=counted_list(w, data, "service_area",
                                                            data.by_area)), st.body))
    out.append(Paragraph(w.fmt("s_speakers", list=counted_list(w, data, "speaker_type",
                                                               data.by_speaker, limit=8)),
                         st.body))
    out.append(Paragraph(cases_sentence(w, data.health), st.body))
    out.append(Paragraph(w.fmt("s_issues" if data.issues else "s_issues_none"), st.h2))
    for number, issue in enumerate(data.issues, start=1):
        out.append(Paragraph(issue_sentence(w, data, issue), st.bullet,
                             bulletText=f"{number}."))
    return out


def cases_sentence(w: Words, h: CaseHealth) -> str:
    resolved = sum(t.resolved for t in h.tiers)
    if not resolved:
        return w.fmt("s_cases_none", open=h.open_now, overdue=h.overdue)
    return w.fmt("s_cases", open=h.open_now, overdue=h.overdue,
                 rate=w.pct(h.compliance), resolved=resolved,
                 ok=Markup(f"{w.num(h.on_time)}/{w.num(resolved)}"))


def trends(w: Words, st: Styles, data: ReportData) -> list[Flowable]:
    label_area = lambda code: data.label("service_area", code, w.lang) or code  # noqa: E731
    label_tier = lambda code: data.label("tier", code, w.lang) or code  # noqa: E731
    empty = w.text("no_data")
    time_chart = charts.time_chart(data.series, label_area, timezone=data.timezone,
                                   lang=w.lang, width=BODY_W, height=70 * mm,
                                   warnings=w.warnings, empty_text=empty)
    backlog = charts.backlog_chart(data.health, timezone=data.timezone, lang=w.lang,
                                   width=BODY_W, height=55 * mm, empty_text=empty,
                                   warnings=w.warnings)
    compliance = charts.compliance_chart(data.health, label_tier, width=BODY_W,
                                         height=max(30, 9 * len(data.health.tiers)) * mm,
                                         empty_text=empty, warnings=w.warnings)
    bucket = w.raw(f"bucket_{data.series.bucket}") if data.series.bucket in (
        "minute", "hour", "day", "week") else data.series.bucket
    return [
        CondPageBreak(90 * mm),
        heading(w, st, "trends"),
        KeepTogether([heading(w, st, "over_time", 1), time_chart,
                      Paragraph(w.fmt("buckets", bucket=bucket, tz=data.timezone), st.small)]),
        KeepTogether([heading(w, st, "backlog", 1), backlog]),
        KeepTogether([heading(w, st, "compliance", 1), compliance]),
    ]

