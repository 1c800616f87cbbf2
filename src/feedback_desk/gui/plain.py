"""User text in places where Qt guesses rich text (tooltips): shown literally, never as HTML.

Qt renders a tooltip as HTML when it "might be rich text", so a recorded ``<b>`` would turn
bold and an ``<img src=…>`` would load a local file. Escaped inside a paragraph that keeps
white space, the text reads exactly as it was typed.
"""

from __future__ import annotations

import re
from html import escape


def tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it literally (line breaks and spaces kept)."""
    return f"<p style='white-space:pre-wrap'>{escape(text, quote=False)}</p>" if text else ""


def url_without_password(url: str) -> str:
    """``url`` without its password (no SQLAlchemy import: this runs on the GUI thread)."""
    return re.sub(r"://([^:/@]*):[^@/]*@", r"://\1@", url)


def database_name(url: str) -> str:
    """How the status bar and the log-in window name a database: a file by its path, a server
    by its URL without the password."""
    if url.startswith("sqlite") and ":///" in url:
        return url.split(":///", 1)[1]
    return url_without_password(url)
