#!/usr/bin/env bash
# Runs the whole test suite of a build folder with CTest; the last lines are CTest's summary.
set -euo pipefail
build=${1:-build}
export QT_QPA_PLATFORM=offscreen
# Tests must not touch the user's settings or archive.
unset HATTAMA_ARCHIVE
ctest --test-dir "$build" --output-on-failure -j "${CTEST_JOBS:-2}" --timeout 900
