"""Representative quotes for leadership: what a few people actually said, attributed only to a
speaker type and a country (DOMAIN.md, "Personal data").

A quote is never taken from a protection case or a sensitive entry, nor from a text that may
identify someone (``safe``): a phone, NIK, KPJ or passport number, an e-mail address, a handle,
a URL, or any personal-data value the caller blocks (names, employers). The check is deliberately
blunt: a text that is wrongly refused only costs one candidate quote; a wrongly accepted one puts
an identifier in front of leadership. The text is otherwise quoted as said, only shortened.

The choice is greedy: each pick is the text that covers most of the main themes (the sum of their
shares, a theme already quoted counting half), times a length factor: 1 for 12–60 words, 0.8 for a
longer text (it is cut), less for a shorter one (half at 6 words). Equal scores go to the text of
the better length, then to a speaker type or country not quoted yet, then to the lowest entry id,
so the same data always gives the same quotes, whatever their order. The same words said twice
are quoted once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .themes import Keyword, fold, folded_words, stem_sets, tokens

MAX_WORDS = 60
MAX_CHARS = 420
ELLIPSIS = " …"
#: Quotes of this many words read best; shorter ones say too little, longer ones are cut.
GOOD_WORDS = (12, MAX_WORDS)
#: A theme an already chosen quote covers counts this much for the next pick.
COVERED_WEIGHT = 0.5

# What may identify someone. Each pattern starts with a digit or a literal (Python's engine
# scans those fast) or runs only when the text has an "@": ~10 µs a text in all.
#: >= 5 digits, also written "0812-3456-7890", "+62 812 3456", "(021) 5678 90", "3603.1234…"
_DIGITS = re.compile(r"\d(?:[\s\-.()]{0,3}\d){4,}")
#: passport-like tokens, a letter right before 4 or more digits: "C1234567", "AB123456", "X1234"
_PASSPORT = re.compile(r"\d(?<=[^\W\d_]\d)\d{3}")
#: bare domains with a common top-level domain ("bit.ly/…", "bpjsketenagakerjaan.go.id")
_DOMAIN = re.compile(
    r"\.(?<=[\w-]\.)(?:com|net|org|info|biz|io|ly|me|id|co|gov|edu|tw|hk|sg|jp|kr)(?![^\W_])",
    re.IGNORECASE)
#: e-mail addresses (also with spaces typed around the @ by a hurried recorder) and handles
_AT = re.compile(r"(?<![^\s@])[^\s@]+ ?@ ?[^\s@]+\.[^\s@]+|(?<![\w.])@[^\W_][\w.]{2,}")


def _identifier(text: str) -> bool:
    """Whether ``text`` holds a number, address or handle that may identify someone; URLs
    ("://", "www.") count whatever follows."""
    return bool(
        _DIGITS.search(text) or _PASSPORT.search(text) or _DOMAIN.search(text)
        or "://" in text or "www." in text.lower()
        or ("@" in text and _AT.search(text)))


#: Scripts written without spaces between words.
_UNSPACED = re.compile("[\u0e00-\u0eff\u1100-\u11ff\u3040-\u30ff\u3100-\u318f"
                       "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
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
    """The caller's personal-data values, folded: single words match whole words (also with a
    clitic: "Aminahnya"), several words match as a phrase; a value without any word characters
    matches as text. Each word is kept as str and (ASCII) as bytes, the two forms
    ``themes.folded_words`` gives, so a text costs one tokenisation and a set intersection."""

    def __init__(self, blocked: Collection[str]) -> None:
        self.words: set[str | bytes] = set()
        self.phrases: dict[str | bytes, list[tuple[frozenset[str | bytes], ...]]] = {}
        self.fragments: list[str] = []
        for raw in blocked:
            value = visible(str(raw))
            if _UNSPACED.search(value):  # Chinese, Japanese, Korean, Thai: no spaces between
                self.fragments.append(fold(value).strip())  # words, so match as text too
            words = tokens(value)
            if len(words) == 1:
                self.words |= _forms(words[0])
            elif words:
                phrase = tuple(_forms(word) for word in words)
                for first in phrase[0]:
                    self.phrases.setdefault(first, []).append(phrase)
            elif fold(str(value)).strip():
                self.fragments.append(fold(str(value)).strip())

    def __bool__(self) -> bool:
        return bool(self.words or self.phrases or self.fragments)

    def found_in(self, text: str) -> bool:
        words: Sequence[str | bytes] = folded_words(text)
        if not self.words.isdisjoint(words):
            return True
        if self.phrases and not self.phrases.keys().isdisjoint(words):
            for start, word in enumerate(words):
                for phrase in self.phrases.get(word, ()):
                    if (start + len(phrase) <= len(words)
                            and all(words[start + i] in forms for i, forms in enumerate(phrase))):
                        return True
        if self.fragments:
            folded = fold(text)
            return any(fragment in folded for fragment in self.fragments)
        return False


def _forms(word: str) -> frozenset[str | bytes]:
    """A folded word as typed and with each clitic, as str and as ASCII bytes."""
    forms = {word + clitic for clitic in ("", *_CLITICS)}
    return frozenset(forms | {form.encode() for form in forms if form.isascii()})


def visible(text: str) -> str:
    """``text`` as the PDF will show it, for the checks: compatibility forms folded (NFKC:
    full-width digits are digits), and every invisible character the escape function drops
    (soft hyphen, zero-width spaces and joiners, bidi marks, controls) removed, so an
    identifier split by one is still found; line breaks become spaces."""
    text = unicodedata.normalize("NFKC", text)
    if text.isascii() and text.isprintable():
        return text
    return "".join(" " if ch in "\n\r\t\x0b\x0c\x85\u2028\u2029" else ch for ch in text
                   if ch in "\n\r\t\x0b\x0c\x85\u2028\u2029"
                   or unicodedata.category(ch) not in ("Cc", "Cf", "Cs")
                   and not ("\ufe00" <= ch <= "\ufe0f" or "\U000e0100" <= ch <= "\U000e01ef"))


def _safe(text: str, blocked: _Blocked) -> bool:
    text = visible(text)
    return not _identifier(text) and not (blocked and blocked.found_in(text))


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
    passport-like token (a letter right before 4+ digits), or any ``blocked`` value (case- and
    accent-folded; several words match as a phrase, one word as a whole word, also with a
    clitic: "Aminahnya")."""
    return _safe(text, _blocker(blocked))


def _shorten(text: str, max_words: int = MAX_WORDS, max_chars: int = MAX_CHARS, *,
             words: list[str] | None = None) -> str:
    """Whitespace runs collapsed; cut at a word boundary with " …" when over ``max_words`` words
    or ``max_chars`` characters (the result, " …" included, fits ``max_chars``). The same rules as
    ``text.shorten``, kept here so quotes do not depend on the PDF text module. ``words``:
    ``text.split()`` when the caller has it already."""
    if words is None:
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
    text: str  # the quote (shortened)
    key: str  # the quote case-folded: the same words said twice are quoted once
    themes: tuple[str, ...]  # keyword stems it contains, sorted
    fit: float  # 1 for 12–60 words, less for shorter or longer texts
    bound: float  # its score with no theme quoted yet: no later pick scores more


def _fit(words: int) -> float:
    low, high = GOOD_WORDS
    if words < low:
        return 0.5 * words / low
    return 1.0 if words <= high else 0.8


def _usable(candidates: Iterable[QuoteCandidate], blocker: _Blocked
            ) -> list[tuple[QuoteCandidate, str, int]]:
    """(candidate, quote text, words) of the quotable candidates, by entry id."""
    usable: dict[int, tuple[QuoteCandidate, str, int]] = {}
    seen: set[int] = set()  # an entry given twice: its first appearance decides
    for c in candidates:
        if c.entry_id in seen:
            continue
        seen.add(c.entry_id)
        if c.protection or c.sensitive or not _safe(c.text, blocker):
            continue
        words = c.text.split()
        text = _shorten(c.text, words=words)
        # collapsing spaces or cutting must not make an identifier appear either
        if words and (text == c.text or _safe(text, blocker)):
            usable[c.entry_id] = (c, text, len(words))
    return [usable[i] for i in sorted(usable)]


def representative(candidates: Iterable[QuoteCandidate], keywords: Sequence[Keyword], *,
                   limit: int = 3, blocked: Collection[str] = ()) -> tuple[Quote, ...]:
    """Up to ``limit`` quotes that stand for the main themes (see the module docstring)."""
    if limit <= 0:
        return ()
    shares = {k.stem: k.share for k in keywords}
    usable = _usable(candidates, _blocker(blocked))
    options = []
    for (c, text, words), stems in zip(usable, stem_sets(u[0].text for u in usable),
                                       strict=True):
        themes = tuple(sorted(stems & shares.keys()))
        fit = _fit(words)
        options.append(_Option(c, text, text.casefold(), themes, fit,
                               round(fit * sum(shares[s] for s in themes), 9)))
    # the best bound first: a round stops at the first option that cannot beat the best found
    options.sort(key=lambda o: (-o.bound, -o.fit, o.candidate.entry_id))
    chosen: list[_Option] = []
    covered: set[str] = set()
    for _ in range(limit):
        taken = {o.key for o in chosen}
        types = {o.candidate.speaker_type for o in chosen}
        countries = {o.candidate.country for o in chosen}
        best: _Option | None = None
        best_rank: tuple[float, float, int, int] | None = None
        for option in options:
            if best_rank is not None and option.bound < best_rank[0]:
                break
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
    return tuple(Quote(entry_id=o.candidate.entry_id, text=o.text,
                       speaker_type=o.candidate.speaker_type, country=o.candidate.country)
                 for o in chosen)
