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
    # main window: pages
    "Feedback Desk": "Feedback Desk",
    "Pages": "Halaman",
    "Live &capture": "Pencatatan &langsung",
    "&Triage": "&Pemilahan",
    # pages
    "Live capture": "Pencatatan langsung",
    "Triage": "Pemilahan",
    "Record what is said (Ctrl+1)": "Catat apa yang disampaikan (Ctrl+1)",
    "Turn entries into handled cases (Ctrl+2)": "Jadikan entri sebagai kasus yang ditangani (Ctrl+2)",
    # triage: list columns and deadline cell
    "No.": "No.",
    "Recorded": "Dicatat",
    "Status": "Status",
    "Deadline": "Tenggat",
    "Tier": "Tingkat",
    "Topic": "Topik",
    "Assignee": "Ditugaskan ke",
    "Issue": "Isu",
    "Programme": "Program",
    "Phase": "Fase",
    "Sensitive": "Sensitif",
    "Last change": "Perubahan terakhir",
    "Paused {days} d (since {since}); was due {due}": "Dijeda {days} hari (sejak {since}); tenggat {due}",
    "Overdue {days} d (due {due})": "Lewat tenggat {days} hari ({due})",
    "today": "hari ini",
    "tomorrow": "besok",
    "Due {when}": "Tenggat {when}",
    "Due {due}": "Tenggat {due}",
    "yes": "ya",
    "no": "tidak",
    "(no longer available)": "(sudah tidak tersedia)",
    # triage: list panel
    "Search what was said (Indonesian or English words)…":
        "Cari ucapan (kata bahasa Indonesia atau Inggris)…",
    "Clear filters": "Hapus filter",
    "Status…": "Status…",
    "Assign…": "Tugaskan…",
    "Tier…": "Tingkat…",
    "Tag…": "Tandai…",
    "Group as one issue…": "Kelompokkan sebagai satu isu…",
    "Ungroup": "Keluarkan dari isu",
    "Go to row": "Ke baris",
    "Your account may read the list but not triage (ask an administrator for the supervisor role).":
        "Akun Anda dapat membaca daftar, tetapi tidak dapat memilah (mintalah peran supervisor "
        "kepada administrator).",
    "{n} entries": "{n} entri",
    "1 entry": "1 entri",
    "Set date…": "Atur tanggal…",
    "Set the due date by hand (a date promised on stage, a deadline agreed with the worker)": "Atur tenggat secara manual (tanggal yang dijanjikan di panggung, tenggat yang disepakati dengan pekerja)",
    "Change due date": "Ubah tenggat",
    "{n}+ entries (counting…)": "{n}+ entri (menghitung…)",
    "Changed {n}.": "{n} diubah.",
    "Left as they were: {n} ({why})": "Tidak diubah: {n} ({why})",
    "{n} selected": "{n} dipilih",
    "Row (1 – {n}):": "Baris (1 – {n}):",
    "(nobody)": "(tidak ada)",
    "Assign": "Tugaskan",
    "Assign to:": "Tugaskan ke:",
    "Tier:": "Tingkat:",
    # triage: facets
    "Placement phase": "Fase penempatan",
    # triage: saved views
    "&View": "&Tampilan",
    "(current filters)": "(filter saat ini)",
    "Saved views: filters, sorting and columns under a name":
        "Tampilan tersimpan: filter, urutan, dan kolom dengan satu nama",
    "Save view…": "Simpan tampilan…",
    "Rename…": "Ganti nama…",
    "Delete": "Hapus",
    "There is no list to save a view of.": "Tidak ada daftar yang tampilannya dapat disimpan.",
    "Rename view": "Ganti nama tampilan",
    "Delete view": "Hapus tampilan",
    "Delete the view “{name}”?": "Hapus tampilan “{name}”?",
    "It is shared: it disappears for everyone.": "Tampilan ini dibagikan: tampilan akan hilang bagi semua pengguna.",
    "{name} — {owner}": "{name} — {owner}",
    "Built in: every desk has it; it cannot be changed.":
        "Bawaan: tersedia di semua meja layanan; tidak dapat diubah.",
    "Yours, shared with everyone": "Milik Anda, dibagikan ke semua pengguna",
    "Yours, only you see it": "Milik Anda, hanya Anda yang dapat melihatnya",
    "Shared by {owner}": "Dibagikan oleh {owner}",
    "Parts of this view could not be read and were left out: {what}":
        "Sebagian tampilan ini tidak dapat dibaca dan dilewati: {what}",
    "“{name}” is already a view of {owner}; choose another name.":
        "“{name}” sudah dipakai untuk tampilan milik {owner}; pilih nama lain.",
    "Replace view": "Ganti tampilan",
    "A view named “{name}” exists. Replace it with the current filters, sorting and columns?":
        "Tampilan bernama “{name}” sudah ada. Ganti dengan filter, urutan, dan kolom saat ini?",
    "{who} changed this view meanwhile; your change was not saved. The list now shows their version.":
        "{who} sudah mengubah tampilan ini; perubahan Anda tidak disimpan. Daftar kini menampilkan "
        "versi mereka.",
    "Save view": "Simpan tampilan",
    "e.g. Hong Kong claims this week": "mis. Klaim Hong Kong minggu ini",
    "Share with everyone": "Bagikan ke semua pengguna",
    "Every desk sees a shared view; only you and supervisors can change it.":
        "Tampilan bersama terlihat di semua meja layanan; hanya Anda dan supervisor yang dapat "
        "mengubahnya.",
    # triage: detail pane
    "Case": "Kasus",
    "Notes, tags and links": "Catatan, label, dan tautan",
    "Issue group": "Kelompok isu",
    "History": "Riwayat",
    "What was said (verbatim, read-only)": "Ucapan (apa adanya, hanya-baca)",
    "You can read this case, but only supervisors (or the protection team) can triage it: the controls are disabled.":
        "Anda dapat membaca kasus ini, tetapi hanya supervisor (atau tim pelindungan) yang dapat "
        "memilahnya: kontrol dinonaktifkan.",
    "Protection case — restricted": "Kasus pelindungan — terbatas",
    "Entry #{id} is not there (any more), or not visible to you.":
        "Entri #{id} tidak ada (lagi), atau tidak dapat Anda lihat.",
    "No entry chosen": "Belum ada entri yang dipilih",
    "Loading entry #{id}…": "Memuat entri #{id}…",
    "#{id} · {kind} · {status} · {area} · {where} · recorded {when} by {who}":
        "#{id} · {kind} · {status} · {area} · {where} · dicatat {when} oleh {who}",
    "Not re-applied, because the case has moved on meanwhile: {fields}":
        "Tidak diterapkan ulang karena kasus sudah berubah sementara itu: {fields}",
    "Nothing was saved; your changes are still in the form. Save again to apply them on top of the other change.":
        "Tidak ada yang disimpan; perubahan Anda masih ada di formulir. Simpan lagi untuk "
        "menerapkannya di atas perubahan tersebut.",
    # triage: case box
    "Move to:": "Ubah status ke:",
    "no further moves for this kind": "tidak ada perubahan status lanjutan untuk jenis ini",
    "Official answer / closure reason": "Jawaban resmi / alasan penutupan",
    "Save answer": "Simpan jawaban",
    "Status: {status}": "Status: {status}",
    "(none)": "(tidak ada)",
    "Reopen → {status}": "Buka kembali → {status}",
    "{status}: answer or reason required": "{status}: jawaban atau alasan wajib diisi",
    "The answer or reason for this move": "Jawaban atau alasan untuk perubahan status ini",
    "No SLA clock for this item.": "Item ini tidak memiliki hitungan waktu SLA.",
    " · paused {n} working days in all": " · total dijeda {n} hari kerja",
    "Clock stopped ({status}); it was due {due}": "Hitungan waktu berhenti ({status}); tenggatnya {due}",
    "Clock paused since {since} ({status}): {now} working days so far, {total} in all. The due date ({due}) moves on by the time spent waiting":
        "Hitungan waktu dijeda sejak {since} ({status}): {now} hari kerja sejauh ini, total {total}. "
        "Tenggat ({due}) bergeser sesuai lamanya menunggu",
    "; {n} working days left if work resumed today": "; sisa {n} hari kerja jika penanganan dilanjutkan hari ini",
    "OVERDUE by {n} working days (was due {due})": "LEWAT TENGGAT {n} hari kerja (tenggat {due})",
    "Due today ({due})": "Tenggat hari ini ({due})",
    "Due {due}: {n} working days left": "Tenggat {due}: sisa {n} hari kerja",
    "The official answer to the question": "Jawaban resmi atas pertanyaan ini",
    "How was the complaint resolved?": "Bagaimana keluhan ini diselesaikan?",
    "Why is the complaint closed without work?": "Mengapa keluhan ini ditutup tanpa penanganan?",
    "The response: what is adopted, by whom": "Tanggapan: apa yang diterima untuk dilaksanakan, dan oleh siapa",
    "The response: which part is adopted, and why not the rest":
        "Tanggapan: bagian mana yang diterima, dan mengapa sisanya tidak",
    "Why is the suggestion declined?": "Mengapa saran ini tidak diterima?",
    "Why is the commitment cancelled?": "Mengapa komitmen ini dibatalkan?",
    # triage: summary and classification
    "Summary and classification": "Ringkasan dan klasifikasi",
    "{title} — unsaved changes": "{title} — ada perubahan yang belum disimpan",
    "A short summary for lists and reports": "Ringkasan singkat untuk daftar dan laporan",
    "Sensitive (restricted)": "Sensitif (terbatas)",
    "Save changes": "Simpan perubahan",
    "Revert": "Kembalikan",
    "The kind can only change before work on the item starts.":
        "Jenis hanya dapat diubah sebelum item mulai ditangani.",
    # triage: field names (history, conflicts)
    "Summary": "Ringkasan",
    "Improvement dimensions": "Dimensi perbaikan",
    "Speaker type": "Jenis pembicara",
    "Source": "Sumber",
    "Language": "Bahasa",
    "Evidence": "Bukti",
    "Due date": "Tanggal tenggat",
    "Paused since": "Dijeda sejak",
    "Answer / reason": "Jawaban / alasan",
    "Times reopened": "Jumlah dibuka kembali",
    "Resolved at": "Diselesaikan pada",
    "New issue group": "Kelompok isu baru",
    "Note": "Catatan",
    "Tag": "Label",
    "Tag removed": "Label dilepas",
    "Linked entry": "Entri tertaut",
    "duplicate of": "duplikat dari",
    "related to": "terkait dengan",
    "follow-up of": "tindak lanjut dari",
    # triage: conflict dialog
    "Somebody else changed case #{id}": "Kasus #{id} sudah diubah oleh pengguna lain",
    "{who} changed case #{id} at {when} (it is now at version {now}; you were working on version {was}). Your change was not saved — nothing you entered is lost: re-apply it on top of their change, or discard it.":
        "{who} mengubah kasus #{id} pada {when} (sekarang versi {now}; Anda mengerjakan versi {was}). "
        "Perubahan Anda tidak disimpan — isian Anda tidak ada yang hilang: terapkan ulang di atas "
        "perubahan mereka, atau buang.",
    "What they did:": "Yang mereka ubah:",
    "Field": "Kolom",
    "When you opened it": "Saat Anda membukanya",
    "Now (their version)": "Sekarang (versi mereka)",
    "Yours (not saved)": "Versi Anda (belum disimpan)",
    "Re-apply my changes": "Terapkan ulang perubahan saya",
    "Discard mine": "Buang perubahan saya",
    # triage: issue group
    "Many voices, one issue": "Banyak suara, satu isu",
    "Take out of this issue": "Keluarkan dari isu ini",
    "Similar entries of the event (select, then add them)":
        "Entri serupa di acara ini (pilih, lalu tambahkan)",
    "Open": "Buka",
    "Not part of an issue group: a voice on its own.": "Tidak termasuk kelompok isu: suara tersendiri.",
    "Group with this case as one issue": "Kelompokkan dengan kasus ini sebagai satu isu",
    "Issue #{id}: {title}": "Isu #{id}: {title}",
    "%n voice(s) raised it": "Disampaikan oleh %n suara",
    "By speaker type: {list}": "Menurut jenis pembicara: {list}",
    "By country: {list}": "Menurut negara: {list}",
    "Add to this issue": "Tambahkan ke isu ini",
    "in issue #{id}": "dalam isu #{id}",
    # triage: notes, tags, links
    "Internal notes": "Catatan internal",
    "A note for colleagues (not shown to the speaker)":
        "Catatan untuk rekan kerja (tidak ditampilkan kepada pembicara)",
    "Add note": "Tambah catatan",
    "No notes yet.": "Belum ada catatan.",
    "Tags": "Label",
    "new tag": "label baru",
    "Add tag": "Tambah label",
    "Remove selected tag": "Hapus label terpilih",
    "Links to related entries": "Tautan ke entri terkait",
    "The number of the other entry": "Nomor entri yang lain",
    "Link": "Tautkan",
    "Remove link": "Hapus tautan",
    "A link made from the other entry is removed there":
        "Tautan yang dibuat dari entri lain dihapus di entri tersebut",
    "this is {kind} #{id}": "entri ini {kind} #{id}",
    "#{id} is {kind} this": "#{id} {kind} entri ini",
    # triage: history
    "Every change to this case, newest first": "Semua perubahan pada kasus ini, terbaru di atas",
    "{field}: {old} → {new}": "{field}: {old} → {new}",
    "recorded it as {kind} ({status})": "mencatatnya sebagai {kind} ({status})",
    "(the text was corrected)": "(teks dikoreksi)",
    "changed {what}": "mengubah {what}",
    "moved it from {old} to {new}": "mengubah status dari {old} ke {new}",
    "reason: {reason}": "alasan: {reason}",
    "unassigned it (was {old})": "melepas penugasannya (sebelumnya {old})",
    "assigned it to {user}": "menugaskannya ke {user}",
    "set the SLA tier from {old} to {new} (due {due})":
        "mengubah tingkat SLA dari {old} ke {new} (tenggat {due})",
    "wrote the answer {text}": "menulis jawaban {text}",
    "put back an earlier state (undo): {what}": "mengembalikan keadaan sebelumnya (pembatalan): {what}",
    "added a note {text}": "menambahkan catatan {text}",
    "removed a note {text}": "menghapus catatan {text}",
    "tagged it “{tag}”": "menandainya dengan label “{tag}”",
    "took the tag “{tag}” off": "melepas label “{tag}”",
    "linked it: {kind} #{target}": "menautkannya: {kind} #{target}",
    "removed the link: {kind} #{target}": "menghapus tautan: {kind} #{target}",
    "made it a voice of issue #{group}": "menjadikannya suara dalam isu #{group}",
    "took it out of issue #{group}": "mengeluarkannya dari isu #{group}",
    "took the entry back": "menarik kembali entri ini",
    "{when} · {who} · {what}": "{when} · {who} · {what}",
    # triage: undo command names (shown as "Batalkan …" / "Ulangi …")
    "Change status": "Ubah status",
    "Unassign": "Lepas penugasan",
    "Change SLA tier": "Ubah tingkat SLA",
    "Record answer": "Catat jawaban",
    "Edit entry": "Ubah entri",
    "Group as one issue": "Kelompokkan sebagai satu isu",
    "Add to issue": "Tambahkan ke isu",
    "Change %n entries": "Ubah %n entri",
    "Remove tag": "Hapus label",
    "Link entries": "Tautkan entri",
    "New status:": "Status baru:",
    "Answer or reason:": "Jawaban atau alasan:",
    "{n} selected item(s). Items whose lifecycle does not allow this move are left as they are and listed afterwards.": "{n} butir dipilih. Butir yang siklusnya tidak mengizinkan perpindahan ini dibiarkan seperti semula dan didaftar sesudahnya.",
    "This move needs an answer or a reason.": "Perpindahan ini memerlukan jawaban atau alasan.",
    "Add a tag": "Tambahkan label",
    "Tag:": "Label:",
    "A new issue, titled:": "Isu baru, berjudul:",
    "An issue that exists:": "Isu yang sudah ada:",
    "{title} — {voices} voice(s)": "{title} — {voices} suara",
    "{n} selected voice(s) will count as one issue; each stays an entry of its own and can be taken out again.": "{n} suara terpilih akan dihitung sebagai satu isu; masing-masing tetap menjadi entri tersendiri dan dapat dikeluarkan lagi.",
    "(not given)": "(tidak diisi)",
    "Overdue": "Lewat tenggat",
    "Due within 24 hours": "Jatuh tempo dalam 24 jam",
    "Me": "Saya",
    "Not sensitive": "Tidak sensitif",
    "From": "Dari",
    "Until": "Sampai",
    "Tick values to filter; the number is how many entries each would show with the other filters as they are.": "Centang nilai untuk menyaring; angkanya adalah jumlah entri yang akan tampil untuk tiap nilai dengan saringan lain tetap seperti sekarang.",
    "Other": "Lainnya",
    "Not given": "Tidak diisi",
    "before {moment}": "sebelum {moment}",
    "from {moment}": "sejak {moment}",
    "and {n} more": "dan {n} lainnya",
    "overdue": "lewat tenggat",
    "open at {moment}": "terbuka pada {moment}",
    "issue: {title}": "isu: {title}",
    "Trends: {what}": "Tren: {what}",
    "all": "semua",
    "{n} h": "{n} jam",
    "{n} days": "{n} hari",
    "Category": "Kategori",
    "Percent": "Persen",
    "Entries": "Entri",
    "No entries": "Tidak ada entri",
    "Destination country": "Negara tujuan",
    "Improvement dimension": "Dimensi perbaikan",
    "Automatic": "Otomatis",
    "Minutes": "Menit",
    "Hours": "Jam",
    "Days": "Hari",
    "Weeks": "Minggu",
    "Stacked areas": "Area bertumpuk",
    "Lines": "Garis",
    "Break down by": "Rinci menurut",
    "Bucket": "Interval",
    "Show as": "Tampilkan sebagai",
    "Cumulative": "Kumulatif",
    "Running total from the start of the period": "Jumlah berjalan sejak awal periode",
    "Reset zoom": "Atur ulang zoom",
    "Over time": "Dari waktu ke waktu",
    "Case health": "Kesehatan kasus",
    "Heatmaps": "Peta panas",
    "Top countries and issues": "Negara dan isu teratas",
    "Export chart as PNG…": "Ekspor grafik sebagai PNG…",
    "Export numbers as CSV…": "Ekspor angka sebagai CSV…",
    "Could not compute the charts: {reason}": "Grafik tidak dapat dihitung: {reason}",
    "Updated {time} · refreshes by itself while entries are recorded": "Diperbarui {time} · diperbarui sendiri selama entri dicatat",
    "Export chart as PNG": "Ekspor grafik sebagai PNG",
    "PNG images (*.png)": "Gambar PNG (*.png)",
    "Export numbers as CSV": "Ekspor angka sebagai CSV",
    "CSV files (*.csv)": "Berkas CSV (*.csv)",
    "Export failed": "Ekspor gagal",
    "Could not write {path}: {reason}. Nothing was changed; choose another folder or free some space.": "Tidak dapat menulis {path}: {reason}. Tidak ada yang diubah; pilih folder lain atau kosongkan ruang disk.",
    "Saved {path}": "Tersimpan: {path}",
    "Period": "Periode",
    "All time": "Sepanjang waktu",
    "Today": "Hari ini",
    "Last 24 hours": "24 jam terakhir",
    "Last 7 days": "7 hari terakhir",
    "Last 30 days": "30 hari terakhir",
    "From … to …": "Dari … sampai …",
    "All areas": "Semua area",
    "All kinds": "Semua jenis",
    "All events": "Semua acara",
    "Triage filters": "Saringan pemilahan",
    "Use the filters of the triage list here": "Gunakan saringan daftar pemilahan di sini",
    "Show in triage": "Tampilkan di pemilahan",
    "List these entries on the triage page": "Tampilkan entri ini di halaman pemilahan",
    "Drop these filters": "Hapus saringan ini",
    "All sessions": "Semua sesi",
    "+ more filters from the triage list": "+ saringan lain dari daftar pemilahan",
    "Search, topics, countries or other filters taken over from the triage list": "Pencarian, topik, negara, atau saringan lain yang diambil dari daftar pemilahan",
    "Open complaints over time (backlog)": "Keluhan terbuka dari waktu ke waktu (tunggakan)",
    "SLA compliance per tier (% resolved by the due date)": "Kepatuhan SLA per tingkat (% selesai sebelum tenggat)",
    "Suggestions by adoption status": "Saran menurut status penerimaan",
    "Commitments made on stage, by status": "Komitmen yang disampaikan di panggung, menurut status",
    "List the open complaints": "Tampilkan keluhan yang masih terbuka",
    "List the overdue complaints": "Tampilkan keluhan yang lewat tenggat",
    "Open complaints": "Keluhan terbuka",
    "Resolved": "Selesai ditangani",
    "Median time to resolution": "Median waktu penyelesaian",
    "{row} × {col}: {count} entries": "{row} × {col}: {count} entri",
    "Service area × topic": "Area layanan × topik",
    "Placement phase × programme": "Tahap penempatan × program",
    "T&rends": "T&ren",
    "Entries over time": "Entri dari waktu ke waktu",
    "Buckets: {size}": "Interval: {size}",
    "{asked} would make too many points; showing {size}": "{asked} menghasilkan terlalu banyak titik; ditampilkan per {size}",
    "an entry with two dimensions counts in both": "entri dengan dua dimensi dihitung di keduanya",
    "No entries match these filters": "Tidak ada entri yang cocok dengan saringan ini",
    "Trends": "Tren",
    "What is being said, by whom, about what (Ctrl+3)": "Apa yang disampaikan, oleh siapa, tentang apa (Ctrl+3)",
    "To": "Sampai",
    "Total": "Total",
    "{count} entries": "{count} entri",
    "Top destination countries (entries)": "Negara tujuan teratas (entri)",
    "Top issues (voices grouped under one issue)": "Isu teratas (suara yang dikelompokkan dalam satu isu)",
    "Drop the filter from the dashboard: list everything": "Hapus saringan dari dasbor: tampilkan semuanya",
    "More filters of this view": "Saringan lain dari tampilan ini",
    "Ctrl+1 / Ctrl+2 / Ctrl+3": "Ctrl+1 / Ctrl+2 / Ctrl+3",
    "pages: live capture / triage / trends": "halaman: pencatatan langsung / pemilahan / tren",
    # File → Export summary… (issue 6)
    "Export &summary (PDF)…": "Ekspor &ringkasan (PDF)…",
    "Export strategy summary": "Ekspor ringkasan strategi",
    "&From": "&Dari",
    "&To": "&Sampai",
    "All service areas": "Semua area layanan",
    "&Browse…": "&Telusuri…",
    "&Open the PDF when it is done": "B&uka PDF setelah selesai",
    "&Events (none ticked: all)": "A&cara (tidak ada yang dicentang: semua)",
    "&Language of the summary": "&Bahasa ringkasan",
    "&Save as": "Si&mpan sebagai",
    "E&xport": "E&kspor",
    "choose where to save the PDF": "pilih tempat menyimpan PDF",
    "{path} is a folder; add a file name": "{path} adalah folder; tambahkan nama berkas",
    "Save the summary as": "Simpan ringkasan sebagai",
    "PDF files (*.pdf)": "Berkas PDF (*.pdf)",
    "Building the summary…": "Menyusun ringkasan…",
    "Written: {path} ({pages} pages).": "Tersimpan: {path} ({pages} halaman).",
    "Cancelled. No file was written.": "Dibatalkan. Tidak ada berkas yang ditulis.",
    "The summary could not be written: {reason}": "Ringkasan tidak dapat ditulis: {reason}",
    "Cancelling…": "Membatalkan…",
    "Summary written: {path}": "Ringkasan tersimpan: {path}",
    "Ctrl+Shift+P": "Ctrl+Shift+P",
    "export the strategy summary (PDF)": "ekspor ringkasan strategi (PDF)",
    # ---- shared server mode (issue 7) ----
    "Give the administrator's user name.": "Isi nama pengguna administrator.",
    "The server's name cannot be found.": "Nama server tidak ditemukan.",
    "&Accounts and roles…": "&Akun dan peran…",
    "&Add user…": "&Tambah pengguna…",
    "&CA certificate": "Sertifikat &CA",
    "&Choose…": "&Pilih…",
    "&Connection…": "&Koneksi…",
    "&Current password": "Kata sandi &saat ini",
    "&Database": "Basis &data",
    "&Disable": "&Nonaktifkan",
    "&Display name": "Nama &tampilan",
    "&Enable": "&Aktifkan",
    "&Host": "H&ost",
    "&Log in": "&Masuk",
    "&Log out or switch database…": "Ke&luar akun atau ganti basis data…",
    "&Merge an offline desk…": "&Gabungkan desk luring…",
    "&Merge": "&Gabungkan",
    "&Name": "&Nama",
    "&New password": "Kata sandi &baru",
    "&Password": "Kata &sandi",
    "&Port": "&Port",
    "&Remember in the system keyring": "&Ingat di keyring sistem",
    "&Repeat it": "&Ulangi",
    "&Roles…": "&Peran…",
    "&Save": "&Simpan",
    "&TLS": "&TLS",
    "&User name": "&Nama pengguna",
    "&User": "Pen&gguna",
    "A new password for {user}. Tell it to them in person; they can change it afterwards (Change password…).":
        "Kata sandi baru untuk {user}. Sampaikan langsung kepadanya; ia dapat menggantinya sesudahnya (Ganti kata sandi…).",
    "Accounts created without a password (inactive): {names}":
        "Akun yang dibuat tanpa kata sandi (tidak aktif): {names}",
    "Accounts": "Akun",
    "Active": "Aktif",
    "Add user": "Tambah pengguna",
    "Added {user}.": "{user} ditambahkan.",
    "Administrator": "Administrator",
    "Already present": "Sudah ada",
    "At least 10 characters; not the user name, not one character repeated, not a common password.":
        "Paling sedikit 10 karakter; bukan nama pengguna, bukan satu karakter yang diulang, bukan kata sandi yang umum.",
    "B&rowse…": "Pi&lih berkas…",
    "Brings the entries of a laptop that recorded into its own file (without the server) into this database. The file itself is not changed; merging it again adds nothing.":
        "Memasukkan entri dari laptop yang mencatat ke berkasnya sendiri (tanpa server) ke basis data ini. Berkas itu sendiri tidak diubah; menggabungkannya lagi tidak menambah apa pun.",
    "C&onnect": "Sam&bungkan",
    "CA certificate": "Sertifikat CA",
    "Cancelled: nothing was written.": "Dibatalkan: tidak ada yang ditulis.",
    "Certificates (*.crt *.pem *.cer);;All files (*)": "Sertifikat (*.crt *.pem *.cer);;Semua berkas (*)",
    "Change my pass&word…": "Ganti kata &sandi saya…",
    "Change password": "Ganti kata sandi",
    "Conflict (not merged)": "Konflik (tidak digabungkan)",
    "Connected: {server}; {state}": "Tersambung: {server}; {state}",
    "Connecting to {where}…": "Menyambung ke {where}…",
    "Connection": "Koneksi",
    "Could not open {where}.": "{where} tidak dapat dibuka.",
    "Create the &administrator": "Buat &administrator",
    "Database &password": "Kata sandi basis &data",
    "Database file": "Berkas basis data",
    "Database: {name} (file {path})": "Basis data: {name} (berkas {path})",
    "Database: {name} ({where})": "Basis data: {name} ({where})",
    "Database: {where}": "Basis data: {where}",
    "De&lete": "&Hapus",
    "Desk file to merge": "Berkas desk yang digabungkan",
    "Details": "Rincian",
    "Display name": "Nama tampilan",
    "Editing cases needs the server, which cannot be reached now. Your changes are still in the form; save again when the connection is back.":
        "Mengubah kasus memerlukan server, yang sekarang tidak dapat dijangkau. Perubahan Anda masih ada di formulir; simpan lagi setelah koneksi kembali.",
    "Entry": "Entri",
    "Feedback Desk databases (*.sqlite *.db);;All files (*)": "Basis data Feedback Desk (*.sqlite *.db);;Semua berkas (*)",
    "Feedback Desk files (*.sqlite *.db);;All files (*)": "Berkas Feedback Desk (*.sqlite *.db);;Semua berkas (*)",
    "Feedback Desk — create the administrator": "Feedback Desk — buat administrator",
    "Feedback Desk — log in": "Feedback Desk — masuk",
    "File on this computer": "Berkas di komputer ini",
    "Give your user name.": "Isi nama pengguna Anda.",
    "Kept on this computer; it is sent when the server is back.":
        "Disimpan di komputer ini; dikirim saat server kembali.",
    "Leadership viewer": "Pimpinan (hanya melihat)",
    "Merge an offline desk": "Gabungkan desk luring",
    "Merging…": "Menggabungkan…",
    "Ne&w": "Ba&ru",
    "New password &again": "&Ulangi kata sandi baru",
    "New": "Baru",
    "No (disabled)": "Tidak (dinonaktifkan)",
    "Nobody can log in to this database yet. Create its administrator: the account that adds the other users and gives them their roles.":
        "Belum ada yang dapat masuk ke basis data ini. Buat administratornya: akun yang menambahkan pengguna lain dan memberi mereka peran.",
    "Not merged: {reason}": "Tidak digabungkan: {reason}",
    "Opening {where}…": "Membuka {where}…",
    "Outcome": "Hasil",
    "P&assword": "&Kata sandi",
    "Please check the connection: {problem}": "Periksa koneksinya: {problem}",
    "Please check: {problem}": "Periksa: {problem}",
    "PostgreSQL server": "Server PostgreSQL",
    "Protection officer": "Petugas perlindungan",
    "Recorder": "Pencatat",
    "Refused": "Ditolak",
    "Reset &password…": "Atur ulang &kata sandi…",
    "Reset password": "Atur ulang kata sandi",
    "Roles of {user} changed.": "Peran {user} diubah.",
    "Roles of {user}": "Peran {user}",
    "Roles": "Peran",
    "Saved {name}.": "{name} disimpan.",
    "Saving…": "Menyimpan…",
    "Send now": "Kirim sekarang",
    "Sending {n} waiting entries…": "Mengirim {n} entri yang menunggu…",
    "Server unreachable — {n} entries waiting. They are kept on this computer and sent when the server is back.":
        "Server tidak terjangkau — {n} entri menunggu. Entri disimpan di komputer ini dan dikirim saat server kembali.",
    "Someone else has just changed what you are editing here. Saving will show both versions; your edits are kept.":
        "Orang lain baru saja mengubah yang sedang Anda sunting di sini. Saat menyimpan, kedua versi ditampilkan; suntingan Anda tetap ada.",
    "Supervisor": "Supervisor",
    "Test conn&ection": "&Uji koneksi",
    "The current password is not right; nothing was changed.": "Kata sandi saat ini salah; tidak ada yang diubah.",
    "The database cannot be opened: {detail}": "Basis data tidak dapat dibuka: {detail}",
    "The database needs an upgrade: {detail}": "Basis data perlu ditingkatkan: {detail}",
    "The database user may not read the Feedback Desk tables: ask the administrator to grant access.":
        "Pengguna basis data tidak boleh membaca tabel Feedback Desk: minta administrator memberi akses.",
    "The desk file (desk.sqlite)": "Berkas desk (desk.sqlite)",
    "The new password is the same as the current one.": "Kata sandi baru sama dengan yang sekarang.",
    "The password meets the rules.": "Kata sandi memenuhi aturan.",
    "The password {problem}.": "Kata sandi: {problem}.",
    "The secure (TLS) connection failed: check the TLS mode and the CA certificate file.":
        "Koneksi aman (TLS) gagal: periksa mode TLS dan berkas sertifikat CA.",
    "The server asks for the password of the database user {user}.":
        "Server meminta kata sandi pengguna basis data {user}.",
    "The server cannot be reached (connection refused): is it running, is the port right, is a firewall in the way?":
        "Server tidak dapat dijangkau (koneksi ditolak): apakah server berjalan, portnya benar, atau terhalang firewall?",
    "The server cannot be reached: {detail}": "Server tidak dapat dijangkau: {detail}",
    "The server did not answer in time.": "Server tidak menjawab tepat waktu.",
    "The server refused the database user name or password.": "Server menolak nama pengguna atau kata sandi basis data.",
    "The two passwords are not the same.": "Kedua kata sandi tidak sama.",
    "The two passwords differ; type them again.": "Kedua kata sandi berbeda; ketik lagi.",
    "There already is a connection named {name}.": "Sudah ada koneksi bernama {name}.",
    "There is no database of that name on the server.": "Tidak ada basis data dengan nama itu di server.",
    "There is no system keyring here: the password is asked each time.":
        "Tidak ada keyring sistem di sini: kata sandi ditanyakan setiap kali.",
    "This account is disabled; ask an administrator.": "Akun ini dinonaktifkan; hubungi administrator.",
    "This computer": "Komputer ini",
    "This database has an administrator already; log in.": "Basis data ini sudah memiliki administrator; silakan masuk.",
    "This entry is waiting to be sent; correct it when the server is back (or undo it with Ctrl+Z).":
        "Entri ini menunggu dikirim; koreksi setelah server kembali (atau batalkan dengan Ctrl+Z).",
    "Tick at least one role.": "Centang paling sedikit satu peran.",
    "Too many wrong passwords: the account is locked until {time}.":
        "Terlalu banyak kata sandi salah: akun dikunci sampai {time}.",
    "Too many wrong passwords: this account is locked until {time}.":
        "Terlalu banyak kata sandi salah: akun ini dikunci sampai {time}.",
    "Try &again": "&Coba lagi",
    "Type your current password.": "Ketik kata sandi Anda saat ini.",
    "User name": "Nama pengguna",
    "Wrong user name or password.": "Nama pengguna atau kata sandi salah.",
    "Yes": "Ya",
    "Your account reads lists, trends and summaries; it does not record entries.":
        "Akun Anda membaca daftar, tren, dan ringkasan; akun ini tidak mencatat entri.",
    "Your password was changed.": "Kata sandi Anda sudah diganti.",
    "allow — encrypt if the server insists": "allow — enkripsi bila server mengharuskan",
    "as the user name": "sama dengan nama pengguna",
    "disable — no encryption": "disable — tanpa enkripsi",
    "empty: the one in the system keyring": "kosong: yang ada di keyring sistem",
    "prefer — encrypt when possible (default)": "prefer — enkripsi bila bisa (bawaan)",
    "require — always encrypt, no certificate check": "require — selalu enkripsi, tanpa memeriksa sertifikat",
    "the database has other tables but none of Feedback Desk: is it the right database?":
        "basis data berisi tabel lain tetapi tidak ada tabel Feedback Desk: benarkah ini basis datanya?",
    "the database is empty: the first desk that connects sets it up.":
        "basis data masih kosong: desk pertama yang tersambung akan menyiapkannya.",
    "the database is ready (schema {revision}).": "basis data siap (skema {revision}).",
    "verify-ca — encrypt, check the CA": "verify-ca — enkripsi, periksa CA",
    "verify-full — encrypt, check the CA and the host name": "verify-full — enkripsi, periksa CA dan nama host",
    "waiting to be sent": "menunggu dikirim",
    "{field}: here {here}, in the file {there}": "{field}: di sini {here}, di berkas {there}",
    "{n} entries are waiting: the server refused some of them. They stay on this computer.":
        "{n} entri menunggu: server menolak sebagian. Entri tetap di komputer ini.",
    "{total} entries in {file}: {new} new, {present} already present, {conflicts} in conflict (not merged), {refused} refused.":
        "{total} entri di {file}: {new} baru, {present} sudah ada, {conflicts} konflik (tidak digabungkan), {refused} ditolak.",
    "{user} can log in again.": "{user} dapat masuk lagi.",
    "{user} has a new password.": "{user} memiliki kata sandi baru.",
    "{user} is disabled and cannot log in.": "{user} dinonaktifkan dan tidak dapat masuk.",
    "There is no event yet: a supervisor or the administrator creates it.":
        "Belum ada acara: supervisor atau administrator yang membuatnya.",
    # ---- spreadsheet import and export (gui/interchange) ----
    "&Import spreadsheet (CSV, Excel)…": "&Impor lembar kerja (CSV, Excel)…",
    "E&xport list (CSV, Excel)…": "Ekspor &daftar (CSV, Excel)…",
    "Export list…": "Ekspor daftar…",
    "Import a spreadsheet": "Impor lembar kerja",
    "Adds the entries of a CSV or Excel file laid out as the interchange table (one row per entry, headers in the first row). Nothing is written until you press Import; importing the same file again adds nothing.":
        "Menambahkan entri dari berkas CSV atau Excel yang disusun sebagai tabel pertukaran (satu baris per entri, judul kolom di baris pertama). Tidak ada yang ditulis sebelum Anda menekan Impor; mengimpor berkas yang sama lagi tidak menambah apa pun.",
    "A .csv, .txt or .xlsx file": "Berkas .csv, .txt, atau .xlsx",
    "Read a&gain": "Baca &ulang",
    "Read the file again (after correcting it)": "Baca berkas sekali lagi (setelah diperbaiki)",
    "Import only the &valid rows (leave the rejected ones out)":
        "Impor hanya baris yang &valid (baris yang ditolak dilewati)",
    "Spreadsheet to import": "Lembar kerja yang diimpor",
    "Spreadsheets (*.csv *.txt *.xlsx);;All files (*)":
        "Lembar kerja (*.csv *.txt *.xlsx);;Semua berkas (*)",
    "Reading {file}…": "Membaca {file}…",
    "Cancelled: nothing was imported. “Read again” reads the file from the start.":
        "Dibatalkan: tidak ada yang diimpor. “Baca ulang” membaca berkas dari awal.",
    "This file cannot be imported: {reason}": "Berkas ini tidak dapat diimpor: {reason}",
    "The file could not be read: {reason}": "Berkas tidak dapat dibaca: {reason}",
    "Imported. Choose another file, or read this one again.":
        "Sudah diimpor. Pilih berkas lain, atau baca berkas ini lagi.",
    "Import is not possible while a required column is missing.":
        "Impor tidak dapat dilakukan selama ada kolom wajib yang belum ada.",
    "Check the accented letters and tick “The accented letters look right” first, or choose another encoding.":
        "Periksa huruf beraksen lalu centang “Huruf beraksen sudah tepat” terlebih dahulu, atau pilih pengodean lain.",
    "Rejected rows: {n} (see “Why”). Correct them in the file and read it again, or tick “Import only the valid rows”.":
        "Baris ditolak: {n} (lihat “Alasan”). Perbaiki di berkas lalu baca ulang, atau centang “Impor hanya baris yang valid”.",
    "Nothing to import: no row would add an entry.":
        "Tidak ada yang diimpor: tidak ada baris yang akan menambah entri.",
    "&Import {n} entries": "&Impor {n} entri",
    "&Import": "&Impor",
    "Importing…": "Mengimpor…",
    "Cancelled: nothing was imported.": "Dibatalkan: tidak ada yang diimpor.",
    "Not imported: {reason}": "Tidak diimpor: {reason}",
    "Not imported, nothing was written: {reason}": "Tidak diimpor, tidak ada yang ditulis: {reason}",
    "{n} rows": "{n} baris",
    "Entries imported: {n}.": "Entri diimpor: {n}.",
    "Column in the file": "Kolom di berkas",
    "Imported as": "Diimpor sebagai",
    "(column {n}, no header)": "(kolom {n}, tanpa judul)",
    "Not a column of the interchange table: ignored unless you choose a column for it.":
        "Bukan kolom tabel pertukaran: diabaikan kecuali Anda memilihkan kolom untuknya.",
    "(ignored)": "(diabaikan)",
    "{column} — required": "{column} — wajib",
    "Columns of the file": "Kolom berkas",
    "Required, but no column of the file feeds it: {columns}. Choose a column of the file for each in the list above.":
        "Wajib, tetapi tidak diisi kolom mana pun dari berkas: {columns}. Pilih satu kolom berkas untuk masing-masing di daftar di atas.",
    "Not recognised (ignored unless you choose a column for it): {headers}":
        "Tidak dikenali (diabaikan kecuali Anda memilihkan kolom untuknya): {headers}",
    "Rows": "Baris",
    "Row": "Baris",
    "Why": "Alasan",
    "&Show": "Tampil&kan",
    "All rows": "Semua baris",
    "Accepted": "Diterima",
    "Rejected": "Ditolak",
    "The rows are checked once every required column is fed by a column of the file.":
        "Baris diperiksa setelah setiap kolom wajib diisi oleh satu kolom berkas.",
    "{n} accepted": "{n} diterima",
    "{n} already present": "{n} sudah ada",
    "{n} rejected": "{n} ditolak",
    "blank rows skipped: {n}": "baris kosong dilewati: {n}",
    "new events: {names}": "acara baru: {names}",
    "new sessions: {names}": "sesi baru: {names}",
    "new accounts (without a password, inactive): {names}":
        "akun baru (tanpa kata sandi, nonaktif): {names}",
    "Importing also creates {what}.": "Impor ini juga membuat {what}.",
    "Format": "Format",
    "E&ncoding": "Pe&ngodean",
    "Separator": "Pemisah",
    "S&heet": "&Lembar",
    "Headers": "Judul kolom",
    "As detected": "Sesuai deteksi",
    "The accented letters look &right": "Huruf beraksen sudah &tepat",
    "CSV text": "Teks CSV",
    "Excel workbook (.xlsx)": "Buku kerja Excel (.xlsx)",
    "{kind}, {size}": "{kind}, {size}",
    "row {n}": "baris {n}",
    "This file is not in UTF-8: it was read as {encoding}, a guess. Check in the rows below that accented letters (é, ü, ñ) and symbols look right, then tick the box; if they look wrong, choose another encoding.":
        "Berkas ini tidak berformat UTF-8: berkas dibaca sebagai {encoding}, berdasarkan tebakan. Periksa di baris-baris di bawah bahwa huruf beraksen (é, ü, ñ) dan simbol tampak benar, lalu centang kotaknya; jika tampak salah, pilih pengodean lain.",
    "{sheet} (hidden)": "{sheet} (tersembunyi)",
    "UTF-8": "UTF-8",
    "UTF-8 (with BOM)": "UTF-8 (dengan BOM)",
    "UTF-16": "UTF-16",
    "Windows-1252 (Western European)": "Windows-1252 (Eropa Barat)",
    "comma (,)": "koma (,)",
    "semicolon (;)": "titik koma (;)",
    "tab": "tab",
    "{n} bytes": "{n} bita",
    "{n} KB": "{n} KB",
    "{n} MB": "{n} MB",
    "New entries imported from {file}: {added}.": "Entri baru yang diimpor dari {file}: {added}.",
    "Already present (nothing written for them): {n}.": "Sudah ada (tidak ada yang ditulis untuknya): {n}.",
    "Rejected rows left out: {n}.": "Baris ditolak yang dilewati: {n}.",
    "Speakers stored with their personal data (consent given): {n}.":
        "Pembicara yang disimpan beserta data pribadinya (dengan persetujuan): {n}.",
    "Rows whose personal data was left out (no consent to contact): {n}.":
        "Baris yang data pribadinya tidak disimpan (tanpa persetujuan dihubungi): {n}.",
    "Events created: {names}.": "Acara yang dibuat: {names}.",
    "Sessions created: {names}.": "Sesi yang dibuat: {names}.",
    "Accounts created without a password (inactive): {names}.":
        "Akun yang dibuat tanpa kata sandi (nonaktif): {names}.",
    # the columns' meanings ("recorded_at (waktu)")
    "entry id": "id entri",
    "date and time": "waktu",
    "event": "acara",
    "session": "sesi",
    "kind": "jenis",
    "service area": "area layanan",
    "improvement dimension": "dimensi perbaikan",
    "topic": "topik",
    "programme": "program",
    "placement phase": "fase penempatan",
    "speaker type": "jenis pembicara",
    "country": "negara",
    "summary": "ringkasan",
    "where it was said": "sumber",
    "language": "bahasa",
    "status": "status",
    "priority": "prioritas",
    "recorded by": "pencatat",
    "consent to contact": "persetujuan dihubungi",
    "speaker's name": "nama pembicara",
    "speaker's phone": "telepon pembicara",
    "speaker's NIK": "NIK pembicara",
    "speaker's passport": "paspor pembicara",
    "speaker's KPJ number": "nomor KPJ pembicara",
    # export list
    "Export list": "Ekspor daftar",
    "&Format": "&Format",
    "CSV, UTF-8 (.csv)": "CSV, UTF-8 (.csv)",
    "Include &personal data (name, phone, NIK, passport, KPJ)":
        "Sertakan data &pribadi (nama, telepon, NIK, paspor, KPJ)",
    "Writes the entries the triage list shows, with its filters and in its order, as the interchange table.":
        "Menulis entri yang ditampilkan daftar triase, dengan filter dan urutannya, sebagai tabel pertukaran.",
    "Writes the {n} entries the triage list shows, with its filters and in its order, as the interchange table.":
        "Menulis {n} entri yang ditampilkan daftar triase, dengan filter dan urutannya, sebagai tabel pertukaran.",
    "The file will hold the personal data of every speaker who gave consent. Keep it safe, share it only for the purpose the speakers agreed to, and delete it when that is done. The export is recorded in the audit log.":
        "Berkas akan memuat data pribadi setiap pembicara yang memberi persetujuan. Simpan dengan aman, bagikan hanya untuk tujuan yang disetujui pembicara, dan hapus setelah selesai. Ekspor ini dicatat di log audit.",
    "Without personal data: nobody can be identified from the file.":
        "Tanpa data pribadi: tidak ada orang yang dapat dikenali dari berkas.",
    "Export list as": "Ekspor daftar sebagai",
    "CSV, UTF-8 (*.csv)": "CSV, UTF-8 (*.csv)",
    "Excel workbook (*.xlsx)": "Buku kerja Excel (*.xlsx)",
    "Exporting…": "Mengekspor…",
    "Replace the file?": "Ganti berkas?",
    "{file} exists already. Replace it?": "{file} sudah ada. Ganti?",
    "Cancelled: no file was written.": "Dibatalkan: tidak ada berkas yang ditulis.",
    "Not exported: {reason}": "Tidak diekspor: {reason}",
    "Exported {n} entries with personal data to {file}": "{n} entri beserta data pribadi diekspor ke {file}",
    "Exported {n} entries to {file}": "{n} entri diekspor ke {file}",
    "({n} texts are longer than Excel shows in a cell; the CSV format keeps them whole.)":
        "({n} teks lebih panjang daripada yang ditampilkan Excel dalam satu sel; format CSV menyimpannya utuh.)",
    "the folder {folder} cannot be written to (read-only, or no permission): choose another folder.":
        "folder {folder} tidak dapat ditulisi (hanya-baca, atau tanpa izin): pilih folder lain.",
    "the disk is full: free some space or choose another drive.":
        "disk penuh: kosongkan sebagian ruang atau pilih drive lain.",
    "the folder {folder} does not exist.": "folder {folder} tidak ada.",
    "{path} is a folder: add a file name.": "{path} adalah folder: tambahkan nama berkas.",
    "the file name must end in .csv or .xlsx.": "nama berkas harus berakhiran .csv atau .xlsx.",
    "{path} could not be written: {detail}": "{path} tidak dapat ditulis: {detail}",
    # import messages (core/interchange/messages_*.py, one per code)
    'The file {path} does not exist.':
        'Berkas {path} tidak ada.',
    'The file {path} cannot be read: {reason}.':
        'Berkas {path} tidak dapat dibaca: {reason}.',
    '{path} is a folder, not a file. Choose the spreadsheet file inside it.':
        '{path} adalah folder, bukan berkas. Pilih berkas lembar kerja di dalamnya.',
    '{path} is not an ordinary file (a device or a pipe). Choose a spreadsheet file.':
        '{path} bukan berkas biasa (perangkat atau pipa). Pilih berkas lembar kerja.',
    'The file {path} is empty (0 bytes). It may not have been saved or copied completely; save it again and import the new copy.':
        'Berkas {path} kosong (0 bita). Mungkin berkas belum tersimpan atau tersalin sepenuhnya; simpan lagi dan impor salinan barunya.',
    'The file {path} has no rows: it contains only blank lines.':
        'Berkas {path} tidak berisi baris: hanya baris kosong.',
    'The workbook {path} is too large to import (over {limit} once unpacked). Split it into smaller files, or save it as CSV UTF-8 and import that.':
        'Buku kerja {path} terlalu besar untuk diimpor (lebih dari {limit} setelah dibuka). Pecah menjadi berkas yang lebih kecil, atau simpan sebagai CSV UTF-8 lalu impor berkas itu.',
    '{path} is an old Excel 97–2003 file (.xls). Open it in Excel and save it as .xlsx or CSV UTF-8, then import that.':
        '{path} adalah berkas Excel 97–2003 lama (.xls). Buka di Excel dan simpan sebagai .xlsx atau CSV UTF-8, lalu impor berkas itu.',
    '{path} is protected with a password, so it cannot be read. Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, clear it) and save, then import it again.':
        '{path} dilindungi kata sandi, sehingga tidak dapat dibaca. Buka di Excel, hapus kata sandinya (File › Info › Protect Workbook › Encrypt with Password, kosongkan) lalu simpan, kemudian impor lagi.',
    '{path} is an old Microsoft Office 97–2003 file, not an Excel workbook we can read. If it holds a table, copy it into Excel and save it as .xlsx or CSV UTF-8, then import that.':
        '{path} adalah berkas Microsoft Office 97–2003 lama, bukan buku kerja Excel yang dapat kami baca. Jika berisi tabel, salin ke Excel dan simpan sebagai .xlsx atau CSV UTF-8, lalu impor berkas itu.',
    '{path} is a workbook with macros (.xlsm). Macro workbooks are not imported, for safety. Open it in Excel and save it as .xlsx or CSV UTF-8, then import that.':
        '{path} adalah buku kerja bermakro (.xlsm). Demi keamanan, buku kerja bermakro tidak diimpor. Buka di Excel dan simpan sebagai .xlsx atau CSV UTF-8, lalu impor berkas itu.',
    '{path} is an Excel binary workbook (.xlsb). Open it in Excel and save it as .xlsx or CSV UTF-8, then import that.':
        '{path} adalah buku kerja biner Excel (.xlsb). Buka di Excel dan simpan sebagai .xlsx atau CSV UTF-8, lalu impor berkas itu.',
    '{path} is an OpenDocument spreadsheet (.ods, from LibreOffice or OpenOffice). Open it there and save it as .xlsx or CSV UTF-8, then import that.':
        '{path} adalah lembar kerja OpenDocument (.ods, dari LibreOffice atau OpenOffice). Buka di sana dan simpan sebagai .xlsx atau CSV UTF-8, lalu impor berkas itu.',
    '{path} is an OpenDocument text or presentation file, not a spreadsheet. Import the spreadsheet (.xlsx or .csv) instead.':
        '{path} adalah berkas teks atau presentasi OpenDocument, bukan lembar kerja. Impor lembar kerjanya (.xlsx atau .csv).',
    '{path} is a Word document, not a spreadsheet. If it holds a table, copy the table into Excel and save it as .xlsx or CSV UTF-8, then import that.':
        '{path} adalah dokumen Word, bukan lembar kerja. Jika berisi tabel, salin tabelnya ke Excel dan simpan sebagai .xlsx atau CSV UTF-8, lalu impor berkas itu.',
    '{path} is a PowerPoint presentation, not a spreadsheet. Import the spreadsheet (.xlsx or .csv) instead.':
        '{path} adalah presentasi PowerPoint, bukan lembar kerja. Impor lembar kerjanya (.xlsx atau .csv).',
    '{path} is a compressed archive (ZIP or similar), not a spreadsheet. If the spreadsheet is inside, extract it and import the .xlsx or .csv file.':
        '{path} adalah arsip terkompresi (ZIP atau sejenisnya), bukan lembar kerja. Jika lembar kerjanya ada di dalam, ekstrak lalu impor berkas .xlsx atau .csv itu.',
    '{path} looks like an Excel workbook but is damaged or incomplete (it may have been cut off while copying or downloading). Copy it again, or open it in Excel and save it as .xlsx or CSV UTF-8, then import that.':
        '{path} tampak seperti buku kerja Excel tetapi rusak atau tidak lengkap (mungkin terpotong saat disalin atau diunduh). Salin lagi, atau buka di Excel dan simpan sebagai .xlsx atau CSV UTF-8, lalu impor berkas itu.',
    '{path} unpacks to far more data than its size suggests (a "zip bomb"), so it was not opened. Do not open it elsewhere either; ask the sender for the data as CSV UTF-8.':
        '{path} berisi data jauh lebih besar daripada ukurannya (sebuah "zip bomb"), sehingga tidak dibuka. Jangan buka di tempat lain juga; minta pengirim mengirim datanya sebagai CSV UTF-8.',
    '{path} contains XML constructs (a DTD or entity declarations) that Excel never writes and that can be used to attack a computer, so it was not read. Ask the sender for the data as CSV UTF-8.':
        '{path} memuat susunan XML (DTD atau deklarasi entitas) yang tidak pernah ditulis Excel dan dapat dipakai untuk menyerang komputer, sehingga tidak dibaca. Minta pengirim mengirim datanya sebagai CSV UTF-8.',
    'The workbook {path} is damaged and cannot be read. Open it in Excel (it may offer to repair it) and save it as .xlsx or CSV UTF-8, then import that.':
        'Buku kerja {path} rusak dan tidak dapat dibaca. Buka di Excel (Excel mungkin menawarkan perbaikan) dan simpan sebagai .xlsx atau CSV UTF-8, lalu impor berkas itu.',
    '{path} is a PDF document; a table in a PDF cannot be imported. Ask for the spreadsheet it was made from, or copy the table into Excel and save it as .xlsx or CSV UTF-8, then import that.':
        '{path} adalah dokumen PDF; tabel di dalam PDF tidak dapat diimpor. Minta lembar kerja asalnya, atau salin tabelnya ke Excel dan simpan sebagai .xlsx atau CSV UTF-8, lalu impor berkas itu.',
    '{path} is a picture, not a spreadsheet. Type the table into Excel and save it as .xlsx or CSV UTF-8, then import that.':
        '{path} adalah gambar, bukan lembar kerja. Ketik tabelnya di Excel dan simpan sebagai .xlsx atau CSV UTF-8, lalu impor berkas itu.',
    '{path} is a rich-text (RTF) document, not a spreadsheet. If it holds a table, copy the table into Excel and save it as .xlsx or CSV UTF-8, then import that.':
        '{path} adalah dokumen rich text (RTF), bukan lembar kerja. Jika berisi tabel, salin tabelnya ke Excel dan simpan sebagai .xlsx atau CSV UTF-8, lalu impor berkas itu.',
    '{path} is a web page (HTML), as some systems export under an Excel name. Open it in Excel and save it as .xlsx or CSV UTF-8, then import that.':
        '{path} adalah halaman web (HTML), seperti yang diekspor sebagian sistem dengan nama Excel. Buka di Excel dan simpan sebagai .xlsx atau CSV UTF-8, lalu impor berkas itu.',
    '{path} is an Excel 2003 XML spreadsheet. Open it in Excel and save it as .xlsx or CSV UTF-8, then import that.':
        '{path} adalah lembar kerja XML Excel 2003. Buka di Excel dan simpan sebagai .xlsx atau CSV UTF-8, lalu impor berkas itu.',
    '{path} is an XML file, not a spreadsheet. Import a .xlsx or .csv file instead.':
        '{path} adalah berkas XML, bukan lembar kerja. Impor berkas .xlsx atau .csv.',
    '{path} is not a spreadsheet or a text file (it contains binary data). Import a .xlsx or .csv file.':
        '{path} bukan lembar kerja atau berkas teks (berisi data biner). Impor berkas .xlsx atau .csv.',
    '{path} is a text file in an encoding that is neither UTF-8, UTF-16 nor Windows-1252 (perhaps Chinese, Japanese or Cyrillic code pages). Open it in Excel or a text editor and save it as CSV UTF-8, then import that.':
        '{path} adalah berkas teks dengan pengodean selain UTF-8, UTF-16, atau Windows-1252 (mungkin kode halaman Tionghoa, Jepang, atau Sirilik). Buka di Excel atau penyunting teks dan simpan sebagai CSV UTF-8, lalu impor berkas itu.',
    '"{encoding}" is not a text encoding this program knows. Choose UTF-8, UTF-16 or Windows-1252.':
        '"{encoding}" bukan pengodean teks yang dikenal program ini. Pilih UTF-8, UTF-16, atau Windows-1252.',
    'Line {line} has bytes that are not valid {encoding} text, so the file is damaged or mixes encodings. Open it in Excel or a text editor, save it as CSV UTF-8 and import it again.':
        'Baris {line} berisi bita yang bukan teks {encoding} yang sah, jadi berkas rusak atau mencampur pengodean. Buka di Excel atau penyunting teks, simpan sebagai CSV UTF-8 lalu impor lagi.',
    'Line {line} has a misplaced quote ("): a quoted cell must be closed right before the next separator. Correct that line (write a quote inside a cell as two quotes "") or save the file again from Excel.':
        'Baris {line} memiliki tanda kutip (") yang salah tempat: sel berkutip harus ditutup tepat sebelum pemisah berikutnya. Perbaiki baris itu (tulis tanda kutip di dalam sel sebagai dua tanda kutip "") atau simpan ulang berkas dari Excel.',
    'A quote (") opened on line {line} is never closed, so the rest of the file would be one cell. Add the missing quote on that line, or save the file again from Excel.':
        'Tanda kutip (") yang dibuka di baris {line} tidak pernah ditutup, sehingga sisa berkas akan menjadi satu sel. Tambahkan tanda kutip yang kurang di baris itu, atau simpan ulang berkas dari Excel.',
    'A cell starting on line {line} is longer than {limit} characters. This is usually a quote (") opened and never closed on that line; check the quotes there.':
        'Sel yang dimulai di baris {line} lebih panjang dari {limit} karakter. Biasanya ini tanda kutip (") yang dibuka dan tidak ditutup di baris itu; periksa tanda kutipnya.',
    'Line {line} is longer than {limit} characters without a line break; this is not a table. Check that the file is the CSV you meant.':
        'Baris {line} lebih panjang dari {limit} karakter tanpa pindah baris; ini bukan tabel. Periksa bahwa berkas ini memang CSV yang dimaksud.',
    'The workbook {path} has no sheet with cells (only charts, or nothing). Import a workbook whose table is on a sheet.':
        'Buku kerja {path} tidak memiliki lembar berisi sel (hanya bagan, atau kosong). Impor buku kerja yang tabelnya ada di sebuah lembar.',
    'The workbook has no sheet called "{sheet}". Its sheets are: {sheets}.':
        'Buku kerja tidak memiliki lembar bernama "{sheet}". Lembarnya: {sheets}.',
    'The sheet "{sheet}" is a chart, not a table. Choose another sheet.':
        'Lembar "{sheet}" adalah bagan, bukan tabel. Pilih lembar lain.',
    'The sheet "{sheet}" is empty. Choose the sheet that holds the table.':
        'Lembar "{sheet}" kosong. Pilih lembar yang berisi tabel.',
    'The file is not UTF-8; it was read as {encoding} (Western European). Check that accented letters look right before importing.':
        'Berkas ini bukan UTF-8; berkas dibaca sebagai {encoding} (Eropa Barat). Periksa bahwa huruf beraksen tampak benar sebelum mengimpor.',
    '{count} row(s) above the header were skipped (titles or notes); the header is row {row}.':
        '{count} baris di atas judul kolom dilewati (judul atau catatan); judul kolom ada di baris {row}.',
    'No row near the top names the columns (such as waktu, acara, jenis, isi); row {row} was taken as the header. Check the column mapping.':
        'Tidak ada baris di bagian atas yang menamai kolom (seperti waktu, acara, jenis, isi); baris {row} dipakai sebagai judul kolom. Periksa pemetaan kolom.',
    'Hidden sheets were skipped ({sheets}); sheet "{sheet}" was read.':
        'Lembar tersembunyi dilewati ({sheets}); lembar "{sheet}" yang dibaca.',
    'Every sheet is hidden; the first one, "{sheet}", was read.':
        'Semua lembar tersembunyi; lembar pertama, "{sheet}", yang dibaca.',
    'The workbook has {count} other sheet(s); only "{sheet}" was read. Choose a sheet by name to import another.':
        'Buku kerja memiliki {count} lembar lain; hanya "{sheet}" yang dibaca. Pilih lembar menurut namanya untuk mengimpor yang lain.',
    'There is no sheet "{asked}"; sheet "{sheet}" was read.':
        'Tidak ada lembar "{asked}"; lembar "{sheet}" yang dibaca.',
    '{count} merged cell range(s): every cell of a merged range took the value shown in it.':
        '{count} rentang sel gabungan: setiap sel dalam rentang gabungan diisi nilai yang tampil di dalamnya.',
    '{column} is empty; it is required.':
        '{column} kosong; kolom ini wajib.',
    '{column}: {value} is not a known value (use a code or its English or Indonesian label).':
        '{column}: {value} bukan nilai yang dikenal (pakai kode atau labelnya dalam bahasa Inggris atau Indonesia).',
    'recorded_at: {value} is not a date (write dd/mm/yyyy hh:mm or yyyy-mm-ddThh:mm, or use an Excel date cell).':
        'recorded_at: {value} bukan tanggal (tulis dd/mm/yyyy hh:mm atau yyyy-mm-ddThh:mm, atau pakai sel tanggal Excel).',
    'recorded_at: {value} reads month-first; write the day first (dd/mm/yyyy).':
        'recorded_at: {value} terbaca bulan lebih dulu; tulis tanggalnya lebih dulu (dd/mm/yyyy).',
    'recorded_at: {value} is in the future.':
        'recorded_at: {value} ada di masa depan.',
    'recorded_at: {value} is before 1990; check the year.':
        'recorded_at: {value} sebelum tahun 1990; periksa tahunnya.',
    '{column} is longer than {limit} characters.':
        '{column} lebih panjang dari {limit} karakter.',
    '{column} is {length} characters long; the limit is {limit}.':
        '{column} panjangnya {length} karakter; batasnya {limit}.',
    'status: {value} is not a state of a {kind} ({allowed}).':
        'status: {value} bukan status untuk {kind} ({allowed}).',
    'status: only a supervisor may import a case already {value}.':
        'status: hanya supervisor yang boleh mengimpor kasus yang sudah {value}.',
    'priority: {value} is not an SLA tier ({allowed}, or low/normal/high/urgent).':
        'priority: {value} bukan tingkat SLA ({allowed}, atau low/normal/high/urgent).',
    'contact_consent: {value} is neither yes/ya nor no/tidak.':
        'contact_consent: {value} bukan yes/ya maupun no/tidak.',
    'uuid: {value} is not a UUID.':
        'uuid: {value} bukan UUID.',
    'the row has {count} more cells than there are headers (a separator inside text that is not in quotes?).':
        'baris ini berisi {count} sel lebih banyak daripada judul kolom (pemisah di dalam teks yang tidak dikutip?).',
    'recorded_by: {value} cannot be an account here: {reason}.':
        'recorded_by: {value} tidak dapat menjadi akun di sini: {reason}.',
    'the same entry id as row {row}, with other content.':
        'id entri sama dengan baris {row}, tetapi isinya lain.',
    'personal data ({columns}) left out: contact_consent is not yes.':
        'data pribadi ({columns}) tidak disimpan: contact_consent bukan ya.',
    '{column}: invisible control characters were removed.':
        '{column}: karakter kendali yang tak terlihat dihapus.',
    'the same entry as row {row}; imported once.':
        'entri yang sama dengan baris {row}; diimpor sekali.',
    'an entry with this id is already here and differs in: {fields}; it is kept as it is.':
        'entri dengan id ini sudah ada dan berbeda pada: {fields}; entri itu dibiarkan apa adanya.',
    'recorded_by {value} has no account here; an inactive one will be created.':
        'recorded_by {value} belum punya akun di sini; akun nonaktif akan dibuat.',
    'Required columns missing: {columns}. Map a column of the file to each.':
        'Kolom wajib tidak ada: {columns}. Petakan satu kolom berkas ke masing-masing.',
    'Columns not imported (unknown): {headers}.':
        'Kolom yang tidak diimpor (tidak dikenal): {headers}.',
    # ---- end of spreadsheet import and export ----
    # Help → About
    "About Feedback Desk": "Tentang Feedback Desk",
    "&About Feedback Desk": "&Tentang Feedback Desk",
    "Version": "Versi",
    "Build": "Paket",
    "Program folder": "Folder program",
    "Database": "Basis data",
    "Data folder": "Folder data",
    "Settings": "Pengaturan",
    "Log file": "Berkas log",
    "System": "Sistem",
    "installed": "terpasang",
    "from source": "dari kode sumber",
    "Record, triage and report what migrant workers and stakeholders say.":
        "Catat, pilah, dan laporkan apa yang disampaikan pekerja migran dan pemangku kepentingan.",
    "&Copy details": "&Salin rincian",
    "Open the &log folder": "Buka folder &log",
    "Copied": "Tersalin",
}

#: Where one English text needs another Indonesian wording in a given context.
ID_IN_CONTEXT = {
    # "SLA tier" in the keyboard reference describes a key ("Alt+G  tingkat SLA"); elsewhere a title.
    ("CaseBox", "SLA tier"): "Tingkat SLA",
    ("FacetPanel", "SLA tier"): "Tingkat SLA",
    ("TriageDetail", "SLA tier"): "Tingkat SLA",
    ("TriagePanel", "SLA tier"): "Tingkat SLA",
    # the connection dialog has "&TLS" beside it
    ("ConnectionDialog", "&Browse…"): "Te&lusuri…",
    # a column's meaning beside its key: the Indonesian header of INTERCHANGE.md ("text (isi)")
    ("ImportColumn", "what was said"): "isi",
}


def apply(path: Path) -> list[str]:
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            text = ID_IN_CONTEXT.get((name, source), ID.get(source))
            if text is None:
                missing.append(source)
                continue
            forms = translation.findall("numerusform")
            if message.get("numerus") == "yes":  # Indonesian has one plural form
                if not forms:
                    forms = [ET.SubElement(translation, "numerusform")]
                for form in forms:
                    form.text = text
            else:
                translation.text = text
            translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[1] / "resources" / "translations"
    left = apply(root / "feedback_desk_id.ts")
    for source in left:
        print(f"untranslated: {source!r}", file=sys.stderr)
    sys.exit(1 if left else 0)
