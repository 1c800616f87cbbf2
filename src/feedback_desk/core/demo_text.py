"""Sentences for demo data: what migrant workers and stakeholders say, in Indonesian and English.

Each template belongs to a topic and has slots filled from small word lists, so a million
entries carry a realistic, repetitive-but-varied vocabulary for search and trends.
"""

from __future__ import annotations

# (topic, service_area, language, text template, summary template)
TEMPLATES: tuple[tuple[str, str, str, str, str], ...] = (
    ("claims", "digital", "id",
     "Klaim JHT saya sudah {months} bulan belum cair padahal dokumen sudah lengkap lewat aplikasi JMO.",
     "Klaim JHT belum cair {months} bulan"),
    ("claims", "overseas", "id",
     "Saya mengajukan klaim JKK setelah kecelakaan kerja di {city}, tetapi kantor perwakilan meminta dokumen asli yang masih ditahan majikan.",
     "Klaim JKK terhambat dokumen ditahan majikan"),
    ("claims", "domestic", "en",
     "My mother filed the death benefit claim (JKM) at the {branch} branch office {weeks} weeks ago and nobody has called her back.",
     "JKM claim at {branch} not followed up"),
    ("claims", "digital", "en",
     "The online claim form rejects my passport number when I submit from {city}.",
     "Online claim rejects passport number"),
    ("membership", "domestic", "id",
     "Waktu pendaftaran di LTSA {branch} petugas tidak menjelaskan manfaat perlindungan, hanya menyuruh bayar iuran.",
     "Pendaftaran tanpa penjelasan manfaat di {branch}"),
    ("membership", "overseas", "en",
     "Workers who renew contracts in {city} do not know that their membership must be extended too.",
     "Contract renewal abroad without membership extension"),
    ("contributions", "digital", "id",
     "Pembayaran iuran lewat {channel} gagal terus, saldo sudah terpotong tapi status kepesertaan tidak aktif.",
     "Iuran terpotong via {channel} tapi tidak aktif"),
    ("contributions", "overseas", "en",
     "Paying contributions from {city} costs a high transfer fee; please allow payment through {channel}.",
     "Transfer fee for contributions from {city}"),
    ("documents", "overseas", "id",
     "Paspor teman saya ditahan agensi di {city} sehingga dia tidak bisa mengurus kartu peserta.",
     "Paspor ditahan agensi di {city}"),
    ("documents", "domestic", "en",
     "The branch in {branch} asked for a letter from the village head that nobody told us about before departure.",
     "Unannounced document requirement at {branch}"),
    ("benefits", "domestic", "id",
     "Manfaat beasiswa untuk anak pekerja migran belum banyak diketahui keluarga di {region}.",
     "Manfaat beasiswa kurang diketahui di {region}"),
    ("benefits", "overseas", "en",
     "The benefit amount for work accidents abroad is too low compared with medical costs in {city}.",
     "JKK amount too low for costs in {city}"),
    ("digital_services", "digital", "id",
     "Aplikasi JMO sering keluar sendiri saat verifikasi wajah, apalagi kalau sinyal lemah di asrama {city}.",
     "JMO gagal verifikasi wajah"),
    ("digital_services", "digital", "en",
     "Contact centre 175 cannot be reached from {city}; please add a WhatsApp number for overseas workers.",
     "175 unreachable from {city}"),
    ("overseas_services", "overseas", "id",
     "Layanan di KBRI {city} hanya buka hari kerja, padahal kami libur hanya hari Minggu.",
     "Layanan perwakilan tutup saat hari libur pekerja"),
    ("overseas_services", "overseas", "en",
     "Please station an agency officer at the consulate in {city}; workers wait for weeks for answers by email.",
     "Request officer at consulate in {city}"),
    ("domestic_services", "domestic", "id",
     "Antrean di kantor cabang {branch} sangat panjang, petugas hanya dua orang untuk ratusan calon pekerja.",
     "Antrean panjang di cabang {branch}"),
    ("information", "digital", "id",
     "Informasi tentang program JHT untuk pekerja migran tidak ada di website dalam bahasa yang mudah dipahami.",
     "Informasi JHT sulit dipahami"),
    ("information", "domestic", "en",
     "Pre-departure training in {region} spends five minutes on social security; it should be a full session.",
     "Too little social-security content in pre-departure training"),
    ("protection_case", "overseas", "id",
     "Seorang pekerja di {city} mengalami kekerasan dari majikan dan gajinya tidak dibayar {months} bulan.",
     "Kekerasan dan gaji tidak dibayar di {city}"),
    ("protection_case", "overseas", "en",
     "A worker from {region} died in {city}; the family has not received any information about repatriation.",
     "Death abroad, family uninformed about repatriation"),
    ("coordination", "domestic", "id",
     "Data kepesertaan di BP2MI dan BPJS Ketenagakerjaan tidak sinkron sehingga klaim ditolak.",
     "Data BP2MI dan BPJS tidak sinkron"),
    ("coordination", "overseas", "en",
     "The labour attaché in {city} and the agency give different answers about who handles accident claims.",
     "Conflicting answers from attaché and agency in {city}"),
    ("non_procedural", "overseas", "id",
     "Pekerja non-prosedural di {city} takut melapor karena tidak punya dokumen resmi, padahal butuh perlindungan.",
     "Pekerja non-prosedural takut melapor"),
    ("policy_suggestion", "digital", "en",
     "Suggest an automatic reminder in JMO {weeks} weeks before a contract ends so membership can be extended.",
     "Reminder before contract ends"),
    ("policy_suggestion", "domestic", "id",
     "Usul agar iuran bisa dibayar bertahap oleh calon pekerja yang belum berangkat dari {region}.",
     "Iuran bertahap untuk calon pekerja"),
)

APPRECIATION: tuple[tuple[str, str, str], ...] = (
    ("id", "Terima kasih, petugas di {branch} sangat membantu saat klaim ayah saya.",
     "Apresiasi petugas {branch}"),
    ("en", "Thank you for the quick payout of the JKM benefit to our family in {region}.",
     "Thanks for quick JKM payout"),
)

COMMITMENTS: tuple[tuple[str, str, str], ...] = (
    ("id", "Kami akan membuka layanan jemput bola di {city} mulai bulan depan.",
     "Layanan jemput bola di {city}"),
    ("en", "The agency will publish a claims guide in plain Indonesian within {weeks} weeks.",
     "Plain-language claims guide"),
)

CITIES = (
    "Hong Kong", "Taipei", "Kuala Lumpur", "Osaka", "Singapore", "Seoul", "Riyadh", "Milan",
    "Bandar Seri Begawan", "Istanbul", "Warsaw", "Dubai", "Lusaka", "Doha", "Kuwait City",
    "Phnom Penh", "Kinshasa", "Kaohsiung", "Johor Bahru", "Jeddah",
)
BRANCHES = (
    "Jakarta Salemba", "Surabaya", "Indramayu", "Cirebon", "Lombok Timur", "Blitar", "Ponorogo",
    "Cilacap", "Kupang", "Nunukan", "Batam", "Medan",
)
REGIONS = (
    "Jawa Timur", "Jawa Tengah", "Jawa Barat", "NTB", "NTT", "Lampung", "Sumatera Utara",
    "Kalimantan Barat", "Bali", "Sulawesi Selatan",
)
CHANNELS = ("bank partner", "minimarket", "e-wallet", "virtual account", "kantor pos")
