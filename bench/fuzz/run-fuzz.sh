#!/usr/bin/env bash
# Runs one fuzz target for a while: bench/fuzz/run-fuzz.sh TARGET [SECONDS] [BUILD_DIR]
#   TARGET: hearing_json | manifest | protocol_template;  SECONDS: default 600
# Build first (docs/development.md, «Fuzzing»):
#   CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DHATTAMA_FUZZ=ON \
#     -DHATTAMA_BUILD_TESTS=OFF -DHATTAMA_BUILD_BENCH=OFF
#   cmake --build build-fuzz --target fuzz_hearing_json fuzz_manifest fuzz_protocol_template
# The committed seeds (corpus/TARGET) are only read; what the run finds goes to a work folder
# (build-fuzz/fuzz-work/TARGET), crashes to build-fuzz/fuzz-work/TARGET-crash-*. Runs at nice 10.
set -euo pipefail
target=${1:?usage: run-fuzz.sh hearing_json|manifest|protocol_template [SECONDS] [BUILD_DIR]}
seconds=${2:-600}
here=$(cd "$(dirname "$0")" && pwd)
build=${3:-$here/../../build-fuzz}
binary=$build/bench/fuzz/fuzz_$target
[ -x "$binary" ] || { echo "run-fuzz.sh: $binary is not built (see the comment at the top)" >&2; exit 2; }
work=$build/fuzz-work/$target
mkdir -p "$work"
options=(-max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$build/fuzz-work/$target-")
case $target in
  hearing_json) options+=(-dict="$here/hearing_json.dict" -max_len=16384) ;;
  protocol_template) options+=(-dict="$here/template.dict" -max_len=8192) ;;
  manifest) options+=(-max_len=8192) ;;
esac
# ASan: leaks are reported at exit only (Qt keeps some caches for the process's life).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
exec nice -n 10 "$binary" "${options[@]}" "$work" "$here/corpus/$target"
