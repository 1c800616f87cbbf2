#!/usr/bin/env bash
# Set up and run Feedback Desk: finds Python >= 3.12, makes .venv, installs the project and the
# Debian libraries Qt needs, then runs `feedback-desk ARGS…` (`--db URL` goes before the command).
#
# The desk window arrives with the next release. Until then, with no arguments this fills a demo
# database once (2,000 entries, in the user data folder) and shows the command line's statistics
# of it. Works from any directory; feedback-desk runs in the caller's directory, so relative
# paths (e.g. `scripts/run.sh backup ./copy.sqlite`) mean what they say.
set -euo pipefail
# shellcheck source=scripts/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ensure_venv ""
ensure_debs "${QT_LIBS[@]}" || say "going on without them; the window will need them"

if [ $# -gt 0 ]; then
    exec "$VENV/bin/feedback-desk" "$@"
fi

DEMO="$("$VENV/bin/python" -c 'from feedback_desk.core.db.engine import default_database_path as p
print(p().with_name("demo.sqlite"))')"
export FEEDBACK_DESK_DB="sqlite:///$DEMO"
if [ ! -e "$DEMO" ]; then
    say "creating a demo database at $DEMO"
    if ! "$VENV/bin/feedback-desk" demo --entries 2000 --seed 1; then
        rm -f "$DEMO" "$DEMO-wal" "$DEMO-shm" "$DEMO-journal"  # half a demo: try again next time
        say "the demo could not be created"
        exit 1
    fi
fi
say "the desk window arrives with the next release; for now, statistics of the demo database"
say "($DEMO; any command: scripts/run.sh --help)"
"$VENV/bin/feedback-desk" stats --by area
exec "$VENV/bin/feedback-desk" stats --by speaker_type
