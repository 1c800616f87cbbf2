"""One colour per category, the same in every chart of the dashboard and of the PDF summary.

The colours are chosen for readers with colour-vision deficiency: Okabe & Ito's eight for the
short lists (service area, kind, dimension, programme, phase, status), Paul Tol's "muted" nine
and five of his "light" set for the long ones (topic, speaker type, country). A category keeps
its colour from its place in the taxonomy (countries: the most frequent first), so "Overseas" is
orange wherever it appears. A chart shows at most ``MAX_SERIES`` categories and folds the rest
into "Other" (grey), so within one chart no two series share a colour (``colours`` makes sure).
Hex strings only: the GUI turns them into ``QColor``, the PDF into ``reportlab`` colours.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import taxonomy
from .lifecycle import STATUSES
from .trends import NOT_GIVEN as NOT_GIVEN_KEY
from .trends import OTHER as OTHER_KEY
from .trends import TAXONOMY_LIST

#: Okabe & Ito (2008): blue, orange, bluish green, vermillion, sky blue, reddish purple,
#: yellow, grey-black.
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442",
             "#4D4D4D")
#: Paul Tol's "muted" scheme, then five of his "light" scheme.
TOL_LONG = ("#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677",
            "#882255", "#AA4499", "#77AADD", "#EE8866", "#FFAABB", "#BBCC33", "#44BB99")
OTHER = "#8C8C8C"  # the folded categories
NOT_GIVEN = "#D9D9D9"  # no topic, no country …
#: Sequential, colour-blind safe (Tol's YlOrBr), light to dark: heatmap cells.
HEAT = ("#FFFFE5", "#FFF7BC", "#FEE391", "#FEC44F", "#FB9A29", "#EC7014", "#CC4C02",
        "#993404", "#662506")
#: Bars that are not categories (top countries, top issue groups).
BAR = "#0072B2"
#: Series shown before the rest is folded into "Other".
MAX_SERIES = 8

#: Fixed colours where meaning helps: resolved/closed/adopted green, declined vermillion …
_STATUS = {
    "new": OKABE_ITO[4], "triaged": OKABE_ITO[0], "in_progress": OKABE_ITO[1],
    "waiting_worker": OKABE_ITO[5], "waiting_overseas": OKABE_ITO[7],
    "resolved": OKABE_ITO[2], "closed": "#7FB8A4",
    "received": OKABE_ITO[4], "under_study": OKABE_ITO[1], "adopted": OKABE_ITO[2],
    "partly_adopted": "#7FB8A4", "declined": OKABE_ITO[3], "implemented": OKABE_ITO[0],
    "answered": OKABE_ITO[2], "noted": OKABE_ITO[0],
    "open": OKABE_ITO[4], "done": OKABE_ITO[2], "cancelled": OKABE_ITO[7],
}
assert set(_STATUS) == {s for states in STATUSES.values() for s in states}
_TIERS = {"S0": OKABE_ITO[3], "S1": OKABE_ITO[1], "S2": OKABE_ITO[0], "S3": OKABE_ITO[4],
          "S4": OKABE_ITO[5]}


def _position(list_name: str, key: str) -> int:
    for i, term in enumerate(taxonomy.terms(list_name)):
        if term.code == key:
            return i
    return -1


def colour(by: str, key: str) -> str:
    """The colour of category ``key`` of breakdown ``by`` (``"#RRGGBB"``)."""

    if key == OTHER_KEY:
        return OTHER
    if key == NOT_GIVEN_KEY:
        return NOT_GIVEN
    if by == "status":
        return _STATUS.get(key, OTHER)
    if by == "tier":
        return _TIERS.get(key, OTHER)
    list_name = TAXONOMY_LIST.get(by) or ("service_area" if by == "service_area" else None)
    if list_name is None:
        return BAR
    scheme = OKABE_ITO if len(taxonomy.terms(list_name)) <= len(OKABE_ITO) else TOL_LONG
    pos = _position(list_name, key)
    if pos < 0:  # a code an admin added later: stable, from its text
        pos = sum(key.encode()) + len(scheme) - 1
    return scheme[pos % len(scheme)]


def colours(by: str, keys: Sequence[str]) -> tuple[str, ...]:
    """Colours for the series of one chart: each key's own colour, and where two keys share one
    (long lists past the scheme's length), the later one takes the next unused colour."""

    out: list[str] = []
    used: set[str] = set()
    scheme = OKABE_ITO if by in ("status", "tier") else TOL_LONG
    for key in keys:
        c = colour(by, key)
        if c in used and key not in (OTHER_KEY, NOT_GIVEN_KEY):
            spare = [s for s in (*scheme, *OKABE_ITO) if s not in used]
            c = spare[0] if spare else c
        out.append(c)
        used.add(c)
    return tuple(out)


def heat(fraction: float) -> str:
    """The heatmap colour of a cell holding ``fraction`` (0..1) of the largest cell."""
    f = min(max(fraction, 0.0), 1.0)
    return HEAT[round(f * (len(HEAT) - 1))]


def text_on(hex_colour: str) -> str:
    """Black or white, whichever reads better on ``hex_colour`` (WCAG relative luminance)."""
    r, g, b = (int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5))

    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    return "#000000" if lum > 0.179 else "#FFFFFF"
