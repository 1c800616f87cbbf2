"""Search and list entries with filters, sorted by any column, a page at a time."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..db import queries
from ..dto import EntryQuery, EntryRow, Page, PageRequest
from .base import ServiceBase


class SearchService(ServiceBase):
    def search(self, query: EntryQuery, page: PageRequest = PageRequest()) -> Page[EntryRow]:
        """One page of entries matching ``query``. Any text is safe: it is never query syntax."""

        def run(session: Session) -> Page[EntryRow]:
            self._check_query(session, query)
            stmt, keyset = queries.page_select(
                self._db.dialect, query, page, today=self._today(),
                see_protection=self._actor.has("protection"),
            )
            if stmt is None:
                return Page((), None)
            rows = session.execute(stmt).all()
            offset = 0
            if page.after and not keyset:
                offset = int(queries.decode_cursor(page.after, page)[0])
            cursor = queries.next_cursor(page, rows, keyset, offset)
            width = len(queries.LIST_COLUMNS)
            return Page(tuple([EntryRow._make(row[:width]) for row in rows[: page.limit]]), cursor)

        return self._db.read(run)

    def count(self, query: EntryQuery) -> int:
        def run(session: Session) -> int:
            self._check_query(session, query)
            stmt = queries.count_select(
                self._db.dialect, query, today=self._today(),
                see_protection=self._actor.has("protection"),
            )
            return 0 if stmt is None else int(session.execute(stmt).scalar_one())

        return self._db.read(run)
