"""The Linux installer and ``self-test`` the way a roll-out meets them: odd home folders, two
installs at once, read-only and noexec media, a full disk, a tarball unpacked by another user, a
launcher or menu entry that is no longer ours, XDG variables that are empty or relative, a data
folder that is a link; a self-test with nowhere to keep its files, a temporary folder whose name
looks like a URL, a reader that stops early, an ASCII stdout, a deleted working folder, a display
that is not there.

install.sh and uninstall.sh run around a small FAKE bundle (what install.sh needs: an executable
``feedback-desk``, ``_internal/``, ``share/``, the two scripts, ``VERSION``), so these are fast.
Tests that mount a tmpfs or switch to the ``nobody`` user need root and skip otherwise. The
frozen app itself is checked in a few slow tests around one build of the bundle.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import stat
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from feedback_desk import __version__, self_test

from .conftest import Build

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "installer" / "linux"
#: what a user, and the file manager, may put in a home folder's name
ODD = "R&D|x \"q\" $v `t` é \\b%20 #1"
#: the same for the frozen app, less "%": core/db/migrate.py hands the migrations folder to
#: Alembic's ConfigParser, which reads "%" as interpolation (reported; not this file's to fix)
FROZEN_ODD = ODD.replace("%", "")


# -- helpers ---------------------------------------------------------------------------------------

def fake_bundle(parent: Path, *, size: int = 0, version: str = "0.1.0") -> Path:
    """An unpacked tarball's ``feedback-desk/`` folder with a program that prints its version."""
    app = parent / "feedback-desk"
    (app / "_internal").mkdir(parents=True)
    exe = app / "feedback-desk"
    exe.write_text(f"#!/bin/sh\necho 'feedback-desk {version}'\n")
    exe.chmod(0o755)
    (app / "_internal" / "lib.so").write_bytes(b"\0" * 1024)
    for n in range(size // 1_000_000):
        (app / "_internal" / f"big{n}.so").write_bytes(os.urandom(1_000_000))
    (app / "share" / "applications").mkdir(parents=True)
    shutil.copy(LINUX / "feedback-desk.desktop", app / "share" / "applications")
    for sub, name in (("scalable", "feedback-desk.svg"), ("16x16", "feedback-desk.png")):
        icons = app / "share" / "icons" / "hicolor" / sub / "apps"
        icons.mkdir(parents=True)
        (icons / name).write_text("icon")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy(LINUX / script, app / script)
        (app / script).chmod(0o755)
    (app / "VERSION").write_text(version + "\n")
    return app


def user_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "FEEDBACK_DESK_"))}
    env.update({"HOME": str(home), "PATH": "/usr/bin:/bin:/usr/sbin:/sbin", **extra})
    return env


def sh(script: Path, *args: str, env: dict[str, str], cwd: Path | None = None,
       user: str | None = None, umask: str | None = None) -> subprocess.CompletedProcess[str]:
    command = ["bash", str(script), *args]
    if umask is not None:
        command = ["bash", "-c", f'umask {umask}; exec "$@"', "bash", *command]
    if user is not None:
        command = ["runuser", "-u", user, "--", "env", *(f"{k}={v}" for k, v in env.items()),
                   *command]
    return subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL)


def installed(home: Path) -> dict[str, Path]:
    local = home / ".local"
    return {"app": local / "opt" / "feedback-desk", "launcher": local / "bin" / "feedback-desk",
            "desktop": local / "share" / "applications" / "feedback-desk.desktop",
            "icon": local / "share" / "icons" / "hicolor" / "scalable" / "apps"
                    / "feedback-desk.svg"}


def exec_path(desktop: Path) -> tuple[str, str]:
    """Exec= and TryExec= of a desktop entry as a launcher reads them: string escapes first,
    then Exec's quoting, then %% (Desktop Entry Specification 1.5)."""
    values = dict(line.split("=", 1) for line in desktop.read_text().splitlines() if "=" in line)

    def unescape(value: str) -> str:
        out, chars = [], iter(value)
        for c in chars:
            if c == "\\":
                n = next(chars)
                out.append({"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}.get(n, "\\" + n))
            else:
                out.append(c)
        return "".join(out)

    exec_ = unescape(values["Exec"])
    assert exec_.startswith('"') and exec_.endswith('"'), exec_
    arg, chars = [], iter(exec_[1:-1])
    for c in chars:
        if c == "\\":
            n = next(chars)
            assert n in '"`$\\', f"{n!r} may not be escaped in a quoted argument"
            arg.append(n)
        else:
            assert c not in '"`$', f"unescaped {c!r} in {exec_!r}"
            arg.append(c)
    return "".join(arg).replace("%%", "%"), unescape(values["TryExec"])


def validate(desktop: Path) -> None:
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True,
                              text=True)
        assert done.returncode == 0, done.stdout + done.stderr


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".new." in p.name or ".old." in p.name)


def need_root() -> None:
    if os.geteuid() != 0:
        pytest.skip("needs root (mounts, other users' files)")


def need_nobody() -> None:
    need_root()
    if shutil.which("runuser") is None:
        pytest.skip("runuser (util-linux) is missing")
    try:
        pwd.getpwnam("nobody")
    except KeyError:
        pytest.skip("there is no user 'nobody'")


@contextlib.contextmanager
def tmpfs(where: Path, options: str) -> Iterator[Path]:
    need_root()
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield where
    finally:
        if subprocess.run(["umount", str(where)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(where)], capture_output=True)


def remount(where: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(where)], check=True)


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A temporary folder the user ``nobody`` can reach (pytest's own is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="fd-install-", dir="/tmp"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        subprocess.run(["chmod", "-R", "u+w", str(folder)], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


# -- install.sh ------------------------------------------------------------------------------------

def test_a_home_folder_with_quotes_ampersands_and_backslashes(tmp_path: Path) -> None:
    app = fake_bundle(tmp_path / "unpacked")
    home = tmp_path / ODD
    home.mkdir()
    env = user_env(home)
    done = sh(app / "install.sh", env=env)
    assert done.returncode == 0, done.stderr
    paths = installed(home)
    exe = paths["app"] / "feedback-desk"
    validate(paths["desktop"])
    assert exec_path(paths["desktop"]) == (str(exe), str(exe))
    assert subprocess.run([str(paths["launcher"])], capture_output=True, text=True).stdout \
        == "feedback-desk 0.1.0\n"
    gone = sh(paths["app"] / "uninstall.sh", env=env)
    assert gone.returncode == 0, gone.stderr
    assert not any(p.exists() or p.is_symlink() for p in paths.values())


def test_the_menu_entry_goes_where_xdg_data_home_says(tmp_path: Path) -> None:
    app = fake_bundle(tmp_path / "unpacked")
    data = tmp_path / "elsewhere" / "share"
    env = user_env(tmp_path / "home", XDG_DATA_HOME=str(data))
    assert sh(app / "install.sh", env=env).returncode == 0
    desktop = data / "applications" / "feedback-desk.desktop"
    assert desktop.is_file() and (data / "icons/hicolor/scalable/apps/feedback-desk.svg").is_file()
    assert not installed(tmp_path / "home")["desktop"].exists()
    assert sh(installed(tmp_path / "home")["app"] / "uninstall.sh", env=env).returncode == 0
    assert not desktop.exists()
    # a relative XDG_DATA_HOME is no XDG_DATA_HOME (the desktop ignores it too)
    env = user_env(tmp_path / "home", XDG_DATA_HOME="share")
    assert sh(app / "install.sh", env=env, cwd=tmp_path).returncode == 0
    assert installed(tmp_path / "home")["desktop"].is_file()
    assert not (tmp_path / "share").exists()


def test_two_installs_started_at_once(tmp_path: Path) -> None:
    if shutil.which("flock") is None:
        pytest.skip("flock (util-linux) is missing")
    app = fake_bundle(tmp_path / "unpacked", size=8_000_000)
    home = tmp_path / "home"
    env = user_env(home)
    assert sh(app / "install.sh", env=env).returncode == 0
    paths = installed(home)
    for _round in range(3):
        runs = [subprocess.Popen(["bash", str(app / "install.sh")], env=env, text=True,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                for _ in range(4)]
        results = [(p.wait(timeout=120), p.stderr.read() if p.stderr else "") for p in runs]
        for p in runs:
            for stream in (p.stdout, p.stderr):
                if stream:
                    stream.close()
        assert all(code == 0 for code, _ in results), results
        assert all("updated Feedback Desk" in err for _, err in results), results
        assert sorted(p.name for p in paths["app"].iterdir()) == [
            ".installed-files", "VERSION", "_internal", "feedback-desk", "share", "uninstall.sh"]
        assert leftovers(paths["app"].parent) == []
        manifest = (paths["app"] / ".installed-files").read_text().splitlines()
        assert len(manifest) == len(set(manifest)) == 4, manifest


def test_not_while_the_installed_app_runs(tmp_path: Path) -> None:
    """A running frozen app opens its bundled modules anew at each import: an update (or
    uninstall) under it made a running self-test fail half-way through migrating its database
    and exit with "appears to have been moved or deleted". The Windows installer refuses too."""
    sleep = shutil.which("sleep")
    assert sleep is not None
    app = fake_bundle(tmp_path / "unpacked")
    shutil.copy(sleep, app / "feedback-desk")  # a real program, so /proc/PID/exe names it
    home = tmp_path / "home"
    env = user_env(home)
    assert sh(app / "install.sh", env=env).returncode == 0
    paths = installed(home)
    proc = subprocess.Popen([str(paths["launcher"]), "60"])
    try:
        for script in (app / "install.sh", paths["app"] / "uninstall.sh"):
            done = sh(script, env=env)
            assert done.returncode == 1, done.stderr
            assert f"Feedback Desk is running from {paths['app']} (process {proc.pid} (" \
                in done.stderr
        assert paths["launcher"].is_symlink() and (paths["app"] / "uninstall.sh").is_file()
    finally:
        proc.kill()
        proc.wait()
    done = sh(app / "install.sh", env=env)
    assert done.returncode == 0 and "updated" in done.stderr, done.stderr


def test_unpacked_by_another_user_with_a_private_umask(tmp_path: Path) -> None:
    """`tar xzf` as the IT officer (umask 077), then `sudo ./install.sh --system`: the program
    must be root's (not writable by the officer's account) and readable by every user."""
    need_root()
    app = fake_bundle(tmp_path / "unpacked")
    for path in (app, *app.rglob("*")):
        os.lchown(path, 65534, 65534)
        if not path.is_symlink():
            path.chmod(path.stat().st_mode & 0o700)
    prefix = tmp_path / "usr local"
    done = sh(app / "install.sh", "--prefix", str(prefix), env=user_env(tmp_path / "root"),
              umask="077")
    assert done.returncode == 0, done.stderr
    made = [prefix / "opt" / "feedback-desk", *(prefix / "opt").rglob("*"),
            *(prefix / "share").rglob("feedback-desk*")]
    for path in made:
        info = path.lstat()
        assert (info.st_uid, info.st_gid) == (0, 0), path
        if not path.is_symlink():
            assert info.st_mode & 0o044 == 0o044 and not info.st_mode & 0o022, \
                f"{path}: {stat.filemode(info.st_mode)}"
    assert os.stat(prefix / "opt/feedback-desk/feedback-desk").st_mode & 0o111 == 0o111


def test_installing_from_a_read_only_noexec_medium_as_a_user(shared_tmp: Path) -> None:
    """A CD, an ISO or a stick mounted noexec: files read-only, nothing executable in place.
    As a normal user (root ignores file modes) the copy must install, update and uninstall
    cleanly, and never leave a `.new.*` folder nobody can delete."""
    need_nobody()
    home = shared_tmp / "home"
    home.mkdir()
    os.chown(home, 65534, 65534)
    with tmpfs(shared_tmp / "medium", "size=8m,mode=755") as medium:
        app = fake_bundle(medium)
        subprocess.run(["chmod", "-R", "a-w", str(app)], check=True)
        remount(medium, "ro,noexec")
        env = user_env(home)
        first = sh(app / "install.sh", env=env, user="nobody")
        assert first.returncode == 0, first.stderr
        again = sh(app / "install.sh", env=env, user="nobody")
        assert again.returncode == 0 and "updated" in again.stderr, again.stderr
    paths = installed(home)
    assert leftovers(paths["app"].parent) == []
    assert subprocess.run(["runuser", "-u", "nobody", "--", str(paths["launcher"])],
                          capture_output=True, text=True).stdout == "feedback-desk 0.1.0\n"
    gone = sh(paths["app"] / "uninstall.sh", env=env, user="nobody")
    assert gone.returncode == 0, gone.stderr
    assert list((home / ".local" / "opt").iterdir()) == []


def test_a_full_disk_keeps_the_installed_version(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "home", "size=4m") as home:
        env = user_env(home)
        old = fake_bundle(tmp_path / "old", version="0.1.0")
        assert sh(old / "install.sh", env=env).returncode == 0
        new = fake_bundle(tmp_path / "new", size=6_000_000, version="0.2.0")
        subprocess.run(["chmod", "-R", "a-w", str(new / "_internal")], check=True)
        done = sh(new / "install.sh", env=env)
        subprocess.run(["chmod", "-R", "u+w", str(new)], check=True)
        assert done.returncode == 1
        assert "the installed version is unchanged" in done.stderr
        paths = installed(home)
        assert leftovers(paths["app"].parent) == []
        assert subprocess.run([str(paths["launcher"])], capture_output=True,
                              text=True).stdout == "feedback-desk 0.1.0\n"
        assert shutil.disk_usage(home).used < 1_000_000  # the half copy is gone


def test_leftovers_of_a_killed_install_are_cleared(tmp_path: Path) -> None:
    app = fake_bundle(tmp_path / "unpacked")
    env = user_env(tmp_path / "home")
    opt = tmp_path / "home" / ".local" / "opt"
    stale = fake_bundle(opt / "x").rename(opt / "feedback-desk.new.99999")
    subprocess.run(["chmod", "-R", "a-w", str(stale)], check=True)
    done = sh(app / "install.sh", env=env)
    assert done.returncode == 0, done.stderr
    assert leftovers(opt) == []


def test_unpacked_right_where_it_belongs(tmp_path: Path) -> None:
    """`tar xzf … -C /opt && sudo /opt/feedback-desk/install.sh --system`: nothing to copy,
    but the command, the menu entry and an uninstaller that works are still wanted."""
    prefix = tmp_path / "prefix"
    app = fake_bundle(prefix / "opt")
    env = user_env(tmp_path / "home")
    done = sh(app / "install.sh", "--prefix", str(prefix), env=env)
    assert done.returncode == 0, done.stderr
    assert "set up Feedback Desk" in done.stderr
    assert (prefix / "bin" / "feedback-desk").resolve() == app / "feedback-desk"
    assert (prefix / "share/applications/feedback-desk.desktop").is_file()
    gone = sh(app / "uninstall.sh", env=env)
    assert gone.returncode == 0, gone.stderr
    assert not app.exists() and not (prefix / "bin" / "feedback-desk").is_symlink()


def test_prefix_relative_empty_or_with_a_trailing_slash(tmp_path: Path) -> None:
    app = fake_bundle(tmp_path / "unpacked")
    env = user_env(tmp_path / "home")
    empty = sh(app / "install.sh", "--prefix=", env=env, cwd=tmp_path)
    assert empty.returncode == 2 and "--prefix needs a folder" in empty.stderr
    assert not (tmp_path / "opt").exists()
    done = sh(app / "install.sh", "--prefix", "rel/p/", env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "//" not in done.stderr
    assert (tmp_path / "rel/p/bin/feedback-desk").resolve() == \
        tmp_path / "rel/p/opt/feedback-desk/feedback-desk"


def test_a_system_install_asks_for_root(tmp_path: Path) -> None:
    need_nobody()
    app = fake_bundle(tmp_path / "unpacked")
    prefix = Path(tempfile.mkdtemp(prefix="fd-root-owned-", dir="/tmp"))
    try:
        prefix.chmod(0o755)
        assert sh(app / "install.sh", "--prefix", str(prefix), env=user_env(tmp_path)).returncode \
            == 0
        uninstall = prefix / "opt" / "feedback-desk" / "uninstall.sh"
        done = sh(uninstall, env=user_env(Path("/nonexistent")), user="nobody")
        assert done.returncode == 1
        assert "sudo" in done.stderr and "Permission denied" not in done.stderr
        assert (prefix / "bin" / "feedback-desk").is_symlink() and uninstall.exists()
    finally:
        shutil.rmtree(prefix)


def test_root_without_system_is_told_it_installs_for_root_only(tmp_path: Path) -> None:
    need_root()
    app = fake_bundle(tmp_path / "unpacked")
    env = user_env(tmp_path / "home")
    done = sh(app / "install.sh", env=env)
    assert done.returncode == 0 and "for root only" in done.stderr and "--system" in done.stderr
    prefixed = sh(app / "install.sh", "--prefix", str(tmp_path / "p"), env=env)
    assert prefixed.returncode == 0 and "for root only" not in prefixed.stderr


def test_a_real_system_install_in_a_private_mount_namespace(tmp_path: Path) -> None:
    """--system for real (/opt, /usr/local), on tmpfs mounts only this test's namespace sees:
    installed as root for everyone, refused with a clear message to another user's uninstall,
    removed by root."""
    need_nobody()
    if shutil.which("unshare") is None:
        pytest.skip("unshare (util-linux) is missing")
    app = fake_bundle(tmp_path / "unpacked")
    script = r"""
        mount -t tmpfs -o mode=755 tmpfs /opt && mount -t tmpfs -o mode=755 tmpfs /usr/local \
            || exit 99
        bash "$1/install.sh" --system; echo "install=$?"
        stat -c 'owner=%U:%G mode=%a' /opt/feedback-desk /opt/feedback-desk/feedback-desk
        echo "link=$(readlink /usr/local/bin/feedback-desk)"
        echo "as user: $(runuser -u nobody -- env HOME=/ /usr/local/bin/feedback-desk)"
        runuser -u nobody -- env HOME=/ bash /opt/feedback-desk/uninstall.sh; echo "user=$?"
        [ -L /usr/local/bin/feedback-desk ] && [ -f /opt/feedback-desk/uninstall.sh ] \
            && [ -f /usr/local/share/applications/feedback-desk.desktop ] && echo "all there"
        bash /opt/feedback-desk/uninstall.sh; echo "root=$?"
        echo "left: $(ls -A /opt)$(ls -A /usr/local/bin)"
    """
    done = subprocess.run(["unshare", "-m", "--propagation", "private", "bash", "-c", script,
                           "bash", str(app)], env=user_env(tmp_path / "root"),
                          capture_output=True, text=True, timeout=120)
    if done.returncode == 99 or "unshare failed" in done.stderr:
        pytest.skip(f"no private mount namespace here: {done.stderr.strip()}")
    assert done.stdout.splitlines() == [
        "install=0", "owner=root:root mode=755", "owner=root:root mode=755",
        "link=/opt/feedback-desk/feedback-desk", "as user: feedback-desk 0.1.0",
        "user=1", "all there", "root=0", "left: "], done.stderr
    assert "sudo /opt/feedback-desk/uninstall.sh" in done.stderr
    assert "Permission denied" not in done.stderr


# -- uninstall.sh ----------------------------------------------------------------------------------

def test_a_launcher_that_is_no_longer_ours_is_kept(tmp_path: Path) -> None:
    app = fake_bundle(tmp_path / "unpacked")
    home = tmp_path / "home"
    env = user_env(home)
    assert sh(app / "install.sh", env=env).returncode == 0
    paths = installed(home)
    paths["launcher"].unlink()
    paths["launcher"].write_text("#!/bin/sh\nexec /srv/feedback-desk/feedback-desk \"$@\"\n")
    done = sh(paths["app"] / "uninstall.sh", env=env)
    assert done.returncode == 0, done.stderr
    assert "kept" in done.stderr and paths["launcher"].read_text().startswith("#!/bin/sh")
    # and one pointing at another installation
    assert sh(app / "install.sh", env=env).returncode == 0
    paths["launcher"].unlink()
    paths["launcher"].symlink_to(tmp_path / "other" / "feedback-desk")
    assert sh(paths["app"] / "uninstall.sh", env=env).returncode == 0
    assert paths["launcher"].is_symlink()
    assert not paths["app"].exists() and not paths["desktop"].exists()


def test_uninstall_through_another_path_to_the_same_folder(tmp_path: Path) -> None:
    """HOME reached through a link (/home -> /data/home): the launcher names the link's path,
    the uninstaller is run by its real one; the launcher must still go."""
    real = tmp_path / "data" / "home"
    real.mkdir(parents=True)
    (tmp_path / "home").symlink_to(real)
    app = fake_bundle(tmp_path / "unpacked")
    env = user_env(tmp_path / "home")
    assert sh(app / "install.sh", env=env).returncode == 0
    done = sh(real / ".local/opt/feedback-desk/uninstall.sh", env=env)
    assert done.returncode == 0, done.stderr
    assert not (real / ".local/bin/feedback-desk").is_symlink()
    assert not (real / ".local/share/applications/feedback-desk.desktop").exists()


def test_the_menu_entry_of_another_installation_is_kept(tmp_path: Path) -> None:
    prefix = tmp_path / "usr"
    app = fake_bundle(tmp_path / "unpacked")
    env = user_env(tmp_path / "home")
    assert sh(app / "install.sh", "--prefix", str(prefix), env=env).returncode == 0
    other = fake_bundle(tmp_path / "other")  # installed since by hand, same menu entry name
    desktop = prefix / "share/applications/feedback-desk.desktop"
    desktop.write_text(desktop.read_text().replace(str(prefix / "opt/feedback-desk"), str(other)))
    icon = prefix / "share/icons/hicolor/scalable/apps/feedback-desk.svg"
    done = sh(prefix / "opt/feedback-desk/uninstall.sh", env=env)
    assert done.returncode == 0, done.stderr
    assert desktop.is_file() and icon.is_file()
    assert f"kept {desktop}" in done.stderr


def test_the_list_of_installed_files_cannot_delete_anything_else(tmp_path: Path) -> None:
    app = fake_bundle(tmp_path / "unpacked")
    home = tmp_path / "home"
    env = user_env(home)
    assert sh(app / "install.sh", env=env).returncode == 0
    precious = tmp_path / "report.pdf"
    precious.write_text("mine")
    with (installed(home)["app"] / ".installed-files").open("a") as manifest:
        manifest.write(f"{precious}\n")
    done = sh(installed(home)["app"] / "uninstall.sh", env=env)
    assert done.returncode == 0 and precious.read_text() == "mine"


def test_remove_data_ignores_empty_and_relative_xdg_folders(tmp_path: Path) -> None:
    """XDG_CACHE_HOME=. would have made `rm -rf ./feedback-desk`: in a folder holding the
    project's own clone, say. The app ignores such values (platformdirs, Qt); so does this."""
    app = fake_bundle(tmp_path / "unpacked")
    home = tmp_path / "home"
    work = tmp_path / "work"
    (work / "feedback-desk").mkdir(parents=True)
    (work / "feedback-desk" / "setup.py").write_text("mine")
    data = home / ".local/share/feedback-desk"
    cache = home / ".cache/feedback-desk"
    for folder in (data, cache):
        folder.mkdir(parents=True)
        (folder / "x").write_text("app")
    env = user_env(home, XDG_CACHE_HOME=".", XDG_DATA_HOME="", XDG_CONFIG_HOME="cfg")
    assert sh(app / "install.sh", env=env).returncode == 0
    done = sh(installed(home)["app"] / "uninstall.sh", "--remove-data", "--yes", env=env,
              cwd=work)
    assert done.returncode == 0, done.stderr
    assert (work / "feedback-desk" / "setup.py").read_text() == "mine"
    assert not data.exists() and not cache.exists()


def test_remove_data_never_deletes_through_a_link(tmp_path: Path) -> None:
    app = fake_bundle(tmp_path / "unpacked")
    home = tmp_path / "home"
    nas = tmp_path / "nas" / "feedback-desk"
    nas.mkdir(parents=True)
    (nas / "desk.sqlite").write_text("db")
    (home / ".local/share").mkdir(parents=True)
    (home / ".local/share/feedback-desk").symlink_to(nas)
    env = user_env(home)
    assert sh(app / "install.sh", env=env).returncode == 0
    done = sh(installed(home)["app"] / "uninstall.sh", "--remove-data", "--yes", env=env)
    assert done.returncode == 0, done.stderr
    assert (nas / "desk.sqlite").read_text() == "db"
    assert not (home / ".local/share/feedback-desk").is_symlink()
    assert "removed the link" in done.stderr


# -- self-test ---------------------------------------------------------------------------------------

@pytest.fixture
def selftest_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    home = tmp_path / "home"
    for name, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                      ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(name, str(home / sub))
    monkeypatch.setenv("FEEDBACK_DESK_DB", f"sqlite:///{home / 'mine.sqlite'}")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    return dict(os.environ)


def source_self_test(*args: str) -> list[str]:
    return [sys.executable, "-m", "feedback_desk", "self-test", *args]


def test_keep_somewhere_impossible_says_so_at_once(tmp_path: Path,
                                                  selftest_env: dict[str, str]) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    for keep in (a_file, a_file / "sub"):
        out = _StringOut()
        started = time.monotonic()
        assert self_test.run(keep, out) == 1
        assert time.monotonic() - started < 2, "it ran the checks first"
        assert out.lines == [f"self-test: cannot keep the files in {keep}: "
                             + ("File exists" if keep == a_file else "Not a directory")]
    assert list((tmp_path / "tmp").iterdir()) == []


def test_keep_on_a_read_only_file_system(tmp_path: Path, selftest_env: dict[str, str]) -> None:
    with tmpfs(tmp_path / "ro", "ro,size=1m") as ro:
        for keep in (ro, ro / "kept"):
            out = _StringOut()
            assert self_test.run(keep, out) == 1
            assert out.lines[0].startswith(f"self-test: cannot keep the files in {keep}")
    assert list((tmp_path / "tmp").iterdir()) == []


def test_a_temporary_folder_named_like_a_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             selftest_env: dict[str, str]) -> None:
    """`%20` in TMPDIR made the database `a b/…`, outside the folder the self-test removes."""
    tmp = tmp_path / "tmp" / "100%20 sür"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    out = _StringOut()
    assert self_test.run(None, out) == 0, "\n".join(out.lines)
    assert sorted(p.name for p in (tmp_path / "tmp").iterdir()) == [tmp.name]
    assert list(tmp.iterdir()) == []


def test_a_reader_that_stops_early(selftest_env: dict[str, str]) -> None:
    """`feedback-desk self-test | head -1`: no BrokenPipeError on the terminal, and the exit
    code still says whether the checks passed."""
    proc = subprocess.Popen(source_self_test(), env=selftest_env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            stdin=subprocess.DEVNULL)
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline().startswith("Feedback Desk ")
    proc.stdout.close()
    code = proc.wait(timeout=120)
    err = proc.stderr.read()
    proc.stderr.close()
    assert code == 0 and "Broken pipe" not in err and "BrokenPipeError" not in err, err


def test_an_ascii_stdout(selftest_env: dict[str, str]) -> None:
    env = dict(selftest_env, PYTHONIOENCODING="ascii")
    done = subprocess.run(source_self_test(), env=env, capture_output=True, text=True,
                          encoding="ascii", timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stdout + done.stderr
    window = [line for line in done.stdout.splitlines() if "desk window" in line]
    assert window[0].lstrip().startswith("ok") and "?" in window[0]  # 1200×800 as 1200?800


def test_from_a_folder_that_was_deleted(tmp_path: Path, selftest_env: dict[str, str]) -> None:
    """Installed from the unpacked folder, the folder deleted, the terminal still in it:
    ReportLab fails to import without a working folder."""
    gone = tmp_path / "unpacked"
    gone.mkdir()
    script = 'cd "$1" && rmdir "$1" && shift && exec "$@"'
    done = subprocess.run(["sh", "-c", script, "sh", str(gone), *source_self_test()],
                          env=selftest_env, capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_display_that_is_not_there(selftest_env: dict[str, str]) -> None:
    number = next(n for n in range(97, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists()
                  and not Path(f"/tmp/.X{n}-lock").exists())
    env = {k: v for k, v in selftest_env.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["DISPLAY"] = f":{number}"
    started = time.monotonic()
    done = subprocess.run(source_self_test(), env=env, capture_output=True, text=True,
                          timeout=150, stdin=subprocess.DEVNULL)
    assert time.monotonic() - started < self_test.WINDOW_SECONDS + 30
    assert done.returncode == 1
    window = [line for line in done.stdout.splitlines() if "desk window" in line][0]
    assert window.lstrip().startswith("FAIL") and "qt.qpa" in window, window
    # Qt's reason, not only its closing advice ("Reinstalling the application may fix this")
    assert "could not connect to display" in window or "xcb-cursor0" in window, window
    if "could not connect to display" in window:
        assert f"DISPLAY=:{number}" in window and "QT_QPA_PLATFORM=offscreen" in window
    assert done.stdout.rstrip().endswith("(window)")


class _StringOut:
    def __init__(self) -> None:
        self.text = ""

    def write(self, text: str) -> int:
        self.text += text
        return len(text)

    def flush(self) -> None:
        pass

    @property
    def lines(self) -> list[str]:
        return self.text.splitlines()


# -- the frozen app (slow: one build of the bundle) -------------------------------------------------

@pytest.fixture(scope="module")
def tarball(built: Build) -> Path:
    """The tarball of the one build the slow installer tests share (tests/installer/conftest)."""
    found = list(built.dist.glob(f"feedback-desk-{__version__}-linux-*.tar.gz"))
    assert len(found) == 1
    return found[0]


@pytest.fixture(scope="module")
def frozen_install(tarball: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tarball unpacked and installed by a user whose home folder has an odd name; returns
    that home."""
    base = tmp_path_factory.mktemp("frozen")
    with tarfile.open(tarball) as tar:
        tar.extractall(base / "dün load", filter="tar")
    home = base / FROZEN_ODD
    home.mkdir()
    done = sh(base / "dün load" / "feedback-desk" / "install.sh", env=user_env(home))
    assert done.returncode == 0, done.stderr
    return home


def frozen_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in user_env(home).items() if not k.startswith(("QT_", "PYTHON"))}
    env.pop("DISPLAY", None)
    env.update({"QT_QPA_PLATFORM": "offscreen", **extra})
    return env


@pytest.mark.slow
def test_the_frozen_self_test_through_the_launcher_in_an_odd_place(frozen_install: Path,
                                                                    tmp_path: Path) -> None:
    """The command ~/.local/bin/feedback-desk (a link) into a folder with quotes, `&`, a
    backslash and `é`; the user's own LD_LIBRARY_PATH; LC_ALL=C; from a deleted folder."""
    launcher = installed(frozen_install)["launcher"]
    validate(installed(frozen_install)["desktop"])
    gone = tmp_path / "gone"
    gone.mkdir()
    env = frozen_env(frozen_install, LD_LIBRARY_PATH="/nonexistent/lib:/usr/lib", LC_ALL="C",
                     TMPDIR=str(tmp_path))
    script = 'cd "$1" && rmdir "$1" && shift && exec "$@"'
    done = subprocess.run(["sh", "-c", script, "sh", str(gone), str(launcher), "self-test"],
                          env=env, capture_output=True, timeout=300, stdin=subprocess.DEVNULL)
    out = done.stdout.decode("utf-8", "replace")
    assert done.returncode == 0, out + done.stderr.decode("utf-8", "replace")
    assert f"installed build in {installed(frozen_install)['app']}" in out
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_two_frozen_self_tests_at_once_and_one_cut_short(frozen_install: Path) -> None:
    launcher = installed(frozen_install)["launcher"]
    env = frozen_env(frozen_install)
    runs = [subprocess.Popen([str(launcher), "self-test"], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)
            for _ in range(3)]
    first = runs[0]
    assert first.stdout is not None
    first.stdout.readline()
    first.stdout.close()  # | head -1
    for proc in runs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, (out or "") + err
        assert "Traceback" not in err and "BrokenPipe" not in err, err


@pytest.mark.slow
def test_the_frozen_backup_runs_the_systems_pg_dump(frozen_install: Path, tmp_path: Path) -> None:
    """The frozen app's libraries must not leak into pg_dump; the user's LD_LIBRARY_PATH must."""
    from tests.support import pg_server

    ok, why = pg_server.available()
    if not ok:
        pytest.skip(why)
    bindir = pg_server.find_bindir()
    assert bindir is not None and (bindir / "pg_dump").exists()
    server = pg_server.PgServer()
    try:
        url = server.create_database("frozen_backup")
        launcher = installed(frozen_install)["launcher"]
        for n, extra in enumerate(({}, {"LD_LIBRARY_PATH": "/nonexistent/lib"})):
            env = frozen_env(frozen_install, FEEDBACK_DESK_USER="ani",
                             FEEDBACK_DESK_PASSWORD="kopi-tubruk-2026", **extra)
            env["PATH"] = f"{bindir}:{env['PATH']}"
            if n == 0:
                init = subprocess.run([str(launcher), "--db", url, "init"], env=env,
                                      capture_output=True, text=True, timeout=120)
                assert init.returncode == 0, init.stderr
            target = tmp_path / f"backup-{n}.dump"
            done = subprocess.run([str(launcher), "--db", url, "backup", str(target)], env=env,
                                  capture_output=True, text=True, timeout=120)
            assert done.returncode == 0, done.stderr
            assert target.read_bytes().startswith(b"PGDMP")
    finally:
        server.stop()
