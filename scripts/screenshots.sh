#!/usr/bin/env bash
# Takes docs/screenshots from real windows: the real-window test (tests/screen) on its own
# 1366×768 X server with a window manager, in Russian and Kazakh, saving each screen it checks
# (hearings, new-hearing, setup, recording, shortcuts, about, protocol, player, remarks:
# <name>-<lang>.png; the committed player-*.png show a 4-camera demo recording instead:
# docs/guide-judge.md).
# Needs a build (cmake --build build --target test_real_window). Usage: scripts/screenshots.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-docs/screenshots}")
mkdir -p "$out"
test=build/tests/screen/test_real_window
[[ -x "$test" ]] || { echo "screenshots: build $test first" >&2; exit 3; }
for language in Russian Kazakh; do
  HATTAMA_SCREENSHOT_DIR="$out" tests/screen/run-on-x.sh "$test" \
    "real window: every page and window fits 1366×768 and speaks $language"
done
ls "$out"
