"""The main window's pages: live capture, triage and trends, one tab each (Ctrl+1, 2, 3)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from .i18n import Retranslating

CAPTURE, TRIAGE, DASHBOARD = 0, 1, 2


class Pages(Retranslating, QTabWidget):
    sig_page_changed = Signal(int)
    """The user went to another page (CAPTURE, TRIAGE or DASHBOARD)."""

    def __init__(self, capture: QWidget, triage: QWidget | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pages")
        self.setDocumentMode(True)
        # Tab walks the recorder's desk, never off it onto the page tabs (Ctrl+1 / Ctrl+2 do)
        self.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.addTab(capture, "")
        self.addTab(triage or QWidget(self), "")  # a stand-in until the page is first shown
        self.addTab(QWidget(self), "")
        self.currentChanged.connect(self.sig_page_changed)
        self.retranslate()

    def set_triage(self, triage: QWidget) -> None:
        self.set_page(TRIAGE, triage)

    def set_page(self, index: int, page: QWidget) -> None:
        """Put a page built on first use in place of its stand-in (the current page stays)."""
        current = self.currentIndex()
        stand_in = self.widget(index)
        self.blockSignals(True)
        self.removeTab(index)
        self.insertTab(index, page, "")
        self.setCurrentIndex(current)
        self.blockSignals(False)
        if stand_in is not None:
            stand_in.deleteLater()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTabText(CAPTURE, self.tr("Live capture"))
        self.setTabText(TRIAGE, self.tr("Triage"))
        self.setTabToolTip(CAPTURE, self.tr("Record what is said (Ctrl+1)"))
        self.setTabToolTip(TRIAGE, self.tr("Turn entries into handled cases (Ctrl+2)"))
        self.setTabText(DASHBOARD, self.tr("Trends"))
        self.setTabToolTip(DASHBOARD, self.tr("What is being said, by whom, about what (Ctrl+3)"))
