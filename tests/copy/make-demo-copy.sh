#!/usr/bin/env bash
# Test fixture: a small party's copy folder (docs/party-copy.md) made from a real demo
# recording, for the page test in chromium. Until `hattama copy` exists, the media are cut here
# with the ffmpeg command line the command will follow: per camera and part an MP4 (H.264
# stream-copied, AAC mix of every microphone, +faststart), per microphone and part the
# microphone's own track stream-copied (Opus in WebM).
#
#   make-demo-copy.sh HATTAMA SOURCE_DIR OUT_DIR
#
# The recording: 12 s, 2 s segments, 3 microphones, 2 cameras. The command line cannot make a
# recess (the window's Recess button does), so the hearing is laid out from the segments, on
# the recording's own clock:
#   part 1   0–4 s   (segments 1–2)
#   recess   4–6 s   (segment 3 is not on the copy)
#   part 2   6–8 s   (segment 4)
#   sealed   8–10 s  (segment 5 is not on the copy: a closed session)
#   part 3  10–12 s  (segment 6)
# Segments start on a key frame, so every cut is a stream copy. OUT_DIR/ru and OUT_DIR/kk are
# the same copy in the two languages.
set -euo pipefail
hattama=$1
source_dir=$2
out=$3

rm -rf "$out"
mkdir -p "$out"
recording="$out/recording"
"$hattama" record --demo --duration 12 --segment 2 --mics 3 --cameras 2 --video-size 640x360 \
  --fps 25 --out "$recording" >"$out/record.log" 2>&1

media_for_part() { # part-number segment-numbers...
  local part=$1; shift
  local folder
  folder=$(printf '%s/media/part-%02d' "$out/ru" "$part")
  mkdir -p "$folder"
  local list="$out/part-$part.txt"
  : >"$list"
  for s in "$@"; do
    printf "file '%s'\n" "$(printf '%s/media/part-01/seg-%05d.mkv' "$recording" "$s")" >>"$list"
  done
  for camera in 1 2; do
    ffmpeg -v error -y -f concat -safe 0 -i "$list" \
      -filter_complex "[0:a:0][0:a:1][0:a:2]amix=inputs=3:normalize=0[mix]" \
      -map "0:v:$((camera - 1))" -map "[mix]" -c:v copy -c:a aac -b:a 96k -movflags +faststart \
      "$folder/Камера $camera.mp4"
  done
  local names=("1 Иванов И. И." "2 Петрова А. С." "3 Сейтқали Н. Б.")
  for mic in 1 2 3; do
    ffmpeg -v error -y -f concat -safe 0 -i "$list" -map "0:a:$((mic - 1))" -c:a copy \
      "$folder/Микрофон ${names[mic - 1]}.webm"
  done
}
media_for_part 1 1 2
media_for_part 2 4
media_for_part 3 6

cp "$source_dir/resources/copy/index.html" "$source_dir/resources/copy/player.js" \
   "$source_dir/resources/copy/style.css" "$out/ru/"
mkdir -p "$out/ru/protocol"

# The data both languages share: parts and their files, recess, the sealed passage, speech.
shared='
  "hearing": {"id": "7f1c2a9e-demo", "startedAt": "2026-11-23T10:15:00+05:00", "durationMs": 12000},
  "cameras": [{"id": "cam1", "name": "Камера 1"}, {"id": "cam2", "name": "Камера 2"}],
  "parts": [
    {"number": 1, "startMs": 0, "endMs": 4000,
     "cameras": {"cam1": "media/part-01/Камера 1.mp4", "cam2": "media/part-01/Камера 2.mp4"},
     "microphones": {"mic1": "media/part-01/Микрофон 1 Иванов И. И..webm",
                     "mic2": "media/part-01/Микрофон 2 Петрова А. С..webm",
                     "mic3": "media/part-01/Микрофон 3 Сейтқали Н. Б..webm"}},
    {"number": 2, "startMs": 6000, "endMs": 8000,
     "cameras": {"cam1": "media/part-02/Камера 1.mp4", "cam2": "media/part-02/Камера 2.mp4"},
     "microphones": {"mic1": "media/part-02/Микрофон 1 Иванов И. И..webm",
                     "mic2": "media/part-02/Микрофон 2 Петрова А. С..webm",
                     "mic3": "media/part-02/Микрофон 3 Сейтқали Н. Б..webm"}},
    {"number": 3, "startMs": 10000, "endMs": 12000,
     "cameras": {"cam1": "media/part-03/Камера 1.mp4", "cam2": "media/part-03/Камера 2.mp4"},
     "microphones": {"mic1": "media/part-03/Микрофон 1 Иванов И. И..webm",
                     "mic2": "media/part-03/Микрофон 2 Петрова А. С..webm",
                     "mic3": "media/part-03/Микрофон 3 Сейтқали Н. Б..webm"}}
  ],
  "recesses": [{"startMs": 4000, "endMs": 6000}],
  "speech": [
    {"startMs": 500, "endMs": 2000, "microphone": "mic1"},
    {"startMs": 2000, "endMs": 4000, "microphone": "mic2"},
    {"startMs": 6500, "endMs": 8000, "microphone": "mic3"},
    {"startMs": 10500, "endMs": 12000, "microphone": "mic1"}
  ],
  "protocol": {"html": "protocol/protocol.html", "pdf": "protocol/protocol.pdf",
               "signature": "protocol/protocol.pdf.p7s"},'

cat >"$out/ru/protocol/protocol.html" <<'EOF'
<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>Протокол</title></head>
<body style="font-family: 'DejaVu Serif', serif; margin: 16px;">
<h3 style="text-align:center">КРАТКИЙ ПРОТОКОЛ СУДЕБНОГО ЗАСЕДАНИЯ</h3>
<p>г. Астана, 23 ноября 2026 года. Начало в 10 ч 15 мин.</p>
<p><b>00:00:00</b> Судебное заседание объявлено открытым.</p>
<p><b>00:00:02</b> Истец поддержала исковые требования в полном объёме.</p>
</body></html>
EOF
printf '%%PDF-1.4 (fixture)\n' >"$out/ru/protocol/protocol.pdf"
printf 'fixture\n' >"$out/ru/protocol/protocol.pdf.p7s"

# The Kazakh copy: the same media and layout, its own data.js.
cp -r "$out/ru" "$out/kk"

# Each line: time|kind|speaker|Russian|Kazakh.
entries='500|procedural_event|Иванов И. И.|Судебное заседание объявлено открытым.|Сот отырысы ашық деп жарияланды.
2000|speaker_change|Петрова А. С.|Истец поддержала исковые требования в полном объёме.|Талапкер талап қою талаптарын толық көлемде қолдады.
4000|recess_start||Объявлен перерыв.|Үзіліс жарияланды.
6000|recess_end||Судебное заседание продолжено.|Сот отырысы жалғастырылды.
6500|speaker_change|Сейтқали Н. Б.|Ответчик возражает против иска.|Жауапкер талап қоюға қарсы.
8000|sealed_start||Ходатайство рассматривается в закрытом судебном заседании.|Өтінішхат жабық сот отырысында қаралады.
10000|sealed_end||Судебное заседание продолжено в открытом режиме.|Сот отырысы ашық түрде жалғастырылды.
10500|procedural_event|Иванов И. И.|Суд удалился в совещательную комнату.|Сот кеңесу бөлмесіне кетті.'
# Each line: id|channel|name|Russian role|Kazakh role.
microphones='mic1|1|Иванов И. И.|судья|судья
mic2|2|Петрова А. С.|истец|талапкер
mic3|3|Сейтқали Н. Б.|ответчик|жауапкер'
# Each line: key|Russian|Kazakh.
words='court|Специализированный межрайонный экономический суд города Астаны|Астана қаласының мамандандырылған ауданаралық экономикалық соты
title|Петрова А. С. к ТОО «Сейтқали и К»|Петрова А. С. «Сейтқали және К» ЖШС-ке қарсы
reason|определение суда о закрытом судебном заседании (охрана коммерческой тайны)|жабық сот отырысы туралы сот ұйғарымы (коммерциялық құпияны қорғау)
secretary|Ахметова Д. К., секретарь судебного заседания|Ахметова Д. К., сот отырысының хатшысы'

write_data() { # ru|kk → $out/<language>/data.js, texts from the language's column
  local language=$1 text=4 word=2
  if [[ $language == kk ]]; then text=5; word=3; fi
  local mic_lines entry_lines role
  mic_lines=$(awk -F'|' -v c=$text '{ printf "%s    {\"id\": \"%s\", \"channel\": %s, \"name\": \"%s\", \"role\": \"%s\"}", (NR > 1 ? ",\n" : ""), $1, $2, $3, $c }' <<<"$microphones")
  entry_lines=$(awk -F'|' -v c=$text '{ sp = ($3 == "") ? "" : ", \"speaker\": \"" $3 "\""; printf "%s    {\"timeMs\": %s, \"kind\": \"%s\"%s, \"text\": \"%s\"}", (NR > 1 ? ",\n" : ""), $1, $2, sp, $c }' <<<"$entries")
  role=$(awk -F'|' -v c=$text '$1 == "mic2" { print $c }' <<<"$microphones")
  word() { awk -F'|' -v k="$1" -v c=$word '$1 == k { print $c }' <<<"$words"; }
  cat >"$out/$language/data.js" <<EOF
window.HATTAMA_COPY = {
  "format": "hattama-copy", "version": 1, "language": "$language",
  "court": {"name": "$(word court)"},
  "case": {"number": "2-1234/2026", "category": "civil", "title": "$(word title)"},
  $shared
  "microphones": [
$mic_lines
  ],
  "entries": [
$entry_lines
  ],
  "excluded": [{"startMs": 8000, "endMs": 10000, "kind": "sealed", "reason": "$(word reason)"}],
  "recipient": {"name": "Петрова А. С.", "role": "$role"},
  "issued": {"by": "$(word secretary)", "at": "2026-11-30T11:20:00+05:00"}
};
EOF
}

write_data ru
write_data kk
echo "make-demo-copy: $out/ru and $out/kk"
