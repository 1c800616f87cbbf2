"""Links between entries (duplicate of, related to, follow-up of) and free tags."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import CursorResult, delete, or_, select
from sqlalchemy.orm import Session

from ..db import audit_chain
from ..db.models import EntryLink, EntryTag, Tag, User
from ..dto import LinkView
from ..errors import NotFound, ValidationError
from ..ids import EntryId
from ..permissions import Action, requires
from .base import ServiceBase

LINK_KINDS = frozenset({"duplicate", "related", "follow_up"})
MAX_TAG = 64


def clean_tag(name: str) -> str:
    tag = " ".join(name.replace("\x00", "").split()).casefold()
    if not tag or len(tag) > MAX_TAG:
        raise ValidationError("tag", f"a tag of 1 to {MAX_TAG} characters is required")
    return tag


class RelationService(ServiceBase):
    @requires(Action.RELATION_MANAGE)
    def link(self, source: EntryId, target: EntryId, kind: str = "related") -> LinkView:
        if kind not in LINK_KINDS:
            raise ValidationError("link", f"unknown link kind {kind!r}")
        if source == target:
            raise ValidationError("link", "an entry cannot be linked to itself")

        def run(session: Session) -> LinkView:
            self._entry(session, source)
            self._entry(session, target)
            existing = session.scalars(select(EntryLink).where(
                EntryLink.source_id == source, EntryLink.target_id == target,
                EntryLink.kind == kind,
            )).one_or_none()
            if existing is None:
                existing = EntryLink(
                    source_id=source, target_id=target, kind=kind,
                    created_by_id=self._actor.user_id, created_at=self._clock(),
                )
                session.add(existing)
                session.flush()
                audit_chain.append(
                    session, self._actor.username, "entry.link", "entry", source,
                    {"target": target, "kind": kind},
                )
            return LinkView(source, target, kind, self._actor.username, existing.created_at)

        return self._db.write(run)

    @requires(Action.RELATION_MANAGE)
    def unlink(self, source: EntryId, target: EntryId, kind: str) -> None:
        def run(session: Session) -> None:
            self._entry(session, source)
            gone = cast(CursorResult[Any], session.execute(delete(EntryLink).where(
                EntryLink.source_id == source, EntryLink.target_id == target,
                EntryLink.kind == kind,
            ))).rowcount
            if not gone:
                raise NotFound("link", (source, target, kind))
            audit_chain.append(
                session, self._actor.username, "entry.unlink", "entry", source,
                {"target": target, "kind": kind},
            )

        self._db.write(run)

    @requires(Action.ENTRY_READ)
    def links(self, entry_id: EntryId) -> tuple[LinkView, ...]:
        """Links from and to ``entry_id`` (only to entries the caller may see)."""
        def run(session: Session) -> tuple[LinkView, ...]:
            self._entry(session, entry_id)
            rows = session.execute(
                select(EntryLink.source_id, EntryLink.target_id, EntryLink.kind, User.username,
                       EntryLink.created_at)
                .join(User, User.id == EntryLink.created_by_id)
                .where(or_(EntryLink.source_id == entry_id, EntryLink.target_id == entry_id))
                .order_by(EntryLink.id)
            )
            out = []
            for s, t, k, u, c in rows:
                other = t if s == entry_id else s
                try:
                    self._entry(session, other)
                except NotFound:
                    continue
                out.append(LinkView(EntryId(s), EntryId(t), k, u, c))
            return tuple(out)

        return self._db.read(run)

    @requires(Action.RELATION_MANAGE)
    def tag(self, entry_id: EntryId, name: str) -> tuple[str, ...]:
        tag = clean_tag(name)

        def run(session: Session) -> tuple[str, ...]:
            self._entry(session, entry_id)
            self.add_tag(session, entry_id, tag)
            return self._tags(session, entry_id)

        return self._db.write(run)

    @requires(Action.RELATION_MANAGE)
    def untag(self, entry_id: EntryId, name: str) -> tuple[str, ...]:
        tag = clean_tag(name)

        def run(session: Session) -> tuple[str, ...]:
            self._entry(session, entry_id)
            self.remove_tag(session, entry_id, tag)
            return self._tags(session, entry_id)

        return self._db.write(run)

    def add_tag(self, session: Session, entry_id: int, tag: str) -> bool:
        """Inside a write: tag a visible entry with a cleaned tag; audited. False: it had it."""
        tag_id = session.scalar(select(Tag.id).where(Tag.name == tag))
        if tag_id is None:
            row = Tag(name=tag)
            session.add(row)
            session.flush()
            tag_id = row.id
        if session.get(EntryTag, (entry_id, tag_id)) is not None:
            return False
        session.add(EntryTag(entry_id=entry_id, tag_id=tag_id))
        session.flush()
        audit_chain.append(
            session, self._actor.username, "entry.tag", "entry", entry_id, {"tag": tag}
        )
        return True

    def remove_tag(self, session: Session, entry_id: int, tag: str) -> bool:
        """Inside a write: take a cleaned tag off a visible entry; audited. False: it had none."""
        tag_id = session.scalar(select(Tag.id).where(Tag.name == tag))
        if tag_id is None:
            return False
        gone = cast(CursorResult[Any], session.execute(delete(EntryTag).where(
            EntryTag.entry_id == entry_id, EntryTag.tag_id == tag_id
        ))).rowcount
        if not gone:
            return False
        audit_chain.append(
            session, self._actor.username, "entry.untag", "entry", entry_id, {"tag": tag}
        )
        return True

    def _tags(self, session: Session, entry_id: int) -> tuple[str, ...]:
        return tuple(session.scalars(
            select(Tag.name).join(EntryTag, EntryTag.tag_id == Tag.id)
            .where(EntryTag.entry_id == entry_id).order_by(Tag.name)
        ))
