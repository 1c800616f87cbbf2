"""Output to a reader that went away (``feedback-desk search … | head``)."""

from __future__ import annotations

import io
import os
from typing import TextIO


def silence(out: TextIO) -> None:
    """After the reader of ``out`` went away: what is still buffered or printed goes nowhere
    (instead of a second BrokenPipeError when Python flushes stdout on the way out)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, out.fileno())
        os.close(devnull)
    except (OSError, ValueError, io.UnsupportedOperation):
        pass
