#!/usr/bin/env bash
# Install Feedback Desk from this unpacked folder.
#
#   ./install.sh            for you: ~/.local/opt/feedback-desk, the command ~/.local/bin/feedback-desk,
#                           a menu entry and icon under ~/.local/share (or $XDG_DATA_HOME)
#   sudo ./install.sh --system
#                           for everyone: /opt/feedback-desk, /usr/local/bin/feedback-desk,
#                           /usr/local/share/applications and icons
#   ./install.sh --prefix DIR   DIR/opt/feedback-desk, DIR/bin, DIR/share (for packagers, tests)
#
# Installing again (a newer version) replaces the program folder; your database, drafts and
# settings are not in it and stay. Remove with uninstall.sh in the installed folder.
set -euo pipefail
umask 022  # menu entry, icons and program readable by every user whatever the caller's umask

say() { printf 'feedback-desk: %s\n' "$*" >&2; }
running() {  # running FOLDER: the processes of FOLDER/feedback-desk, as "PID (USER)"
    local exe pid target found=""
    exe="$(readlink -f "$1/feedback-desk" 2>/dev/null)" || return 0
    for pid in /proc/[0-9]*; do
        target="$(readlink "$pid/exe" 2>/dev/null)" || continue
        case "$target" in "$exe"|"$exe (deleted)") ;; *) continue ;; esac
        found="$found${found:+, }${pid#/proc/} ($(stat -c %U "$pid" 2>/dev/null))"
    done
    printf '%s' "$found"
}
usage() { sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
remove_tree() {  # a copy made from read-only media has read-only folders: make them removable
    chmod -R u+w "$1" 2>/dev/null || true
    rm -rf "$1"
}
desktop_exec() {  # "$1" as one quoted argument of Exec= (desktop entry spec: quoting, then escapes)
    local s="$1" bs='\' q='"' bq='`' dollar='$'
    s="${s//"$bs"/"$bs$bs"}"; s="${s//"$q"/"$bs$q"}"; s="${s//"$bq"/"$bs$bq"}"
    s="${s//"$dollar"/"$bs$dollar"}"; s="${s//%/%%}"; s="${s//"$bs"/"$bs$bs"}"
    printf '"%s"' "$s"
}

prefix="${HOME:?HOME is not set}/.local"
# Per user, the menu entry and icons go where the desktop looks for them: $XDG_DATA_HOME (only an
# absolute path counts, as for the desktop and the app itself), else ~/.local/share.
share=""
case "${XDG_DATA_HOME:-}" in /*) share="$XDG_DATA_HOME" ;; esac
share="${share:-$prefix/share}"
app_dir=""
system=0
for_user=1
while [ $# -gt 0 ]; do
    case "$1" in
        --system) prefix=/usr/local; app_dir=/opt/feedback-desk; share=""; system=1; for_user=0 ;;
        --prefix) [ $# -ge 2 ] || { say "--prefix needs a folder"; exit 2; }
                  prefix="$2"; share=""; for_user=0; shift ;;
        --prefix=*) prefix="${1#--prefix=}"; share=""; for_user=0 ;;
        -h|--help) usage; exit 0 ;;
        *) say "unknown option: $1"; usage >&2; exit 2 ;;
    esac
    shift
done
[ -n "$prefix" ] || { say "--prefix needs a folder"; exit 2; }
case "$prefix" in /*) ;; *) prefix="$(pwd)/$prefix" ;; esac
[ "$prefix" = / ] || prefix="${prefix%/}"
app_dir="${app_dir:-$prefix/opt/feedback-desk}"
share="${share:-$prefix/share}"
case "$app_dir$prefix$share" in *$'\n'*)
    say "the install folders cannot contain a line break"; exit 2 ;;
esac
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# -f, not -x: on media mounted noexec nothing is executable until copied
if [ ! -f "$here/feedback-desk" ] || [ ! -d "$here/_internal" ]; then
    say "run this from the unpacked feedback-desk folder (feedback-desk and _internal/ missing in $here)"
    exit 1
fi
in_place=0  # unpacked right where it belongs (say in /opt): only the command and menu entry to make
[ "$(cd "$here" && pwd -P)" = "$(cd "$app_dir" 2>/dev/null && pwd -P)" ] && in_place=1
version="$(cat "$here/VERSION" 2>/dev/null || echo '?')"

if ! mkdir -p "$(dirname "$app_dir")" "$prefix/bin" "$share/applications" 2>/dev/null \
        || [ ! -w "$(dirname "$app_dir")" ] || [ ! -w "$prefix/bin" ]; then
    say "cannot write to $(dirname "$app_dir") or $prefix/bin"
    [ "$prefix" = /usr/local ] && say "a --system install needs root: sudo ./install.sh --system"
    exit 1
fi

# One install at a time into a folder (two started at once would swap each other's copies).
exec 9<"$(dirname "$app_dir")"
if command -v flock >/dev/null 2>&1 && ! flock -n 9; then
    say "another installation into $(dirname "$app_dir") is running; waiting for it"
    flock 9
fi
for stale in "$app_dir".new.* "$app_dir".old.*; do  # left by an install that was killed
    [ -e "$stale" ] && remove_tree "$stale"
done

# The new copy goes next to the old one and replaces it in one rename, so a failed copy (a full
# disk) leaves the installed version working. Not cp -a: the files must belong to whoever
# installs (root for --system, not the user who unpacked the tarball), writable only by them,
# readable and runnable by all (media and umasks can make them read-only or private).
# A running copy reads its own files as it goes (PyInstaller opens the bundled modules anew at
# each import): replacing them under it makes it fail at its next step, perhaps half-way
# through a database upgrade. As the Windows installer does: not while it runs.
busy="$(running "$app_dir")"
if [ "$in_place" = 0 ] && [ -n "$busy" ]; then
    say "Feedback Desk is running from $app_dir (process $busy): close it, then run this again"
    exit 1
fi
if [ "$in_place" = 1 ]; then
    if [ "$system" = 1 ]; then chown -R 0:0 "$app_dir"; fi
    chmod -R u+rwX,go+rX,go-w "$app_dir"
    action="set up"
else
    staging="$app_dir.new.$$"
    trap 'remove_tree "$staging"' EXIT
    if ! cp -R -P "$here/." "$staging/" || ! chmod -R u+rwX,go+rX,go-w "$staging"; then
        say "copying the program failed (is the disk full?); the installed version is unchanged"
        exit 1
    fi
    rm -f "$staging/install.sh"
    if [ -d "$app_dir" ]; then
        mv -T "$app_dir" "$app_dir.old.$$"
        mv -T "$staging" "$app_dir"
        remove_tree "$app_dir.old.$$"
        action="updated"
    else
        mv -T "$staging" "$app_dir"
        action="installed"
    fi
    trap - EXIT
fi

# Menu entry (with the absolute path: ~/.local/bin is not on every desktop session's PATH),
# icons in the hicolor theme, the command on PATH. Each file made is listed for uninstall.sh.
manifest="$app_dir/.installed-files"
: >"$manifest"
launcher="$prefix/bin/feedback-desk"
if [ -e "$launcher" ] && [ ! -L "$launcher" ]; then
    say "replacing $launcher (it was not a link to Feedback Desk)"
fi
ln -sfn "$app_dir/feedback-desk" "$launcher"
echo "$launcher" >>"$manifest"
desktop="$share/applications/feedback-desk.desktop"
exe="$app_dir/feedback-desk"
bs='\'
while IFS= read -r line; do  # not sed: the folder may hold | & \ and quotes
    case "$line" in
        Exec=*) printf 'Exec=%s\n' "$(desktop_exec "$exe")" ;;
        TryExec=*) printf 'TryExec=%s\n' "${exe//"$bs"/"$bs$bs"}" ;;
        *) printf '%s\n' "$line" ;;
    esac
done <"$app_dir/share/applications/feedback-desk.desktop" >"$desktop"
echo "$desktop" >>"$manifest"
(cd "$app_dir/share/icons" && find hicolor -type f) | while IFS= read -r icon; do
    mkdir -p "$(dirname "$share/icons/$icon")"
    cp "$app_dir/share/icons/$icon" "$share/icons/$icon"
    echo "$share/icons/$icon" >>"$manifest"
done
command -v update-desktop-database >/dev/null 2>&1 \
    && update-desktop-database -q "$share/applications" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null 2>&1 \
    && gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true

say "$action Feedback Desk $version in $app_dir"
if [ "$for_user" = 1 ] && [ "$(id -u)" = 0 ]; then  # `sudo ./install.sh` out of habit
    say "note: this is for root only ($HOME); for every user: sudo ./install.sh --system"
fi
say "start it from the applications menu, or run: $prefix/bin/feedback-desk"
case ":$PATH:" in *":$prefix/bin:"*) ;; *) say "($prefix/bin is not on your PATH)" ;; esac
say "check it with: $prefix/bin/feedback-desk self-test"
say "remove it with: $app_dir/uninstall.sh"
