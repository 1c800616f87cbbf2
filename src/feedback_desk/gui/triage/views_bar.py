"""Saved views: pick one (filters + sort + column layout), save the current state, rename, delete.

Every database call runs through ``TaskRunner``. The list reloads on ``Change("view", …)``
notices and whenever its drop-down opens (shared views come from other desks too).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.dto import EntryQuery, SavedViewDTO, ViewColumn
from ...core.errors import ConflictError, NameTaken
from ...core.saved_views import NAME_LIMIT, builtin_label
from .. import i18n
from ..backend import Backend
from ..events import Change, DeskEvents
from ..i18n import Retranslating
from ..messages import describe
from ..plain import tooltip
from ..tasks import TaskRunner

ViewState = tuple[EntryQuery, str, bool, Sequence[ViewColumn | Mapping[str, Any]]]
StateProvider = Callable[[], ViewState]


def view_title(view: SavedViewDTO, lang: str | None = None) -> str:
    """The name to show: a built-in view's in the interface language, else the saved one."""
    if view.builtin:
        return builtin_label(view.builtin, lang or i18n.language()) or view.name
    return view.name


class _ViewsCombo(QComboBox):
    sig_opening = Signal()
    """The drop-down is about to open (a moment to fetch views shared meanwhile)."""

    def showPopup(self) -> None:
        self.sig_opening.emit()
        super().showPopup()


class SaveViewDialog(QDialog):
    """Name and sharing of a view to save."""

    def __init__(self, name: str, shared: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save view"))
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setObjectName("viewName")
        self.name_edit.setMaxLength(NAME_LIMIT)
        self.name_edit.setPlaceholderText(self.tr("e.g. Hong Kong claims this week"))
        self.shared_box = QCheckBox(self.tr("Share with everyone"), self)
        self.shared_box.setChecked(shared)
        self.shared_box.setToolTip(self.tr(
            "Every desk sees a shared view; only you and supervisors can change it."))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow("", self.shared_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._on_text_changed)
        self._on_text_changed(name)

    @Slot(str)
    def _on_text_changed(self, text: str) -> None:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        button.setEnabled(bool(text.strip()))

    def values(self) -> tuple[str, bool]:
        return self.name_edit.text(), self.shared_box.isChecked()


class ViewsBar(Retranslating, QWidget):
    sig_view_chosen = Signal(object)
    """The user picked a saved view (a SavedViewDTO): the panel applies its filters, sort and
    column layout."""

    sig_views_loaded = Signal(object)
    """The list of views was (re)loaded: tuple[SavedViewDTO, ...]."""

    def __init__(
        self, backend: Backend, tasks: TaskRunner, events: DeskEvents,
        parent: QWidget | None = None, *, state_provider: StateProvider | None = None,
    ) -> None:
        super().__init__(parent)
        self.backend, self.tasks, self.events = backend, tasks, events
        self._state_provider = state_provider
        self._views: tuple[SavedViewDTO, ...] = ()
        self._by_id: dict[int, SavedViewDTO] = {}
        self._current: int | None = None
        self._generation = 0
        self.label = QLabel(self)
        self.combo = _ViewsCombo(self)
        self.combo.setObjectName("viewsCombo")
        self.combo.setMinimumContentsLength(18)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.label.setBuddy(self.combo)
        self.save_button = QPushButton(self)
        self.rename_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        for button, name in ((self.save_button, "saveView"), (self.rename_button, "renameView"),
                             (self.delete_button, "deleteView")):
            button.setObjectName(name)
            button.setAutoDefault(False)
        self.message = QLabel(self)
        self.message.setObjectName("viewsMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        row = QHBoxLayout()
        for widget in (self.label, self.combo, self.save_button, self.rename_button,
                       self.delete_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.combo.activated.connect(self._on_activated)
        self.combo.sig_opening.connect(self.refresh)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.rename_button.clicked.connect(self._on_rename_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        events.sig_data_changed.connect(self._on_data_changed)
        events.sig_language_changed.connect(self._on_language_changed)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.label.setText(self.tr("&View"))
        self.combo.setPlaceholderText(self.tr("(current filters)"))
        self.combo.setToolTip(self.tr("Saved views: filters, sorting and columns under a name"))
        self.save_button.setText(self.tr("Save view…"))
        self.rename_button.setText(self.tr("Rename…"))
        self.delete_button.setText(self.tr("Delete"))
        self._fill()

    # ---- public ----------------------------------------------------------------------------
    def set_state_provider(self, provider: StateProvider) -> None:
        """``provider()`` → (EntryQuery, sort column, descending, columns) of the list now."""
        self._state_provider = provider

    def views(self) -> tuple[SavedViewDTO, ...]:
        return self._views

    def current(self) -> SavedViewDTO | None:
        return self._by_id.get(self._current) if self._current is not None else None

    def select(self, view_id: int | None, *, emit: bool = False) -> bool:
        """Show ``view_id`` as the current view (None: the filters are the user's own)."""
        index = self.combo.findData(view_id) if view_id is not None else -1
        self._current = view_id if index >= 0 else None
        self.combo.setCurrentIndex(index)
        self._update_buttons()
        view = self.current()
        if emit and view is not None:
            self._choose(view)
        return view is not None or view_id is None

    def mark_modified(self) -> None:
        """The user changed the filters: no saved view describes the list any more."""
        self.select(None)

    @Slot()
    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        backend = self.backend
        self.tasks.read(lambda: backend.services().views.list(),
                        lambda views: self._loaded(views, generation), self._on_failed)

    def save_view(self, name: str, shared: bool, *, replace_version: int | None = None) -> None:
        """Save the list's current state as ``name`` (asks before replacing a view)."""
        if self._state_provider is None:
            self._say(self.tr("There is no list to save a view of."))
            return
        query, sort, descending, columns = self._state_provider()
        backend = self.backend

        def run() -> SavedViewDTO:
            return backend.services().views.save(
                name, query, sort, descending, list(columns), shared=shared,
                replace_version=replace_version)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, NameTaken) and isinstance(exc.existing, SavedViewDTO):
                self._offer_replace(name, shared, exc.existing)
            else:
                self._on_failed(exc)

        self.tasks.write(run, lambda view: self._written(view, "save"), failed)

    def rename_current(self, name: str) -> None:
        view = self.current()
        if view is None:
            return
        backend = self.backend
        self.tasks.write(lambda: backend.services().views.rename(view.id, view.version, name),
                         lambda v: self._written(v, "rename"), self._on_failed)

    def delete_current(self) -> None:
        view = self.current()
        if view is None:
            return
        backend = self.backend

        def done(_: None) -> None:
            self._current = None
            self._say("")
            self.events.notify(Change("view", "delete", (view.id,)), initiator=self)
            self.refresh()

        self.tasks.write(lambda: backend.services().views.delete(view.id, view.version),
                         done, self._on_failed)

    # ---- slots -----------------------------------------------------------------------------
    @Slot(int)
    def _on_activated(self, index: int) -> None:
        view = self._by_id.get(self.combo.itemData(index))
        if view is None:
            return
        self._current = view.id
        self._update_buttons()
        self._choose(view)

    @Slot()
    def _on_save_clicked(self) -> None:
        view = self.current()
        editable = view is not None and view.editable
        dialog = SaveViewDialog(view.name if view and editable else "",
                                bool(view and editable and view.shared), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_view(*dialog.values())

    @Slot()
    def _on_rename_clicked(self) -> None:
        view = self.current()
        if view is None or not view.editable:
            return
        dialog = SaveViewDialog(view.name, view.shared, self)
        dialog.setWindowTitle(self.tr("Rename view"))
        dialog.shared_box.setEnabled(view.mine)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            name, shared = dialog.values()
            backend = self.backend
            self.tasks.write(
                lambda: backend.services().views.rename(
                    view.id, view.version, name, shared=shared if view.mine else None),
                lambda v: self._written(v, "rename"), self._on_failed)

    @Slot()
    def _on_delete_clicked(self) -> None:
        view = self.current()
        if view is None or not view.editable:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete view"),
                          self.tr("Delete the view “{name}”?").format(name=view.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        if view.shared:
            box.setInformativeText(self.tr("It is shared: it disappears for everyone."))
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.delete_current()

    @Slot(object, object)
    def _on_data_changed(self, changes: tuple[Change, ...], initiator: object) -> None:
        if initiator is not self and any(c.entity == "view" for c in changes):
            self.refresh()

    @Slot(str)
    def _on_language_changed(self, _lang: str) -> None:
        self._fill()

    # ---- helpers ---------------------------------------------------------------------------
    def _loaded(self, views: tuple[SavedViewDTO, ...], generation: int) -> None:
        if generation != self._generation:
            return  # a newer refresh is on its way
        changed = views != self._views
        self._views = views
        self._by_id = {v.id: v for v in views}
        if self._current not in self._by_id:
            self._current = None
        if changed:
            self._fill()
        self.sig_views_loaded.emit(views)

    def _fill(self) -> None:
        lang = i18n.language()
        self.combo.blockSignals(True)
        self.combo.clear()
        last_group: int | None = None
        for view in self._views:
            group = 0 if view.builtin else 1 if view.mine else 2
            if last_group is not None and group != last_group:
                self.combo.insertSeparator(self.combo.count())
            last_group = group
            title = view_title(view, lang)
            if group == 2:
                title = self.tr("{name} — {owner}").format(name=title, owner=view.owner or "?")
            self.combo.addItem(title, view.id)
            self.combo.setItemData(self.combo.count() - 1, tooltip(self._describe(view)),
                                   Qt.ItemDataRole.ToolTipRole)
        self.combo.setCurrentIndex(
            self.combo.findData(self._current) if self._current is not None else -1)
        self.combo.blockSignals(False)
        self._update_buttons()

    def _describe(self, view: SavedViewDTO) -> str:
        if view.builtin:
            return self.tr("Built in: every desk has it; it cannot be changed.")
        if view.mine:
            return self.tr("Yours, shared with everyone") if view.shared else self.tr(
                "Yours, only you see it")
        return self.tr("Shared by {owner}").format(owner=view.owner or "?")

    def _update_buttons(self) -> None:
        view = self.current()
        editable = view is not None and view.editable
        self.rename_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)

    def _choose(self, view: SavedViewDTO) -> None:
        if view.problems:
            self._say(self.tr("Parts of this view could not be read and were left out: {what}")
                      .format(what="; ".join(view.problems)))
        else:
            self._say("")
        self.sig_view_chosen.emit(view)

    def _written(self, view: SavedViewDTO, action: str) -> None:
        self._current = view.id
        self._say("")
        self.events.notify(Change("view", action, (view.id,)), initiator=self)
        self.refresh()

    def _offer_replace(self, name: str, shared: bool, existing: SavedViewDTO) -> None:
        if not existing.editable:
            self._say(self.tr("“{name}” is already a view of {owner}; choose another name.")
                      .format(name=existing.name, owner=existing.owner or "?"))
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Replace view"),
                          self.tr("A view named “{name}” exists. Replace it with the current "
                                  "filters, sorting and columns?").format(name=existing.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.save_view(name, shared, replace_version=existing.version)

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ConflictError):
            who = exc.changed_by or self.tr("another user")
            self._say(self.tr("{who} changed this view meanwhile; your change was not saved. "
                              "The list now shows their version.").format(who=who))
            self.refresh()
            return
        self._say(describe(exc))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
