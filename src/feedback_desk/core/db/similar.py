"""Earlier entries that say something like a text being typed: the capture desk's lookup.

Bounded work whatever the table size: the few most distinctive words of the text (stop words
dropped, Indonesian stems as in the search index), each looked up newest-first in the full-text
index and capped at ``PER_WORD`` hits within the event's id range; candidates are scored by
the words they share, rarer words weighing more (a word with fewer hits than the cap is
rarer). Never ``ORDER BY rank`` over all matches: on a common word that took a second on a
million rows (DESIGN.md).
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

from sqlalchemy import Connection, false, func, literal_column, select

from . import fts
from .queries import LIST_COLUMNS, E

MAX_WORDS = 8
PER_WORD = 300
MIN_WORD = 3

#: Function words (folded) that say nothing about the topic, in Indonesian and English.
STOP_WORDS = frozenset(
    """
    yang dan di ke dari ini itu untuk dengan pada tidak ada juga saya kami kita mereka dia ia
    akan sudah belum masih bisa dapat harus karena jadi atau tapi tetapi namun agar supaya
    sangat lebih sekali para oleh dalam sebagai seperti bagi tentang hal apa siapa kapan mana
    bagaimana kenapa mengapa kalau jika maka pun lagi saja hanya setelah sebelum ketika saat
    telah bahwa adalah ialah nya kah lah tersebut sama banyak sekarang tolong mohon bapak ibu
    pak bu kak mas mbak terima kasih
    the and for with that this from are was were have has had not but our your their they
    them his her its what when where which who why how can could would should will shall been
    being into about there here also very just only than then some any all more most other
    such please thank thanks you yes
    """.split()
)


def query_words(text: str) -> list[tuple[str, str]]:
    """(word, stem) pairs to look up: distinct, no stop words, longest first (rarer), capped."""
    seen: dict[str, str] = {}
    for token in fts.tokens(text.replace("\x00", " ")):
        if len(token) < MIN_WORD or token in STOP_WORDS or token.isdigit():
            continue
        word_stem = fts.stem(token)
        if word_stem in STOP_WORDS or len(word_stem) < MIN_WORD:
            continue
        seen.setdefault(word_stem, token)
    ranked = sorted(seen.items(), key=lambda item: -len(item[1]))[:MAX_WORDS]
    return [(token, word_stem) for word_stem, token in ranked]


def _hits(conn: Connection, dialect: str, token: str, word_stem: str, event_id: int,
          floor_id: int) -> list[int]:
    if dialect == "sqlite":
        rows = conn.exec_driver_sql(
            "SELECT rowid FROM entry_fts WHERE entry_fts MATCH ? AND rowid >= ? "
            "ORDER BY rowid DESC LIMIT ?",
            ('"' + word_stem.replace('"', '""') + '"', floor_id, PER_WORD),
        )
        return [r[0] for r in rows]
    tsquery = func.plainto_tsquery(literal_column(f"'{fts.PG_CONFIG}'::regconfig"), token)
    stmt = (
        select(E.id)
        .where(E.event_id == event_id, literal_column("entry.search").op("@@")(tsquery))
        .order_by(E.id.desc())
        .limit(PER_WORD)
    )
    return list(conn.execute(stmt).scalars())


def similar_rows(
    conn: Connection, dialect: str, text: str, *, event_id: int, see_protection: bool,
    limit: int, exclude: tuple[int, ...] = (),
) -> list[tuple[Any, float]]:
    """Up to ``limit`` (list row, score 0..1) of the event, best first."""
    words = query_words(text)
    if not words:
        return []
    floor_id = conn.execute(select(func.min(E.id)).where(E.event_id == event_id)).scalar()
    if floor_id is None:
        return []
    scores: dict[int, float] = {}
    shared: Counter[int] = Counter()
    total = 0.0
    for token, word_stem in words:
        ids = _hits(conn, dialect, token, word_stem, event_id, floor_id)
        weight = math.log(1.0 + PER_WORD / max(len(ids), 1))
        total += weight
        for entry_id in ids:
            scores[entry_id] = scores.get(entry_id, 0.0) + weight
            shared[entry_id] += 1
    need = 1 if len(words) <= 2 else 2
    for entry_id in exclude:
        scores.pop(entry_id, None)
    ranked = sorted(scores, key=lambda i: (-scores[i], -i))
    best = [i for i in ranked if shared[i] >= need][: limit * 4]
    if not best:
        return []
    stmt = select(*LIST_COLUMNS).where(E.id.in_(best), E.event_id == event_id)
    if not see_protection:
        stmt = stmt.where(E.protection == false())
    rows = list(conn.execute(stmt).all())
    rows.sort(key=lambda r: (-scores[r.id], -r.id))
    return [(row, min(1.0, scores[row.id] / total)) for row in rows[:limit]]
