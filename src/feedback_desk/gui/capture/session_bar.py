"""Event and session, picked once and kept; a session clock; live counters by area and kind."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...core import taxonomy
from ...core.dto import EventView, SessionTally, SessionView
from .. import i18n
from ..i18n import Retranslating


class SessionBar(Retranslating, QWidget):
    sig_session_changed = Signal(object, object)
    """(event_id, session_id or None): the recorder picked another event or session."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.event_label, self.session_label = QLabel(self), QLabel(self)
        self.events, self.sessions = QComboBox(self), QComboBox(self)
        self.events.setObjectName("eventCombo")
        self.sessions.setObjectName("sessionCombo")
        for combo, shortest in ((self.events, 18), (self.sessions, 14)):
            combo.setMinimumContentsLength(shortest)  # and as wide as the longest name, within reason
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMaximumWidth(460)
        self.event_label.setBuddy(self.events)
        self.session_label.setBuddy(self.sessions)
        self.clock = QLabel(self)
        self.clock.setObjectName("sessionClock")
        font = self.clock.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.clock.setFont(font)
        self.counters = QLabel(self)
        self.counters.setObjectName("sessionCounters")
        self.counters.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        for widget in (self.event_label, self.events, self.session_label, self.sessions):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.clock)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.counters)
        self._session_views: list[SessionView] = []
        self._picked_at = datetime.now(UTC)
        self._tally: Counter[tuple[str, str]] = Counter()
        self._tally_generation = 0  # counts local changes to the tally
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self.events.activated.connect(self._on_event_activated)
        self.sessions.activated.connect(self._on_session_activated)
        self.retranslate()

    def retranslate(self) -> None:
        self.event_label.setText(self.tr("Event"))
        self.session_label.setText(self.tr("Session"))
        self.events.setToolTip(self.tr("Ctrl+E: change event or session"))
        self._show_counters()
        self._tick()

    # ---- events and sessions ----------------------------------------------------------------
    def set_events(self, events: tuple[EventView, ...], current: int | None) -> None:
        self.events.clear()
        for ev in events:
            self.events.addItem(ev.name, int(ev.id))
        index = self.events.findData(current) if current else -1
        self.events.setCurrentIndex(index if index >= 0 else self.events.count() - 1)

    def set_sessions(self, sessions: tuple[SessionView, ...], current: int | None) -> None:
        self._session_views = list(sessions)
        self.sessions.clear()
        self.sessions.addItem(self.tr("(no session)"), None)
        for s in sessions:
            self.sessions.addItem(s.name, int(s.id))
        index = self.sessions.findData(current) if current else -1
        if index < 0:
            index = 1 if sessions else 0
        self.sessions.setCurrentIndex(index)
        self._picked_at = datetime.now(UTC)

    def event_id(self) -> int | None:
        data = self.events.currentData()
        return int(data) if data is not None else None

    def session_id(self) -> int | None:
        data = self.sessions.currentData()
        return int(data) if data is not None else None

    @Slot(int)
    def _on_event_activated(self, _index: int) -> None:
        self.sig_session_changed.emit(self.event_id(), None)

    @Slot(int)
    def _on_session_activated(self, _index: int) -> None:
        self._picked_at = datetime.now(UTC)
        self.sig_session_changed.emit(self.event_id(), self.session_id())

    # ---- clock and counters -----------------------------------------------------------------
    def _session_start(self) -> datetime:
        sid = self.session_id()
        for s in self._session_views:
            if s.id == sid and s.starts_at is not None and s.starts_at <= datetime.now(UTC):
                return s.starts_at
        return self._picked_at

    @Slot()
    def _tick(self) -> None:
        now = datetime.now(UTC)
        elapsed = int((now - self._session_start()).total_seconds())
        hours, rest = divmod(max(elapsed, 0), 3600)
        self.clock.setText(
            self.tr("{now} · session {elapsed}").format(
                now=now.astimezone().strftime("%H:%M:%S"),
                elapsed=f"{hours:02d}:{rest // 60:02d}:{rest % 60:02d}",
            )
        )

    def tally_generation(self) -> int:
        """A mark to pass to ``set_tally`` with counts read after it was taken."""
        return self._tally_generation

    def set_tally(self, tally: tuple[SessionTally, ...], since: int | None = None) -> bool:
        """Counts from the database — unless saves were counted here after they were read
        (then False: the caller reads again)."""
        if since is not None and since != self._tally_generation:
            return False
        self._tally = Counter({(t.service_area, t.kind): t.count for t in tally})
        self._show_counters()
        return True

    def count(self, area: str, kind: str, delta: int = 1) -> None:
        self._tally_generation += 1
        self._tally[(area, kind)] += delta
        if self._tally[(area, kind)] <= 0:
            del self._tally[(area, kind)]
        self._show_counters()

    def totals(self) -> tuple[Counter[str], Counter[str]]:
        areas: Counter[str] = Counter()
        kinds: Counter[str] = Counter()
        for (area, kind), n in self._tally.items():
            areas[area] += n
            kinds[kind] += n
        return areas, kinds

    def _show_counters(self) -> None:
        lang = i18n.language()
        areas, kinds = self.totals()
        area_text = " · ".join(
            f"{t.label(lang)} {areas.get(t.code, 0)}" for t in taxonomy.terms("service_area")
        )
        kind_text = " · ".join(
            f"{t.label(lang)} {kinds.get(t.code, 0)}" for t in taxonomy.terms("kind")
        )
        self.counters.setText(
            self.tr("Entries this session: {total} — {areas}  |  {kinds}").format(
                total=sum(areas.values()), areas=area_text, kinds=kind_text
            )
        )
