"""The case box of the detail pane on its own: the lifecycle moves offered for every kind and
status, each button's request, the reason prompts that cannot be confirmed empty, the SLA line
with paused time, and the tier of protection cases."""

from __future__ import annotations

from datetime import date

import pytest

from feedback_desk.core import lifecycle
from feedback_desk.core.dto import SlaClock
from feedback_desk.gui.triage.case_box import CaseBox, clock_text

from .triage_detail_support import make_view

ALL_STATES = [(kind, status) for kind, states in lifecycle.STATUSES.items() for status in states]
REASON_MOVES = [("question", "new", "answered"), ("suggestion", "received", "declined"),
                ("complaint", "triaged", "resolved"), ("commitment", "open", "cancelled"),
                ("suggestion", "under_study", "adopted")]


@pytest.mark.parametrize(("kind", "status"), ALL_STATES)
def test_the_moves_offered_are_exactly_those_of_the_kind_and_status(qtbot, kind, status) -> None:
    box = CaseBox()
    qtbot.addWidget(box)
    box.set_detail(make_view(kind=kind, status=status), None)
    box.set_editable(True)
    assert set(box.move_buttons) == lifecycle.allowed_transitions(kind, status)
    assert box.no_moves.isVisibleTo(box) == (not lifecycle.allowed_transitions(kind, status))
    for to, button in box.move_buttons.items():
        assert button.isEnabled()
        assert button.text().endswith("…") == lifecycle.requires_reason(kind, status, to)


@pytest.mark.parametrize(("kind", "status"), ALL_STATES)
def test_every_move_button_asks_the_controller_for_that_move(qtbot, kind, status) -> None:
    box = CaseBox()
    qtbot.addWidget(box)
    box.set_detail(make_view(kind=kind, status=status), None)
    box.set_editable(True)
    asked: list[tuple[str, object]] = []
    box.sig_transition.connect(lambda to, reason: asked.append((to, reason)))
    for to in list(box.move_buttons):
        box.move_buttons[to].click()
        if lifecycle.requires_reason(kind, status, to):
            assert box.reason_dialog is not None
            box.reason_dialog.edit.setPlainText("because")
            box.reason_dialog.ok_button.click()
    assert asked == [(to, "because" if lifecycle.requires_reason(kind, status, to) else None)
                     for to in box.move_buttons]


@pytest.mark.parametrize(("kind", "status", "to"), REASON_MOVES)
def test_a_move_needing_a_reason_cannot_be_confirmed_empty(qtbot, kind, status, to) -> None:
    box = CaseBox()
    qtbot.addWidget(box)
    box.set_detail(make_view(kind=kind, status=status), None)
    box.set_editable(True)
    asked: list[tuple[str, object]] = []
    box.sig_transition.connect(lambda t, reason: asked.append((t, reason)))
    box.move_buttons[to].click()
    dialog = box.reason_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok_button.isEnabled()
    dialog.edit.setPlainText("   \n ")
    assert not dialog.ok_button.isEnabled()
    dialog.accept()  # Enter on a blank prompt
    assert dialog.isVisible() and asked == []
    dialog.edit.setPlainText("  Dibayar 12 Maret  ")
    dialog.ok_button.click()
    assert asked == [(to, "Dibayar 12 Maret")]


def test_cancelling_the_reason_prompt_moves_nothing(qtbot) -> None:
    box = CaseBox()
    qtbot.addWidget(box)
    box.set_detail(make_view(kind="question", status="new"), None)
    box.set_editable(True)
    asked: list[object] = []
    box.sig_transition.connect(lambda *a: asked.append(a))
    box.move_buttons["answered"].click()
    assert box.reason_dialog is not None
    box.reason_dialog.edit.setPlainText("an answer")
    box.reason_dialog.reject()
    assert asked == []


def test_a_protection_case_stays_on_its_tier(qtbot) -> None:
    box = CaseBox()
    qtbot.addWidget(box)
    box.set_detail(make_view(protection=True, tier="S0"), None)
    box.set_editable(True)
    assert not box.tier.isEnabled() and box.assignee.isEnabled()


def test_the_sla_line_makes_paused_time_visible(qtbot) -> None:
    view = make_view(status="waiting_worker", paused_on=date(2026, 3, 9))
    paused = clock_text(SlaClock("paused", date(2026, 3, 17), date(2026, 3, 9), 3, 7, 4), view)
    assert "paused since" in paused and "3 working days so far" in paused and "7" in paused
    late = clock_text(SlaClock("running", date(2026, 3, 17), None, 0, 2, -2), make_view())
    assert late.startswith("OVERDUE by 2 working days") and "paused 2 working days in all" in late
    stopped = clock_text(SlaClock("stopped", date(2026, 3, 17), None, 0, 0, None),
                         make_view(status="resolved"))
    assert "stopped" in stopped
    assert clock_text(SlaClock("none", None, None, 0, 0, None), make_view()) == \
        "No SLA clock for this item."
