"""Search and list entries with filters, sorted by any column, a page at a time."""

from __future__ import annotations

from sqlalchemy import Connection

from ..db import queries, similar
from ..dto import EntryQuery, EntryRow, Page, PageRequest, SimilarEntry
from ..ids import EntryId, EventId
from .base import ServiceBase


class SearchService(ServiceBase):
    def search(self, query: EntryQuery, page: PageRequest = PageRequest()) -> Page[EntryRow]:
        """One page of entries matching ``query``. Any text is safe: it is never query syntax."""

        self._check_query(query)

        def run(conn: Connection) -> Page[EntryRow]:
            stmt, keyset = queries.page_select(
                self._db.dialect, query, page, today=self._today(),
                see_protection=self._actor.has("protection"),
            )
            if stmt is None:
                return Page((), None)
            rows = conn.execute(stmt).all()
            offset = 0
            if page.after and not keyset:
                offset = int(queries.decode_cursor(page.after, page)[0])
            cursor = queries.next_cursor(page, rows, keyset, offset)
            new = tuple.__new__  # EntryRow._make without its length check: the SELECT fixes it
            if len(rows) and len(rows[0]) != len(EntryRow._fields):  # an extra sort column
                width = len(EntryRow._fields)
                return Page(tuple([new(EntryRow, r[:width]) for r in rows[: page.limit]]), cursor)
            return Page(tuple([new(EntryRow, r) for r in rows[: page.limit]]), cursor)

        return self._db.query(run)

    def count(self, query: EntryQuery) -> int:
        self._check_query(query)

        def run(conn: Connection) -> int:
            stmt = queries.count_select(
                self._db.dialect, query, today=self._today(),
                see_protection=self._actor.has("protection"),
            )
            return 0 if stmt is None else int(conn.execute(stmt).scalar_one())

        return self._db.query(run)

    def similar(
        self, text: str, event_id: EventId, *, limit: int = 5, exclude: tuple[EntryId, ...] = ()
    ) -> tuple[SimilarEntry, ...]:
        """Earlier entries of the event that share the distinctive words of ``text``, best
        first (Indonesian stems: ``klaim`` finds ``mengklaim``). Bounded work at any size."""
        if not 1 <= limit <= 50:
            raise ValueError("limit must be between 1 and 50")

        def run(conn: Connection) -> tuple[SimilarEntry, ...]:
            found = similar.similar_rows(
                conn, self._db.dialect, text, event_id=event_id, limit=limit, exclude=exclude,
                see_protection=self._actor.has("protection"),
            )
            return tuple(SimilarEntry(EntryRow._make(row), score) for row, score in found)

        return self._db.query(run)
