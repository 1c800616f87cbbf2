"""Representative quotes for leadership: what a few people actually said, attributed only to a
speaker type and a country (DOMAIN.md, "Personal data").

A quote is never taken from a protection case or a sensitive entry, nor from a text that may
identify someone (``safe``): a phone, NIK, KPJ or passport number, an e-mail address, a handle,
a URL, or any personal-data value the caller blocks (names, employers). The check is deliberately
blunt: a text that is wrongly refused only costs one candidate quote; a wrongly accepted one puts
an identifier in front of leadership. The text is otherwise quoted as said, only shortened.

The choice is greedy: each pick is the text that covers most of the main themes (weighted by their
share, a theme already quoted counting half), among texts of 12–60 words first; equal scores go
to a speaker type or country not quoted yet, then to the lowest entry id, so the same data always
gives the same quotes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .themes import Keyword, fold, stem_sets, tokens

MAX_WORDS = 60
MAX_CHARS = 420
ELLIPSIS = " …"
#: Quotes of this many words read best; shorter ones say too little, longer ones are cut.
GOOD_WORDS = (12, MAX_WORDS)
#: A theme an already chosen quote covers counts this much for the next pick.
COVERED_WEIGHT = 0.5

_UNSAFE = re.compile(
    "|".join((
        # >= 5 digits, also written "0812-3456-7890", "+62 812 3456", "(021) 5678 90", "3603.12…"
        r"\d(?:[\s\-.()]{0,3}\d){4,}",
        # e-mail addresses (also with spaces typed around the @ by a hurried recorder)
        r"(?<![^\s@])[^\s@]+ ?@ ?[^\s@]+\.[^\s@]+",
        # social-media handles: @sitiaminah
        r"(?<![\w.])@[^\W_][\w.]{2,}",
        # URLs, and bare domains with a common top-level domain
        r"\b(?:https?|ftp)://", r"\bwww\.",
        r"(?<![\w-])[\w-]+\.(?:com|net|org|info|biz|io|ly|me|id|co|gov|edu|tw|hk|sg|jp|kr)"
        r"(?![^\W_])",
        # passport-like tokens: letter(s) then digits ("C1234567", "AB123456", "X1234")
        r"\b[^\W\d_]{1,3}\d{4,}[^\W\d_]?\b",
    )),
    re.IGNORECASE,
)
#: Indonesian clitics a name may carry ("Aminahnya", "Sitilah").
_CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")


@dataclass(frozen=True, slots=True)
class QuoteCandidate:
    entry_id: int
    text: str
    speaker_type: str
    country: str | None
    protection: bool
    sensitive: bool


@dataclass(frozen=True, slots=True)
class Quote:
    entry_id: int
    text: str  # shortened with text.shorten-like rules (≤ 60 words), never altered otherwise
    speaker_type: str
    country: str | None


class _Blocked:
    """The caller's personal-data values, folded: single words match whole words (with a clitic),
    several words match as a phrase; a value without any word characters matches as text."""

    def __init__(self, blocked: Collection[str]) -> None:
        self.words: set[str] = set()
        self.phrases: list[tuple[str, ...]] = []
        self.fragments: list[str] = []
        for value in blocked:
            words = tuple(tokens(str(value)))
            if len(words) == 1:
                self.words.add(words[0])
            elif words:
                self.phrases.append(words)
            elif fold(str(value)).strip():
                self.fragments.append(fold(str(value)).strip())

    def __bool__(self) -> bool:
        return bool(self.words or self.phrases or self.fragments)

    def found_in(self, text: str) -> bool:
        forms = [_forms(word) for word in tokens(text)]
        if self.words and any(not self.words.isdisjoint(f) for f in forms):
            return True
        for phrase in self.phrases:
            size = len(phrase)
            for start in range(len(forms) - size + 1):
                if all(phrase[i] in forms[start + i] for i in range(size)):
                    return True
        if self.fragments:
            folded = fold(text)
            return any(fragment in folded for fragment in self.fragments)
        return False


def _forms(word: str) -> set[str]:
    forms = {word}
    for clitic in _CLITICS:
        if word.endswith(clitic) and len(word) > len(clitic):
            forms.add(word[: -len(clitic)])
    return forms


def _safe(text: str, blocked: _Blocked) -> bool:
    return _UNSAFE.search(text) is None and not (blocked and blocked.found_in(text))


@lru_cache(maxsize=8)
def _blocked_cached(blocked: tuple[str, ...] | frozenset[str]) -> _Blocked:
    return _Blocked(blocked)


def _blocker(blocked: Collection[str]) -> _Blocked:
    """The folded ``blocked`` values; a tuple or frozenset (the report builder checks many texts
    against the same values) is folded once."""
    if isinstance(blocked, tuple | frozenset):
        try:
            return _blocked_cached(blocked)
        except TypeError:  # unhashable members
            pass
    return _Blocked(blocked)


def safe(text: str, blocked: Collection[str] = ()) -> bool:
    """False when ``text`` may identify someone: a run of 5 or more digits (spaces, dashes, dots
    and brackets inside count as one run), an e-mail address or handle, a URL or domain, a
    passport-like token, or any ``blocked`` value (case- and accent-folded; several words match
    as a phrase, one word as a whole word, also with a clitic: "Aminahnya")."""
    return _safe(text, _blocker(blocked))


def _shorten(text: str, max_words: int = MAX_WORDS, max_chars: int = MAX_CHARS) -> str:
    """Whitespace runs collapsed; cut at a word boundary with " …" when over ``max_words`` words
    or ``max_chars`` characters (the result, " …" included, fits ``max_chars``). The same rules as
    ``text.shorten``, kept here so quotes do not depend on the PDF text module."""
    words = text.split()
    whole = " ".join(words)
    if len(words) <= max_words and len(whole) <= max_chars:
        return whole
    budget = max(max_chars - len(ELLIPSIS), 1)
    kept: list[str] = []
    length = -1
    for word in words[:max_words]:
        if length + 1 + len(word) > budget:
            break
        kept.append(word)
        length += 1 + len(word)
    if kept:
        return " ".join(kept) + ELLIPSIS
    # one word longer than the budget: cut inside it, never before a combining mark
    first = words[0]
    end = min(budget, len(first))
    while 1 < end < len(first) and unicodedata.combining(first[end]):
        end -= 1
    while end > 1 and 0xD800 <= ord(first[end - 1]) <= 0xDBFF:
        end -= 1
    return first[:end] + ELLIPSIS


@dataclass(frozen=True, slots=True)
class _Option:
    candidate: QuoteCandidate
    key: str  # the folded text: the same words said twice are quoted once
    themes: tuple[str, ...]  # keyword stems it contains, sorted
    fit: float  # 1 for 12–60 words, less for shorter or longer texts


def _fit(words: int) -> float:
    low, high = GOOD_WORDS
    if words < low:
        return 0.5 * words / low
    return 1.0 if words <= high else 0.8


def representative(candidates: Iterable[QuoteCandidate], keywords: Sequence[Keyword], *,
                   limit: int = 3, blocked: Collection[str] = ()) -> tuple[Quote, ...]:
    """Up to ``limit`` quotes that stand for the main themes (see the module docstring)."""
    if limit <= 0:
        return ()
    blocker = _blocker(blocked)
    shares = {k.stem: k.share for k in keywords}
    usable: dict[int, QuoteCandidate] = {}
    seen: set[int] = set()  # an entry given twice: its first appearance decides
    for c in candidates:
        if c.entry_id in seen:
            continue
        seen.add(c.entry_id)
        if (not c.protection and not c.sensitive and c.text.split() and _safe(c.text, blocker)
                # collapsing spaces or cutting must not make an identifier appear either
                and _safe(_shorten(c.text), blocker)):
            usable[c.entry_id] = c
    ordered = [usable[i] for i in sorted(usable)]
    options = [
        _Option(c, " ".join(fold(c.text).split()), tuple(sorted(stems & shares.keys())),
                _fit(len(c.text.split())))
        for c, stems in zip(ordered, stem_sets(c.text for c in ordered), strict=True)
    ]
    chosen: list[_Option] = []
    covered: set[str] = set()
    for _ in range(limit):
        taken = {o.key for o in chosen}
        types = {o.candidate.speaker_type for o in chosen}
        countries = {o.candidate.country for o in chosen}
        best: _Option | None = None
        best_rank: tuple[float, float, int, int] | None = None
        for option in options:
            if option.key in taken:
                continue
            score = option.fit * sum(
                shares[s] * (COVERED_WEIGHT if s in covered else 1.0) for s in option.themes)
            novelty = ((option.candidate.speaker_type not in types)
                       + (option.candidate.country not in countries))
            rank = (round(score, 9), option.fit, novelty, -option.candidate.entry_id)
            if best_rank is None or rank > best_rank:
                best, best_rank = option, rank
        if best is None:
            break
        chosen.append(best)
        covered.update(best.themes)
    return tuple(Quote(entry_id=o.candidate.entry_id, text=_shorten(o.candidate.text),
                       speaker_type=o.candidate.speaker_type, country=o.candidate.country)
                 for o in chosen)
