# Shared by run.sh and test.sh: find Python >= 3.12, make the virtual environment, install the
# project, and install the few Debian libraries Qt needs. Sourced, not run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
export DEBIAN_FRONTEND=noninteractive
export PIP_DISABLE_PIP_VERSION_CHECK=1

QT_LIBS=(libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libxkbcommon0 libx11-6 libdbus-1-3)

say() { printf '%s\n' "feedback-desk: $*" >&2; }

python_ok() { "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; }

find_python() {
    local candidate
    for candidate in python3.13 python3.12 python3 \
        "$HOME"/.pyenv/versions/3.1[2-9]*/bin/python3 /root/.pyenv/versions/3.1[2-9]*/bin/python3 \
        /usr/local/bin/python3.1[2-9] /usr/bin/python3.1[2-9]; do
        if command -v "$candidate" >/dev/null 2>&1 && python_ok "$(command -v "$candidate")"; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

# Run a command as root: directly, or through sudo without a password prompt.
as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo -n "$@"; else return 1; fi
}

APT_UPDATED=0
apt_install() {
    command -v apt-get >/dev/null 2>&1 || return 1
    if [ "$APT_UPDATED" = 0 ]; then
        as_root apt-get update -qq >/dev/null || return 1
        APT_UPDATED=1
    fi
    as_root apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_debs() {  # ensure_debs PKG...: install the missing ones, or print the exact line
    local missing=() pkg
    command -v dpkg >/dev/null 2>&1 || return 0  # not Debian/Ubuntu: nothing to check
    for pkg in "$@"; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing system packages: ${missing[*]}"
    if ! apt_install "${missing[@]}"; then
        say "could not install them; please run:"
        say "  sudo apt-get install ${missing[*]}"
        return 1
    fi
}

ensure_venv() {  # ensure_venv EXTRAS: .venv with the project installed (pip only when pyproject changed)
    local extras="$1" python stamp want
    if [ ! -x "$VENV/bin/python" ] || ! python_ok "$VENV/bin/python"; then
        if ! python="$(find_python)"; then
            say "Python 3.12 or newer is needed (PySide6 crashes on 3.11)."
            say "Install it (e.g. 'sudo apt-get install python3.12 python3.12-venv' on Ubuntu 24.04,"
            say "or pyenv), then run this again."
            exit 1
        fi
        rm -rf "$VENV"
        say "creating $VENV with $("$python" --version)"
        "$python" -m venv "$VENV"
        "$VENV/bin/python" -m pip install -q --upgrade pip
    fi
    want="$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1)-$extras"
    stamp="$VENV/.feedback-desk-installed"
    if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
        say "installing the project into $VENV"
        "$VENV/bin/python" -m pip install -q -e "$ROOT$extras"
        echo "$want" > "$stamp"
    fi
}
