"""Bulk actions: one step per entry inside the caller's single write transaction; entries that
cannot take the step are reported and skipped, the rest go on."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .. import lifecycle
from ..dto import BulkResult, BulkSkip, CaseState, EntryView
from ..errors import ConflictError, NotFound, ValidationError
from ..ids import EntryId

#: What ``CaseService.bulk`` can do to a selection.
BULK_OPS = frozenset({"status", "assign", "tier", "tag", "untag"})
#: Per-entry failures a bulk action reports and goes on from.
SKIPPABLE = (
    ConflictError, NotFound, ValidationError, lifecycle.IllegalTransition, lifecycle.ReasonRequired,
)

#: One entry's step: (its state before, its view after), or None when it was already so.
#: Every check must come before any change to the row, so that a skipped entry leaves nothing
#: half-done in the shared transaction.
Step = Callable[[EntryId, int], tuple[CaseState, EntryView] | None]


def collect(items: Sequence[tuple[EntryId, int]], step: Step) -> BulkResult:
    """Run ``step`` on each (entry id, version read) once, in order; gather the outcome."""
    changed: list[EntryView] = []
    before: list[CaseState] = []
    skipped: list[BulkSkip] = []
    unchanged: list[EntryId] = []
    for entry_id, version in dict(items).items():
        try:
            done = step(entry_id, version)
        except SKIPPABLE as exc:
            skipped.append(BulkSkip(entry_id, str(exc), exc))
            continue
        if done is None:
            unchanged.append(entry_id)
        else:
            before.append(done[0])
            changed.append(done[1])
    return BulkResult(tuple(changed), tuple(skipped), tuple(unchanged), tuple(before))
