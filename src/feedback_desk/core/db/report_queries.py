"""SQL of the strategy summary: the rows it reads besides the trends counts (texts for themes
and quotes, recommendations, commitments, open cases), the rows its snapshot id hashes, and
the personal-data values it must never print. Every statement filters with the same
``queries.conditions`` as the list and the dashboard, so the report counts what they count."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from sqlalchemy import Connection, Select, false, select

from ..dto import EntryQuery
from .models import IssueGroup, Person, SlaTier, Speaker, TaxonomyTerm
from .queries import E, conditions, overdue_condition

G = IssueGroup.__table__.c
BATCH = 5000  # rows fetched at a time


def _where(dialect: str, query: EntryQuery, today: date, see_protection: bool
           ) -> list[Any] | None:
    return conditions(dialect, query, today=today, see_protection=see_protection)


def snapshot_rows(conn: Connection, dialect: str, query: EntryQuery, *, today: date,
                  see_protection: bool) -> Iterator[tuple[Any, ...]]:
    """(uuid, version, group_id) of every matching entry, by uuid; then (group uuid, version,
    title) of the groups they are in: what the snapshot id hashes."""
    where = _where(dialect, query, today, see_protection)
    if where is None:
        return
    stmt = select(E.uuid, E.version, E.group_id).where(*where).order_by(E.uuid)
    groups: set[int] = set()
    for part in conn.execute(stmt).partitions(BATCH):
        for uuid, version, group in part:
            if group is not None:
                groups.add(int(group))
            yield (uuid, int(version), group)
    if groups:
        ids = sorted(groups)
        for start in range(0, len(ids), 500):
            stmt2 = select(G.uuid, G.version, G.title).where(
                G.id.in_(ids[start:start + 500])).order_by(G.uuid)
            for row in conn.execute(stmt2):
                yield tuple(row)


def texts_select(dialect: str, query: EntryQuery, kinds: tuple[str, ...], *, today: date,
                 see_protection: bool) -> Select[Any] | None:
    """(id, area, text, speaker_type, country) of the entries of ``kinds`` whose words may be
    analysed and quoted: never protection cases nor entries flagged sensitive."""
    where = _where(dialect, query, today, see_protection)
    if where is None:
        return None
    return select(E.id, E.service_area, E.text, E.speaker_type, E.country).where(
        *where, E.kind.in_(kinds), E.protection == false(), E.sensitive == false(),
    ).order_by(E.id)


def suggestions_select(dialect: str, query: EntryQuery, statuses: tuple[str, ...], *,
                       today: date, see_protection: bool) -> Select[Any] | None:
    """Suggestions in ``statuses``, most recently changed first: (id, area, summary, text,
    status, answer, speaker_type, country, protection, sensitive)."""
    where = _where(dialect, query, today, see_protection)
    if where is None:
        return None
    return select(
        E.id, E.service_area, E.summary, E.text, E.status, E.answer, E.speaker_type, E.country,
        E.protection, E.sensitive,
    ).where(*where, E.kind == "suggestion", E.status.in_(statuses)).order_by(
        E.updated_at.desc(), E.id.desc())


def commitments_select(dialect: str, query: EntryQuery, *, today: date, see_protection: bool
                       ) -> Select[Any] | None:
    """Commitments, open ones first, by due date (none last), then recorded time: (id, area,
    summary, text, speaker_type, due_date, status, overdue, protection, sensitive)."""
    where = _where(dialect, query, today, see_protection)
    if where is None:
        return None
    open_first = E.status.in_(("open", "in_progress"))
    return select(
        E.id, E.service_area, E.summary, E.text, E.speaker_type, E.due_date, E.status,
        overdue_condition(today), E.protection, E.sensitive,
    ).where(*where, E.kind == "commitment").order_by(
        open_first.desc(), E.due_date.is_(None), E.due_date, E.recorded_at, E.id)


def open_cases_select(dialect: str, query: EntryQuery, high_tiers: tuple[str, ...],
                      open_statuses: tuple[str, ...], *, today: date, see_protection: bool
                      ) -> Select[Any] | None:
    """Open complaints of a high tier or overdue, most late first: (id, recorded_at, area,
    topic, tier, status, due_date, protection). No text: the appendix names no one."""
    where = _where(dialect, query, today, see_protection)
    if where is None:
        return None
    late = overdue_condition(today)
    return select(
        E.id, E.recorded_at, E.service_area, E.topic, E.tier, E.status, E.due_date, E.protection,
    ).where(
        *where, E.kind == "complaint", E.status.in_(open_statuses), E.tier.in_(high_tiers) | late,
    ).order_by(E.due_date.is_(None), E.due_date, E.id)


def personal_values(conn: Connection) -> Iterator[str]:
    """Every stored identity value (names, numbers, employers) and speaker label: words the
    summary must never show, whatever text they turn up in."""
    P = Person.__table__.c
    for name, *others in conn.execute(select(P.name, P.phone, P.nik, P.passport, P.kpj,
                                             P.employer)):
        yield from _name_and_words(name)
        for value in others:
            if value and str(value).strip():
                yield str(value).strip()
    S = Speaker.__table__.c
    for (label,) in conn.execute(select(S.label).where(S.label != "")):
        yield from _name_and_words(label)


def _name_and_words(name: str | None) -> Iterator[str]:
    """A name, and each of its words of three letters or more: "Kanarisetyo" alone names
    someone too (a few quotes more are withheld; no name gets through)."""
    if name and str(name).strip():
        yield str(name).strip()
        words = str(name).split()
        if len(words) > 1:
            yield from (w for w in words if len(w) >= 3)


def term_labels(conn: Connection) -> Iterator[tuple[str, str, str, str]]:
    """(list, code, English, Indonesian) of every pick-list term, retired ones too (old
    entries still carry them), and of every SLA tier."""
    T = TaxonomyTerm.__table__.c
    for row in conn.execute(select(T.list_name, T.code, T.label_en, T.label_id)):
        yield tuple(row)  # type: ignore[misc]
    R = SlaTier.__table__.c
    for code, en, id_ in conn.execute(select(R.code, R.label_en, R.label_id)):
        yield ("tier", code, en, id_)
