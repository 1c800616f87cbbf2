<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>CaptureController</name>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/controller.py" line="42" />
        <source>Record entry</source>
        <translation>Rekam entri</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/controller.py" line="58" />
        <source>Correct entry</source>
        <translation>Koreksi entri</translation>
    </message>
</context>
<context>
    <name>CaptureForm</name>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="47" />
        <source>&amp;Complaint</source>
        <translation>&amp;Keluhan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="48" />
        <source>S&amp;uggestion</source>
        <translation>&amp;Saran</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="49" />
        <source>&amp;Question</source>
        <translation>&amp;Pertanyaan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="50" />
        <source>A&amp;ppreciation</source>
        <translation>&amp;Apresiasi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="51" />
        <source>Co&amp;mmitment</source>
        <translation>Ko&amp;mitmen</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="54" />
        <source>&amp;Domestic</source>
        <translation>&amp;Dalam negeri</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="55" />
        <source>&amp;Overseas</source>
        <translation>&amp;Luar negeri</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="56" />
        <source>D&amp;igital</source>
        <translation>D&amp;igital</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="59" />
        <source>Speaker t&amp;ype</source>
        <translation>&amp;Jenis pembicara</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="60" />
        <source>Cou&amp;ntry</source>
        <translation>&amp;Negara</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="61" />
        <source>&amp;Topic</source>
        <translation>&amp;Topik</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="62" />
        <source>Pro&amp;gramme</source>
        <translation>P&amp;rogram</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="63" />
        <source>P&amp;lacement phase</source>
        <translation>&amp;Fase penempatan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="66" />
        <source>Purpose</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="67" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="68" />
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="69" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="70" />
        <source>Passport</source>
        <translation>Paspor</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="71" />
        <source>KPJ number</source>
        <translation>Nomor KPJ</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="72" />
        <source>Employer</source>
        <translation>Majikan / pemberi kerja</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="199" />
        <source>&amp;What was said  (Enter saves, Shift+Enter new line)</source>
        <translation>&amp;Ucapan  (Enter menyimpan, Shift+Enter baris baru)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="200" />
        <source>Type what the speaker says…</source>
        <translation>Ketik apa yang disampaikan pembicara…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="201" />
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="202" />
        <source>Service area</source>
        <translation>Area layanan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="208" />
        <source>type to search</source>
        <translation>ketik untuk mencari</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="209" />
        <source>&amp;SLA tier</source>
        <translation>Tin&amp;gkat SLA</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="213" />
        <source>Automatic (from kind and topic)</source>
        <translation>Otomatis (dari jenis dan topik)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="218" />
        <source>Same spea&amp;ker as before</source>
        <translation>Pembicara &amp;yang sama</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="219" />
        <source>Sensiti&amp;ve (restricted)</source>
        <translation>S&amp;ensitif (terbatas)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="220" />
        <source>Speaker &amp;agrees to be contacted (personal data)</source>
        <translation>Pembi&amp;cara setuju dihubungi (data pribadi)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="221" />
        <source>Identity — stored only with consent, for its purpose</source>
        <translation>Identitas — disimpan hanya dengan persetujuan, untuk tujuannya</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="225" />
        <source>Contact the speaker to follow up this matter</source>
        <translation>Menghubungi pembicara untuk menindaklanjuti hal ini</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="316" />
        <source>Possible protection case ({words}): marked sensitive, tier S0 suggested. Untick “Sensitive” to override.</source>
        <translation>Kemungkinan kasus pelindungan ({words}): ditandai sensitif, tingkat S0 disarankan. Hapus centang “Sensitif” untuk membatalkan.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="347" />
        <source>Another voice of entry #{id} — F8 picks the next similar entry, Shift+F8 none</source>
        <translation>Suara tambahan untuk entri #{id} — F8 memilih entri serupa berikutnya, Shift+F8 tidak ada</translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="166" />
        <source>Live feed (F2 or double-click corrects an entry)</source>
        <translation>Umpan langsung (F2 atau klik ganda untuk mengoreksi entri)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="167" />
        <source>Find in this event (Ctrl+F)</source>
        <translation>Cari di acara ini (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="168" />
        <source>Find in this event</source>
        <translation>Cari di acara ini</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="255" />
        <source>what was said</source>
        <translation>ucapannya</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="255" />
        <source>the kind (Alt+C, Alt+U, Alt+Q, Alt+P, Alt+M)</source>
        <translation>jenisnya (Alt+K, Alt+S, Alt+P, Alt+A, Alt+M)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="256" />
        <source>the service area (Alt+D, Alt+O, Alt+I)</source>
        <translation>area layanannya (Alt+D, Alt+L, Alt+I)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="257" />
        <source>Not saved yet — please give {fields}.</source>
        <translation>Belum disimpan — mohon isi {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="262" />
        <source>Create an event first (File → New event…).</source>
        <translation>Buat acara dulu (Berkas → Acara baru…).</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="289" />
        <source>Saved, but not grouped: {reason}</source>
        <translation>Tersimpan, tetapi tidak dikelompokkan: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="291" />
        <source>Saved entry #{id}</source>
        <translation>Entri #{id} tersimpan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="305" />
        <source>Not saved: {reason} Your text is back in the field and kept on disk.</source>
        <translation>Tidak tersimpan: {reason} Teks Anda dikembalikan ke kolom dan tetap tersimpan di disk.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="378" />
        <source>The draft could not be written to disk ({reason}); keep this window open.</source>
        <translation>Draf tidak dapat ditulis ke disk ({reason}); jangan tutup jendela ini.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="151" />
        <source>No similar entry to add this voice to.</source>
        <translation>Tidak ada entri serupa untuk suara ini.</translation>
    </message>
</context>
<context>
    <name>CorrectDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/correct_dialog.py" line="36" />
        <source>Correct entry #{id}</source>
        <translation>Koreksi entri #{id}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/correct_dialog.py" line="55" />
        <source>&amp;Text</source>
        <translation>&amp;Teks</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/correct_dialog.py" line="56" />
        <source>Enter saves the correction, Shift+Enter is a new line, Esc cancels.</source>
        <translation>Enter menyimpan koreksi, Shift+Enter baris baru, Esc membatalkan.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/correct_dialog.py" line="59" />
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/correct_dialog.py" line="60" />
        <source>Service &amp;area</source>
        <translation>&amp;Area layanan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/correct_dialog.py" line="62" />
        <source>Speaker t&amp;ype</source>
        <translation>&amp;Jenis pembicara</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/correct_dialog.py" line="62" />
        <source>Cou&amp;ntry</source>
        <translation>&amp;Negara</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/correct_dialog.py" line="63" />
        <source>T&amp;opic</source>
        <translation>T&amp;opik</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/correct_dialog.py" line="63" />
        <source>P&amp;rogramme</source>
        <translation>P&amp;rogram</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/correct_dialog.py" line="63" />
        <source>Placement p&amp;hase</source>
        <translation>&amp;Fase penempatan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/correct_dialog.py" line="71" />
        <source>Save correction</source>
        <translation>Simpan koreksi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/correct_dialog.py" line="72" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/corrections.py" line="45" />
        <source>This entry is still being saved; try again in a moment.</source>
        <translation>Entri ini masih disimpan; coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/corrections.py" line="65" />
        <source>Not corrected: {reason} Your changes are below; save them again or cancel.</source>
        <translation>Tidak dikoreksi: {reason} Perubahan Anda ada di bawah; simpan lagi atau batalkan.</translation>
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <location filename="../../src/feedback_desk/gui/app.py" line="116" />
        <source>{reason} Trying again every {seconds} s; what you type is kept on disk.</source>
        <translation>{reason} Dicoba lagi setiap {seconds} detik; yang Anda ketik disimpan di disk.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/app.py" line="137" />
        <source>Filling a demo database (2,000 entries)…</source>
        <translation>Mengisi basis data demo (2.000 entri)…</translation>
    </message>
</context>
<context>
    <name>FeedModel</name>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/feed_model.py" line="27" />
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/feed_model.py" line="28" />
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/feed_model.py" line="29" />
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/feed_model.py" line="30" />
        <source>Speaker</source>
        <translation>Pembicara</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/feed_model.py" line="31" />
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/feed_model.py" line="32" />
        <source>What was said</source>
        <translation>Ucapan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/feed_model.py" line="35" />
        <source>saving…</source>
        <translation>menyimpan…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/feed_model.py" line="36" />
        <source>not saved</source>
        <translation>tidak tersimpan</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/first_run.py" line="32" />
        <source>Welcome to Feedback Desk</source>
        <translation>Selamat datang di Feedback Desk</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/first_run.py" line="32" />
        <source>New event</source>
        <translation>Acara baru</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/first_run.py" line="34" />
        <source>This database has no event yet. Create the event you are recording — its sessions or panels, one per line — or fill a demo database to try the desk.</source>
        <translation>Basis data ini belum memiliki acara. Buat acara yang Anda rekam — sesi atau panelnya, satu per baris — atau isi basis data demo untuk mencoba aplikasi.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/first_run.py" line="36" />
        <source>Create an event and its sessions (one per line).</source>
        <translation>Buat acara dan sesinya (satu per baris).</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/first_run.py" line="40" />
        <source>e.g. Simposium PMI 2026</source>
        <translation>mis. Simposium PMI 2026</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/first_run.py" line="47" />
        <source>Opening panel</source>
        <translation>Panel pembukaan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/first_run.py" line="47" />
        <source>Questions from the floor</source>
        <translation>Pertanyaan dari peserta</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/first_run.py" line="51" />
        <source>Event &amp;name</source>
        <translation>&amp;Nama acara</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/first_run.py" line="52" />
        <source>&amp;Venue</source>
        <translation>&amp;Tempat</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/first_run.py" line="53" />
        <source>&amp;First day</source>
        <translation>&amp;Hari pertama</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/first_run.py" line="54" />
        <source>&amp;Sessions</source>
        <translation>&amp;Sesi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/first_run.py" line="56" />
        <source>Create event</source>
        <translation>Buat acara</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/first_run.py" line="59" />
        <source>Fill a &amp;demo database</source>
        <translation>Isi basis data &amp;demo</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/first_run.py" line="62" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/first_run.py" line="86" />
        <source>Give the event a name.</source>
        <translation>Beri nama acara.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="24" />
        <source>Keyboard reference</source>
        <translation>Panduan papan ketik</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="27" />
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="27" />
        <source>save the entry (from any field)</source>
        <translation>simpan entri (dari kolom mana pun)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="28" />
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="28" />
        <source>new line in the text</source>
        <translation>baris baru dalam teks</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="31" />
        <source>kind: complaint, suggestion, question, appreciation, commitment</source>
        <translation>jenis: keluhan, saran, pertanyaan, apresiasi, komitmen</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="32" />
        <source>service area: domestic, overseas, digital</source>
        <translation>area layanan: dalam negeri, luar negeri, digital</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="29" />
        <source>back to the text</source>
        <translation>kembali ke teks</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="34" />
        <source>speaker type, country, topic, programme, placement phase (type to search; Tab or Enter takes the match)</source>
        <translation>jenis pembicara, negara, topik, program, fase penempatan (ketik untuk mencari; Tab atau Enter mengambil yang cocok)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="36" />
        <source>SLA tier</source>
        <translation>tingkat SLA</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="39" />
        <source>restore the draft offered at start</source>
        <translation>pulihkan draf yang ditawarkan saat mulai</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="40" />
        <source>F8 / Shift+F8</source>
        <translation>F8 / Shift+F8</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="40" />
        <source>another voice of the next similar entry / of none</source>
        <translation>suara tambahan untuk entri serupa berikutnya / tidak ada</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="41" />
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="41" />
        <source>correct the selected (or last) entry of the feed</source>
        <translation>koreksi entri terpilih (atau terakhir) di umpan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="42" />
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="42" />
        <source>new entry (cursor to the text)</source>
        <translation>entri baru (kursor ke teks)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="43" />
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="44" />
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="44" />
        <source>change the session</source>
        <translation>ganti sesi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="45" />
        <source>Ctrl+Z / Ctrl+Shift+Z</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="45" />
        <source>undo / redo the last save or correction</source>
        <translation>batalkan / ulangi penyimpanan atau koreksi terakhir</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="38" />
        <source>same speaker / sensitive / speaker agrees to be contacted</source>
        <translation>pembicara yang sama / sensitif / pembicara setuju dihubungi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="43" />
        <source>find in this event (Esc clears)</source>
        <translation>cari di acara ini (Esc mengosongkan)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="46" />
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="46" />
        <source>preferences (language)</source>
        <translation>preferensi (bahasa)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="47" />
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="47" />
        <source>this reference</source>
        <translation>panduan ini</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="48" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="48" />
        <source>quit</source>
        <translation>keluar</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="60" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="117" />
        <source>Feedback Desk — live capture</source>
        <translation>Feedback Desk — pencatatan langsung</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="118" />
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="119" />
        <source>&amp;Edit</source>
        <translation>Sunting</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="120" />
        <source>&amp;Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="121" />
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="122" />
        <source>&amp;New entry</source>
        <translation>Entri baru</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="123" />
        <source>&amp;Find…</source>
        <translation>Cari…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="124" />
        <source>Change &amp;session</source>
        <translation>Ganti sesi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="148" />
        <source>&amp;Undo</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="148" />
        <source>&amp;Undo {what}</source>
        <translation>Batalkan {what}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="149" />
        <source>&amp;Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="126" />
        <source>New &amp;event…</source>
        <translation>Acara &amp;baru…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="127" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferensi…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="128" />
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="129" />
        <source>&amp;Keyboard reference</source>
        <translation>&amp;Panduan papan ketik</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="130" />
        <source>User: {user}</source>
        <translation>Pengguna: {user}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="131" />
        <source>Database: {db}</source>
        <translation>Basis data: {db}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="149" />
        <source>&amp;Redo {what}</source>
        <translation>Ulangi {what}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="159" />
        <source>Opening…</source>
        <translation>Membuka…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="161" />
        <source>Connected</source>
        <translation>Terhubung</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="163" />
        <source>Not connected</source>
        <translation>Tidak terhubung</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../src/feedback_desk/gui/messages.py" line="23" />
        <source>The database cannot be reached: {detail}</source>
        <translation>Basis data tidak dapat dijangkau: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/messages.py" line="25" />
        <source>This database was made by a newer Feedback Desk: {detail}</source>
        <translation>Basis data ini dibuat oleh Feedback Desk yang lebih baru: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/messages.py" line="27" />
        <source>another user</source>
        <translation>pengguna lain</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/messages.py" line="29" />
        <source>{who} changed this entry meanwhile; your change was not saved.</source>
        <translation>{who} sudah mengubah entri ini; perubahan Anda tidak disimpan.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/messages.py" line="32" />
        <source>{who} changed this entry at {when} meanwhile; your change was not saved.</source>
        <translation>{who} sudah mengubah entri ini pada {when}; perubahan Anda tidak disimpan.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/messages.py" line="36" />
        <source>Not allowed: {detail}</source>
        <translation>Tidak diizinkan: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/messages.py" line="38" />
        <source>Entry #{id} is no longer there (it was taken back).</source>
        <translation>Entri #{id} sudah tidak ada (sudah ditarik kembali).</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/messages.py" line="41" />
        <source>Not found: {detail}</source>
        <translation>Tidak ditemukan: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/messages.py" line="43" />
        <source>Please check the input: {detail}</source>
        <translation>Mohon periksa isian: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/messages.py" line="45" />
        <source>The database file is read-only, so nothing can be saved to it.</source>
        <translation>Berkas basis data hanya-baca, jadi tidak ada yang dapat disimpan.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/messages.py" line="47" />
        <source>The disk is full, so nothing can be saved.</source>
        <translation>Disk penuh, jadi tidak ada yang dapat disimpan.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/messages.py" line="49" />
        <source>The database stayed busy (locked by another program) for too long.</source>
        <translation>Basis data terlalu lama sibuk (dikunci program lain).</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/messages.py" line="51" />
        <source>The disk reported an error: {detail}</source>
        <translation>Disk melaporkan kesalahan: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/messages.py" line="54" />
        <source>Unexpected error: {detail}</source>
        <translation>Kesalahan tak terduga: {detail}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/preferences.py" line="20" />
        <source>Preferences</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/preferences.py" line="25" />
        <source>As the system ({language})</source>
        <translation>Mengikuti sistem ({language})</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/preferences.py" line="30" />
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/preferences.py" line="32" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/preferences.py" line="33" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>RecoveryBar</name>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/recovery_bar.py" line="67" />
        <source>&amp;Restore</source>
        <translation>Puli&amp;hkan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/recovery_bar.py" line="68" />
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/recovery_bar.py" line="76" />
        <source>Unsaved text from {time} was kept when the desk last closed: “{preview}”. Restore it (Alt+R)?</source>
        <translation>Teks yang belum tersimpan dari {time} disimpan saat aplikasi terakhir ditutup: “{preview}”. Pulihkan (Alt+H)?</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/session_bar.py" line="67" />
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/session_bar.py" line="68" />
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/session_bar.py" line="69" />
        <source>Ctrl+E: change event or session</source>
        <translation>Ctrl+E: ganti acara atau sesi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/session_bar.py" line="84" />
        <source>(no session)</source>
        <translation>(tanpa sesi)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/session_bar.py" line="124" />
        <source>{now} · session {elapsed}</source>
        <translation>{now} · sesi {elapsed}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/session_bar.py" line="166" />
        <source>Entries this session: {total} — {areas}  |  {kinds}</source>
        <translation>Entri sesi ini: {total} — {areas}  |  {kinds}</translation>
    </message>
</context>
<context>
    <name>SimilarPane</name>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/similar_pane.py" line="62" />
        <source>Similar earlier entries (F8: the new entry is another voice of one)</source>
        <translation>Entri serupa sebelumnya (F8: entri baru menjadi suara tambahan salah satunya)</translation>
    </message>
</context>
</TS>