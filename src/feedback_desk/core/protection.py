"""Words that signal a protection case (DOMAIN.md): violence, sexual assault, trafficking,
death, detention — in Indonesian and English.

A match marks the entry sensitive and suggests tier S0; the recorder can override both. Words
are matched whole, after case and accent folding, with their common inflections listed
(stemming would turn ``dipukul`` into ``pukul``, which also means "o'clock").
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def _tokens(value: str) -> list[str]:
    """Words folded as the search index folds them (case, accents)."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return _WORD.findall("".join(ch for ch in decomposed if not unicodedata.combining(ch)))

#: keyword → the category it signals. Phrases match as consecutive words.
KEYWORDS: dict[str, str] = {
    # violence
    "kekerasan": "violence", "dipukul": "violence", "dipukuli": "violence", "memukul": "violence",
    "disiksa": "violence", "siksa": "violence",
    "penyiksaan": "violence", "dianiaya": "violence", "penganiayaan": "violence",
    "violence": "violence", "abuse": "violence", "abused": "violence", "beaten": "violence",
    "tortured": "violence", "assaulted": "violence",
    # sexual assault
    "pelecehan seksual": "sexual_assault", "kekerasan seksual": "sexual_assault",
    "perkosaan": "sexual_assault", "perkosa": "sexual_assault", "pemerkosaan": "sexual_assault", "diperkosa": "sexual_assault",
    "sexual assault": "sexual_assault", "sexual harassment": "sexual_assault",
    "rape": "sexual_assault", "raped": "sexual_assault",
    # trafficking
    "tppo": "trafficking", "perdagangan orang": "trafficking", "trafficking": "trafficking",
    "trafficked": "trafficking", "human trafficking": "trafficking", "kerja paksa": "trafficking",
    "forced labour": "trafficking", "forced labor": "trafficking",
    # death
    "meninggal": "death", "wafat": "death", "kematian": "death", "tewas": "death", "mati": "death",
    "jenazah": "death", "death": "death", "died": "death", "killed": "death", "passed away": "death",
    # detention
    "ditahan": "detention", "penahanan": "detention", "dipenjara": "detention",
    "penjara": "detention", "detensi": "detention",
    "dideportasi": "detention", "deportasi": "detention", "detained": "detention",
    "detention": "detention", "jail": "detention", "jailed": "detention", "prison": "detention",
    "arrested": "detention", "ditangkap": "detention",
}


def _stem_phrase(phrase: str) -> tuple[str, ...]:
    return tuple(_tokens(phrase))


_PHRASES: dict[tuple[str, ...], str] = {}
for _keyword in KEYWORDS:
    _PHRASES.setdefault(_stem_phrase(_keyword), _keyword)
_LONGEST = max(len(p) for p in _PHRASES)


def find(text: str) -> tuple[str, ...]:
    """The protection keywords in ``text`` (as listed in ``KEYWORDS``), first occurrence order."""
    words = _tokens(text)
    found: dict[str, None] = {}
    for start in range(len(words)):
        for size in range(min(_LONGEST, len(words) - start), 0, -1):
            keyword = _PHRASES.get(tuple(words[start:start + size]))
            if keyword is not None:
                found.setdefault(keyword, None)
                break
    return tuple(found)


_SINGLE = frozenset(p[0] for p in _PHRASES if len(p) == 1)
_FIRST_OF_PHRASE = frozenset(p[0] for p in _PHRASES if len(p) > 1)
_ASCII_WORD = re.compile(r"[a-z0-9]+")


def mentions(text: str) -> bool:
    """``find(text)`` is not empty, quicker: most texts are ASCII, where folding changes
    nothing but the case, so a set of their words answers unless a phrase may start there
    (the strategy summary checks every text it might quote)."""
    if not text.isascii():
        return bool(find(text))
    words = set(_ASCII_WORD.findall(text.lower()))
    if words & _SINGLE:
        return True
    return bool(words & _FIRST_OF_PHRASE) and bool(find(text))


def categories(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(KEYWORDS[k] for k in find(text)))
