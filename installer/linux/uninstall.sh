#!/usr/bin/env bash
# Remove Feedback Desk installed by install.sh: the program folder this script is in, the command
# on PATH, the menu entry and the icons it made. Your database, drafts and settings stay unless
# you add --remove-data (they are per user: it removes those of the user running it).
#
#   ~/.local/opt/feedback-desk/uninstall.sh [--remove-data] [--yes]
#   sudo /opt/feedback-desk/uninstall.sh        (a --system install)
set -euo pipefail

say() { printf 'feedback-desk: %s\n' "$*" >&2; }

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

data_dirs=(
    "${XDG_DATA_HOME:-$HOME/.local/share}/feedback-desk"     # the database (desk.sqlite)
    "${XDG_CONFIG_HOME:-$HOME/.config}/feedback-desk"        # settings, connection profiles
    "${XDG_STATE_HOME:-$HOME/.local/state}/feedback-desk"    # drafts, entries waiting to be sent
    "${XDG_CACHE_HOME:-$HOME/.cache}/feedback-desk"
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

while IFS= read -r file; do
    [ -n "$file" ] || continue
    if [ -L "$file" ]; then  # the command: only if it still points at this installation
        case "$(readlink "$file")" in "$app_dir"/*) rm -f "$file" ;; esac
    elif [ -f "$file" ]; then
        rm -f "$file"
    fi
done <"$manifest"
rm -rf "$app_dir"
say "removed Feedback Desk from $app_dir"

if [ "$remove_data" = 1 ]; then
    for dir in "${data_dirs[@]}"; do
        [ -e "$dir" ] && rm -rf "$dir" && say "deleted $dir"
    done
else
    for dir in "${data_dirs[@]}"; do
        [ -e "$dir" ] && say "kept $dir"
    done
fi
true
