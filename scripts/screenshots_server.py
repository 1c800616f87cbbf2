"""Screenshots of the shared-server screens: log-in (first run and normal), the connection
profiles, the accounts dialog and the outbox banner, in English and Bahasa Indonesia.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots_server.py docs/

Only ``login-*.png`` and ``accounts-*.png`` are kept in docs/; the rest are for looking.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from feedback_desk.core.accounts import create_first_admin
from feedback_desk.core.db.engine import open_database
from feedback_desk.core.profiles import Profile, ProfileStore
from feedback_desk.core.services import Services
from feedback_desk.gui import i18n
from feedback_desk.gui import settings as S
from feedback_desk.gui.app import DeskApp
from feedback_desk.gui.login_flow import login
from feedback_desk.gui.settings import Settings
from feedback_desk.gui.tasks import TaskRunner

sys.path.insert(0, str(Path(__file__).parent))
from screenshots import settle, wait  # noqa: E402

PASSWORD = "kopi-tubruk-2026"


def grab_dialog(app: QApplication, dialog: QDialog, out: Path, before: Any = None) -> None:
    def shoot() -> None:
        if before is not None:
            before(dialog)
        settle(app, 0.8)
        dialog.grab().save(str(out))
        print(out)
        dialog.reject()

    QTimer.singleShot(1200, shoot)


def shoot_login(app: QApplication, language: str, folder: Path, out: Path, *, first: bool) -> None:
    url = f"sqlite:///{folder}/desk-{language}-{first}.sqlite"
    db = open_database(url)
    if not first:
        create_first_admin(db, "ani", PASSWORD)
    db.dispose()
    settings = Settings(folder / f"{language}.ini")
    settings.set(S.LANGUAGE, language)
    i18n.install(language)

    def fill(dialog: Any) -> None:
        for name in ("password", "password_again", "repeat"):
            field = getattr(dialog, name, None)
            if field is not None and hasattr(field, "setText"):
                field.setText("••••••••••••")

    store = ProfileStore(folder / "profiles.json")
    login(None, settings, url, username="ani", store=store,
          on_dialog=lambda d: grab_dialog(app, d, out, fill if first else None))


def shoot_connection(app: QApplication, language: str, folder: Path, out: Path) -> None:
    from feedback_desk.gui.dialogs.connection import ConnectionDialog

    i18n.install(language)
    store = ProfileStore(folder / "profiles.json")
    (folder / "simposium-ca.crt").write_text("-----BEGIN CERTIFICATE-----\n")
    store.save(Profile(name="Simposium Jakarta (server)", host="db.simposium.lan",
                       database="feedback_desk", user="feedback_desk", sslmode="verify-full",
                       sslrootcert=str(folder / "simposium-ca.crt")))
    tasks = TaskRunner()
    dialog = ConnectionDialog(tasks, store, current="Simposium Jakarta (server)")
    dialog.show()
    settle(app, 1.0)
    dialog.grab().save(str(out))
    print(out)
    dialog.reject()
    tasks.shutdown()


def shoot_accounts(app: QApplication, language: str, folder: Path, out: Path) -> None:
    url = f"sqlite:///{folder}/accounts-{language}.sqlite"
    db = open_database(url)
    create_first_admin(db, "ani", PASSWORD)
    admin = Services.login(db, "ani", PASSWORD)
    event = admin.catalog.create_event("Simposium PMI 2026")
    admin.catalog.create_session(event.id, "Panel 1")
    for name, roles, shown in (("sari", {"supervisor"}, "Sari Wulandari"),
                               ("rina", {"supervisor", "protection"}, "Rina Hartati"),
                               ("budi", {"recorder"}, "Budi Santoso"),
                               ("dewi", {"recorder"}, "Dewi Lestari"),
                               ("pak.hendra", {"leadership"}, "Hendra Gunawan")):
        admin.accounts.create_user(name, f"sandi-{len(name)}-simposium!", frozenset(roles), shown)
    admin.accounts.set_active("dewi", False)
    db.dispose()
    settings = Settings(folder / f"acc-{language}.ini")
    settings.set(S.LANGUAGE, language)
    desk = DeskApp(url, "ani", settings=settings, draft_dir=folder / "drafts", first_run=False)
    desk.start()
    desk.window.resize(1200, 800)
    wait(app, lambda: desk.backend.ready and desk.window.act_users.isVisible())
    desk.window.act_users.trigger()
    dialog = desk.users_dialog
    settle(app, 1.5)
    dialog.grab().save(str(out))
    print(out)
    dialog.reject()
    desk.panel.outbox_banner.set_state(3, "offline")  # what a lost server looks like
    settle(app, 0.5)
    desk.window.grab().save(str(out.with_name(f"banner-{language}.png")))
    print(out.with_name(f"banner-{language}.png"))
    desk.window.close()
    desk.shutdown()


def main() -> None:
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    target.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp())
    for language in ("en", "id"):
        shoot_login(app, language, folder, target / f"login-first-{language}.png", first=True)
        shoot_login(app, language, folder, target / f"login-{language}.png", first=False)
        shoot_connection(app, language, folder, target / f"connection-{language}.png")
        shoot_accounts(app, language, folder, target / f"accounts-{language}.png")


if __name__ == "__main__":
    main()
