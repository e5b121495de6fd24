#!/usr/bin/env bash
# Refreshes the .ts files from the sources. Run after changing any user-visible string, then
# translate the new entries (Qt Linguist, or by hand) and commit the .ts files.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate-qt6 || command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
sources=(models services views app)
"$lupdate" -locations relative -no-obsolete "${sources[@]}" -ts translations/signalbox_de.ts
# English needs only the plural forms; every other string is its own translation.
"$lupdate" -locations relative -no-obsolete -pluralonly "${sources[@]}" -ts translations/signalbox_en.ts
python3 translations/english_plurals.py translations/signalbox_en.ts
