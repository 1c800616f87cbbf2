"""``feedback-desk self-test``: does this installation work? For the IT officer after an install
(the frozen app included: ``feedback-desk-cli.exe self-test`` on Windows) and for the build.

Everything happens in a temporary folder, never on the user's database or settings: a SQLite
database is created and migrated, an account made and logged in to (argon2), an entry recorded
and found again by full-text search (stemmed Indonesian), the strategy summary written as a PDF
(ReportLab and the embedded fonts), the entry exported to XLSX and CSV and the XLSX read back
(openpyxl, defusedxml), the PostgreSQL driver loaded (libpq), the system keyring looked up
(saved server passwords), the Indonesian translation loaded
and the desk window opened on the temporary database (Qt's platform and image plugins, the
icon). One line per check; a check whose input failed is skipped, the others still run. Exit 0
when all passed, 1 otherwise (with the reason on the failed line).

``--keep DIR`` leaves the database, the PDF, the spreadsheets and a picture of the window in DIR.

The output copes with what a terminal does to it: a reader that stops early (``| head -1``: the
checks finish quietly, the exit code still tells), a stdout that cannot encode a character.
"""

from __future__ import annotations

import errno
import io
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from .logfile import first_line
from .streams import silence

USER = "selftest"
PASSWORD = "self-test passphrase 7Qx!"  # only ever in the temporary database
TEXT = "Klaim JHT saya belum cair sudah tiga bulan, mohon pencairan dipercepat."
SEARCH = "pencairannya"  # found only through the Indonesian stemmer (cair)
WINDOW_SECONDS = 30.0


class CheckFailed(Exception):
    """A check's own verdict (the message says what is wrong)."""


@dataclass
class Context:
    folder: Path
    url: str = ""
    db: Any = None
    services: Any = None
    entry: Any = None
    done: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Check:
    name: str
    title: str
    needs: tuple[str, ...]
    run: Callable[[Context], str]


def _sqlite_url(path: Path) -> str:
    """The URL of the SQLite file ``path``, whatever the temporary folder's name holds (``?``,
    ``#`` and ``%`` would otherwise move the database out of the folder cleaned up after)."""
    from sqlalchemy.engine import URL

    return URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)


def _database(ctx: Context) -> str:
    from .core.db.engine import open_database
    from .core.db.migrate import MIGRATIONS_DIR, current_revision, head_revision

    ctx.url = _sqlite_url(ctx.folder / "self-test.sqlite")
    ctx.db = open_database(ctx.url)
    head = head_revision()
    now = current_revision(ctx.db)
    if now != head:
        raise CheckFailed(f"schema is {now!r} after migrating, expected {head!r}")
    steps = len(list((MIGRATIONS_DIR / "versions").glob("[0-9]*.py")))
    return f"schema {now}, {steps} migrations"


def _account(ctx: Context) -> str:
    from .core import accounts
    from .core.services import Services

    accounts.create_first_admin(ctx.db, USER, PASSWORD)
    ctx.services = Services.login(ctx.db, USER, PASSWORD)
    return "administrator created, password checked (argon2id)"


def _record(ctx: Context) -> str:
    from .core.dto import NewEntry

    catalog = ctx.services.catalog
    event = catalog.create_event("Self-test symposium")
    session = catalog.create_session(event.id, "Panel 1")
    ctx.entry = ctx.services.entries.record(NewEntry(
        event_id=event.id, session_id=session.id, kind="complaint", service_area="overseas",
        text=TEXT, topic="claims", country="HK", speaker_type="pmi_abroad",
        dimensions=("service_process",)))
    return f"entry #{ctx.entry.id}, due {ctx.entry.due_date} ({ctx.entry.tier})"


def _search(ctx: Context) -> str:
    from .core.dto import EntryQuery, PageRequest

    page = ctx.services.search.search(EntryQuery(text=SEARCH), PageRequest(limit=10))
    ids = [row.id for row in page.rows]
    if ids != [ctx.entry.id]:
        raise CheckFailed(f"searching {SEARCH!r} found {ids}, expected [{ctx.entry.id}]")
    return f"{SEARCH!r} finds the entry"


def _summary(ctx: Context) -> str:
    from .core.reports.builder import build_report
    from .core.reports.options import ReportOptions

    path = ctx.folder / "summary.pdf"
    result = build_report(ctx.services, ReportOptions(lang="id"), path)
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise CheckFailed(f"{path.name} is not a complete PDF")
    if b"/FontFile2" not in data:
        raise CheckFailed("the PDF has no embedded TrueType font (text would not show)")
    if result.entries != 1:
        raise CheckFailed(f"the summary counted {result.entries} entries, expected 1")
    return f"{result.pages} pages, {len(data) // 1024} KiB"


def _spreadsheet(ctx: Context) -> str:
    from .core.dto import EntryQuery

    interchange = ctx.services.interchange
    for name in ("export.xlsx", "export.csv"):
        result = interchange.export(ctx.folder / name, EntryQuery())
        if result.rows != 1:
            raise CheckFailed(f"{name}: {result.rows} rows written, expected 1")
    preview = interchange.preview(ctx.folder / "export.xlsx")
    present = preview.count("present")
    if present != 1 or len(preview.rows) != 1:
        reasons = "; ".join(m for row in preview.rows for m in map(str, row.messages))
        raise CheckFailed(f"reading export.xlsx back: {len(preview.rows)} rows, "
                          f"{present} already present ({reasons or 'no reason given'})")
    return "XLSX and CSV written, XLSX read back"


def _postgresql(ctx: Context) -> str:
    import psycopg

    impl = psycopg.pq.__impl__
    if impl not in ("binary", "c"):
        raise CheckFailed(f"psycopg uses its {impl!r} implementation: libpq is not bundled")
    version = psycopg.pq.version()
    return f"psycopg {psycopg.__version__} ({impl}), libpq {version // 10000}.{version % 100}"


#: What the keyring needs on each system: a bundle without it silently asks for passwords forever.
KEYRING_MODULES = {
    "win32": ("keyring.backends.Windows", "win32ctypes.pywin32.win32cred"),
    "darwin": ("keyring.backends.macOS",),
}
LINUX_KEYRING_MODULES = ("keyring.backends.SecretService", "secretstorage")


def _keyring(ctx: Context) -> str:
    import importlib

    from .core.profiles import KeyringUnavailable, keyring_name

    for module in KEYRING_MODULES.get(sys.platform, LINUX_KEYRING_MODULES):
        importlib.import_module(module)
    try:
        return keyring_name()
    except KeyringUnavailable as exc:
        if sys.platform in KEYRING_MODULES:  # Windows and macOS always have one
            raise CheckFailed(str(exc)) from None
        return (f"none running on this desktop ({exc.detail}): server passwords are asked "
                "each time")


def _translations(ctx: Context) -> str:
    from PySide6.QtCore import QTranslator

    from .gui import i18n

    found = []
    for lang in i18n.LANGUAGES:
        if lang == "en":
            continue
        qm = i18n._qm_file(lang)
        translator = QTranslator()
        if qm is None or not translator.load(str(qm)):
            raise CheckFailed(f"the {lang} translation is missing (looked for {qm})")
        if translator.translate("MainWindow", "&File") in ("", "&File"):
            raise CheckFailed(f"the {lang} translation does not translate the File menu")
        found.append(f"{lang} ({qm.stat().st_size // 1024} KiB)")
    return "English, " + ", ".join(found)


def _window(ctx: Context) -> str:
    """In a child process: Qt ends the process (no exception) when its platform plugin cannot
    load, and that is the very failure this check is for."""
    command = [sys.executable, "self-test", "--window-check", str(ctx.folder)]
    if not getattr(sys, "frozen", False):
        command[1:1] = ["-m", "feedback_desk"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8",
                              errors="replace", timeout=WINDOW_SECONDS + 30,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise CheckFailed(f"the window did not open in {WINDOW_SECONDS + 30:.0f} s") from None
    lines = done.stdout.strip().splitlines()
    verdict = lines[-1] if lines else ""
    if done.returncode == 0 and verdict.startswith("ok "):
        return verdict[3:]
    if verdict.startswith("FAIL "):
        raise CheckFailed(verdict[5:])
    said = [line.strip() for line in done.stderr.splitlines() if line.strip()]
    # Qt's own reasons first ("could not connect to display :99"), not its closing advice
    reasons = [line for line in said if line.startswith("qt.qpa")][:3] or said[-3:]
    hint = ""
    if any("could not connect to display" in line for line in said):
        hint = (f" (no desktop at DISPLAY={os.environ.get('DISPLAY', '')}; without one, run "
                "it with QT_QPA_PLATFORM=offscreen)")
    raise CheckFailed(f"the window process ended with code {done.returncode}: "
                      + (" / ".join(reasons) if reasons else "(it printed nothing)") + hint)


def window_check(folder: Path) -> int:
    """The child of the window check: open the desk on ``folder``'s database, draw it, switch it
    to Indonesian; prints ``ok DETAIL`` or ``FAIL REASON`` (UTF-8: only the parent reads it)."""
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(encoding="utf-8", errors="replace")
    try:
        print("ok " + _open_window(folder), flush=True)
        return 0
    except CheckFailed as exc:
        print(f"FAIL {exc}", flush=True)
    except Exception as exc:
        print(f"FAIL {type(exc).__name__}: {first_line(exc) or '(no message)'}", flush=True)
    return 1


def _open_window(folder: Path) -> str:
    note = ""
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        note = " (no display: drawn offscreen)"
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from .gui import i18n
    from .gui.app import DeskApp
    from .gui.icon import app_icon
    from .gui.settings import Settings

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    icon = app_icon()
    if icon.isNull():
        raise CheckFailed("the application icon was not found")
    app.setWindowIcon(icon)
    desk = DeskApp(_sqlite_url(folder / "self-test.sqlite"), USER,
                   settings=Settings(folder / "settings.ini"), draft_dir=folder / "drafts")
    try:
        desk.start()
        deadline = time.monotonic() + WINDOW_SECONDS
        while not desk.backend.ready and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        if not desk.backend.ready:
            raise CheckFailed(f"the window did not open the database in {WINDOW_SECONDS:.0f} s")
        settle = time.monotonic() + 0.3  # let the first page fill in
        while time.monotonic() < settle:
            app.processEvents()
            time.sleep(0.01)
        if not desk.window.isVisible():
            raise CheckFailed("the window is not shown")
        picture = desk.window.grab()
        if picture.isNull() or picture.width() < 200:
            raise CheckFailed("the window could not be drawn")
        picture.save(str(folder / "window.png"), "PNG")
        english = desk.window.menuBar().actions()[0].text()
        i18n.install("id")
        indonesian = desk.window.menuBar().actions()[0].text()
        if indonesian == english:
            raise CheckFailed(f"the menu stays {english!r} in Indonesian")
        size = f"{picture.width()}×{picture.height()}"
    finally:
        i18n.install("en")
        desk.window.close()
        desk.shutdown()
        desk.window.deleteLater()
        desk.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return f"{size} on {QApplication.platformName()}{note}, menus in Indonesian"


CHECKS = (
    Check("database", "database created and migrated", (), _database),
    Check("account", "account and log-in", ("database",), _account),
    Check("record", "entry recorded", ("account",), _record),
    Check("search", "entry found by full-text search", ("record",), _search),
    Check("summary", "PDF strategy summary", ("record",), _summary),
    Check("spreadsheet", "spreadsheet export and import", ("record",), _spreadsheet),
    Check("postgresql", "PostgreSQL driver", (), _postgresql),
    Check("keyring", "saved passwords (system keyring)", (), _keyring),
    Check("translations", "translations", (), _translations),
    Check("window", "desk window", ("account",), _window),
)


def run(keep: Path | None = None, out: TextIO | None = None) -> int:
    """Run every check, printing one line each to ``out``; 0 when all passed, else 1."""
    out = out or sys.stdout
    gone = False

    def say(line: str) -> None:
        nonlocal gone
        if gone:
            return
        try:
            try:
                print(line, file=out, flush=True)
            except UnicodeEncodeError:  # a stdout in ASCII or a narrow code page
                encoding = getattr(out, "encoding", None) or "ascii"
                print(line.encode(encoding, "replace").decode(encoding), file=out, flush=True)
        except BrokenPipeError:  # `self-test | head -1`: run on quietly, the exit code tells
            gone = True
            silence(out)

    if keep is not None:  # before the checks, not after a minute of them
        try:
            keep.mkdir(parents=True, exist_ok=True)
            if not os.access(keep, os.W_OK):
                raise PermissionError(errno.EACCES, "not writable")
        except OSError as exc:
            say(f"self-test: cannot keep the files in {keep}: {exc.strerror or exc}")
            return 1
    try:
        os.getcwd()
    except FileNotFoundError:  # the shell's folder was deleted: ReportLab cannot even load
        os.chdir(tempfile.gettempdir())
    say(f"Feedback Desk {__version__} self-test: {_build()}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}")
    folder = Path(tempfile.mkdtemp(prefix="feedback-desk-self-test-"))
    ctx = Context(folder)
    failed: list[str] = []
    not_kept = ""
    width = max(len(c.title) for c in CHECKS)
    try:
        for check in CHECKS:
            missing = [n for n in check.needs if n not in ctx.done]
            if missing:
                say(f"  skip  {check.title:<{width}}  (needs: {', '.join(missing)})")
                failed.append(check.name)
                continue
            started = time.perf_counter()
            try:
                detail = check.run(ctx)
            except CheckFailed as exc:
                say(f"  FAIL  {check.title:<{width}}  {exc}")
                failed.append(check.name)
                continue
            except Exception as exc:  # what the frozen app lacks shows up here: say what
                say(f"  FAIL  {check.title:<{width}}  {type(exc).__name__}: {first_line(exc) or '(no message)'}")
                if os.environ.get("FEEDBACK_DESK_DEBUG"):
                    traceback.print_exc(file=out)
                failed.append(check.name)
                continue
            ctx.done.add(check.name)
            seconds = time.perf_counter() - started
            say(f"  ok    {check.title:<{width}}  {detail} ({seconds:.1f} s)")
    finally:
        try:
            if ctx.db is not None:
                ctx.db.dispose()
            if keep is not None:
                try:
                    for item in folder.iterdir():
                        if item.is_file():
                            shutil.copy2(item, keep / item.name)
                    say(f"files kept in {keep}")
                except OSError as exc:
                    not_kept = f"the files could not be kept in {keep}: {exc.strerror or exc}"
                    say(not_kept)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    if failed:
        say(f"self-test FAILED: {len(failed)} of {len(CHECKS)} checks did not pass "
            f"({', '.join(failed)})")
        return 1
    if not_kept:
        say(f"self-test FAILED: {not_kept}")
        return 1
    say(f"self-test passed: all {len(CHECKS)} checks")
    return 0


def _build() -> str:
    if getattr(sys, "frozen", False):
        return f"installed build in {Path(sys.executable).parent}"
    return f"from source in {Path(__file__).resolve().parent}"

