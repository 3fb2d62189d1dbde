#!/usr/bin/env bash
# Party's copy benchmark (docs/party-copy.md, «Benchmark»): a generated hearing (bench_playback
# generate: 10 s segments of N 720p25 cameras and M microphones, hard links of one encoded
# segment, a 10-minute recess halfway) copied in full to a folder by `hattama copy`; prints the
# wall-clock and CPU seconds and the copy's size.
#   bench_copy.sh BUILD_DIR WORK_DIR [HOURS] [CAMERAS] [MICS]
set -euo pipefail
build=$(realpath "$1")
work=$(realpath -m "$2")
hours=${3:-1}
cameras=${4:-4}
mics=${5:-6}
rm -rf "$work"
mkdir -p "$work"
"$build/bench/bench_playback" generate "$work/hearing" --hours "$hours" --cameras "$cameras" --mics "$mics" \
  2>/dev/null | tail -1
start=$(date +%s.%N)
/usr/bin/time -f "cpu user %U s, system %S s, peak RSS %M KB" \
  "$build/app/hattama" copy "$work/hearing" --out "$work/copy" --recipient "Бенчмарк, тест" >"$work/copy.log" 2>&1
end=$(date +%s.%N)
tail -1 "$work/copy.log"
echo "full copy of ${hours} h, ${cameras} cameras, ${mics} microphones: $(echo "$end - $start" | bc) s wall clock"
echo "copy size: $(du -sm "$work/copy" | cut -f1) MB ($(du -sm "$work/copy/media" | cut -f1) MB media)"
