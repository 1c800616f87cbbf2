"""Who may do what: one table, checked by every service call. Anything not in it is denied.

Roles (an account may hold several):

- ``recorder`` — records what is said at the symposium, corrects or takes back its own entries;
- ``supervisor`` — triages: case states, tiers, due dates, answers, groups, tags, links, notes;
- ``protection`` — the protection officer: sees and works protection cases (violence, trafficking…);
- ``leadership`` — the leadership viewer: reads lists, trends and exports the strategy summary;
- ``admin`` — accounts, roles, reference lists, the audit chain; holds every other permission too.

The GUI asks ``allowed`` to hide what a user cannot do, but that is convenience only: the services
check again (``ServiceBase._require``), so a forbidden call fails whatever the window showed.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from enum import StrEnum
from typing import Any, TypeVar

ROLES = ("recorder", "supervisor", "protection", "leadership", "admin")


class Action(StrEnum):
    # reading
    ENTRY_READ = "entry.read"  # lists, search, an entry, its links and tags, counts
    STATS_READ = "stats.read"  # counters, trends, the dashboard
    CATALOG_READ = "catalog.read"  # events, sessions, reference lists, holidays, SLA tiers
    PROTECTION_READ = "protection.read"  # protection cases appear at all
    HISTORY_READ = "history.read"  # an entry's audit history
    USER_LIST = "user.list"  # account names and roles (who is assigned, who changed what)
    VIEW_USE = "view.use"  # own saved views of the triage list
    # recording
    ENTRY_RECORD = "entry.record"
    ENTRY_CORRECT = "entry.correct"  # correct what was recorded (own entries; triage: any)
    ENTRY_RETRACT = "entry.retract"  # take back an entry just recorded (own; admin: any)
    SESSION_CREATE = "session.create"  # a panel that was not planned
    IDENTITY_RECORD = "identity.record"  # who said it, with consent
    NOTE_ADD = "note.add"  # a note on an entry (and removing one's own)
    # triage
    CASE_TRIAGE = "case.triage"  # state, assignee, tier, due date, answer, notes, restore, bulk
    GROUP_MANAGE = "group.manage"  # issue groups (many voices, one issue)
    RELATION_MANAGE = "relation.manage"  # tags and links between entries
    VIEW_SHARE = "view.share"  # saved views shared with everyone
    EVENT_CREATE = "event.create"
    IDENTITY_REVEAL = "identity.reveal"  # see a speaker's name, phone, NIK…
    IDENTITY_ERASE = "identity.erase"
    DESK_MERGE = "desk.merge"  # merge an offline desk's file into this database
    ENTRY_IMPORT = "entry.import"  # import a spreadsheet (CSV/XLSX) of entries
    # output
    REPORT_EXPORT = "report.export"  # the leadership strategy summary
    ENTRY_EXPORT = "entry.export"  # a list of entries as a spreadsheet (CSV/XLSX)
    IDENTITY_EXPORT = "identity.export"  # … with the speakers' personal data in it
    # administration
    CATALOG_MANAGE = "catalog.manage"  # reference lists, holidays, SLA tier rules
    USER_MANAGE = "user.manage"  # create accounts, roles, passwords, disable
    AUDIT_VERIFY = "audit.verify"  # check that the audit chain is unbroken
    AUDIT_ALL = "audit.all"  # read any entry's history, even of a taken-back entry
    ENTRY_RETRACT_ANY = "entry.retract_any"  # take back an entry somebody else recorded
    OWN_PASSWORD = "account.password"  # change one's own password


_ALL = frozenset(ROLES)
_WORKERS = frozenset({"recorder", "supervisor", "protection", "admin"})
_TRIAGE = frozenset({"supervisor", "protection", "admin"})
_ADMIN = frozenset({"admin"})

PERMISSIONS: dict[Action, frozenset[str]] = {
    Action.ENTRY_READ: _ALL,
    Action.STATS_READ: _ALL,
    Action.CATALOG_READ: _ALL,
    Action.PROTECTION_READ: frozenset({"protection", "admin"}),
    Action.HISTORY_READ: _ALL,
    Action.USER_LIST: _ALL,
    Action.VIEW_USE: _ALL,
    Action.ENTRY_RECORD: _WORKERS,
    Action.ENTRY_CORRECT: _WORKERS,
    Action.ENTRY_RETRACT: _WORKERS,
    Action.SESSION_CREATE: _WORKERS,
    Action.IDENTITY_RECORD: _WORKERS,
    Action.NOTE_ADD: _WORKERS,
    Action.CASE_TRIAGE: _TRIAGE,
    Action.GROUP_MANAGE: _TRIAGE,
    Action.RELATION_MANAGE: _TRIAGE,
    Action.VIEW_SHARE: frozenset({"supervisor", "admin"}),
    Action.EVENT_CREATE: frozenset({"supervisor", "admin"}),
    Action.IDENTITY_REVEAL: _TRIAGE,
    Action.IDENTITY_ERASE: frozenset({"supervisor", "admin"}),
    Action.DESK_MERGE: frozenset({"supervisor", "admin"}),
    Action.ENTRY_IMPORT: frozenset({"supervisor", "admin"}),
    Action.REPORT_EXPORT: frozenset({"supervisor", "protection", "leadership", "admin"}),
    Action.ENTRY_EXPORT: frozenset({"supervisor", "protection", "leadership", "admin"}),
    Action.IDENTITY_EXPORT: frozenset({"supervisor", "admin"}),
    Action.CATALOG_MANAGE: _ADMIN,
    Action.USER_MANAGE: _ADMIN,
    Action.AUDIT_VERIFY: frozenset({"supervisor", "protection", "leadership", "admin"}),
    Action.AUDIT_ALL: _ADMIN,
    Action.ENTRY_RETRACT_ANY: _ADMIN,
    Action.OWN_PASSWORD: _ALL,
}


def allowed(roles: frozenset[str] | set[str], action: Action | str) -> bool:
    """True when one of ``roles`` may do ``action``; unknown actions and roles are denied."""
    try:
        permitted = PERMISSIONS[Action(action)]
    except (ValueError, KeyError):
        return False
    return not permitted.isdisjoint(roles)


def check_roles(roles: frozenset[str] | set[str]) -> frozenset[str]:
    """The roles, validated (an unknown role is a typo, not a silent no-op)."""
    from .errors import ValidationError

    unknown = sorted(set(roles) - set(ROLES))
    if unknown:
        raise ValidationError(
            "roles", f"unknown role {', '.join(unknown)}; the roles are {', '.join(ROLES)}"
        )
    return frozenset(roles)


F = TypeVar("F", bound=Callable[..., Any])

DESCRIPTIONS: dict[Action, str] = {
    Action.ENTRY_READ: "read entries", Action.STATS_READ: "read counts and trends",
    Action.CATALOG_READ: "read events and reference lists",
    Action.PROTECTION_READ: "see protection cases", Action.HISTORY_READ: "read the change history",
    Action.USER_LIST: "list accounts", Action.VIEW_USE: "use saved views",
    Action.ENTRY_RECORD: "record entries", Action.ENTRY_CORRECT: "correct entries",
    Action.ENTRY_RETRACT: "take back entries", Action.SESSION_CREATE: "add sessions",
    Action.IDENTITY_RECORD: "record who spoke", Action.NOTE_ADD: "add notes", Action.CASE_TRIAGE: "triage cases",
    Action.GROUP_MANAGE: "group voices", Action.RELATION_MANAGE: "tag or link entries",
    Action.VIEW_SHARE: "change shared views", Action.EVENT_CREATE: "create events",
    Action.IDENTITY_REVEAL: "see personal data", Action.IDENTITY_ERASE: "erase personal data",
    Action.DESK_MERGE: "merge an offline desk", Action.REPORT_EXPORT: "export the summary",
    Action.ENTRY_IMPORT: "import a spreadsheet", Action.ENTRY_EXPORT: "export a list",
    Action.IDENTITY_EXPORT: "export personal data",
    Action.CATALOG_MANAGE: "change reference lists", Action.USER_MANAGE: "manage accounts",
    Action.AUDIT_VERIFY: "check the audit log", Action.AUDIT_ALL: "read the whole audit log",
    Action.ENTRY_RETRACT_ANY: "take back another person's entry",
    Action.OWN_PASSWORD: "change the password",
}


#: What a stale log-in must not do: before these, the account is read again (roles, disabled).
#: Reads use the roles of the log-in (a desk refreshes them on the live notice).
FRESH_CHECK = frozenset(Action) - {
    Action.ENTRY_READ, Action.STATS_READ, Action.CATALOG_READ, Action.PROTECTION_READ,
    Action.HISTORY_READ, Action.USER_LIST, Action.VIEW_USE, Action.AUDIT_VERIFY,
}


def require(actor: Any, action: Action) -> None:
    """Raise ``PermissionDenied`` unless ``actor`` may do ``action``."""
    if not allowed(actor.roles, action):
        from .errors import PermissionDenied

        raise PermissionDenied(actor.username, DESCRIPTIONS.get(action, str(action)))


def requires(action: Action) -> Callable[[F], F]:
    """Mark a service method with the action it performs; the call is refused before it runs
    when the service's actor may not (``tests/core/test_permissions.py`` checks that every
    public service method carries one)."""

    def wrap(fn: F) -> F:
        @functools.wraps(fn)
        def checked(self: Any, *args: Any, **kwargs: Any) -> Any:
            require(self._actor, action)
            if action in FRESH_CHECK:
                from .accounts import current_actor

                require(current_actor(self._db, self._actor), action)
            return fn(self, *args, **kwargs)

        checked.__requires__ = action  # type: ignore[attr-defined]
        return checked  # type: ignore[return-value]

    return wrap
