"""The permission table: every role × action cell through the real service API, on both backends.

The expected matrix is written out here by hand, apart from ``core/permissions.py``: changing who
may do what needs both edits. Each action has a probe that calls a service method needing exactly
that action; an allowed probe must succeed (and, for a change, add to the audit log), a denied one
must raise ``PermissionDenied`` (or, for what is hidden rather than refused, ``NotFound``).
"""

from __future__ import annotations

import inspect
import itertools
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from feedback_desk.core.db.engine import Database, open_database
from feedback_desk.core.db.models import AuditEvent
from feedback_desk.core.dto import Actor, EntryQuery, NewEntry, NewIdentity
from feedback_desk.core.errors import NotFound, PermissionDenied
from feedback_desk.core.ids import UserId
from feedback_desk.core.permissions import PERMISSIONS, ROLES, Action, allowed
from feedback_desk.core.reports.options import ReportOptions
from feedback_desk.core.services import Services

from ..support.pg_server import PgServer

R, S, P, L, A = "recorder", "supervisor", "protection", "leadership", "admin"
EVERYONE = {R, S, P, L, A}
WORKERS = {R, S, P, A}
TRIAGE = {S, P, A}
EXPECTED: dict[Action, set[str]] = {
    Action.ENTRY_READ: EVERYONE, Action.STATS_READ: EVERYONE, Action.CATALOG_READ: EVERYONE,
    Action.PROTECTION_READ: {P, A}, Action.HISTORY_READ: EVERYONE, Action.USER_LIST: EVERYONE,
    Action.VIEW_USE: EVERYONE, Action.ENTRY_RECORD: WORKERS, Action.ENTRY_CORRECT: WORKERS,
    Action.ENTRY_RETRACT: WORKERS, Action.SESSION_CREATE: WORKERS,
    Action.IDENTITY_RECORD: WORKERS, Action.NOTE_ADD: WORKERS, Action.CASE_TRIAGE: TRIAGE,
    Action.GROUP_MANAGE: TRIAGE, Action.RELATION_MANAGE: TRIAGE, Action.VIEW_SHARE: {S, A},
    Action.EVENT_CREATE: {S, A}, Action.IDENTITY_REVEAL: TRIAGE, Action.IDENTITY_ERASE: {S, A},
    Action.DESK_MERGE: {S, A}, Action.REPORT_EXPORT: {S, P, L, A},
    Action.ENTRY_IMPORT: {S, A}, Action.ENTRY_EXPORT: {S, P, L, A}, Action.IDENTITY_EXPORT: {S, A},
    Action.CATALOG_MANAGE: {A}, Action.USER_MANAGE: {A}, Action.AUDIT_VERIFY: {S, P, L, A},
    Action.AUDIT_ALL: {A}, Action.ENTRY_RETRACT_ANY: {A}, Action.OWN_PASSWORD: EVERYONE,
}
CHANGES = {  # actions that write: an allowed call leaves an audit row
    Action.ENTRY_RECORD, Action.ENTRY_CORRECT, Action.ENTRY_RETRACT, Action.SESSION_CREATE,
    Action.IDENTITY_RECORD, Action.NOTE_ADD, Action.CASE_TRIAGE, Action.GROUP_MANAGE,
    Action.RELATION_MANAGE, Action.VIEW_SHARE, Action.EVENT_CREATE, Action.IDENTITY_REVEAL,
    Action.IDENTITY_ERASE, Action.CATALOG_MANAGE, Action.USER_MANAGE, Action.ENTRY_RETRACT_ANY,
    Action.OWN_PASSWORD, Action.REPORT_EXPORT, Action.DESK_MERGE, Action.ENTRY_IMPORT,
    Action.ENTRY_EXPORT, Action.IDENTITY_EXPORT,
}
_names = itertools.count(1)


@dataclass
class World:
    db: Database
    org: Services  # an administrator who sets things up
    event_id: Any
    protected_id: Any  # a protection case
    retracted_id: Any  # an entry that was taken back
    desk_file: Path
    users: dict[str, Services] = field(default_factory=dict)
    passwords: dict[str, str] = field(default_factory=dict)

    def entry(self, by: Services | None = None, **extra: Any) -> Any:
        new = NewEntry(event_id=self.event_id, kind="complaint", service_area="overseas",
                       text=f"Klaim belum cair {next(_names)}", country="HK", **extra)
        return (by or self.org).entries.record(new)

    def speaker(self) -> Any:
        view = self.org.entries.record(
            NewEntry(event_id=self.event_id, kind="suggestion", service_area="digital",
                     text=f"Aplikasi sering gagal {next(_names)}"),
            NewIdentity(consent_purpose="follow-up", name="Siti Canary", phone="081234567890"))
        assert view.speaker_id is not None
        return view.speaker_id

    def audit_rows(self, actor: str) -> int:
        """Audit rows written in ``actor``'s name."""
        return int(self.db.read(lambda s: s.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.actor == actor))))


def _build_world(url: str, tmp: Path) -> World:
    db = open_database(url)
    org = Services.connect(db, "org", roles="admin supervisor protection")
    event = org.catalog.create_event("Simposium PMI 2026")
    protected = org.entries.record(NewEntry(event_id=event.id, kind="complaint",
                                            service_area="overseas", topic="protection_case",
                                            text="Saya dipukul majikan"))
    gone = org.entries.record(NewEntry(event_id=event.id, kind="complaint",
                                       service_area="overseas", text="salah ketik"))
    org.entries.record(NewEntry(event_id=event.id, kind="complaint", service_area="overseas",
                                text="sesudahnya"))  # so SQLite never hands gone's id out again
    org.entries.retract(gone.id)
    desk = tmp / "offline-desk.sqlite"
    offline = open_database(f"sqlite:///{desk}")
    off = Services.connect(offline, "recorder-venue", roles="admin")
    ev = off.catalog.create_event("Simposium PMI 2026 (offline)")
    off.entries.record(NewEntry(event_id=ev.id, kind="suggestion", service_area="domestic",
                                text="Perlu loket khusus PMI"))
    offline.dispose()
    world = World(db, org, event.id, protected.id, gone.id, desk)
    for role in ROLES:
        name, password = f"p_{role}", f"sandi-{role}-2026!"
        org.accounts.create_user(name, password, frozenset({role}))
        world.users[role] = Services.login(db, name, password)
        world.passwords[role] = password
    return world


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def world(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    tmp = tmp_path_factory.mktemp("perm")
    if request.param == "sqlite":
        url = f"sqlite:///{tmp / 'perm.sqlite'}"
    else:
        server: PgServer = request.getfixturevalue("pg_server")
        url = server.create_database(f"perm_{uuid.uuid4().hex[:8]}", template="fd_template")
    built = _build_world(url, tmp)
    yield built
    built.db.dispose()


def _fresh_version(w: World, entry_id: Any) -> int:
    return int(w.org.entries.get(entry_id).version)


def _retract(w: World, s: Services) -> None:
    mine = w.entry(s if s.actor.can(Action.ENTRY_RECORD) else None)
    s.entries.retract(mine.id)


def _change_password(w: World, s: Services) -> None:
    role = next(r for r, u in w.users.items() if u is s)
    new = f"ganti-{next(_names)}-sandi!"
    s.accounts.change_password(w.passwords[role], new)
    w.passwords[role] = new


def _rename_shared(w: World, s: Services) -> None:
    view = w.org.views.save(f"bersama {next(_names)}", EntryQuery(), shared=True)
    s.views.rename(view.id, view.version, f"nama baru {next(_names)}")


def _merge(w: World, s: Services) -> None:
    from feedback_desk.core.merge import merge_desk_file

    merge_desk_file(s, w.desk_file)


def _export(w: World, s: Services) -> None:
    s.reports.query_for(ReportOptions())
    s.reports.gather(ReportOptions())


def _import(w: World, s: Services) -> None:
    sheet = w.desk_file.parent / f"impor-{next(_names)}.csv"
    sheet.write_text("waktu,acara,jenis,area_layanan,isi\n"
                     f"16/10/2025 09:42,Simposium PMI 2026,keluhan,luar negeri,Klaim {sheet.name}\n",
                     encoding="utf-8")
    s.interchange.commit(s.interchange.preview(sheet))


def _export_list(w: World, s: Services, *, personal: bool = False) -> None:
    target = w.desk_file.parent / f"daftar-{next(_names)}.csv"
    s.interchange.export(target, EntryQuery(), personal=personal)
    assert target.exists()


PROBES: dict[Action, Callable[[World, Services], Any]] = {
    Action.ENTRY_READ: lambda w, s: s.search.count(EntryQuery()),
    Action.STATS_READ: lambda w, s: s.stats.backlog(),
    Action.CATALOG_READ: lambda w, s: s.catalog.events(),
    Action.PROTECTION_READ: lambda w, s: s.entries.get(w.protected_id),
    Action.HISTORY_READ: lambda w, s: s.audit.history(w.entry().id),
    Action.USER_LIST: lambda w, s: s.accounts.users(),
    Action.VIEW_USE: lambda w, s: s.views.list(),
    Action.ENTRY_RECORD: lambda w, s: w.entry(s),
    Action.ENTRY_CORRECT: lambda w, s: (lambda e: s.entries.edit(e.id, e.version, summary="ok"))(
        w.entry(s if s.actor.can(Action.ENTRY_RECORD) else None)),  # a recorder: own entries
    Action.ENTRY_RETRACT: _retract,
    Action.SESSION_CREATE: lambda w, s: s.catalog.create_session(w.event_id, f"Panel {next(_names)}"),
    Action.IDENTITY_RECORD: lambda w, s: s.people.record_identity(
        s.people.create_speaker("pmi_abroad", "HK") if s.actor.can(Action.ENTRY_RECORD)
        else w.org.people.create_speaker("pmi_abroad", "HK"),
        consent_purpose="follow-up", name="Budi Canary"),
    Action.NOTE_ADD: lambda w, s: s.cases.add_note(w.entry().id, "Dihubungi lewat telepon"),
    Action.CASE_TRIAGE: lambda w, s: (lambda e: s.cases.answer(e.id, e.version, "Sudah dijawab"))(w.entry()),
    Action.GROUP_MANAGE: lambda w, s: s.groups.create(f"Klaim JHT {next(_names)}", [w.entry().id]),
    Action.RELATION_MANAGE: lambda w, s: s.relations.tag(w.entry().id, "jht"),
    Action.VIEW_SHARE: _rename_shared,
    Action.EVENT_CREATE: lambda w, s: s.catalog.create_event(f"Acara {next(_names)}"),
    Action.IDENTITY_REVEAL: lambda w, s: s.people.reveal(w.speaker()),
    Action.IDENTITY_ERASE: lambda w, s: s.people.erase(w.speaker()),
    Action.DESK_MERGE: _merge,
    Action.REPORT_EXPORT: _export,
    Action.ENTRY_IMPORT: _import,
    Action.ENTRY_EXPORT: _export_list,
    Action.IDENTITY_EXPORT: lambda w, s: _export_list(w, s, personal=True),
    Action.CATALOG_MANAGE: lambda w, s: s.calendar.set_holiday(date(2027, 1, next(_names) % 28 + 1), "Libur"),
    Action.USER_MANAGE: lambda w, s: s.accounts.create_user(
        f"baru{next(_names)}", "sandi-yang-panjang!", frozenset({"recorder"})),
    Action.AUDIT_VERIFY: lambda w, s: s.audit.verify(),
    Action.AUDIT_ALL: lambda w, s: s.audit.history(w.retracted_id),
    Action.ENTRY_RETRACT_ANY: lambda w, s: s.entries.retract(w.entry().id),
    Action.OWN_PASSWORD: _change_password,
}
AUDITED_ELSEWHERE = {Action.REPORT_EXPORT}  # gather reads; the export row is written on build


def test_the_table_is_the_expected_matrix() -> None:
    assert set(PERMISSIONS) == set(Action) == set(EXPECTED) == set(PROBES)
    for action in Action:
        assert set(PERMISSIONS[action]) == EXPECTED[action], action
        assert "admin" in PERMISSIONS[action]  # the administrator may do everything


def test_unknown_actions_and_roles_are_denied() -> None:
    assert not allowed(frozenset({"admin"}), "entry.delete_everything")
    assert not allowed(frozenset({"boss", "superuser", ""}), Action.ENTRY_READ)
    assert not allowed(frozenset(), Action.ENTRY_READ)
    assert Actor(UserId(1), "x", frozenset({"root"})).can(Action.ENTRY_READ) is False


def _service_classes() -> list[type]:
    return sorted({type(v) for v in vars(Services.__new__(Services)).values()} | {
        cls for name, cls in inspect.getmembers(__import__(
            "feedback_desk.core.services", fromlist=["*"]), inspect.isclass)
        if name.endswith("Service")}, key=lambda c: c.__name__)


def test_every_public_service_method_names_its_action() -> None:
    """Default deny in practice: a service method without ``@requires`` is a bug."""
    unchecked = []
    classes = _service_classes()
    assert len(classes) >= 14
    for cls in classes:
        for name, fn in inspect.getmembers(cls, inspect.isfunction):
            if name.startswith("_"):
                continue
            params = list(inspect.signature(fn).parameters)
            if len(params) > 1 and params[1] == "session":
                continue  # a step inside another method's transaction
            if not isinstance(getattr(fn, "__requires__", None), Action):
                unchecked.append(f"{cls.__name__}.{name}")
    assert unchecked == []


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", list(Action), ids=str)
def test_role_action_cell(world: World, role: str, action: Action) -> None:
    services = world.users[role]
    name = services.actor.username
    before = world.audit_rows(name)
    if role in EXPECTED[action]:
        PROBES[action](world, services)
        if action in CHANGES and action not in AUDITED_ELSEWHERE:
            assert world.audit_rows(name) > before, f"{action} by {role} left no audit row"
    else:
        with pytest.raises((PermissionDenied, NotFound)):
            PROBES[action](world, services)
        assert world.audit_rows(name) == before  # refused before anything was written
