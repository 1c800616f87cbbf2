<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name />
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="48" />
        <source>No SLA clock for this item.</source>
        <translation>Item ini tidak memiliki hitungan waktu SLA.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="50" />
        <source> · paused {n} working days in all</source>
        <translation> · total dijeda {n} hari kerja</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="53" />
        <source>Clock stopped ({status}); it was due {due}</source>
        <translation>Hitungan waktu berhenti ({status}); tenggatnya {due}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="56" />
        <source>Clock paused since {since} ({status}): {now} working days so far, {total} in all. The due date ({due}) moves on by the time spent waiting</source>
        <translation>Hitungan waktu dijeda sejak {since} ({status}): {now} hari kerja sejauh ini, total {total}. Tenggat ({due}) bergeser sesuai lamanya menunggu</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="61" />
        <source>; {n} working days left if work resumed today</source>
        <translation>; sisa {n} hari kerja jika penanganan dilanjutkan hari ini</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="65" />
        <source>OVERDUE by {n} working days (was due {due})</source>
        <translation>LEWAT TENGGAT {n} hari kerja (tenggat {due})</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="67" />
        <source>Due today ({due})</source>
        <translation>Tenggat hari ini ({due})</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="68" />
        <source>Due {due}: {n} working days left</source>
        <translation>Tenggat {due}: sisa {n} hari kerja</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="72" />
        <source>Paused {days} d (since {since}); was due {due}</source>
        <translation>Dijeda {days} hari (sejak {since}); tenggat {due}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="75" />
        <source>Overdue {days} d (due {due})</source>
        <translation>Lewat tenggat {days} hari ({due})</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="78" />
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="78" />
        <source>tomorrow</source>
        <translation>besok</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="79" />
        <source>Due {when}</source>
        <translation>Tenggat {when}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="80" />
        <source>Due {due}</source>
        <translation>Tenggat {due}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="116" />
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="111" />
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="111" />
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="28" />
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="39" />
        <source>recorded it as {kind} ({status})</source>
        <translation>mencatatnya sebagai {kind} ({status})</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="44" />
        <source>(the text was corrected)</source>
        <translation>(teks dikoreksi)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="45" />
        <source>changed {what}</source>
        <translation>mengubah {what}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="47" />
        <source>moved it from {old} to {new}</source>
        <translation>mengubah status dari {old} ke {new}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="50" />
        <source>reason: {reason}</source>
        <translation>alasan: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="54" />
        <source>unassigned it (was {old})</source>
        <translation>melepas penugasannya (sebelumnya {old})</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="55" />
        <source>assigned it to {user}</source>
        <translation>menugaskannya ke {user}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="57" />
        <source>set the SLA tier from {old} to {new} (due {due})</source>
        <translation>mengubah tingkat SLA dari {old} ke {new} (tenggat {due})</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="61" />
        <source>wrote the answer {text}</source>
        <translation>menulis jawaban {text}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="65" />
        <source>put back an earlier state (undo): {what}</source>
        <translation>mengembalikan keadaan sebelumnya (pembatalan): {what}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="67" />
        <source>added a note {text}</source>
        <translation>menambahkan catatan {text}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="69" />
        <source>removed a note {text}</source>
        <translation>menghapus catatan {text}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="71" />
        <source>tagged it “{tag}”</source>
        <translation>menandainya dengan label “{tag}”</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="73" />
        <source>took the tag “{tag}” off</source>
        <translation>melepas label “{tag}”</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="77" />
        <source>linked it: {kind} #{target}</source>
        <translation>menautkannya: {kind} #{target}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="78" />
        <source>removed the link: {kind} #{target}</source>
        <translation>menghapus tautan: {kind} #{target}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="81" />
        <source>made it a voice of issue #{group}</source>
        <translation>menjadikannya suara dalam isu #{group}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="83" />
        <source>took it out of issue #{group}</source>
        <translation>mengeluarkannya dari isu #{group}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="85" />
        <source>took the entry back</source>
        <translation>menarik kembali entri ini</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="95" />
        <source>{when} · {who} · {what}</source>
        <translation>{when} · {who} · {what}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/bulk_dialogs.py" line="50" />
        <source>Change status</source>
        <translation>Ubah status</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/bulk_dialogs.py" line="71" />
        <source>New status:</source>
        <translation>Status baru:</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/bulk_dialogs.py" line="72" />
        <source>Answer or reason:</source>
        <translation>Jawaban atau alasan:</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/bulk_dialogs.py" line="74" />
        <source>{n} selected item(s). Items whose lifecycle does not allow this move are left as they are and listed afterwards.</source>
        <translation>{n} butir dipilih. Butir yang siklusnya tidak mengizinkan perpindahan ini dibiarkan seperti semula dan didaftar sesudahnya.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/bulk_dialogs.py" line="93" />
        <source>This move needs an answer or a reason.</source>
        <translation>Perpindahan ini memerlukan jawaban atau alasan.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/bulk_dialogs.py" line="123" />
        <source>Add a tag</source>
        <translation>Tambahkan label</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/bulk_dialogs.py" line="133" />
        <source>Tag:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/bulk_dialogs.py" line="153" />
        <source>Group as one issue</source>
        <translation>Kelompokkan sebagai satu isu</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/bulk_dialogs.py" line="154" />
        <source>A new issue, titled:</source>
        <translation>Isu baru, berjudul:</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/bulk_dialogs.py" line="157" />
        <source>An issue that exists:</source>
        <translation>Isu yang sudah ada:</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/bulk_dialogs.py" line="160" />
        <source>{title} — {voices} voice(s)</source>
        <translation>{title} — {voices} suara</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/bulk_dialogs.py" line="171" />
        <source>{n} selected voice(s) will count as one issue; each stays an entry of its own and can be taken out again.</source>
        <translation>{n} suara terpilih akan dihitung sebagai satu isu; masing-masing tetap menjadi entri tersendiri dan dapat dikeluarkan lagi.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="117" />
        <source>(not given)</source>
        <extracomment>Facets whose "not given" item filters too ("" in the query: no topic, no country …).</extracomment>
        <translation>(tidak diisi)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="117" />
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="123" />
        <source>(nobody)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="119" />
        <source>Overdue</source>
        <translation>Lewat tenggat</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="119" />
        <source>Due within 24 hours</source>
        <translation>Jatuh tempo dalam 24 jam</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="123" />
        <source>Me</source>
        <translation>Saya</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="125" />
        <source>Sensitive</source>
        <translation>Sensitif</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="125" />
        <source>Not sensitive</source>
        <translation>Tidak sensitif</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="132" />
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="133" />
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="134" />
        <source>Tick values to filter; the number is how many entries each would show with the other filters as they are.</source>
        <translation>Centang nilai untuk menyaring; angkanya adalah jumlah entri yang akan tampil untuk tiap nilai dengan saringan lain tetap seperti sekarang.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="61" />
        <source>Other</source>
        <extracomment>EntryQuery tuple field → the breakdown whose labels name its values</extracomment>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="63" />
        <source>Not given</source>
        <translation>Tidak diisi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="81" />
        <source>before {moment}</source>
        <translation>sebelum {moment}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="83" />
        <source>from {moment}</source>
        <translation>sejak {moment}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="105" />
        <source>and {n} more</source>
        <translation>dan {n} lainnya</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="108" />
        <source>overdue</source>
        <translation>lewat tenggat</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="110" />
        <source>open at {moment}</source>
        <translation>terbuka pada {moment}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="115" />
        <source>issue: {title}</source>
        <translation>isu: {title}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="116" />
        <source>Trends: {what}</source>
        <translation>Tren: {what}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="116" />
        <source>all</source>
        <translation>semua</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="159" />
        <source>{n} h</source>
        <translation>{n} jam</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="160" />
        <source>{n} days</source>
        <translation>{n} hari</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/about.py" line="55" />
        <source>About Feedback Desk</source>
        <translation>Tentang Feedback Desk</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/about.py" line="58" />
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/about.py" line="58" />
        <source>Build</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/about.py" line="59" />
        <source>Program folder</source>
        <translation>Folder program</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/about.py" line="59" />
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/about.py" line="60" />
        <source>Data folder</source>
        <translation>Folder data</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/about.py" line="60" />
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/about.py" line="61" />
        <source>Log file</source>
        <translation>Berkas log</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/about.py" line="62" />
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/about.py" line="64" />
        <source>installed</source>
        <translation>terpasang</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/about.py" line="64" />
        <source>from source</source>
        <translation>dari kode sumber</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/about.py" line="69" />
        <source>Record, triage and report what migrant workers and stakeholders say.</source>
        <translation>Catat, pilah, dan laporkan apa yang disampaikan pekerja migran dan pemangku kepentingan.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/about.py" line="85" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/about.py" line="86" />
        <source>&amp;Copy details</source>
        <translation>&amp;Salin rincian</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/about.py" line="89" />
        <source>Open the &amp;log folder</source>
        <translation>Buka folder &amp;log</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/about.py" line="106" />
        <source>Copied</source>
        <translation>Tersalin</translation>
    </message>
</context>
<context>
    <name>AccountFormDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/password.py" line="135" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/password.py" line="137" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/password.py" line="176" />
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="159" />
        <source>Add user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="166" />
        <source>as the user name</source>
        <translation>sama dengan nama pengguna</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="170" />
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="171" />
        <source>&amp;Display name</source>
        <translation>Nama &amp;tampilan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="186" />
        <source>Tick at least one role.</source>
        <translation>Centang paling sedikit satu peran.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/charts/bar_chart.py" line="108" />
        <source>Category</source>
        <extracomment>Bar thickness (rows are 1 apart). A label that would end past this share of the axis goes inside its bar.</extracomment>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/charts/bar_chart.py" line="108" />
        <source>Percent</source>
        <translation>Persen</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/charts/bar_chart.py" line="108" />
        <source>Entries</source>
        <translation>Entri</translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/controller.py" line="55" />
        <source>Record entry</source>
        <translation>Rekam entri</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/controller.py" line="71" />
        <source>Correct entry</source>
        <translation>Koreksi entri</translation>
    </message>
</context>
<context>
    <name>CaptureForm</name>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="48" />
        <source>&amp;Complaint</source>
        <translation>&amp;Keluhan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="49" />
        <source>S&amp;uggestion</source>
        <translation>&amp;Saran</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="50" />
        <source>&amp;Question</source>
        <translation>&amp;Pertanyaan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="51" />
        <source>A&amp;ppreciation</source>
        <translation>&amp;Apresiasi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="52" />
        <source>Co&amp;mmitment</source>
        <translation>Ko&amp;mitmen</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="55" />
        <source>&amp;Domestic</source>
        <translation>&amp;Dalam negeri</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="56" />
        <source>&amp;Overseas</source>
        <translation>&amp;Luar negeri</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="57" />
        <source>D&amp;igital</source>
        <translation>D&amp;igital</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="60" />
        <source>Speaker t&amp;ype</source>
        <translation>&amp;Jenis pembicara</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="61" />
        <source>Cou&amp;ntry</source>
        <translation>&amp;Negara</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="62" />
        <source>&amp;Topic</source>
        <translation>&amp;Topik</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="63" />
        <source>Pro&amp;gramme</source>
        <translation>P&amp;rogram</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="64" />
        <source>P&amp;lacement phase</source>
        <translation>&amp;Fase penempatan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="67" />
        <source>Purpose</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="68" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="69" />
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="70" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="71" />
        <source>Passport</source>
        <translation>Paspor</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="72" />
        <source>KPJ number</source>
        <translation>Nomor KPJ</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="73" />
        <source>Employer</source>
        <translation>Majikan / pemberi kerja</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="195" />
        <source>&amp;What was said  (Enter saves, Shift+Enter new line)</source>
        <translation>&amp;Ucapan  (Enter menyimpan, Shift+Enter baris baru)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="196" />
        <source>Type what the speaker says…</source>
        <translation>Ketik apa yang disampaikan pembicara…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="197" />
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="198" />
        <source>Service area</source>
        <translation>Area layanan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="204" />
        <source>type to search</source>
        <translation>ketik untuk mencari</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="205" />
        <source>&amp;SLA tier</source>
        <translation>Tin&amp;gkat SLA</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="209" />
        <source>Automatic (from kind and topic)</source>
        <translation>Otomatis (dari jenis dan topik)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="214" />
        <source>Same spea&amp;ker as before</source>
        <translation>Pembicara &amp;yang sama</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="215" />
        <source>Sensiti&amp;ve (restricted)</source>
        <translation>S&amp;ensitif (terbatas)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="216" />
        <source>Speaker &amp;agrees to be contacted (personal data)</source>
        <translation>Pembi&amp;cara setuju dihubungi (data pribadi)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="217" />
        <source>Identity — stored only with consent, for its purpose</source>
        <translation>Identitas — disimpan hanya dengan persetujuan, untuk tujuannya</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="221" />
        <source>Contact the speaker to follow up this matter</source>
        <translation>Menghubungi pembicara untuk menindaklanjuti hal ini</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="312" />
        <source>Possible protection case ({words}): marked sensitive, tier S0 suggested. Untick “Sensitive” to override.</source>
        <translation>Kemungkinan kasus pelindungan ({words}): ditandai sensitif, tingkat S0 disarankan. Hapus centang “Sensitif” untuk membatalkan.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="343" />
        <source>Another voice of entry #{id} — F8 picks the next similar entry, Shift+F8 none</source>
        <translation>Suara tambahan untuk entri #{id} — F8 memilih entri serupa berikutnya, Shift+F8 tidak ada</translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="168" />
        <source>Live feed (F2 or double-click corrects an entry)</source>
        <translation>Umpan langsung (F2 atau klik ganda untuk mengoreksi entri)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="169" />
        <source>Find in this event (Ctrl+F)</source>
        <translation>Cari di acara ini (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="170" />
        <source>Find in this event</source>
        <translation>Cari di acara ini</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="265" />
        <source>what was said</source>
        <translation>ucapannya</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="265" />
        <source>the kind (Alt+C, Alt+U, Alt+Q, Alt+P, Alt+M)</source>
        <translation>jenisnya (Alt+K, Alt+S, Alt+P, Alt+A, Alt+M)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="266" />
        <source>the service area (Alt+D, Alt+O, Alt+I)</source>
        <translation>area layanannya (Alt+D, Alt+L, Alt+I)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="267" />
        <source>Not saved yet — please give {fields}.</source>
        <translation>Belum disimpan — mohon isi {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="272" />
        <source>Create an event first (File → New event…).</source>
        <translation>Buat acara dulu (Berkas → Acara baru…).</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="299" />
        <source>Saved, but not grouped: {reason}</source>
        <translation>Tersimpan, tetapi tidak dikelompokkan: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="301" />
        <source>Saved entry #{id}</source>
        <translation>Entri #{id} tersimpan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="308" />
        <source>Kept on this computer; it is sent when the server is back.</source>
        <translation>Disimpan di komputer ini; dikirim saat server kembali.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="322" />
        <source>Not saved: {reason} Your text is back in the field and kept on disk.</source>
        <translation>Tidak tersimpan: {reason} Teks Anda dikembalikan ke kolom dan tetap tersimpan di disk.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="395" />
        <source>The draft could not be written to disk ({reason}); keep this window open.</source>
        <translation>Draf tidak dapat ditulis ke disk ({reason}); jangan tutup jendela ini.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="158" />
        <source>No similar entry to add this voice to.</source>
        <translation>Tidak ada entri serupa untuk suara ini.</translation>
    </message>
</context>
<context>
    <name>CaseBox</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="186" />
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="187" />
        <source>Move to:</source>
        <translation>Ubah status ke:</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="188" />
        <source>no further moves for this kind</source>
        <translation>tidak ada perubahan status lanjutan untuk jenis ini</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="189" />
        <source>Assignee</source>
        <translation>Ditugaskan ke</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="190" />
        <source>SLA tier</source>
        <translation>Tingkat SLA</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="191" />
        <source>Deadline</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="192" />
        <source>Official answer / closure reason</source>
        <translation>Jawaban resmi / alasan penutupan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="193" />
        <source>Save answer</source>
        <translation>Simpan jawaban</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="194" />
        <source>Set date…</source>
        <translation>Atur tanggal…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="195" />
        <source>Set the due date by hand (a date promised on stage, a deadline agreed with the worker)</source>
        <translation>Atur tenggat secara manual (tanggal yang dijanjikan di panggung, tenggat yang disepakati dengan pekerja)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="222" />
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="226" />
        <source>(nobody)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="235" />
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="260" />
        <source>Reopen → {status}</source>
        <translation>Buka kembali → {status}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="308" />
        <source>{status}: answer or reason required</source>
        <translation>{status}: jawaban atau alasan wajib diisi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="309" />
        <source>The answer or reason for this move</source>
        <translation>Jawaban atau alasan untuk perubahan status ini</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/password.py" line="265" />
        <source>Change password</source>
        <translation>Ganti kata sandi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/password.py" line="268" />
        <source>&amp;Current password</source>
        <translation>Kata sandi &amp;saat ini</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/password.py" line="279" />
        <source>Type your current password.</source>
        <translation>Ketik kata sandi Anda saat ini.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/password.py" line="281" />
        <source>The new password is the same as the current one.</source>
        <translation>Kata sandi baru sama dengan yang sekarang.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/password.py" line="299" />
        <source>Too many wrong passwords: the account is locked until {time}.</source>
        <translation>Terlalu banyak kata sandi salah: akun dikunci sampai {time}.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/password.py" line="303" />
        <source>The current password is not right; nothing was changed.</source>
        <translation>Kata sandi saat ini salah; tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>ChartBase</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/charts/base.py" line="87" />
        <source>No entries</source>
        <translation>Tidak ada entri</translation>
    </message>
</context>
<context>
    <name>ClassifyForm</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/classify_form.py" line="107" />
        <source>Summary and classification</source>
        <extracomment>Fields chosen from a pick-list; "kind" and "service_area" are required (no empty choice).</extracomment>
        <translation>Ringkasan dan klasifikasi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/classify_form.py" line="108" />
        <source>{title} — unsaved changes</source>
        <translation>{title} — ada perubahan yang belum disimpan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/classify_form.py" line="114" />
        <source>A short summary for lists and reports</source>
        <translation>Ringkasan singkat untuk daftar dan laporan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/classify_form.py" line="115" />
        <source>Sensitive (restricted)</source>
        <translation>Sensitif (terbatas)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/classify_form.py" line="119" />
        <source>Save changes</source>
        <translation>Simpan perubahan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/classify_form.py" line="120" />
        <source>Revert</source>
        <translation>Kembalikan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/classify_form.py" line="121" />
        <source>The kind can only change before work on the item starts.</source>
        <translation>Jenis hanya dapat diubah sebelum item mulai ditangani.</translation>
    </message>
</context>
<context>
    <name>ColumnsPanel</name>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/mapping_table.py" line="246" />
        <source>Columns of the file</source>
        <translation>Kolom berkas</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/mapping_table.py" line="262" />
        <source>Required, but no column of the file feeds it: {columns}. Choose a column of the file for each in the list above.</source>
        <translation>Wajib, tetapi tidak diisi kolom mana pun dari berkas: {columns}. Pilih satu kolom berkas untuk masing-masing di daftar di atas.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/mapping_table.py" line="268" />
        <source>Not recognised (ignored unless you choose a column for it): {headers}</source>
        <translation>Tidak dikenali (diabaikan kecuali Anda memilihkan kolom untuknya): {headers}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/conflict_dialog.py" line="106" />
        <source>Somebody else changed case #{id}</source>
        <translation>Kasus #{id} sudah diubah oleh pengguna lain</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/conflict_dialog.py" line="107" />
        <source>another user</source>
        <translation>pengguna lain</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/conflict_dialog.py" line="110" />
        <source>{who} changed case #{id} at {when} (it is now at version {now}; you were working on version {was}). Your change was not saved — nothing you entered is lost: re-apply it on top of their change, or discard it.</source>
        <translation>{who} mengubah kasus #{id} pada {when} (sekarang versi {now}; Anda mengerjakan versi {was}). Perubahan Anda tidak disimpan — isian Anda tidak ada yang hilang: terapkan ulang di atas perubahan mereka, atau buang.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/conflict_dialog.py" line="118" />
        <source>What they did:</source>
        <translation>Yang mereka ubah:</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/conflict_dialog.py" line="129" />
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/conflict_dialog.py" line="131" />
        <source>When you opened it</source>
        <translation>Saat Anda membukanya</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/conflict_dialog.py" line="132" />
        <source>Now (their version)</source>
        <translation>Sekarang (versi mereka)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/conflict_dialog.py" line="132" />
        <source>Yours (not saved)</source>
        <translation>Versi Anda (belum disimpan)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/conflict_dialog.py" line="156" />
        <source>Re-apply my changes</source>
        <translation>Terapkan ulang perubahan saya</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/conflict_dialog.py" line="158" />
        <source>Discard mine</source>
        <translation>Buang perubahan saya</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../../src/feedback_desk/gui/login_flow.py" line="177" />
        <source>The server cannot be reached (connection refused): is it running, is the port right, is a firewall in the way?</source>
        <translation>Server tidak dapat dijangkau (koneksi ditolak): apakah server berjalan, portnya benar, atau terhalang firewall?</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/login_flow.py" line="179" />
        <source>The server did not answer in time.</source>
        <translation>Server tidak menjawab tepat waktu.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/login_flow.py" line="180" />
        <source>The server's name cannot be found.</source>
        <translation>Nama server tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/login_flow.py" line="181" />
        <source>The server refused the database user name or password.</source>
        <translation>Server menolak nama pengguna atau kata sandi basis data.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/login_flow.py" line="182" />
        <source>The secure (TLS) connection failed: check the TLS mode and the CA certificate file.</source>
        <translation>Koneksi aman (TLS) gagal: periksa mode TLS dan berkas sertifikat CA.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/login_flow.py" line="184" />
        <source>There is no database of that name on the server.</source>
        <translation>Tidak ada basis data dengan nama itu di server.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/login_flow.py" line="185" />
        <source>The database user may not read the Feedback Desk tables: ask the administrator to grant access.</source>
        <translation>Pengguna basis data tidak boleh membaca tabel Feedback Desk: minta administrator memberi akses.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/login_flow.py" line="191" />
        <source>The database needs an upgrade: {detail}</source>
        <translation>Basis data perlu ditingkatkan: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/login_flow.py" line="193" />
        <source>This database was made by a newer Feedback Desk: {detail}</source>
        <translation>Basis data ini dibuat oleh Feedback Desk yang lebih baru: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/login_flow.py" line="195" />
        <source>The database cannot be opened: {detail}</source>
        <translation>Basis data tidak dapat dibuka: {detail}</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="62" />
        <source>Connection</source>
        <translation>Koneksi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="67" />
        <source>Ne&amp;w</source>
        <translation>Ba&amp;ru</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="68" />
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="69" />
        <source>De&amp;lete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="70" />
        <source>Test conn&amp;ection</source>
        <translation>&amp;Uji koneksi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="71" />
        <source>C&amp;onnect</source>
        <translation>Sam&amp;bungkan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="73" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="93" />
        <source>PostgreSQL server</source>
        <translation>Server PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="94" />
        <source>File on this computer</source>
        <translation>Berkas di komputer ini</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="97" />
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="98" />
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="108" />
        <source>&amp;Remember in the system keyring</source>
        <translation>&amp;Ingat di keyring sistem</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="113" />
        <source>disable — no encryption</source>
        <translation>disable — tanpa enkripsi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="114" />
        <source>allow — encrypt if the server insists</source>
        <translation>allow — enkripsi bila server mengharuskan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="115" />
        <source>prefer — encrypt when possible (default)</source>
        <translation>prefer — enkripsi bila bisa (bawaan)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="116" />
        <source>require — always encrypt, no certificate check</source>
        <translation>require — selalu enkripsi, tanpa memeriksa sertifikat</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="117" />
        <source>verify-ca — encrypt, check the CA</source>
        <translation>verify-ca — enkripsi, periksa CA</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="118" />
        <source>verify-full — encrypt, check the CA and the host name</source>
        <translation>verify-full — enkripsi, periksa CA dan nama host</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="122" />
        <source>&amp;Browse…</source>
        <translation>Te&amp;lusuri…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="125" />
        <source>&amp;Host</source>
        <translation>H&amp;ost</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="125" />
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="126" />
        <source>&amp;Database</source>
        <translation>Basis &amp;data</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="126" />
        <source>&amp;User</source>
        <translation>Pen&amp;gguna</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="127" />
        <source>P&amp;assword</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="128" />
        <source>&amp;TLS</source>
        <translation>&amp;TLS</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="130" />
        <source>&amp;CA certificate</source>
        <translation>Sertifikat &amp;CA</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="133" />
        <source>B&amp;rowse…</source>
        <translation>Pi&amp;lih berkas…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="134" />
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="150" />
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="174" />
        <source>This computer</source>
        <translation>Komputer ini</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="195" />
        <source>empty: the one in the system keyring</source>
        <translation>kosong: yang ada di keyring sistem</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="198" />
        <source>There is no system keyring here: the password is asked each time.</source>
        <translation>Tidak ada keyring sistem di sini: kata sandi ditanyakan setiap kali.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="222" />
        <source>CA certificate</source>
        <translation>Sertifikat CA</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="223" />
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Sertifikat (*.crt *.pem *.cer);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="230" />
        <source>Database file</source>
        <translation>Berkas basis data</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="231" />
        <source>Feedback Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Basis data Feedback Desk (*.sqlite *.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="252" />
        <source>Please check the connection: {problem}</source>
        <translation>Periksa koneksinya: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="264" />
        <source>There already is a connection named {name}.</source>
        <translation>Sudah ada koneksi bernama {name}.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="274" />
        <source>Saved {name}.</source>
        <translation>{name} disimpan.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="301" />
        <source>Connecting to {where}…</source>
        <translation>Menyambung ke {where}…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="314" />
        <source>the database has other tables but none of Feedback Desk: is it the right database?</source>
        <translation>basis data berisi tabel lain tetapi tidak ada tabel Feedback Desk: benarkah ini basis datanya?</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="316" />
        <source>the database is empty: the first desk that connects sets it up.</source>
        <translation>basis data masih kosong: desk pertama yang tersambung akan menyiapkannya.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="318" />
        <source>the database is ready (schema {revision}).</source>
        <translation>basis data siap (skema {revision}).</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="320" />
        <source>Connected: {server}; {state}</source>
        <translation>Tersambung: {server}; {state}</translation>
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
        <location filename="../../src/feedback_desk/gui/capture/corrections.py" line="47" />
        <source>This entry is waiting to be sent; correct it when the server is back (or undo it with Ctrl+Z).</source>
        <translation>Entri ini menunggu dikirim; koreksi setelah server kembali (atau batalkan dengan Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/corrections.py" line="51" />
        <source>This entry is still being saved; try again in a moment.</source>
        <translation>Entri ini masih disimpan; coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/corrections.py" line="71" />
        <source>Not corrected: {reason} Your changes are below; save them again or cancel.</source>
        <translation>Tidak dikoreksi: {reason} Perubahan Anda ada di bawah; simpan lagi atau batalkan.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="20" />
        <source>Service area</source>
        <extracomment>breakdown / axis → (title, taxonomy list or None)</extracomment>
        <translation>Area layanan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="21" />
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="22" />
        <source>Speaker type</source>
        <translation>Jenis pembicara</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="23" />
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="24" />
        <source>Destination country</source>
        <translation>Negara tujuan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="25" />
        <source>Improvement dimension</source>
        <translation>Dimensi perbaikan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="26" />
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="27" />
        <source>Placement phase</source>
        <translation>Fase penempatan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="28" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="29" />
        <source>SLA tier</source>
        <translation>tingkat SLA</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="32" />
        <source>Automatic</source>
        <translation>Otomatis</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="33" />
        <source>Minutes</source>
        <translation>Menit</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="34" />
        <source>Hours</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="35" />
        <source>Days</source>
        <translation>Hari</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="36" />
        <source>Weeks</source>
        <translation>Minggu</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="136" />
        <source>Stacked areas</source>
        <translation>Area bertumpuk</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="136" />
        <source>Lines</source>
        <translation>Garis</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="169" />
        <source>Break down by</source>
        <translation>Rinci menurut</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="169" />
        <source>Bucket</source>
        <translation>Interval</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="169" />
        <source>Show as</source>
        <translation>Tampilkan sebagai</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="171" />
        <source>Cumulative</source>
        <translation>Kumulatif</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="172" />
        <source>Running total from the start of the period</source>
        <translation>Jumlah berjalan sejak awal periode</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="173" />
        <source>Reset zoom</source>
        <translation>Atur ulang zoom</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="174" />
        <source>Over time</source>
        <translation>Dari waktu ke waktu</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="174" />
        <source>Case health</source>
        <translation>Kesehatan kasus</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="175" />
        <source>Heatmaps</source>
        <translation>Peta panas</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="175" />
        <source>Top countries and issues</source>
        <translation>Negara dan isu teratas</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="177" />
        <source>Export chart as PNG…</source>
        <translation>Ekspor grafik sebagai PNG…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="178" />
        <source>Export numbers as CSV…</source>
        <translation>Ekspor angka sebagai CSV…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="252" />
        <source>Could not compute the charts: {reason}</source>
        <translation>Grafik tidak dapat dihitung: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="261" />
        <source>Updated {time} · refreshes by itself while entries are recorded</source>
        <translation>Diperbarui {time} · diperbarui sendiri selama entri dicatat</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="329" />
        <source>Export chart as PNG</source>
        <translation>Ekspor grafik sebagai PNG</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="329" />
        <source>PNG images (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="335" />
        <source>Export numbers as CSV</source>
        <translation>Ekspor angka sebagai CSV</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="336" />
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="354" />
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="355" />
        <source>Could not write {path}: {reason}. Nothing was changed; choose another folder or free some space.</source>
        <translation>Tidak dapat menulis {path}: {reason}. Tidak ada yang diubah; pilih folder lain atau kosongkan ruang disk.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="358" />
        <source>Saved {path}</source>
        <translation>Tersimpan: {path}</translation>
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <location filename="../../src/feedback_desk/gui/app.py" line="217" />
        <source>Your account reads lists, trends and summaries; it does not record entries.</source>
        <translation>Akun Anda membaca daftar, tren, dan ringkasan; akun ini tidak mencatat entri.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/app.py" line="231" />
        <source>There is no event yet: a supervisor or the administrator creates it.</source>
        <translation>Belum ada acara: supervisor atau administrator yang membuatnya.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/app.py" line="239" />
        <source>{reason} Trying again every {seconds} s; what you type is kept on disk.</source>
        <translation>{reason} Dicoba lagi setiap {seconds} detik; yang Anda ketik disimpan di disk.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/app.py" line="260" />
        <source>Filling a demo database (2,000 entries)…</source>
        <translation>Mengisi basis data demo (2.000 entri)…</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_pane.py" line="160" />
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_pane.py" line="160" />
        <source>Notes, tags and links</source>
        <translation>Catatan, label, dan tautan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_pane.py" line="161" />
        <source>Issue group</source>
        <translation>Kelompok isu</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_pane.py" line="161" />
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_pane.py" line="163" />
        <source>What was said (verbatim, read-only)</source>
        <translation>Ucapan (apa adanya, hanya-baca)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_pane.py" line="165" />
        <source>You can read this case, but only supervisors (or the protection team) can triage it: the controls are disabled.</source>
        <translation>Anda dapat membaca kasus ini, tetapi hanya supervisor (atau tim pelindungan) yang dapat memilahnya: kontrol dinonaktifkan.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_pane.py" line="167" />
        <source>Protection case — restricted</source>
        <translation>Kasus pelindungan — terbatas</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_pane.py" line="217" />
        <source>Entry #{id} is not there (any more), or not visible to you.</source>
        <translation>Entri #{id} tidak ada (lagi), atau tidak dapat Anda lihat.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_pane.py" line="243" />
        <source>Someone else has just changed what you are editing here. Saving will show both versions; your edits are kept.</source>
        <translation>Orang lain baru saja mengubah yang sedang Anda sunting di sini. Saat menyimpan, kedua versi ditampilkan; suntingan Anda tetap ada.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_pane.py" line="272" />
        <source>No entry chosen</source>
        <translation>Belum ada entri yang dipilih</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_pane.py" line="273" />
        <source>Loading entry #{id}…</source>
        <translation>Memuat entri #{id}…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_pane.py" line="277" />
        <source>#{id} · {kind} · {status} · {area} · {where} · recorded {when} by {who}</source>
        <translation>#{id} · {kind} · {status} · {area} · {where} · dicatat {when} oleh {who}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_pane.py" line="349" />
        <source>Editing cases needs the server, which cannot be reached now. Your changes are still in the form; save again when the connection is back.</source>
        <translation>Mengubah kasus memerlukan server, yang sekarang tidak dapat dijangkau. Perubahan Anda masih ada di formulir; simpan lagi setelah koneksi kembali.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_pane.py" line="389" />
        <source>Not re-applied, because the case has moved on meanwhile: {fields}</source>
        <translation>Tidak diterapkan ulang karena kasus sudah berubah sementara itu: {fields}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_pane.py" line="403" />
        <source>Nothing was saved; your changes are still in the form. Save again to apply them on top of the other change.</source>
        <translation>Tidak ada yang disimpan; perubahan Anda masih ada di formulir. Simpan lagi untuk menerapkannya di atas perubahan tersebut.</translation>
    </message>
</context>
<context>
    <name>DueDateDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="341" />
        <source>Due date</source>
        <translation>Tanggal tenggat</translation>
    </message>
</context>
<context>
    <name>ExportListDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="144" />
        <source>Export list</source>
        <translation>Ekspor daftar</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="146" />
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="147" />
        <source>CSV, UTF-8 (.csv)</source>
        <translation>CSV, UTF-8 (.csv)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="148" />
        <source>Excel workbook (.xlsx)</source>
        <translation>Buku kerja Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="149" />
        <source>&amp;Save as</source>
        <translation>Si&amp;mpan sebagai</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="150" />
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="153" />
        <source>Include &amp;personal data (name, phone, NIK, passport, KPJ)</source>
        <translation>Sertakan data &amp;pribadi (nama, telepon, NIK, paspor, KPJ)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="155" />
        <source>E&amp;xport</source>
        <translation>E&amp;kspor</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="165" />
        <source>Writes the entries the triage list shows, with its filters and in its order, as the interchange table.</source>
        <translation>Menulis entri yang ditampilkan daftar triase, dengan filter dan urutannya, sebagai tabel pertukaran.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="168" />
        <source>Writes the {n} entries the triage list shows, with its filters and in its order, as the interchange table.</source>
        <translation>Menulis {n} entri yang ditampilkan daftar triase, dengan filter dan urutannya, sebagai tabel pertukaran.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="176" />
        <source>The file will hold the personal data of every speaker who gave consent. Keep it safe, share it only for the purpose the speakers agreed to, and delete it when that is done. The export is recorded in the audit log.</source>
        <translation>Berkas akan memuat data pribadi setiap pembicara yang memberi persetujuan. Simpan dengan aman, bagikan hanya untuk tujuan yang disetujui pembicara, dan hapus setelah selesai. Ekspor ini dicatat di log audit.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="180" />
        <source>Without personal data: nobody can be identified from the file.</source>
        <translation>Tanpa data pribadi: tidak ada orang yang dapat dikenali dari berkas.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="205" />
        <source>Export list as</source>
        <translation>Ekspor daftar sebagai</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="206" />
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="208" />
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="206" />
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="207" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="231" />
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="247" />
        <source>Replace the file?</source>
        <translation>Ganti berkas?</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="248" />
        <source>{file} exists already. Replace it?</source>
        <translation>{file} sudah ada. Ganti?</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="275" />
        <source>Cancelled: no file was written.</source>
        <translation>Dibatalkan: tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="277" />
        <source>Not exported: {reason}</source>
        <translation>Tidak diekspor: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="289" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="289" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="294" />
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="309" />
        <source>Exported {n} entries with personal data to {file}</source>
        <translation>{n} entri beserta data pribadi diekspor ke {file}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="313" />
        <source>Exported {n} entries to {file}</source>
        <translation>{n} entri diekspor ke {file}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="317" />
        <source>({n} texts are longer than Excel shows in a cell; the CSV format keeps them whole.)</source>
        <translation>({n} teks lebih panjang daripada yang ditampilkan Excel dalam satu sel; format CSV menyimpannya utuh.)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="332" />
        <source>the folder {folder} cannot be written to (read-only, or no permission): choose another folder.</source>
        <translation>folder {folder} tidak dapat ditulisi (hanya-baca, atau tanpa izin): pilih folder lain.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="336" />
        <source>the disk is full: free some space or choose another drive.</source>
        <translation>disk penuh: kosongkan sebagian ruang atau pilih drive lain.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="339" />
        <source>the folder {folder} does not exist.</source>
        <translation>folder {folder} tidak ada.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="342" />
        <source>{path} is a folder: add a file name.</source>
        <translation>{path} adalah folder: tambahkan nama berkas.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="345" />
        <source>the file name must end in .csv or .xlsx.</source>
        <translation>nama berkas harus berakhiran .csv atau .xlsx.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="348" />
        <source>{path} could not be written: {detail}</source>
        <translation>{path} tidak dapat ditulis: {detail}</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="34" />
        <source>Deadline</source>
        <extracomment>facet → (title, EntryQuery field, taxonomy list for labels or None)</extracomment>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="35" />
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="36" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="37" />
        <source>Service area</source>
        <translation>Area layanan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="38" />
        <source>SLA tier</source>
        <translation>Tingkat SLA</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="39" />
        <source>Assignee</source>
        <translation>Ditugaskan ke</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="40" />
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="41" />
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="42" />
        <source>Speaker</source>
        <translation>Pembicara</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="43" />
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="44" />
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="45" />
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="46" />
        <source>Placement phase</source>
        <translation>Fase penempatan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="47" />
        <source>Sensitive</source>
        <translation>Sensitif</translation>
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
    <message>
        <location filename="../../src/feedback_desk/gui/capture/feed_model.py" line="37" />
        <source>waiting to be sent</source>
        <translation>menunggu dikirim</translation>
    </message>
</context>
<context>
    <name>FiltersBar</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="132" />
        <source>Event</source>
        <extracomment>Fields the bar shows itself; the rest of a query is "more filters".</extracomment>
        <translation>Acara</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="132" />
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="133" />
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="133" />
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="134" />
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="137" />
        <source>All time</source>
        <translation>Sepanjang waktu</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="137" />
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="137" />
        <source>Last 24 hours</source>
        <translation>24 jam terakhir</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="138" />
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="138" />
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="138" />
        <source>From … to …</source>
        <translation>Dari … sampai …</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="142" />
        <source>All areas</source>
        <translation>Semua area</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="144" />
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="145" />
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="177" />
        <source>All events</source>
        <translation>Semua acara</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="149" />
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="150" />
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="151" />
        <source>Triage filters</source>
        <translation>Saringan pemilahan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="152" />
        <source>Use the filters of the triage list here</source>
        <translation>Gunakan saringan daftar pemilahan di sini</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="153" />
        <source>Show in triage</source>
        <translation>Tampilkan di pemilahan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="154" />
        <source>List these entries on the triage page</source>
        <translation>Tampilkan entri ini di halaman pemilahan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="155" />
        <source>Drop these filters</source>
        <translation>Hapus saringan ini</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="185" />
        <source>All sessions</source>
        <translation>Semua sesi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="256" />
        <source>+ more filters from the triage list</source>
        <translation>+ saringan lain dari daftar pemilahan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="257" />
        <source>Search, topics, countries or other filters taken over from the triage list</source>
        <translation>Pencarian, topik, negara, atau saringan lain yang diambil dari daftar pemilahan</translation>
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
    <name>GroupBox</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/group_box.py" line="100" />
        <source>Many voices, one issue</source>
        <translation>Banyak suara, satu isu</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/group_box.py" line="101" />
        <source>Take out of this issue</source>
        <translation>Keluarkan dari isu ini</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/group_box.py" line="102" />
        <source>Similar entries of the event (select, then add them)</source>
        <translation>Entri serupa di acara ini (pilih, lalu tambahkan)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/group_box.py" line="103" />
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/group_box.py" line="123" />
        <source>Not part of an issue group: a voice on its own.</source>
        <translation>Tidak termasuk kelompok isu: suara tersendiri.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/group_box.py" line="127" />
        <source>Group with this case as one issue</source>
        <translation>Kelompokkan dengan kasus ini sebagai satu isu</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/group_box.py" line="129" />
        <source>Issue #{id}: {title}</source>
        <translation>Isu #{id}: {title}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/feedback_desk/gui/triage/group_box.py" line="130" />
        <source>%n voice(s) raised it</source>
        <translation>
            <numerusform>Disampaikan oleh %n suara</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/group_box.py" line="131" />
        <source>By speaker type: {list}</source>
        <translation>Menurut jenis pembicara: {list}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/group_box.py" line="133" />
        <source>By country: {list}</source>
        <translation>Menurut negara: {list}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/group_box.py" line="135" />
        <source>Add to this issue</source>
        <translation>Tambahkan ke isu ini</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/group_box.py" line="143" />
        <source>in issue #{id}</source>
        <translation>dalam isu #{id}</translation>
    </message>
</context>
<context>
    <name>HealthTab</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="207" />
        <source>Open complaints over time (backlog)</source>
        <translation>Keluhan terbuka dari waktu ke waktu (tunggakan)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="208" />
        <source>SLA compliance per tier (% resolved by the due date)</source>
        <translation>Kepatuhan SLA per tingkat (% selesai sebelum tenggat)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="209" />
        <source>Suggestions by adoption status</source>
        <translation>Saran menurut status penerimaan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="210" />
        <source>Commitments made on stage, by status</source>
        <translation>Komitmen yang disampaikan di panggung, menurut status</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="211" />
        <source>List the open complaints</source>
        <translation>Tampilkan keluhan yang masih terbuka</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="212" />
        <source>List the overdue complaints</source>
        <translation>Tampilkan keluhan yang lewat tenggat</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="218" />
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="232" />
        <source>Open complaints</source>
        <translation>Keluhan terbuka</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="219" />
        <source>Overdue</source>
        <translation>Lewat tenggat</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="220" />
        <source>Resolved</source>
        <translation>Selesai ditangani</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="224" />
        <source>Median time to resolution</source>
        <translation>Median waktu penyelesaian</translation>
    </message>
</context>
<context>
    <name>HeatmapChart</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/charts/heatmap_chart.py" line="112" />
        <source>{row} × {col}: {count} entries</source>
        <translation>{row} × {col}: {count} entri</translation>
    </message>
</context>
<context>
    <name>HeatmapsTab</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="262" />
        <source>Service area × topic</source>
        <translation>Area layanan × topik</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="263" />
        <source>Placement phase × programme</source>
        <translation>Tahap penempatan × program</translation>
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
        <source>Ctrl+1 / Ctrl+2 / Ctrl+3</source>
        <translation>Ctrl+1 / Ctrl+2 / Ctrl+3</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="46" />
        <source>pages: live capture / triage / trends</source>
        <translation>halaman: pencatatan langsung / pemilahan / tren</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="47" />
        <source>Ctrl+Z / Ctrl+Shift+Z</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="47" />
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
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="48" />
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="48" />
        <source>export the strategy summary (PDF)</source>
        <translation>ekspor ringkasan strategi (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="49" />
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="49" />
        <source>preferences (language)</source>
        <translation>preferensi (bahasa)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="50" />
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="50" />
        <source>this reference</source>
        <translation>panduan ini</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="51" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="51" />
        <source>quit</source>
        <translation>keluar</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="63" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="116" />
        <source>Every change to this case, newest first</source>
        <translation>Semua perubahan pada kasus ini, terbaru di atas</translation>
    </message>
</context>
<context>
    <name>ImportColumn</name>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="54" />
        <source>entry id</source>
        <translation>id entri</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="55" />
        <source>date and time</source>
        <translation>waktu</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="56" />
        <source>event</source>
        <translation>acara</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="57" />
        <source>session</source>
        <translation>sesi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="58" />
        <source>kind</source>
        <translation>jenis</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="59" />
        <source>service area</source>
        <translation>area layanan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="60" />
        <source>improvement dimension</source>
        <translation>dimensi perbaikan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="61" />
        <source>topic</source>
        <translation>topik</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="62" />
        <source>programme</source>
        <translation>program</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="63" />
        <source>placement phase</source>
        <translation>fase penempatan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="64" />
        <source>speaker type</source>
        <translation>jenis pembicara</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="65" />
        <source>country</source>
        <translation>negara</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="66" />
        <source>what was said</source>
        <translation>isi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="67" />
        <source>summary</source>
        <translation>ringkasan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="68" />
        <source>where it was said</source>
        <translation>sumber</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="69" />
        <source>language</source>
        <translation>bahasa</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="70" />
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="71" />
        <source>priority</source>
        <translation>prioritas</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="72" />
        <source>recorded by</source>
        <translation>pencatat</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="73" />
        <source>consent to contact</source>
        <translation>persetujuan dihubungi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="74" />
        <source>speaker's name</source>
        <translation>nama pembicara</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="75" />
        <source>speaker's phone</source>
        <translation>telepon pembicara</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="76" />
        <source>speaker's NIK</source>
        <translation>NIK pembicara</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="77" />
        <source>speaker's passport</source>
        <translation>paspor pembicara</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="78" />
        <source>speaker's KPJ number</source>
        <translation>nomor KPJ pembicara</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="152" />
        <source>Import a spreadsheet</source>
        <translation>Impor lembar kerja</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="154" />
        <source>Adds the entries of a CSV or Excel file laid out as the interchange table (one row per entry, headers in the first row). Nothing is written until you press Import; importing the same file again adds nothing.</source>
        <translation>Menambahkan entri dari berkas CSV atau Excel yang disusun sebagai tabel pertukaran (satu baris per entri, judul kolom di baris pertama). Tidak ada yang ditulis sebelum Anda menekan Impor; mengimpor berkas yang sama lagi tidak menambah apa pun.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="157" />
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="158" />
        <source>A .csv, .txt or .xlsx file</source>
        <translation>Berkas .csv, .txt, atau .xlsx</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="159" />
        <source>&amp;Choose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="160" />
        <source>Read a&amp;gain</source>
        <translation>Baca &amp;ulang</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="161" />
        <source>Read the file again (after correcting it)</source>
        <translation>Baca berkas sekali lagi (setelah diperbaiki)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="162" />
        <source>Import only the &amp;valid rows (leave the rejected ones out)</source>
        <translation>Impor hanya baris yang &amp;valid (baris yang ditolak dilewati)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="169" />
        <source>Spreadsheet to import</source>
        <translation>Lembar kerja yang diimpor</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="170" />
        <source>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Lembar kerja (*.csv *.txt *.xlsx);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="210" />
        <source>Reading {file}…</source>
        <translation>Membaca {file}…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="239" />
        <source>Cancelled: nothing was imported. “Read again” reads the file from the start.</source>
        <translation>Dibatalkan: tidak ada yang diimpor. “Baca ulang” membaca berkas dari awal.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="242" />
        <source>This file cannot be imported: {reason}</source>
        <translation>Berkas ini tidak dapat diimpor: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="245" />
        <source>The file could not be read: {reason}</source>
        <translation>Berkas tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="271" />
        <source>Imported. Choose another file, or read this one again.</source>
        <translation>Sudah diimpor. Pilih berkas lain, atau baca berkas ini lagi.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="273" />
        <source>Import is not possible while a required column is missing.</source>
        <translation>Impor tidak dapat dilakukan selama ada kolom wajib yang belum ada.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="275" />
        <source>Check the accented letters and tick “The accented letters look right” first, or choose another encoding.</source>
        <translation>Periksa huruf beraksen lalu centang “Huruf beraksen sudah tepat” terlebih dahulu, atau pilih pengodean lain.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="279" />
        <source>Rejected rows: {n} (see “Why”). Correct them in the file and read it again, or tick “Import only the valid rows”.</source>
        <translation>Baris ditolak: {n} (lihat “Alasan”). Perbaiki di berkas lalu baca ulang, atau centang “Impor hanya baris yang valid”.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="283" />
        <source>Nothing to import: no row would add an entry.</source>
        <translation>Tidak ada yang diimpor: tidak ada baris yang akan menambah entri.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="292" />
        <source>&amp;Import {n} entries</source>
        <translation>&amp;Impor {n} entri</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="293" />
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="304" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="304" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="314" />
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="341" />
        <source>Cancelled: nothing was imported.</source>
        <translation>Dibatalkan: tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="343" />
        <source>Not imported: {reason}</source>
        <translation>Tidak diimpor: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="346" />
        <source>Not imported, nothing was written: {reason}</source>
        <translation>Tidak diimpor, tidak ada yang ditulis: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="371" />
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/launch.py" line="27" />
        <source>Entries imported: {n}.</source>
        <translation>Entri diimpor: {n}.</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/jobs.py" line="56" />
        <source>{n} rows</source>
        <translation>{n} baris</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/mapping_table.py" line="103" />
        <source>Column in the file</source>
        <translation>Kolom di berkas</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/mapping_table.py" line="104" />
        <source>Imported as</source>
        <translation>Diimpor sebagai</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/mapping_table.py" line="120" />
        <source>(column {n}, no header)</source>
        <translation>(kolom {n}, tanpa judul)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/mapping_table.py" line="124" />
        <source>Not a column of the interchange table: ignored unless you choose a column for it.</source>
        <translation>Bukan kolom tabel pertukaran: diabaikan kecuali Anda memilihkan kolom untuknya.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/mapping_table.py" line="144" />
        <source>(ignored)</source>
        <translation>(diabaikan)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/mapping_table.py" line="178" />
        <source>{column} — required</source>
        <translation>{column} — wajib</translation>
    </message>
</context>
<context>
    <name>ImportMessage</name>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="15" />
        <source>The file {path} does not exist.</source>
        <translation>Berkas {path} tidak ada.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="18" />
        <source>The file {path} cannot be read: {reason}.</source>
        <translation>Berkas {path} tidak dapat dibaca: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="21" />
        <source>{path} is a folder, not a file. Choose the spreadsheet file inside it.</source>
        <translation>{path} adalah folder, bukan berkas. Pilih berkas lembar kerja di dalamnya.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="24" />
        <source>{path} is not an ordinary file (a device or a pipe). Choose a spreadsheet file.</source>
        <translation>{path} bukan berkas biasa (perangkat atau pipa). Pilih berkas lembar kerja.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="28" />
        <source>The file {path} is empty (0 bytes). It may not have been saved or copied completely; save it again and import the new copy.</source>
        <translation>Berkas {path} kosong (0 bita). Mungkin berkas belum tersimpan atau tersalin sepenuhnya; simpan lagi dan impor salinan barunya.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="32" />
        <source>The file {path} has no rows: it contains only blank lines.</source>
        <translation>Berkas {path} tidak berisi baris: hanya baris kosong.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="35" />
        <source>The workbook {path} is too large to import (over {limit} once unpacked). Split it into smaller files, or save it as CSV UTF-8 and import that.</source>
        <translation>Buku kerja {path} terlalu besar untuk diimpor (lebih dari {limit} setelah dibuka). Pecah menjadi berkas yang lebih kecil, atau simpan sebagai CSV UTF-8 lalu impor berkas itu.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="39" />
        <source>{path} is an old Excel 97–2003 file (.xls). Open it in Excel and save it as .xlsx or CSV UTF-8, then import that.</source>
        <translation>{path} adalah berkas Excel 97–2003 lama (.xls). Buka di Excel dan simpan sebagai .xlsx atau CSV UTF-8, lalu impor berkas itu.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="43" />
        <source>{path} is protected with a password, so it cannot be read. Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, clear it) and save, then import it again.</source>
        <translation>{path} dilindungi kata sandi, sehingga tidak dapat dibaca. Buka di Excel, hapus kata sandinya (File › Info › Protect Workbook › Encrypt with Password, kosongkan) lalu simpan, kemudian impor lagi.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="48" />
        <source>{path} is an old Microsoft Office 97–2003 file, not an Excel workbook we can read. If it holds a table, copy it into Excel and save it as .xlsx or CSV UTF-8, then import that.</source>
        <translation>{path} adalah berkas Microsoft Office 97–2003 lama, bukan buku kerja Excel yang dapat kami baca. Jika berisi tabel, salin ke Excel dan simpan sebagai .xlsx atau CSV UTF-8, lalu impor berkas itu.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="53" />
        <source>{path} is a workbook with macros (.xlsm). Macro workbooks are not imported, for safety. Open it in Excel and save it as .xlsx or CSV UTF-8, then import that.</source>
        <translation>{path} adalah buku kerja bermakro (.xlsm). Demi keamanan, buku kerja bermakro tidak diimpor. Buka di Excel dan simpan sebagai .xlsx atau CSV UTF-8, lalu impor berkas itu.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="58" />
        <source>{path} is an Excel binary workbook (.xlsb). Open it in Excel and save it as .xlsx or CSV UTF-8, then import that.</source>
        <translation>{path} adalah buku kerja biner Excel (.xlsb). Buka di Excel dan simpan sebagai .xlsx atau CSV UTF-8, lalu impor berkas itu.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="62" />
        <source>{path} is an OpenDocument spreadsheet (.ods, from LibreOffice or OpenOffice). Open it there and save it as .xlsx or CSV UTF-8, then import that.</source>
        <translation>{path} adalah lembar kerja OpenDocument (.ods, dari LibreOffice atau OpenOffice). Buka di sana dan simpan sebagai .xlsx atau CSV UTF-8, lalu impor berkas itu.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="67" />
        <source>{path} is an OpenDocument text or presentation file, not a spreadsheet. Import the spreadsheet (.xlsx or .csv) instead.</source>
        <translation>{path} adalah berkas teks atau presentasi OpenDocument, bukan lembar kerja. Impor lembar kerjanya (.xlsx atau .csv).</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="71" />
        <source>{path} is a Word document, not a spreadsheet. If it holds a table, copy the table into Excel and save it as .xlsx or CSV UTF-8, then import that.</source>
        <translation>{path} adalah dokumen Word, bukan lembar kerja. Jika berisi tabel, salin tabelnya ke Excel dan simpan sebagai .xlsx atau CSV UTF-8, lalu impor berkas itu.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="75" />
        <source>{path} is a PowerPoint presentation, not a spreadsheet. Import the spreadsheet (.xlsx or .csv) instead.</source>
        <translation>{path} adalah presentasi PowerPoint, bukan lembar kerja. Impor lembar kerjanya (.xlsx atau .csv).</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="79" />
        <source>{path} is a compressed archive (ZIP or similar), not a spreadsheet. If the spreadsheet is inside, extract it and import the .xlsx or .csv file.</source>
        <translation>{path} adalah arsip terkompresi (ZIP atau sejenisnya), bukan lembar kerja. Jika lembar kerjanya ada di dalam, ekstrak lalu impor berkas .xlsx atau .csv itu.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="83" />
        <source>{path} looks like an Excel workbook but is damaged or incomplete (it may have been cut off while copying or downloading). Copy it again, or open it in Excel and save it as .xlsx or CSV UTF-8, then import that.</source>
        <translation>{path} tampak seperti buku kerja Excel tetapi rusak atau tidak lengkap (mungkin terpotong saat disalin atau diunduh). Salin lagi, atau buka di Excel dan simpan sebagai .xlsx atau CSV UTF-8, lalu impor berkas itu.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="88" />
        <source>{path} unpacks to far more data than its size suggests (a "zip bomb"), so it was not opened. Do not open it elsewhere either; ask the sender for the data as CSV UTF-8.</source>
        <translation>{path} berisi data jauh lebih besar daripada ukurannya (sebuah "zip bomb"), sehingga tidak dibuka. Jangan buka di tempat lain juga; minta pengirim mengirim datanya sebagai CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="93" />
        <source>{path} contains XML constructs (a DTD or entity declarations) that Excel never writes and that can be used to attack a computer, so it was not read. Ask the sender for the data as CSV UTF-8.</source>
        <translation>{path} memuat susunan XML (DTD atau deklarasi entitas) yang tidak pernah ditulis Excel dan dapat dipakai untuk menyerang komputer, sehingga tidak dibaca. Minta pengirim mengirim datanya sebagai CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="98" />
        <source>The workbook {path} is damaged and cannot be read. Open it in Excel (it may offer to repair it) and save it as .xlsx or CSV UTF-8, then import that.</source>
        <translation>Buku kerja {path} rusak dan tidak dapat dibaca. Buka di Excel (Excel mungkin menawarkan perbaikan) dan simpan sebagai .xlsx atau CSV UTF-8, lalu impor berkas itu.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="102" />
        <source>{path} is a PDF document; a table in a PDF cannot be imported. Ask for the spreadsheet it was made from, or copy the table into Excel and save it as .xlsx or CSV UTF-8, then import that.</source>
        <translation>{path} adalah dokumen PDF; tabel di dalam PDF tidak dapat diimpor. Minta lembar kerja asalnya, atau salin tabelnya ke Excel dan simpan sebagai .xlsx atau CSV UTF-8, lalu impor berkas itu.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="107" />
        <source>{path} is a picture, not a spreadsheet. Type the table into Excel and save it as .xlsx or CSV UTF-8, then import that.</source>
        <translation>{path} adalah gambar, bukan lembar kerja. Ketik tabelnya di Excel dan simpan sebagai .xlsx atau CSV UTF-8, lalu impor berkas itu.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="111" />
        <source>{path} is a rich-text (RTF) document, not a spreadsheet. If it holds a table, copy the table into Excel and save it as .xlsx or CSV UTF-8, then import that.</source>
        <translation>{path} adalah dokumen rich text (RTF), bukan lembar kerja. Jika berisi tabel, salin tabelnya ke Excel dan simpan sebagai .xlsx atau CSV UTF-8, lalu impor berkas itu.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="116" />
        <source>{path} is a web page (HTML), as some systems export under an Excel name. Open it in Excel and save it as .xlsx or CSV UTF-8, then import that.</source>
        <translation>{path} adalah halaman web (HTML), seperti yang diekspor sebagian sistem dengan nama Excel. Buka di Excel dan simpan sebagai .xlsx atau CSV UTF-8, lalu impor berkas itu.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="120" />
        <source>{path} is an Excel 2003 XML spreadsheet. Open it in Excel and save it as .xlsx or CSV UTF-8, then import that.</source>
        <translation>{path} adalah lembar kerja XML Excel 2003. Buka di Excel dan simpan sebagai .xlsx atau CSV UTF-8, lalu impor berkas itu.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="124" />
        <source>{path} is an XML file, not a spreadsheet. Import a .xlsx or .csv file instead.</source>
        <translation>{path} adalah berkas XML, bukan lembar kerja. Impor berkas .xlsx atau .csv.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="128" />
        <source>{path} is not a spreadsheet or a text file (it contains binary data). Import a .xlsx or .csv file.</source>
        <translation>{path} bukan lembar kerja atau berkas teks (berisi data biner). Impor berkas .xlsx atau .csv.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="132" />
        <source>{path} is a text file in an encoding that is neither UTF-8, UTF-16 nor Windows-1252 (perhaps Chinese, Japanese or Cyrillic code pages). Open it in Excel or a text editor and save it as CSV UTF-8, then import that.</source>
        <translation>{path} adalah berkas teks dengan pengodean selain UTF-8, UTF-16, atau Windows-1252 (mungkin kode halaman Tionghoa, Jepang, atau Sirilik). Buka di Excel atau penyunting teks dan simpan sebagai CSV UTF-8, lalu impor berkas itu.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="137" />
        <source>"{encoding}" is not a text encoding this program knows. Choose UTF-8, UTF-16 or Windows-1252.</source>
        <translation>"{encoding}" bukan pengodean teks yang dikenal program ini. Pilih UTF-8, UTF-16, atau Windows-1252.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="141" />
        <source>Line {line} has bytes that are not valid {encoding} text, so the file is damaged or mixes encodings. Open it in Excel or a text editor, save it as CSV UTF-8 and import it again.</source>
        <translation>Baris {line} berisi bita yang bukan teks {encoding} yang sah, jadi berkas rusak atau mencampur pengodean. Buka di Excel atau penyunting teks, simpan sebagai CSV UTF-8 lalu impor lagi.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="146" />
        <source>Line {line} has a misplaced quote ("): a quoted cell must be closed right before the next separator. Correct that line (write a quote inside a cell as two quotes "") or save the file again from Excel.</source>
        <translation>Baris {line} memiliki tanda kutip (") yang salah tempat: sel berkutip harus ditutup tepat sebelum pemisah berikutnya. Perbaiki baris itu (tulis tanda kutip di dalam sel sebagai dua tanda kutip "") atau simpan ulang berkas dari Excel.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="151" />
        <source>A quote (") opened on line {line} is never closed, so the rest of the file would be one cell. Add the missing quote on that line, or save the file again from Excel.</source>
        <translation>Tanda kutip (") yang dibuka di baris {line} tidak pernah ditutup, sehingga sisa berkas akan menjadi satu sel. Tambahkan tanda kutip yang kurang di baris itu, atau simpan ulang berkas dari Excel.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="156" />
        <source>A cell starting on line {line} is longer than {limit} characters. This is usually a quote (") opened and never closed on that line; check the quotes there.</source>
        <translation>Sel yang dimulai di baris {line} lebih panjang dari {limit} karakter. Biasanya ini tanda kutip (") yang dibuka dan tidak ditutup di baris itu; periksa tanda kutipnya.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="161" />
        <source>Line {line} is longer than {limit} characters without a line break; this is not a table. Check that the file is the CSV you meant.</source>
        <translation>Baris {line} lebih panjang dari {limit} karakter tanpa pindah baris; ini bukan tabel. Periksa bahwa berkas ini memang CSV yang dimaksud.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="165" />
        <source>The workbook {path} has no sheet with cells (only charts, or nothing). Import a workbook whose table is on a sheet.</source>
        <translation>Buku kerja {path} tidak memiliki lembar berisi sel (hanya bagan, atau kosong). Impor buku kerja yang tabelnya ada di sebuah lembar.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="169" />
        <source>The workbook has no sheet called "{sheet}". Its sheets are: {sheets}.</source>
        <translation>Buku kerja tidak memiliki lembar bernama "{sheet}". Lembarnya: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="172" />
        <source>The sheet "{sheet}" is a chart, not a table. Choose another sheet.</source>
        <translation>Lembar "{sheet}" adalah bagan, bukan tabel. Pilih lembar lain.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="175" />
        <source>The sheet "{sheet}" is empty. Choose the sheet that holds the table.</source>
        <translation>Lembar "{sheet}" kosong. Pilih lembar yang berisi tabel.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="178" />
        <source>The file is not UTF-8; it was read as {encoding} (Western European). Check that accented letters look right before importing.</source>
        <translation>Berkas ini bukan UTF-8; berkas dibaca sebagai {encoding} (Eropa Barat). Periksa bahwa huruf beraksen tampak benar sebelum mengimpor.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="182" />
        <source>{count} row(s) above the header were skipped (titles or notes); the header is row {row}.</source>
        <translation>{count} baris di atas judul kolom dilewati (judul atau catatan); judul kolom ada di baris {row}.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="186" />
        <source>No row near the top names the columns (such as waktu, acara, jenis, isi); row {row} was taken as the header. Check the column mapping.</source>
        <translation>Tidak ada baris di bagian atas yang menamai kolom (seperti waktu, acara, jenis, isi); baris {row} dipakai sebagai judul kolom. Periksa pemetaan kolom.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="190" />
        <source>Hidden sheets were skipped ({sheets}); sheet "{sheet}" was read.</source>
        <translation>Lembar tersembunyi dilewati ({sheets}); lembar "{sheet}" yang dibaca.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="193" />
        <source>Every sheet is hidden; the first one, "{sheet}", was read.</source>
        <translation>Semua lembar tersembunyi; lembar pertama, "{sheet}", yang dibaca.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="196" />
        <source>The workbook has {count} other sheet(s); only "{sheet}" was read. Choose a sheet by name to import another.</source>
        <translation>Buku kerja memiliki {count} lembar lain; hanya "{sheet}" yang dibaca. Pilih lembar menurut namanya untuk mengimpor yang lain.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="200" />
        <source>There is no sheet "{asked}"; sheet "{sheet}" was read.</source>
        <translation>Tidak ada lembar "{asked}"; lembar "{sheet}" yang dibaca.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="203" />
        <source>{count} merged cell range(s): every cell of a merged range took the value shown in it.</source>
        <translation>{count} rentang sel gabungan: setiap sel dalam rentang gabungan diisi nilai yang tampil di dalamnya.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="208" />
        <source>{column} is empty; it is required.</source>
        <translation>{column} kosong; kolom ini wajib.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="211" />
        <source>{column}: {value} is not a known value (use a code or its English or Indonesian label).</source>
        <translation>{column}: {value} bukan nilai yang dikenal (pakai kode atau labelnya dalam bahasa Inggris atau Indonesia).</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="215" />
        <source>recorded_at: {value} is not a date (write dd/mm/yyyy hh:mm or yyyy-mm-ddThh:mm, or use an Excel date cell).</source>
        <translation>recorded_at: {value} bukan tanggal (tulis dd/mm/yyyy hh:mm atau yyyy-mm-ddThh:mm, atau pakai sel tanggal Excel).</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="219" />
        <source>recorded_at: {value} reads month-first; write the day first (dd/mm/yyyy).</source>
        <translation>recorded_at: {value} terbaca bulan lebih dulu; tulis tanggalnya lebih dulu (dd/mm/yyyy).</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="222" />
        <source>recorded_at: {value} is in the future.</source>
        <translation>recorded_at: {value} ada di masa depan.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="225" />
        <source>recorded_at: {value} is before 1990; check the year.</source>
        <translation>recorded_at: {value} sebelum tahun 1990; periksa tahunnya.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="228" />
        <source>{column} is longer than {limit} characters.</source>
        <translation>{column} lebih panjang dari {limit} karakter.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="231" />
        <source>{column} is {length} characters long; the limit is {limit}.</source>
        <translation>{column} panjangnya {length} karakter; batasnya {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="234" />
        <source>status: {value} is not a state of a {kind} ({allowed}).</source>
        <translation>status: {value} bukan status untuk {kind} ({allowed}).</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="237" />
        <source>status: only a supervisor may import a case already {value}.</source>
        <translation>status: hanya supervisor yang boleh mengimpor kasus yang sudah {value}.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="240" />
        <source>priority: {value} is not an SLA tier ({allowed}, or low/normal/high/urgent).</source>
        <translation>priority: {value} bukan tingkat SLA ({allowed}, atau low/normal/high/urgent).</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="243" />
        <source>contact_consent: {value} is neither yes/ya nor no/tidak.</source>
        <translation>contact_consent: {value} bukan yes/ya maupun no/tidak.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="246" />
        <source>uuid: {value} is not a UUID.</source>
        <translation>uuid: {value} bukan UUID.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="249" />
        <source>the row has {count} more cells than there are headers (a separator inside text that is not in quotes?).</source>
        <translation>baris ini berisi {count} sel lebih banyak daripada judul kolom (pemisah di dalam teks yang tidak dikutip?).</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="253" />
        <source>recorded_by: {value} cannot be an account here: {reason}.</source>
        <translation>recorded_by: {value} tidak dapat menjadi akun di sini: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="256" />
        <source>the same entry id as row {row}, with other content.</source>
        <translation>id entri sama dengan baris {row}, tetapi isinya lain.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="259" />
        <source>personal data ({columns}) left out: contact_consent is not yes.</source>
        <translation>data pribadi ({columns}) tidak disimpan: contact_consent bukan ya.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="262" />
        <source>{column}: invisible control characters were removed.</source>
        <translation>{column}: karakter kendali yang tak terlihat dihapus.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="265" />
        <source>the same entry as row {row}; imported once.</source>
        <translation>entri yang sama dengan baris {row}; diimpor sekali.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="268" />
        <source>an entry with this id is already here and differs in: {fields}; it is kept as it is.</source>
        <translation>entri dengan id ini sudah ada dan berbeda pada: {fields}; entri itu dibiarkan apa adanya.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="272" />
        <source>recorded_by {value} has no account here; an inactive one will be created.</source>
        <translation>recorded_by {value} belum punya akun di sini; akun nonaktif akan dibuat.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="275" />
        <source>Required columns missing: {columns}. Map a column of the file to each.</source>
        <translation>Kolom wajib tidak ada: {columns}. Petakan satu kolom berkas ke masing-masing.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="278" />
        <source>Columns not imported (unknown): {headers}.</source>
        <translation>Kolom yang tidak diimpor (tidak dikenal): {headers}.</translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/preview_models.py" line="109" />
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/preview_models.py" line="110" />
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/preview_models.py" line="111" />
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/preview_models.py" line="112" />
        <source>What was said</source>
        <translation>Ucapan</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="152" />
        <source>New entries imported from {file}: {added}.</source>
        <translation>Entri baru yang diimpor dari {file}: {added}.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="156" />
        <source>Already present (nothing written for them): {n}.</source>
        <translation>Sudah ada (tidak ada yang ditulis untuknya): {n}.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="160" />
        <source>Rejected rows left out: {n}.</source>
        <translation>Baris ditolak yang dilewati: {n}.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="163" />
        <source>Speakers stored with their personal data (consent given): {n}.</source>
        <translation>Pembicara yang disimpan beserta data pribadinya (dengan persetujuan): {n}.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="167" />
        <source>Rows whose personal data was left out (no consent to contact): {n}.</source>
        <translation>Baris yang data pribadinya tidak disimpan (tanpa persetujuan dihubungi): {n}.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="172" />
        <source>Events created: {names}.</source>
        <translation>Acara yang dibuat: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="174" />
        <source>Sessions created: {names}.</source>
        <translation>Sesi yang dibuat: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="175" />
        <source>Accounts created without a password (inactive): {names}.</source>
        <translation>Akun yang dibuat tanpa kata sandi (nonaktif): {names}.</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="110" />
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="111" />
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8 (dengan BOM)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="112" />
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="113" />
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Eropa Barat)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="123" />
        <source>comma (,)</source>
        <translation>koma (,)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="124" />
        <source>semicolon (;)</source>
        <translation>titik koma (;)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="125" />
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="132" />
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="133" />
        <source>Already present</source>
        <translation>Sudah ada</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="134" />
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="141" />
        <source>{n} bytes</source>
        <translation>{n} bita</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="143" />
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="145" />
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
</context>
<context>
    <name>LinksBox</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/relations_box.py" line="243" />
        <source>Links to related entries</source>
        <translation>Tautan ke entri terkait</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/relations_box.py" line="249" />
        <source>The number of the other entry</source>
        <translation>Nomor entri yang lain</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/relations_box.py" line="250" />
        <source>Link</source>
        <translation>Tautkan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/relations_box.py" line="251" />
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/relations_box.py" line="252" />
        <source>Remove link</source>
        <translation>Hapus tautan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/relations_box.py" line="253" />
        <source>A link made from the other entry is removed there</source>
        <translation>Tautan yang dibuat dari entri lain dihapus di entri tersebut</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/relations_box.py" line="270" />
        <source>this is {kind} #{id}</source>
        <translation>entri ini {kind} #{id}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/relations_box.py" line="271" />
        <source>#{id} is {kind} this</source>
        <translation>#{id} {kind} entri ini</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="59" />
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="223" />
        <source>Feedback Desk — log in</source>
        <translation>Feedback Desk — masuk</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="81" />
        <source>&amp;Connection…</source>
        <translation>&amp;Koneksi…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="85" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="118" />
        <source>&amp;Remember in the system keyring</source>
        <translation>&amp;Ingat di keyring sistem</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="122" />
        <source>Database &amp;password</source>
        <translation>Kata sandi basis &amp;data</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="134" />
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="159" />
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="135" />
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="160" />
        <source>&amp;Password</source>
        <translation>Kata &amp;sandi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="141" />
        <source>Nobody can log in to this database yet. Create its administrator: the account that adds the other users and gives them their roles.</source>
        <translation>Belum ada yang dapat masuk ke basis data ini. Buat administratornya: akun yang menambahkan pengguna lain dan memberi mereka peran.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="153" />
        <source>At least 10 characters; not the user name, not one character repeated, not a common password.</source>
        <translation>Paling sedikit 10 karakter; bukan nama pengguna, bukan satu karakter yang diulang, bukan kata sandi yang umum.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="161" />
        <source>&amp;Repeat it</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="168" />
        <source>This computer</source>
        <translation>Komputer ini</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="169" />
        <source>Database: {name} (file {path})</source>
        <translation>Basis data: {name} (berkas {path})</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="172" />
        <source>Database: {name} ({where})</source>
        <translation>Basis data: {name} ({where})</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="175" />
        <source>Database: {where}</source>
        <translation>Basis data: {where}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="202" />
        <source>Opening {where}…</source>
        <translation>Membuka {where}…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="204" />
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="245" />
        <source>Try &amp;again</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="218" />
        <source>Create the &amp;administrator</source>
        <translation>Buat &amp;administrator</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="219" />
        <source>Feedback Desk — create the administrator</source>
        <translation>Feedback Desk — buat administrator</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="222" />
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="343" />
        <source>&amp;Log in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="232" />
        <source>The server asks for the password of the database user {user}.</source>
        <translation>Server meminta kata sandi pengguna basis data {user}.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="237" />
        <source>C&amp;onnect</source>
        <translation>Sam&amp;bungkan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="243" />
        <source>Could not open {where}.</source>
        <translation>{where} tidak dapat dibuka.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="276" />
        <source>Give your user name.</source>
        <translation>Isi nama pengguna Anda.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="299" />
        <source>Too many wrong passwords: this account is locked until {time}.</source>
        <translation>Terlalu banyak kata sandi salah: akun ini dikunci sampai {time}.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="302" />
        <source>This account is disabled; ask an administrator.</source>
        <translation>Akun ini dinonaktifkan; hubungi administrator.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="304" />
        <source>Wrong user name or password.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="306" />
        <source>The server cannot be reached: {detail}</source>
        <translation>Server tidak dapat dijangkau: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="318" />
        <source>Give the administrator's user name.</source>
        <translation>Isi nama pengguna administrator.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="322" />
        <source>The two passwords differ; type them again.</source>
        <translation>Kedua kata sandi berbeda; ketik lagi.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="330" />
        <source>The password {problem}.</source>
        <translation>Kata sandi: {problem}.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="344" />
        <source>This database has an administrator already; log in.</source>
        <translation>Basis data ini sudah memiliki administrator; silakan masuk.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="346" />
        <source>Please check: {problem}</source>
        <translation>Periksa: {problem}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="190" />
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="191" />
        <source>&amp;Edit</source>
        <translation>Sunting</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="193" />
        <source>&amp;Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="197" />
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="198" />
        <source>&amp;New entry</source>
        <translation>Entri baru</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="199" />
        <source>&amp;Find…</source>
        <translation>Cari…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="200" />
        <source>Change &amp;session</source>
        <translation>Ganti sesi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="233" />
        <source>&amp;Undo</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="233" />
        <source>&amp;Undo {what}</source>
        <translation>Batalkan {what}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="234" />
        <source>&amp;Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="202" />
        <source>New &amp;event…</source>
        <translation>Acara &amp;baru…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="189" />
        <source>Feedback Desk</source>
        <translation>Feedback Desk</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="192" />
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="194" />
        <source>Live &amp;capture</source>
        <translation>Pencatatan &amp;langsung</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="195" />
        <source>&amp;Triage</source>
        <translation>&amp;Pemilahan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="196" />
        <source>T&amp;rends</source>
        <translation>T&amp;ren</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="203" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferensi…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="204" />
        <source>Export &amp;summary (PDF)…</source>
        <translation>Ekspor &amp;ringkasan (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="205" />
        <source>&amp;Merge an offline desk…</source>
        <translation>&amp;Gabungkan desk luring…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="206" />
        <source>&amp;Import spreadsheet (CSV, Excel)…</source>
        <translation>&amp;Impor lembar kerja (CSV, Excel)…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="207" />
        <source>E&amp;xport list (CSV, Excel)…</source>
        <translation>Ekspor &amp;daftar (CSV, Excel)…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="208" />
        <source>Export list…</source>
        <translation>Ekspor daftar…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="209" />
        <source>&amp;Accounts and roles…</source>
        <translation>&amp;Akun dan peran…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="210" />
        <source>Change my pass&amp;word…</source>
        <translation>Ganti kata &amp;sandi saya…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="211" />
        <source>&amp;Log out or switch database…</source>
        <translation>Ke&amp;luar akun atau ganti basis data…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="212" />
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="213" />
        <source>&amp;Keyboard reference</source>
        <translation>&amp;Panduan papan ketik</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="214" />
        <source>&amp;About Feedback Desk</source>
        <translation>&amp;Tentang Feedback Desk</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="215" />
        <source>User: {user}</source>
        <translation>Pengguna: {user}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="216" />
        <source>Database: {db}</source>
        <translation>Basis data: {db}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="234" />
        <source>&amp;Redo {what}</source>
        <translation>Ulangi {what}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="255" />
        <source>Opening…</source>
        <translation>Membuka…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="257" />
        <source>Connected</source>
        <translation>Terhubung</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="259" />
        <source>Not connected</source>
        <translation>Tidak terhubung</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="108" />
        <source>Merge an offline desk</source>
        <translation>Gabungkan desk luring</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="114" />
        <source>Brings the entries of a laptop that recorded into its own file (without the server) into this database. The file itself is not changed; merging it again adds nothing.</source>
        <translation>Memasukkan entri dari laptop yang mencatat ke berkasnya sendiri (tanpa server) ke basis data ini. Berkas itu sendiri tidak diubah; menggabungkannya lagi tidak menambah apa pun.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="120" />
        <source>The desk file (desk.sqlite)</source>
        <translation>Berkas desk (desk.sqlite)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="121" />
        <source>&amp;Choose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="123" />
        <source>&amp;Merge</source>
        <translation>&amp;Gabungkan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="163" />
        <source>Desk file to merge</source>
        <translation>Berkas desk yang digabungkan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="164" />
        <source>Feedback Desk files (*.sqlite *.db);;All files (*)</source>
        <translation>Berkas Feedback Desk (*.sqlite *.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="173" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="173" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="186" />
        <source>Merging…</source>
        <translation>Menggabungkan…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="215" />
        <source>Cancelled: nothing was written.</source>
        <translation>Dibatalkan: tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="218" />
        <source>{total} entries in {file}: {new} new, {present} already present, {conflicts} in conflict (not merged), {refused} refused.</source>
        <translation>{total} entri di {file}: {new} baru, {present} sudah ada, {conflicts} konflik (tidak digabungkan), {refused} ditolak.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="225" />
        <source>Accounts created without a password (inactive): {names}</source>
        <translation>Akun yang dibuat tanpa kata sandi (tidak aktif): {names}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="232" />
        <source>Not merged: {reason}</source>
        <translation>Tidak digabungkan: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="238" />
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
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
    <name>NotesBox</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/relations_box.py" line="62" />
        <source>Internal notes</source>
        <translation>Catatan internal</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/relations_box.py" line="63" />
        <source>A note for colleagues (not shown to the speaker)</source>
        <translation>Catatan untuk rekan kerja (tidak ditampilkan kepada pembicara)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/relations_box.py" line="64" />
        <source>Add note</source>
        <translation>Tambah catatan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/relations_box.py" line="75" />
        <source>No notes yet.</source>
        <translation>Belum ada catatan.</translation>
    </message>
</context>
<context>
    <name>OutboxBanner</name>
    <message>
        <location filename="../../src/feedback_desk/gui/outbox_banner.py" line="53" />
        <source>Send now</source>
        <translation>Kirim sekarang</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/outbox_banner.py" line="62" />
        <source>Sending {n} waiting entries…</source>
        <translation>Mengirim {n} entri yang menunggu…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/outbox_banner.py" line="64" />
        <source>{n} entries are waiting: the server refused some of them. They stay on this computer.</source>
        <translation>{n} entri menunggu: server menolak sebagian. Entri tetap di komputer ini.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/outbox_banner.py" line="67" />
        <source>Server unreachable — {n} entries waiting. They are kept on this computer and sent when the server is back.</source>
        <translation>Server tidak terjangkau — {n} entri menunggu. Entri disimpan di komputer ini dan dikirim saat server kembali.</translation>
    </message>
</context>
<context>
    <name>OverTimeTab</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="112" />
        <source>Entries over time</source>
        <translation>Entri dari waktu ke waktu</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="126" />
        <source>Buckets: {size}</source>
        <translation>Interval: {size}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="128" />
        <source>{asked} would make too many points; showing {size}</source>
        <translation>{asked} menghasilkan terlalu banyak titik; ditampilkan per {size}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="131" />
        <source>an entry with two dimensions counts in both</source>
        <translation>entri dengan dua dimensi dihitung di keduanya</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="133" />
        <source>No entries match these filters</source>
        <translation>Tidak ada entri yang cocok dengan saringan ini</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../src/feedback_desk/gui/pages.py" line="47" />
        <source>Live capture</source>
        <translation>Pencatatan langsung</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/pages.py" line="48" />
        <source>Triage</source>
        <translation>Pemilahan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/pages.py" line="49" />
        <source>Record what is said (Ctrl+1)</source>
        <translation>Catat apa yang disampaikan (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/pages.py" line="50" />
        <source>Turn entries into handled cases (Ctrl+2)</source>
        <translation>Jadikan entri sebagai kasus yang ditangani (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/pages.py" line="51" />
        <source>Trends</source>
        <translation>Tren</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/pages.py" line="52" />
        <source>What is being said, by whom, about what (Ctrl+3)</source>
        <translation>Apa yang disampaikan, oleh siapa, tentang apa (Ctrl+3)</translation>
    </message>
</context>
<context>
    <name>PasswordPair</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/password.py" line="76" />
        <source>&amp;New password</source>
        <translation>Kata sandi &amp;baru</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/password.py" line="77" />
        <source>New password &amp;again</source>
        <translation>&amp;Ulangi kata sandi baru</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/password.py" line="99" />
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/password.py" line="110" />
        <source>The password meets the rules.</source>
        <translation>Kata sandi memenuhi aturan.</translation>
    </message>
</context>
<context>
    <name>PinnedFilter</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/pinned_filter.py" line="46" />
        <source>Drop the filter from the dashboard: list everything</source>
        <extracomment>Filters the facets cannot show: they stay pinned above the list until cleared.</extracomment>
        <translation>Hapus saringan dari dasbor: tampilkan semuanya</translation>
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
        <location filename="../../src/feedback_desk/gui/capture/recovery_bar.py" line="63" />
        <source>&amp;Restore</source>
        <translation>Puli&amp;hkan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/recovery_bar.py" line="64" />
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/recovery_bar.py" line="72" />
        <source>Unsaved text from {time} was kept when the desk last closed: “{preview}”. Restore it (Alt+R)?</source>
        <translation>Teks yang belum tersimpan dari {time} disimpan saat aplikasi terakhir ditutup: “{preview}”. Pulihkan (Alt+H)?</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/password.py" line="235" />
        <source>Reset password</source>
        <translation>Atur ulang kata sandi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/password.py" line="237" />
        <source>A new password for {user}. Tell it to them in person; they can change it afterwards (Change password…).</source>
        <translation>Kata sandi baru untuk {user}. Sampaikan langsung kepadanya; ia dapat menggantinya sesudahnya (Ganti kata sandi…).</translation>
    </message>
</context>
<context>
    <name>ResultModel</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="60" />
        <source>{field}: here {here}, in the file {there}</source>
        <translation>{field}: di sini {here}, di berkas {there}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="63" />
        <source>Conflict (not merged)</source>
        <translation>Konflik (tidak digabungkan)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="65" />
        <source>Refused</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="66" />
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="67" />
        <source>Already present</source>
        <translation>Sudah ada</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="79" />
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="79" />
        <source>Entry</source>
        <translation>Entri</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="79" />
        <source>Recorded</source>
        <translation>Dicatat</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="79" />
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
</context>
<context>
    <name>RoleBoxes</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="137" />
        <source>Roles</source>
        <translation>Peran</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="55" />
        <source>Recorder</source>
        <translation>Pencatat</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="56" />
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="57" />
        <source>Protection officer</source>
        <translation>Petugas perlindungan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="58" />
        <source>Leadership viewer</source>
        <translation>Pimpinan (hanya melihat)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="59" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="218" />
        <source>Roles of {user}</source>
        <translation>Peran {user}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="224" />
        <source>Tick at least one role.</source>
        <translation>Centang paling sedikit satu peran.</translation>
    </message>
</context>
<context>
    <name>RowsPanel</name>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/rows_panel.py" line="72" />
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/rows_panel.py" line="73" />
        <source>&amp;Show</source>
        <translation>Tampil&amp;kan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/rows_panel.py" line="74" />
        <source>All rows</source>
        <translation>Semua baris</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/rows_panel.py" line="96" />
        <source>The rows are checked once every required column is fed by a column of the file.</source>
        <translation>Baris diperiksa setelah setiap kolom wajib diisi oleh satu kolom berkas.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/rows_panel.py" line="100" />
        <source>{n} accepted</source>
        <translation>{n} diterima</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/rows_panel.py" line="101" />
        <source>{n} already present</source>
        <translation>{n} sudah ada</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/rows_panel.py" line="102" />
        <source>{n} rejected</source>
        <translation>{n} ditolak</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/rows_panel.py" line="104" />
        <source>blank rows skipped: {n}</source>
        <translation>baris kosong dilewati: {n}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/rows_panel.py" line="108" />
        <source>new events: {names}</source>
        <translation>acara baru: {names}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/rows_panel.py" line="111" />
        <source>new sessions: {names}</source>
        <translation>sesi baru: {names}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/rows_panel.py" line="114" />
        <source>new accounts (without a password, inactive): {names}</source>
        <translation>akun baru (tanpa kata sandi, nonaktif): {names}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/rows_panel.py" line="116" />
        <source>Importing also creates {what}.</source>
        <translation>Impor ini juga membuat {what}.</translation>
    </message>
</context>
<context>
    <name>SaveViewDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="64" />
        <source>Save view</source>
        <translation>Simpan tampilan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="68" />
        <source>e.g. Hong Kong claims this week</source>
        <translation>mis. Klaim Hong Kong minggu ini</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="69" />
        <source>Share with everyone</source>
        <translation>Bagikan ke semua pengguna</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="72" />
        <source>Every desk sees a shared view; only you and supervisors can change it.</source>
        <translation>Tampilan bersama terlihat di semua meja layanan; hanya Anda dan supervisor yang dapat mengubahnya.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="78" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/session_bar.py" line="63" />
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/session_bar.py" line="64" />
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/session_bar.py" line="65" />
        <source>Ctrl+E: change event or session</source>
        <translation>Ctrl+E: ganti acara atau sesi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/session_bar.py" line="80" />
        <source>(no session)</source>
        <translation>(tanpa sesi)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/session_bar.py" line="120" />
        <source>{now} · session {elapsed}</source>
        <translation>{now} · sesi {elapsed}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/session_bar.py" line="164" />
        <source>Entries this session: {total} — {areas}  |  {kinds}</source>
        <translation>Entri sesi ini: {total} — {areas}  |  {kinds}</translation>
    </message>
</context>
<context>
    <name>SimilarPane</name>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/similar_pane.py" line="58" />
        <source>Similar earlier entries (F8: the new entry is another voice of one)</source>
        <translation>Entri serupa sebelumnya (F8: entri baru menjadi suara tambahan salah satunya)</translation>
    </message>
</context>
<context>
    <name>SourceBox</name>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/source_box.py" line="108" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/source_box.py" line="109" />
        <source>E&amp;ncoding</source>
        <translation>Pe&amp;ngodean</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/source_box.py" line="110" />
        <source>Separator</source>
        <translation>Pemisah</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/source_box.py" line="111" />
        <source>S&amp;heet</source>
        <translation>&amp;Lembar</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/source_box.py" line="112" />
        <source>Headers</source>
        <translation>Judul kolom</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/source_box.py" line="115" />
        <source>As detected</source>
        <translation>Sesuai deteksi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/source_box.py" line="116" />
        <source>The accented letters look &amp;right</source>
        <translation>Huruf beraksen sudah &amp;tepat</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/source_box.py" line="128" />
        <source>CSV text</source>
        <translation>Teks CSV</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/source_box.py" line="128" />
        <source>Excel workbook (.xlsx)</source>
        <translation>Buku kerja Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/source_box.py" line="129" />
        <source>{kind}, {size}</source>
        <translation>{kind}, {size}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/source_box.py" line="139" />
        <source>row {n}</source>
        <translation>baris {n}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/source_box.py" line="144" />
        <source>This file is not in UTF-8: it was read as {encoding}, a guess. Check in the rows below that accented letters (é, ü, ñ) and symbols look right, then tick the box; if they look wrong, choose another encoding.</source>
        <translation>Berkas ini tidak berformat UTF-8: berkas dibaca sebagai {encoding}, berdasarkan tebakan. Periksa di baris-baris di bawah bahwa huruf beraksen (é, ü, ñ) dan simbol tampak benar, lalu centang kotaknya; jika tampak salah, pilih pengodean lain.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/source_box.py" line="162" />
        <source>{sheet} (hidden)</source>
        <translation>{sheet} (tersembunyi)</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="51" />
        <source>Export strategy summary</source>
        <translation>Ekspor ringkasan strategi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="59" />
        <source>&amp;From</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="59" />
        <source>&amp;To</source>
        <translation>&amp;Sampai</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="68" />
        <source>All service areas</source>
        <translation>Semua area layanan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="77" />
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="79" />
        <source>&amp;Open the PDF when it is done</source>
        <translation>B&amp;uka PDF setelah selesai</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="90" />
        <source>&amp;Events (none ticked: all)</source>
        <translation>A&amp;cara (tidak ada yang dicentang: semua)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="91" />
        <source>Days</source>
        <translation>Hari</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="92" />
        <source>Service &amp;area</source>
        <translation>&amp;Area layanan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="93" />
        <source>&amp;Language of the summary</source>
        <translation>&amp;Bahasa ringkasan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="94" />
        <source>&amp;Save as</source>
        <translation>Si&amp;mpan sebagai</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="107" />
        <source>E&amp;xport</source>
        <translation>E&amp;kspor</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="109" />
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="196" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="158" />
        <source>choose where to save the PDF</source>
        <translation>pilih tempat menyimpan PDF</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="161" />
        <source>{path} is a folder; add a file name</source>
        <translation>{path} adalah folder; tambahkan nama berkas</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="168" />
        <source>Save the summary as</source>
        <translation>Simpan ringkasan sebagai</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="168" />
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="188" />
        <source>Building the summary…</source>
        <translation>Menyusun ringkasan…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="196" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="211" />
        <source>Written: {path} ({pages} pages).</source>
        <translation>Tersimpan: {path} ({pages} halaman).</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="225" />
        <source>Cancelled. No file was written.</source>
        <translation>Dibatalkan. Tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="227" />
        <source>The summary could not be written: {reason}</source>
        <translation>Ringkasan tidak dapat ditulis: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="234" />
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
</context>
<context>
    <name>TagsBox</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/relations_box.py" line="145" />
        <source>Tags</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/relations_box.py" line="146" />
        <source>new tag</source>
        <translation>label baru</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/relations_box.py" line="147" />
        <source>Add tag</source>
        <translation>Tambah label</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/relations_box.py" line="148" />
        <source>Remove selected tag</source>
        <translation>Hapus label terpilih</translation>
    </message>
</context>
<context>
    <name>TimeChart</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/charts/time_chart.py" line="206" />
        <source>From</source>
        <extracomment>A line within this many pixels of the pointer is the one hovered / clicked.</extracomment>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/charts/time_chart.py" line="206" />
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/charts/time_chart.py" line="209" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/charts/time_chart.py" line="246" />
        <source>{count} entries</source>
        <translation>{count} entri</translation>
    </message>
</context>
<context>
    <name>TopTab</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="285" />
        <source>Top destination countries (entries)</source>
        <translation>Negara tujuan teratas (entri)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="286" />
        <source>Top issues (voices grouped under one issue)</source>
        <translation>Isu teratas (suara yang dikelompokkan dalam satu isu)</translation>
    </message>
</context>
<context>
    <name>TriageColumns</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="32" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="33" />
        <source>Recorded</source>
        <translation>Dicatat</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="34" />
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="35" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="36" />
        <source>Deadline</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="37" />
        <source>Tier</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="38" />
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="39" />
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="40" />
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="41" />
        <source>Speaker</source>
        <translation>Pembicara</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="42" />
        <source>Assignee</source>
        <translation>Ditugaskan ke</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="43" />
        <source>Issue</source>
        <translation>Isu</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="44" />
        <source>What was said</source>
        <translation>Ucapan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="45" />
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="46" />
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="47" />
        <source>Sensitive</source>
        <translation>Sensitif</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="48" />
        <source>Last change</source>
        <translation>Perubahan terakhir</translation>
    </message>
</context>
<context>
    <name>TriageController</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/controller.py" line="70" />
        <source>Change status</source>
        <extracomment>Fields ``TriageController.edit`` changes (the entry's text is the speaker's: not here).</extracomment>
        <translation>Ubah status</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/controller.py" line="76" />
        <source>Assign</source>
        <translation>Tugaskan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/controller.py" line="76" />
        <source>Unassign</source>
        <translation>Lepas penugasan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/controller.py" line="82" />
        <source>Change SLA tier</source>
        <translation>Ubah tingkat SLA</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/controller.py" line="88" />
        <source>Change due date</source>
        <translation>Ubah tenggat</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/controller.py" line="94" />
        <source>Record answer</source>
        <translation>Catat jawaban</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/controller.py" line="107" />
        <source>Edit entry</source>
        <translation>Ubah entri</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/controller.py" line="111" />
        <source>Add note</source>
        <translation>Tambah catatan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/controller.py" line="137" />
        <source>Group as one issue</source>
        <translation>Kelompokkan sebagai satu isu</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/controller.py" line="137" />
        <source>Add to issue</source>
        <translation>Tambahkan ke isu</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/controller.py" line="142" />
        <source>Ungroup</source>
        <translation>Keluarkan dari isu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/feedback_desk/gui/triage/controller.py" line="150" />
        <source>Change %n entries</source>
        <translation>
            <numerusform>Ubah %n entri</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/controller.py" line="222" />
        <source>Add tag</source>
        <translation>Tambah label</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/controller.py" line="222" />
        <source>Remove tag</source>
        <translation>Hapus label</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/controller.py" line="246" />
        <source>Link entries</source>
        <translation>Tautkan entri</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/controller.py" line="246" />
        <source>Remove link</source>
        <translation>Hapus tautan</translation>
    </message>
</context>
<context>
    <name>TriageDetail</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="35" />
        <source>The official answer to the question</source>
        <translation>Jawaban resmi atas pertanyaan ini</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="36" />
        <source>How was the complaint resolved?</source>
        <translation>Bagaimana keluhan ini diselesaikan?</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="37" />
        <source>Why is the complaint closed without work?</source>
        <translation>Mengapa keluhan ini ditutup tanpa penanganan?</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="38" />
        <source>The response: what is adopted, by whom</source>
        <translation>Tanggapan: apa yang diterima untuk dilaksanakan, dan oleh siapa</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="39" />
        <source>The response: which part is adopted, and why not the rest</source>
        <translation>Tanggapan: bagian mana yang diterima, dan mengapa sisanya tidak</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="40" />
        <source>Why is the suggestion declined?</source>
        <translation>Mengapa saran ini tidak diterima?</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="41" />
        <source>Why is the commitment cancelled?</source>
        <translation>Mengapa komitmen ini dibatalkan?</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="26" />
        <source>What was said</source>
        <extracomment>Field → the pick-list its codes come from.</extracomment>
        <translation>Ucapan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="27" />
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="28" />
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="29" />
        <source>Service area</source>
        <translation>Area layanan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="30" />
        <source>Improvement dimensions</source>
        <translation>Dimensi perbaikan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="31" />
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="32" />
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="33" />
        <source>Placement phase</source>
        <translation>Fase penempatan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="34" />
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="35" />
        <source>Speaker type</source>
        <translation>Jenis pembicara</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="36" />
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="37" />
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="38" />
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="39" />
        <source>Sensitive</source>
        <translation>Sensitif</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="40" />
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="41" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="42" />
        <source>SLA tier</source>
        <translation>Tingkat SLA</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="43" />
        <source>Due date</source>
        <translation>Tanggal tenggat</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="44" />
        <source>Paused since</source>
        <translation>Dijeda sejak</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="45" />
        <source>Assignee</source>
        <translation>Ditugaskan ke</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="46" />
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="47" />
        <source>Answer / reason</source>
        <translation>Jawaban / alasan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="48" />
        <source>Times reopened</source>
        <translation>Jumlah dibuka kembali</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="49" />
        <source>Resolved at</source>
        <translation>Diselesaikan pada</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="50" />
        <source>New issue group</source>
        <translation>Kelompok isu baru</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="51" />
        <source>Issue group</source>
        <translation>Kelompok isu</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="52" />
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="53" />
        <source>Tag</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="54" />
        <source>Tag removed</source>
        <translation>Label dilepas</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="55" />
        <source>Linked entry</source>
        <translation>Entri tertaut</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="59" />
        <source>duplicate of</source>
        <translation>duplikat dari</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="60" />
        <source>related to</source>
        <translation>terkait dengan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="61" />
        <source>follow-up of</source>
        <translation>tindak lanjut dari</translation>
    </message>
</context>
<context>
    <name>TriageModel</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/list_model.py" line="404" />
        <source>(no longer available)</source>
        <translation>(sudah tidak tersedia)</translation>
    </message>
</context>
<context>
    <name>TriagePanel</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="205" />
        <source>Search what was said (Indonesian or English words)…</source>
        <translation>Cari ucapan (kata bahasa Indonesia atau Inggris)…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="206" />
        <source>Clear filters</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="208" />
        <source>Status…</source>
        <translation>Status…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="208" />
        <source>Assign…</source>
        <translation>Tugaskan…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="208" />
        <source>Tier…</source>
        <translation>Tingkat…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="209" />
        <source>Tag…</source>
        <translation>Tandai…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="209" />
        <source>Group as one issue…</source>
        <translation>Kelompokkan sebagai satu isu…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="210" />
        <source>Ungroup</source>
        <translation>Keluarkan dari isu</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="214" />
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="499" />
        <source>Go to row</source>
        <translation>Ke baris</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="266" />
        <source>Your account may read the list but not triage (ask an administrator for the supervisor role).</source>
        <translation>Akun Anda dapat membaca daftar, tetapi tidak dapat memilah (mintalah peran supervisor kepada administrator).</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="322" />
        <source>More filters of this view</source>
        <translation>Saringan lain dari tampilan ini</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="398" />
        <source>1 entry</source>
        <translation>1 entri</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="400" />
        <source>{n} entries</source>
        <translation>{n} entri</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="402" />
        <source>{n}+ entries (counting…)</source>
        <translation>{n}+ entri (menghitung…)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="410" />
        <source>Changed {n}.</source>
        <translation>{n} diubah.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="413" />
        <source>Left as they were: {n} ({why})</source>
        <translation>Tidak diubah: {n} ({why})</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="472" />
        <source>{n} selected</source>
        <translation>{n} dipilih</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="499" />
        <source>Row (1 – {n}):</source>
        <translation>Baris (1 – {n}):</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="545" />
        <source>(nobody)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="546" />
        <source>Assign</source>
        <translation>Tugaskan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="546" />
        <source>Assign to:</source>
        <translation>Tugaskan ke:</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="550" />
        <source>SLA tier</source>
        <translation>Tingkat SLA</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="550" />
        <source>Tier:</source>
        <translation>Tingkat:</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="239" />
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="263" />
        <source>&amp;Add user…</source>
        <translation>&amp;Tambah pengguna…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="263" />
        <source>&amp;Roles…</source>
        <translation>&amp;Peran…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="264" />
        <source>Reset &amp;password…</source>
        <translation>Atur ulang &amp;kata sandi…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="265" />
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="350" />
        <source>&amp;Disable</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="269" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="350" />
        <source>&amp;Enable</source>
        <translation>&amp;Aktifkan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="359" />
        <source>Added {user}.</source>
        <translation>{user} ditambahkan.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="366" />
        <source>Roles of {user} changed.</source>
        <translation>Peran {user} diubah.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="373" />
        <source>{user} has a new password.</source>
        <translation>{user} memiliki kata sandi baru.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="381" />
        <source>{user} can log in again.</source>
        <translation>{user} dapat masuk lagi.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="382" />
        <source>{user} is disabled and cannot log in.</source>
        <translation>{user} dinonaktifkan dan tidak dapat masuk.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="385" />
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="62" />
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="63" />
        <source>Display name</source>
        <translation>Nama tampilan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="64" />
        <source>Roles</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="65" />
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="112" />
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="113" />
        <source>No (disabled)</source>
        <translation>Tidak (dinonaktifkan)</translation>
    </message>
</context>
<context>
    <name>ViewsBar</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="152" />
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="153" />
        <source>(current filters)</source>
        <translation>(filter saat ini)</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="154" />
        <source>Saved views: filters, sorting and columns under a name</source>
        <translation>Tampilan tersimpan: filter, urutan, dan kolom dengan satu nama</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="155" />
        <source>Save view…</source>
        <translation>Simpan tampilan…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="156" />
        <source>Rename…</source>
        <translation>Ganti nama…</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="157" />
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="197" />
        <source>There is no list to save a view of.</source>
        <translation>Tidak ada daftar yang tampilannya dapat disimpan.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="263" />
        <source>Rename view</source>
        <translation>Ganti nama tampilan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="278" />
        <source>Delete view</source>
        <translation>Hapus tampilan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="279" />
        <source>Delete the view “{name}”?</source>
        <translation>Hapus tampilan “{name}”?</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="283" />
        <source>It is shared: it disappears for everyone.</source>
        <translation>Tampilan ini dibagikan: tampilan akan hilang bagi semua pengguna.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="321" />
        <source>{name} — {owner}</source>
        <translation>{name} — {owner}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="332" />
        <source>Built in: every desk has it; it cannot be changed.</source>
        <translation>Bawaan: tersedia di semua meja layanan; tidak dapat diubah.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="334" />
        <source>Yours, shared with everyone</source>
        <translation>Milik Anda, dibagikan ke semua pengguna</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="335" />
        <source>Yours, only you see it</source>
        <translation>Milik Anda, hanya Anda yang dapat melihatnya</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="336" />
        <source>Shared by {owner}</source>
        <translation>Dibagikan oleh {owner}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="346" />
        <source>Parts of this view could not be read and were left out: {what}</source>
        <translation>Sebagian tampilan ini tidak dapat dibaca dan dilewati: {what}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="360" />
        <source>“{name}” is already a view of {owner}; choose another name.</source>
        <translation>“{name}” sudah dipakai untuk tampilan milik {owner}; pilih nama lain.</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="363" />
        <source>Replace view</source>
        <translation>Ganti tampilan</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="364" />
        <source>A view named “{name}” exists. Replace it with the current filters, sorting and columns?</source>
        <translation>Tampilan bernama “{name}” sudah ada. Ganti dengan filter, urutan, dan kolom saat ini?</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="373" />
        <source>another user</source>
        <translation>pengguna lain</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="374" />
        <source>{who} changed this view meanwhile; your change was not saved. The list now shows their version.</source>
        <translation>{who} sudah mengubah tampilan ini; perubahan Anda tidak disimpan. Daftar kini menampilkan versi mereka.</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../src/feedback_desk/gui/app.py" line="301" />
        <source>Summary written: {path}</source>
        <translation>Ringkasan tersimpan: {path}</translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/app.py" line="338" />
        <source>Your password was changed.</source>
        <translation>Kata sandi Anda sudah diganti.</translation>
    </message>
</context>
</TS>