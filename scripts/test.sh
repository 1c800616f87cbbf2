#!/usr/bin/env bash
# Run the test suite, SQLite and PostgreSQL both: finds Python >= 3.12, makes .venv, installs the
# project with its test extras, the Debian libraries Qt needs and Debian's postgresql when no
# server binaries are there, then `python -m pytest ARGS…` from the repo root (default: the whole
# suite, -q). pytest's "no tests collected" (5) counts as success; other exit codes pass through.
set -euo pipefail
# shellcheck source=scripts/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

have_pg_binaries() {  # the same places tests/support/pg_server.py looks
    local bindir
    compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null && return 0
    command -v pg_ctl >/dev/null 2>&1 && return 0
    bindir="$(pg_config --bindir 2>/dev/null)" && [ -x "$bindir/pg_ctl" ]
}

ensure_venv "[test]"
ensure_debs "${QT_LIBS[@]}" || say "Qt libraries missing: the GUI tests will fail"
# pdftoppm renders every page of the test summaries (skipped without it; under CI=true, failed)
ensure_debs poppler-utils || say "poppler-utils missing: the PDF page renders will be skipped"
# openssl makes the throwaway CA of the TLS verify-full tests (skipped without it; under CI, failed)
ensure_debs openssl || say "openssl missing: the TLS connection tests will be skipped"
# makensis compiles the Windows installer script (tests/installer; skipped without it, under CI
# failed); desktop-file-validate checks the Linux menu entry
ensure_debs nsis || say "nsis missing: the Windows installer tests will be skipped"
ensure_debs desktop-file-utils || say "desktop-file-utils missing: the .desktop check is skipped"
if ! have_pg_binaries; then
    if ! ensure_debs postgresql || ! have_pg_binaries; then
        say "no PostgreSQL server binaries: the PostgreSQL tests will be skipped (under CI=true"
        say "they fail). To run them: sudo apt-get install postgresql"
    fi
fi

cd "$ROOT"
if [ $# -eq 0 ]; then
    set -- -q
fi
code=0
"$VENV/bin/python" -m pytest "$@" || code=$?
if [ "$code" -eq 5 ]; then
    say "pytest collected no tests (exit code 5, reported as success)"
    exit 0
fi
exit "$code"
