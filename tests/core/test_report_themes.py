"""Themes and quotes of the strategy summary (``core/reports/themes.py``, ``quotes.py``): pure
functions, no database.

Speed of ``keywords`` (measured, not asserted): 100,000 demo-like texts of 32.4 words on average
(the sentences of ``core/demo_text.py`` with their slots filled, a summary before and two after;
7.7 % of them non-ASCII, "attaché") take 0.99–1.29 s, median 1.12 s over 7 runs, on the
development machine (2 cores shared with other jobs, Python 3.12): within the 1.5 s budget.
``test_keywords_of_100000_demo_texts`` runs that case. ``representative`` over the same 100,000
texts as candidates takes ~3 s (no budget; the report calls it per service area).
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pytest
import snowballstemmer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feedback_desk.core import demo_text
from feedback_desk.core.reports import quotes as q
from feedback_desk.core.reports import themes
from feedback_desk.core.reports.quotes import QuoteCandidate, representative, safe
from feedback_desk.core.reports.themes import STOP_WORDS, Keyword, keywords


def _demo_texts(n: int, seed: int = 7) -> list[str]:
    """Texts like the demo data's: a summary, a sentence, two more summaries (~31 words)."""
    rng = random.Random(seed)
    pool = demo_text.TEMPLATES + demo_text.SUGGESTIONS + demo_text.QUESTIONS
    cities = [c for names in demo_text.CITIES.values() for c in names]
    out = []
    for _ in range(n):
        _t, _a, _l, text, summary = rng.choice(pool)
        extra = " ".join(rng.choice(pool)[4] + "." for _ in range(2))
        slots = {"city": rng.choice(cities), "branch": rng.choice(demo_text.BRANCHES),
                 "region": rng.choice(demo_text.REGIONS), "channel": rng.choice(demo_text.CHANNELS),
                 "months": rng.randint(2, 14), "weeks": rng.randint(2, 9)}
        out.append(f"{summary}. {text} {extra}".format(**slots))
    return out


def _by_stem(found: tuple[Keyword, ...]) -> dict[str, Keyword]:
    return {k.stem: k for k in found}


# ---------------------------------------------------------------------------------- keywords
def test_indonesian_inflections_count_as_one_theme() -> None:
    found = _by_stem(keywords([
        "Klaimnya belum cair juga.",
        "Klaim JHT ditolak kantor cabang.",
        "KLAIM saya ditolak lagi, klaimnya hilang.",
        "Pembayaran iuran gagal.",
        "Gaji tidak dibayar majikan.",
        "Mau bayar iuran lewat minimarket.",
    ]))
    assert found["klaim"].entries == 3  # a text with "klaim" and "klaimnya" counts once
    assert found["klaim"].word == "klaim"
    assert found["bayar"].entries == 3  # pembayaran, dibayar, bayar
    assert found["bayar"].word == "bayar"  # equally frequent forms: the shortest is shown
    assert found["iur"].word == "iuran"  # the stem is a key; the word shown is a real word
    assert found["tolak"].entries == 2
    assert found["bayar"].share == pytest.approx(3 / 6)
    stemmer = snowballstemmer.stemmer("indonesian")
    for word in ("klaimnya", "pembayaran", "dibayar", "ditolak"):
        assert stemmer.stemWord(word) in found  # exactly what the stemmer (and PostgreSQL) says


def test_the_word_shown_is_the_most_frequent_form() -> None:
    found = _by_stem(keywords(["pembayaran gagal", "pembayaran lambat", "bayar sendiri"]))
    assert found["bayar"].word == "pembayaran"
    assert found["bayar"].entries == 3


def test_stop_words_chat_forms_and_domain_words_are_never_themes() -> None:
    filler = ("Mohon bapak ibu, tolong, terima kasih. Saya dan kami yang gak nggak yg dgn tdk "
              "sdh udah pak bu BPJS Ketenagakerjaan sudah belum tidak untuk dengan the and of "
              "please thank you")
    texts = [f"{filler} antrean {i}" for i in range(5)] + [filler] * 5
    found = keywords(texts, limit=50, min_entries=1)
    assert [k.word for k in found] == ["antrean"]
    assert len(STOP_WORDS) >= 280
    for word in ("gak", "nggak", "udah", "bpjs", "ketenagakerjaan", "pak", "bu", "ibu", "bapak",
                 "mohon", "tolong", "terima", "kasih", "saya", "kami", "yg", "dgn", "tdk", "sdh"):
        assert word in STOP_WORDS


def test_numbers_short_words_and_mixed_tokens_are_dropped() -> None:
    texts = ["Hubungi 175 atau 08123456789 soal JKK2 tahun 2024, covid19 di HK ok"] * 3
    found = keywords(texts, limit=50, min_entries=1)
    words = {k.word for k in found}
    assert words == {"hubungi"}  # 175, the phone, jkk2, covid19, 2024, hk, ok, di: gone
    assert all(k.word.isalpha() and len(k.word) >= 3 for k in found)


def test_excluded_personal_words_are_never_returned() -> None:
    texts = ["Siti Aminah belum menerima klaim", "Bu SITI aminah ditolak klaimnya",
             "Aminahnya sudah lapor, siti juga", "Wahyuni di Taipei klaim", "wahyuni wahyuni"]
    exclude = ("Siti Aminah", "Wahyuni", "")
    for min_entries in (1, 2):
        found = keywords(texts, limit=100, exclude=exclude, min_entries=min_entries)
        stems = {k.stem for k in found} | {k.word for k in found}
        assert not stems & {"siti", "aminah", "aminahnya", "wahyuni"}
        assert "klaim" in {k.stem for k in found}
    assert "wahyuni" in {k.word for k in keywords(texts, limit=100)}  # only when excluded


def test_english_texts_work() -> None:
    found = keywords([
        "The refund of my contributions was delayed again.",
        "Refund delayed for three months, nobody answers the hotline.",
        "The hotline never answers from Taipei.",
    ], min_entries=2)
    words = {k.word: k.entries for k in found}
    assert words["refund"] == 2 and words["hotline"] == 2 and words["delayed"] == 2
    assert not {"the", "for", "from", "was", "never"} & words.keys()


def test_accents_and_case_fold_like_the_search_index() -> None:
    # one ASCII text (fast path) and one with accents (Unicode path) meet on the same word
    found = _by_stem(keywords(["KLAIM ditolak", "klaim ditolak di café", "Café klaim"]))
    assert found["klaim"].entries == 3
    assert found["cafe"].entries == 2 and found["cafe"].word == "cafe"
    assert themes.fold("Attaché ÉCOLE") == "attache ecole"


def test_order_limit_min_entries_and_empty_input() -> None:
    texts = ["zebra apel", "zebra apel", "zebra mangga", "zebra", "mangga", "nanas"]
    found = keywords(texts, limit=3, min_entries=2)
    assert [(k.word, k.entries) for k in found] == [("zebra", 4), ("apel", 2), ("mangga", 2)]
    assert [k.word for k in keywords(texts, limit=1)] == ["zebra"]
    assert keywords(texts, limit=0) == ()
    assert keywords(texts, min_entries=5) == ()
    assert [k.word for k in keywords(texts, min_entries=1)][-1] == "nanas"
    assert keywords([]) == ()
    assert keywords(iter(())) == ()
    assert keywords(["", "   ", "\n"]) == ()
    assert keywords(t for t in texts) == keywords(texts)  # any iterable, consumed once


_WORDS = ["Klaim", "klaimnya", "bayar", "Pembayaran", "dibayar", "iuran", "JHT", "yang", "café",
          "Café", "ÉCOLE", "ecole", "x1", "2024", "the", "Refund", "refunds", "naïve", "Ünited",
          "深圳市华丽家政", "ok", "under_score", "şirket", "Straße", "strasse", "ǅemal", "ﬁle"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=8)), max_size=12)
                .map(lambda ws: " ".join(ws)), max_size=12))
def test_keywords_match_a_plain_reference(texts: list[str]) -> None:
    """The ASCII fast path and the cache give what the obvious implementation gives."""
    stemmer = snowballstemmer.stemmer("indonesian")
    word = re.compile(r"[^\W_]+")

    def folded(value: str) -> str:
        decomposed = unicodedata.normalize("NFKD", value.casefold())
        return "".join(ch for ch in decomposed if not unicodedata.combining(ch))

    expected: Counter[str] = Counter()
    for text in texts:
        toks = {t for t in word.findall(folded(text))
                if len(t) >= 3 and t.isalpha() and t not in STOP_WORDS}
        expected.update({stemmer.stemWord(t) for t in toks})
    found = keywords(texts, limit=10_000, min_entries=1)
    assert {k.stem: k.entries for k in found} == dict(expected)
    assert [k.stem for k in found] == sorted(expected, key=lambda s: (-expected[s], s))
    for text, stems in zip(texts, themes.stem_sets(texts), strict=True):
        fast = [w.decode() if isinstance(w, bytes) else w for w in themes.folded_words(text)]
        assert fast == word.findall(folded(text)) == themes.tokens(text)
        assert stems == {stemmer.stemWord(t) for t in fast
                         if len(t) >= 3 and t.isalpha() and t not in STOP_WORDS}


def test_keywords_of_100000_demo_texts() -> None:
    """The speed case of the module docstring (no timing assertion): sensible themes."""
    texts = _demo_texts(100_000)
    found = keywords(texts)
    assert len(found) == 12
    words = {k.word for k in found}
    assert "klaim" in words and "iuran" in words
    assert not words & STOP_WORDS
    assert all(0 < k.share < 1 for k in found)
    assert [k.entries for k in found] == sorted((k.entries for k in found), reverse=True)


# ------------------------------------------------------------------------------------ safe
@pytest.mark.parametrize("text", [
    "NIK saya 3603123456780001 belum terdaftar",
    "NIK 3603 1234 5678 0001",
    "hubungi +62 812-3456-7890 ya",
    "nomor 0812.3456.7890",
    "telp (021) 5678-90",
    "KPJ 12345678901 tidak aktif",
    "paspor C1234567 ditahan",
    "paspor AB123456",
    "paspor X1234",
    "email siti.aminah@gmail.com",
    "kirim ke budi @ yahoo.co.id",
    "DM @sitiaminah88 di IG",
    "lihat https://example.org/form",
    "buka www.contoh.com",
    "bit.ly/klaimjht",
    "situs bpjsketenagakerjaan.go.id",
    "Siti Aminah belum dibayar",
    "SITI AMINAH belum dibayar",
    "kata siti   aminah",
    "kata Siti-Aminah",
    "Aminahnya? siti, aminah!",
    "Pak Wahyuni datang",
    "wahyuninya datang",
])
def test_unsafe_texts(text: str) -> None:
    assert not safe(text, ("Siti Aminah", "Wahyuni"))


@pytest.mark.parametrize("text", [
    "Klaim JHT saya sudah 3 bulan belum cair.",
    "Contact centre 175 cannot be reached from Taipei.",
    "Pada tahun 2024 ada 12 orang",
    "Siti sudah lapor; Aminah belum.",  # the two words, but not the phrase
    "Wahyuningsih datang",  # a different name
    "JKK dan JKM di S0",
    "",
])
def test_safe_texts(text: str) -> None:
    assert safe(text, ("Siti Aminah", "Wahyuni"))


def test_safe_without_blocked_values_and_odd_values() -> None:
    assert safe("Siti Aminah belum dibayar")
    assert safe("Siti Aminah", ["", "   "])
    assert not safe("kode #!# dikirim", ["#!#"])  # a value without letters matches as text
    assert not safe("Siti Aminah", frozenset({"siti aminah"}))
    assert not safe("Siti Aminah", ["siti aminah"])  # a list (unhashable collection) works too


# ---------------------------------------------------------------------------------- quotes
def _c(entry_id: int, text: str, speaker: str = "pmi_abroad", country: str | None = "HK", *,
       protection: bool = False, sensitive: bool = False) -> QuoteCandidate:
    return QuoteCandidate(entry_id, text, speaker, country, protection, sensitive)


_LONG = ("Klaim JHT saya sudah lima bulan belum cair padahal semua dokumen sudah lengkap dan "
         "sudah diunggah lewat aplikasi JMO")  # 18 words


def _kw(*stems: str, share: float = 0.5) -> tuple[Keyword, ...]:
    return tuple(Keyword(s, s, 5, share) for s in stems)


def test_protection_sensitive_and_unsafe_texts_are_never_quoted() -> None:
    kws = _kw("klaim", "jht", "cair", "dokumen")
    planted = [
        _c(1, _LONG, protection=True), _c(2, _LONG + " ya", sensitive=True),
        _c(3, _LONG + " NIK 3603123456780001"), _c(4, _LONG + " hp +62 812-3456-7890"),
        _c(5, _LONG + " paspor C1234567"), _c(6, _LONG + " email siti@contoh.id"),
        _c(7, _LONG + " kata Siti Aminah"), _c(8, _LONG + " kata SITI AMINAH"),
        _c(9, _LONG + " kata siti aminah"), _c(10, _LONG + " 0812    3456    7890"),
    ]
    assert representative(planted, kws, blocked=("Siti Aminah",)) == ()
    plain = _c(11, "Klaim lambat sekali di cabang")  # few keywords, short: still the only one
    chosen = representative([*planted, plain], kws, blocked=("Siti Aminah",))
    assert [x.entry_id for x in chosen] == [11]
    assert chosen[0].text == plain.text


def test_quotes_cover_the_themes_and_prefer_12_to_60_words() -> None:
    kws = (Keyword("klaim", "klaim", 50, 0.5), Keyword("jmo", "jmo", 30, 0.3),
           Keyword("antre", "antrean", 10, 0.1))
    candidates = [
        _c(1, "Klaim JHT lewat JMO gagal terus."),  # both top themes, but only 6 words
        _c(2, _LONG),  # 18 words, klaim + jmo
        _c(3, "Antrean di kantor cabang Surabaya sangat panjang, petugas hanya dua orang untuk "
              "ratusan calon pekerja setiap hari."),  # 17 words, antrean only
        _c(4, "Pelatihan sebelum berangkat di Jawa Timur terlalu singkat untuk materi jaminan "
              "sosial yang penting bagi kami."),  # 16 words, no theme
    ]
    chosen = representative(candidates, kws, limit=3)
    # 2 first (klaim + jmo, good length). Then the 6-word text scores 0.25 (its length) ×
    # (0.25 + 0.15) (themes already quoted count half) = 0.1, the same as the antrean text's
    # 0.1: the text of a good length wins.
    assert [x.entry_id for x in chosen] == [2, 3, 1]
    assert [x.entry_id for x in representative(candidates, kws, limit=1)] == [2]
    assert representative(candidates, kws, limit=0) == ()
    assert representative([], kws) == ()
    # without themes, a text of a good length still beats a short one
    assert representative(candidates, (), limit=1)[0].entry_id == 2


def test_a_new_speaker_type_or_country_wins_ties() -> None:
    kws = _kw("klaim", "jht")
    candidates = [
        _c(1, _LONG + " satu", "pmi_abroad", "HK"),
        _c(2, _LONG + " dua", "pmi_abroad", "HK"),
        _c(3, _LONG + " tiga", "family", "HK"),
        _c(4, _LONG + " empat", "ngo", "TW"),
        _c(5, _LONG + " lima", "ngo", None),
    ]
    chosen = representative(candidates, kws, limit=4)
    assert [x.entry_id for x in chosen] == [1, 4, 3, 5]
    assert {(x.speaker_type, x.country) for x in chosen} == {
        ("pmi_abroad", "HK"), ("ngo", "TW"), ("family", "HK"), ("ngo", None)}


def test_the_same_words_are_quoted_once_and_the_choice_is_deterministic() -> None:
    kws = _kw("klaim", "jht", "dokumen")
    candidates = [_c(i, _LONG if i % 2 else _LONG.upper() + "  ", country=c)
                  for i, c in zip(range(1, 9), ["HK", "TW", "MY", "JP", "SG", "KR", "SA", "IT"],
                                  strict=True)]
    candidates.append(_c(20, "Dokumen klaim ditahan agensi di Taipei sehingga kami tidak bisa "
                             "mengurus kartu peserta sama sekali."))
    first = representative(candidates, kws)
    assert len(first) == 2  # the same text eight times is one quote
    for seed in range(5):
        shuffled = candidates[:]
        random.Random(seed).shuffle(shuffled)
        assert representative(shuffled, kws) == first
    assert representative(candidates + candidates, kws) == first


def test_long_texts_are_shortened_at_a_word_boundary() -> None:
    words = [f"kata{chr(97 + i % 26)}{chr(97 + i // 26)}" for i in range(100)]
    long_text = "Klaim  JHT\nbelum cair. " + " ".join(words)
    chosen = representative([_c(1, long_text)], _kw("klaim"))
    text = chosen[0].text
    assert text.endswith(" …")
    body = text[:-2]
    assert len(body.split()) == 60
    assert " ".join(long_text.split()).startswith(body + " ")
    # characters: 420 at most, " …" included
    wide = " ".join(["pembayaran" * 3] * 40)
    short = q._shorten(wide)
    assert len(short) <= 420 and short.endswith(" …")
    assert " ".join(wide.split()).startswith(short[:-2] + " ")
    # one enormous word is cut inside, never before a combining mark
    assert len(q._shorten("x" * 1000)) <= 420
    accented = ("e\u0301" * 300)
    cut = q._shorten(accented)[:-2]
    assert not unicodedata.combining(accented[len(cut)])
    # a text within the limits is only whitespace-collapsed
    assert q._shorten(" a\tb \n c ") == "a b c"
    assert q._shorten(_LONG) == _LONG


_SAFE_WORDS = ["Klaim", "JHT", "belum", "cair", "dokumen", "iuran", "bayar", "Taipei", "kantor",
               "cabang", "antrean", "panjang", "petugas", "3", "175", "2024", "siti", "aminah"]
_UNSAFE_BITS = ["3603123456780001", "+62 812-3456-7890", "C1234567", "AB123456",
                "siti.aminah@gmail.com", "Siti Aminah", "SITI AMINAH", "siti  aminah",
                "https://x.id/a", "www.contoh.com", "0812", "3456", "7890", "Wahyuni", "@budi99"]
_texts = st.lists(st.one_of(st.sampled_from(_SAFE_WORDS), st.sampled_from(_UNSAFE_BITS),
                            st.text(max_size=6)), min_size=1, max_size=70)
_seps = st.sampled_from([" ", "  ", "\n", "-", " - ", ""])
_candidates = st.lists(
    st.builds(lambda parts, sep, i, sp, co, pr, se: _c(i, sep.join(parts), sp, co,
                                                        protection=pr, sensitive=se),
              _texts, _seps, st.integers(1, 40), st.sampled_from(["pmi_abroad", "family", "ngo"]),
              st.sampled_from(["HK", "TW", None]), st.booleans(), st.booleans()),
    max_size=25)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_candidates, st.integers(0, 5))
def test_quotes_are_never_unsafe_protection_or_sensitive(candidates: list[QuoteCandidate],
                                                         limit: int) -> None:
    blocked = ("Siti Aminah", "Wahyuni")
    kws = keywords((c.text for c in candidates), min_entries=1)
    chosen = representative(candidates, kws, limit=limit, blocked=blocked)
    assert len(chosen) <= limit
    assert len({x.entry_id for x in chosen}) == len(chosen)
    by_id: dict[int, list[QuoteCandidate]] = {}
    for c in candidates:
        by_id.setdefault(c.entry_id, []).append(c)
    for quote in chosen:
        source = by_id[quote.entry_id][0]  # the first candidate of an id is the one used
        assert not source.protection and not source.sensitive
        assert safe(source.text, blocked) and safe(quote.text, blocked)
        assert quote.text == q._shorten(source.text)
        assert (quote.speaker_type, quote.country) == (source.speaker_type, source.country)
