#!/usr/bin/env bash
# Refreshes translations/hattama_{ru,kk}.ts from the sources (app, core, ui) with lupdate.
# New strings arrive as type="unfinished": translate them (Kazakh with care, see
# docs/translations.md) before committing; the test suite fails on unfinished entries.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}
"$LUPDATE" -locations none -no-obsolete app core ui -ts translations/hattama_ru.ts translations/hattama_kk.ts "$@"
