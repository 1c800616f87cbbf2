"""Each kind of item has its own lifecycle (DOMAIN.md, "Item kind").

complaint → a case with an SLA; suggestion → a recommendation; question → answered;
appreciation → analytics only; commitment → an action item. This module knows the states,
the allowed moves and which moves need a reason; it knows nothing of storage.
"""

from __future__ import annotations

from .errors import DeskError

STATUSES: dict[str, tuple[str, ...]] = {
    "complaint": ("new", "triaged", "in_progress", "waiting_worker", "waiting_overseas",
                  "resolved", "closed"),
    "suggestion": ("received", "under_study", "adopted", "partly_adopted", "declined",
                   "implemented"),
    "question": ("new", "answered"),
    "appreciation": ("noted",),
    "commitment": ("open", "in_progress", "done", "cancelled"),
}

STATUS_LABELS: dict[str, tuple[str, str]] = {
    "new": ("New", "Baru"),
    "triaged": ("Triaged", "Terpilah"),
    "in_progress": ("In progress", "Sedang diproses"),
    "waiting_worker": ("Waiting on the worker", "Menunggu pekerja"),
    "waiting_overseas": ("Waiting on an overseas party", "Menunggu pihak luar negeri"),
    "resolved": ("Resolved", "Selesai ditangani"),
    "closed": ("Closed", "Ditutup"),
    "received": ("Received", "Diterima"),
    "under_study": ("Under study", "Sedang dikaji"),
    "adopted": ("Adopted", "Diterima untuk dilaksanakan"),
    "partly_adopted": ("Partly adopted", "Diterima sebagian"),
    "declined": ("Declined", "Tidak diterima"),
    "implemented": ("Implemented", "Sudah dilaksanakan"),
    "answered": ("Answered", "Terjawab"),
    "noted": ("Noted", "Dicatat"),
    "open": ("Open", "Terbuka"),
    "done": ("Done", "Selesai"),
    "cancelled": ("Cancelled", "Dibatalkan"),
}

_WAITING = ("waiting_worker", "waiting_overseas")
_MOVES: dict[str, dict[str, tuple[str, ...]]] = {
    "complaint": {
        "new": ("triaged", "in_progress", "closed"),
        "triaged": ("in_progress", *_WAITING, "resolved", "closed"),
        "in_progress": (*_WAITING, "resolved"),
        "waiting_worker": ("in_progress", "resolved", "waiting_overseas"),
        "waiting_overseas": ("in_progress", "resolved", "waiting_worker"),
        "resolved": ("closed", "in_progress"),
        "closed": ("in_progress",),
    },
    "suggestion": {
        "received": ("under_study", "declined"),
        "under_study": ("adopted", "partly_adopted", "declined"),
        "adopted": ("implemented",),
        "partly_adopted": ("implemented",),
        "declined": ("under_study",),
        "implemented": (),
    },
    "question": {"new": ("answered",), "answered": ("new",)},
    "appreciation": {"noted": ()},
    "commitment": {
        "open": ("in_progress", "done", "cancelled"),
        "in_progress": ("done", "cancelled"),
        "done": ("in_progress",),
        "cancelled": ("open",),
    },
}
_REOPENS: dict[str, frozenset[tuple[str, str]]] = {
    "complaint": frozenset({("resolved", "in_progress"), ("closed", "in_progress")}),
    "suggestion": frozenset({("declined", "under_study")}),
    "question": frozenset({("answered", "new")}),
    "appreciation": frozenset(),
    "commitment": frozenset({("done", "in_progress"), ("cancelled", "open")}),
}
OPEN_STATUSES: dict[str, frozenset[str]] = {
    "complaint": frozenset({"new", "triaged", "in_progress", *_WAITING}),
    "suggestion": frozenset({"received", "under_study", "adopted", "partly_adopted"}),
    "question": frozenset({"new"}),
    "appreciation": frozenset(),
    "commitment": frozenset({"open", "in_progress"}),
}
WAITING_STATUSES: dict[str, frozenset[str]] = {
    kind: frozenset(_WAITING) if kind == "complaint" else frozenset() for kind in STATUSES
}
_RESOLUTIONS: dict[str, frozenset[str]] = {
    "complaint": frozenset({"resolved", "closed"}),
    "suggestion": frozenset({"adopted", "partly_adopted", "declined", "implemented"}),
    "question": frozenset({"answered"}),
    "appreciation": frozenset(),
    "commitment": frozenset({"done", "cancelled"}),
}


class IllegalTransition(DeskError):
    """The item's lifecycle does not allow this move."""

    def __init__(self, kind: str, from_status: str, to_status: str) -> None:
        allowed = ", ".join(sorted(_MOVES.get(kind, {}).get(from_status, ()))) or "none"
        super().__init__(
            f"a {kind} cannot move from {from_status!r} to {to_status!r} (allowed: {allowed})"
        )
        self.kind = kind
        self.from_status = from_status
        self.to_status = to_status


class ReasonRequired(DeskError):
    """The move needs an answer or a reason, and none was given."""

    def __init__(self, kind: str, to_status: str) -> None:
        super().__init__(f"moving a {kind} to {to_status!r} needs an answer or a reason")
        self.kind = kind
        self.to_status = to_status


def _check_kind(kind: str) -> None:
    if kind not in STATUSES:
        raise ValueError(f"unknown item kind {kind!r}")


def _check_status(kind: str, status: str) -> None:
    _check_kind(kind)
    if status not in STATUSES[kind]:
        raise ValueError(f"{status!r} is not a state of a {kind}")


def initial_status(kind: str) -> str:
    _check_kind(kind)
    return STATUSES[kind][0]


def allowed_transitions(kind: str, status: str) -> frozenset[str]:
    _check_status(kind, status)
    return frozenset(_MOVES[kind][status])


def requires_reason(kind: str, from_status: str, to_status: str) -> bool:
    if kind == "complaint":
        return to_status == "resolved" or (
            to_status == "closed" and from_status in ("new", "triaged")
        )
    if kind == "suggestion":
        return to_status in ("declined", "adopted", "partly_adopted")
    if kind == "question":
        return to_status == "answered"
    if kind == "commitment":
        return to_status == "cancelled"
    return False


def check_transition(
    kind: str, from_status: str, to_status: str, *, reason: str | None = None
) -> None:
    """Raise ``IllegalTransition`` or ``ReasonRequired`` unless the move is allowed."""
    _check_status(kind, from_status)
    if to_status not in _MOVES[kind][from_status]:
        raise IllegalTransition(kind, from_status, to_status)
    if requires_reason(kind, from_status, to_status) and not (reason and reason.strip()):
        raise ReasonRequired(kind, to_status)


def is_waiting(kind: str, status: str) -> bool:
    """The SLA clock is paused (waiting on the worker or an overseas party)."""
    return status in WAITING_STATUSES.get(kind, frozenset())


def is_open(kind: str, status: str) -> bool:
    """Still needs work: counts for the backlog and can be overdue."""
    return status in OPEN_STATUSES.get(kind, frozenset())


def is_reopen(kind: str, from_status: str, to_status: str) -> bool:
    return (from_status, to_status) in _REOPENS.get(kind, frozenset())


def is_resolution(kind: str, status: str) -> bool:
    """Counts as an outcome for SLA compliance."""
    return status in _RESOLUTIONS.get(kind, frozenset())
