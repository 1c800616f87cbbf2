#!/usr/bin/env bash
# Collect the translatable strings of the GUI into resources/translations/*.ts (existing
# translations are kept; strings no longer in the code are marked obsolete). Then translate
# the new ones (Qt Linguist: .venv/bin/pyside6-linguist) and commit the .ts files.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mapfile -t sources < <(find src/feedback_desk/gui -name '*.py' | sort)
for lang in en id; do
    .venv/bin/pyside6-lupdate -no-obsolete -source-language en -target-language "$lang" \
        "${sources[@]}" -ts "resources/translations/feedback_desk_$lang.ts"
done
