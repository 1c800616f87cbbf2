#!/usr/bin/env bash
# Install Feedback Desk from this unpacked folder.
#
#   ./install.sh            for you: ~/.local/opt/feedback-desk, the command ~/.local/bin/feedback-desk,
#                           a menu entry and icon under ~/.local/share
#   sudo ./install.sh --system
#                           for everyone: /opt/feedback-desk, /usr/local/bin/feedback-desk,
#                           /usr/local/share/applications and icons
#   ./install.sh --prefix DIR   DIR/opt/feedback-desk, DIR/bin, DIR/share (for packagers, tests)
#
# Installing again (a newer version) replaces the program folder; your database, drafts and
# settings are not in it and stay. Remove with uninstall.sh in the installed folder.
set -euo pipefail

say() { printf 'feedback-desk: %s\n' "$*" >&2; }
usage() { sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

prefix="${HOME:?HOME is not set}/.local"
app_dir=""
while [ $# -gt 0 ]; do
    case "$1" in
        --system) prefix=/usr/local; app_dir=/opt/feedback-desk ;;
        --prefix) [ $# -ge 2 ] || { say "--prefix needs a folder"; exit 2; }; prefix="$2"; shift ;;
        --prefix=*) prefix="${1#--prefix=}" ;;
        -h|--help) usage; exit 0 ;;
        *) say "unknown option: $1"; usage >&2; exit 2 ;;
    esac
    shift
done
case "$prefix" in /*) ;; *) prefix="$(pwd)/$prefix" ;; esac
app_dir="${app_dir:-$prefix/opt/feedback-desk}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if [ ! -x "$here/feedback-desk" ] || [ ! -d "$here/_internal" ]; then
    say "run this from the unpacked feedback-desk folder (feedback-desk and _internal/ missing in $here)"
    exit 1
fi
if [ "$here" = "$app_dir" ]; then
    say "this folder is already the installed copy ($app_dir); nothing to do"
    exit 0
fi
version="$(cat "$here/VERSION" 2>/dev/null || echo '?')"

if ! mkdir -p "$(dirname "$app_dir")" "$prefix/bin" "$prefix/share/applications" 2>/dev/null \
        || [ ! -w "$(dirname "$app_dir")" ] || [ ! -w "$prefix/bin" ]; then
    say "cannot write to $(dirname "$app_dir") or $prefix/bin"
    [ "$prefix" = /usr/local ] && say "a --system install needs root: sudo ./install.sh --system"
    exit 1
fi

# The new copy goes next to the old one and replaces it in one rename, so a failed copy (a full
# disk) leaves the installed version working.
staging="$app_dir.new.$$"
rm -rf "$staging"
trap 'rm -rf "$staging"' EXIT
if ! cp -a "$here/." "$staging/"; then
    say "copying the program failed (is the disk full?); the installed version is unchanged"
    exit 1
fi
rm -f "$staging/install.sh"
if [ -d "$app_dir" ]; then
    mv "$app_dir" "$app_dir.old.$$"
    mv "$staging" "$app_dir"
    rm -rf "$app_dir.old.$$"
    action="updated"
else
    mv "$staging" "$app_dir"
    action="installed"
fi
trap - EXIT

# Menu entry (with the absolute path: ~/.local/bin is not on every desktop session's PATH),
# icons in the hicolor theme, the command on PATH. Each file made is listed for uninstall.sh.
manifest="$app_dir/.installed-files"
: >"$manifest"
ln -sfn "$app_dir/feedback-desk" "$prefix/bin/feedback-desk"
echo "$prefix/bin/feedback-desk" >>"$manifest"
desktop="$prefix/share/applications/feedback-desk.desktop"
sed -e "s|^Exec=.*|Exec=\"$app_dir/feedback-desk\"|" -e "s|^TryExec=.*|TryExec=$app_dir/feedback-desk|" \
    "$app_dir/share/applications/feedback-desk.desktop" >"$desktop"
echo "$desktop" >>"$manifest"
(cd "$app_dir/share/icons" && find hicolor -type f) | while IFS= read -r icon; do
    mkdir -p "$(dirname "$prefix/share/icons/$icon")"
    cp "$app_dir/share/icons/$icon" "$prefix/share/icons/$icon"
    echo "$prefix/share/icons/$icon" >>"$manifest"
done
command -v update-desktop-database >/dev/null 2>&1 \
    && update-desktop-database -q "$prefix/share/applications" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null 2>&1 \
    && gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" 2>/dev/null || true

say "$action Feedback Desk $version in $app_dir"
say "start it from the applications menu, or run: $prefix/bin/feedback-desk"
case ":$PATH:" in *":$prefix/bin:"*) ;; *) say "($prefix/bin is not on your PATH)" ;; esac
say "check it with: $prefix/bin/feedback-desk self-test"
say "remove it with: $app_dir/uninstall.sh"
