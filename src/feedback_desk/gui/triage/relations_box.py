"""Beside the case: internal notes (add), tags (add / remove) and links to related entries (add by
number, remove, open the linked entry). Recorded words are shown literally."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.dto import EntryRow, LinkView, NoteView
from ...core.services.relations import LINK_KINDS, MAX_TAG
from ..i18n import Retranslating
from ..plain import tooltip
from .detail_labels import LINK_TEXTS, short, tr, when_text

_ID = Qt.ItemDataRole.UserRole


class NotesBox(Retranslating, QGroupBox):
    sig_add_note = Signal(str)
    """Add this internal note to the case."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pending = ""  # the note or tag last sent, until it is stored
        self._notes: tuple[NoteView, ...] = ()
        self._editable = False
        self.list = QListWidget(self)
        self.list.setObjectName("notesList")
        self.list.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("noteEdit")
        self.edit.setTabChangesFocus(True)
        self.edit.setMaximumHeight(70)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addNote")
        self.add_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.edit.textChanged.connect(self._update)
        self.add_button.clicked.connect(self._on_add)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Internal notes"))
        self.edit.setPlaceholderText(self.tr("A note for colleagues (not shown to the speaker)"))
        self.add_button.setText(self.tr("Add note"))
        self.set_notes(self._notes)

    def set_notes(self, notes: Sequence[NoteView]) -> None:
        self._notes = tuple(notes)
        self.list.clear()
        for note in self._notes:
            item = QListWidgetItem(f"{when_text(note.created_at)} · {note.author}\n{note.body}")
            item.setToolTip(tooltip(note.body))
            self.list.addItem(item)
        if not self._notes:
            item = QListWidgetItem(self.tr("No notes yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self._update()

    def clear_input(self) -> None:
        self.edit.clear()

    @Slot()
    def _update(self) -> None:
        self.edit.setReadOnly(not self._editable)
        self.add_button.setEnabled(self._editable and bool(self.edit.toPlainText().strip()))

    @Slot()
    def _on_add(self) -> None:
        body = self.edit.toPlainText().strip()
        if body and self._editable:
            self.sig_add_note.emit(body)
            self.pending = body  # put back if the write fails (no server): nothing typed is lost
            self.edit.clear()

    def restore_pending(self) -> None:
        if self.pending and not self.edit.toPlainText().strip():
            self.edit.setPlainText(self.pending)
        self.pending = ""


class TagsBox(Retranslating, QGroupBox):
    sig_tag = Signal(str)
    """Put this tag on the case."""

    sig_untag = Signal(str)
    """Take this tag off the case."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pending = ""  # the note or tag last sent, until it is stored
        self._editable = False
        self.list = QListWidget(self)
        self.list.setObjectName("tagsList")
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setMaximumHeight(60)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("tagEdit")
        self.edit.setMaxLength(MAX_TAG)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addTag")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeTag")
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.edit.textChanged.connect(self._update)
        self.edit.returnPressed.connect(self._on_add)
        self.list.itemSelectionChanged.connect(self._update)
        self.add_button.clicked.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Tags"))
        self.edit.setPlaceholderText(self.tr("new tag"))
        self.add_button.setText(self.tr("Add tag"))
        self.remove_button.setText(self.tr("Remove selected tag"))

    def set_tags(self, tags: Sequence[str]) -> None:
        self.list.clear()
        for tag in tags:
            self.list.addItem(QListWidgetItem(tag))
        self._update()

    def tags(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self._update()

    @Slot()
    def _update(self) -> None:
        self.edit.setReadOnly(not self._editable)
        self.add_button.setEnabled(self._editable and bool(self.edit.text().strip()))
        self.remove_button.setEnabled(self._editable and bool(self.list.selectedItems()))

    @Slot()
    def _on_add(self) -> None:
        tag = " ".join(self.edit.text().split())
        if tag and self._editable:
            self.sig_tag.emit(tag)
            self.pending = tag  # put back if the write fails
            self.edit.clear()

    def restore_pending(self) -> None:
        if self.pending and not self.edit.text().strip():
            self.edit.setText(self.pending)
        self.pending = ""

    @Slot()
    def _on_remove(self) -> None:
        for item in self.list.selectedItems():
            self.sig_untag.emit(item.text())


class LinksBox(Retranslating, QGroupBox):
    sig_link = Signal(int, str)
    """(target entry id, link kind): link the case to another entry."""

    sig_unlink = Signal(int, str)
    """(target id, kind): remove that link from this case."""

    sig_open_entry = Signal(int)
    """Show this linked entry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entry_id: int | None = None
        self._links: tuple[LinkView, ...] = ()
        self._rows: dict[int, EntryRow] = {}
        self._editable = False
        self.list = QListWidget(self)
        self.list.setObjectName("linksList")
        self.list.setWordWrap(True)
        self.target = QSpinBox(self)
        self.target.setObjectName("linkTarget")
        self.target.setRange(0, 2_000_000_000)
        self.target.setSpecialValueText("#")
        self.kind = QComboBox(self)
        self.kind.setObjectName("linkKind")
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addLink")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openLink")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeLink")
        for button in (self.add_button, self.open_button, self.remove_button):
            button.setAutoDefault(False)
        add = QHBoxLayout()
        add.addWidget(self.kind)
        add.addWidget(self.target)
        add.addWidget(self.add_button)
        add.addStretch(1)
        chosen = QHBoxLayout()  # a row of its own: the pane stays narrow
        chosen.addStretch(1)
        chosen.addWidget(self.open_button)
        chosen.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(chosen)
        layout.addLayout(add)
        self.target.valueChanged.connect(self._update)
        self.list.itemSelectionChanged.connect(self._update)
        self.list.itemActivated.connect(lambda _i: self._on_open())
        self.add_button.clicked.connect(self._on_add)
        self.open_button.clicked.connect(self._on_open)
        self.remove_button.clicked.connect(self._on_remove)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Links to related entries"))
        current = self.kind.currentData()
        self.kind.clear()
        for kind in sorted(LINK_KINDS):
            self.kind.addItem(tr(LINK_TEXTS[kind]), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current or "related")))
        self.target.setToolTip(self.tr("The number of the other entry"))
        self.add_button.setText(self.tr("Link"))
        self.open_button.setText(self.tr("Open"))
        self.remove_button.setText(self.tr("Remove link"))
        self.remove_button.setToolTip(self.tr("A link made from the other entry is removed there"))
        self._fill()

    def set_links(self, entry_id: int | None, links: Sequence[LinkView],
                  rows: Mapping[int, EntryRow]) -> None:
        """The links of ``entry_id``; ``rows`` are the other entries (for a line of each)."""
        self._entry_id, self._links, self._rows = entry_id, tuple(links), dict(rows)
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        for link in self._links:
            outgoing = link.source_id == self._entry_id
            other = link.target_id if outgoing else link.source_id
            kind = tr(LINK_TEXTS.get(link.kind, link.kind))
            row = self._rows.get(other)
            said = short(row.summary or row.text, 120) if row else ""
            text = (self.tr("this is {kind} #{id}") if outgoing
                    else self.tr("#{id} is {kind} this")).format(kind=kind, id=other)
            item = QListWidgetItem(f"{text}: {said}" if said else text)
            item.setData(_ID, (link.source_id, link.target_id, link.kind, other))
            item.setToolTip(tooltip(row.text) if row else "")
            self.list.addItem(item)
        self._update()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self._update()

    def _selected(self) -> tuple[int, int, str, int] | None:
        items = self.list.selectedItems()
        return items[0].data(_ID) if items else None

    @Slot()
    def _update(self) -> None:
        value = self.target.value()
        self.add_button.setEnabled(self._editable and value > 0 and value != self._entry_id)
        self.target.setEnabled(self._editable)
        self.kind.setEnabled(self._editable)
        self.open_button.setEnabled(self._selected() is not None)
        chosen = self._selected()
        outgoing = chosen is not None and chosen[0] == self._entry_id  # the other entry owns it
        self.remove_button.setEnabled(self._editable and outgoing)

    @Slot()
    def _on_add(self) -> None:
        value = self.target.value()
        if self._editable and value > 0 and value != self._entry_id:
            self.sig_link.emit(value, self.kind.currentData())
            self.target.setValue(0)

    @Slot()
    def _on_open(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self.sig_open_entry.emit(int(chosen[3]))

    @Slot()
    def _on_remove(self) -> None:
        chosen = self._selected()
        if chosen is not None and self._editable and chosen[0] == self._entry_id:
            self.sig_unlink.emit(int(chosen[1]), str(chosen[2]))
