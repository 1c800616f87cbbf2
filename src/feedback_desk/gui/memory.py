"""Keep Python's cycle collector off the event loop's back.

A full (generation 2) collection walks every object the process holds — the modules, Qt
wrappers, SQLAlchemy's metadata, pyqtgraph — and holds Python's lock meanwhile: 50-60 ms each,
measured here, when a background read on a million entries made the allocations that trigger
it (the case-health numbers), so the GUI thread stalled that long. Objects that live as long
as the desk are moved out of the collector's reach once they exist (``gc.freeze``): a full
collection then walks only what was made since (7 ms in the same run).
"""

from __future__ import annotations

import gc


def settle() -> None:
    """After start-up and after a page is built: what exists now stays for the desk's life."""
    gc.collect()  # what start-up left as garbage is not frozen with the rest
    gc.freeze()
