#!/usr/bin/env bash
# Build the installable Feedback Desk: a PyInstaller one-folder bundle, then what a user installs.
#
#   installer/build.sh [--no-self-test] [--no-package]
#
#   dist/feedback-desk/                          the one-folder app (executable: feedback-desk)
#   Linux:   dist/feedback-desk-VERSION-linux-ARCH.tar.gz   (unpack, run ./install.sh)
#   Windows: dist/feedback-desk-VERSION-setup.exe           (NSIS, per-user; needs makensis)
#   dist/SHA256SUMS                              checksums of those, for `sha256sum -c`
#
# FEEDBACK_DESK_DIST=DIR builds into DIR instead of dist/. Everything the build needs goes into
# build/installer/: its own virtual environment (Python >= 3.12; the project installed as a
# wheel would be, not editable; PyInstaller as pinned in installer/requirements.txt), the icons,
# PyInstaller's work folder. The finished bundle runs its own `self-test` (offscreen) unless
# --no-self-test. On Windows run it from Git Bash, with Python 3.12+ and NSIS installed.
set -euo pipefail
# shellcheck source=scripts/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/common.sh"

self_test=1
package=1
for arg in "$@"; do
    case "$arg" in
        --no-self-test) self_test=0 ;;
        --no-package) package=0 ;;
        -h|--help) sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) say "unknown option: $arg (see --help)"; exit 2 ;;
    esac
done

started=$(date +%s)
WORK="$ROOT/build/installer"
BVENV="$WORK/venv"
DIST="${FEEDBACK_DESK_DIST:-$ROOT/dist}"
mkdir -p "$WORK" "$DIST"
DIST="$(cd "$DIST" && pwd)"
case "${OSTYPE:-}" in
    msys*|cygwin*|win32*) windows=1; BPY="$BVENV/Scripts/python.exe"; EXE=".exe" ;;
    *) windows=0; BPY="$BVENV/bin/python"; EXE="" ;;
esac

bpip() {  # pip into the build environment; its chatter goes to a log shown only on failure
    if ! "$BPY" -m pip --disable-pip-version-check "$@" >"$WORK/pip.log" 2>&1; then
        tail -n 40 "$WORK/pip.log" >&2
        say "pip failed (full log: $WORK/pip.log)"
        exit 1
    fi
}

# -- 1. the build environment -------------------------------------------------------------------
if [ ! -x "$BPY" ] || ! python_ok "$BPY"; then
    if [ -n "${PYTHON:-}" ]; then  # one path, spaces and all
        if ! python_ok "$PYTHON"; then
            say "PYTHON=$PYTHON does not run, or is older than Python 3.12"
            exit 1
        fi
        python=("$PYTHON")
    elif found="$(find_python)"; then
        python=("$found")
    elif [ "$windows" = 1 ] && command -v py >/dev/null 2>&1; then
        python=(py -3.12)
    else
        say "Python 3.12 or newer is needed to build (none found; set PYTHON=/path/to/python3.12)"
        exit 1
    fi
    say "creating the build environment $BVENV with ${python[*]}"
    rm -rf "$BVENV"
    if ! "${python[@]}" -m venv "$BVENV"; then
        rm -rf "$BVENV"
        say "could not create a virtual environment with ${python[*]}" \
            "(Debian/Ubuntu: apt-get install python3-venv)"
        exit 1
    fi
fi
stamp="$BVENV/.requirements"
want="$(cat "$ROOT/pyproject.toml" "$ROOT/installer/requirements.txt" | sha256sum | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null || true)" != "$want" ]; then
    say "installing the project's dependencies and PyInstaller into $BVENV (a minute the first time)"
    bpip install -r "$ROOT/installer/requirements.txt"
    bpip install --no-build-isolation "$ROOT"
    echo "$want" >"$stamp"
fi
# The project itself, fresh every time (as a wheel: the translations compiled, fonts and icon
# copied in by setup.py). setuptools' build/lib may hold files deleted since: start clean.
rm -rf "$ROOT/build/lib" "$ROOT"/build/bdist.*
bpip install --no-deps --no-build-isolation --force-reinstall "$ROOT"
version="$("$BPY" -c 'import feedback_desk; print(feedback_desk.__version__)')"

# -- 2. icons and the bundle ----------------------------------------------------------------------
"$BPY" "$ROOT/installer/make_icons.py" "$WORK/icons" >/dev/null
say "building the one-folder app $version into $DIST/feedback-desk (PyInstaller, about a minute)"
rm -rf "$DIST/feedback-desk"
FEEDBACK_DESK_ICONS="$WORK/icons" "$BPY" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$DIST" --workpath "$WORK/work" "$ROOT/installer/feedback-desk.spec"
APP="$DIST/feedback-desk"

# -- 3. desktop integration files inside the bundle ----------------------------------------------
if [ "$windows" = 0 ]; then
    mkdir -p "$APP/share/applications" "$APP/share/icons/hicolor/scalable/apps"
    cp "$ROOT/installer/linux/feedback-desk.desktop" "$APP/share/applications/"
    cp "$ROOT/resources/icons/feedback-desk.svg" "$APP/share/icons/hicolor/scalable/apps/"
    for png in "$WORK"/icons/feedback-desk-*.png; do
        size="$(basename "$png" .png)"; size="${size#feedback-desk-}"
        mkdir -p "$APP/share/icons/hicolor/${size}x${size}/apps"
        cp "$png" "$APP/share/icons/hicolor/${size}x${size}/apps/feedback-desk.png"
    done
    install -m 755 "$ROOT/installer/linux/install.sh" "$ROOT/installer/linux/uninstall.sh" "$APP/"
    printf '%s\n' "$version" >"$APP/VERSION"
fi

# -- 4. check it ----------------------------------------------------------------------------------
if [ "$self_test" = 1 ]; then
    cli="$APP/feedback-desk$EXE"
    [ "$windows" = 1 ] && cli="$APP/feedback-desk-cli.exe"
    say "running the built app's self-test"
    QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" "$cli" self-test
fi

# -- 5. what users install ------------------------------------------------------------------------
made=("$APP")
if [ "$package" = 1 ]; then
    if [ "$windows" = 1 ]; then
        setup="$DIST/feedback-desk-$version-setup.exe"
        PYTHON="$BPY" bash "$ROOT/installer/windows/build-installer.sh" "$APP" "$setup"
        made+=("$setup")
    else
        tarball="$DIST/feedback-desk-$version-linux-$(uname -m).tar.gz"
        tar -C "$DIST" --owner=0 --group=0 --numeric-owner -czf "$tarball" feedback-desk
        made+=("$tarball")
    fi
    # for checking each copy on each laptop: sha256sum -c SHA256SUMS (Windows: certutil -hashfile)
    names=()
    for item in "${made[@]:1}"; do names+=("$(basename "$item")"); done
    (cd "$DIST" && sha256sum -- "${names[@]}" >SHA256SUMS)
    made+=("$DIST/SHA256SUMS")
fi

size_mb=$(( $(du -sk "$APP" | cut -f1) / 1024 ))
say "built in $(( $(date +%s) - started )) s; the app folder is $size_mb MB unpacked:"
for item in "${made[@]}"; do
    printf '  %s\n' "$item"
done
