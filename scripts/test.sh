#!/usr/bin/env bash
# Run the whole test suite, SQLite and PostgreSQL both: makes .venv, installs the project with
# its test extras, the Debian libraries Qt needs and Debian's postgresql when no server binaries
# are there, then `python -m pytest ARGS…` (default: everything).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ensure_venv "[test]"
ensure_debs "${QT_LIBS[@]}" || say "Qt libraries missing: the GUI tests may fail"
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 && ! command -v pg_ctl >/dev/null 2>&1; then
    ensure_debs postgresql || say "no PostgreSQL: its tests will be skipped (they fail under CI=true)"
fi
cd "$ROOT"
set +e
"$VENV/bin/python" -m pytest "${@:--q}"
code=$?
set -e
if [ "$code" = 5 ]; then
    say "pytest collected no tests"
    exit 0
fi
exit "$code"
