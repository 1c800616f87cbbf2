"""Many voices, one issue: the case's issue group (voice count, breakdown by speaker type and
country, ungroup) and similar entries that may be more voices of it ("add to this issue")."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.dto import EntryView, GroupView, SimilarEntry
from ..i18n import Retranslating
from ..plain import tooltip
from .detail_labels import short, status_label, term_label

_ID = Qt.ItemDataRole.UserRole


def breakdown(list_name: str, pairs: Sequence[tuple[str, int]]) -> str:
    """"Label n · Label n" with the most frequent first; "" (not given) as a dash."""
    return " · ".join(f"{term_label(list_name, code) if code else '—'} {n}" for code, n in pairs)


class GroupBox(Retranslating, QGroupBox):
    sig_ungroup = Signal()
    """Take this case out of its issue group."""

    sig_add_voices = Signal(object)
    """tuple of entry ids: make them voices of this case's issue (a new issue when it has none)."""

    sig_open_entry = Signal(int)
    """Show this similar entry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: EntryView | None = None
        self._group: GroupView | None = None
        self._similar: tuple[SimilarEntry, ...] = ()
        self._editable = False
        self.issue_title = QLabel(self)
        self.issue_title.setObjectName("groupTitle")
        self.issue_title.setTextFormat(Qt.TextFormat.PlainText)
        self.issue_title.setWordWrap(True)
        self.voices = QLabel(self)
        self.voices.setObjectName("groupVoices")
        self.by_type = QLabel(self)
        self.by_type.setObjectName("groupByType")
        self.by_country = QLabel(self)
        self.by_country.setObjectName("groupByCountry")
        for label in (self.voices, self.by_type, self.by_country):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        self.ungroup_button = QPushButton(self)
        self.ungroup_button.setObjectName("ungroup")
        self.similar_label = QLabel(self)
        self.similar = QListWidget(self)
        self.similar.setObjectName("similarList")
        self.similar.setWordWrap(True)
        self.similar.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.similar_label.setBuddy(self.similar)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addVoices")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openSimilar")
        for button in (self.ungroup_button, self.add_button, self.open_button):
            button.setAutoDefault(False)
        top = QHBoxLayout()
        top.addWidget(self.issue_title, 1)
        top.addWidget(self.ungroup_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.voices)
        layout.addWidget(self.by_type)
        layout.addWidget(self.by_country)
        layout.addWidget(self.similar_label)
        layout.addWidget(self.similar, 1)
        layout.addLayout(buttons)
        self.ungroup_button.clicked.connect(self._on_ungroup)
        self.add_button.clicked.connect(self._on_add)
        self.open_button.clicked.connect(self._on_open)
        self.similar.itemSelectionChanged.connect(self._update)
        self.similar.itemActivated.connect(lambda _i: self._on_open())
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Many voices, one issue"))
        self.ungroup_button.setText(self.tr("Take out of this issue"))
        self.similar_label.setText(self.tr("Similar entries of the event (select, then add them)"))
        self.open_button.setText(self.tr("Open"))
        self._show()

    def set_group(self, view: EntryView | None, group: GroupView | None,
                  similar: Sequence[SimilarEntry]) -> None:
        self._view, self._group = view, group
        members = set(group.entry_ids) if group else set()
        self._similar = tuple(s for s in similar if s.row.id not in members)
        self._show()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self._update()

    def similar_ids(self) -> list[int]:
        return [int(self.similar.item(i).data(_ID)) for i in range(self.similar.count())]

    def _show(self) -> None:
        group = self._group
        if group is None:
            self.issue_title.setText(self.tr("Not part of an issue group: a voice on its own.")
                               if self._view else "")
            for label in (self.voices, self.by_type, self.by_country):
                label.clear()
            self.add_button.setText(self.tr("Group with this case as one issue"))
        else:
            self.issue_title.setText(self.tr("Issue #{id}: {title}").format(id=group.id, title=group.title))
            self.voices.setText(self.tr("%n voice(s) raised it", "", group.voices))
            self.by_type.setText(self.tr("By speaker type: {list}").format(
                list=breakdown("speaker_type", group.by_speaker_type) or "—"))
            self.by_country.setText(self.tr("By country: {list}").format(
                list=breakdown("country", group.by_country) or "—"))
            self.add_button.setText(self.tr("Add to this issue"))
        self.similar.clear()
        for found in self._similar:
            row = found.row
            head = f"#{row.id} · {term_label('kind', row.kind)} · {status_label(row.status)}"
            if row.country:
                head += f" · {term_label('country', row.country)}"
            if row.group_id:
                head += " · " + self.tr("in issue #{id}").format(id=row.group_id)
            item = QListWidgetItem(f"{head}\n{short(row.summary or row.text, 200)}")
            item.setData(_ID, int(row.id))
            item.setToolTip(tooltip(row.text))
            self.similar.addItem(item)
        self._update()

    @Slot()
    def _update(self) -> None:
        chosen = bool(self.similar.selectedItems())
        self.ungroup_button.setVisible(self._group is not None)
        self.ungroup_button.setEnabled(self._editable and self._group is not None)
        self.add_button.setEnabled(self._editable and chosen and self._view is not None)
        self.open_button.setEnabled(chosen)

    def _chosen(self) -> tuple[int, ...]:
        return tuple(int(item.data(_ID)) for item in self.similar.selectedItems())

    @Slot()
    def _on_ungroup(self) -> None:
        if self._editable and self._group is not None:
            self.sig_ungroup.emit()

    @Slot()
    def _on_add(self) -> None:
        if self._editable and self._chosen():
            self.sig_add_voices.emit(self._chosen())

    @Slot()
    def _on_open(self) -> None:
        chosen = self._chosen()
        if chosen:
            self.sig_open_entry.emit(chosen[0])
