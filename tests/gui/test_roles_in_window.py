"""The window shows each role what it may do; what it hides the services refuse anyway."""

from __future__ import annotations

from typing import Any

import pytest

from feedback_desk.core.db.engine import open_database
from feedback_desk.core.errors import PermissionDenied
from feedback_desk.core.services import Services

from .conftest import dispose_desk


def _account(url: str, name: str, roles: str) -> None:
    db = open_database(url)
    Services.connect(db, name, roles=roles)
    db.dispose()


@pytest.mark.parametrize(("roles", "visible", "hidden", "records"), [
    ("leadership", {"actExportSummary"}, {"actMerge", "actUsers"}, False),
    ("recorder", set(), {"actMerge", "actUsers", "actExportSummary"}, True),
    ("supervisor", {"actMerge", "actExportSummary"}, {"actUsers"}, True),
    ("admin", {"actMerge", "actUsers", "actExportSummary"}, set(), True),
])
def test_menus_follow_the_role(qtbot: Any, make_desk: Any, desk_url: str, roles: str,
                               visible: set[str], hidden: set[str], records: bool) -> None:
    _account(desk_url, "who", roles)
    desk = make_desk(desk_url, user="who")
    qtbot.waitUntil(lambda: desk.window.act_users.isVisible() == ("actUsers" in visible),
                    timeout=10000)
    actions = {a.objectName(): a for a in (desk.window.act_merge, desk.window.act_users,
                                           desk.window.act_export_summary)}
    for name in visible:
        assert actions[name].isVisible() and actions[name].isEnabled(), name
    for name in hidden:
        assert not actions[name].isVisible() and not actions[name].isEnabled(), name
    assert desk.panel.form.isEnabled() is records
    assert desk.window.act_log_out.isVisible() and desk.window.act_change_password.isVisible()
    if not records:
        assert "does not record entries" in desk.panel.message.text()


def test_a_hidden_action_called_anyway_is_refused_by_the_services(
        qtbot: Any, make_desk: Any, desk_url: str) -> None:
    """A leadership viewer's desk: the form is disabled, but a call made regardless (a stale
    menu, a script) still fails in the core."""
    _account(desk_url, "lina", "leadership")
    desk = make_desk(desk_url, user="lina")
    services = desk.backend.services()
    from feedback_desk.core.dto import NewEntry

    event = services.catalog.events()[0]
    with pytest.raises(PermissionDenied):
        services.entries.record(NewEntry(event_id=event.id, kind="complaint",
                                         service_area="overseas", text="tidak boleh"))
    with pytest.raises(PermissionDenied):
        services.accounts.create_user("x1", "sandi-yang-panjang", frozenset({"admin"}))


def test_log_out_closes_the_desk_for_the_log_in_window(qtbot: Any, make_desk: Any,
                                                       desk_url: str) -> None:
    desk = make_desk(desk_url)
    desk.window.act_log_out.trigger()
    assert desk.log_out_requested and not desk.window.isVisible()


def test_a_demoted_or_disabled_account_loses_its_rights_on_an_open_desk(
        qtbot: Any, make_desk: Any, desk_url: str) -> None:
    """An administrator on another desk changes this desk's account: the live notice makes the
    desk read its roles again at once (not at the next log-in)."""
    _account(desk_url, "sari", "supervisor")
    desk = make_desk(desk_url, user="sari")
    qtbot.waitUntil(lambda: desk.window.act_merge.isVisible(), timeout=10000)
    admin_db = open_database(desk_url)
    try:
        admin = Services.connect(admin_db, "org", roles="admin")
        admin.accounts.set_roles("sari", frozenset({"recorder"}))
        qtbot.waitUntil(lambda: not desk.window.act_merge.isVisible(), timeout=10000)
        assert desk.backend.services().actor.roles == frozenset({"recorder"})
        with pytest.raises(PermissionDenied):
            desk.backend.services().groups.create("tidak boleh lagi")
        admin.accounts.set_active("sari", False)
        qtbot.waitUntil(lambda: not desk.panel.form.isEnabled(), timeout=10000)
        assert "disabled" in desk.panel.message.text()
        event = desk.backend.services().catalog
        with pytest.raises(PermissionDenied):  # the open desk can do nothing any more
            event.events()
    finally:
        admin_db.dispose()


def test_a_recorder_on_a_database_without_events_is_told_who_creates_one(
        qtbot: Any, tmp_path: Any) -> None:
    from feedback_desk.gui import settings as S
    from feedback_desk.gui.app import DeskApp
    from feedback_desk.gui.settings import Settings

    url = f"sqlite:///{tmp_path}/bare.sqlite"
    _account(url, "budi", "recorder")
    settings = Settings(tmp_path / "s.ini")
    settings.set(S.LANGUAGE, "en")
    desk = DeskApp(url, "budi", settings=settings, draft_dir=tmp_path / "drafts")
    try:
        desk.start()
        qtbot.waitUntil(lambda: "a supervisor or the administrator creates it"
                        in desk.panel.message.text(), timeout=20000)
        assert not desk.window.act_new_event.isVisible()
    finally:
        dispose_desk(desk)
