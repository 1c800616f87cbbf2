"""The Windows installer (installer/windows/feedback-desk.nsi, build-installer.sh) compiles with
makensis around a small fake bundle, and carries the version and both languages' strings.

Skipped without makensis (Debian package nsis), except under CI, where it must be there. Where
Wine is installed (never required; skipped under CI), one slow test (~45 s) also installs, upgrades
and uninstalls for real: files, shortcuts, the registry key, the running-app refusal, and the
user's data kept or removed.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest

import feedback_desk

ROOT = Path(__file__).resolve().parents[2]
NSI = ROOT / "installer" / "windows" / "feedback-desk.nsi"
SCRIPT = ROOT / "installer" / "windows" / "build-installer.sh"
UNINSTALL_KEY = r"Software\Microsoft\Windows\CurrentVersion\Uninstall\FeedbackDesk"


def _makensis() -> str:
    tool = shutil.which("makensis")
    if tool is None:
        if os.environ.get("CI"):
            pytest.fail("CI must compile the Windows installer, but makensis (nsis) is missing",
                        pytrace=False)
        pytest.skip("makensis is not installed (apt-get install nsis)")
    return tool


@pytest.fixture(scope="module")
def makensis() -> str:
    return _makensis()


@pytest.fixture(scope="module")
def icons(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("icons")
    subprocess.run([sys.executable, str(ROOT / "installer" / "make_icons.py"), str(out)],
                   check=True, capture_output=True, timeout=60)
    assert (out / "feedback-desk.ico").is_file()
    return out


def fake_bundle(folder: Path, *, exe: bytes = b"MZ fake windowed exe",
                cli: bytes = b"MZ fake console exe", internal: dict[str, bytes] | None = None) -> Path:
    folder.mkdir(parents=True)
    (folder / "feedback-desk.exe").write_bytes(exe)
    (folder / "feedback-desk-cli.exe").write_bytes(cli)
    for name, data in (internal or {"base_library.zip": b"PK fake"}).items():
        (folder / "_internal" / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / "_internal" / name).write_bytes(data)
    return folder


def compile_nsi(makensis: str, out: Path, bundle: Path, icon: Path, *, version: str = "0.1.0",
                version4: str = "0.1.0.0", extra: tuple[str, ...] = ("-DCOMPRESSOR=none",)
                ) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [makensis, "-V2", f"-DVERSION={version}", f"-DVERSION4={version4}", f"-DBUNDLE={bundle}",
         f"-DICON={icon}", f"-DOUTFILE={out}", *extra, str(NSI)],
        capture_output=True, text=True, timeout=120)


def file_version(exe: bytes) -> tuple[int, int, int, int]:
    """The binary FileVersion of the exe's VS_FIXEDFILEINFO (what VIProductVersion/VIFileVersion set)."""
    at = exe.find(struct.pack("<I", 0xFEEF04BD))
    assert at > 0, "no version resource"
    ms, ls = struct.unpack_from("<II", exe, at + 8)
    return ms >> 16, ms & 0xFFFF, ls >> 16, ls & 0xFFFF


def has_text(exe: bytes, text: str) -> bool:
    return text.encode("utf-16-le") in exe


# --------------------------------------------------------------------------------------------------
# Compiling


def test_installer_compiles_with_version_languages_and_bundle(makensis: str, icons: Path,
                                                              tmp_path: Path) -> None:
    marker = b"bundle-marker-7f3a91"
    bundle = fake_bundle(tmp_path / "bundle", internal={"base_library.zip": b"PK",
                                                        "PySide6/plugins/x.dll": marker})
    out = tmp_path / "setup.exe"
    done = compile_nsi(makensis, out, bundle, icons / "feedback-desk.ico",
                       version="2.3.4", version4="2.3.4.5")
    assert done.returncode == 0, done.stdout + done.stderr
    exe = out.read_bytes()
    assert exe[:2] == b"MZ"
    assert file_version(exe) == (2, 3, 4, 5)
    assert has_text(exe, "2.3.4")  # ProductVersion string and DisplayVersion
    assert b'level="asInvoker"' in exe  # RequestExecutionLevel user: no UAC prompt
    assert marker in exe  # the bundle's files are in it (uncompressed build)
    assert has_text(exe, UNINSTALL_KEY)
    assert has_text(exe, r"Programs\Feedback Desk")
    for english, indonesian in [
        ("Also delete my Feedback Desk data (database, drafts, settings)",
         "Hapus juga data Feedback Desk saya (basis data, draf, pengaturan)"),
        ("Desktop shortcut", "Pintasan di desktop"),
        ("Start Feedback Desk now", "Jalankan Feedback Desk sekarang"),
        ("is still running from", "masih berjalan dari"),
    ]:
        assert has_text(exe, english), english
        assert has_text(exe, indonesian), indonesian
    assert has_text(exe, "Bahasa Indonesia") or has_text(exe, "Indonesian")  # MUI's own strings
    assert has_text(exe, "/REMOVEDATA") and has_text(exe, "/NODESKTOP")


def test_missing_define_or_bad_compressor_fails_clearly(makensis: str, icons: Path,
                                                        tmp_path: Path) -> None:
    bundle = fake_bundle(tmp_path / "bundle")
    done = subprocess.run([makensis, "-V2", "-DVERSION=0.1.0", f"-DBUNDLE={bundle}",
                           f"-DICON={icons / 'feedback-desk.ico'}", f"-DOUTFILE={tmp_path / 'a.exe'}",
                           str(NSI)], capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert "-DVERSION4" in done.stdout + done.stderr
    done = compile_nsi(makensis, tmp_path / "b.exe", bundle, icons / "feedback-desk.ico",
                       extra=("-DCOMPRESSOR=zip",))
    assert done.returncode != 0
    assert "COMPRESSOR must be" in done.stdout + done.stderr


# --------------------------------------------------------------------------------------------------
# build-installer.sh


def run_script(*args: str | Path, env: dict[str, str] | None = None, cwd: Path | None = None
               ) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", str(SCRIPT), *map(str, args)], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=300)


def test_build_script_end_to_end(makensis: str, tmp_path: Path) -> None:
    fake_bundle(tmp_path / "dist" / "feedback-desk")
    icons = tmp_path / "icons"  # not there yet: the script makes it
    env = {**os.environ, "FEEDBACK_DESK_ICONS": str(icons), "PYTHON": sys.executable}
    env.pop("MAKENSIS", None)
    # relative paths from an unrelated directory, an output folder that does not exist yet
    done = run_script("dist/feedback-desk", "out/sub/Feedback-Desk-setup.exe", "-DCOMPRESSOR=none",
                      env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    out = tmp_path / "out" / "sub" / "Feedback-Desk-setup.exe"
    exe = out.read_bytes()
    assert exe[:2] == b"MZ"
    assert str(out) in done.stdout and f"{len(exe)} bytes" in done.stdout
    assert (icons / "feedback-desk.ico").is_file()
    version = feedback_desk.__version__
    assert has_text(exe, version)
    numbers = [int(part) for part in re.findall(r"\d+", version)[:4]]
    assert file_version(exe)[: len(numbers)] == tuple(numbers)


@pytest.mark.parametrize(("printed", "display", "four"), [
    ("0.2.0rc1", "0.2.0rc1", (0, 2, 0, 0)),
    ("1.4.0.dev3", "1.4.0.dev3", (1, 4, 0, 0)),
    ("1.2.3.4.5", "1.2.3.4.5", (1, 2, 3, 4)),
    ("10", "10", (10, 0, 0, 0)),
    ("0.3.1\r", "0.3.1", (0, 3, 1, 0)),  # a Windows Python prints CRLF
])
def test_build_script_four_part_version(makensis: str, icons: Path, tmp_path: Path, printed: str,
                                        display: str, four: tuple[int, int, int, int]) -> None:
    python = tmp_path / "python"
    python.write_text(f"#!/bin/sh\nprintf '%s\\n' '{printed}'\n")
    python.chmod(0o755)
    bundle = fake_bundle(tmp_path / "bundle")
    env = {**os.environ, "FEEDBACK_DESK_ICONS": str(icons), "PYTHON": str(python)}
    done = run_script(bundle, tmp_path / "setup.exe", "-DCOMPRESSOR=none", env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    exe = (tmp_path / "setup.exe").read_bytes()
    assert file_version(exe) == four
    assert has_text(exe, f"{display}\x00")  # DisplayVersion: no stray carriage return


def test_build_script_without_makensis_says_so(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"  # only the tools the script needs before it looks for makensis
    bin_dir.mkdir()
    for tool in ("dirname", "mkdir", "basename"):
        found = shutil.which(tool)
        assert found, tool
        (bin_dir / tool).symlink_to(found)
    fake_bundle(tmp_path / "bundle")
    env = {key: value for key, value in os.environ.items() if key != "MAKENSIS"}
    env["PATH"] = str(bin_dir)
    done = subprocess.run([shutil.which("bash") or "/bin/bash", str(SCRIPT), str(tmp_path / "bundle"),
                           str(tmp_path / "setup.exe")], capture_output=True, text=True, env=env,
                          timeout=60)
    assert done.returncode == 1
    assert "makensis (NSIS 3) is not installed" in done.stderr
    assert "apt-get install nsis" in done.stderr
    assert not (tmp_path / "setup.exe").exists()


def test_build_script_usage_and_missing_bundle(tmp_path: Path) -> None:
    done = run_script()
    assert done.returncode == 1 and "usage:" in done.stderr
    done = run_script(tmp_path / "nothing", tmp_path / "setup.exe")
    assert done.returncode == 1 and "no such bundle folder" in done.stderr


# --------------------------------------------------------------------------------------------------
# Under Wine: install, upgrade, refuse while running, uninstall keeping or removing the data

WINE_EXES = [Path(p) for p in ("/usr/lib/x86_64-linux-gnu/wine/x86_64-windows",
                               "/usr/lib/wine/x86_64-windows", "/usr/lib64/wine/x86_64-windows")]


class Wine:
    def __init__(self, home: Path) -> None:
        self.prefix = home / "wineprefix"
        # Wine links the Windows Desktop/Documents to $HOME and writes menu entries under XDG
        # folders: keep all of it inside the test's folder, and turn the menu builder off.
        self.env = {**os.environ, "HOME": str(home), "WINEPREFIX": str(self.prefix),
                    "XDG_CONFIG_HOME": str(home / ".config"),
                    "XDG_DATA_HOME": str(home / ".local" / "share"),
                    "WINEDEBUG": "-all", "WINEDLLOVERRIDES": "winemenubuilder.exe=d;mscoree=d;mshtml=d"}
        self.env.pop("DISPLAY", None)
        self.env.pop("WAYLAND_DISPLAY", None)
        self.run("wineboot", "-i")
        users = [p for p in (self.prefix / "drive_c" / "users").iterdir() if p.name != "Public"]
        assert len(users) == 1, users
        self.user = users[0]
        self.local = self.user / "AppData" / "Local"
        self.roaming = self.user / "AppData" / "Roaming"
        self.start_menu = self.roaming / "Microsoft" / "Windows" / "Start Menu" / "Programs"
        self.desktop = self.user / "Desktop"

    def run(self, *args: str | Path, check: bool = True) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(["wine", *map(str, args)], capture_output=True, text=True,
                              env=self.env, timeout=120)
        if check:
            assert done.returncode == 0, (args, done.returncode, done.stdout, done.stderr)
        return done

    def wait(self) -> None:
        """Until every Wine process of this prefix has ended (the uninstaller runs a copy of itself
        from %TEMP% and returns at once)."""
        subprocess.run(["wineserver", "-w"], env=self.env, timeout=120, check=True)

    def stop(self) -> None:
        subprocess.run(["wineserver", "-k"], env=self.env, timeout=60, check=False)

    def unix(self, windows_path: str) -> Path:
        assert windows_path[:3].upper() == "C:\\", windows_path
        return self.prefix / "drive_c" / windows_path[3:].replace("\\", "/")

    def registry(self) -> dict[str, str] | None:
        done = self.run("reg", "query", rf"HKCU\{UNINSTALL_KEY}", check=False)
        if done.returncode != 0:
            return None
        values = {}
        for line in done.stdout.splitlines():
            found = re.match(r"\s+(\S+)\s+REG_\w+\s+(.*?)\s*$", line)
            if found:
                values[found[1]] = found[2]
        return values


@pytest.mark.slow
def test_install_upgrade_uninstall_under_wine(makensis: str, icons: Path, tmp_path: Path) -> None:
    if os.environ.get("CI"):
        pytest.skip("Wine is not part of CI (a developer's check where Wine is installed)")
    if shutil.which("wine") is None or shutil.which("wineserver") is None:
        pytest.skip("Wine is not installed (optional: apt-get install wine wine64)")
    exes = next((d for d in WINE_EXES if (d / "ping.exe").is_file()), None)
    if exes is None:
        pytest.skip("no 64-bit Wine programs to stand in for feedback-desk.exe")
    ping, hostname = (exes / "ping.exe").read_bytes(), (exes / "hostname.exe").read_bytes()
    icon = icons / "feedback-desk.ico"
    old = fake_bundle(tmp_path / "v1", exe=ping, cli=hostname,
                      internal={"base_library.zip": b"PK1", "old-only.pyd": b"old"})
    new = fake_bundle(tmp_path / "v2", exe=ping, cli=hostname,
                      internal={"base_library.zip": b"PK2", "sub/new-only.pyd": b"new"})
    setup1, setup2 = tmp_path / "fd-0.1.0.exe", tmp_path / "fd-0.2.0.exe"
    for out, bundle, version in ((setup1, old, "0.1.0"), (setup2, new, "0.2.0")):
        done = compile_nsi(makensis, out, bundle, icon, version=version, version4=f"{version}.0",
                           extra=("-DCOMPRESSOR=zlib",))
        assert done.returncode == 0, done.stdout + done.stderr

    home = tmp_path / "home"
    home.mkdir()
    wine = Wine(home)
    try:
        # 1. A first, silent install: program files, both shortcuts, the Apps & features entry.
        wine.run(setup1, "/S")
        reg = wine.registry()
        assert reg is not None
        instdir = wine.unix(reg["InstallLocation"])
        assert instdir == wine.local / "Programs" / "Feedback Desk"
        for name in ("feedback-desk.exe", "feedback-desk-cli.exe", "uninstall.exe",
                     "_internal/base_library.zip", "_internal/old-only.pyd"):
            assert (instdir / name).is_file(), name
        assert reg["DisplayName"] == "Feedback Desk" and reg["DisplayVersion"] == "0.1.0"
        assert reg["UninstallString"] == f'"{reg["InstallLocation"]}\\uninstall.exe"'
        assert reg["QuietUninstallString"] == f'"{reg["InstallLocation"]}\\uninstall.exe" /S'
        assert reg["DisplayIcon"] == f'{reg["InstallLocation"]}\\feedback-desk.exe,0'
        assert reg["NoModify"] == reg["NoRepair"] == "0x1" and int(reg["EstimatedSize"], 16) > 0
        for link in (wine.start_menu / "Feedback Desk.lnk", wine.desktop / "Feedback Desk.lnk"):
            assert "feedback-desk.exe" in link.read_bytes().decode("latin-1").replace("\0", "")

        # The user's data, a neighbour's folder, and a file of the user's in the install folder.
        data = [wine.local / "feedback-desk" / "desk.sqlite",
                wine.local / "feedback-desk" / "feedback-desk" / "drafts" / "d1.json",
                wine.roaming / "feedback-desk" / "feedback-desk.ini"]
        others = [wine.local / "other-app" / "keep.txt", instdir / "notes.txt"]
        for path in data + others:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("precious")

        # 2. While the app runs, a silent upgrade waits ~10 s, then gives up with exit code 2.
        app = subprocess.Popen(["wine", instdir / "feedback-desk.exe", "-n", "16", "127.0.0.1"],
                               env=wine.env, cwd=instdir, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
        try:
            time.sleep(2)
            busy = wine.run(setup2, "/S", check=False)
            still_running = app.poll() is None
        finally:
            app.wait(timeout=60)
        assert still_running, "the stand-in app ended too early for this check"
        assert busy.returncode == 2
        assert (instdir / "_internal" / "old-only.pyd").is_file()
        assert (wine.registry() or {}).get("DisplayVersion") == "0.1.0"

        # 3. The upgrade replaces the program files and keeps everything else; /NODESKTOP.
        wine.run(setup2, "/S", "/NODESKTOP")
        reg = wine.registry()
        assert reg is not None and reg["DisplayVersion"] == "0.2.0"
        assert not (instdir / "_internal" / "old-only.pyd").exists()
        assert (instdir / "_internal" / "sub" / "new-only.pyd").read_bytes() == b"new"
        assert (wine.start_menu / "Feedback Desk.lnk").is_file()
        assert not (wine.desktop / "Feedback Desk.lnk").exists()
        assert all(path.read_text() == "precious" for path in data + others)

        # 4. A silent uninstall keeps the data (and the user's own file in the install folder).
        wine.run(instdir / "uninstall.exe", "/S")
        wine.wait()
        assert wine.registry() is None
        assert not (wine.start_menu / "Feedback Desk.lnk").exists()
        assert sorted(p.name for p in instdir.iterdir()) == ["notes.txt"]
        assert all(path.read_text() == "precious" for path in data + others)

        # 5. Install elsewhere (/D=, with a space); a copy of the uninstaller in a folder that is
        #    not an installation touches neither that folder's _internal nor the registration.
        # NSIS wants /D= last and unquoted, spaces and all: as two arguments, Wine joins them so.
        wine.run(setup2, "/S", r"/D=C:\Apps\FD", "Test")
        custom = wine.unix(r"C:\Apps\FD Test")
        assert (custom / "feedback-desk.exe").is_file()
        stray = wine.unix(r"C:\Stray")
        (stray / "_internal").mkdir(parents=True)
        (stray / "_internal" / "precious.txt").write_text("precious")
        shutil.copy(custom / "uninstall.exe", stray / "uninstall.exe")
        wine.run(stray / "uninstall.exe", "/S")
        wine.wait()
        assert (stray / "_internal" / "precious.txt").read_text() == "precious"
        reg = wine.registry()
        assert reg is not None and reg["InstallLocation"] == r"C:\Apps\FD Test"
        assert (wine.start_menu / "Feedback Desk.lnk").is_file()

        # 6. /REMOVEDATA: the program and exactly the two data folders go; nothing else.
        wine.run(custom / "uninstall.exe", "/S", "/REMOVEDATA")
        wine.wait()
        assert not custom.exists() and wine.registry() is None
        assert not (wine.local / "feedback-desk").exists()
        assert not (wine.roaming / "feedback-desk").exists()
        assert all(path.read_text() == "precious" for path in others)
        assert wine.local.is_dir() and wine.roaming.is_dir() and (wine.local / "Programs").is_dir()
    finally:
        wine.stop()
