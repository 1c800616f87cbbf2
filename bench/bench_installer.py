"""The one-folder bundle (issue 9): its size and its startup time, each beside a floor measured
in the same run.

    .venv/bin/python bench/bench_installer.py [--bundle dist/feedback-desk] [--runs 7]
        [--no-floor-build] [--pyinstaller PATH] [--display :N] [--json FILE]

- size: bytes of the unpacked one-folder build (``os.walk`` + ``lstat``: regular files and
  symlinks, a symlink as the few bytes of the link so its target counts once, hard links once,
  directories not counted — ``du -sb`` minus the directories' own 4 KiB), target ≤ 250 MB
  (MB = 10^6 bytes). Beside it the floor: a default PyInstaller one-folder build of "hello
  QMainWindow" (PySide6.QtWidgets only) that the bench builds into a temporary folder with the
  same PyInstaller as the bundle (``--pyinstaller``, default the build venv's; 10–40 s;
  ``--no-floor-build`` skips it; when built, its executable is also timed at startup). The
  15 largest items (a Qt module = its libQt6X + PySide6 binding; ICU; a Python package = its
  folder + ``.libs`` + dist-info + its modules in the PYZ archive inside the executable, read
  with that PyInstaller's archive reader; Python itself = libpython + lib-dynload +
  base_library.zip + stdlib modules in the PYZ; libraries copied from the build machine) with
  the floor's size of the same item, so the cuts are visible.
- startup: from starting the process until its first top-level window is mapped on an X
  display, seen from outside the process (``xev -root -event substructure``; no hook in the
  product) under an Xvfb the bench starts itself on a free display from :100 up (or
  ``--display`` of one already running, e.g. under ``xvfb-run``; without a window manager, so
  no reparenting), then the process is killed.
  The app's first window is the log-in window. Kinds, interleaved (the order rotates each
  round), ``--runs`` each: frozen (the bundle's executable), source (the venv's
  ``feedback-desk`` console script), floor (the venv's python -c: import PySide6.QtWidgets,
  show an empty QMainWindow) and, when built, the frozen floor. The first run of each kind
  (cold-ish: the page cache as whatever ran before left it) is reported apart from the median
  (and min–max) of the others. Each run gets a fresh HOME, XDG_* dirs, TMPDIR and
  FEEDBACK_DESK_DB=sqlite:///…/desk.sqlite in a temporary folder, LANG=C.UTF-8, PATH=/usr/bin:/bin
  (XAUTHORITY with ``--display``) and nothing else from this machine's environment. A run without a window after ``--timeout``
  seconds (30) is reported as failed.
- ``feedback-desk --version``, frozen and source, from process start to exit (interpreter +
  ``feedback_desk.cli`` import), beside ``python -c pass``.

Needs Xvfb and xev: Debian packages ``xvfb`` and ``x11-utils`` (apt-get install -y xvfb
x11-utils). Nothing from the project is imported: any Python 3.12 runs it. Reports, never fails
on a slow machine; these machines are noisy, so compare ratios.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import queue
import re
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_BYTES = 250_000_000
PYINSTALLERS = (ROOT / "build/installer/venv/bin/pyinstaller", Path("/tmp/bv/bin/pyinstaller"))

FLOOR = """\
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("floor")
window.show()
sys.exit(app.exec())
"""
# Lists the modules in the executable's PYZ archive with their (compressed) sizes; run with the
# build venv's python so the reader matches the PyInstaller that wrote the archive.
PYZ_LIST = """\
import json, sys
from PyInstaller.archive.readers import CArchiveReader
pkg = CArchiveReader(sys.argv[1])
sizes = {}
for name, entry in pkg.toc.items():
    if entry[-1] == "z":
        for module, (_typecode, _offset, length) in pkg.open_embedded_archive(name).toc.items():
            sizes[module] = length
print(json.dumps(sizes))
"""


class BenchError(Exception):
    """A clear one-line reason the bench cannot go on."""


def mb(n: float) -> str:
    return f"{n / 1e6:.1f} MB"


# ---------------------------------------------------------------- size


PYTHON = "Python (libpython, lib-dynload, stdlib)"
EXECUTABLE = "executable: bootloader + archive"
HOST_LIBS = "libraries copied from the build machine"
ALIASES = {"pillow": "PIL", "PySide6": "PySide6 (pyside/shiboken glue, rest)",
           "shiboken6": "PySide6 (pyside/shiboken glue, rest)", "feedback_desk": "feedback_desk (ours)"}


def _package(name: str) -> str:
    name = re.sub(r"-\d[^/]*\.(dist|egg)-info$", "", name)
    name = re.sub(r"(\.cpython-[^.]+|\.abi3)?\.so(\.[\d.]+)?$", "", name)
    name = name.removesuffix(".libs").removesuffix(".py")
    return ALIASES.get(name, name)


def label(rel: str) -> str:
    """The item a file of the bundle belongs to (``rel`` relative to the bundle folder)."""
    parts = rel.split("/")
    if len(parts) == 1:
        return EXECUTABLE
    p = parts[1:] if parts[0] == "_internal" else parts
    name = p[0]
    if name == "PySide6" and len(p) >= 3 and p[1] == "Qt":
        if p[2] == "lib":
            return qt_lib_label(p[-1])
        if p[2] == "plugins" and len(p) >= 5:
            return f"Qt plugins/{p[3]}"
        return f"Qt {p[2]}"  # translations, qml, resources …
    if name == "PySide6" and len(p) == 2 and (m := re.match(r"Qt(\w+)\.abi3\.so$", p[1])):
        return f"Qt module {m[1]}"
    if name == "base_library.zip" or name.startswith(("libpython", "python3")):
        return PYTHON
    if len(p) == 1 and name.startswith("lib") and ".so" in name:
        return qt_lib_label(name) if name.startswith(("libQt6", "libicu")) else HOST_LIBS
    return _package(name)


def qt_lib_label(name: str) -> str:
    if name.startswith("libicu"):
        return "ICU (libicu*: Unicode/locale data for Qt)"
    m = re.match(r"libQt6(\w+?)\.so", name)
    return f"Qt module {m[1]}" if m else "Qt lib (other)"


@dataclass
class Item:
    size: int = 0
    members: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class Size:
    path: str
    apparent: int = 0
    on_disk: int = 0
    files: int = 0
    symlinks: int = 0
    pyz: bool = False
    items: dict[str, Item] = field(default_factory=dict)

    def add(self, item: str, member: str | None, size: int) -> None:
        entry = self.items.setdefault(item, Item())
        entry.size += size
        if member is not None:  # a symlink adds its few bytes, not a line
            entry.members.append((member, size))

    def top(self, n: int) -> list[tuple[str, Item]]:
        return sorted(self.items.items(), key=lambda kv: -kv[1].size)[:n]

    def as_json(self) -> dict[str, object]:
        return {"path": self.path, "apparent_bytes": self.apparent, "on_disk_bytes": self.on_disk,
                "files": self.files, "symlinks": self.symlinks, "pyz_read": self.pyz,
                "items": [{"item": k, "bytes": v.size,
                           "largest": sorted(v.members, key=lambda m: -m[1])[:5]}
                          for k, v in self.top(len(self.items))]}


def measure_size(folder: Path, executable: Path, build_python: Path | None) -> Size:
    result = Size(str(folder))
    seen: set[tuple[int, int]] = set()
    for dirpath, _dirs, files in os.walk(folder):  # does not follow symlinked folders
        for fname in files + [d for d in _dirs if os.path.islink(os.path.join(dirpath, d))]:
            full = os.path.join(dirpath, fname)
            st = os.lstat(full)
            if (st.st_dev, st.st_ino) in seen:
                continue
            seen.add((st.st_dev, st.st_ino))
            rel = os.path.relpath(full, folder)
            result.apparent += st.st_size
            result.on_disk += st.st_blocks * 512
            if os.path.islink(full):
                result.symlinks += 1
                target = os.path.relpath(os.path.realpath(full), os.path.realpath(folder))
                result.add(label(target if not target.startswith("..") else rel), None, st.st_size)
            else:
                result.files += 1
                result.add(label(rel), rel, st.st_size)
    pyz = pyz_modules(executable, build_python)
    if pyz:  # split the executable: its PYZ modules go to their package's item
        result.pyz = True
        stdlib = set(sys.stdlib_module_names)
        exe_item = result.items[EXECUTABLE]
        by_item: dict[str, int] = {}
        for module, size in pyz.items():
            top = module.split(".")[0]
            item = PYTHON if top in stdlib else _package(top)
            by_item[item] = by_item.get(item, 0) + size
        for item, size in by_item.items():
            result.add(item, f"{executable.name}: PYZ modules", size)
            exe_item.size -= size
    return result


def pyz_modules(executable: Path, build_python: Path | None) -> dict[str, int] | None:
    if build_python is None or not build_python.exists():
        return None
    out = subprocess.run([str(build_python), "-c", PYZ_LIST, str(executable)],
                         capture_output=True, text=True, timeout=120)
    if out.returncode != 0:
        print(f"(PYZ not read: {out.stderr.strip().splitlines()[-1:]})", file=sys.stderr)
        return None
    return {str(k): int(v) for k, v in json.loads(out.stdout).items()}


def build_floor(pyinstaller: Path, work: Path) -> tuple[Path | None, float, str]:
    """A default one-folder build of FLOOR; returns (its executable or None, seconds, log tail)."""
    work.mkdir()
    (work / "floor.py").write_text(FLOOR)
    t = time.perf_counter()
    with open(work / "build.log", "w") as log:
        proc = subprocess.run(
            [str(pyinstaller), "--noconfirm", "--onedir", "--name", "floor", "--distpath",
             str(work / "dist"), "--workpath", str(work / "build"), "--specpath", str(work),
             "--log-level", "WARN", str(work / "floor.py")],
            stdout=log, stderr=subprocess.STDOUT, cwd=work, timeout=900)
    took = time.perf_counter() - t
    tail = "\n".join((work / "build.log").read_text(errors="replace").splitlines()[-15:])
    exe = work / "dist" / "floor" / "floor"
    return (exe if proc.returncode == 0 and exe.exists() else None), took, tail


# ---------------------------------------------------------------- X display


Event = tuple[float, str, str, bool]  # (time read, CreateNotify|MapNotify, window id, override)


class Display:
    """Xvfb (unless given a display) and one ``xev -root -event substructure`` reader."""

    def __init__(self, work: Path, display: str | None) -> None:
        self.work = work
        self.display = display or ""
        self.xvfb: subprocess.Popen[bytes] | None = None
        self.xev: subprocess.Popen[str] | None = None
        self.events: queue.Queue[Event | None] = queue.Queue()

    def __enter__(self) -> Display:
        missing = [t for t in (["xev"] if self.display else ["Xvfb", "xev"]) if not shutil.which(t)]
        if missing:
            raise BenchError(f"{' and '.join(missing)} not found: apt-get install -y xvfb x11-utils")
        try:
            if not self.display:
                self._start_xvfb()
            self._start_xev()
        except BaseException:
            self.__exit__()
            raise
        return self

    def _start_xvfb(self) -> None:
        """Xvfb on a display nobody uses (its lock file taken, which ``-displayfd`` alone would
        not do); it writes the number to the pipe once it takes connections."""
        first = 100 + os.getpid() % 400
        for number in range(first, first + 50):
            if any(Path(f).exists() for f in (f"/tmp/.X{number}-lock", f"/tmp/.X11-unix/X{number}")):
                continue
            read_fd, write_fd = os.pipe()
            with open(self.work / "xvfb.log", "wb") as log:
                self.xvfb = subprocess.Popen(
                    ["Xvfb", f":{number}", "-displayfd", str(write_fd), "-screen", "0",
                     "1280x800x24", "-nolisten", "tcp", "-noreset"],
                    pass_fds=(write_fd,), stdout=log, stderr=subprocess.STDOUT,
                    stdin=subprocess.DEVNULL, start_new_session=True)
            os.close(write_fd)
            written = b""
            try:  # read up to its newline: closing the pipe earlier makes Xvfb give up
                deadline = time.perf_counter() + 15
                while not written.endswith(b"\n") and time.perf_counter() < deadline:
                    ready, _, _ = select.select([read_fd], [], [], 0.5)
                    chunk = os.read(read_fd, 32) if ready else b""
                    if ready and not chunk:
                        break  # Xvfb ended
                    written += chunk
            finally:
                os.close(read_fd)
            if written.decode(errors="replace").strip() == str(number):
                self.display = f":{number}"
                return
            stop(self.xvfb)  # display taken after all (or a broken server): the next one
            self.xvfb = None
        log_text = (self.work / "xvfb.log").read_text(errors="replace").strip()
        raise BenchError(f"Xvfb did not start: {log_text[-500:] or 'no free display'}")

    def _start_xev(self) -> None:
        for _attempt in range(5):  # Xvfb may not take connections yet: xev then ends at once
            self.events = queue.Queue()
            with open(self.work / "xev.log", "wb") as log:
                self.xev = subprocess.Popen(
                    ["xev", "-display", self.display, "-root", "-event", "substructure"],
                    stdout=subprocess.PIPE, stderr=log, stdin=subprocess.DEVNULL,
                    text=True, bufsize=1, start_new_session=True)
            threading.Thread(target=self._read, args=(self.xev, self.events), daemon=True).start()
            try:
                if self._probe():
                    return
            except BenchError:
                pass
            stop(self.xev)
            time.sleep(0.5)
        raise BenchError(f"xev on {self.display} sees no window being mapped: {self.xev_log()}")

    def _probe(self) -> bool:
        """Whether xev reports a window mapped by another client (it selects its events some
        time after it starts)."""
        for _ in range(5):
            probe = subprocess.Popen(["xev", "-display", self.display, "-geometry", "8x8"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                     start_new_session=True)
            try:
                seen = self.wait_map(time.perf_counter() + 2, probe, set_created=False)
            finally:
                stop(probe)
            if isinstance(seen, float):
                time.sleep(0.2)
                self.drain()
                return True
        return False

    @staticmethod
    def _read(xev: subprocess.Popen[str], events: queue.Queue[Event | None]) -> None:
        """xev prints a blank line, then an event over a few lines: an event is passed on as
        soon as its lines have what is needed, with the time its first line was read."""
        assert xev.stdout is not None
        block = ""
        started = 0.0
        done = False
        for line in xev.stdout:
            if not line.strip():
                block, done = "", False
                continue
            if not block:
                started = time.perf_counter()
            block += line
            if done:
                continue
            m = None
            if block.startswith("CreateNotify"):
                m = re.search(r"parent 0x\w+, window (0x\w+).*?override (YES|NO)", block, re.S)
            elif block.startswith("MapNotify"):
                m = re.search(r"event 0x\w+, window (0x\w+), override (YES|NO)", block)
            if m:
                events.put((started, block.split(" ", 1)[0], m[1], m[2] == "YES"))
                done = True
        events.put(None)  # xev ended

    def xev_log(self) -> str:
        return (self.work / "xev.log").read_text(errors="replace").strip()[-300:]

    def drain(self) -> None:
        with contextlib.suppress(queue.Empty):
            while True:
                if self.events.get_nowait() is None:
                    raise BenchError(f"xev stopped: {self.xev_log()}")

    def wait_map(self, deadline: float, proc: subprocess.Popen[bytes],
                 set_created: bool = True) -> float | str:
        """The time the first top-level window (not override-redirect) created since the last
        drain was mapped, or why there was none."""
        created: set[str] = set()
        while True:
            left = deadline - time.perf_counter()
            if left <= 0:
                return "no window mapped before the timeout"
            try:
                event = self.events.get(timeout=min(left, 0.2))
            except queue.Empty:
                if exited(proc):
                    return "exited before mapping a window"
                continue
            if event is None:
                raise BenchError(f"xev stopped: {self.xev_log()}")
            when, kind, window, override = event
            if kind == "CreateNotify":
                created.add(window)
            elif not override and (window in created or not set_created):
                return when

    def __exit__(self, *_exc: object) -> None:
        for proc in (self.xev, self.xvfb):
            if proc is not None:
                stop(proc)


def exited(proc: subprocess.Popen[bytes] | subprocess.Popen[str]) -> bool:
    """Whether the process has ended, without reaping it: while it is not reaped its pid (and
    so its process group id) cannot belong to anybody else."""
    if proc.returncode is not None:
        return True
    return os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None


def stop(proc: subprocess.Popen[bytes] | subprocess.Popen[str]) -> None:
    """SIGTERM to the process's group (each was started in its own session), SIGKILL to the
    group after 3 s or once the leader has ended (whatever it left behind), then reap it."""
    if proc.returncode is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        deadline = time.perf_counter() + 3
        while not exited(proc) and time.perf_counter() < deadline:
            time.sleep(0.02)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    if proc.stdout is not None:
        proc.stdout.close()


# ---------------------------------------------------------------- runs


@dataclass
class Kind:
    name: str
    argv: list[str]
    times: list[float | None] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    messages: dict[str, int] = field(default_factory=dict)  # stderr/stdout lines seen, counted

    def ok(self) -> list[float]:
        return [t for t in self.times if t is not None]

    def summary(self) -> dict[str, object]:
        first = self.times[0] if self.times else None
        rest = [t for t in self.times[1:] if t is not None]
        return {"argv": self.argv, "runs_s": self.times, "first_s": first,
                "median_rest_s": statistics.median(rest) if rest else None,
                "min_rest_s": min(rest) if rest else None, "max_rest_s": max(rest) if rest else None,
                "failed": self.errors, "output_lines": self.messages}


def clean_env(home: Path, display: str) -> dict[str, str]:
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": str(home),
           "TMPDIR": str(home / "tmp"), "FEEDBACK_DESK_DB": f"sqlite:///{home}/desk.sqlite"}
    if display:
        env["DISPLAY"] = display
        if os.environ.get("XAUTHORITY"):  # xvfb-run's cookie, for --display
            env["XAUTHORITY"] = os.environ["XAUTHORITY"]
    for var, sub in (("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                     ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state"),
                     ("XDG_RUNTIME_DIR", "runtime")):
        env[var] = str(home / sub)
    for path in [home / "tmp", *(Path(env[v]) for v in env if v.startswith("XDG_"))]:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return env


def one_run(kind: Kind, work: Path, display: Display | None, timeout: float) -> None:
    home = Path(tempfile.mkdtemp(prefix=f"{kind.name}-", dir=work))
    env = clean_env(home, display.display if display else "")
    log_path = home / "output.log"
    result: float | str
    with open(log_path, "wb") as log:
        if display:
            time.sleep(0.3)  # let the server finish with the previous client, then forget its events
            display.drain()
        t0 = time.perf_counter()
        proc = subprocess.Popen(kind.argv, env=env, cwd=home, stdin=subprocess.DEVNULL, stdout=log,
                                stderr=subprocess.STDOUT, start_new_session=True)
        try:
            if display:
                result = display.wait_map(t0 + timeout, proc)
                result = result - t0 if isinstance(result, float) else result
            else:
                while not exited(proc) and time.perf_counter() < t0 + timeout:
                    time.sleep(0.001)
                end = time.perf_counter()
                result = end - t0 if exited(proc) else "did not exit before the timeout"
        finally:
            stop(proc)  # also whatever it left in its process group; reaps it
    if isinstance(result, float) and not display and proc.returncode != 0:
        result = f"exit status {proc.returncode}"
    for line in log_path.read_text(errors="replace").splitlines():
        line = re.sub(re.escape(str(home)), "$HOME", line.strip())
        if line:
            kind.messages[line] = kind.messages.get(line, 0) + 1
    shutil.rmtree(home, ignore_errors=True)
    if isinstance(result, str):
        kind.times.append(None)
        kind.errors.append(result)
    else:
        kind.times.append(result)


def interleave(kinds: list[Kind], runs: int, work: Path, display: Display | None,
               timeout: float) -> None:
    for r in range(runs):
        shift = r % len(kinds)
        for kind in kinds[shift:] + kinds[:shift]:
            one_run(kind, work, display, timeout)


# ---------------------------------------------------------------- report


def fmt_kind(kind: Kind) -> str:
    s = kind.summary()
    first = s["first_s"]
    med, lo, hi = s["median_rest_s"], s["min_rest_s"], s["max_rest_s"]
    text = f"first {first * 1000:5.0f} ms" if isinstance(first, float) else "first  failed"
    if isinstance(med, float) and isinstance(lo, float) and isinstance(hi, float):
        text += f", median {med * 1000:5.0f} ms ({lo * 1000:.0f}–{hi * 1000:.0f})"
    if kind.errors:
        text += f", {len(kind.errors)} failed"
    return text


def median_rest(kind: Kind | None) -> float | None:
    if kind is None:
        return None
    value = kind.summary()["median_rest_s"]
    return value if isinstance(value, float) else None


def ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


def rx(value: float | None) -> str:
    return f"{value:.2f}x" if value is not None else "n/a"


def print_size(bundle: Size, floor: Size | None) -> None:
    print(f"\nsize: {bundle.path}: {mb(bundle.apparent)} ({bundle.apparent / 2**20:.1f} MiB) "
          f"in {bundle.files} files + {bundle.symlinks} symlinks, {mb(bundle.on_disk)} on disk; "
          f"target <= {mb(TARGET_BYTES)}: {'met' if bundle.apparent <= TARGET_BYTES else 'NOT met'}")
    if floor:
        print(f"  floor (hello QMainWindow, default one-folder build): {mb(floor.apparent)} "
              f"-> bundle = {bundle.apparent / floor.apparent:.2f}x floor, "
              f"+{mb(bundle.apparent - floor.apparent)}")
    if not bundle.pyz:
        print("  (PYZ archive not read: the executable's pure-Python modules are one item)")
    print(f"  {'item':44} {'bundle':>9} {'floor':>9}  largest parts")
    for name, item in bundle.top(15):
        in_floor = floor.items.get(name) if floor else None
        parts = sorted(item.members, key=lambda m: -m[1])[:3] if len(item.members) > 1 else []
        detail = ", ".join(f"{Path(p).name if ':' not in p else p.split(': ')[1]} {mb(s)}"
                           for p, s in parts)
        print(f"  {name[:44]:44} {mb(item.size):>9} {mb(in_floor.size) if in_floor else '-':>9}"
              f"  {detail}")
    shown = sum(item.size for _, item in bundle.top(15))
    print(f"  {'(everything else)':44} {mb(bundle.apparent - shown):>9}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    dist = Path(os.environ.get("FEEDBACK_DESK_DIST", ROOT / "dist")) / "feedback-desk"
    parser.add_argument("--bundle", default=str(dist),
                        help="the one-folder build or its executable (default: %(default)s)")
    parser.add_argument("--source", default=str(ROOT / ".venv/bin/feedback-desk"),
                        help="the source install's console script (default: %(default)s)")
    parser.add_argument("--python", help="python for the floor (default: next to --source)")
    parser.add_argument("--pyinstaller", help="the build venv's pyinstaller (default: "
                        + " else ".join(map(str, PYINSTALLERS)) + ")")
    parser.add_argument("--no-floor-build", action="store_true", help="skip the ~40 s floor build")
    parser.add_argument("--runs", type=int, default=7, help="startup runs of each kind (default 7)")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for a window")
    parser.add_argument("--display", help="use this X display (e.g. xvfb-run's) instead of "
                        "starting Xvfb; it should have no window manager")
    parser.add_argument("--json", metavar="FILE", help="also write the figures here")
    args = parser.parse_args()

    exe = Path(args.bundle).absolute()  # absolute, not resolved: a venv's python is a symlink
    if exe.is_dir():
        exe = exe / "feedback-desk"
    source = Path(args.source).absolute()
    python = Path(args.python).absolute() if args.python else source.parent / "python"
    pyinstaller = Path(args.pyinstaller).absolute() if args.pyinstaller else next(
        (p for p in PYINSTALLERS if p.exists()), None)
    for path, what in ((exe, "--bundle executable"), (source, "--source"), (python, "--python")):
        if not os.access(path, os.X_OK):
            print(f"bench_installer: {what} not found or not executable: {path}", file=sys.stderr)
            return 2
    build_python = pyinstaller.parent / "python" if pyinstaller else None
    report: dict[str, object] = {
        "machine": {"cpus": os.cpu_count(), "kernel": platform.release(),
                    "date": time.strftime("%Y-%m-%d %H:%M:%S")},
        "target_bytes": TARGET_BYTES}

    def on_term(_sig: int, _frame: object) -> None:
        raise SystemExit(143)

    signal.signal(signal.SIGTERM, on_term)
    work = Path(tempfile.mkdtemp(prefix="bench-installer-"))
    try:
        floor_exe: Path | None = None
        floor_size: Size | None = None
        if not args.no_floor_build:
            if pyinstaller is None or not pyinstaller.exists():
                print("floor build skipped: no pyinstaller (give --pyinstaller)", file=sys.stderr)
            else:
                print(f"building the floor with {pyinstaller} …", flush=True)
                floor_exe, took, tail = build_floor(pyinstaller, work / "floor")
                print(f"  {'built' if floor_exe else 'FAILED'} in {took:.0f} s", flush=True)
                if floor_exe is None:
                    print(tail, file=sys.stderr)
                else:
                    floor_size = measure_size(floor_exe.parent, floor_exe, build_python)
        bundle_size = measure_size(exe.parent, exe, build_python)
        report["size"] = {"bundle": bundle_size.as_json(),
                          "floor": floor_size.as_json() if floor_size else None,
                          "method": "os.walk + lstat: files and symlinks (as links), hard links "
                                    "once, directories not counted"}
        print_size(bundle_size, floor_size)

        kinds = [Kind("frozen", [str(exe)]), Kind("source", [str(source)]),
                 Kind("floor", [str(python), "-c", FLOOR])]
        if floor_exe:
            kinds.append(Kind("floor-frozen", [str(floor_exe)]))
        print(f"\nstartup to the first window mapped, {args.runs} runs each, interleaved …",
              flush=True)
        with Display(work, args.display) as display:
            interleave(kinds, args.runs, work, display, args.timeout)
        by = {k.name: k for k in kinds}
        frozen, src, floor = (median_rest(by[n]) for n in ("frozen", "source", "floor"))
        ffloor = median_rest(by.get("floor-frozen"))
        ratios = {"frozen/source": ratio(frozen, src), "frozen/floor": ratio(frozen, floor),
                  "source/floor": ratio(src, floor), "frozen/floor-frozen": ratio(frozen, ffloor),
                  "floor-frozen/floor": ratio(ffloor, floor)}
        report["startup"] = {k.name: k.summary() for k in kinds} | {"ratios": ratios}
        for k in kinds:
            print(f"  {k.name:13} {fmt_kind(k)}")
        print("  " + ", ".join(f"{n} {rx(v)}" for n, v in ratios.items()))

        print(f"\n--version, process start to exit, {args.runs} runs each …", flush=True)
        versions = [Kind("frozen", [str(exe), "--version"]),
                    Kind("source", [str(source), "--version"]),
                    Kind("python", [str(python), "-c", "pass"])]
        interleave(versions, args.runs, work, None, args.timeout)
        vf, vs, vp = (median_rest(k) for k in versions)
        report["version"] = {k.name: k.summary() for k in versions} | {
            "ratios": {"frozen/source": ratio(vf, vs), "frozen/python": ratio(vf, vp),
                       "source/python": ratio(vs, vp)}}
        for k in versions:
            print(f"  {k.name:13} {fmt_kind(k)}")

        print("\nwhat the processes printed (runs that printed it):")
        quiet = True
        for what, group in (("startup", kinds), ("--version", versions)):
            for k in group:
                lines = [(n, line) for line, n in k.messages.items()
                         if not (what == "--version" and line.startswith("feedback-desk "))]
                for n, line in lines[:8]:
                    print(f"  {what} {k.name:13} [{n}] {line[:150]}")
                for error in sorted(set(k.errors)):
                    print(f"  {what} {k.name:13} FAILED {k.errors.count(error)}x: {error}")
                quiet = quiet and not lines and not k.errors
        if quiet:
            print("  nothing, no failures")

        def ms(v: float | None) -> str:
            return f"{v * 1000:.0f} ms" if v is not None else "n/a"

        print("\n| figure | value | floor | ratio |\n|---|---|---|---|")
        if floor_size:
            print(f"| bundle size (target <= 250 MB) | {mb(bundle_size.apparent)} | "
                  f"{mb(floor_size.apparent)} | {bundle_size.apparent / floor_size.apparent:.2f}x |")
        else:
            print(f"| bundle size (target <= 250 MB) | {mb(bundle_size.apparent)} | - | - |")
        print(f"| startup frozen (median) | {ms(frozen)} | {ms(floor)} | {rx(ratios['frozen/floor'])} |")
        print(f"| startup source (median) | {ms(src)} | {ms(floor)} | {rx(ratios['source/floor'])} |")
        print(f"| startup frozen / source | | | {rx(ratios['frozen/source'])} |")
        if floor_exe:
            print(f"| startup frozen floor | {ms(ffloor)} | {ms(floor)} | "
                  f"{rx(ratios['floor-frozen/floor'])} |")
        print(f"| --version frozen | {ms(vf)} | {ms(vp)} | {rx(ratio(vf, vp))} |")
        print(f"| --version source | {ms(vs)} | {ms(vp)} | {rx(ratio(vs, vp))} |")
        if args.json:
            Path(args.json).write_text(json.dumps(report, indent=2) + "\n")
            print(f"\nwritten: {args.json}")
    except BenchError as exc:
        print(f"bench_installer: {exc}", file=sys.stderr)
        return 2
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
