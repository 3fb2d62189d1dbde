#!/usr/bin/env bash
# Party's copy benchmark (docs/party-copy.md, «Benchmark»): a generated hearing (bench_playback
# generate: 10 s segments of N 720p25 cameras and M microphones, hard links of one encoded
# segment, a 10-minute recess halfway) copied in full to a folder by `hattama copy`, against
# two alternatives in the same run:
#   - the same files made by the ffmpeg command line one file at a time (per part: the mix to
#     AAC with the same settings, each camera joined with it, each microphone copied);
#   - `cp -r` of the hearing folder (reading and writing the bytes, nothing else).
# Prints wall-clock and CPU seconds (children included), the ratios and the copy's size.
#   bench_copy.sh BUILD_DIR WORK_DIR [HOURS] [CAMERAS] [MICS] [--no-ffmpeg]
set -euo pipefail
build=$(realpath "$1")
work=$(realpath -m "$2")
hours=${3:-1}
cameras=${4:-4}
mics=${5:-6}
baseline=${6:-}
rm -rf "$work"
mkdir -p "$work"
"$build/bench/bench_playback" generate "$work/hearing" --hours "$hours" --cameras "$cameras" --mics "$mics" \
  2>/dev/null | tail -1

# Runs a command, prints "NAME: wall W s, CPU C s" and leaves W and C in the named variables.
measure() {
  local name=$1 wall_var=$2 cpu_var=$3
  shift 3
  local start end times
  start=$(date +%s.%N)
  /usr/bin/time -f "%U %S %M" -o "$work/time.txt" "$@" >"$work/$name.log" 2>&1
  end=$(date +%s.%N)
  read -r user system rss <"$work/time.txt"
  printf -v "$wall_var" '%.1f' "$(echo "$end - $start" | bc)"
  printf -v "$cpu_var" '%.1f' "$(echo "$user + $system" | bc)"
  echo "$name: wall ${!wall_var} s, CPU ${!cpu_var} s, peak RSS $((rss / 1024)) MB"
}

measure hattama ours_wall ours_cpu \
  "$build/app/hattama" copy "$work/hearing" --out "$work/copy" --recipient "Бенчмарк, тест"
echo "copy size: $(du -sm "$work/copy" | cut -f1) MB ($(du -sm "$work/copy/media" | cut -f1) MB media)"

measure cp cp_wall cp_cpu cp -r "$work/hearing" "$work/cp"
rm -rf "$work/cp"

if [ "$baseline" != "--no-ffmpeg" ]; then
  one_by_one() {
    local out=$work/ffmpeg part list graph k
    mkdir -p "$out"
    graph=""
    for ((k = 0; k < mics; k++)); do graph+="[0:a:$k]"; done
    graph+="amix=inputs=$mics:normalize=0,aresample=24000[mix]"
    for part in "$work"/hearing/media/part-*; do
      list=$out/$(basename "$part").txt
      { echo "ffconcat version 1.0"; for f in "$part"/*.mkv; do echo "file '$f'"; echo "duration 10.000"; done; } >"$list"
      ffmpeg -nostdin -v error -y -f concat -safe 0 -i "$list" -filter_complex "$graph" -map "[mix]" -ac 1 \
        -c:a aac -aac_coder fast -b:a 64k "$out/mix.m4a"
      for ((k = 0; k < cameras; k++)); do
        ffmpeg -nostdin -v error -y -f concat -safe 0 -i "$list" -i "$out/mix.m4a" -map "0:v:$k" -map 1:a:0 \
          -c copy -movflags +faststart "$out/$(basename "$part")-camera-$k.mp4"
      done
      for ((k = 0; k < mics; k++)); do
        ffmpeg -nostdin -v error -y -f concat -safe 0 -i "$list" -map "0:a:$k" -c copy -f webm \
          "$out/$(basename "$part")-mic-$k.webm"
      done
    done
  }
  export -f one_by_one
  export work cameras mics
  measure ffmpeg ff_wall ff_cpu bash -c one_by_one
  echo "ratio ours / ffmpeg one file at a time: wall $(echo "scale=2; $ours_wall / $ff_wall" | bc)," \
    "CPU $(echo "scale=2; $ours_cpu / $ff_cpu" | bc)"
fi
echo "ratio ours / cp -r: wall $(echo "scale=2; $ours_wall / $cp_wall" | bc)"
echo "full copy of ${hours} h, ${cameras} cameras, ${mics} microphones: ${ours_wall} s wall clock"
