"""The editable part of an entry in the detail pane: its summary and every classification field.

Nothing is written until "Save changes"; what the user changed stays in the fields across
reloads of the same entry (another desk's change, a conflict) until they save or revert.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import lifecycle, taxonomy
from ...core.dto import EntryView
from .. import i18n
from ..i18n import Retranslating
from .detail_labels import FIELD_LISTS, field_label

#: Fields chosen from a pick-list; "kind" and "service_area" are required (no empty choice).
COMBO_FIELDS = ("kind", "service_area", "topic", "speaker_type", "country", "programme", "phase",
                "source", "language", "evidence")
REQUIRED = frozenset({"kind", "service_area", "speaker_type"})
FIELDS = ("summary", *COMBO_FIELDS, "dimensions", "sensitive")


class ClassifyForm(Retranslating, QGroupBox):
    sig_save = Signal(object)
    """dict field → new value: only the fields the user changed."""

    sig_dirty_changed = Signal(bool)
    """The fields differ (True) or no longer differ from what is stored."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: EntryView | None = None
        self._editable = False
        self._dirty = False
        self._loading = False
        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("summaryEdit")
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumHeight(70)
        self.combos: dict[str, QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow pane: label above
        self.labels["summary"] = QLabel(self)
        form.addRow(self.labels["summary"], self.summary)
        for field in COMBO_FIELDS:
            combo = QComboBox(self)
            combo.setObjectName(f"field_{field}")
            self.combos[field] = combo
            self.labels[field] = QLabel(self)
            self.labels[field].setBuddy(combo)
            form.addRow(self.labels[field], combo)
            combo.currentIndexChanged.connect(self._on_changed)
        self.dimensions: dict[str, QCheckBox] = {}
        dims = QHBoxLayout()
        for term in taxonomy.terms("dimension"):
            box = QCheckBox(self)
            box.setObjectName(f"dimension_{term.code}")
            box.toggled.connect(self._on_changed)
            self.dimensions[term.code] = box
            dims.addWidget(box)
        dims.addStretch(1)
        self.labels["dimensions"] = QLabel(self)
        form.addRow(self.labels["dimensions"], dims)
        self.sensitive = QCheckBox(self)
        self.sensitive.setObjectName("field_sensitive")
        self.sensitive.toggled.connect(self._on_changed)
        form.addRow("", self.sensitive)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveFields")
        self.revert_button = QPushButton(self)
        self.revert_button.setObjectName("revertFields")
        for button in (self.save_button, self.revert_button):
            button.setAutoDefault(False)
        self.kind_hint = QLabel(self)
        self.kind_hint.setWordWrap(True)
        self.kind_hint.setEnabled(False)  # the muted colour of a hint
        buttons = QHBoxLayout()
        buttons.addWidget(self.kind_hint, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.summary.textChanged.connect(self._on_changed)
        self.save_button.clicked.connect(self._on_save)
        self.revert_button.clicked.connect(self.revert)
        self.retranslate()

    # ---- language -------------------------------------------------------------------------
    def _title(self) -> None:
        title = self.tr("Summary and classification")
        self.setTitle(self.tr("{title} — unsaved changes").format(title=title) if self._dirty else title)

    def retranslate(self) -> None:
        self._title()
        for field, label in self.labels.items():
            label.setText(field_label(field))
        self.summary.setPlaceholderText(self.tr("A short summary for lists and reports"))
        self.sensitive.setText(self.tr("Sensitive (restricted)"))
        lang = i18n.language()
        for code, box in self.dimensions.items():
            box.setText(taxonomy.label("dimension", code, lang))
        self.save_button.setText(self.tr("Save changes"))
        self.revert_button.setText(self.tr("Revert"))
        self.kind_hint.setText(self.tr("The kind can only change before work on the item starts."))
        values = self.values() if self._view is not None else None
        self._loading = True
        for field, combo in self.combos.items():
            combo.clear()
            if field not in REQUIRED:
                combo.addItem("—", None)
            for term in taxonomy.terms(FIELD_LISTS[field]):
                combo.addItem(term.label(lang), term.code)
        self._loading = False
        if values is not None:
            self._put(values)

    # ---- values ---------------------------------------------------------------------------
    def set_view(self, view: EntryView | None) -> frozenset[str]:
        """Show ``view``; fields the user changed on the same entry keep what they typed.

        Returns the fields the user is editing that somebody else changed meanwhile."""
        same = self._view is not None and view is not None and self._view.id == view.id
        kept = self.changes() if same else {}
        clashes = frozenset(
            f for f in kept if _stored(self._view, f) != _stored(view, f)) if same else frozenset()
        self._view = view
        if view is None:
            self._put({f: None for f in FIELDS} | {"summary": "", "dimensions": (),
                                                    "sensitive": False})
        else:
            self._put({f: getattr(view, f) for f in FIELDS} | kept)
        self._update()
        return clashes

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {"summary": self.summary.toPlainText().strip() or None}
        for field, combo in self.combos.items():
            out[field] = combo.currentData()
        out["dimensions"] = tuple(c for c, box in self.dimensions.items() if box.isChecked())
        out["sensitive"] = self.sensitive.isChecked()
        return out

    def changes(self) -> dict[str, Any]:
        """What differs from the stored entry: field → the value in the form."""
        if self._view is None:
            return {}
        stored = {f: getattr(self._view, f) for f in FIELDS}
        stored["dimensions"] = tuple(sorted(stored["dimensions"]))
        stored["summary"] = (stored["summary"] or "").strip() or None
        now = self.values()
        now["dimensions"] = tuple(sorted(now["dimensions"]))
        return {f: v for f, v in now.items() if v != stored[f]}

    def set_values(self, values: dict[str, Any]) -> None:
        """Put values in the fields (as if the user typed them)."""
        self._put(values)
        self._update()

    def _put(self, values: dict[str, Any]) -> None:
        self._loading = True
        try:
            if "summary" in values and values["summary"] != self.summary.toPlainText():
                self.summary.setPlainText(values["summary"] or "")
            for field, combo in self.combos.items():
                if field in values:
                    index = combo.findData(values[field])
                    if index < 0 and values[field] is not None:  # a code no longer listed
                        combo.addItem(str(values[field]), values[field])
                        index = combo.count() - 1
                    combo.setCurrentIndex(max(0, index))
            if "dimensions" in values:
                for code, box in self.dimensions.items():
                    box.setChecked(code in (values["dimensions"] or ()))
            if "sensitive" in values:
                self.sensitive.setChecked(bool(values["sensitive"]))
        finally:
            self._loading = False

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self._update()

    @property
    def dirty(self) -> bool:
        return self._dirty

    @Slot()
    def revert(self) -> None:
        """Throw away what was typed: show the stored entry again."""
        view, self._view = self._view, None
        self.set_view(view)

    # ---- reactions ------------------------------------------------------------------------
    @Slot()
    def _on_changed(self, *_args: object) -> None:
        if not self._loading:
            self._update()

    def _update(self) -> None:
        view = self._view
        on = self._editable and view is not None
        self.summary.setReadOnly(not on)
        for combo in self.combos.values():
            combo.setEnabled(on)
        kind_free = view is not None and view.status == lifecycle.initial_status(view.kind)
        self.combos["kind"].setEnabled(on and kind_free)
        self.kind_hint.setVisible(on and not kind_free)
        for box in (*self.dimensions.values(), self.sensitive):
            box.setEnabled(on)
        dirty = bool(self.changes())
        self.save_button.setEnabled(on and dirty)
        self.revert_button.setEnabled(dirty)
        if dirty != self._dirty:
            self._dirty = dirty
            self.sig_dirty_changed.emit(dirty)
        self._title()

    @Slot()
    def _on_save(self) -> None:
        changes = self.changes()
        if changes and self._editable:
            self.sig_save.emit(changes)


def _stored(view: EntryView | None, field: str) -> Any:
    """A field's stored value as the form compares it."""
    if view is None:
        return None
    value = getattr(view, field)
    if field == "dimensions":
        return tuple(sorted(value))
    if field == "summary":
        return (value or "").strip() or None
    return value
