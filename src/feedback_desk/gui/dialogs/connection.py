"""The connection dialog: saved profiles (a PostgreSQL server, or a file on this computer), their
fields, "Test connection" (off the GUI thread: the server version, or what is wrong), and
Connect, which hands back the chosen profile and the password typed (if any).

The password is never written with the profile: Connect says whether to remember it, and the
login flow stores it in the system keyring once the database has accepted it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import profiles as P
from ...core.errors import DeskError, ValidationError
from ...core.profiles import Profile, ProfileStore
from ..login_flow import BUILTIN_LOCAL, builtin_local, problem_text, stored_password
from ..tasks import TaskRunner

ERROR_STYLE = "color: #b3261e"
OK_STYLE = "color: #1b6e20"


class ConnectionDialog(QDialog):
    """After accept: ``chosen`` (the profile), ``chosen_password`` (typed, or ``None``: use the
    keyring's) and ``remember_password`` (store it / remove the stored one / ``None``: there is
    no keyring)."""

    def __init__(
        self, tasks: TaskRunner, store: ProfileStore, *, current: str | None = None,
        parent: QWidget | None = None, probe_timeout: float = 10.0,
    ) -> None:
        super().__init__(parent)
        self.tasks, self.store, self.probe_timeout = tasks, store, probe_timeout
        self.chosen: Profile | None = None
        self.chosen_password: str | None = None
        self.remember_password: bool | None = None
        self._editing: str | None = None  # the stored name of the profile in the form
        self._probe_serial = 0
        self.keyring = self.keyring_known = False  # a worker asks (a keyring can be slow)
        self.setWindowTitle(self.tr("Connection"))
        self.list = QListWidget(self)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self._build_form()
        self.message = QLabel(self, wordWrap=True)
        self.btn_new = _button(self.tr("Ne&w"), self, self._on_new)
        self.btn_save = _button(self.tr("&Save"), self, self._on_save)
        self.btn_delete = _button(self.tr("De&lete"), self, self._on_delete)
        self.btn_test = _button(self.tr("Test conn&ection"), self, self._on_test)
        self.btn_connect = _button(self.tr("C&onnect"), self, self._on_connect)
        self.btn_connect.setDefault(True)
        cancel = _button(self.tr("Cancel"), self, self.reject)
        side, row, body, right, bottom = (QVBoxLayout(), QHBoxLayout(), QHBoxLayout(),
                                          QVBoxLayout(), QHBoxLayout())
        _add(row, self.btn_new, self.btn_delete)
        _add(side, self.list, row)
        _add(right, self.form, self.fields, self.message, 1)
        body.addLayout(side, 1)
        body.addLayout(right, 2)
        _add(bottom, self.btn_test, self.btn_save, 1, cancel, self.btn_connect)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addLayout(bottom)
        self.resize(720, 420)
        self._reload(select=current)
        tasks.read(P.keyring_available, self._on_keyring_known)

    # ---- the form ---------------------------------------------------------------------------
    def _build_form(self) -> None:
        self.name = _line(self, "profileName")
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("PostgreSQL server"), P.SERVER)
        self.kind.addItem(self.tr("File on this computer"), P.LOCAL)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&Kind"), self.kind)
        self.fields = QStackedWidget(self)
        server = QWidget(self)
        self.host, self.dbname, self.user = (_line(server, n) for n in ("host", "database", "dbUser"))
        self.password = _line(server, "dbPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.port = QSpinBox(server)
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.remember = QCheckBox(self.tr("&Remember in the system keyring"), server)
        self.remember.setObjectName("remember")
        self.remember.setEnabled(False)
        self.sslmode = QComboBox(server)
        for mode, label in zip(P.SSL_MODES, (
                self.tr("disable — no encryption"),
                self.tr("allow — encrypt if the server insists"),
                self.tr("prefer — encrypt when possible (default)"),
                self.tr("require — always encrypt, no certificate check"),
                self.tr("verify-ca — encrypt, check the CA"),
                self.tr("verify-full — encrypt, check the CA and the host name")), strict=True):
            self.sslmode.addItem(label, mode)
        self.sslmode.currentIndexChanged.connect(self._on_sslmode_changed)
        self.ca = _line(server, "caFile")
        self.ca_browse = _button(self.tr("&Browse…"), server, self._on_browse_ca)
        self.ca_browse.setObjectName("caBrowse")
        form = QFormLayout(server)
        for label, field in ((self.tr("&Host"), self.host), (self.tr("&Port"), self.port),
                             (self.tr("&Database"), self.dbname), (self.tr("&User"), self.user),
                             (self.tr("P&assword"), self.password), ("", self.remember),
                             (self.tr("&TLS"), self.sslmode)):
            form.addRow(label, field)
        form.addRow(_buddy(self.tr("&CA certificate"), self.ca), _row(self.ca, self.ca_browse))
        local = QWidget(self)
        self.path = _line(local, "filePath")
        browse = _button(self.tr("B&rowse…"), local, self._on_browse_file)
        QFormLayout(local).addRow(_buddy(self.tr("&File"), self.path), _row(self.path, browse))
        self.fields.addWidget(server)
        self.fields.addWidget(local)
        self._on_sslmode_changed()

    def form_profile(self) -> Profile:
        """The profile as the form shows it (not validated)."""
        name = self.name.text().strip()
        if self.kind.currentData() == P.LOCAL:
            return Profile.local(name, self.path.text().strip())
        return Profile(name=name, host=self.host.text().strip(), port=self.port.value(),
                       database=self.dbname.text().strip(), user=self.user.text().strip(),
                       sslmode=str(self.sslmode.currentData()), sslrootcert=self.ca.text().strip())

    def _fill(self, profile: Profile) -> None:
        builtin = profile.name == BUILTIN_LOCAL
        self.name.setText(self.tr("This computer") if builtin else profile.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(profile.kind)))
        self.host.setText(profile.host)
        self.port.setValue(profile.port)
        self.dbname.setText(profile.database)
        self.user.setText(profile.user)
        self.password.clear()
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(profile.sslmode)))
        self.ca.setText(profile.sslrootcert)
        self.path.setText(profile.path)
        for widget in (self.name, self.kind, self.path):
            widget.setEnabled(not builtin)
        self.btn_delete.setEnabled(not builtin and self._editing is not None)
        self.btn_save.setEnabled(not builtin)
        self.message.clear()

    def _reload(self, select: str | None = None) -> None:
        problem = ""
        try:
            stored = self.store.profiles()
        except DeskError as exc:
            stored, problem = (), str(exc)
        self.list.blockSignals(True)
        self.list.clear()
        local = QListWidgetItem(self.tr("This computer"))
        local.setData(Qt.ItemDataRole.UserRole, builtin_local())
        self.list.addItem(local)
        for profile in stored:
            item = QListWidgetItem(profile.name)
            item.setData(Qt.ItemDataRole.UserRole, profile)
            self.list.addItem(item)
        self.list.blockSignals(False)
        names = [None, *[p.name for p in stored]]
        row = names.index(select) if select in names else (1 if stored else 0)
        self.list.setCurrentRow(row)
        self._on_current_changed(self.list.currentItem(), None)
        if problem:
            self._show(problem, error=True)

    # ---- slots --------------------------------------------------------------------------------
    def _on_keyring_known(self, available: bool) -> None:
        self.keyring, self.keyring_known = available, True
        self.remember.setEnabled(available)
        self.remember.setChecked(available)
        if available:
            self.password.setPlaceholderText(self.tr("empty: the one in the system keyring"))
        else:
            self.remember.setToolTip(self.tr(
                "There is no system keyring here: the password is asked each time."))

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_current_changed(self, item: QListWidgetItem | None, _old: object) -> None:
        if item is None:
            return
        profile = item.data(Qt.ItemDataRole.UserRole)
        assert isinstance(profile, Profile)
        self._editing = None if self.list.row(item) == 0 else profile.name
        self._fill(profile)

    @Slot()
    def _on_kind_changed(self) -> None:
        self.fields.setCurrentIndex(0 if self.kind.currentData() == P.SERVER else 1)

    @Slot()
    def _on_sslmode_changed(self) -> None:
        verifying = self.sslmode.currentData() in P.VERIFYING
        self.ca.setEnabled(verifying)
        self.ca_browse.setEnabled(verifying)

    @Slot()
    def _on_browse_ca(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("CA certificate"), self.ca.text(),
            self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"))
        if path:
            self.ca.setText(path)

    @Slot()
    def _on_browse_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Database file"), self.path.text(),
            self.tr("Feedback Desk databases (*.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.path.setText(path)

    @Slot()
    def _on_new(self) -> None:
        self.list.setCurrentRow(-1)  # a click on any saved one afterwards shows it again
        self._editing = None
        self._fill(Profile(name="", host="", database="feedback_desk"))
        for widget in (self.name, self.kind, self.path, self.btn_save):
            widget.setEnabled(True)
        self.name.setFocus()

    def _valid_profile(self) -> Profile | None:
        profile = self.form_profile()
        if self._editing is None and self.list.currentRow() == 0 and not self.name.isEnabled():
            profile = replace(profile, name=BUILTIN_LOCAL)
        try:
            profile.validate()
        except ValidationError as exc:
            self._show(self.tr("Please check the connection: {problem}").format(problem=str(exc)),
                       error=True)
            return None
        return profile

    @Slot()
    def _on_save(self) -> bool:
        profile = self._valid_profile()
        if profile is None or profile.name == BUILTIN_LOCAL:
            return profile is not None
        try:
            if profile.name != self._editing and self.store.get(profile.name) is not None:
                self._show(self.tr("There already is a connection named {name}.").format(
                    name=profile.name), error=True)
                return False
            self.store.save(profile, replacing=self._editing)
        except DeskError as exc:
            self._show(str(exc), error=True)
            return False
        typed = self.password.text()
        self._reload(select=profile.name)
        self.password.setText(typed)  # still to be used by Test or Connect
        self._show(self.tr("Saved {name}.").format(name=profile.name))
        return True

    @Slot()
    def _on_delete(self) -> None:
        if self._editing is None:
            return
        gone = self._stored(self._editing)
        try:
            self.store.delete(self._editing)
        except DeskError as exc:
            self._show(str(exc), error=True)
            return
        self._reload()
        if gone is not None and not gone.is_local:
            self.tasks.read(lambda: _forget_unless_shared(self.store, gone))

    @Slot()
    def _on_test(self) -> None:
        profile = self._valid_profile()
        if profile is None:
            return
        typed = self.password.text() or None
        timeout = self.probe_timeout
        self._probe_serial += 1
        serial = self._probe_serial
        self.btn_test.setEnabled(False)
        self._show(self.tr("Connecting to {where}…").format(where=profile.display()))

        def run() -> P.ProbeResult:
            password = typed if typed is not None else stored_password(profile)
            return P.probe(profile.url(password), profile.display(), timeout=timeout)

        self.tasks.read(run, lambda result: self._on_probed(serial, result),
                        lambda exc: self._on_probe_failed(serial, exc))

    def _on_probed(self, serial: int, result: P.ProbeResult) -> None:
        if serial != self._probe_serial:
            return
        self.btn_test.setEnabled(True)
        state = (self.tr("the database has other tables but none of Feedback Desk: is it the "
                         "right database?") if result.foreign_tables else
                 self.tr("the database is empty: the first desk that connects sets it up.")
                 if result.needs_setup else
                 self.tr("the database is ready (schema {revision}).").format(
                     revision=result.revision))
        self._show(self.tr("Connected: {server}; {state}").format(
            server=result.server, state=state), ok=not result.foreign_tables)

    def _on_probe_failed(self, serial: int, exc: BaseException) -> None:
        if serial != self._probe_serial:
            return
        self.btn_test.setEnabled(True)
        self._show(problem_text(exc), error=True)

    @Slot()
    def _on_connect(self) -> None:
        profile = self._valid_profile()
        if profile is None:
            return
        if profile.name != BUILTIN_LOCAL:
            stored = self._stored(self._editing or profile.name)
            if stored != profile and not self._on_save():
                return
        self.chosen = profile
        self.chosen_password = None if profile.is_local else (self.password.text() or None)
        self.remember_password = self.remember.isChecked() if self.keyring else None
        self.accept()

    def _stored(self, name: str) -> Profile | None:
        try:
            return self.store.get(name)
        except DeskError:
            return None

    def _show(self, text: str, *, error: bool = False, ok: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else OK_STYLE if ok else "")
        self.message.setText(text)


def _forget_unless_shared(store: ProfileStore, gone: Profile) -> None:
    """Worker: a deleted profile's password leaves the keyring, unless another profile uses the
    same server account."""
    if any(p.keyring_user() == gone.keyring_user() for p in store.profiles()):
        return
    try:
        P.forget_password(gone)
    except P.KeyringUnavailable:
        pass


def _add(layout: QBoxLayout, *items: QWidget | QLayout | int) -> None:
    """Widgets and layouts in order; a number is a stretch."""
    for item in items:
        if isinstance(item, int):
            layout.addStretch(item)
        elif isinstance(item, QWidget):
            layout.addWidget(item)
        else:
            layout.addLayout(item)


def _line(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    return edit


def _button(text: str, parent: QWidget, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAutoDefault(False)
    button.clicked.connect(slot)
    return button


def _row(field: QWidget, button: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(field, 1)
    row.addWidget(button)
    return row


def _buddy(text: str, field: QWidget) -> QLabel:
    """A row label whose Alt letter focuses ``field`` (a layout row gets none by itself)."""
    label = QLabel(text, field.parentWidget())
    label.setBuddy(field)
    return label
