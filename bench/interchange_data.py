"""Deterministic interchange tables for ``bench_interchange.py``: what another office's
spreadsheet of symposium feedback looks like (../shared/INTERCHANGE.md columns).

Every row is built from a seeded ``random.Random``, so the same ``rows``/``seed`` give the
same file byte for byte:

- two events (3 days and 2 days), six sessions, ~15 % of rows without a session;
- ``recorded_at`` as ``dd/mm/yyyy hh:mm`` text (CSV) or as an Excel date cell shown the same way
  (XLSX: what a typed-in workbook holds), within the event's days, 08:00-17:59;
- kind, service area, topic, speaker type, country, phase and dimension written as codes,
  English labels or Indonesian labels (mixed, as people type them);
- text ~200 characters (mean; 110-330), Indonesian or English: one of the demo's sentence
  templates with its slots filled, plus one or two more sentences from a pool in the same
  language, now and then a quoted newline, a comma-laden list or a leading "- " bullet;
- half the rows carry a uuid, the others get a derived one;
- 4 % consent = yes with all five personal-data columns, 1.5 % personal data with consent =
  "tidak" (accepted without it), four "recorded_by" names (created as inactive accounts).

No two rows share (event, minute, session, speaker type, text): every row is accepted.
"""

from __future__ import annotations

import csv
import random
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

from feedback_desk.core.demo_text import (
    APPRECIATION,
    BRANCHES,
    CHANNELS,
    CITIES,
    COMMITMENTS,
    QUESTIONS,
    REGIONS,
    SUGGESTIONS,
    TEMPLATES,
)

HEADER = (
    "uuid", "recorded_at", "event", "session", "kind", "service_area", "dimension", "topic",
    "programme", "phase", "speaker_type", "country", "text", "summary", "source", "language",
    "status", "priority", "recorded_by", "contact_consent", "speaker_name", "speaker_phone",
    "speaker_nik", "speaker_passport", "speaker_kpj",
)
AT = HEADER.index("recorded_at")
EVENTS = (
    ("Simposium Pelindungan PMI 2025", date(2025, 10, 14), 3,
     ("Pleno pembukaan", "Panel 1: Jaminan sosial pekerja migran", "Panel 2: Layanan digital",
      "Sesi tanya jawab")),
    ("Forum Konsultasi Publik Surabaya 2025", date(2025, 11, 18), 2,
     ("Diskusi kelompok A", "Diskusi kelompok B")),
)
KINDS = (("complaint", ("complaint", "Complaint", "keluhan", "Keluhan"), 50),
         ("suggestion", ("suggestion", "saran", "Saran", "masukan"), 22),
         ("question", ("question", "pertanyaan", "Pertanyaan"), 18),
         ("appreciation", ("appreciation", "apresiasi"), 5),
         ("commitment", ("commitment", "komitmen"), 5))
AREAS = {"domestic": ("domestic", "dalam negeri", "Dalam negeri"),
         "overseas": ("overseas", "luar negeri", "Luar negeri", "Overseas"),
         "digital": ("digital", "Digital")}
TOPIC_LABELS = {
    "membership": "Kepesertaan & pendaftaran", "contributions": "Contributions & payment",
    "claims": "Klaim & pembayaran manfaat", "documents": "Dokumen",
    "benefits": "Benefits (amounts, awareness)", "digital_services": "Layanan digital",
    "overseas_services": "Overseas services", "domestic_services": "Layanan dalam negeri",
    "information": "Informasi & sosialisasi", "protection_case": "Kasus pelindungan",
    "coordination": "Koordinasi antarlembaga", "non_procedural": "Non-procedural workers",
    "policy_suggestion": "Usulan kebijakan & produk",
}
SPEAKERS = (("pmi_abroad", 30), ("PMI", 8), ("cpmi", 10), ("CPMI", 4), ("Purna PMI", 10),
            ("family", 6), ("Keluarga / ahli waris", 3), ("government", 5), ("KBRI", 2),
            ("ngo", 4), ("LSM", 1), ("Observer / academic", 5), ("employer", 3),
            ("recruitment_agency", 4), ("media", 2), ("agency_staff", 3), ("", 2))
COUNTRY_NAMES = {"HK": "Hong Kong", "TW": "Taiwan", "MY": "Malaysia", "JP": "Jepang",
                 "SG": "Singapura", "KR": "Korea Selatan", "SA": "Arab Saudi", "IT": "Italia",
                 "BN": "Brunei", "TR": "Turki", "PL": "Polandia", "AE": "Uni Emirat Arab",
                 "ZM": "Zambia", "QA": "Qatar", "KW": "Kuwait", "KH": "Kamboja",
                 "CD": "DR Congo"}
#: INTERCHANGE.md also lists the bare words sebelum / selama / setelah; the reader does not take
#: them yet (reported to the lead), so the labels stand in for them here.
PHASES = ("", "", "before", "during", "after", "Sebelum penempatan", "Selama penempatan",
          "Setelah penempatan", "During placement")
DIMENSIONS = ("proses layanan", "service_process", "infrastruktur", "Benefit quality",
              "kualitas manfaat", "infrastructure")
SOURCES = ("floor", "floor", "panel", "card", "card", "chat", "desk")
PRIORITIES = ("", "", "", "", "S2", "S3", "tinggi", "normal", "rendah")
RECORDERS = ("rina.w", "budi_s", "sari.k", "agus")
MORE_ID = (
    "Kami sudah menghubungi kantor cabang dua kali tetapi belum ada jawaban.",
    "Teman-teman satu asrama juga mengalami hal yang sama sejak awal tahun.",
    "Mohon ada petugas yang bisa dihubungi lewat WhatsApp pada hari Minggu.",
    "Informasi di brosur berbeda dengan yang disampaikan petugas di loket.",
    "Saya berharap ada tindak lanjut sebelum kontrak kerja saya berakhir.",
    "Agensi bilang itu urusan BPJS, BPJS bilang itu urusan agensi.",
    "Biaya transfer dan ongkos ke kota sangat memberatkan bagi kami.",
    "Keluarga di kampung tidak tahu harus melapor ke mana.",
    "Prosesnya lama, berkas harus difotokopi, dilegalisir, lalu dikirim ulang.",
    "Terima kasih atas kesempatan menyampaikan masukan di forum ini.",
)
MORE_EN = (
    "We contacted the branch office twice but have not had an answer yet.",
    "Several friends in the same dormitory have had the same problem since January.",
    "Please make someone reachable on WhatsApp on Sundays, our only day off.",
    "The brochure says something different from what the officer told us.",
    "I hope this is followed up before my work contract ends.",
    "The agency says it is a matter for BPJS, and BPJS says it is for the agency.",
    "Transfer fees and the trip into town are a heavy burden for us.",
    "Families back home do not know where to report.",
    "The papers must be copied, legalised and then sent again, which takes weeks.",
    "Thank you for the chance to raise this at the forum.",
)
FIRST = ("Siti", "Nur", "Dewi", "Sri", "Ani", "Rahmat", "Agus", "Wahyuni", "Eko", "Lestari",
         "Yuliana", "Muhammad", "Ratna", "Sutrisno", "Indah", "Fitri")
LAST = ("Rahayu", "Susanti", "Hidayat", "Wulandari", "Santoso", "Saputra", "Kurniawati",
        "Nugroho", "Pratiwi", "Setiawan", "Handayani", "Maulana")


def _pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([v for v, _w in weighted], [w for _v, w in weighted])[0]


def _fill(rng: random.Random, template: str, city: str) -> str:
    return template.format(city=city, branch=rng.choice(BRANCHES), region=rng.choice(REGIONS),
                           channel=rng.choice(CHANNELS), months=rng.randint(2, 14),
                           weeks=rng.randint(2, 10))


def _content(rng: random.Random, kind: str) -> tuple[str, str, str, str, str, str]:
    """(topic, area, language, text, summary, country code)."""
    country = rng.choice(tuple(CITIES))
    city = rng.choice(CITIES[country])
    if kind in ("appreciation", "commitment"):
        lang, text, summary = rng.choice(APPRECIATION if kind == "appreciation" else COMMITMENTS)
        topic = rng.choice(("claims", "overseas_services", "information", "domestic_services"))
        area = rng.choice(tuple(AREAS))
    else:
        pool = {"suggestion": SUGGESTIONS + TEMPLATES[-2:], "question": QUESTIONS}.get(kind,
                                                                                       TEMPLATES)
        topic, area, lang, text, summary = rng.choice(pool)
    more = MORE_ID if lang == "id" else MORE_EN
    parts = [_fill(rng, text, city)]
    while sum(len(p) + 1 for p in parts) < rng.gauss(185, 40):
        sentence = rng.choice(more)
        if sentence in parts:
            break
        parts.append(sentence)
    body = " ".join(parts)
    twist = rng.random()
    if twist < 0.02:
        body = body.replace(". ", ".\n", 1)  # typed with Alt+Enter: a quoted newline
    elif twist < 0.03:
        body = "- " + body  # a bullet: a formula start, stored as literal text
    elif twist < 0.05:
        body += ' Dokumen: paspor, KTP, "surat keterangan", kontrak kerja.'
    return topic, area, lang, body, _fill(rng, summary, city), country


def generate(rows: int, seed: int = 8) -> list[list[str | datetime]]:
    """``rows`` data rows (no header); ``recorded_at`` as a naive local datetime."""
    rng = random.Random(seed)
    kinds = tuple((k, w) for k, _labels, w in KINDS)
    labels = {k: labels for k, labels, _w in KINDS}
    seen: set[tuple[object, ...]] = set()
    out: list[list[str | datetime]] = []
    while len(out) < rows:
        name, start, days, sessions = EVENTS[0] if rng.random() < 0.7 else EVENTS[1]
        at = datetime.combine(start + timedelta(days=rng.randrange(days)), datetime.min.time())
        at += timedelta(hours=rng.randint(8, 17), minutes=rng.randrange(60))
        session = rng.choice(sessions) if rng.random() < 0.85 else ""
        kind = _pick(rng, kinds)
        topic, area, lang, text, summary, country = _content(rng, kind)
        speaker = _pick(rng, SPEAKERS)
        key = (name, at, session, speaker, text)
        if key in seen:
            continue
        seen.add(key)
        if rng.random() < 0.3:
            country = COUNTRY_NAMES.get(country, country)
        if area == "domestic" and rng.random() < 0.8:
            country = ""
        dims = rng.sample(DIMENSIONS, rng.choice((0, 0, 0, 1, 1, 2)))
        consent, person = "", ["", "", "", "", ""]
        dice = rng.random()
        if dice < 0.055:
            first, last = rng.choice(FIRST), rng.choice(LAST)
            person = [f"{first} {last}", f"+62 8{rng.randint(11, 59)} {rng.randint(1000, 9999)}"
                      f" {rng.randint(1000, 9999)}", str(rng.randint(10**15, 10**16 - 1)),
                      f"{rng.choice('ABCX')}{rng.randint(1000000, 9999999)}",
                      str(rng.randint(10**10, 10**11 - 1))]
            consent = "yes" if dice < 0.04 else rng.choice(("tidak", "no"))
        elif dice < 0.3:
            consent = rng.choice(("no", "tidak"))
        out.append([
            str(uuid.UUID(int=rng.getrandbits(128), version=4)) if rng.random() < 0.5 else "",
            at, name, session, rng.choice(labels[kind]), rng.choice(AREAS[area]),
            "; ".join(dims),
            rng.choice((topic, topic, TOPIC_LABELS[topic])) if rng.random() < 0.9 else "",
            rng.choice(("JKK", "JKM", "JHT", "", "", "other")), rng.choice(PHASES), speaker,
            country, text, summary if rng.random() < 0.6 else "", rng.choice(SOURCES), lang,
            "", rng.choice(PRIORITIES),
            rng.choice(RECORDERS) if rng.random() < 0.8 else "", consent, *person,
        ])
    return out


def write_csv(path: Path, rows: list[list[str | datetime]]) -> None:
    """UTF-8 with BOM, comma, CRLF: what Excel's "CSV UTF-8" writes."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(HEADER)
        for row in rows:
            at = row[AT]
            assert isinstance(at, datetime)
            writer.writerow([*row[:AT], at.strftime("%d/%m/%Y %H:%M"), *row[AT + 1:]])


def write_xlsx(path: Path, rows: list[list[str | datetime]]) -> None:
    """One sheet "Masukan": text cells, and ``recorded_at`` as date cells shown dd/mm/yyyy
    hh:mm (an Excel workbook someone typed)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Masukan")
    sheet.append(list(HEADER))
    for row in rows:
        cell = WriteOnlyCell(sheet, value=row[AT])
        cell.number_format = "dd/mm/yyyy hh:mm"
        sheet.append([v or None for v in row[:AT]] + [cell] + [v or None for v in row[AT + 1:]])
    book.save(path)
