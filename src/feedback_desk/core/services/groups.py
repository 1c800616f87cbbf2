"""Many voices, one issue: group entries without absorbing them; undo by detaching or by
putting each entry back where it was (``regroup``)."""

from __future__ import annotations

import uuid as uuidlib
from collections import Counter
from collections.abc import Iterable, Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db import audit_chain
from ..db.models import Entry, IssueGroup
from ..dto import EntryView, GroupView
from ..errors import ConflictError, NotFound, ValidationError
from ..ids import EntryId, GroupId
from ..permissions import Action, requires
from .base import ServiceBase, clean_text


class GroupService(ServiceBase):
    @requires(Action.GROUP_MANAGE)
    def create(
        self, title: str, entry_ids: Iterable[EntryId] = (), *, description: str = ""
    ) -> GroupView:
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

    @requires(Action.GROUP_MANAGE)
    def attach(self, group_id: GroupId, entry_ids: Iterable[EntryId]) -> GroupView:
        ids = tuple(dict.fromkeys(entry_ids))

        def run(session: Session) -> GroupView:
            group = self._group(session, group_id)
            self._attach(session, group, ids)
            return self._group_view(session, group)

        return self._db.write(run)

    @requires(Action.ENTRY_RECORD)
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
                self._require(Action.GROUP_MANAGE)
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

    @requires(Action.GROUP_MANAGE)
    def detach(self, entry_ids: Iterable[EntryId]) -> None:
        """Take entries out of their group; each is again exactly the entry it was."""
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

    @requires(Action.GROUP_MANAGE)
    def regroup(
        self, mapping: Mapping[EntryId, GroupId | None], *,
        expected: Mapping[EntryId, int] | None = None,
    ) -> tuple[EntryView, ...]:
        """Put each entry in the group given (None: in none), in one transaction — the undo of
        grouping and ungrouping. With ``expected`` (entry id → version read) an entry changed
        meanwhile raises ``ConflictError`` and nothing is moved. Returns the changed entries."""
        expected = expected or {}

        def run(session: Session) -> tuple[EntryView, ...]:
            for target in {g for g in mapping.values() if g is not None}:
                self._group(session, target)  # NotFound before anything moves
            changed = []
            for entry_id, group_id in mapping.items():
                if entry_id in expected:
                    row = self._entry_for_update(session, entry_id, expected[entry_id])
                else:
                    row = self._entry(session, entry_id, lock=True)
                if row.group_id == group_id:
                    continue
                old = row.group_id
                row.group_id = group_id
                if group_id is None:
                    self._save(session, row, "entry.ungroup", {"from": old})
                else:
                    self._save(session, row, "entry.group", {"from": old, "to": group_id})
                changed.append(self._view(session, row))
            return tuple(changed)

        return self._db.write(run)

    @requires(Action.GROUP_MANAGE)
    def remove(self, group_id: GroupId) -> None:
        """Delete an empty group (the undo of creating it); a group with voices stays."""

        def run(session: Session) -> None:
            group = self._group(session, group_id, lock=True)
            members = session.scalar(
                select(func.count()).select_from(Entry).where(Entry.group_id == group.id)
            )
            if members:
                raise ValidationError(
                    "group", f"only an empty issue group can be removed; {members} entries are in it"
                )
            title, description = group.title, group.description
            session.delete(group)
            session.flush()
            audit_chain.append(
                session, self._actor.username, "group.remove", "issue_group", group_id,
                {"title": title, "description": description},
            )

        self._db.write(run)

    @requires(Action.GROUP_MANAGE)
    def rename(
        self, group_id: GroupId, expected_version: int, title: str,
        description: str | None = None,
    ) -> GroupView:
        """Change a group's title (and description, unless None); ``ConflictError`` when
        somebody changed the group since it was read."""
        clean = clean_text(title, "title", required=True, limit=300)
        desc = (
            None if description is None
            else clean_text(description, "description", required=False, limit=20_000) or ""
        )

        def run(session: Session) -> GroupView:
            group = self._group(session, group_id, lock=True)
            if group.version != expected_version:
                raise ConflictError(
                    "issue group", group_id, expected_version, group.version, None, None
                )
            old = {"title": group.title, "description": group.description}
            group.title = clean or group.title
            if desc is not None:
                group.description = desc
            new = {"title": group.title, "description": group.description}
            if new != old:
                session.flush()
                audit_chain.append(
                    session, self._actor.username, "group.rename", "issue_group", group.id,
                    {"from": old, "to": new},
                )
            return self._group_view(session, group)

        return self._db.write(run)

    @requires(Action.ENTRY_READ)
    def get(self, group_id: GroupId) -> GroupView:
        return self._db.read(lambda s: self._group_view(s, self._group(s, group_id)))

    @requires(Action.ENTRY_READ)
    def list(self) -> tuple[GroupView, ...]:
        return self._db.read(
            lambda s: tuple(
                self._group_view(s, g) for g in s.scalars(select(IssueGroup).order_by(IssueGroup.id))
            )
        )

    def _group(self, session: Session, group_id: int, *, lock: bool = False) -> IssueGroup:
        group = session.get(IssueGroup, group_id, with_for_update=lock or None)
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
        if any(m.protection for m in members) and not self._actor.can(Action.PROTECTION_READ):
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
