"""The API the GUI and the CLI both use. Every call returns frozen DTOs, never ORM objects.

``Services.login(db, "ani", password)`` gives one object per service, all acting as that user
(``core/accounts.py`` checks the password). ``Services.resume`` is for a desk that has logged in
and opens its database again; ``Services.connect`` provisions an account without a password and
is for tests, benchmarks and scripts that own the database. Every service method checks the
permission table (``core/permissions.py``) before it runs.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from ..accounts import authenticate, resume
from ..db.engine import Database
from ..db.types import utcnow
from ..dto import Actor
from .accounts import AccountService
from .audit import AuditService
from .base import DEFAULT_TIMEZONE
from .cases import CaseService
from .catalog import CalendarService, CatalogService, ensure_user
from .entries import EntryService
from .groups import GroupService
from .interchange import InterchangeService
from .people import PeopleService
from .relations import RelationService
from .reports import ReportService
from .search import SearchService
from .stats import StatsService
from .trends import TrendsService
from .views import ViewService


class Services:
    """The composition of all services for one database, one user, one clock."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        *,
        clock: Callable[[], datetime] = utcnow,
        timezone: str = DEFAULT_TIMEZONE,
    ) -> None:
        self.db = db
        self.actor = actor
        self.catalog = CatalogService(db, actor, clock)
        self.accounts = AccountService(db, actor, clock, timezone)
        self.calendar = CalendarService(db, actor)
        args = (db, actor, clock, timezone)
        self.entries = EntryService(*args)
        self.cases = CaseService(*args)
        self.relations = RelationService(*args)
        self.groups = GroupService(*args)
        self.search = SearchService(*args)
        self.stats = StatsService(*args)
        self.trends = TrendsService(*args)
        self.reports = ReportService(*args)
        self.audit = AuditService(*args)
        self.people = PeopleService(*args)
        self.views = ViewService(*args)
        self.interchange = InterchangeService(*args)

    @classmethod
    def connect(
        cls,
        db: Database,
        username: str,
        *,
        roles: str = "recorder",
        clock: Callable[[], datetime] = utcnow,
        timezone: str = DEFAULT_TIMEZONE,
        first_is_admin: bool = False,
    ) -> Services:
        """Services acting as ``username`` (the account is created with ``roles`` if new)."""
        actor = ensure_user(db, username, roles=roles, first_is_admin=first_is_admin)
        return cls(db, actor, clock=clock, timezone=timezone)

    @classmethod
    def login(
        cls,
        db: Database,
        username: str,
        password: str,
        *,
        clock: Callable[[], datetime] = utcnow,
        timezone: str = DEFAULT_TIMEZONE,
    ) -> Services:
        """Services acting as ``username`` once its password is right (``AuthenticationFailed``,
        ``AccountLocked`` or ``AccountDisabled`` otherwise)."""
        actor = authenticate(db, username, password, clock=clock)
        return cls(db, actor, clock=clock, timezone=timezone)

    @classmethod
    def resume(
        cls,
        db: Database,
        username: str,
        *,
        clock: Callable[[], datetime] = utcnow,
        timezone: str = DEFAULT_TIMEZONE,
    ) -> Services:
        """Services for an account that already logged in on this desk (still active)."""
        return cls(db, resume(db, username), clock=clock, timezone=timezone)


__all__ = ["Services", "ensure_user"]
