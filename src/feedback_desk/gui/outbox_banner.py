"""The banner over the capture form while entries wait in the offline outbox.

"Server unreachable — 3 entries waiting", "Sending 3 entries…", or what the server refused;
hidden when nothing waits. "Send now" tries at once instead of waiting for the timer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from . import plain
from .i18n import Retranslating

_STYLE = {
    "offline": "background: #fff4ce; color: #5c4400;",
    "sending": "background: #e8f0fe; color: #174ea6;",
    "refused": "background: #fde2e1; color: #7a1712;",
}


class OutboxBanner(Retranslating, QWidget):
    sig_send_now = Signal()
    """The user asked to try sending the waiting entries now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.label = QLabel(self)
        self.label.setObjectName("outboxBannerText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.send_button = QPushButton(self)
        self.send_button.setObjectName("outboxSendNow")
        self.send_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing goes on in the form
        self.send_button.clicked.connect(self.sig_send_now)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.send_button)
        self.waiting, self.state, self.detail = 0, "idle", ""
        self.hide()
        self.retranslate()

    @Slot(int, str, str)
    def set_state(self, waiting: int, state: str, detail: str = "") -> None:
        """What the outbox holds and is doing (``CaptureController.sig_outbox_changed``)."""
        self.waiting, self.state, self.detail = waiting, state, detail
        self._show()

    def retranslate(self) -> None:
        self.send_button.setText(self.tr("Send now"))
        self._show()

    def _show(self) -> None:
        if self.waiting <= 0:
            self.hide()
            return
        n = self.waiting
        if self.state == "sending":
            text = self.tr("Sending {n} waiting entries…").format(n=n)
        elif self.state == "refused":
            text = self.tr("{n} entries are waiting: the server refused some of them. "
                           "They stay on this computer.").format(n=n)
        else:
            text = self.tr("Server unreachable — {n} entries waiting. They are kept on this "
                           "computer and sent when the server is back.").format(n=n)
        self.label.setText(text)
        self.label.setToolTip(plain.tooltip(self.detail) if self.detail else "")
        self.setStyleSheet(f"#outboxBanner {{ {_STYLE.get(self.state, _STYLE['offline'])} }}")
        self.send_button.setEnabled(self.state != "sending")
        self.show()
