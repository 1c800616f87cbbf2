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


def resolve(list_name: str, value: str) -> str | None:
    """The code for a code or an English or Indonesian label (any case); None if unknown."""
    if list_name not in _LOOKUP:
        raise ValueError(f"unknown list {list_name!r}")
    return _LOOKUP[list_name].get(_key(value))
