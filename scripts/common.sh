# Shared by run.sh and test.sh: find Python >= 3.12, make the virtual environment, install the
# project, and install the Debian packages Qt (and the tests) need. Sourced, not run.
# shellcheck shell=bash
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
STAMP="$VENV/.feedback-desk-installed"  # "<sha256 of pyproject.toml> <extras>"
export DEBIAN_FRONTEND=noninteractive
export PIP_DISABLE_PIP_VERSION_CHECK=1

# What Qt needs to run offscreen (and, with a display, on X11/Wayland).
# shellcheck disable=SC2034  # used by run.sh and test.sh
QT_LIBS=(libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libxkbcommon0 libx11-6 libdbus-1-3)
# a window on an X display also needs these
XCB_LIBS=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0)

say() { printf 'feedback-desk: %s\n' "$*" >&2; }

python_ok() {  # python_ok PYTHON: it runs and is >= 3.12 (PySide6 6.12 aborts on 3.11)
    "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1
}

find_python() {  # prints the first Python >= 3.12 found
    local candidate path exe
    for candidate in python3.13 python3.12 python3 \
        "$HOME"/.pyenv/versions/3.1[2-9]*/bin/python3 \
        /usr/local/bin/python3.1[2-9] /usr/bin/python3.1[2-9]; do
        path="$(command -v "$candidate" 2>/dev/null)" || continue
        if python_ok "$path"; then  # print the real interpreter, not a pyenv shim
            exe="$("$path" -c 'import sys; print(sys.executable)' 2>/dev/null || true)"
            printf '%s\n' "${exe:-$path}"
            return 0
        fi
    done
    return 1
}

as_root() {  # as_root CMD...: run as root, directly or through sudo without a password prompt
    if [ "$(id -u)" = 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo -n env DEBIAN_FRONTEND=noninteractive "$@"
    else
        return 1
    fi
}

APT_UPDATED=0
apt_install() {  # apt_install PKG...: apt-get update (once per run), then install quietly
    command -v apt-get >/dev/null 2>&1 || return 1
    if [ "$APT_UPDATED" = 0 ]; then
        as_root apt-get update -qq </dev/null >/dev/null || return 1
        APT_UPDATED=1
    fi
    as_root apt-get install -y -qq --no-install-recommends "$@" </dev/null >/dev/null
}

ensure_debs() {  # ensure_debs PKG...: install the missing ones, or print the exact line; 1 if missing
    local missing=() pkg
    command -v dpkg >/dev/null 2>&1 || return 0  # not Debian/Ubuntu: nothing we can check
    for pkg in "$@"; do
        dpkg -s "$pkg" 2>/dev/null | grep -q '^Status: install ok installed' || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing system packages: ${missing[*]}"
    if apt_install "${missing[@]}"; then
        return 0
    fi
    say "could not install them (not root, no password-less sudo, or apt-get failed); please run:"
    say "  sudo apt-get install ${missing[*]}"
    return 1
}

pip_quiet() {  # pip_quiet ARGS...: pip into .venv; its chatter goes to a log shown only on failure
    local log="$VENV/pip.log"
    if ! "$VENV/bin/python" -m pip "$@" >"$log" 2>&1; then
        tail -n 40 "$log" >&2
        say "pip failed (full log: $log)"
        return 1
    fi
}

ensure_venv() {  # ensure_venv EXTRAS ("" or "[test]"): .venv with the project installed
    local extras="$1" python hash have
    if [ ! -x "$VENV/bin/python" ] || ! python_ok "$VENV/bin/python"; then
        if ! python="$(find_python)"; then
            say "Python 3.12 or newer is needed (PySide6 aborts on 3.11) and none was found."
            say "Looked for python3.13, python3.12, python3 on PATH, ~/.pyenv/versions/3.12+ and"
            say "/usr/local/bin/python3.12+. Get one, e.g.:"
            say "  Ubuntu 24.04 / Debian 13:  sudo apt-get install python3 python3-venv"
            say "  elsewhere:                 pyenv install 3.12   (https://github.com/pyenv/pyenv)"
            say "then run this again."
            exit 1
        fi
        [ -e "$VENV" ] && say "replacing $VENV (its Python is missing or older than 3.12)"
        rm -rf "$VENV"
        say "creating $VENV with $("$python" --version 2>&1) ($python)"
        if ! "$python" -m venv "$VENV"; then
            rm -rf "$VENV"
            say "could not create a virtual environment with $python; on Debian/Ubuntu install"
            say "  sudo apt-get install python$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')-venv"
            exit 1
        fi
    fi
    hash="$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1)"
    have="$(cat "$STAMP" 2>/dev/null || true)"
    # Up to date when pyproject.toml is unchanged and the wanted extras are in (a "[test]"
    # install also serves run.sh), and the entry point is still there.
    if [ -x "$VENV/bin/feedback-desk" ] && { [ "$have" = "$hash $extras" ] || { [ -z "$extras" ] && [ "${have%% *}" = "$hash" ]; }; }; then
        compile_translations
        return 0
    fi
    [ -n "$have" ] && [ "${have#* }" = "[test]" ] && extras="[test]"  # never drop the test extras
    say "installing the project into $VENV (pip, a minute on first run)"
    rm -f "$STAMP"
    pip_quiet install -e "$ROOT$extras"
    printf '%s %s\n' "$hash" "$extras" >"$STAMP"
    compile_translations
}

compile_translations() {  # resources/translations/*.ts -> src/feedback_desk/gui/i18n/*.qm (Qt's lrelease)
    local newest_ts qm
    newest_ts="$(ls -t "$ROOT"/resources/translations/*.ts 2>/dev/null | head -1)"
    [ -n "$newest_ts" ] || return 0
    qm="$ROOT/src/feedback_desk/gui/i18n/feedback_desk_id.qm"
    if [ ! -e "$qm" ] || [ "$newest_ts" -nt "$qm" ]; then
        "$VENV/bin/python" -m feedback_desk.gui.i18n >/dev/null
    fi
}
