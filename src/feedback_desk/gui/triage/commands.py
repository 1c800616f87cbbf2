"""Triage actions as undoable commands.

The first redo does the action through its service; later undos and redos put back exactly the
state before or after it (``CaseService.restore``, ``GroupService.regroup``…). The ``first``,
``forward`` and ``backward`` methods run on the write thread, one after another in the order asked
for; each keeps the versions it wrote in ``versions`` (the mutable holder read by the next write)
and in the controller's ``VersionBook``, so that a write never overwrites somebody else's change:
when the entry moved on meanwhile the service raises ``ConflictError`` instead.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from ...core.dto import BulkResult, CaseState, EntryView
from ...core.errors import ConflictError
from ...core.ids import EntryId, GroupId, NoteId
from ..events import Change

if TYPE_CHECKING:
    from ...core.services import Services
    from .controller import TriageController

CASE_FIELDS = ("status", "tier", "due_date", "paused_on", "assignee", "answer", "reopen_count",
               "resolved_at", "summary")
CASE_OPS = ("status", "assign", "tier")


@dataclass(frozen=True)
class Outcome:
    """What a write did: entries to show again, the change notice, a bulk result."""

    views: tuple[EntryView, ...] = ()
    changes: tuple[Change, ...] = ()
    bulk: BulkResult | None = None


class VersionBook:
    """Per entry, the run of versions this desk's own writes produced one after another.

    A command that expects a version inside the run expects the run's last one: our own later
    writes (and their undos) are no conflict. Anything else — somebody else's write in between —
    makes the version differ, and the service raises ``ConflictError``.
    """

    def __init__(self) -> None:
        self._runs: dict[int, tuple[int, int]] = {}
        self._lock = threading.Lock()

    def expected(self, entry_id: int, version: int) -> int:
        with self._lock:
            run = self._runs.get(entry_id)
        return run[1] if run is not None and run[0] <= version <= run[1] else version

    def wrote(self, entry_id: int, expected: int, new: int) -> None:
        if new == expected:
            return
        with self._lock:
            run = self._runs.get(entry_id)
            self._runs[entry_id] = (run[0], new) if run and run[1] == expected else (expected, new)


class TriageCommand(QUndoCommand):
    """One triage action on the undo stack."""

    def __init__(
        self, controller: TriageController, text: str, action: str, mine: dict[str, Any]
    ) -> None:
        super().__init__(text)
        self.controller = controller
        self.action = action
        self.mine = mine  # what the user asked for: shown when it meets a conflict
        self.stored = False  # the first redo is in the database (set on the write thread)
        self.skip = False  # the next redo/undo only moves the stack back after a failed call
        self.versions: dict[int, int] = {}  # entry → version after our last write (write thread)

    def redo(self) -> None:
        if self.skip:
            self.skip = False
            return
        self.controller.run_command(self, undoing=False)

    def undo(self) -> None:
        if self.skip:
            self.skip = False
            return
        self.controller.run_command(self, undoing=True)

    # ---- on the write thread ----------------------------------------------------------------
    def first(self, services: Services, book: VersionBook) -> Outcome:
        raise NotImplementedError

    def forward(self, services: Services, book: VersionBook) -> Outcome:
        return self.first(services, book)

    def backward(self, services: Services, book: VersionBook) -> Outcome:
        raise NotImplementedError

    def wanted(self, undoing: bool) -> dict[str, Any]:
        """What this command was trying to write (for the conflict dialog)."""
        return dict(self.mine)

    def expect(self, book: VersionBook, entry_id: int) -> int:
        """The version to expect for an entry this command wrote before."""
        return book.expected(entry_id, self.versions[entry_id])

    def wrote(self, book: VersionBook, expected: int, view: EntryView) -> EntryView:
        book.wrote(view.id, expected, view.version)
        self.versions[view.id] = view.version
        return view


def fresh(services: Services, entry_id: EntryId, expected: int) -> EntryView:
    """The entry now, which must still be at ``expected`` (else ``ConflictError``)."""
    view = services.entries.get(entry_id)
    if view.version != expected:
        raise ConflictError("entry", entry_id, expected, view.version, view.updated_by,
                            view.updated_at)
    return view


class CaseCommand(TriageCommand):
    """Transition, assignment, tier or answer: ``call`` the first time, then restores."""

    def __init__(
        self, controller: TriageController, text: str, action: str, view: EntryView,
        mine: dict[str, Any], call: Callable[[Services, EntryId, int], EntryView],
    ) -> None:
        super().__init__(controller, text, action, mine)
        self.entry_id, self.seen = view.id, view.version
        self.call = call
        self.before: CaseState | None = None
        self.after: CaseState | None = None

    def first(self, services: Services, book: VersionBook) -> Outcome:
        expected = book.expected(self.entry_id, self.seen)
        self.before = CaseState.of(fresh(services, self.entry_id, expected))
        view = self.wrote(book, expected, self.call(services, self.entry_id, expected))
        self.after = CaseState.of(view)
        return self._outcome(view)

    def forward(self, services: Services, book: VersionBook) -> Outcome:
        assert self.after is not None
        return self._restore(services, book, self.after)

    def backward(self, services: Services, book: VersionBook) -> Outcome:
        assert self.before is not None
        return self._restore(services, book, self.before)

    def _restore(self, services: Services, book: VersionBook, state: CaseState) -> Outcome:
        expected = self.expect(book, self.entry_id)
        view = services.cases.restore(self.entry_id, expected, state)
        return self._outcome(self.wrote(book, expected, view))

    def _outcome(self, view: EntryView) -> Outcome:
        return Outcome((view,), (Change("entry", self.action, (view.id,)),))

    def wanted(self, undoing: bool) -> dict[str, Any]:
        if self.before is None or self.after is None or not self.stored:
            return dict(self.mine)
        target, other = (self.before, self.after) if undoing else (self.after, self.before)
        return {k: getattr(target, k) for k in CASE_FIELDS if getattr(target, k) != getattr(other, k)}


class EditCommand(TriageCommand):
    """Summary and classification fields, through ``EntryService.edit`` both ways."""

    def __init__(
        self, controller: TriageController, text: str, view: EntryView,
        before: dict[str, Any], after: dict[str, Any],
    ) -> None:
        super().__init__(controller, text, "edit", after)
        self.entry_id, self.seen = view.id, view.version
        self.before, self.after = before, after

    def first(self, services: Services, book: VersionBook) -> Outcome:
        return self._edit(services, book, self.after, book.expected(self.entry_id, self.seen))

    def forward(self, services: Services, book: VersionBook) -> Outcome:
        return self._edit(services, book, self.after, self.expect(book, self.entry_id))

    def backward(self, services: Services, book: VersionBook) -> Outcome:
        return self._edit(services, book, self.before, self.expect(book, self.entry_id))

    def _edit(self, services: Services, book: VersionBook, values: dict[str, Any],
              expected: int) -> Outcome:
        view = self.wrote(book, expected, services.entries.edit(self.entry_id, expected, **values))
        return Outcome((view,), (Change("entry", "edit", (view.id,)),))

    def wanted(self, undoing: bool) -> dict[str, Any]:
        return dict(self.before if undoing else self.after)


class SideCommand(TriageCommand):
    """Notes, tags and links: rows beside the entry (its version does not move).

    ``do`` performs the action and returns what to undo (None: nothing changed); ``undo_fn``
    takes that back.
    """

    def __init__(
        self, controller: TriageController, text: str, action: str, entry_ids: tuple[EntryId, ...],
        mine: dict[str, Any], do: Callable[[Services], Any],
        undo_fn: Callable[[Services, Any], None],
    ) -> None:
        super().__init__(controller, text, action, mine)
        self.entry_ids = entry_ids
        self.do, self.undo_fn = do, undo_fn
        self.token: Any = None

    def first(self, services: Services, book: VersionBook) -> Outcome:
        self.token = self.do(services)
        return self._outcome(services)

    def backward(self, services: Services, book: VersionBook) -> Outcome:
        if self.token is not None:
            self.undo_fn(services, self.token)
            self.token = None
        return self._outcome(services)

    def _outcome(self, services: Services) -> Outcome:
        view = services.entries.get(self.entry_ids[0])
        return Outcome((view,), (Change("entry", self.action, self.entry_ids),))


class GroupCommand(TriageCommand):
    """Group entries (into a new group with ``title``, or ``group_id``) or ungroup them
    (``group_id`` None, no title); undo puts each entry back in the group it had."""

    def __init__(
        self, controller: TriageController, text: str, entry_ids: Sequence[EntryId],
        title: str | None, group_id: GroupId | None,
    ) -> None:
        action = "ungroup" if title is None and group_id is None else "group"
        mine: dict[str, Any] = {"group_id": group_id} if title is None else {"group": title}
        super().__init__(controller, text, action, mine)
        self.entry_ids = tuple(dict.fromkeys(entry_ids))
        self.title, self.group_id = title, group_id
        self.before: dict[EntryId, GroupId | None] = {}
        self.moved: tuple[EntryId, ...] = ()

    def first(self, services: Services, book: VersionBook) -> Outcome:
        views = [services.entries.get(i) for i in self.entry_ids]
        self.before = {v.id: v.group_id for v in views}
        return self._into(services, book, {v.id: v.version for v in views})

    def forward(self, services: Services, book: VersionBook) -> Outcome:
        return self._into(services, book, {i: self.expect(book, i) for i in self.moved})

    def _into(self, services: Services, book: VersionBook, expected: dict[EntryId, int]) -> Outcome:
        changes = []
        if self.title is not None:  # (again, after an undo removed it): a new group
            group = services.groups.create(self.title)
            self.group_id = group.id
            changes.append(Change("group", "create", (group.id,)))
        try:
            views = services.groups.regroup({i: self.group_id for i in expected}, expected=expected)
        except BaseException:
            if self.title is not None and self.group_id is not None:
                services.groups.remove(self.group_id)  # nothing joined it: no empty group left
            raise
        self.moved = tuple(v.id for v in views)
        return self._outcome(book, expected, views, changes)

    def backward(self, services: Services, book: VersionBook) -> Outcome:
        expected = {i: self.expect(book, i) for i in self.moved}
        views = services.groups.regroup({i: self.before[i] for i in self.moved}, expected=expected)
        changes = []
        if self.title is not None and self.group_id is not None:
            services.groups.remove(self.group_id)
            changes.append(Change("group", "remove", (self.group_id,)))
        return self._outcome(book, expected, views, changes)

    def _outcome(self, book: VersionBook, expected: Mapping[EntryId, int],
                 views: tuple[EntryView, ...], changes: list[Change]) -> Outcome:
        for view in views:
            self.wrote(book, expected[view.id], view)
        groups = {g for g in (*self.before.values(), self.group_id) if g is not None}
        changes.append(Change("group", self.action, tuple(sorted(groups))))
        changes.insert(0, Change("entry", self.action, tuple(v.id for v in views)))
        return Outcome(views, tuple(changes))

    def wanted(self, undoing: bool) -> dict[str, Any]:
        if undoing:
            return {"group_id": None if not self.before else next(iter(self.before.values()))}
        return dict(self.mine)


class BulkCommand(TriageCommand):
    """One action on a selection in one transaction; undo restores the entries it changed
    (tags: takes off those it put on), skipping — and reporting — entries changed meanwhile."""

    def __init__(
        self, controller: TriageController, text: str, rows: Sequence[tuple[EntryId, int]],
        op: str, value: str | None, reason: str | None,
    ) -> None:
        super().__init__(controller, text, "bulk", {op: value})
        self.rows = tuple(rows)
        self.op, self.value, self.reason = op, value, reason
        self.before: dict[EntryId, CaseState] = {}
        self.after: dict[EntryId, CaseState] = {}
        self.targets: tuple[EntryId, ...] = ()

    def first(self, services: Services, book: VersionBook) -> Outcome:
        expected = {i: book.expected(i, v) for i, v in self.rows}
        result = services.cases.bulk(list(expected.items()), self.op, self.value, reason=self.reason)
        self.before = {v.id: s for v, s in zip(result.changed, result.before, strict=True)}
        return self._outcome(book, expected, result, first=True)

    def forward(self, services: Services, book: VersionBook) -> Outcome:
        return self._again(services, book, undoing=False)

    def backward(self, services: Services, book: VersionBook) -> Outcome:
        return self._again(services, book, undoing=True)

    def _again(self, services: Services, book: VersionBook, *, undoing: bool) -> Outcome:
        expected = {i: self.expect(book, i) for i in self.targets}
        if self.op in CASE_OPS:
            states = self.before if undoing else self.after
            result = services.cases.restore_many([(i, v, states[i]) for i, v in expected.items()])
        else:
            op = {"tag": "untag", "untag": "tag"}[self.op] if undoing else self.op
            result = services.cases.bulk(list(expected.items()), op, self.value)
        return self._outcome(book, expected, result, first=False)

    def _outcome(self, book: VersionBook, expected: Mapping[EntryId, int], result: BulkResult,
                 *, first: bool) -> Outcome:
        for view in result.changed:
            self.wrote(book, expected[view.id], view)
            if first:  # what it changed the first time is what undo and redo work on
                self.after[view.id] = CaseState.of(view)
        lost = {s.entry_id for s in result.skipped}  # changed by somebody else meanwhile
        base = [v.id for v in result.changed] if first else list(self.targets)
        self.targets = tuple(i for i in base if i not in lost)
        ids = tuple(v.id for v in result.changed)
        return Outcome(result.changed, (Change("entry", f"bulk_{self.op}", ids),), result)


def note_command(controller: TriageController, text: str, entry_id: EntryId, body: str) -> SideCommand:
    def do(services: Services) -> NoteId:
        return services.cases.add_note(entry_id, body).id

    def undo(services: Services, note_id: NoteId) -> None:
        services.cases.remove_note(note_id)

    return SideCommand(controller, text, "note", (entry_id,), {"note": body}, do, undo)
