"""The summary's own wording in English and Bahasa Indonesia, and number and date formats.

A leadership PDF is made without the GUI (CLI, schedule), so its wording lives in the core,
in both languages side by side like the taxonomy's labels. Templates are trusted markup
(they may hold ``<b>``); every value put into them goes through ``text.markup`` in
``Words.fmt`` — the only way user text reaches a paragraph.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from .text import TextWarnings, markup, plain

MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "id": ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"),
}

#: key → (English, Indonesian)
PHRASES: dict[str, tuple[str, str]] = {
    "title": ("Strategy summary", "Ringkasan strategi"),
    "subtitle": ("Complaints and suggestions heard from migrant workers and stakeholders",
                 "Keluhan dan masukan dari pekerja migran dan pemangku kepentingan"),
    "subject": ("What was heard, from whom, about what; what is being done, what is late, "
                "what is recommended", "Apa yang didengar, dari siapa, tentang apa; apa yang "
                "sedang dikerjakan, apa yang terlambat, apa yang direkomendasikan"),
    "events": ("Event(s)", "Acara"),
    "all_events": ("All events", "Semua acara"),
    "period": ("Period", "Periode"),
    "no_entries": ("no entries", "tidak ada entri"),
    "area": ("Service area", "Area layanan"),
    "all_areas": ("Domestic, overseas and digital", "Dalam negeri, luar negeri dan digital"),
    "generated": ("Generated", "Dibuat"),
    "generated_value": ("{at} by {by}", "{at} oleh {by}"),
    "language": ("Language", "Bahasa"),
    "language_value": ("English", "Bahasa Indonesia"),
    "snapshot": ("Snapshot id", "Id snapshot"),
    "snapshot_note": (
        "Two copies with the same snapshot id were built from the same data on the same day.",
        "Dua salinan dengan id snapshot yang sama dibuat dari data yang sama pada hari yang sama."),
    "privacy_note": (
        "This summary holds no names or identifiers. Quotes are attributed to a speaker type "
        "and country only; protection cases are counted but never quoted.",
        "Ringkasan ini tidak memuat nama atau nomor identitas. Kutipan hanya disebut jenis "
        "pembicara dan negaranya; kasus pelindungan dihitung tetapi tidak pernah dikutip."),
    "contents": ("Contents", "Daftar isi"),
    "page_of": ("page {page} of {pages}", "halaman {page} dari {pages}"),
    # executive summary
    "exec": ("Executive summary", "Ringkasan eksekutif"),
    "key_figures": ("Key figures", "Angka utama"),
    "fig_entries": ("Entries", "Entri"),
    "fig_open": ("Open complaints", "Keluhan terbuka"),
    "fig_overdue": ("Overdue", "Terlambat"),
    "fig_sla": ("Within SLA", "Sesuai SLA"),
    "s_total": (
        "<b>{total}</b> entries were recorded: {complaints} complaints, {suggestions} "
        "suggestions and {others} other items ({other_list}).",
        "<b>{total}</b> entri tercatat: {complaints} keluhan, {suggestions} saran dan {others} "
        "lainnya ({other_list})."),
    "s_total_none": ("No entries match these filters.",
                     "Tidak ada entri yang sesuai dengan filter ini."),
    "s_areas": ("By service area: {list}.", "Menurut area layanan: {list}."),
    "s_speakers": ("By speaker: {list}.", "Menurut pembicara: {list}."),
    "s_cases": (
        "{open} complaints are open, {overdue} of them overdue; {rate} of the {resolved} "
        "resolved complaints were resolved within their SLA ({ok}).",
        "{open} keluhan masih terbuka, {overdue} di antaranya terlambat; {rate} dari {resolved} "
        "keluhan yang selesai ditangani sesuai SLA ({ok})."),
    "s_cases_none": (
        "{open} complaints are open, {overdue} of them overdue; none has been resolved yet.",
        "{open} keluhan masih terbuka, {overdue} di antaranya terlambat; belum ada yang "
        "selesai ditangani."),
    "s_issues": ("The five issues with the most voices, weighted by severity:",
                 "Lima isu dengan suara terbanyak, ditimbang menurut tingkat keparahan:"),
    "s_issues_none": ("No issues yet.", "Belum ada isu."),
    "issue_sentence": (
        "<b>{title}</b> ({area}): {voices} voices, severity weight {weight} — mostly {speakers}"
        "{countries}; {open} open, {overdue} overdue.",
        "<b>{title}</b> ({area}): {voices} suara, bobot keparahan {weight} — terutama "
        "{speakers}{countries}; {open} terbuka, {overdue} terlambat."),
    "issue_countries": (", from {list}", ", dari {list}"),
    "n_question": ("{n} questions", "{n} pertanyaan"),
    "n_appreciation": ("{n} appreciations", "{n} apresiasi"),
    "n_commitment": ("{n} commitments", "{n} komitmen"),
    "topic_issue": ("{topic} (not yet grouped)", "{topic} (belum dikelompokkan)"),
    "no_topic": ("No topic", "Tanpa topik"),
    "not_given": ("not given", "tidak diisi"),
    # trends
    "trends": ("Trends", "Tren"),
    "over_time": ("Entries over time by service area", "Entri dari waktu ke waktu per area layanan"),
    "backlog": ("Open complaints (backlog) over time", "Keluhan terbuka (tunggakan) dari waktu ke waktu"),
    "compliance": ("Resolved within SLA, per tier", "Selesai sesuai SLA, per tingkat"),
    "no_data": ("No data for these filters", "Tidak ada data untuk filter ini"),
    "buckets": ("One bar per {bucket}, local time ({tz}).", "Satu batang per {bucket}, waktu setempat ({tz})."),
    "bucket_minute": ("minute", "menit"), "bucket_hour": ("hour", "jam"),
    "bucket_day": ("day", "hari"), "bucket_week": ("week", "minggu"),
    # area sections
    "area_intro": (
        "{entries} entries: {kinds}. Speakers: {speakers}. Countries: {countries}.",
        "{entries} entri: {kinds}. Pembicara: {speakers}. Negara: {countries}."),
    "top_issues": ("Top issues", "Isu utama"),
    "col_issue": ("Issue", "Isu"), "col_voices": ("Voices", "Suara"),
    "col_speakers": ("Speakers", "Pembicara"), "col_countries": ("Countries", "Negara"),
    "col_open": ("Open / overdue", "Terbuka / terlambat"),
    "themes": ("Main themes", "Tema utama"),
    "themes_intro": (
        "Most frequent words in {texts} texts, after Indonesian stemming and stop-word "
        "removal (share of texts):",
        "Kata yang paling sering muncul dalam {texts} teks, setelah stemming bahasa Indonesia "
        "dan penghapusan kata umum (persentase teks):"),
    "themes_none": ("Too few texts to find themes.", "Teks terlalu sedikit untuk menemukan tema."),
    "quotes": ("What people said", "Apa yang disampaikan"),
    "quotes_none": ("No quotable text (protection cases and sensitive entries are never quoted).",
                    "Tidak ada teks yang dapat dikutip (kasus pelindungan dan entri sensitif "
                    "tidak pernah dikutip)."),
    "case_status": ("Status of its cases", "Status kasusnya"),
    "case_line": (
        "{open} open, {overdue} overdue, {resolved} resolved; median time to resolve {median}; "
        "{rate} resolved within SLA.",
        "{open} terbuka, {overdue} terlambat, {resolved} selesai; median waktu penyelesaian "
        "{median}; {rate} selesai sesuai SLA."),
    "col_status": ("Status", "Status"), "col_count": ("Complaints", "Keluhan"),
    "recommendations": ("Recommendations", "Rekomendasi"),
    "rec_counts": ("Suggestions by status: {list}.", "Saran menurut status: {list}."),
    "rec_group_0": ("Adopted", "Diterima"),
    "rec_group_1": ("Under study", "Sedang dikaji"),
    "rec_group_2": ("Declined, with the reason given", "Tidak diterima, beserta alasannya"),
    "rec_none": ("none", "tidak ada"),
    "reason": ("Reason: {reason}", "Alasan: {reason}"),
    "no_reason": ("no reason recorded", "alasan tidak dicatat"),
    "withheld": ("(text withheld: it may identify someone)",
                 "(teks tidak ditampilkan: dapat mengidentifikasi seseorang)"),
    "more": ("… and {n} more.", "… dan {n} lainnya."),
    "others_n": ("{n} others", "{n} lainnya"),
    "times_n": ("<b>(×{n})</b>", "<b>(×{n})</b>"),
    # commitments
    "commitments": ("Register of commitments", "Daftar komitmen"),
    "commitments_intro": (
        "Promises made on stage, open ones first by due date: {total} in all, {open} open, "
        "{late} overdue.",
        "Janji yang disampaikan di panggung, yang terbuka lebih dulu menurut tenggat: {total} "
        "seluruhnya, {open} terbuka, {late} terlambat."),
    "commitments_none": ("No commitments were recorded.", "Tidak ada komitmen yang dicatat."),
    "col_what": ("What", "Apa"), "col_by": ("By (role)", "Oleh (peran)"),
    "col_due": ("Due", "Tenggat"), "col_area": ("Area", "Area"),
    "late_mark": ("overdue", "terlambat"),
    # heatmap
    "heatmap": ("Service area × topic", "Area layanan × topik"),
    "heatmap_intro": ("Entries per topic and service area; darker cells hold more.",
                      "Entri per topik dan area layanan; sel yang lebih gelap berisi lebih banyak."),
    "col_topic": ("Topic", "Topik"), "total": ("Total", "Total"),
    # appendix
    "appendix": ("Appendix", "Lampiran"),
    "open_cases": ("Open high-tier and overdue cases", "Kasus terbuka tingkat tinggi dan terlambat"),
    "open_cases_intro": (
        "Open complaints of tier {tiers} or past their due date: {total}. No text and no "
        "names: the reference leads to the case in the desk.",
        "Keluhan terbuka tingkat {tiers} atau yang melewati tenggat: {total}. Tanpa teks dan "
        "tanpa nama: nomor rujukan mengarah ke kasus di aplikasi."),
    "open_cases_none": ("None.", "Tidak ada."),
    "col_ref": ("Ref.", "Rujukan"), "col_recorded": ("Recorded", "Dicatat"),
    "col_tier": ("Tier", "Tingkat"), "col_late": ("Days late", "Hari terlambat"),
    "protection_mark": ("protection case", "kasus pelindungan"),
    "method": ("Method", "Metode"),
    "method_counted": (
        "Counted: every entry recorded {range} in {events}, {areas}. Protection cases are "
        "{protection}. An entry with two improvement dimensions counts once per dimension "
        "only where dimensions are shown.",
        "Yang dihitung: setiap entri yang dicatat {range} pada {events}, {areas}. Kasus "
        "pelindungan {protection}. Entri dengan dua dimensi perbaikan dihitung sekali per "
        "dimensi hanya di bagian yang menampilkan dimensi."),
    "method_protection_in": ("included in the counts (never quoted)",
                             "termasuk dalam hitungan (tidak pernah dikutip)"),
    "method_protection_out": ("not included: this account may not see them",
                              "tidak termasuk: akun ini tidak berhak melihatnya"),
    "method_range_all": ("at any time", "kapan saja"),
    "method_range": ("from {start} to {end} (local dates, inclusive)",
                     "dari {start} sampai {end} (tanggal setempat, inklusif)"),
    "method_issues": (
        "Issues are the issue groups supervisors formed; voices not yet grouped are gathered "
        "per topic and service area. Weight = voices × severity of their SLA tier (S0 5, S1 4, "
        "S2 3, S3 2, S4 1, no tier 1). Voices are complaints, suggestions and questions.",
        "Isu adalah kelompok isu yang dibentuk supervisor; suara yang belum dikelompokkan "
        "dihimpun per topik dan area layanan. Bobot = suara × tingkat keparahan SLA (S0 5, "
        "S1 4, S2 3, S3 2, S4 1, tanpa tingkat 1). Suara adalah keluhan, saran dan pertanyaan."),
    "method_cases": (
        "Open = new, triaged, in progress or waiting. Overdue = open, the SLA clock running and "
        "the due date passed, on {today}. Within SLA = resolved by the due date, of those "
        "resolved.",
        "Terbuka = baru, terpilah, sedang diproses atau menunggu. Terlambat = terbuka, jam SLA "
        "berjalan dan tenggat terlewati, pada {today}. Sesuai SLA = selesai sebelum tenggat, "
        "dari yang sudah selesai."),
    "method_text": (
        "Themes and quotes come only from texts that are neither protection cases nor flagged "
        "sensitive. A text with a number that could be a phone, NIK, passport or KPJ number, "
        "an e-mail address, a link or any stored name is never quoted or listed.",
        "Tema dan kutipan hanya diambil dari teks yang bukan kasus pelindungan dan tidak "
        "ditandai sensitif. Teks yang memuat angka yang bisa berupa nomor telepon, NIK, paspor "
        "atau KPJ, alamat e-mail, tautan atau nama yang tersimpan tidak pernah dikutip."),
    "method_snapshot": ("Snapshot id (SHA-256 of the filters, the day and every entry's id "
                        "and version): {snapshot}",
                        "Id snapshot (SHA-256 dari filter, tanggal dan id serta versi setiap "
                        "entri): {snapshot}"),
    "method_marker": (
        "{count} characters no font of this document covers are shown as {marker} (for "
        "example {samples}).",
        "{count} karakter yang tidak tercakup huruf dokumen ini ditampilkan sebagai {marker} "
        "(misalnya {samples})."),
    "hours": ("{n} h", "{n} jam"), "days": ("{n} days", "{n} hari"),
    "none_dash": ("–", "–"),
}


class Words:
    """The phrases, numbers and dates of one summary in one language."""

    def __init__(self, lang: str, timezone: str, warnings: TextWarnings) -> None:
        self.lang = "id" if lang == "id" else "en"
        self.tz = ZoneInfo(timezone)
        self.warnings = warnings

    def raw(self, key: str) -> str:
        en, id_ = PHRASES[key]
        return id_ if self.lang == "id" else en

    def fmt(self, key: str, **values: object) -> str:
        """A phrase as paragraph markup; each value escaped (numbers formatted first).
        Values wrapped in ``Markup`` are already markup and go in as they are."""
        return self.raw(key).format(**{k: self.value(v) for k, v in values.items()})

    def text(self, key: str, **values: object) -> str:
        """A phrase as plain text (outline titles, chart labels, PDF metadata)."""
        return plain(self.raw(key).replace("<b>", "").replace("</b>", "").format(
            **{k: self._str(v) for k, v in values.items()}), self.warnings)

    def value(self, v: object) -> str:
        if isinstance(v, Markup):
            return str(v)
        return markup(self._str(v), self.warnings)

    def esc(self, s: str) -> str:
        return markup(s, self.warnings)

    def bare(self, s: str) -> str:
        """User text as plain text (outline titles, metadata)."""
        return plain(s, self.warnings)

    def _str(self, v: object) -> str:
        if isinstance(v, bool):
            return str(v)
        if isinstance(v, int):
            return self.num(v)
        if isinstance(v, datetime):
            return self.moment(v)
        if isinstance(v, date):
            return self.day(v)
        return str(v)

    def num(self, n: int) -> str:
        s = f"{n:,}"
        return s.replace(",", ".") if self.lang == "id" else s

    def pct(self, fraction: float | None) -> str:
        if fraction is None:
            return self.raw("none_dash")
        s = f"{fraction * 100:.1f}"
        return (s.replace(".", ",") if self.lang == "id" else s) + "\u00a0%"  # never "12.8 / %"

    def day(self, d: date) -> str:
        return f"{d.day} {MONTHS[self.lang][d.month - 1]} {d.year}"

    def moment(self, at: datetime) -> str:
        local = at.astimezone(self.tz)
        return f"{self.day(local.date())} {local:%H:%M}"

    def duration(self, hours: float | None) -> str:
        if hours is None:
            return self.raw("none_dash")
        if hours < 48:
            return self.raw("hours").format(n=self._decimal(hours))
        return self.raw("days").format(n=self._decimal(hours / 24))

    def _decimal(self, x: float) -> str:
        s = f"{x:.1f}"
        return s.replace(".", ",") if self.lang == "id" else s

    def join(self, parts: list[str]) -> str:
        """Already-escaped parts as one list ("a, b and c")."""
        if not parts:
            return self.raw("rec_none")
        if len(parts) == 1:
            return parts[0]
        last = " dan " if self.lang == "id" else " and "
        return ", ".join(parts[:-1]) + last + parts[-1]


class Markup(str):
    """A string that is already paragraph markup (built from escaped parts)."""
