#!/usr/bin/env bash
# Set up and run Feedback Desk: makes .venv, installs the project and the Debian libraries Qt
# needs, then runs `feedback-desk ARGS…` on the embedded SQLite database (or --db URL).
#
# The desk window arrives with the next release. Until then, with no arguments this fills a
# demo database once and shows the command line's statistics of it.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ensure_venv ""
ensure_debs "${QT_LIBS[@]}" || true
if [ $# -gt 0 ]; then
    exec "$VENV/bin/feedback-desk" "$@"
fi
DEMO="$("$VENV/bin/python" -c 'from feedback_desk.core.db.engine import default_database_path as p; print(p().with_name("demo.sqlite"))')"
export FEEDBACK_DESK_DB="sqlite:///$DEMO"
if [ ! -e "$DEMO" ]; then
    say "creating a demo database at $DEMO"
    "$VENV/bin/feedback-desk" demo --entries 2000 --seed 1
fi
say "statistics of the demo database (the window comes with the next release):"
"$VENV/bin/feedback-desk" stats --by area
exec "$VENV/bin/feedback-desk" stats --by speaker_type
