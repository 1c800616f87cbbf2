#!/usr/bin/env bash
# Remove Feedback Desk installed by install.sh: the program folder this script is in, the command
# on PATH, the menu entry and the icons it made. Your database, drafts and settings stay unless
# you add --remove-data (they are per user: it removes those of the user running it).
#
#   ~/.local/opt/feedback-desk/uninstall.sh [--remove-data] [--yes]
#   sudo /opt/feedback-desk/uninstall.sh        (a --system install)
set -euo pipefail

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

remove_data=0
yes=0
for arg in "$@"; do
    case "$arg" in
        --remove-data) remove_data=1 ;;
        --yes|-y) yes=1 ;;
        -h|--help) sed -n '2,7p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) say "unknown option: $arg"; exit 2 ;;
    esac
done

app_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
manifest="$app_dir/.installed-files"
if [ ! -f "$manifest" ] || [ ! -x "$app_dir/feedback-desk" ] || [ ! -d "$app_dir/_internal" ]; then
    say "$app_dir is not an installed Feedback Desk (no .installed-files); nothing removed"
    exit 1
fi

# Where the app keeps them, found as it does (platformdirs, Qt): an XDG_* variable only counts
# when it is an absolute path (an empty or relative one would point into the current folder),
# and so does HOME (else the account's home folder).
home="${HOME:-}"
case "$home" in /*) ;; *) home="$(getent passwd "$(id -u)" | cut -d: -f6)" ;; esac
case "$home" in
    /*) ;;
    *) say "cannot tell your home folder (HOME is not a full path)"; exit 1 ;;
esac
xdg() {  # xdg VALUE DEFAULT: VALUE when it is an absolute path, else DEFAULT
    case "$1" in /*) printf '%s' "$1" ;; *) printf '%s' "$2" ;; esac
}
data_dirs=(  # the database (desk.sqlite); settings, connection profiles; drafts, the outbox, log
    "$(xdg "${XDG_DATA_HOME:-}" "$home/.local/share")/feedback-desk"
    "$(xdg "${XDG_CONFIG_HOME:-}" "$home/.config")/feedback-desk"
    "$(xdg "${XDG_STATE_HOME:-}" "$home/.local/state")/feedback-desk"
    "$(xdg "${XDG_CACHE_HOME:-}" "$home/.cache")/feedback-desk"
)
if [ "$remove_data" = 1 ] && [ "$yes" = 0 ]; then
    if [ ! -t 0 ]; then
        say "--remove-data deletes your database; add --yes to confirm when not at a terminal"
        exit 2
    fi
    printf 'Delete your Feedback Desk database, drafts and settings too?\n'
    printf '  %s\n' "${data_dirs[@]}"
    printf 'Type "yes" to delete them: '
    read -r answer
    [ "$answer" = yes ] || { say "nothing removed"; exit 1; }
fi

denied=""
[ -w "$(dirname "$app_dir")" ] || denied="$(dirname "$app_dir")"
while IFS= read -r file; do
    if [ -n "$file" ] && { [ -e "$file" ] || [ -L "$file" ]; } && [ ! -w "$(dirname "$file")" ]; then
        denied="$(dirname "$file")"
    fi
done <"$manifest"
if [ -n "$denied" ]; then
    say "cannot remove Feedback Desk from $app_dir (no write permission to $denied)"
    [ "$(id -u)" = 0 ] || say "an installation for everyone is removed as root:" \
        "sudo $app_dir/uninstall.sh"
    exit 1
fi

busy="$(running "$app_dir")"  # it would fail at its next step (it reads its files as it goes)
if [ -n "$busy" ]; then
    say "Feedback Desk is running from $app_dir (process $busy): close it, then run this again"
    exit 1
fi

# What install.sh made, as listed; the command and the menu entry only while they are still this
# installation's (another one, or the administrator, may have put their own there since).
ours="$(readlink -f "$app_dir/feedback-desk")"
points_here() {  # points_here PATH: PATH is (a link to) this installation's program
    [ -n "$1" ] && [ "$(readlink -f "$1" 2>/dev/null)" = "$ours" ]
}
keep_icons=0
bs='\'
while IFS= read -r file; do
    [ -n "$file" ] || continue
    case "$file" in
        */bin/feedback-desk)
            if [ -L "$file" ] && points_here "$file"; then
                rm -f "$file"
            elif [ -e "$file" ] || [ -L "$file" ]; then
                say "kept $file: it is not a link to this installation"
            fi ;;
        */applications/feedback-desk.desktop)
            [ -f "$file" ] || continue
            tryexec="$(sed -n 's/^TryExec=//p' "$file" | head -n 1)"
            if points_here "${tryexec//"$bs$bs"/"$bs"}"; then
                rm -f "$file"
            else
                say "kept $file: it starts another installation"
                keep_icons=1
            fi ;;
        */icons/hicolor/*/apps/feedback-desk.png|*/icons/hicolor/*/apps/feedback-desk.svg)
            if [ "$keep_icons" = 0 ] && [ -f "$file" ] && [ ! -L "$file" ]; then
                rm -f "$file"
            fi ;;
        *) say "ignored $file in the list of installed files (not one install.sh makes)" ;;
    esac
done <"$manifest"
chmod -R u+w "$app_dir" 2>/dev/null || true  # installed from read-only media by an older install.sh
rm -rf "$app_dir"
say "removed Feedback Desk from $app_dir"

if [ "$remove_data" = 1 ]; then
    for dir in "${data_dirs[@]}"; do
        if [ -L "$dir" ]; then  # never deleted through a link: it may point anywhere
            target="$(readlink "$dir" || true)"
            rm -f "$dir" && say "removed the link $dir (what it points to is kept: $target)"
        elif [ -e "$dir" ]; then
            rm -rf "$dir" && say "deleted $dir"
        fi
    done
else
    for dir in "${data_dirs[@]}"; do
        [ -e "$dir" ] && say "kept $dir"
    done
fi
true
