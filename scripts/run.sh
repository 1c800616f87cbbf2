#!/usr/bin/env bash
# Set up and run Feedback Desk: finds Python >= 3.12, makes .venv, installs the project and the
# Debian libraries Qt needs, then runs `feedback-desk ARGS…` (`--db URL` goes before the command).
#
# With no arguments it opens the desk window on the default database (in the user data folder;
# `--db URL` or FEEDBACK_DESK_DB chooses another). On an empty database the window asks for the
# event and its sessions, or fills a demo. feedback-desk runs in the caller's directory, so
# relative paths (e.g. `scripts/run.sh backup ./copy.sqlite`) mean what they say.
set -euo pipefail
# shellcheck source=scripts/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ensure_venv ""
ensure_debs "${QT_LIBS[@]}" || say "going on without them; the window will need them"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    ensure_debs "${XCB_LIBS[@]}" || say "going on without them; the window may not open"
fi
exec "$VENV/bin/feedback-desk" "$@"
