"""The capture form: what was said and how it is classified, all reachable from the keyboard.

Every field has a label bound to it (Alt+letter jumps there); kind and area are Alt+letter
choices that leave the focus in the text; the long lists are type-ahead pickers.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...core import protection, taxonomy
from .. import i18n
from ..i18n import Retranslating
from .fields import CaptureTextEdit, ChoiceBar, TermPicker, click_at_once
from .state import FormState


def _t(text: object) -> str:
    """Translate a text marked with QT_TRANSLATE_NOOP (lupdate collects those)."""
    return QCoreApplication.translate("CaptureForm", str(text))


def mnemonic(text: str) -> str:
    """The letter after the single ``&`` of a label ("S&uggestion" → "U"), or ""."""
    i = 0
    while (i := text.find("&", i)) >= 0 and i + 1 < len(text):
        if text[i + 1] != "&":
            return text[i + 1].upper()
        i += 2  # "&&" is a literal ampersand
    return ""


KIND_TEXTS = {  # the & letter is the Alt+key; translators pick letters unique in the form
    "complaint": QT_TRANSLATE_NOOP("CaptureForm", "&Complaint"),
    "suggestion": QT_TRANSLATE_NOOP("CaptureForm", "S&uggestion"),
    "question": QT_TRANSLATE_NOOP("CaptureForm", "&Question"),
    "appreciation": QT_TRANSLATE_NOOP("CaptureForm", "A&ppreciation"),
    "commitment": QT_TRANSLATE_NOOP("CaptureForm", "Co&mmitment"),
}
AREA_TEXTS = {
    "domestic": QT_TRANSLATE_NOOP("CaptureForm", "&Domestic"),
    "overseas": QT_TRANSLATE_NOOP("CaptureForm", "&Overseas"),
    "digital": QT_TRANSLATE_NOOP("CaptureForm", "D&igital"),
}
PICKERS = (  # (field, list, label)
    ("speaker_type", "speaker_type", QT_TRANSLATE_NOOP("CaptureForm", "Speaker t&ype")),
    ("country", "country", QT_TRANSLATE_NOOP("CaptureForm", "Cou&ntry")),
    ("topic", "topic", QT_TRANSLATE_NOOP("CaptureForm", "&Topic")),
    ("programme", "programme", QT_TRANSLATE_NOOP("CaptureForm", "Pro&gramme")),
    ("phase", "phase", QT_TRANSLATE_NOOP("CaptureForm", "P&lacement phase")),
)
IDENTITY = (
    ("purpose", QT_TRANSLATE_NOOP("CaptureForm", "Purpose")),
    ("name", QT_TRANSLATE_NOOP("CaptureForm", "Name")),
    ("phone", QT_TRANSLATE_NOOP("CaptureForm", "Phone")),
    ("nik", QT_TRANSLATE_NOOP("CaptureForm", "NIK")),
    ("passport", QT_TRANSLATE_NOOP("CaptureForm", "Passport")),
    ("kpj", QT_TRANSLATE_NOOP("CaptureForm", "KPJ number")),
    ("employer", QT_TRANSLATE_NOOP("CaptureForm", "Employer")),
)


class CaptureForm(Retranslating, QWidget):
    sig_changed = Signal()
    """Anything in the form changed (the draft is due)."""

    sig_text_changed = Signal(str)
    """The text changed (look for similar entries)."""

    sig_submit = Signal()
    """Enter: save what the form holds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uuid = FormState().uuid
        self._voice_of: int | None = None
        self._auto_sensitive = False  # we ticked "sensitive" because of protection words
        self._sensitive_overridden = False
        self._build()
        self._connect()
        self.retranslate()

    # ---- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.text_label = QLabel(self)
        self.text = CaptureTextEdit(self)
        self.text.setObjectName("captureText")
        self.text.setMinimumHeight(110)
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.text.setFont(font)
        self.text_label.setBuddy(self.text)
        self.warning = QLabel(self)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)  # user words, shown literally
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("QLabel { background: #fde2e1; color: #7a1712; padding: 4px; }")
        self.warning.hide()
        self.kind_label = QLabel(self)
        self.kinds = ChoiceBar(tuple(KIND_TEXTS), lambda: {k: _t(v) for k, v in KIND_TEXTS.items()}, self)
        self.kind_label.setBuddy(self.kinds)
        self.area_label = QLabel(self)
        self.areas = ChoiceBar(tuple(AREA_TEXTS), lambda: {k: _t(v) for k, v in AREA_TEXTS.items()}, self)
        self.area_label.setBuddy(self.areas)
        self.pickers: dict[str, TermPicker] = {}
        self.picker_labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        for position, (field, list_name, _text) in enumerate(PICKERS):
            label, picker = QLabel(self), TermPicker(list_name, self)
            picker.setObjectName(f"picker_{field}")
            label.setBuddy(picker)
            self.pickers[field], self.picker_labels[field] = picker, label
            row, col = divmod(position, 2)
            grid.addWidget(label, row, col * 2)
            grid.addWidget(picker, row, col * 2 + 1)
        self.tier_label = QLabel(self)
        self.tier = QComboBox(self)
        self.tier_label.setBuddy(self.tier)
        grid.addWidget(self.tier_label, 2, 2)
        grid.addWidget(self.tier, 2, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.same_speaker = QCheckBox(self)
        self.sensitive = QCheckBox(self)
        self.consent = QCheckBox(self)
        click_at_once(self.same_speaker, self.sensitive, self.consent)
        checks = QHBoxLayout()
        for box in (self.same_speaker, self.sensitive, self.consent):
            checks.addWidget(box)
        checks.addStretch(1)
        self.identity_box = QGroupBox(self)
        identity_form = QFormLayout(self.identity_box)
        self.identity: dict[str, QLineEdit] = {}
        self.identity_labels: dict[str, QLabel] = {}
        for field, _text in IDENTITY:
            edit, label = QLineEdit(self.identity_box), QLabel(self.identity_box)
            edit.setObjectName(f"identity_{field}")
            label.setBuddy(edit)
            self.identity[field], self.identity_labels[field] = edit, label
            identity_form.addRow(label, edit)
        self.identity_box.hide()
        self.voice = QLabel(self)
        self.voice.setTextFormat(Qt.TextFormat.PlainText)
        self.voice.hide()
        choices = QFormLayout()
        choices.addRow(self.kind_label, self.kinds)
        choices.addRow(self.area_label, self.areas)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_label)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.warning)
        layout.addLayout(choices)
        layout.addLayout(grid)
        layout.addLayout(checks)
        layout.addWidget(self.identity_box)
        layout.addWidget(self.voice)
        # Tab order: text → kind → area → pickers → tier → checkboxes → identity
        order: list[QWidget] = [self.text, self.kinds, self.areas]
        order += [self.pickers[f] for f, _l, _t in PICKERS] + [self.tier]
        order += [self.same_speaker, self.sensitive, self.consent]
        order += [self.identity[f] for f, _t in IDENTITY]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.text.textChanged.connect(self._on_text_changed)
        self.text.sig_submit.connect(self.sig_submit)
        self.kinds.sig_changed.connect(self._on_kind_changed)
        self.areas.sig_changed.connect(lambda _c: self.sig_changed.emit())
        for picker in self.pickers.values():
            picker.sig_code_changed.connect(lambda _c: self.sig_changed.emit())
        self.tier.currentIndexChanged.connect(lambda _i: self.sig_changed.emit())
        self.sensitive.toggled.connect(self._on_sensitive_toggled)
        self.same_speaker.toggled.connect(lambda _b: self.sig_changed.emit())
        self.consent.toggled.connect(self._on_consent_toggled)
        self.consent.clicked.connect(self._on_consent_clicked)
        for edit in self.identity.values():
            edit.textEdited.connect(lambda _t: self.sig_changed.emit())

    # ---- language -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.text_label.setText(self.tr("&What was said  (Enter saves, Shift+Enter new line)"))
        self.text.setPlaceholderText(self.tr("Type what the speaker says…"))
        self.kind_label.setText(self.tr("Kind"))
        self.area_label.setText(self.tr("Service area"))
        self.kinds.retranslate()
        self.areas.retranslate()
        for field, _list, text in PICKERS:
            self.picker_labels[field].setText(_t(text))
            self.pickers[field].retranslate()
            self.pickers[field].setPlaceholderText(self.tr("type to search"))
        self.tier_label.setText(self.tr("&SLA tier"))
        current = self.tier.currentData()
        self.tier.blockSignals(True)
        self.tier.clear()
        self.tier.addItem(self.tr("Automatic (from kind and topic)"), None)
        for term in taxonomy.terms("tier"):
            self.tier.addItem(term.label(i18n.language()), term.code)
        self.tier.setCurrentIndex(max(0, self.tier.findData(current)))
        self.tier.blockSignals(False)
        self.same_speaker.setText(self.tr("Same spea&ker as before"))
        self.sensitive.setText(self.tr("Sensiti&ve (restricted)"))
        self.consent.setText(self.tr("Speaker &agrees to be contacted (personal data)"))
        self.identity_box.setTitle(self.tr("Identity — stored only with consent, for its purpose"))
        for field, text in IDENTITY:
            self.identity_labels[field].setText(_t(text))
        if not self.identity["purpose"].text():
            self.identity["purpose"].setText(self.tr("Contact the speaker to follow up this matter"))
        self._update_warning()
        self._update_voice()

    def alt_letters(self) -> dict[str, str]:
        """The Alt+letter of every control, read from its current (translated) text: what
        the keyboard reference shows, so it can never disagree with the form."""
        texts = {
            "text": self.text_label.text(), "tier": self.tier_label.text(),
            "same_speaker": self.same_speaker.text(), "sensitive": self.sensitive.text(),
            "consent": self.consent.text(),
            **{code: b.text() for code, b in self.kinds.buttons().items()},
            **{code: b.text() for code, b in self.areas.buttons().items()},
            **{field: label.text() for field, label in self.picker_labels.items()},
        }
        return {key: mnemonic(text) for key, text in texts.items()}

    # ---- state ----------------------------------------------------------------------------
    def state(self) -> FormState:
        return FormState(
            text=self.text.toPlainText(), kind=self.kinds.value(), area=self.areas.value(),
            speaker_type=self.pickers["speaker_type"].code(),
            country=self.pickers["country"].code(), topic=self.pickers["topic"].code(),
            programme=self.pickers["programme"].code(), phase=self.pickers["phase"].code(),
            sensitive=self.sensitive.isChecked(), tier=self.tier.currentData(),
            consent=self.consent.isChecked(),
            **{f: self.identity[f].text() for f, _t in IDENTITY},
            voice_of=self._voice_of, uuid=self._uuid,
        )

    def set_state(self, state: FormState) -> None:
        self._uuid = state.uuid
        self._auto_sensitive = False
        self._sensitive_overridden = state.sensitive  # a restored choice is the recorder's
        self.kinds.set_value(state.kind)
        self.areas.set_value(state.area)
        for field, picker in self.pickers.items():
            picker.set_code(getattr(state, field))
        self.tier.setCurrentIndex(max(0, self.tier.findData(state.tier)))
        self.sensitive.setChecked(state.sensitive)
        self.consent.setChecked(state.consent)
        for field, _t in IDENTITY:
            if field != "purpose" or state.purpose:
                self.identity[field].setText(getattr(state, field))
        self.set_voice_of(state.voice_of)
        self.text.reset(state.text)
        self._update_warning()

    def set_voice_of(self, entry_id: int | None) -> None:
        self._voice_of = entry_id
        self._update_voice()
        self.sig_changed.emit()

    def voice_of(self) -> int | None:
        return self._voice_of

    def mark_missing(self, missing: tuple[str, ...]) -> None:
        """Show which required fields are empty and put the cursor on the first."""
        red = "QLabel { color: #b3261e; font-weight: bold; }"
        self.kind_label.setStyleSheet(red if "kind" in missing else "")
        self.area_label.setStyleSheet(red if "area" in missing else "")
        if "text" in missing:
            self.text.setFocus()

    # ---- reactions ------------------------------------------------------------------------
    @Slot()
    def _on_text_changed(self) -> None:
        text = self.text.toPlainText()
        self._update_warning()
        self.sig_text_changed.emit(text)
        self.sig_changed.emit()

    def _update_warning(self) -> None:
        found = protection.find(self.text.toPlainText())
        if found and not self._sensitive_overridden:
            if not self.sensitive.isChecked():
                self._auto_sensitive = True
                self.sensitive.blockSignals(True)
                self.sensitive.setChecked(True)
                self.sensitive.blockSignals(False)
            if self.tier.currentData() is None:
                self.tier.setCurrentIndex(self.tier.findData("S0"))
        elif not found and self._auto_sensitive:
            self._auto_sensitive = False
            self.sensitive.blockSignals(True)
            self.sensitive.setChecked(False)
            self.sensitive.blockSignals(False)
            if self.tier.currentData() == "S0":
                self.tier.setCurrentIndex(0)
        if found:
            self.warning.setText(
                self.tr("Possible protection case ({words}): marked sensitive, tier S0 "
                        "suggested. Untick “Sensitive” to override.").format(words=", ".join(found))
            )
        self.warning.setVisible(bool(found))

    @Slot(bool)
    def _on_sensitive_toggled(self, checked: bool) -> None:
        self._sensitive_overridden = True
        self._auto_sensitive = False
        self.sig_changed.emit()

    @Slot(object)
    def _on_kind_changed(self, _code: object) -> None:
        self.kind_label.setStyleSheet("")
        self.sig_changed.emit()

    @Slot(bool)
    def _on_consent_toggled(self, checked: bool) -> None:
        self.identity_box.setVisible(checked)
        self.sig_changed.emit()

    @Slot(bool)
    def _on_consent_clicked(self, checked: bool) -> None:
        if checked:  # the recorder ticked it (Alt+A): the name is what comes next
            self.identity["name"].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _update_voice(self) -> None:
        if self._voice_of is None:
            self.voice.hide()
            return
        self.voice.setText(
            self.tr("Another voice of entry #{id} — F8 picks the next similar entry, Shift+F8 none")
            .format(id=self._voice_of)
        )
        self.voice.show()

    def clear_for_next(self, same_speaker: bool) -> None:
        self.set_state(replace(self.state().next_entry(same_speaker=same_speaker)))
        self._sensitive_overridden = False
        self.mark_missing(())
