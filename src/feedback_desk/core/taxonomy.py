"""The default pick-lists of DOMAIN.md, in English and Bahasa Indonesia.

These seed the ``taxonomy_term`` table (an admin can extend it later); the codes are what the
database, the interchange files and the API use.
"""

from __future__ import annotations

from dataclasses import dataclass

from .countries import COUNTRY_ROWS
from .sla import DEFAULT_TIERS

PROTECTION_TOPIC = "protection_case"


@dataclass(frozen=True, slots=True)
class Term:
    code: str
    label_en: str
    label_id: str

    def label(self, lang: str) -> str:
        return self.label_id if lang.lower().startswith("id") else self.label_en


def _terms(*rows: tuple[str, str, str]) -> tuple[Term, ...]:
    return tuple(Term(*row) for row in rows)


TAXONOMY: dict[str, tuple[Term, ...]] = {
    "service_area": _terms(
        ("domestic", "Domestic", "Dalam negeri"),
        ("overseas", "Overseas", "Luar negeri"),
        ("digital", "Digital", "Digital"),
    ),
    "dimension": _terms(
        ("benefit_quality", "Benefit quality", "Kualitas manfaat"),
        ("infrastructure", "Infrastructure", "Infrastruktur"),
        ("service_process", "Service process", "Proses layanan"),
    ),
    "kind": _terms(
        ("complaint", "Complaint", "Keluhan"),
        ("suggestion", "Suggestion", "Saran / masukan"),
        ("question", "Question", "Pertanyaan"),
        ("appreciation", "Appreciation", "Apresiasi"),
        ("commitment", "Commitment", "Komitmen"),
    ),
    "speaker_type": _terms(
        ("pmi_abroad", "Migrant worker abroad (PMI)", "Pekerja migran di luar negeri (PMI)"),
        ("cpmi", "Prospective migrant worker (CPMI)", "Calon pekerja migran (CPMI)"),
        ("returnee", "Returnee (purna PMI)", "Purna PMI"),
        ("non_procedural", "Non-procedural worker", "Pekerja non-prosedural"),
        ("family", "Family / heir", "Keluarga / ahli waris"),
        ("observer", "Observer / academic", "Pengamat / akademisi"),
        ("government", "Government body", "Instansi pemerintah"),
        ("employer", "Employer", "Pemberi kerja"),
        ("recruitment_agency", "Recruitment agency (P3MI)", "Perusahaan penempatan (P3MI)"),
        ("association", "Association", "Asosiasi"),
        ("ngo", "NGO", "LSM"),
        ("media", "Media", "Media"),
        ("agency_staff", "Agency staff", "Staf BPJS Ketenagakerjaan"),
        ("other", "Other", "Lainnya"),
    ),
    "programme": _terms(
        ("JKK", "Work-accident benefit (JKK)", "Jaminan Kecelakaan Kerja (JKK)"),
        ("JKM", "Death benefit (JKM)", "Jaminan Kematian (JKM)"),
        ("JHT", "Old-age savings (JHT)", "Jaminan Hari Tua (JHT)"),
        ("other", "Not a migrant-worker programme", "Bukan program pekerja migran"),
    ),
    "phase": _terms(
        ("before", "Before placement", "Sebelum penempatan"),
        ("during", "During placement", "Selama penempatan"),
        ("after", "After placement", "Setelah penempatan"),
    ),
    "topic": _terms(
        ("membership", "Membership & registration", "Kepesertaan & pendaftaran"),
        ("contributions", "Contributions & payment", "Iuran & pembayaran"),
        ("claims", "Claims & payout", "Klaim & pembayaran manfaat"),
        ("documents", "Documents", "Dokumen"),
        ("benefits", "Benefits (amounts, awareness)", "Manfaat (besaran, pemahaman)"),
        ("digital_services", "Digital services", "Layanan digital"),
        ("overseas_services", "Overseas services", "Layanan luar negeri"),
        ("domestic_services", "Domestic services", "Layanan dalam negeri"),
        ("information", "Information & outreach", "Informasi & sosialisasi"),
        (PROTECTION_TOPIC, "Protection case", "Kasus pelindungan"),
        ("coordination", "Inter-agency coordination", "Koordinasi antarlembaga"),
        ("non_procedural", "Non-procedural workers", "Pekerja non-prosedural"),
        ("policy_suggestion", "Policy & product suggestion", "Usulan kebijakan & produk"),
    ),
    "source": _terms(
        ("floor", "Floor microphone", "Mikrofon peserta"),
        ("panel", "Panel remark", "Pernyataan panelis"),
        ("card", "Written card", "Kartu tertulis"),
        ("chat", "Chat / WhatsApp", "Obrolan / WhatsApp"),
        ("desk", "Side desk", "Meja layanan"),
        ("follow_up", "Follow-up", "Tindak lanjut"),
    ),
    "evidence": _terms(
        ("anecdote", "Anecdote", "Anekdot"),
        ("corroborated", "Corroborated", "Terkonfirmasi"),
        ("data_backed", "Data-backed", "Didukung data"),
    ),
    "language": _terms(
        ("id", "Bahasa Indonesia", "Bahasa Indonesia"),
        ("en", "English", "Inggris"),
        ("zh", "Chinese", "Tionghoa"),
        ("ms", "Malay", "Melayu"),
        ("jv", "Javanese", "Jawa"),
        ("su", "Sundanese", "Sunda"),
    ),
    "country": _terms(*COUNTRY_ROWS),
    "tier": tuple(Term(r.code, r.label_en, r.label_id) for r in DEFAULT_TIERS),
}
LIST_NAMES: tuple[str, ...] = tuple(TAXONOMY)
_ALIASES: dict[str, dict[str, str]] = {
    "kind": {"saran": "suggestion", "masukan": "suggestion", "keluhan": "complaint"},
    "country": {
        "KSA": "SA", "Saudi": "SA", "Arab": "SA", "HK": "HK", "Hongkong": "HK", "UAE": "AE",
        "UEA": "AE", "Emirates": "AE", "Emirat Arab": "AE", "Dubai": "AE", "Abu Dhabi": "AE",
        "Korea": "KR", "Korsel": "KR", "ROK": "KR", "ROC": "TW", "Formosa": "TW", "Malay": "MY",
        "Brunei": "BN", "Turkiye": "TR", "Türkiye": "TR", "Kongo": "CD", "Congo": "CD",
        "DRC": "CD", "USA": "US", "US": "US", "Amerika": "US", "UK": "GB", "Inggris": "GB",
        "Britain": "GB", "Holland": "NL", "Belanda": "NL", "Timor Leste": "TL",
    },
    "speaker_type": {
        "PMI": "pmi_abroad", "TKI": "pmi_abroad", "BMI": "pmi_abroad", "CPMI": "cpmi",
        "purna": "returnee", "ahli waris": "family", "P3MI": "recruitment_agency",
        "PJTKI": "recruitment_agency", "BP2MI": "government", "KP2MI": "government",
        "Kemnaker": "government", "Kemlu": "government", "DJSN": "government",
        "Disnaker": "government", "imigrasi": "government", "KBRI": "government",
        "KJRI": "government", "DPR": "government", "Migrant Care": "ngo", "wartawan": "media",
        "journalist": "media", "akademisi": "observer", "majikan": "employer",
    },
    "topic": {"TPPO": PROTECTION_TOPIC, "trafficking": PROTECTION_TOPIC, "JMO": "digital_services"},
    "programme": {"kecelakaan": "JKK", "kematian": "JKM", "hari tua": "JHT", "pensiun": "other"},
}


def terms(list_name: str) -> tuple[Term, ...]:
    try:
        return TAXONOMY[list_name]
    except KeyError:
        raise ValueError(f"unknown list {list_name!r}") from None


def codes(list_name: str) -> frozenset[str]:
    return frozenset(t.code for t in terms(list_name))


def _key(value: str) -> str:
    return " ".join(value.casefold().split())


_LOOKUP: dict[str, dict[str, str]] = {}
for _name, _values in TAXONOMY.items():
    table: dict[str, str] = {}
    for _t in reversed(_values):  # earlier terms win on equal labels
        for _label in (_t.code, _t.label_en, _t.label_id):
            table[_key(_label)] = _t.code
    for _alias, _code in _ALIASES.get(_name, {}).items():
        table[_key(_alias)] = _code
    _LOOKUP[_name] = table


@dataclass(frozen=True, slots=True)
class _Keys:
    """What type-ahead matches for one term: whole strings and their words, folded."""

    term: Term
    position: int
    strings: tuple[str, ...]
    words: tuple[str, ...]


_SUGGEST: dict[str, tuple[_Keys, ...]] = {}


def _keys_for(list_name: str) -> tuple[_Keys, ...]:
    cached = _SUGGEST.get(list_name)
    if cached is None:
        aliases: dict[str, list[str]] = {}
        for alias, code in _ALIASES.get(list_name, {}).items():
            aliases.setdefault(code, []).append(alias)
        rows = []
        for position, term in enumerate(terms(list_name)):
            strings = tuple(dict.fromkeys(
                _key(s) for s in (term.code, term.label_en, term.label_id, *aliases.get(term.code, ()))
            ))
            words = tuple(dict.fromkeys(
                w.strip("()/&,.") for s in strings for w in s.split() if w.strip("()/&,.")
            ))
            rows.append(_Keys(term, position, strings, words))
        cached = _SUGGEST[list_name] = tuple(rows)
    return cached


def suggest(list_name: str, typed: str, limit: int = 12) -> tuple[Term, ...]:
    """Terms for type-ahead: ``typed`` against codes, English and Indonesian labels and aliases
    ("KSA", "Arab Saudi", "Saudi" → Saudi Arabia). Exact matches first, then whole-label
    prefixes, word prefixes, and (from three letters) substrings; ties keep the list order
    (most frequent first)."""
    key = _key(typed)
    rows = _keys_for(list_name)
    if not key:
        return tuple(r.term for r in rows[:limit])
    ranked: list[tuple[int, int, Term]] = []
    for row in rows:
        if key in row.strings:
            score = 0
        elif any(s.startswith(key) for s in row.strings):
            score = 1
        elif any(w.startswith(key) for w in row.words):
            score = 2
        elif len(key) >= 3 and any(key in s for s in row.strings):
            score = 3
        else:
            continue
        ranked.append((score, row.position, row.term))
    ranked.sort(key=lambda item: (item[0], item[1]))
    return tuple(term for _s, _p, term in ranked[:limit])


def label(list_name: str, code: str | None, lang: str) -> str:
    """The label of ``code`` in ``lang`` ("" for None; the code itself if it is not listed)."""
    if code is None:
        return ""
    for term in terms(list_name):
        if term.code == code:
            return term.label(lang)
    return code


def resolve(list_name: str, value: str) -> str | None:
    """The code for a code or an English or Indonesian label (any case); None if unknown."""
    if list_name not in _LOOKUP:
        raise ValueError(f"unknown list {list_name!r}")
    return _LOOKUP[list_name].get(_key(value))
