"""Category colours: stable per category, distinct within a chart, readable text on them."""

from __future__ import annotations

import re

import pytest

from feedback_desk.core import palette, taxonomy
from feedback_desk.core.lifecycle import STATUSES
from feedback_desk.core.trends import BREAKDOWNS, NOT_GIVEN, OTHER

HEX = re.compile(r"^#[0-9A-F]{6}$")
LISTS = {"area": "service_area", "kind": "kind", "speaker_type": "speaker_type",
         "topic": "topic", "country": "country", "dimension": "dimension",
         "programme": "programme", "phase": "phase"}


@pytest.mark.parametrize("by", BREAKDOWNS)
def test_each_category_has_a_stable_colour(by: str) -> None:
    codes = [t.code for t in taxonomy.terms(LISTS[by])]
    for code in codes:
        assert HEX.match(palette.colour(by, code))
        assert palette.colour(by, code) == palette.colour(by, code)
    assert palette.colour(by, OTHER) == palette.OTHER
    assert palette.colour(by, NOT_GIVEN) == palette.NOT_GIVEN
    assert HEX.match(palette.colour(by, "added_by_an_admin"))
    if len(codes) <= len(palette.OKABE_ITO):  # short lists: one colour each
        assert len({palette.colour(by, c) for c in codes}) == len(codes)


def test_overseas_is_the_same_everywhere() -> None:
    assert palette.colour("area", "overseas") == palette.colour("service_area", "overseas")
    assert palette.colours("area", ("digital", "overseas"))[1] == palette.colour("area", "overseas")


@pytest.mark.parametrize("by", BREAKDOWNS)
def test_series_of_one_chart_never_share_a_colour(by: str) -> None:
    codes = [t.code for t in taxonomy.terms(LISTS[by])]
    for start in range(0, max(1, len(codes) - palette.MAX_SERIES + 1), 3):
        keys = (*codes[start:start + palette.MAX_SERIES - 2], NOT_GIVEN, OTHER)
        got = palette.colours(by, keys)
        assert len(got) == len(keys) and len(set(got)) == len(got)
        assert got[-1] == palette.OTHER and got[-2] == palette.NOT_GIVEN


def test_statuses_and_tiers() -> None:
    for states in STATUSES.values():
        got = palette.colours("status", states)
        assert len(set(got)) == len(got)
    assert palette.colour("status", "resolved") == palette.colour("status", "adopted")
    assert len(set(palette.colours("tier", ("S0", "S1", "S2", "S3", "S4")))) == 5
    assert palette.colour("group", "12") == palette.BAR


def test_heat_scale() -> None:
    assert palette.heat(0) == palette.HEAT[0] and palette.heat(1) == palette.HEAT[-1]
    assert palette.heat(-3) == palette.HEAT[0] and palette.heat(7) == palette.HEAT[-1]
    steps = [palette.HEAT.index(palette.heat(i / 100)) for i in range(101)]
    assert steps == sorted(steps) and len(set(steps)) == len(palette.HEAT)


@pytest.mark.parametrize(("background", "text"), [
    ("#FFFFFF", "#000000"), ("#000000", "#FFFFFF"), ("#FFFFE5", "#000000"),
    ("#662506", "#FFFFFF"), ("#0072B2", "#FFFFFF"), ("#F0E442", "#000000"),
])
def test_text_on(background: str, text: str) -> None:
    assert palette.text_on(background) == text
