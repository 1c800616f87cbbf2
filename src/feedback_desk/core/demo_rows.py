"""Vectorised generation of demo entry rows (NumPy), a chunk at a time.

Rows come out as tuples in ``ENTRY_COLUMNS`` order with timestamps and dates already in the
text form both backends accept (UTC ``YYYY-MM-DD HH:MM:SS.ffffff``, ``YYYY-MM-DD``), so the
writer hands them straight to the driver. Everything random comes from one seeded generator,
so the same seed gives the same data.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import numpy as np

from . import lifecycle, sla
from .demo_text import (
    APPRECIATION,
    BRANCHES,
    CHANNELS,
    CITIES,
    COMMITMENTS,
    QUESTIONS,
    REGIONS,
    SUGGESTIONS,
    TEMPLATES,
)
from .taxonomy import PROTECTION_TOPIC

ENTRY_COLUMNS = (
    "id", "uuid", "event_id", "session_id", "kind", "text", "summary", "service_area", "topic",
    "programme", "phase", "country", "speaker_type", "source", "language", "evidence",
    "sensitive", "protection", "recorded_by_id", "recorded_at", "status", "tier", "due_date",
    "paused_on", "assignee_id", "answer", "reopen_count", "resolved_at", "updated_at",
    "updated_by_id", "version",
)
SPEAKERS = (
    ("pmi_abroad", 30), ("cpmi", 14), ("returnee", 10), ("non_procedural", 4), ("family", 9),
    ("observer", 5), ("government", 7), ("employer", 3), ("recruitment_agency", 4),
    ("association", 3), ("ngo", 5), ("media", 2), ("agency_staff", 3), ("other", 1),
)
COUNTRIES = (
    ("HK", 22), ("TW", 20), ("MY", 16), ("JP", 6), ("SG", 6), ("KR", 6), ("SA", 5), ("IT", 1),
    ("BN", 2), ("TR", 1), ("PL", 1), ("AE", 2), ("ZM", 1), ("QA", 1), ("KW", 1), ("KH", 1),
    ("CD", 1), ("XX", 7),
)
KINDS = (("complaint", 50), ("suggestion", 22), ("question", 18), ("appreciation", 5),
         ("commitment", 5))
STAGE_SOURCES = ("floor", "panel", "card", "chat", "desk")
LATER_SOURCES = ("chat", "desk", "follow_up")
PROGRAMMES = ("JKK", "JKM", "JHT", None, "other")
ANSWERS = (
    "Sudah ditindaklanjuti oleh kantor cabang; peserta sudah dihubungi.",
    "Handled with the partner office; the worker confirmed the payout.",
    "Masuk kajian kebijakan tahun depan.",
    "Declined: outside the agency's mandate, referred to the placement agency.",
)
VARIANTS = 48  # filled-in versions of each sentence template
US_PER_DAY = 86_400_000_000
LOCAL_OFFSET_US = 7 * 3_600_000_000  # the demo events all keep Western Indonesia time


@dataclass(frozen=True, slots=True)
class DemoEvent:
    id: int
    first_day: date
    days: int
    session_ids: tuple[int, ...]
    weight: int


def _p(pairs: tuple[tuple[str, int], ...]) -> tuple[list[str], np.ndarray]:
    weights = np.array([w for _, w in pairs], dtype=float)
    return [c for c, _ in pairs], weights / weights.sum()


Content = tuple[str, str, str, str, str, str | None]  # topic, area, language, text, summary, country


def _content_pool(seed: int) -> dict[str, list[Content]]:
    """Per kind, each sentence template filled VARIANTS times; a sentence that names a city
    carries that city's country, so the country column agrees with the words."""
    rng = random.Random(seed)
    abroad = [c for c, _ in COUNTRIES if c in CITIES]
    weights = [w for c, w in COUNTRIES if c in CITIES]

    def fill(text: str, summary: str) -> tuple[str, str, str | None]:
        country = rng.choices(abroad, weights)[0]
        slots = {
            "months": rng.randint(2, 14), "weeks": rng.randint(2, 10),
            "city": rng.choice(CITIES[country]), "branch": rng.choice(BRANCHES),
            "region": rng.choice(REGIONS), "channel": rng.choice(CHANNELS),
        }
        named = "{city}" in text or "{city}" in summary
        return text.format(**slots), summary.format(**slots), country if named else None

    pool: dict[str, list[Content]] = {k: [] for k, _ in KINDS}
    proposals = tuple(t for t in TEMPLATES if t[0] == "policy_suggestion")
    complaints = tuple(t for t in TEMPLATES if t[0] != "policy_suggestion")
    for kind, templates in (("complaint", complaints), ("suggestion", SUGGESTIONS + proposals),
                            ("question", QUESTIONS)):
        for topic, area, language, text, summary in templates:
            for _ in range(VARIANTS):
                pool[kind].append((topic, area, language, *fill(text, summary)))
    topics = ("domestic_services", "claims", "digital_services")
    for i, (language, text, summary) in enumerate(APPRECIATION * VARIANTS):
        pool["appreciation"].append((topics[i % 3], "domestic", language, *fill(text, summary)))
    for i, (language, text, summary) in enumerate(COMMITMENTS * VARIANTS):
        area = ("overseas", "domestic")[i % 2]
        pool["commitment"].append(("overseas_services", area, language, *fill(text, summary)))
    return pool


def _as_text(us: np.ndarray) -> list[str]:
    return [s.replace("T", " ") for s in np.datetime_as_string(us.astype("datetime64[us]"), unit="us")]


class RowGenerator:
    def __init__(self, seed: int, now: datetime, calendar: sla.WorkCalendar,
                 events: list[DemoEvent], recorders: Sequence[int],
                 supervisors: Sequence[int]) -> None:
        self.rng = np.random.default_rng(seed)
        self.now_us = int(now.timestamp() * 1_000_000)
        self.calendar = calendar
        self.events = events
        self.recorders = np.array(recorders)
        self.supervisors = np.array(supervisors)
        self.pool = _content_pool(seed)
        self.cover = [(k, s) for k, states in lifecycle.STATUSES.items() for s in states]
        self.tiers = {r.code: r for r in sla.DEFAULT_TIERS}
        self._due: dict[tuple[int, str], str] = {}

    def _due_text(self, day: int, tier: str) -> str:
        key = (day, tier)
        if key not in self._due:
            start = date(1970, 1, 1) + timedelta(days=day)
            self._due[key] = sla.due_date(self.tiers[tier], start, self.calendar).isoformat()
        return self._due[key]

    def chunk(self, start_index: int, n: int) -> list[tuple[Any, ...]]:
        """Rows ``start_index … start_index + n - 1`` with ``id`` left as None."""
        rng = self.rng
        kind_codes, kind_p = _p(KINDS)
        kinds = np.array(kind_codes, dtype=object)[rng.choice(len(kind_codes), n, p=kind_p)]
        statuses = np.empty(n, dtype=object)
        covered = max(0, min(n, len(self.cover) - start_index))
        for i in range(covered):  # the first rows hold every state of every kind once
            kinds[i], statuses[i] = self.cover[start_index + i]
        # content
        content: list[Content] = [("", "", "", "", "", None)] * n
        pick = rng.random(n)
        for kind, options in self.pool.items():
            idx = np.nonzero(kinds == kind)[0]
            chosen = (pick[idx] * len(options)).astype(int)
            for i, c in zip(idx.tolist(), chosen.tolist(), strict=True):
                content[i] = options[c]
        topics = np.array([c[0] for c in content], dtype=object)
        areas = np.array([c[1] for c in content], dtype=object)
        # time: most on stage during the event, the rest in the 60 days after
        weights = np.array([e.weight for e in self.events], dtype=float)
        ev = rng.choice(len(self.events), n, p=weights / weights.sum())
        on_stage = rng.random(n) < 0.85
        first = np.array([(e.first_day - date(1970, 1, 1)).days for e in self.events])[ev]
        days = np.array([e.days for e in self.events])[ev]
        offset = np.where(on_stage, (rng.random(n) * days).astype(int), rng.integers(1, 61, n))
        local_us = ((first + offset) * US_PER_DAY + 8 * 3_600_000_000
                    + rng.integers(0, 9 * 3_600_000_000, n))
        recorded = local_us - LOCAL_OFFSET_US
        late = recorded > self.now_us
        recorded[late] = self.now_us - rng.integers(60_000_000, 36_000_000_000, int(late.sum()))
        start_day = (recorded + LOCAL_OFFSET_US) // US_PER_DAY
        age_days = (self.now_us - recorded) / US_PER_DAY
        # lifecycle
        choose = rng.random(n)
        finish = rng.random(n) < 0.85
        for kind, states in lifecycle.STATUSES.items():
            idx = np.nonzero(kinds == kind)[0]
            idx = idx[idx >= covered]
            finished = [s for s in states if not lifecycle.is_open(kind, s)] or list(states)
            old = (age_days[idx] > 90) & finish[idx]
            any_state = np.array(states, dtype=object)[(choose[idx] * len(states)).astype(int)]
            done = np.array(finished, dtype=object)[(choose[idx] * len(finished)).astype(int)]
            statuses[idx] = np.where(old, done, any_state)
        protection = topics == PROTECTION_TOPIC
        tier_of = {"complaint": "S2", "question": "S2", "suggestion": "SUG", "commitment": "S3"}
        tiers = np.array([tier_of.get(k) for k in kinds.tolist()], dtype=object)
        tiers[(kinds == "complaint") & (topics == "claims") & (rng.random(n) < 0.3)] = "S1"
        tiers[protection] = "S0"
        resolved_delay = (rng.exponential(12.0, n) * US_PER_DAY).astype(np.int64)
        resolved_us = np.minimum(recorded + resolved_delay, self.now_us)
        pause_days = rng.integers(0, 11, n)
        today = self.now_us // US_PER_DAY
        speaker_codes, speaker_p = _p(SPEAKERS)
        speakers = rng.choice(len(speaker_codes), n, p=speaker_p)
        country_codes, country_p = _p(COUNTRIES)
        countries = rng.choice(len(country_codes), n, p=country_p)
        digital_xx = (areas == "digital") & (rng.random(n) < 0.5)
        session_pick = rng.random(n)
        sources_stage = rng.integers(0, len(STAGE_SOURCES), n)
        sources_later = rng.integers(0, len(LATER_SOURCES), n)
        programmes = rng.choice(len(PROGRAMMES), n, p=[0.175, 0.175, 0.175, 0.175, 0.3])
        phases = rng.integers(0, 3, n)
        evidence = rng.choice(3, n, p=[0.5, 0.25, 0.25])
        sensitive = protection | (rng.random(n) < 0.03)
        reopened = (rng.random(n) < 0.02).astype(int)
        recorders = self.recorders[rng.integers(0, len(self.recorders), n)]
        assignees = self.supervisors[rng.integers(0, len(self.supervisors), n)]
        answers = rng.integers(0, len(ANSWERS), n)
        uuids = rng.bytes(16 * n)
        recorded_text = _as_text(recorded)
        resolved_text = _as_text(resolved_us)

        rows: list[tuple[Any, ...]] = []
        for i in range(n):
            kind, status, tier = kinds[i], statuses[i], tiers[i]
            topic, area, language, text, summary, named_country = content[i]
            event = self.events[ev[i]]
            day = int(start_day[i])
            due = self._due_text(day, tier) if tier and kind != "appreciation" else None
            waiting = lifecycle.is_waiting(kind, status)
            paused = None
            if waiting:
                paused = (date(1970, 1, 1) + timedelta(days=min(today, day + int(pause_days[i])))).isoformat()
            resolution = lifecycle.is_resolution(kind, status)
            assignee = None if status in ("new", "received", "noted") else int(assignees[i])
            raw = bytearray(uuids[16 * i: 16 * i + 16])
            raw[6] = (raw[6] & 0x0F) | 0x40
            raw[8] = (raw[8] & 0x3F) | 0x80
            hexed = raw.hex()
            stage = bool(on_stage[i])
            rows.append((
                None, f"{hexed[:8]}-{hexed[8:12]}-{hexed[12:16]}-{hexed[16:20]}-{hexed[20:]}",
                event.id,
                event.session_ids[int(session_pick[i] * len(event.session_ids))] if stage else None,
                kind, text, summary if session_pick[i] < 0.6 else None, area, topic,
                PROGRAMMES[programmes[i]], ("before", "during", "after")[phases[i]],
                named_country or ("XX" if digital_xx[i] else country_codes[countries[i]]),
                speaker_codes[speakers[i]],
                STAGE_SOURCES[sources_stage[i]] if stage else LATER_SOURCES[sources_later[i]],
                language, ("anecdote", "corroborated", "data_backed")[evidence[i]],
                bool(sensitive[i]), bool(protection[i]), int(recorders[i]), recorded_text[i],
                status, tier, due, paused, assignee,
                ANSWERS[answers[i]] if resolution else None, int(reopened[i]),
                resolved_text[i] if resolution else None,
                resolved_text[i] if resolution else recorded_text[i],
                assignee or int(recorders[i]), 1,
            ))
        return rows
