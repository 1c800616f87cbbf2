"""Search and list entries with filters, sorted by any column, a page at a time."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from dataclasses import replace

from sqlalchemy import Connection, func, select

from ..db import facets, fts, queries, similar
from ..db.models import Entry, User
from ..dto import ME, EntryQuery, EntryRow, Page, PageRequest, SimilarEntry
from ..errors import ValidationError
from ..ids import EntryId, EventId
from ..permissions import Action, requires
from .base import ServiceBase

#: Facet values: (value, count) pairs; the value is a code, an id, a user name ("" = nobody),
#: a bool (sensitive) or, for the deadline facet, "overdue" / "due_soon".
FacetCounts = tuple[tuple[object, int], ...]
MAX_ROWS = 1000
DENSE_SHARE = 20  # words in at least 1 entry in 20 …
DENSE_MIN_MATCHES = 2000  # … and in thousands: below that, collecting the matches is quick


class SearchService(ServiceBase):
    @requires(Action.ENTRY_READ)
    def search(self, query: EntryQuery, page: PageRequest = PageRequest()) -> Page[EntryRow]:
        """One page of entries matching ``query``. Any text is safe: it is never query syntax."""

        query = self._resolved(query)

        def run(conn: Connection) -> Page[EntryRow]:
            stmt, keyset = queries.page_select(
                self._db.dialect, query, page, today=self._today(),
                see_protection=self._actor.can(Action.PROTECTION_READ),
                dense_text=self._dense_text(conn, query, page),
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

    @requires(Action.ENTRY_READ)
    def count(self, query: EntryQuery) -> int:
        query = self._resolved(query)

        def run(conn: Connection) -> int:
            stmt = queries.count_select(
                self._db.dialect, query, today=self._today(),
                see_protection=self._actor.can(Action.PROTECTION_READ),
            )
            return 0 if stmt is None else int(conn.execute(stmt).scalar_one())

        return self._db.query(run)

    @requires(Action.ENTRY_READ)
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
                see_protection=self._actor.can(Action.PROTECTION_READ),
            )
            return tuple(SimilarEntry(EntryRow._make(row), score) for row, score in found)

        return self._db.query(run)

    @requires(Action.ENTRY_READ)
    def ids(self, query: EntryQuery, sort: str = "recorded_at", descending: bool = True) -> array[int]:
        """Every matching id in list order: what a list over a million entries holds
        (8 bytes an entry) to place any row at once, fetching the rows a page at a time."""
        query = self._resolved(query)
        stmt = queries.ids_select(
            self._db.dialect, query, sort, descending, today=self._today(),
            see_protection=self._actor.can(Action.PROTECTION_READ),
        )
        if stmt is None:
            return array("q")

        def run(conn: Connection) -> array[int]:
            return array("q", conn.execute(stmt).scalars())

        return self._db.query(run)

    @requires(Action.ENTRY_READ)
    def rows(self, ids: Sequence[int]) -> tuple[EntryRow, ...]:
        """The list rows of ``ids``, in that order; ids that are gone or hidden are left out."""
        if len(ids) > MAX_ROWS:
            raise ValidationError("ids", f"at most {MAX_ROWS} rows at a time")
        if not ids:
            return ()
        stmt = queries.rows_select(ids, see_protection=self._actor.can(Action.PROTECTION_READ))

        def run(conn: Connection) -> tuple[EntryRow, ...]:
            new = tuple.__new__
            found = {r[0]: new(EntryRow, r) for r in conn.execute(stmt)}
            return tuple(found[i] for i in ids if i in found)

        return self._db.query(run)

    @requires(Action.ENTRY_READ)
    def facets(
        self, query: EntryQuery, names: Sequence[str] = facets.FACET_NAMES,
        *, keep_going: Callable[[], bool] = lambda: True,
    ) -> dict[str, FacetCounts]:
        """Counts per value of each facet under the other filters of ``query`` (see
        ``db.facets``). ``keep_going`` is asked between facets: a list whose filter changed
        meanwhile stops paying for counts nobody will see."""
        query = self._resolved(query)
        unknown = set(names) - set(facets.FACET_NAMES)
        if unknown:
            raise ValidationError("facet", f"unknown facet {sorted(unknown)[0]!r}")
        today, see = self._today(), self._actor.can(Action.PROTECTION_READ)

        def run(conn: Connection) -> dict[str, FacetCounts]:
            out: dict[str, FacetCounts] = {}
            users: dict[int, str] | None = None
            for name in names:
                if not keep_going():
                    break
                stmt = facets.facet_select(
                    self._db.dialect, query, name, today=today, see_protection=see
                )
                if stmt is None:
                    out[name] = ()
                    continue
                rows = conn.execute(stmt).all()
                if name == facets.DEADLINE:
                    late, soon, _total = rows[0]
                    out[name] = (("overdue", int(late)), ("due_soon", int(soon)))
                    continue
                if name == "assignee":
                    if users is None:
                        users = {i: u for i, u in conn.execute(select(User.id, User.username))}
                    out[name] = tuple((users.get(v, "") if v else "", int(n)) for v, n in rows)
                    continue
                if name == "sensitive":
                    out[name] = tuple((bool(v), int(n)) for v, n in rows)
                    continue
                out[name] = tuple((v, int(n)) for v, n in rows)
            return out

        return self._db.query(run)

    def _dense_text(self, conn: Connection, query: EntryQuery, page: PageRequest) -> bool:
        """Whether the words are in so many entries (≥ 1 in 20) that walking the time index and
        checking each entry finds a page sooner than collecting every match (SQLite, lists in
        time order only: other orders read everything anyway)."""
        if not query.text.strip() or self._db.dialect != "sqlite" or page.sort not in (
            "recorded_at", "id"
        ):
            return False
        matches = fts.sqlite_match_count(conn, query.text)
        if matches < DENSE_MIN_MATCHES:
            return False
        entries = conn.execute(select(func.max(Entry.id))).scalar() or 0
        return matches * DENSE_SHARE >= entries

    def _resolved(self, query: EntryQuery) -> EntryQuery:
        """Check the query's values and put the caller's name for "@me"."""
        self._check_query(query)
        if ME in query.assignees:
            query = replace(query, assignees=tuple(
                self._actor.username if a == ME else a for a in query.assignees
            ))
        return query
