"""The main window: arranges the panels, builds menus, toolbar, shortcuts and status bar.

It holds no logic of its own: actions emit signals the composition root (``app.py``) wires.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar, QWidget

from . import plain
from . import settings as S
from .i18n import Retranslating
from .settings import Settings


class MainWindow(Retranslating, QMainWindow):
    sig_new_event = Signal()
    """File → New event…"""

    sig_preferences = Signal()
    """File → Preferences…"""

    sig_export_summary = Signal()
    """File → Export summary… (the leadership PDF)."""

    sig_merge = Signal()
    """File → Merge an offline desk…"""

    sig_import = Signal()
    """File → Import spreadsheet…"""

    sig_export_list = Signal()
    """Export list… (File menu, and the triage list's tool bar): the list as a spreadsheet."""

    sig_users = Signal()
    """File → Accounts and roles… (administrators)."""

    sig_change_password = Signal()
    """File → Change my password…"""

    sig_log_out = Signal()
    """File → Log out / switch database…: back to the log-in window."""

    sig_help = Signal()
    """Help → Keyboard reference (F1)."""

    sig_about = Signal()
    """Help → About Feedback Desk."""

    sig_closing = Signal()
    """The window is closing: save state, finish writes."""

    def __init__(
        self, central: QWidget, undo: QUndoStack, settings: Settings, *, database: str, user: str,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._settings = settings
        self.setCentralWidget(central)
        self._build_actions(undo)
        self._build_menus()
        self.db_label, self.user_label, self.connection_label = QLabel(self), QLabel(self), QLabel(self)
        for label in (self.db_label, self.user_label, self.connection_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.statusBar().addPermanentWidget(label)
        self._database, self._user = database, user
        self._online: bool | None = None
        self._connection_detail = ""
        self.retranslate()
        self.resize(1200, 800)

    def _build_actions(self, undo: QUndoStack) -> None:
        self.act_new_entry = QAction(self)
        self.act_new_entry.setShortcut(QKeySequence.StandardKey.New)
        self.act_find = QAction(self)
        self.act_find.setShortcut(QKeySequence.StandardKey.Find)
        self.act_session = QAction(self)
        self.act_session.setShortcut(QKeySequence("Ctrl+E"))
        # Our own actions, not QUndoStack.createUndoAction: that one writes "Undo %1" from Qt's
        # own catalogue, which has no Indonesian, over our translated text on every push.
        self._undo_names = ["", ""]  # what Undo / Redo would do now (from the stack's signals)
        self.act_undo = QAction(self)
        self.act_undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.act_undo.triggered.connect(undo.undo)
        self.act_redo = QAction(self)
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.act_redo.triggered.connect(undo.redo)
        undo.canUndoChanged.connect(self.act_undo.setEnabled)
        undo.canRedoChanged.connect(self.act_redo.setEnabled)
        undo.undoTextChanged.connect(self._on_undo_text)  # bound slots: cut when the window goes
        undo.redoTextChanged.connect(self._on_redo_text)
        self.act_undo.setEnabled(undo.canUndo())
        self.act_redo.setEnabled(undo.canRedo())
        self.act_new_event = QAction(self)
        self.act_new_event.triggered.connect(self.sig_new_event)
        self.act_export_summary = QAction(self)
        self.act_export_summary.setObjectName("actExportSummary")
        self.act_export_summary.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.act_export_summary.triggered.connect(self.sig_export_summary)
        self.act_merge = QAction(self)
        self.act_merge.setObjectName("actMerge")
        self.act_merge.triggered.connect(self.sig_merge)
        self.act_import = QAction(self)
        self.act_import.setObjectName("actImport")
        self.act_import.triggered.connect(self.sig_import)
        self.act_export_list = QAction(self)
        self.act_export_list.setObjectName("actExportList")
        self.act_export_list.triggered.connect(self.sig_export_list)
        for action in (self.act_import, self.act_export_list):  # shown once the roles are known
            action.setVisible(False)
            action.setEnabled(False)
        self.act_users = QAction(self)
        self.act_users.setObjectName("actUsers")
        self.act_users.triggered.connect(self.sig_users)
        self.act_change_password = QAction(self)
        self.act_change_password.triggered.connect(self.sig_change_password)
        self.act_log_out = QAction(self)
        self.act_log_out.setObjectName("actLogOut")
        self.act_log_out.triggered.connect(self.sig_log_out)
        self.act_preferences = QAction(self)
        self.act_preferences.setShortcut(QKeySequence("Ctrl+,"))
        self.act_preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.act_preferences.triggered.connect(self.sig_preferences)
        self.act_quit = QAction(self)
        self.act_quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.act_quit.triggered.connect(self.close)
        self.act_capture_page = QAction(self)
        self.act_capture_page.setShortcut(QKeySequence("Ctrl+1"))
        self.act_triage_page = QAction(self)
        self.act_triage_page.setShortcut(QKeySequence("Ctrl+2"))
        self.act_dashboard_page = QAction(self)
        self.act_dashboard_page.setShortcut(QKeySequence("Ctrl+3"))
        self.act_help = QAction(self)
        self.act_help.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.act_help.triggered.connect(self.sig_help)
        self.act_about = QAction(self)
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.act_about.triggered.connect(self.sig_about)
        for action in (self.act_new_entry, self.act_find, self.act_session, self.act_undo,
                       self.act_redo, self.act_preferences, self.act_quit, self.act_help,
                       self.act_export_summary,
                       self.act_capture_page, self.act_triage_page, self.act_dashboard_page):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addAction(self.act_new_event)
        self.menu_file.addAction(self.act_export_summary)
        self.menu_file.addAction(self.act_merge)
        self.menu_file.addAction(self.act_import)
        self.menu_file.addAction(self.act_export_list)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_users)
        self.menu_file.addAction(self.act_change_password)
        self.menu_file.addAction(self.act_log_out)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_preferences)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = bar.addMenu("")
        for action in (self.act_undo, self.act_redo):
            self.menu_edit.addAction(action)
        self.menu_edit.addSeparator()
        for action in (self.act_new_entry, self.act_find, self.act_session):
            self.menu_edit.addAction(action)
        self.menu_view = bar.addMenu("")
        self.menu_view.addAction(self.act_capture_page)
        self.menu_view.addAction(self.act_triage_page)
        self.menu_view.addAction(self.act_dashboard_page)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_help)
        self.menu_help.addSeparator()
        self.menu_help.addAction(self.act_about)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.act_new_entry, self.act_undo, self.act_redo, self.act_find, self.act_help):
            self.toolbar.addAction(action)
        self.addToolBar(self.toolbar)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Feedback Desk"))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_view.setTitle(self.tr("Pages"))  # no Alt letter: the capture form uses them all
        self.menu_help.setTitle(self.tr("&Help"))
        self.act_capture_page.setText(self.tr("Live &capture"))
        self.act_triage_page.setText(self.tr("&Triage"))
        self.act_dashboard_page.setText(self.tr("T&rends"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.act_new_entry.setText(self.tr("&New entry"))
        self.act_find.setText(self.tr("&Find…"))
        self.act_session.setText(self.tr("Change &session"))
        self._name_undo_actions()
        self.act_new_event.setText(self.tr("New &event…"))
        self.act_preferences.setText(self.tr("&Preferences…"))
        self.act_export_summary.setText(self.tr("Export &summary (PDF)…"))
        self.act_merge.setText(self.tr("&Merge an offline desk…"))
        self.act_import.setText(self.tr("&Import spreadsheet (CSV, Excel)…"))
        self.act_export_list.setText(self.tr("E&xport list (CSV, Excel)…"))
        self.act_export_list.setIconText(self.tr("Export list…"))
        self.act_users.setText(self.tr("&Accounts and roles…"))
        self.act_change_password.setText(self.tr("Change my pass&word…"))
        self.act_log_out.setText(self.tr("&Log out or switch database…"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_help.setText(self.tr("&Keyboard reference"))
        self.act_about.setText(self.tr("&About Feedback Desk"))
        self.user_label.setText(self.tr("User: {user}").format(user=self._user))
        self.db_label.setText(self.tr("Database: {db}").format(db=self._database))
        self._show_connection()

    @Slot(str)
    def _on_undo_text(self, text: str) -> None:
        self._name_undo_actions(0, text)

    @Slot(str)
    def _on_redo_text(self, text: str) -> None:
        self._name_undo_actions(1, text)

    def _name_undo_actions(self, which: int = -1, text: str = "") -> None:
        """"Undo Record entry" / "Batalkan Rekam entri": the command's name in the words of the
        chosen language (command names are translated when they are made)."""
        if which >= 0:
            self._undo_names[which] = text
        for action, bare, named, what in (
            (self.act_undo, self.tr("&Undo"), self.tr("&Undo {what}"), self._undo_names[0]),
            (self.act_redo, self.tr("&Redo"), self.tr("&Redo {what}"), self._undo_names[1]),
        ):
            action.setText(named.format(what=what) if what else bare)

    def set_permissions(self, can: Callable[[str], bool]) -> None:
        """Show only what the logged-in user may do (the services refuse the rest anyway)."""
        for action, needed in (
            (self.act_merge, "desk.merge"), (self.act_users, "user.manage"),
            (self.act_export_summary, "report.export"), (self.act_new_event, "event.create"),
            (self.act_new_entry, "entry.record"), (self.act_import, "entry.import"),
            (self.act_export_list, "entry.export"),
        ):
            action.setVisible(can(needed))
            action.setEnabled(can(needed))

    def set_connection(self, online: bool | None, detail: str = "") -> None:
        self._online, self._connection_detail = online, detail
        self._show_connection()

    def _show_connection(self) -> None:
        if self._online is None:
            text, color = self.tr("Opening…"), "#6b6b6b"
        elif self._online:
            text, color = self.tr("Connected"), "#0d5224"
        else:
            text, color = self.tr("Not connected"), "#b3261e"
        self.connection_label.setText(text)
        self.connection_label.setToolTip(plain.tooltip(self._connection_detail))
        self.connection_label.setStyleSheet(f"QLabel {{ color: {color}; font-weight: bold; }}")

    def restore_state(self) -> None:
        geometry = self._settings.get(S.WINDOW_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self._settings.get(S.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)

    def save_state(self) -> None:
        self._settings.set(S.WINDOW_GEOMETRY, self.saveGeometry())
        self._settings.set(S.WINDOW_STATE, self.saveState())

    def closeEvent(self, e: QCloseEvent) -> None:
        self.save_state()
        self.sig_closing.emit()
        super().closeEvent(e)
