"""Reading the audit log: an entry's history and the integrity of the whole chain."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db import audit_chain
from ..db.models import AuditEvent
from ..dto import AuditCheck, AuditRecord
from ..errors import NotFound
from ..ids import EntryId
from ..permissions import Action, requires
from .base import ServiceBase


class AuditService(ServiceBase):
    @requires(Action.HISTORY_READ)
    def history(self, entry_id: EntryId) -> tuple[AuditRecord, ...]:
        """Every change to one entry, oldest first."""

        def run(session: Session) -> tuple[AuditRecord, ...]:
            try:
                self._entry(session, entry_id)  # not found / not allowed → NotFound
            except NotFound:
                if not self._actor.can(Action.AUDIT_ALL):  # an admin reads a taken-back entry's log
                    raise
            rows = session.execute(
                select(AuditEvent.id, AuditEvent.at, AuditEvent.actor, AuditEvent.action,
                       AuditEvent.entity, AuditEvent.entity_id, AuditEvent.payload)
                .where(AuditEvent.entity == "entry", AuditEvent.entity_id == entry_id)
                .order_by(AuditEvent.id)
            )
            return tuple(
                AuditRecord(i, at, actor, action, entity, eid, json.loads(p).get("data", {}))
                for i, at, actor, action, entity, eid, p in rows
            )

        return self._db.read(run)

    @requires(Action.AUDIT_VERIFY)
    def verify(self) -> AuditCheck:
        """Recompute the hash chain; the first row that does not fit is reported."""
        result = self._db.read(audit_chain.verify)
        return AuditCheck(result.ok, result.checked, result.first_bad_id, result.problem)
