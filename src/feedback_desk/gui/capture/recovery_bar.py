"""The yellow bar that offers back a draft kept when the desk last closed (or crashed)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ...core.drafts import Draft
from ..i18n import Retranslating
from .fields import click_at_once


def kept_forms(draft: Draft) -> list[dict[str, Any]]:
    """The half-typed forms a draft holds, oldest first: those it kept from an earlier draft
    that was never restored, then its own."""
    forms = [f for f in draft.fields.get("earlier") or []
             if isinstance(f, dict) and str(f.get("text", "")).strip()]
    own = draft.fields.get("form")
    if draft.text.strip():
        forms.append(own if isinstance(own, dict) else {"text": draft.text})
    return forms


class RecoveryBar(Retranslating, QWidget):
    sig_restore = Signal(object)
    """Restore (Alt+R): the Draft to put back."""

    sig_discard = Signal()
    """Discard: the recorder does not want the kept text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryBar")
        self.draft: Draft | None = None
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.restore_button = QPushButton(self)
        self.discard_button = QPushButton(self)
        for button in (self.restore_button, self.discard_button):
            button.setAutoDefault(False)
        click_at_once(self.restore_button, self.discard_button)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.restore_button)
        row.addWidget(self.discard_button)
        self.setStyleSheet("QWidget#recoveryBar, QWidget#recoveryBar QLabel { background: #fff4ce; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.restore_button.clicked.connect(self._on_restore)
        self.discard_button.clicked.connect(self._on_discard)
        self.hide()
        self.retranslate()

    def offer(self, draft: Draft) -> None:
        self.draft = draft
        self.retranslate()
        self.show()

    def retranslate(self) -> None:
        self.restore_button.setText(self.tr("&Restore"))
        self.discard_button.setText(self.tr("Discard"))
        if self.draft is None:
            return
        pending = self.draft.fields.get("pending") or []
        texts = [str(p.get("form", {}).get("text", "")) for p in pending if isinstance(p, dict)]
        texts += [str(f.get("text", "")) for f in kept_forms(self.draft)]
        preview = " / ".join(" ".join(t.split())[:60] for t in texts if t.strip())
        self.text.setText(
            self.tr("Unsaved text from {time} was kept when the desk last closed: “{preview}”. "
                    "Restore it (Alt+R)?").format(
                time=self.draft.saved_at.astimezone().strftime("%d/%m %H:%M:%S"), preview=preview)
        )

    def _take(self) -> Draft | None:
        draft, self.draft = self.draft, None
        self.hide()
        return draft

    def _on_restore(self) -> None:
        draft = self._take()
        if draft is not None:
            self.sig_restore.emit(draft)

    def _on_discard(self) -> None:
        self._take()
        self.sig_discard.emit()
