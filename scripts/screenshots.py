"""Screenshots of the capture desk for README, in English and Bahasa Indonesia.

Run under a real X server so the window manager-free screen is what a user sees:

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots.py docs/ [capture|triage|dashboard|dashboard-tabs|import|export]

It records three entries through the desk, then leaves a half-typed protection case in the
field (its warning and the similar earlier entry show) and grabs the screen.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from feedback_desk.core.db.engine import open_database
from feedback_desk.core.services import Services
from feedback_desk.gui import settings as S
from feedback_desk.gui.app import DeskApp
from feedback_desk.gui.capture.state import FormState
from feedback_desk.gui.settings import Settings

ENTRIES = [
    FormState(text="Klaim JHT saya belum cair sudah tiga bulan di Hong Kong", kind="complaint",
              area="overseas", speaker_type="pmi_abroad", country="HK"),
    FormState(text="Aplikasi JMO sering error saat login", kind="complaint", area="digital",
              speaker_type="pmi_abroad", country="TW"),
    FormState(text="Mohon ada layanan di KBRI Riyadh setiap Sabtu", kind="suggestion",
              area="overseas", speaker_type="pmi_abroad", country="SA"),
]
TYPING = FormState(text="Klaim JHT almarhum suami saya ditolak, dia meninggal di Arab Saudi",
                   kind="complaint", area="overseas", speaker_type="family", country="SA")


def wait(app: QApplication, until, seconds: float = 20) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not until():
        if time.monotonic() > deadline:
            raise TimeoutError
        app.processEvents()
        time.sleep(0.01)


def settle(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def shoot(app: QApplication, language: str, out: Path) -> None:
    folder = Path(tempfile.mkdtemp())
    url = f"sqlite:///{folder}/desk.sqlite"
    db = open_database(url)
    Services.connect(db, "ani")
    catalog = Services.connect(db, "org", roles="admin").catalog
    event = catalog.create_event("Simposium PMI 2026")
    catalog.create_session(event.id, "Panel 1: layanan luar negeri")
    catalog.create_session(event.id, "Panel 2: layanan digital")
    db.dispose()
    settings = Settings(folder / "settings.ini")
    settings.set(S.LANGUAGE, language)
    desk = DeskApp(url, "ani", settings=settings, draft_dir=folder / "drafts")
    desk.start()
    desk.window.move(0, 0)
    desk.window.resize(1200, 800)
    wait(app, lambda: desk.backend.ready and desk.panel.bar.session_id() is not None)
    for state in ENTRIES:
        desk.panel.form.set_state(state)
        desk.panel.submit()
        wait(app, lambda s=state: desk.feed.item(0).uuid == s.uuid and desk.feed.item(0).state == "saved")  # type: ignore[misc]
    desk.panel.form.set_state(TYPING)
    desk.panel.form.text.setFocus(Qt.FocusReason.OtherFocusReason)
    wait(app, lambda: desk.panel.similar_model.rowCount() > 0)
    settle(app, 1.2)
    screen = desk.window.screen()
    screen.grabWindow(0).save(str(out))
    print(out)
    desk.window.close()
    desk.shutdown()


def shoot_triage(app: QApplication, language: str, out: Path) -> None:
    """The triage workspace on a demo database: complaints newest first, one case open."""
    from feedback_desk.core.demo import generate
    from feedback_desk.core.dto import EntryQuery
    from feedback_desk.gui.pages import TRIAGE

    folder = Path(tempfile.mkdtemp())
    url = f"sqlite:///{folder}/triage.sqlite"
    db = open_database(url)
    services = Services.connect(db, "sari", roles="supervisor")
    generate(db, 3000, seed=4)
    grouped = services.search.search(EntryQuery(kinds=("complaint",), grouped=True)).rows
    db.dispose()
    settings = Settings(folder / "settings.ini")
    settings.set(S.LANGUAGE, language)
    settings.set(S.MAIN_PAGE, TRIAGE)
    desk = DeskApp(url, "sari", settings=settings, draft_dir=folder / "drafts", first_run=False)
    desk.start()
    desk.window.move(0, 0)
    desk.window.resize(1400, 900)
    triage = desk.triage
    wait(app, lambda: desk.backend.ready and triage.model.ids_ready)
    triage.facets.tick("kind", "complaint")
    wait(app, lambda: triage.model.ids_ready and triage.model.rowCount() > 0)
    wait(app, lambda: bool(triage.facets.counts_shown("topic")))
    row = triage.model.row_of(grouped[0].id) if grouped else 3
    triage.select_row(max(row, 0))
    wait(app, lambda: triage.detail.detail() is not None)
    settle(app, 1.5)
    desk.window.screen().grabWindow(0).save(str(out))
    print(out)
    desk.window.close()
    desk.shutdown()


def shoot_dashboard(app: QApplication, language: str, out: Path, tab: int = 0) -> None:
    """The trends dashboard on a demo database: entries over time by service area."""
    from feedback_desk.core.demo import generate
    from feedback_desk.gui.pages import DASHBOARD

    folder = Path(tempfile.mkdtemp())
    url = f"sqlite:///{folder}/trends.sqlite"
    db = open_database(url)
    Services.connect(db, "sari", roles="supervisor")
    generate(db, 6000, seed=4)
    db.dispose()
    settings = Settings(folder / "settings.ini")
    settings.set(S.LANGUAGE, language)
    settings.set(S.MAIN_PAGE, DASHBOARD)
    settings.set(S.DASHBOARD_TAB, tab)
    desk = DeskApp(url, "sari", settings=settings, draft_dir=folder / "drafts", first_run=False)
    desk.start()
    desk.window.move(0, 0)
    desk.window.resize(1400, 900)
    board = desk.dashboard
    wait(app, lambda: desk.backend.ready and board.filters.event_combo.count() > 1)
    bar = board.filters
    bar.event_combo.setCurrentIndex(bar.event_combo.findText("Simposium PMI 2026"))
    # the two days of the symposium: hourly buckets, as a supervisor at the event sees them
    from PySide6.QtCore import QDate, QDateTime, QTime

    from feedback_desk.gui.dashboard.filters_bar import PERIODS

    bar.start.setDateTime(QDateTime(QDate(2026, 10, 13), QTime(8, 0)))
    bar.end.setDateTime(QDateTime(QDate(2026, 10, 14), QTime(18, 0)))
    bar.period.setCurrentIndex(PERIODS.index("custom"))
    wait(app, lambda: board.last_loaded is not None
         and board.last_loaded.query.recorded_to is not None)
    settle(app, 1.5)
    desk.window.screen().grabWindow(0).save(str(out))
    print(out)
    desk.window.close()
    desk.shutdown()


def shoot_summary(app: QApplication, language: str, out: Path) -> None:
    """File → Export summary… half way through a build (not kept in docs/)."""
    from feedback_desk.core.demo import generate

    folder = Path(tempfile.mkdtemp())
    url = f"sqlite:///{folder}/summary.sqlite"
    db = open_database(url)
    Services.connect(db, "sari", roles="supervisor")
    generate(db, 3000, seed=4)
    db.dispose()
    settings = Settings(folder / "settings.ini")
    settings.set(S.LANGUAGE, language)
    desk = DeskApp(url, "sari", settings=settings, draft_dir=folder / "drafts", first_run=False)
    desk.start()
    desk.window.move(0, 0)
    desk.window.resize(1400, 900)
    wait(app, lambda: desk.backend.ready)
    desk.window.act_export_summary.trigger()
    dialog = desk.summary_dialog
    wait(app, lambda: dialog.events.count() > 0)
    dialog.events.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.path.setText(str(folder / "ringkasan.pdf"))
    dialog.open_when_done.setChecked(False)
    dialog.export_button.click()
    wait(app, lambda: dialog.progress.value() >= 30)
    desk.window.screen().grabWindow(0).save(str(out))
    print(out)
    wait(app, lambda: not dialog.isVisible())
    desk.window.close()
    desk.shutdown()


IMPORT_ROWS = [  # a paper-card spreadsheet typed up at another office (Windows-1252, ";")
    ("16/10/2026 09:42", "Simposium PMI 2026", "Panel 1", "keluhan", "luar negeri",
     "Klaim JHT saya belum cair sudah tiga bulan, petugas bilang berkas kurang", "Siti", "ya"),
    ("16/10/2026 09:55", "Simposium PMI 2026", "Panel 1", "saran", "digital",
     "Aplikasi JMO sebaiknya ada menu bahasa daerah", "", ""),
    ("16/10/2026 10:20", "Simposium PMI 2026", "Panel 2", "pertanyaan", "dalam negeri",
     "Bagaimana cara klaim JKK kalau kecelakaan di perjalanan?", "Budi", "tidak"),
    ("16/10/2026 10:41", "Simposium PMI 2026", "Panel 2", "keluhan", "luar negeri",
     "Pelayanan di café bandara — antrean résumé dokumen terlalu lama", "", ""),
    ("31/02/2026 11:00", "Simposium PMI 2026", "Panel 2", "apresiasi", "dalam negeri",
     "Terima kasih atas sosialisasi di desa kami", "", ""),
    ("16/10/2026 11:12", "Simposium PMI 2026", "Panel 2", "usul", "digital",
     "Notifikasi pembayaran iuran lewat WhatsApp", "", ""),
    ("16/10/2026 11:30", "Simposium PMI 2026", "Sesi Tanya Jawab", "komitmen", "luar negeri",
     "BPJS akan membuka layanan di KBRI Riyadh setiap Sabtu", "", ""),
]


def shoot_import(app: QApplication, language: str, out: Path) -> None:
    """File → Import spreadsheet… on a guessed Windows-1252 file with rows to look at."""
    import csv

    folder = Path(tempfile.mkdtemp())
    url = f"sqlite:///{folder}/import.sqlite"
    db = open_database(url)
    sari = Services.connect(db, "sari", roles="supervisor")
    event = sari.catalog.create_event("Simposium PMI 2026")
    sari.catalog.create_session(event.id, "Panel 1")
    sari.catalog.create_session(event.id, "Panel 2")
    db.dispose()
    path = folder / "kartu-masukan-kantor-cabang.csv"
    with open(path, "w", encoding="cp1252", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(["Tanggal", "Acara", "Sesi", "Jenis", "Area layanan", "Isi masukan",
                         "Nama", "Persetujuan", "Petugas cabang"])
        writer.writerows(row + ("Dewi",) for row in IMPORT_ROWS)
    settings = Settings(folder / "settings.ini")
    settings.set(S.LANGUAGE, language)
    desk = DeskApp(url, "sari", settings=settings, draft_dir=folder / "drafts", first_run=False)
    desk.start()
    desk.window.move(0, 0)
    desk.window.resize(1400, 900)
    wait(app, lambda: desk.backend.ready and desk.window.act_import.isEnabled())
    desk.window.act_import.trigger()
    dialog = desk.import_dialog
    dialog.move(60, 40)
    dialog.choose_file(str(path))
    wait(app, lambda: not dialog.running and dialog.preview is not None)
    settle(app, 1.0)
    desk.window.screen().grabWindow(0).save(str(out))
    print(out)
    dialog.reject()
    desk.window.close()
    desk.shutdown()


def shoot_export(app: QApplication, language: str, out: Path) -> None:
    """Export list… over the triage list of complaints, personal data ticked (its warning)."""
    from feedback_desk.core.demo import generate
    from feedback_desk.gui.pages import TRIAGE

    folder = Path(tempfile.mkdtemp())
    url = f"sqlite:///{folder}/export.sqlite"
    db = open_database(url)
    Services.connect(db, "sari", roles="supervisor")
    generate(db, 3000, seed=4)
    db.dispose()
    settings = Settings(folder / "settings.ini")
    settings.set(S.LANGUAGE, language)
    settings.set(S.MAIN_PAGE, TRIAGE)
    desk = DeskApp(url, "sari", settings=settings, draft_dir=folder / "drafts", first_run=False)
    desk.start()
    desk.window.move(0, 0)
    desk.window.resize(1400, 900)
    triage = desk.triage
    wait(app, lambda: desk.backend.ready and triage.model.ids_ready)
    triage.facets.tick("kind", "complaint")
    wait(app, lambda: triage.model.ids_ready and triage.model.rowCount() > 0)
    wait(app, lambda: desk.window.act_export_list.isEnabled())
    desk.window.act_export_list.trigger()
    dialog = desk.export_dialog
    if dialog.personal is not None:
        dialog.personal.setChecked(True)
    settle(app, 1.0)
    desk.window.screen().grabWindow(0).save(str(out))
    print(out)
    dialog.reject()
    desk.window.close()
    desk.shutdown()


def main() -> None:
    os.environ["TZ"] = "Asia/Jakarta"  # the venue's clock: charts and lists in WIB
    time.tzset()
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    target.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    only = sys.argv[2] if len(sys.argv) > 2 else ""
    if only in ("", "capture"):
        for language in ("en", "id"):
            shoot(app, language, target / f"capture-{language}.png")
    if only in ("", "triage"):
        shoot_triage(app, "en", target / "triage.png")
        shoot_triage(app, "id", target / "triage-id.png")
    if only in ("", "dashboard"):
        shoot_dashboard(app, "en", target / "dashboard.png")
        shoot_dashboard(app, "id", target / "dashboard-id.png")
    if only in ("", "import"):
        for language in ("en", "id"):
            shoot_import(app, language, target / f"import-{language}.png")
    if only in ("", "export"):
        for language in ("en", "id"):
            shoot_export(app, language, target / f"export-{language}.png")
    if only == "summary":  # the export dialog at work (not kept in docs/)
        shoot_summary(app, "id", target / "summary-dialog-id.png")
    if only == "dashboard-tabs":  # a look at every tab (not kept in docs/)
        for tab in range(4):
            shoot_dashboard(app, "en", target / f"dashboard-tab{tab}.png", tab)


if __name__ == "__main__":
    main()
