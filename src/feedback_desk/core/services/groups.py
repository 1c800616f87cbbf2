"""Many voices, one issue: group entries without absorbing them; undo by detaching."""

from __future__ import annotations

import uuid as uuidlib
from collections import Counter
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db import audit_chain
from ..db.models import Entry, IssueGroup
from ..dto import GroupView
from ..errors import NotFound, ValidationError
from ..ids import EntryId, GroupId
from .base import ServiceBase, clean_text


class GroupService(ServiceBase):
    def create(
        self, title: str, entry_ids: Iterable[EntryId] = (), *, description: str = ""
    ) -> GroupView:
        self._require_triage("group voices")
        clean = clean_text(title, "title", required=True, limit=300)
        desc = clean_text(description, "description", required=False, limit=20_000) or ""
        ids = tuple(dict.fromkeys(entry_ids))

        def run(session: Session) -> GroupView:
            group = IssueGroup(
                uuid=str(uuidlib.uuid4()), title=clean, description=desc,
                created_by_id=self._actor.user_id, created_at=self._clock(),
            )
            session.add(group)
            session.flush()
            audit_chain.append(
                session, self._actor.username, "group.create", "issue_group", group.id,
                {"title": clean, "description": desc},
            )
            self._attach(session, group, ids)
            return self._group_view(session, group)

        return self._db.write(run)

    def attach(self, group_id: GroupId, entry_ids: Iterable[EntryId]) -> GroupView:
        self._require_triage("group voices")
        ids = tuple(dict.fromkeys(entry_ids))

        def run(session: Session) -> GroupView:
            group = self._group(session, group_id)
            self._attach(session, group, ids)
            return self._group_view(session, group)

        return self._db.write(run)

    def add_voice(self, entry_id: EntryId, like: EntryId) -> GroupView:
        """Count ``entry_id`` as one more voice on the issue of ``like`` (a similar earlier
        entry): into its group, or a new group of the two titled after ``like``.

        A recorder may do this for an entry they recorded; supervisors for any.
        """
        if entry_id == like:
            raise ValidationError("entry", "an entry cannot be another voice of itself")

        def run(session: Session) -> GroupView:
            row = self._entry(session, entry_id, lock=True)
            if row.recorded_by_id != self._actor.user_id:
                self._require_triage("group voices")
            other = self._entry(session, like, lock=True)
            if other.group_id is not None:
                group = self._group(session, other.group_id)
            else:
                title = (other.summary or " ".join(other.text.split()))[:120]
                group = IssueGroup(
                    uuid=str(uuidlib.uuid4()), title=title, description="",
                    created_by_id=self._actor.user_id, created_at=self._clock(),
                )
                session.add(group)
                session.flush()
                audit_chain.append(
                    session, self._actor.username, "group.create", "issue_group", group.id,
                    {"title": title, "description": ""},
                )
            self._attach(session, group, (EntryId(other.id), EntryId(row.id)))
            return self._group_view(session, group)

        return self._db.write(run)

    def detach(self, entry_ids: Iterable[EntryId]) -> None:
        """Take entries out of their group; each is again exactly the entry it was."""
        self._require_triage("group voices")
        ids = tuple(dict.fromkeys(entry_ids))

        def run(session: Session) -> None:
            for entry_id in ids:
                row = self._entry(session, entry_id, lock=True)
                if row.group_id is None:
                    continue
                old = row.group_id
                row.group_id = None
                self._save(session, row, "entry.ungroup", {"from": old})

        self._db.write(run)

    def get(self, group_id: GroupId) -> GroupView:
        return self._db.read(lambda s: self._group_view(s, self._group(s, group_id)))

    def list(self) -> tuple[GroupView, ...]:
        return self._db.read(
            lambda s: tuple(
                self._group_view(s, g) for g in s.scalars(select(IssueGroup).order_by(IssueGroup.id))
            )
        )

    def _group(self, session: Session, group_id: int) -> IssueGroup:
        group = session.get(IssueGroup, group_id)
        if group is None:
            raise NotFound("issue group", group_id)
        return group

    def _attach(self, session: Session, group: IssueGroup, ids: tuple[EntryId, ...]) -> None:
        for entry_id in ids:
            row = self._entry(session, entry_id, lock=True)
            if row.group_id == group.id:
                continue
            old = row.group_id
            row.group_id = group.id
            self._save(session, row, "entry.group", {"from": old, "to": group.id})

    def _group_view(self, session: Session, group: IssueGroup) -> GroupView:
        session.flush()
        members = session.execute(
            select(Entry.id, Entry.speaker_type, Entry.country, Entry.protection)
            .where(Entry.group_id == group.id)
            .order_by(Entry.recorded_at, Entry.id)
        ).all()
        if any(m.protection for m in members) and not self._actor.has("protection"):
            members = [m for m in members if not m.protection]
        by_type = Counter(m.speaker_type for m in members)
        by_country = Counter(m.country or "" for m in members)
        return GroupView(
            id=GroupId(group.id),
            uuid=group.uuid,
            title=group.title,
            description=group.description,
            voices=len(members),
            by_speaker_type=tuple(sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0]))),
            by_country=tuple(sorted(by_country.items(), key=lambda kv: (-kv[1], kv[0]))),
            entry_ids=tuple(EntryId(m.id) for m in members),
            version=group.version,
        )
