#!/usr/bin/env bash
# Build the Windows installer (NSIS) around a one-folder PyInstaller build.
#
#   installer/windows/build-installer.sh BUNDLE_DIR OUT.exe [makensis options…]
#
# BUNDLE_DIR  the one-folder build (feedback-desk.exe, feedback-desk-cli.exe, _internal\)
# OUT.exe     the installer to write (its folder is created)
# Further options go to makensis, e.g. -DCOMPRESSOR=zlib (faster, bigger; default: solid lzma),
# -DCOMPRESSOR=none, -DTARGET=x86-unicode, -V4. Use the -D form, not /D: Git Bash would take
# /DCOMPRESSOR=zlib for a path.
#
# Environment:
#   PYTHON               Python with feedback_desk and PySide6 (default: the repo's .venv)
#   MAKENSIS             makensis to use (default: makensis on PATH, then the usual Windows places)
#   FEEDBACK_DESK_ICONS  folder holding feedback-desk.ico (default: build/installer/icons; made
#                        with installer/make_icons.py when the .ico is not there)
#
# Works from any directory, on Linux and in Git Bash on Windows.
set -euo pipefail

die() { printf 'build-installer: %s\n' "$*" >&2; exit 1; }

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

if [[ $# -lt 2 ]]; then
    die "usage: $0 BUNDLE_DIR OUT.exe [makensis options…]"
fi
bundle="$1"
out="$2"
shift 2

[[ -d $bundle ]] || die "no such bundle folder: $bundle"
bundle="$(cd "$bundle" && pwd)"
if [[ ! -f $bundle/feedback-desk.exe ]]; then
    printf 'build-installer: warning: %s has no feedback-desk.exe (not a Windows build?): ' "$bundle" >&2
    printf 'the installer compiles, but its shortcuts would point to nothing\n' >&2
fi
mkdir -p "$(dirname "$out")"
out="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"

# makensis
makensis="${MAKENSIS:-}"
if [[ -z $makensis ]]; then
    makensis="$(command -v makensis || true)"
fi
if [[ -z $makensis ]]; then
    for candidate in "/c/Program Files (x86)/NSIS/makensis.exe" "/c/Program Files/NSIS/makensis.exe"; do
        if [[ -x $candidate ]]; then makensis="$candidate"; break; fi
    done
fi
if [[ -z $makensis ]]; then
    die "makensis (NSIS 3) is not installed: on Debian/Ubuntu 'apt-get install nsis'," \
        "on Windows 'winget install NSIS.NSIS' or 'choco install nsis' (or set MAKENSIS=…)"
fi

# Python: the repo's virtual environment unless PYTHON says otherwise
python="${PYTHON:-}"
if [[ -z $python ]]; then
    for candidate in "$root/.venv/bin/python" "$root/.venv/Scripts/python.exe"; do
        if [[ -x $candidate ]]; then python="$candidate"; break; fi
    done
fi
[[ -n $python ]] || die "no Python: make the virtual environment (.venv) or set PYTHON=…"

# Version, and the four numeric parts Windows wants: 0.2.0rc1 -> 0.2.0.0, 0.2.0.dev3 -> 0.2.0.0
version="$("$python" -c 'import feedback_desk; print(feedback_desk.__version__)' | tr -d '\r')" ||
    die "cannot read the version: $python cannot import feedback_desk (set PYTHON=…)"
[[ -n $version ]] || die "empty version from $python"
version4=""
count=0
IFS=. read -ra parts <<<"$version"
for part in "${parts[@]}"; do
    digits="${part%%[!0-9]*}"
    [[ -n $digits ]] || break
    number=$((10#$digits))
    ((number <= 65535)) || die "version part $number of $version is above 65535"
    version4+="${version4:+.}$number"
    count=$((count + 1))
    [[ $digits == "$part" && $count -lt 4 ]] || break
done
[[ $count -gt 0 ]] || die "version $version does not start with a number"
while [[ $count -lt 4 ]]; do version4+=".0"; count=$((count + 1)); done

# The icon
icons="${FEEDBACK_DESK_ICONS:-$root/build/installer/icons}"
icon="$icons/feedback-desk.ico"
if [[ ! -f $icon ]]; then
    "$python" "$root/installer/make_icons.py" "$icons" >/dev/null || die "make_icons.py failed"
    [[ -f $icon ]] || die "make_icons.py did not write $icon"
fi

# Native Windows makensis wants Windows paths (Git Bash has cygpath; Linux has no need of it)
native() {
    if command -v cygpath >/dev/null 2>&1; then cygpath -w "$1"; else printf '%s' "$1"; fi
}

start=$SECONDS
"$makensis" -V2 -INPUTCHARSET UTF8 \
    "-DVERSION=$version" "-DVERSION4=$version4" \
    "-DBUNDLE=$(native "$bundle")" "-DICON=$(native "$icon")" "-DOUTFILE=$(native "$out")" \
    "$@" "$(native "$here/feedback-desk.nsi")" ||
    die "makensis failed"
[[ -f $out ]] || die "makensis did not write $out"
bytes=$(wc -c <"$out" | tr -d ' ')
printf 'build-installer: %s (version %s, %s bytes = %s MB) in %d s\n' \
    "$out" "$version" "$bytes" "$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')" \
    $((SECONDS - start))
