"""What the composition root calls: open the import dialog, open the export of the triage
list, and tell the other views what an import changed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ..events import Change, DeskEvents
from .export_list import ExportListDialog, exported_text
from .import_dialog import ImportDialog

if TYPE_CHECKING:
    from ...core.interchange.model import ImportResult
    from ..app import DeskApp

STATUS_MS = 10_000


def show_import(app: DeskApp) -> ImportDialog:
    """File → Import spreadsheet…"""
    dialog = ImportDialog(app.backend, app.tasks, app.window)
    dialog.sig_imported.connect(
        lambda result: notify_imported(app.events, result, dialog))
    dialog.sig_imported.connect(lambda result: app.window.statusBar().showMessage(
        QCoreApplication.translate("ImportDialog", "Entries imported: {n}.").format(
            n=f"{len(result.added):,}"), STATUS_MS))
    dialog.open()
    return dialog


def notify_imported(events: DeskEvents, result: ImportResult, initiator: Any = None) -> None:
    """One change notice: the lists, the dashboard and the capture feed refresh themselves."""
    changes = [Change("entry", "import")]
    if result.events_created:
        changes.append(Change("event", "create"))
    if result.sessions_created:
        changes.append(Change("session", "create"))
    if result.users_created:
        changes.append(Change("user", "create"))
    events.notify(tuple(changes), initiator)


def show_export_list(app: DeskApp) -> ExportListDialog | None:
    """Export list…: exactly what the triage list shows (the page is brought to the front, so
    the user sees which entries that is)."""
    from ..pages import TRIAGE

    if not app.backend.ready:
        return None
    app.show_page(TRIAGE)
    panel = app.triage
    if panel.current_query() != panel.model.query:  # a search still being typed: list it first
        panel.apply_filters()
    model = panel.model
    sort, descending = model.sort_key
    actor = app.backend.services().actor
    dialog = ExportListDialog(  # it counts the entries itself: the list may still be counting
        app.backend, app.tasks, model.query, sort=sort, descending=descending,
        may_export_personal=actor.can("identity.export"), parent=app.window)
    dialog.sig_exported.connect(
        lambda result: app.window.statusBar().showMessage(exported_text(result), STATUS_MS))
    dialog.open()
    return dialog
