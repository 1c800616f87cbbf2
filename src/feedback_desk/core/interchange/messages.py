"""The English text of every import/export message code (``Message.code``).

The CLI prints these; the GUI has its own translated table with the same codes and placeholders
(``gui/interchange/messages.py``; a test checks both cover the same codes). Placeholders are
``{name}`` fields filled from ``Message.params``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .messages_reader import READER
from .messages_rows import ROWS

if TYPE_CHECKING:
    from .model import Message

ENGLISH: dict[str, str] = {**READER, **ROWS}


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def english(message: Message) -> str:
    template = ENGLISH.get(message.code)
    if template is None:
        return message.code + "".join(f" {k}={v}" for k, v in message.params)
    return template.format_map(_Blank(message.params))
