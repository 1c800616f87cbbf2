"""Counts for trends and leadership: time buckets × one dimension, backlog, SLA compliance."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from ..db import queries
from ..dto import BacklogRow, CountRow, EntryQuery, SessionTally, SlaCompliance
from ..ids import SessionId
from ..permissions import Action, requires
from .base import ServiceBase, zone


class StatsService(ServiceBase):
    @requires(Action.STATS_READ)
    def counts(
        self, query: EntryQuery = EntryQuery(), *, bucket: str | None = None, by: str | None = None
    ) -> tuple[CountRow, ...]:
        """How many entries per time bucket (minute, hour, day, week; local time) and/or per
        value of one dimension (area, kind, status, speaker_type, topic, country, tier, …)."""

        self._check_query(query)

        def run(session: Session) -> tuple[CountRow, ...]:
            stmt = queries.counts_select(
                self._db.dialect, query, bucket=bucket, by=by, tz_name=self._timezone,
                today=self._today(), see_protection=self._actor.can(Action.PROTECTION_READ),
            )
            if stmt is None:
                return ()
            tz = zone(self._timezone)
            out = []
            for start, key, n in session.execute(stmt):
                moment = None
                if start is not None:
                    moment = datetime.strptime(start, "%Y-%m-%d %H:%M").replace(tzinfo=tz)
                out.append(CountRow(moment, None if key is None else str(key), int(n)))
            return tuple(out)

        return self._db.read(run)

    @requires(Action.STATS_READ)
    def session_tally(self, session_id: SessionId) -> tuple[SessionTally, ...]:
        """The live counters of the capture desk: this session's entries by area and kind."""

        def run(conn: Connection) -> tuple[SessionTally, ...]:
            rows = conn.execute(queries.session_tally_select(session_id))
            return tuple(SessionTally(area, kind, int(n)) for area, kind, n in rows)

        return self._db.query(run)

    @requires(Action.STATS_READ)
    def backlog(self) -> tuple[BacklogRow, ...]:
        """Open items by kind, state and tier, with how many are overdue."""

        def run(session: Session) -> tuple[BacklogRow, ...]:
            stmt = queries.backlog_select(self._today(), self._actor.can(Action.PROTECTION_READ))
            return tuple(
                BacklogRow(kind, status, tier, int(n), int(late))
                for kind, status, tier, n, late in session.execute(stmt)
            )

        return self._db.read(run)

    @requires(Action.STATS_READ)
    def sla_compliance(self) -> tuple[SlaCompliance, ...]:
        """Per tier: resolved on time vs late, and open items past their due date."""

        def run(session: Session) -> tuple[SlaCompliance, ...]:
            stmt = queries.sla_select(
                self._db.dialect, self._today(), self._timezone, self._actor.can(Action.PROTECTION_READ)
            )
            return tuple(
                SlaCompliance(tier, int(r or 0), int(ok or 0), int(o or 0), int(late or 0))
                for tier, r, ok, o, late in session.execute(stmt)
            )

        return self._db.read(run)
