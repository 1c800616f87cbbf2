"""The composition root: builds settings → translations → backend → tasks → change notices →
models → panels → main window, passes them by constructor, and wires their signals here.

``launch.run()`` (what ``feedback-desk`` with no sub-command calls) logs in and builds it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog

from ..core.drafts import DraftStore, draft_path
from ..core.errors import DatabaseUnavailable
from ..core.outbox import Outbox, outbox_path
from . import i18n, memory, plain
from . import settings as S
from .backend import Backend
from .capture.controller import CaptureController
from .capture.feed_model import FeedModel
from .capture.panel import CapturePanel
from .events import Change, DeskEvents
from .live_refresh import LiveRefresh
from .main_window import MainWindow
from .messages import describe
from .pages import CAPTURE, DASHBOARD, TRIAGE, Pages
from .settings import Settings
from .tasks import TaskRunner

if TYPE_CHECKING:
    from ..core.db.engine import Database
    from ..core.dto import EntryQuery
    from .dashboard.panel import DashboardPanel
    from .triage.panel import TriagePanel

REOPEN_MS = 5000  # a database that could not be opened is tried again this often


class DeskApp(QObject):
    def __init__(
        self, url: str, username: str, *, settings: Settings | None = None,
        draft_dir: Path | None = None, first_run: bool = True, db: Database | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings or Settings()
        i18n.install(i18n.choose(self.settings.get(S.LANGUAGE)))
        self.url = url
        self.first_run = first_run
        self.events = DeskEvents(self)
        self.tasks = TaskRunner(self)
        self.backend = Backend(url, username, db)
        self.live = LiveRefresh(self.backend, self.tasks, self.events, self)
        self.undo = QUndoStack(self)
        self.feed = FeedModel(self)
        if draft_dir is None:
            from platformdirs import user_state_dir

            draft_dir = Path(user_state_dir("feedback-desk")) / "drafts"
        # entries recorded while the server is away wait here, and are sent once it is back
        outbox = Outbox(outbox_path(draft_dir.parent / "outbox", url, username))
        self.controller = CaptureController(self.backend, self.tasks, self.events, self.feed,
                                            self.undo, self, outbox=outbox)
        drafts = DraftStore(draft_path(draft_dir, url, username))
        self.panel = CapturePanel(self.backend, self.tasks, self.events, self.settings,
                                  self.controller, drafts)
        self._triage: TriagePanel | None = None  # built when first shown: the capture desk
        self._dashboard: DashboardPanel | None = None  # starts as fast without them
        self._database_open = False  # starts without it (and without importing it)
        self.pages = Pages(self.panel)
        self.window = MainWindow(self.pages, self.undo, self.settings,
                                 database=plain.database_name(url), user=username)
        self._reopen = QTimer(self, singleShot=True, interval=REOPEN_MS)
        self._reopen.timeout.connect(self._open_in_background)
        self._connect()
        self._closed = False
        self.log_out_requested = False

    @property
    def triage(self) -> TriagePanel:
        """The triage page (built on first use)."""
        if self._triage is None:
            self._triage = self._build_triage()
            self.pages.set_triage(self._triage)
            self._triage.sig_status.connect(
                lambda text: self.window.statusBar().showMessage(text, 8000))
            self._triage.restore_layout()
            if self._database_open:
                self._triage.start()
            memory.settle()
        return self._triage

    def _build_triage(self) -> TriagePanel:
        from .triage.controller import TriageController
        from .triage.detail_pane import DetailPane
        from .triage.panel import TriagePanel
        from .triage.views_bar import ViewsBar

        self.triage_controller = TriageController(
            self.backend, self.tasks, self.events, self.undo, self)
        detail = DetailPane(self.backend, self.tasks, self.events, self.triage_controller)
        views = ViewsBar(self.backend, self.tasks, self.events)
        panel = TriagePanel(self.backend, self.tasks, self.events, self.settings,
                            self.triage_controller, detail, views)
        views.set_state_provider(panel.view_state)
        panel.list_bar.addAction(self.window.act_export_list)  # follows the role, as in the menu
        return panel

    @property
    def dashboard(self) -> DashboardPanel:
        """The trends page (built on first use)."""
        if self._dashboard is None:
            from .dashboard.panel import DashboardPanel

            board = DashboardPanel(self.backend, self.tasks, self.events, self.settings)
            self._dashboard = board
            self.pages.set_page(DASHBOARD, board)
            board.sig_status.connect(lambda text: self.window.statusBar().showMessage(text, 8000))
            board.sig_open_query.connect(self._open_in_triage)
            board.sig_want_triage_filters.connect(
                lambda: board.set_query(self.triage.current_query()))
            if self._database_open:
                board.start()
            memory.settle()
        return self._dashboard

    def _open_in_triage(self, query: EntryQuery, description: str) -> None:
        """A click on a chart: the triage list shows exactly the entries behind it."""
        self.triage.show_query(query, description)
        self.show_page(TRIAGE)

    def show_page(self, page: int) -> None:
        if page == TRIAGE:
            self.triage  # noqa: B018  (built on first use)
        elif page == DASHBOARD:
            self.dashboard  # noqa: B018
        self.pages.setCurrentIndex(page)
        if page == CAPTURE:
            self.panel.focus_text()
        elif page == TRIAGE:
            self.triage.table.setFocus()
        else:
            self.dashboard.tabs.setFocus()

    def _on_page_changed(self, page: int) -> None:
        if page == TRIAGE:
            self.triage  # noqa: B018  (a click on the tab builds it too)
        elif page == DASHBOARD:
            self.dashboard  # noqa: B018
        self.settings.set(S.MAIN_PAGE, page)

    def _find(self) -> None:
        """Ctrl+F: the search of the page in front."""
        if self.pages.currentIndex() == TRIAGE:
            self.triage.search.setFocus()
            self.triage.search.selectAll()
        elif self.pages.currentIndex() == DASHBOARD:
            self.dashboard.filters.event_combo.setFocus()
        else:
            self.panel.focus_find()

    def _connect(self) -> None:
        w, p = self.window, self.panel
        w.act_capture_page.triggered.connect(lambda: self.show_page(CAPTURE))
        w.act_triage_page.triggered.connect(lambda: self.show_page(TRIAGE))
        w.act_dashboard_page.triggered.connect(lambda: self.show_page(DASHBOARD))
        self.pages.sig_page_changed.connect(self._on_page_changed)
        w.act_new_entry.triggered.connect(lambda: self.show_page(CAPTURE))  # and its text field
        w.act_find.triggered.connect(self._find)
        w.act_session.triggered.connect(p.focus_session)
        w.sig_new_event.connect(lambda: self.ask_for_event(first=False))
        w.sig_preferences.connect(self.show_preferences)
        w.sig_export_summary.connect(self.show_export_summary)
        w.sig_help.connect(self.show_help)
        w.sig_about.connect(self.show_about)
        w.sig_merge.connect(self.show_merge)
        w.sig_import.connect(self.show_import)
        w.sig_export_list.connect(self.show_export_list)
        w.sig_users.connect(self.show_users)
        w.sig_change_password.connect(self.show_change_password)
        w.sig_log_out.connect(self.log_out)
        w.sig_closing.connect(self.shutdown)
        p.sig_status.connect(lambda text: w.statusBar().showMessage(text, 5000))
        self.tasks.sig_failed.connect(self._on_task_failed)
        self.events.sig_connection_changed.connect(w.set_connection)
        self.events.sig_data_changed.connect(self._on_data_changed)

    def start(self) -> None:
        """Show the window at once; open the database on the write thread meanwhile."""
        self.window.restore_state()
        self.panel.restore_layout()
        if self.settings.get(S.MAIN_PAGE) in (TRIAGE, DASHBOARD):
            self.show_page(self.settings.get(S.MAIN_PAGE))
        self.window.show()
        if self.pages.currentIndex() == CAPTURE:
            self.panel.focus_text()
        self.panel.offer_draft()
        self._open_in_background()

    @Slot()
    def _open_in_background(self) -> None:
        self.tasks.write(self._open, self._on_open, self._on_open_failed)

    def _open(self) -> tuple[Any, ...]:
        services = self.backend.open()
        return services.catalog.events()

    def _on_open(self, events: tuple[Any, ...]) -> None:
        self.events.sig_connection_changed.emit(True, "")
        actor = self.backend.services().actor
        self.window.set_permissions(actor.can)
        if not actor.can("entry.record"):  # a leadership viewer reads; the services refuse anyway
            self.panel.form.setEnabled(False)
            self.panel.show_message(self.tr(
                "Your account reads lists, trends and summaries; it does not record entries."))
        self.panel.start()
        self.live.start()
        self._database_open = True
        memory.settle()
        if self._triage is not None:
            self._triage.start()
        if self._dashboard is not None:
            self._dashboard.start()
        if not events and self.first_run:
            if actor.can("event.create"):
                QTimer.singleShot(0, lambda: self.ask_for_event(first=True))
            else:  # a recorder on a database nobody has set up yet
                self.panel.show_message(self.tr(
                    "There is no event yet: a supervisor or the administrator creates it."))

    def _on_open_failed(self, exc: BaseException) -> None:
        """The window stays usable (typing goes to the draft on disk); opening is tried again
        every few seconds, so a server that comes back, or a disk that is plugged in, is used
        without a restart."""
        self.events.sig_connection_changed.emit(False, describe(exc))
        self.panel.show_message(
            self.tr("{reason} Trying again every {seconds} s; what you type is kept on disk.").format(
                reason=describe(exc), seconds=REOPEN_MS // 1000), error=True)
        if not self._closed:
            self._reopen.start()

    @Slot(object)
    def _on_task_failed(self, exc: BaseException) -> None:
        if isinstance(exc, DatabaseUnavailable):
            self.events.sig_connection_changed.emit(False, describe(exc))
        self.panel.show_message(describe(exc), error=True)

    # ---- dialogs --------------------------------------------------------------------------
    def ask_for_event(self, *, first: bool) -> None:
        from .dialogs.first_run import FirstRunDialog

        dialog = FirstRunDialog(self.window, first=first)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.panel.focus_text()  # back to recording
        if not accepted:
            return
        if dialog.choice == "demo":
            self.panel.show_message(self.tr("Filling a demo database (2,000 entries)…"))
            self.tasks.write(self._fill_demo, lambda _r: self._events_changed())
            return
        name, venue, day, sessions = (dialog.event_name(), dialog.venue_text(),
                                      dialog.first_day(), dialog.sessions())

        def create() -> int:
            catalog = self.backend.services().catalog
            event = catalog.create_event(name, venue=venue, starts_on=day)
            for session in sessions:
                catalog.create_session(event.id, session)
            return int(event.id)

        def done(event_id: int) -> None:
            self.settings.set(S.LAST_EVENT, event_id)
            self.settings.set(S.LAST_SESSION, 0)
            self._events_changed()

        self.tasks.write(create, done)

    def _fill_demo(self) -> None:
        from ..core.demo import generate

        services = self.backend.services()
        generate(services.db, 2000, seed=1)

    def _events_changed(self) -> None:
        self.events.notify(Change("event", "create"), self)

    def show_preferences(self) -> None:
        from .dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings.get(S.LANGUAGE), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_language(dialog.chosen_language())

    def show_export_summary(self) -> None:
        from .summary.dialog import SummaryDialog

        dialog = SummaryDialog(self.backend, self.tasks, self.window)
        dialog.sig_written.connect(lambda result: self.window.statusBar().showMessage(
            self.window.tr("Summary written: {path}").format(path=result.path), 10_000))
        self.summary_dialog = dialog
        dialog.open()

    def show_merge(self) -> None:
        from .dialogs.merge import MergeDialog

        dialog = MergeDialog(self.backend, self.tasks, self.window)
        dialog.sig_merged.connect(lambda _report: self._events_changed_all())
        self.merge_dialog = dialog
        dialog.open()

    def show_import(self) -> None:
        from .interchange import launch
        self.import_dialog = launch.show_import(self)

    def show_export_list(self) -> None:
        from .interchange import launch
        self.export_dialog = launch.show_export_list(self)

    def _events_changed_all(self) -> None:
        self.events.notify((Change("event", "merge"), Change("entry", "merge")), None)

    def show_users(self) -> None:
        from .dialogs.users import UsersDialog

        dialog = UsersDialog(self.backend, self.tasks, self.window, events=self.events)
        dialog.sig_accounts_changed.connect(
            lambda: self.events.notify(Change("user", "update"), dialog))
        self.users_dialog = dialog
        dialog.open()

    def show_change_password(self) -> None:
        from .dialogs.password import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.backend, self.tasks, self.window)
        dialog.sig_saved.connect(lambda _result: self.window.statusBar().showMessage(
            self.window.tr("Your password was changed."), 8000))
        self.password_dialog = dialog
        dialog.open()

    @Slot(object, object)
    def _on_data_changed(self, changes: tuple[Change, ...], _initiator: object) -> None:
        """An administrator changed accounts (here or on another desk): this desk's roles are
        read again at once, so a demoted or disabled user loses the rights now, not at the next
        log-in."""
        if self._database_open and any(c.entity == "user" for c in changes):
            self.tasks.read(self.backend.refresh_account, self._on_account, self._on_account_lost)

    def _on_account(self, actor: Any) -> None:
        self.window.set_permissions(actor.can)
        self.panel.form.setEnabled(actor.can("entry.record"))

    def _on_account_lost(self, exc: BaseException) -> None:
        from ..core.errors import AuthenticationFailed

        if isinstance(exc, AuthenticationFailed):  # disabled (or removed) meanwhile
            self.window.set_permissions(lambda _action: False)
            self.panel.form.setEnabled(False)
            self.panel.show_message(describe(exc), error=True)

    def log_out(self) -> None:
        """Back to the log-in window (another user, or another database): ``run`` starts over
        once this desk has saved its work and closed."""
        self.log_out_requested = True
        self.window.close()

    def set_language(self, preference: str) -> None:
        self.settings.set(S.LANGUAGE, preference)
        lang = i18n.install(i18n.choose(preference))  # widgets get LanguageChange
        self.events.sig_language_changed.emit(lang)

    def show_help(self) -> None:
        from .dialogs.help import HelpDialog

        HelpDialog(self.panel.alt_letters(), self.window).exec()

    def show_about(self) -> None:
        from .dialogs.about import AboutDialog

        AboutDialog(self.url, self.settings.file_name, self.window).exec()

    @Slot()
    def shutdown(self) -> None:
        """Save the layout and the draft, finish queued writes, close the database."""
        if self._closed:
            return
        self._closed = True
        self._reopen.stop()
        self.live.stop()
        self.panel.save_layout()
        if self._triage is not None:
            self._triage.save_layout()
        self.settings.sync()
        self.panel.draft_keeper.shutdown()
        self.tasks.shutdown()
        self.backend.close()
