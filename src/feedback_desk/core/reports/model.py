"""The content of a strategy summary as plain frozen values, gathered by
``services.reports.ReportService`` and laid out by ``document``. No labels, no layout: codes
and counts, so the same data gives the same figures (and snapshot id) in either language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..dto import EntryQuery
from ..trends import CaseHealth, Heatmap, TimeSeries
from .options import ReportOptions
from .quotes import Quote
from .themes import Keyword

Counted = tuple[tuple[str, int], ...]  # (code, count), largest first unless said otherwise

#: Severity weight of a voice by SLA tier (protection S0 heaviest); no tier counts 1.
SEVERITY = {"S0": 5, "S1": 4, "S2": 3, "S3": 2, "S4": 1}
#: The kinds whose entries are "voices" of an issue (appreciation and commitments are not).
VOICE_KINDS = ("complaint", "suggestion", "question")
#: The longest category label printed (table headers, headings).
MAX_LABEL = 80
#: Tiers of the appendix's "high-tier" open cases.
HIGH_TIERS = ("S0", "S1")
#: Suggestion statuses the recommendations list, by group: adopted, under study, declined.
RECOMMENDATION_GROUPS = (("adopted", "partly_adopted", "implemented"), ("under_study",),
                         ("declined",))


@dataclass(frozen=True, slots=True)
class Issue:
    """An issue many voices raised: an issue group, or (for voices no supervisor grouped yet)
    the voices of one topic in one service area."""

    group_id: int | None
    title: str  # the group's title (user text); "" for a topic issue
    area: str  # the group's main service area (most voices), or the topic issue's area
    topic: str | None
    voices: int
    weight: int  # sum of SEVERITY over its voices
    by_speaker: Counted
    by_country: Counted  # "" = not given
    open: int  # open complaints among its voices
    overdue: int
    protection: bool  # any voice is a protection case (never quoted)


@dataclass(frozen=True, slots=True)
class Recommendation:
    entry_id: int
    text: str  # "" when withheld (may identify someone)
    status: str
    reason: str  # the answer / reason recorded with the decision ("" none or withheld)
    speaker_type: str
    country: str | None
    reason_withheld: bool = False  # a reason was recorded but may identify someone
    same: int = 1  # suggestions of the group with this wording (and reason): one line


@dataclass(frozen=True, slots=True)
class Commitment:
    entry_id: int
    text: str  # "" when withheld
    speaker_type: str  # who made it (their role)
    area: str
    due: date | None
    status: str
    overdue: bool


@dataclass(frozen=True, slots=True)
class OpenCase:
    entry_id: int
    recorded_at: datetime
    area: str
    topic: str | None
    tier: str | None
    status: str
    due: date | None
    days_late: int  # calendar days past due (0 = not late)
    protection: bool


@dataclass(frozen=True, slots=True)
class AreaSection:
    area: str
    entries: int
    by_kind: Counted
    by_speaker: Counted
    by_country: Counted
    issues: tuple[Issue, ...]
    keywords: tuple[Keyword, ...]
    texts: int  # texts the keywords were taken from (no protection / sensitive ones)
    quotes: tuple[Quote, ...]
    health: CaseHealth
    complaint_statuses: Counted  # lifecycle order, every status
    recommendation_counts: Counted  # lifecycle order, every status
    recommendations: tuple[Recommendation, ...]  # adopted, under study, declined (capped)


@dataclass(frozen=True, slots=True)
class ReportData:
    options: ReportOptions
    query: EntryQuery
    events: tuple[str, ...]  # names of the chosen events ("" none chosen: all events)
    span: tuple[datetime, datetime] | None  # first and last entry recorded
    generated_at: datetime
    generated_by: str
    timezone: str
    snapshot: str
    total: int
    by_kind: Counted
    by_area: Counted
    by_speaker: Counted
    health: CaseHealth
    issues: tuple[Issue, ...]  # the five heaviest
    series: TimeSeries  # entries over time by area
    areas: tuple[AreaSection, ...]
    commitments: tuple[Commitment, ...]
    commitments_total: int
    heatmap: Heatmap  # rows topic, columns area
    open_cases: tuple[OpenCase, ...]
    open_cases_total: int
    sees_protection: bool  # the counts include protection cases (the actor may see them)
    labels: dict[str, dict[str, tuple[str, str]]]  # list → code → (English, Indonesian)

    def label(self, list_name: str, code: str | None, lang: str) -> str:
        """A category's label (an admin's may be long: one line of at most ``MAX_LABEL``
        characters, so it fits a table header and a heading)."""
        if code is None or code == "":
            return ""
        found = self.labels.get(list_name, {}).get(code)
        text = code if found is None else found[1] if lang == "id" else found[0]
        text = " ".join(text.split())
        return text if len(text) <= MAX_LABEL else text[:MAX_LABEL - 2].rstrip() + " …"
