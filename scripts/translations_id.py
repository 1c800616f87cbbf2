"""Indonesian translations of the GUI strings, applied to resources/translations/*_id.ts.

Run after scripts/update-translations.sh: ``python scripts/translations_id.py``. Strings not
listed here stay unfinished (and the translation test names them). Mnemonics (&) are chosen so
that no two share a letter within the capture form.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ID = {
    # messages
    "another user": "pengguna lain",
    "{who} changed this entry meanwhile; your change was not saved.":
        "{who} sudah mengubah entri ini; perubahan Anda tidak disimpan.",
    "{who} changed this entry at {when} meanwhile; your change was not saved.":
        "{who} sudah mengubah entri ini pada {when}; perubahan Anda tidak disimpan.",
    "Entry #{id} is no longer there (it was taken back).": "Entri #{id} sudah tidak ada (sudah ditarik kembali).",
    # capture form
    "Record entry": "Rekam entri",
    "Correct entry": "Koreksi entri",
    "&Complaint": "&Keluhan",
    "S&uggestion": "&Saran",
    "&Question": "&Pertanyaan",
    "A&ppreciation": "&Apresiasi",
    "Co&mmitment": "Ko&mitmen",
    "&Domestic": "&Dalam negeri",
    "&Overseas": "&Luar negeri",
    "D&igital": "D&igital",
    "Speaker t&ype": "&Jenis pembicara",
    "Cou&ntry": "&Negara",
    "&Topic": "&Topik",
    "Pro&gramme": "P&rogram",
    "P&lacement phase": "&Fase penempatan",
    "Purpose": "Tujuan",
    "Name": "Nama",
    "Phone": "Telepon",
    "NIK": "NIK",
    "Passport": "Paspor",
    "KPJ number": "Nomor KPJ",
    "Employer": "Majikan / pemberi kerja",
    "&What was said  (Enter saves, Shift+Enter new line)":
        "&Ucapan  (Enter menyimpan, Shift+Enter baris baru)",
    "Type what the speaker says…": "Ketik apa yang disampaikan pembicara…",
    "Kind": "Jenis",
    "Service area": "Area layanan",
    "type to search": "ketik untuk mencari",
    "&SLA tier": "Tin&gkat SLA",
    "Automatic (from kind and topic)": "Otomatis (dari jenis dan topik)",
    "Same spea&ker as before": "Pembicara &yang sama",
    "Sensiti&ve (restricted)": "S&ensitif (terbatas)",
    "Speaker &agrees to be contacted (personal data)":
        "Pembi&cara setuju dihubungi (data pribadi)",
    "Identity — stored only with consent, for its purpose":
        "Identitas — disimpan hanya dengan persetujuan, untuk tujuannya",
    "Contact the speaker to follow up this matter":
        "Menghubungi pembicara untuk menindaklanjuti hal ini",
    "Possible protection case ({words}): marked sensitive, tier S0 suggested. Untick “Sensitive” to override.":
        "Kemungkinan kasus pelindungan ({words}): ditandai sensitif, tingkat S0 disarankan. "
        "Hapus centang “Sensitif” untuk membatalkan.",
    "Another voice of entry #{id} — F8 picks the next similar entry, Shift+F8 none":
        "Suara tambahan untuk entri #{id} — F8 memilih entri serupa berikutnya, Shift+F8 tidak ada",
    # capture panel
    "Similar earlier entries (F8: the new entry is another voice of one)":
        "Entri serupa sebelumnya (F8: entri baru menjadi suara tambahan salah satunya)",
    "Live feed (F2 or double-click corrects an entry)":
        "Umpan langsung (F2 atau klik ganda untuk mengoreksi entri)",
    "Find in this event (Ctrl+F)": "Cari di acara ini (Ctrl+F)",
    "&Restore": "Puli&hkan",
    "Discard": "Buang",
    "what was said": "ucapannya",
    "the kind (Alt+C, Alt+U, Alt+Q, Alt+P, Alt+M)": "jenisnya (Alt+K, Alt+S, Alt+P, Alt+A, Alt+M)",
    "the service area (Alt+D, Alt+O, Alt+I)": "area layanannya (Alt+D, Alt+L, Alt+I)",
    "Not saved yet — please give {fields}.": "Belum disimpan — mohon isi {fields}.",
    "Create an event first (File → New event…).": "Buat acara dulu (Berkas → Acara baru…).",
    "Saved, but not grouped: {reason}": "Tersimpan, tetapi tidak dikelompokkan: {reason}",
    "Saved entry #{id}": "Entri #{id} tersimpan",
    "Not saved: {reason} Your text is back in the field and kept on disk.":
        "Tidak tersimpan: {reason} Teks Anda dikembalikan ke kolom dan tetap tersimpan di disk.",
    "Unsaved text from {time} was kept when the desk last closed: “{preview}”. Restore it (Alt+R)?":
        "Teks yang belum tersimpan dari {time} disimpan saat aplikasi terakhir ditutup: “{preview}”. "
        "Pulihkan (Alt+H)?",
    "The draft could not be written to disk ({reason}); keep this window open.":
        "Draf tidak dapat ditulis ke disk ({reason}); jangan tutup jendela ini.",
    "No similar entry to add this voice to.": "Tidak ada entri serupa untuk suara ini.",
    "This entry is still being saved; try again in a moment.":
        "Entri ini masih disimpan; coba lagi sebentar lagi.",
    # correction dialog
    "Correct entry #{id}": "Koreksi entri #{id}",
    "&Text": "&Teks",
    "&Kind": "&Jenis",
    "Service &area": "&Area layanan",
    "T&opic": "T&opik",
    "P&rogramme": "P&rogram",
    "Placement p&hase": "&Fase penempatan",
    "Enter saves the correction, Shift+Enter is a new line, Esc cancels.":
        "Enter menyimpan koreksi, Shift+Enter baris baru, Esc membatalkan.",
    "restore the draft offered at start": "pulihkan draf yang ditawarkan saat mulai",
    "Save correction": "Simpan koreksi",
    "Not corrected: {reason} Your changes are below; save them again or cancel.":
        "Tidak dikoreksi: {reason} Perubahan Anda ada di bawah; simpan lagi atau batalkan.",
    "Cancel": "Batal",
    # app
    "Filling a demo database (2,000 entries)…": "Mengisi basis data demo (2.000 entri)…",
    # feed
    "Time": "Waktu",
    "Area": "Area",
    "Speaker": "Pembicara",
    "Country": "Negara",
    "What was said": "Ucapan",
    "saving…": "menyimpan…",
    "not saved": "tidak tersimpan",
    # first run
    "Welcome to Feedback Desk": "Selamat datang di Feedback Desk",
    "New event": "Acara baru",
    "This database has no event yet. Create the event you are recording — its sessions or panels, one per line — or fill a demo database to try the desk.":
        "Basis data ini belum memiliki acara. Buat acara yang Anda rekam — sesi atau panelnya, "
        "satu per baris — atau isi basis data demo untuk mencoba aplikasi.",
    "Create an event and its sessions (one per line).": "Buat acara dan sesinya (satu per baris).",
    "e.g. Simposium PMI 2026": "mis. Simposium PMI 2026",
    "Opening panel": "Panel pembukaan",
    "Questions from the floor": "Pertanyaan dari peserta",
    "Event &name": "&Nama acara",
    "&Venue": "&Tempat",
    "&First day": "&Hari pertama",
    "&Sessions": "&Sesi",
    "Create event": "Buat acara",
    "Fill a &demo database": "Isi basis data &demo",
    "Give the event a name.": "Beri nama acara.",
    # help
    "Keyboard reference": "Panduan papan ketik",
    "Enter": "Enter",
    "save the entry (from any field)": "simpan entri (dari kolom mana pun)",
    "Shift+Enter": "Shift+Enter",
    "new line in the text": "baris baru dalam teks",
    "kind: complaint, suggestion, question, appreciation, commitment":
        "jenis: keluhan, saran, pertanyaan, apresiasi, komitmen",
    "service area: domestic, overseas, digital": "area layanan: dalam negeri, luar negeri, digital",
    "speaker type, country, topic, programme, placement phase (type to search; Tab or Enter takes the match)":
        "jenis pembicara, negara, topik, program, fase penempatan (ketik untuk mencari; Tab atau Enter "
        "mengambil yang cocok)",
    "back to the text": "kembali ke teks",
    "{reason} Trying again every {seconds} s; what you type is kept on disk.":
        "{reason} Dicoba lagi setiap {seconds} detik; yang Anda ketik disimpan di disk.",
    "Find in this event": "Cari di acara ini",
    "SLA tier": "tingkat SLA",
    "Ctrl+,": "Ctrl+,",
    "preferences (language)": "preferensi (bahasa)",
    "F1": "F1",
    "this reference": "panduan ini",
    "F8 / Shift+F8": "F8 / Shift+F8",
    "another voice of the next similar entry / of none":
        "suara tambahan untuk entri serupa berikutnya / tidak ada",
    "F2": "F2",
    "correct the selected (or last) entry of the feed": "koreksi entri terpilih (atau terakhir) di umpan",
    "Ctrl+N": "Ctrl+N",
    "new entry (cursor to the text)": "entri baru (kursor ke teks)",
    "Ctrl+F": "Ctrl+F",
    "find in this event (Esc clears)": "cari di acara ini (Esc mengosongkan)",
    "Ctrl+E": "Ctrl+E",
    "change the session": "ganti sesi",
    "Ctrl+Z / Ctrl+Shift+Z": "Ctrl+Z / Ctrl+Shift+Z",
    "undo / redo the last save or correction": "batalkan / ulangi penyimpanan atau koreksi terakhir",
    "same speaker / sensitive / speaker agrees to be contacted":
        "pembicara yang sama / sensitif / pembicara setuju dihubungi",
    "Ctrl+Q": "Ctrl+Q",
    "quit": "keluar",
    "Close": "Tutup",
    # main window
    "Feedback Desk — live capture": "Feedback Desk — pencatatan langsung",
    "&File": "&Berkas",
    "&Edit": "Sunting",
    "&Help": "Bantuan",
    "Main toolbar": "Bilah alat utama",
    "&New entry": "Entri baru",
    "&Find…": "Cari…",
    "Change &session": "Ganti sesi",
    "&Undo": "Batalkan",
    "&Redo": "Ulangi",
    "&Undo {what}": "Batalkan {what}",
    "&Redo {what}": "Ulangi {what}",
    "New &event…": "Acara &baru…",
    "&Preferences…": "&Preferensi…",
    "&Quit": "&Keluar",
    "&Keyboard reference": "&Panduan papan ketik",
    "User: {user}": "Pengguna: {user}",
    "Database: {db}": "Basis data: {db}",
    "Opening…": "Membuka…",
    "Connected": "Terhubung",
    "Not connected": "Tidak terhubung",
    # messages
    "The database cannot be reached: {detail}": "Basis data tidak dapat dijangkau: {detail}",
    "This database was made by a newer Feedback Desk: {detail}":
        "Basis data ini dibuat oleh Feedback Desk yang lebih baru: {detail}",
    "Not allowed: {detail}": "Tidak diizinkan: {detail}",
    "Not found: {detail}": "Tidak ditemukan: {detail}",
    "Please check the input: {detail}": "Mohon periksa isian: {detail}",
    "The database file is read-only, so nothing can be saved to it.":
        "Berkas basis data hanya-baca, jadi tidak ada yang dapat disimpan.",
    "The disk is full, so nothing can be saved.": "Disk penuh, jadi tidak ada yang dapat disimpan.",
    "The database stayed busy (locked by another program) for too long.":
        "Basis data terlalu lama sibuk (dikunci program lain).",
    "The disk reported an error: {detail}": "Disk melaporkan kesalahan: {detail}",
    "Unexpected error: {detail}": "Kesalahan tak terduga: {detail}",
    # preferences
    "Preferences": "Preferensi",
    "As the system ({language})": "Mengikuti sistem ({language})",
    "&Language": "&Bahasa",
    "OK": "OK",
    # session bar
    "Event": "Acara",
    "Session": "Sesi",
    "Ctrl+E: change event or session": "Ctrl+E: ganti acara atau sesi",
    "(no session)": "(tanpa sesi)",
    "{now} · session {elapsed}": "{now} · sesi {elapsed}",
    "Entries this session: {total} — {areas}  |  {kinds}": "Entri sesi ini: {total} — {areas}  |  {kinds}",
}


def apply(path: Path) -> list[str]:
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if source in ID:
            translation.text = ID[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[1] / "resources" / "translations"
    left = apply(root / "feedback_desk_id.ts")
    for source in left:
        print(f"untranslated: {source!r}", file=sys.stderr)
    sys.exit(1 if left else 0)
