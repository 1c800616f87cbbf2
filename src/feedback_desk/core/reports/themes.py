"""The main themes of a set of texts: the words most entries use, after Indonesian stemming and
stop-word removal, for the "what was heard" part of the strategy summary.

Words are folded as the search index folds them (case, accents; see ``protection._tokens``) and
stemmed with the Snowball Indonesian stemmer, the algorithm PostgreSQL's ``indonesian`` config
uses, so "klaim" and "klaimnya" or "bayar", "dibayar" and "pembayaran" count as one theme. English
texts go through the same stemmer: it leaves most English words alone (it may trim a prefix,
"digital" → "gital", which only changes the grouping key; the word shown is always a real one).

A text counts once per stem, so one long complaint repeating "klaim" ten times weighs what a short
one does. Stop words are dropped as typed (before stemming): "peserta" stems to "serta", which is
also the conjunction "serta", and must stay a theme.

Speed: each distinct token is checked and stemmed once per call (a dict cache); an ASCII text
costs one ``bytes.translate``, a split, a set and two C-level counter updates. 100,000 demo texts
of ~32 words take about 1.05 s (measured in ``tests/core/test_report_themes.py``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass

import snowballstemmer

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
#: The combining diacritics block, except U+034F (combining class 0: ``protection`` keeps it).
_LATIN_MARKS = re.compile("[\u0300-\u034e\u0350-\u036f]+")
#: ASCII bytes → the same words ``_WORD`` finds in folded ASCII text, in one ``bytes.translate``
#: and ``split`` (twice as fast as the regex, and most texts are ASCII): letters lowered, digits
#: kept, everything else a space.
_ASCII_FOLD = bytes(
    c + 32 if 65 <= c <= 90 else c if chr(c).isascii() and chr(c).isalnum() else 32
    for c in range(256))
#: Shorter tokens are never themes (so "di", "ke", "yg" need no stop-word entry).
MIN_LENGTH = 3

_INDONESIAN = """
ada adalah adanya adapun agak agaknya agar akan akankah akhir akhirnya aku akulah amat amatlah
anda andalah antar antara antaranya apa apaan apabila apakah apalagi apatah atas atau ataukah
ataupun awal awalnya bagai bagaimana bagaimanapun bagi bagian bahkan bahwa bahwasanya baik
bakal banyak bapak baru bawah beberapa begini beginian begitu begitukah begitulah belakang
belakangan belum belumlah benar benarkah berapa berapakah berbagai berikut berikutnya berkali
bersama besar betul biasa biasanya bila bilamana bisa boleh bukan bukankah bukanlah bukannya
cara caranya cukup cuma dahulu dalam dan dapat dari daripada datang dekat demi demikian
dengan depan dia diantara diri dirinya disini disitu dong dulu enggak entah gimana hal hampir
hanya hanyalah harus haruslah hendak hendaknya hingga ialah ibarat ingin inginkan ini inikah
inilah itu itukah itulah jadi jadinya jangan jangankan jika jikalau juga justru kah kalau
kalaupun kali kalian kami kamilah kamu kamulah kan kapan kapanpun karena karenanya ke kecil
kemudian kenapa kepada kepadanya ketika khususnya kini kinilah kita kitalah lagi lagian lah
lain lainnya lalu lebih lewat macam maka makanya makin malah malahan mampu mana manakala
manalagi masa masih masing mau maupun melainkan melalui memang mengapa mereka merekalah meski
meskipun misal misalnya mulai mungkin mungkinkah nah namun nanti nantinya nyaris oleh olehnya
pada padahal padanya paling para pasti patut per perlu pernah pertama pula pun punya rasanya
rupanya saat saatnya saja sajalah saling sama sambil sampai sana sangat sangatlah satu saya
sayalah se sebab sebabnya sebagai sebagaimana sebagainya sebagian sebaik sebelum sebelumnya
sebenarnya seberapa sebetulnya secara sedang sedangkan sedikit segala segera sehingga sejak
sejauh sekali sekalian sekarang sekitar selain selalu selama selanjutnya seluruh semakin
sementara sempat semua semuanya sendiri sendirinya seolah seorang sepanjang seperti
sepertinya serta sering seringnya sesuai sesuatu sesudah setelah setiap siapa siapakah sini
situ soal sudah sudahlah supaya tadi tadinya tak tambah tanpa tapi tentang tentu tentunya
terhadap terjadi terlalu termasuk tersebut tertentu tetap tetapi tiap tidak tidakkah
tidaklah toh untuk waduh wah via walau walaupun yaitu yakni yang
hari bulan minggu tahun jam orang
"""
#: Chat and SMS forms typed by recorders or pasted from WhatsApp.
_CHAT = """
aja ajah bgt blm bkn bru dgn dng dlm dr emang gak gaada ga gk gmn gitu gimana jg jgn kalo klo
kl krn karna kyk lg lgi mksh msh nggak ngga nggk nih sdh sm sma sy tdk tdk tp trs trus udah
udh utk yg ya yah deh kok sih loh lho dah tuh gini tau tahu makasih trims thx thanks please
pls plz okay oke halo hallo salam assalamualaikum wassalam terimakasih trimakasih
"""
#: Words (nearly) every entry of this domain has: they name no theme.
_DOMAIN = """
bpjs ketenagakerjaan jamsostek pak bu ibu bapak mohon tolong terima kasih saya kami kita
migran migrant pmi tki tkw pekerja worker workers
"""
_ENGLISH = """
about above after again against all also and any are aren because been before being below
between both but can cannot could couldn did didn does doesn doing don down during each
even ever every few for from further get got had hadn has hasn have haven having her here
hers herself him himself his how however into isn its itself just let like many may might
more most much must mustn myself need needs nor not now off once one only other others ought
our ours ourselves out over own really same says shall shan she should shouldn since still
such than that the their theirs them themselves then there these they this those though
through too two under until upon very was wasn were weren what when where which while who
whom whose why will with within without won would wouldn yes yet you your yours yourself
yourselves already back come going make made know said told asked ask want wants thank
dear sir madam hello regards
"""
#: Stop words (folded, as typed): Indonesian, chat forms, this domain's ever-present words and
#: English. Only words of ``MIN_LENGTH`` or more matter; a few shorter ones stay for reading.
STOP_WORDS: frozenset[str] = frozenset((_INDONESIAN + _CHAT + _DOMAIN + _ENGLISH).split())


@dataclass(frozen=True, slots=True)
class Keyword:
    """A theme: a stem, the word shown for it (of its forms the most used, then the shortest,
    then the first alphabetically) and how many texts use it."""

    stem: str
    word: str  # the most frequent surface form (lower case) of that stem, for display
    entries: int  # how many texts contain it (a text counts once per stem)
    share: float  # entries / number of texts


def fold(value: str) -> str:
    """Case-fold and strip accents, like ``protection._tokens`` and the search index (ASCII text,
    most of it, skips the Unicode normalisation)."""
    if value.isascii():
        return value.lower()
    # accented Latin letters decompose to ASCII + marks of U+0300–U+036F: strip those at once
    decomposed = _LATIN_MARKS.sub("", unicodedata.normalize("NFKD", value.casefold()))
    if decomposed.isascii():
        return decomposed
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokens(value: str) -> list[str]:
    """The folded words of ``value`` (letters and digits; ``_`` and punctuation split)."""
    return _WORD.findall(fold(value))


def folded_words(text: str) -> list[str] | list[bytes]:
    """The words of ``tokens(text)``, as ASCII bytes when the text is ASCII (see
    ``_ASCII_FOLD``): the fast form for matching many texts against a set of words."""
    if text.isascii():
        return text.encode().translate(_ASCII_FOLD).split()
    return _WORD.findall(fold(text))


class _Stems(dict[str | bytes, str]):
    """token (str, or ASCII bytes) → its stem, or "" when the token is no theme (short, digits,
    stop word, excluded).

    One per call: the Snowball stemmer object keeps state while stemming, so it is never shared
    between threads (a PDF may be built in a worker thread while the search index stems)."""

    def __init__(self, exclude: Collection[str]) -> None:
        super().__init__()
        self._stemmer = snowballstemmer.stemmer("indonesian")
        self._excluded = {tok for value in exclude for tok in tokens(str(value))}
        # a name's inflections ("Aminahnya") are never a theme either
        self._excluded_stems = {self._stem(tok) for tok in self._excluded}

    def _stem(self, token: str) -> str:
        return str(self._stemmer.stemWord(token))

    def __missing__(self, token: str | bytes) -> str:
        word = token.decode() if isinstance(token, bytes) else token
        stem = ""
        if (len(word) >= MIN_LENGTH and word.isalpha() and word not in STOP_WORDS
                and word not in self._excluded):
            stem = self._stem(word)
            if stem in self._excluded_stems:
                stem = ""
        self[token] = stem
        return stem


def stem_sets(texts: Iterable[str], *, exclude: Collection[str] = ()) -> Iterator[frozenset[str]]:
    """For each text, the stems that ``keywords`` would count in it (for matching quotes to
    themes with exactly the same rules)."""
    stems = _Stems(exclude)
    for text in texts:
        found = set(map(stems.__getitem__, folded_words(text)))
        found.discard("")
        yield frozenset(found)


def keywords(texts: Iterable[str], *, limit: int = 12, exclude: Collection[str] = (),
             min_entries: int = 2) -> tuple[Keyword, ...]:
    """The ``limit`` stems most texts contain (at least ``min_entries`` of them), most entries
    first, ties by stem; ``exclude`` (personal-data words, case-folded; multi-word values count
    word by word) is never a keyword, nor any word stemming like one of them."""
    stems = _Stems(exclude)
    lookup = stems.__getitem__
    findall = _WORD.findall
    table = _ASCII_FOLD
    entries: Counter[str] = Counter()
    forms: Counter[str | bytes] = Counter()  # surface form → occurrences
    count = 0
    for text in texts:  # folded_words inlined: this loop is the whole cost
        count += 1
        words: list[str] | list[bytes]
        if text.isascii():
            words = text.encode().translate(table).split()
        else:
            words = findall(fold(text))
        forms.update(words)
        entries.update(set(map(lookup, words)))
    entries.pop("", None)
    if count == 0 or limit <= 0:
        return ()
    chosen = sorted(((n, stem) for stem, n in entries.items() if n >= max(min_entries, 1)),
                    key=lambda pair: (-pair[0], pair[1]))[:limit]
    wanted = {stem for _, stem in chosen}
    best: dict[str, tuple[int, int, str]] = {}  # stem → (-uses, length, form): smallest wins
    merged: Counter[str] = Counter()  # an ASCII word may come as bytes and as str
    for form, n in forms.items():
        if stems[form] in wanted:
            merged[form.decode() if isinstance(form, bytes) else form] += n
    for form, n in merged.items():
        stem = stems[form]
        rank = (-n, len(form), form)
        if stem not in best or rank < best[stem]:
            best[stem] = rank
    return tuple(Keyword(stem=stem, word=best[stem][2], entries=n, share=n / count)
                 for n, stem in chosen)
