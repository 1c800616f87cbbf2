"""User text in places where Qt guesses rich text (tooltips): shown literally, never as HTML.

Qt renders a tooltip as HTML when it "might be rich text", so a recorded ``<b>`` would turn
bold and an ``<img src=…>`` would load a local file. Escaped inside a paragraph that keeps
white space, the text reads exactly as it was typed.
"""

from __future__ import annotations

from html import escape


def tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it literally (line breaks and spaces kept)."""
    return f"<p style='white-space:pre-wrap'>{escape(text, quote=False)}</p>" if text else ""
