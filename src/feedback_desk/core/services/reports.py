"""What the leadership strategy summary says, gathered in one pass over the services' own
counts (``TrendsService``) so that every figure in the PDF is the figure the dashboard and the
list give for the same filters. Returns ``reports.model.ReportData``; the layout is
``reports.document``'s job.

Personal data never leaves this module: protection cases and entries flagged sensitive are
never read as text, every other text is dropped ("withheld") when it may identify someone
(``reports.quotes.safe`` against the identity values stored), and nothing here reads a name
into the result.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, select

from .. import lifecycle, protection
from ..db import audit_chain, report_queries, trend_queries
from ..db.models import Event
from ..dto import Actor, EntryQuery
from ..errors import ValidationError
from ..permissions import Action, requires
from ..reports import quotes as quoting
from ..reports import themes
from ..reports.model import (
    HIGH_TIERS,
    RECOMMENDATION_GROUPS,
    SEVERITY,
    VOICE_KINDS,
    AreaSection,
    Commitment,
    Counted,
    Issue,
    OpenCase,
    Recommendation,
    ReportData,
)
from ..reports.options import ReportOptions
from ..trends import AUTO, OPEN_COMPLAINT_STATUSES, Heatmap
from .base import ServiceBase, zone
from .trends import TrendsService

#: How many rows of each list the summary prints (the rest is counted, "and N more").
MAX_COMMITMENTS = 200
MAX_OPEN_CASES = 200
MAX_RECOMMENDATIONS = 5  # per status group and area
TOP_ISSUES = 5
QUOTES_PER_AREA = 3
MAX_QUOTE_CANDIDATES = 5000
KEYWORDS_PER_AREA = 12
Step = Callable[[str], None]
_WORD = re.compile(r"[^\W\d_]+")


def _words(values: Iterable[str]) -> frozenset[str]:
    """The case-folded words of personal-data values: never shown as a theme keyword."""
    return frozenset(w for v in values for w in _WORD.findall(v.casefold()) if len(w) >= 3)


def _distinct(quotes: tuple[quoting.Quote, ...], limit: int) -> tuple[quoting.Quote, ...]:
    """The first ``limit`` quotes that share at most half their words with one already
    chosen: twenty people saying the same sentence make one quote, not three."""
    chosen: list[tuple[quoting.Quote, set[str]]] = []
    for quote in quotes:
        words = set(_WORD.findall(quote.text.casefold()))
        if all(len(words & seen) <= 0.5 * min(len(words), len(seen)) for _q, seen in chosen):
            chosen.append((quote, words))
        if len(chosen) == limit:
            break
    return tuple(q for q, _w in chosen)


def _ordered(counts: dict[str, int]) -> Counted:
    return tuple(sorted(((k, n) for k, n in counts.items() if n), key=lambda kv: (-kv[1], kv[0])))


def _column(heat: Heatmap, col: str) -> dict[str, int]:
    """Counts per row category in one column (an area) of a heatmap."""
    if col not in heat.cols:
        return {}
    c = heat.cols.index(col)
    return {row: heat.counts[r][c] for r, row in enumerate(heat.rows)}


def _rows(heat: Heatmap) -> dict[str, int]:
    return {row: sum(heat.counts[r]) for r, row in enumerate(heat.rows)}


class ReportService(ServiceBase):
    """Read-only. Protection cases count only for actors with the "protection" role, as on
    the dashboard; their text is never read."""

    def __init__(self, db: Any, actor: Actor, clock: Callable[[], datetime],
                 timezone: str) -> None:
        super().__init__(db, actor, clock, timezone)
        self._trends = TrendsService(db, actor, clock, timezone)

    # ------------------------------------------------------------------ filters
    @requires(Action.REPORT_EXPORT)
    def query_for(self, options: ReportOptions) -> EntryQuery:
        """The entry filter of the options: local days from ``date_from`` to ``date_to``
        (inclusive) in the desk's time zone."""
        options.check()
        tz = zone(self._timezone)
        start = end = None
        if options.date_from is not None:
            start = datetime.combine(options.date_from, time(), tz).astimezone(UTC)
        if options.date_to is not None:
            end = datetime.combine(options.date_to + timedelta(days=1), time(), tz).astimezone(UTC)
        query = EntryQuery(event_ids=tuple(options.event_ids),
                           areas=(options.area,) if options.area else (),
                           recorded_from=start, recorded_to=end)
        self._check_query(query)
        return query

    # ------------------------------------------------------------------ gather
    @requires(Action.REPORT_EXPORT)
    def gather(self, options: ReportOptions, step: Step = lambda _stage: None) -> ReportData:
        """Everything the summary shows. ``step(stage)`` is called between stages (the
        builder's progress and cancel point)."""
        query = self.query_for(options)
        today, see = self._today(), self._actor.can(Action.PROTECTION_READ)
        events = self._event_names(options)
        step("snapshot")
        snapshot = self._snapshot(options, query, today, see)
        labels = self._labels()
        blocked = tuple(self._db.query(lambda c: list(report_queries.personal_values(c))))
        # place names are shown as countries already ("hong" and "kong" are no themes)
        blocked_words = _words(blocked) | _words(
            label for codes in (labels.get("country", {}),) for pair in codes.values()
            for label in pair)
        step("counts")
        kinds = self._trends.heatmap(query, rows="kind", cols="area")
        speakers = self._trends.heatmap(query, rows="speaker_type", cols="area")
        countries = self._trends.heatmap(query, rows="country", cols="area")
        topics = self._trends.heatmap(query, rows="topic", cols="area")
        series = self._trends.series(query, by="area", bucket=AUTO)
        step("cases")
        health = self._trends.health(query)
        voices = self._voices(query, today, see)
        areas_present = [a for a in kinds.cols if sum(_column(kinds, a).values())]
        sections = []
        for area in areas_present:
            step(f"area:{area}")
            sections.append(self._section(query, area, kinds, speakers, countries, voices,
                                          today, see, blocked, blocked_words))
        step("commitments")
        commitments, n_commitments = self._commitments(query, today, see, blocked)
        cases, n_cases = self._open_cases(query, today, see)
        by_area = {a: sum(_column(kinds, a).values()) for a in kinds.cols}
        return ReportData(
            options=options, query=query, events=events, span=self._trends.span(query),
            generated_at=self._clock(), generated_by=self._actor.username,
            timezone=self._timezone, snapshot=snapshot, total=sum(by_area.values()),
            by_kind=_ordered(_rows(kinds)), by_area=_ordered(by_area),
            by_speaker=_ordered(_rows(speakers)), health=health,
            issues=self._issues(voices, None, blocked)[:TOP_ISSUES], series=series,
            areas=tuple(sections), commitments=commitments, commitments_total=n_commitments,
            heatmap=topics, open_cases=cases, open_cases_total=n_cases, sees_protection=see,
            labels=labels,
        )

    @requires(Action.REPORT_EXPORT)
    def record_export(self, options: ReportOptions, snapshot: str, pages: int,
                      file_name: str) -> None:
        """Say in the audit log that a summary left the desk: who, which filters, which
        snapshot (every export is audited, DOMAIN.md; the summary holds no personal data)."""
        data = {
            "events": [int(e) for e in options.event_ids],
            "from": str(options.date_from or ""), "to": str(options.date_to or ""),
            "area": options.area or "", "lang": options.lang, "snapshot": snapshot,
            "pages": pages, "file": file_name,
        }
        self._db.write(lambda session: audit_chain.append(
            session, self._actor.username, "report.export", "report", None, data,
            at=self._clock()))

    def _event_names(self, options: ReportOptions) -> tuple[str, ...]:
        if not options.event_ids:
            return ()

        def run(conn: Connection) -> tuple[str, ...]:
            rows = dict(conn.execute(select(Event.id, Event.name).where(
                Event.id.in_(options.event_ids))).all())
            missing = [i for i in options.event_ids if i not in rows]
            if missing:
                raise ValidationError("event", f"no event with id {missing[0]}")
            return tuple(rows[i] for i in options.event_ids)

        return self._db.query(run)

    def _labels(self) -> dict[str, dict[str, tuple[str, str]]]:
        out: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)
        for list_name, code, en, id_ in self._db.query(
                lambda c: list(report_queries.term_labels(c))):
            out[list_name][code] = (en, id_)
        for code, (en, id_) in lifecycle.STATUS_LABELS.items():
            out["status"][code] = (en, id_)
        return dict(out)

    def _snapshot(self, options: ReportOptions, query: EntryQuery, today: date,
                  see: bool) -> str:
        """SHA-256 over the filters, the day (overdue depends on it), whether protection cases
        count, and every matching entry's uuid and version (and its group's): two summaries
        with the same id were built from the same data, in whatever language."""
        digest = hashlib.sha256()
        head = {
            "events": [int(e) for e in options.event_ids], "from": str(options.date_from or ""),
            "to": str(options.date_to or ""), "area": options.area or "", "today": str(today),
            "tz": self._timezone, "protection": see,
        }
        digest.update(json.dumps(head, sort_keys=True).encode())

        def run(conn: Connection) -> None:
            for row in report_queries.snapshot_rows(conn, self._db.dialect, query, today=today,
                                                    see_protection=see):
                digest.update(b"\x1e" + "\x1f".join(map(str, row)).encode())

        self._db.query(run)
        return digest.hexdigest()

    # ------------------------------------------------------------------ issues
    def _voices(self, query: EntryQuery, today: date, see: bool) -> dict[tuple[Any, ...], list[int]]:
        """Voices of issues per (group, area, topic, speaker type, country, tier): [count,
        open complaints, overdue complaints]."""
        q = replace(query, kinds=tuple(k for k in VOICE_KINDS if not query.kinds
                                       or k in query.kinds))
        span = self._trends.span(q)
        out: dict[tuple[Any, ...], list[int]] = defaultdict(lambda: [0, 0, 0])
        if span is None:
            return out
        bounds = (span[0], span[1] + timedelta(microseconds=1))
        by = ("group", "area", "topic", "speaker_type", "country", "tier", "kind", "status")

        def run(conn: Connection) -> None:
            counts = trend_queries.bucket_counts(conn, self._db.dialect, q, by, bounds,
                                                 today=today, see_protection=see)
            for (_i, g, area, topic, sp, country, tier, kind, status), n in counts.items():
                cell = out[(g, area, topic, sp, country, tier)]
                cell[0] += n
                if kind == "complaint" and status in OPEN_COMPLAINT_STATUSES:
                    cell[1] += n
            late = replace(q, kinds=("complaint",), overdue=True)
            counts = trend_queries.bucket_counts(conn, self._db.dialect, late, by[:6], bounds,
                                                 today=today, see_protection=see)
            for (_i, *key), n in counts.items():
                out[tuple(key)][2] += n

        self._db.query(run)
        return out

    def _issues(self, voices: dict[tuple[Any, ...], list[int]], area: str | None,
                blocked: Iterable[str]) -> tuple[Issue, ...]:
        """Issues (groups; ungrouped voices by area and topic) heaviest first: voices
        weighted by SEVERITY of their tier, then most voices."""
        acc: dict[tuple[Any, ...], dict[str, Any]] = {}
        for (g, a, topic, sp, country, tier), (n, open_, late) in voices.items():
            if area is not None and a != area:
                continue
            key = ("g", int(g)) if g is not None else ("t", a, topic)
            item = acc.setdefault(key, {"voices": 0, "weight": 0, "sp": Counter(),
                                        "co": Counter(), "areas": Counter(), "topics": Counter(),
                                        "open": 0, "late": 0})
            item["voices"] += n
            item["weight"] += n * SEVERITY.get(tier or "", 1)
            item["sp"][sp] += n
            item["co"][country or ""] += n
            item["areas"][a] += n
            item["topics"][topic or ""] += n
            item["open"] += open_
            item["late"] += late
        titles = self._group_titles([k[1] for k in acc if k[0] == "g"])
        blocked = tuple(blocked)
        issues = []
        for key, item in acc.items():
            main_area = item["areas"].most_common(1)[0][0]
            found = key[-1] if key[0] == "t" else item["topics"].most_common(1)[0][0]
            main_topic = str(found) if found else None
            title = titles.get(key[1], "") if key[0] == "g" else ""
            if title and not quoting.safe(title, blocked):
                title = ""
            issues.append(Issue(
                group_id=key[1] if key[0] == "g" else None, title=title, area=main_area,
                topic=main_topic, voices=item["voices"], weight=item["weight"],
                by_speaker=_ordered(item["sp"]), by_country=_ordered(item["co"]),
                open=item["open"], overdue=item["late"],
                protection=main_topic == "protection_case",
            ))
        issues.sort(key=lambda i: (-i.weight, -i.voices, i.group_id is None, i.group_id or 0,
                                   i.area, i.topic or ""))
        return tuple(issues)

    def _group_titles(self, ids: list[int]) -> dict[int, str]:
        if not ids:
            return {}
        return self._db.query(lambda conn: trend_queries.group_titles(conn, sorted(ids)))

    # ------------------------------------------------------------------ sections
    def _section(self, query: EntryQuery, area: str, kinds: Heatmap, speakers: Heatmap,
                 countries: Heatmap, voices: dict[tuple[Any, ...], list[int]], today: date,
                 see: bool, blocked: tuple[str, ...], blocked_words: frozenset[str]
                 ) -> AreaSection:
        q = replace(query, areas=(area,))
        health = self._trends.health(q)
        stmt = report_queries.texts_select(self._db.dialect, q, VOICE_KINDS, today=today,
                                           see_protection=see)
        rows = self._db.query(lambda conn: conn.execute(stmt).all()) if stmt is not None else []
        keywords = themes.keywords((r[2] for r in rows), limit=KEYWORDS_PER_AREA,
                                   exclude=blocked_words)
        # a text with a protection keyword is never quoted, even when no one flagged it; past
        # MAX_QUOTE_CANDIDATES texts, an even sample by id is as representative and quicker
        step = max(1, -(-len(rows) // MAX_QUOTE_CANDIDATES))
        candidates = (quoting.QuoteCandidate(int(r[0]), r[2], r[3], r[4], False, False)
                      for r in rows[::step] if not protection.mentions(r[2]))
        chosen = _distinct(quoting.representative(
            candidates, keywords, limit=QUOTES_PER_AREA * 8, blocked=blocked), QUOTES_PER_AREA)
        statuses = self._trends.statuses(q, "complaint")
        counts, recs = self._recommendations(q, today, see, blocked)
        return AreaSection(
            area=area, entries=sum(_column(kinds, area).values()),
            by_kind=_ordered(_column(kinds, area)), by_speaker=_ordered(_column(speakers, area)),
            by_country=_ordered(_column(countries, area)),
            issues=self._issues(voices, area, blocked)[:TOP_ISSUES], keywords=keywords,
            texts=len(rows), quotes=chosen, health=health, complaint_statuses=statuses,
            recommendation_counts=counts, recommendations=recs,
        )

    def _text(self, summary: str | None, text: str, protection: bool, sensitive: bool,
              blocked: tuple[str, ...]) -> str:
        """What may be printed of an entry: its summary, else its text; "" (withheld) for
        protection cases, sensitive entries and anything that may identify someone."""
        if protection or sensitive:
            return ""
        for candidate in (summary, text):
            if candidate and candidate.strip():
                return candidate if quoting.safe(candidate, blocked) else ""
        return ""

    def _recommendations(self, query: EntryQuery, today: date, see: bool,
                         blocked: tuple[str, ...]
                         ) -> tuple[Counted, tuple[Recommendation, ...]]:
        wanted = tuple(s for group in RECOMMENDATION_GROUPS for s in group)
        stmt = report_queries.suggestions_select(
            self._db.dialect, query, lifecycle.STATUSES["suggestion"], today=today,
            see_protection=see)
        rows = self._db.query(lambda conn: conn.execute(stmt).all()) if stmt is not None else []
        counts: Counter[str] = Counter(r[4] for r in rows)
        found: dict[tuple[int, str, str], Recommendation] = {}  # one line per wording
        for r in rows:
            _id, _area, summary, text, status, answer, sp, country, prot, sens = r
            if status not in wanted:
                continue
            group = next(i for i, g in enumerate(RECOMMENDATION_GROUPS) if status in g)
            shown_text = self._text(summary, text, prot, sens, blocked)
            reason = self._text(None, answer or "", prot, sens, blocked)
            key = (group, " ".join(shown_text.casefold().split()),  # reasons: declined only
                   " ".join(reason.casefold().split()) if status == "declined" else "")
            if key in found:  # the same suggestion from another voice: counted on its line
                found[key] = replace(found[key], same=found[key].same + 1)
                continue
            withheld = bool(answer and answer.strip()) and not reason
            found[key] = Recommendation(int(_id), shown_text, status, reason, sp, country,
                                        withheld)
        # per group the most supported first (then the most recently decided), a few each
        ranked = sorted(enumerate(found.items()), key=lambda item: (item[1][0][0],
                                                                   -item[1][1].same, item[0]))
        shown: Counter[int] = Counter()
        out = []
        for _order, ((group, _t, _r), rec) in ranked:
            if shown[group] < MAX_RECOMMENDATIONS:
                shown[group] += 1
                out.append(rec)
        return tuple((s, counts[s]) for s in lifecycle.STATUSES["suggestion"]), tuple(out)

    def _commitments(self, query: EntryQuery, today: date, see: bool, blocked: tuple[str, ...]
                     ) -> tuple[tuple[Commitment, ...], int]:
        stmt = report_queries.commitments_select(self._db.dialect, query, today=today,
                                                 see_protection=see)
        rows = self._db.query(lambda conn: conn.execute(stmt).all()) if stmt is not None else []
        out = tuple(
            Commitment(int(i), self._text(summary, text, prot, sens, blocked), sp, area, due,
                       status, bool(late))
            for i, area, summary, text, sp, due, status, late, prot, sens in rows[:MAX_COMMITMENTS])
        return out, len(rows)

    def _open_cases(self, query: EntryQuery, today: date, see: bool
                    ) -> tuple[tuple[OpenCase, ...], int]:
        stmt = report_queries.open_cases_select(self._db.dialect, query, HIGH_TIERS,
                                                OPEN_COMPLAINT_STATUSES, today=today,
                                                see_protection=see)
        rows = self._db.query(lambda conn: conn.execute(stmt).all()) if stmt is not None else []
        waiting = lifecycle.WAITING_STATUSES["complaint"]
        out = []
        for i, at, area, topic, tier, status, due, prot in rows[:MAX_OPEN_CASES]:
            late = (today - due).days if due is not None and due < today and (
                status not in waiting) else 0
            moment = at if at.tzinfo else at.replace(tzinfo=UTC)
            out.append(OpenCase(int(i), moment, area, topic, tier, status, due, max(late, 0),
                                bool(prot)))
        return tuple(out), len(rows)

