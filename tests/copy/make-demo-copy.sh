#!/usr/bin/env bash
# Test fixture: party's copies made by `hattama copy` from a real demo recording with a recess
# and a sealed passage, for the page test in chromium and check-copy.sh.
#
#   make-demo-copy.sh HATTAMA RECORD_DEMO_HEARING SOURCE_DIR OUT_DIR
#
# The recording (record_demo_hearing: the recorder driven as the window drives it): part 1 of
# 4 s, a recess of 2 s, part 2 of 6 s; 3 microphones, 2 cameras, 2 s segments. The hearing
# (hearing import) names the participants and channels and has its entries: the recess, and a
# sealed passage inside part 2 from 2.32 s to 3.88 s of the part, cut inside segments (so the
# pictures around both cuts are re-encoded), with a note inside it that must not reach a copy.
# The protocol is saved and signed by the secretary (the test PKI); the copies:
#   OUT_DIR/ru, OUT_DIR/kk    folders in the two languages, copy.json signed by the secretary
#   OUT_DIR/copy.iso          the Russian copy as an ISO image
set -euo pipefail
hattama=$(realpath "$1")
recorder=$(realpath "$2")
source_dir=$(realpath "$3")
out=$(realpath -m "$4")

rm -rf "$out"
mkdir -p "$out"
archive="$out/archive"
id=2026-11-23-2-1234-2026-copy
mkdir -p "$archive"
times=$("$recorder" "$archive/$id")
echo "recording: $times"
eval "$times" # part1End part2Start end
sealed_start=$((part2Start + 2320))
sealed_end=$((part2Start + 3880))
echo "sealed=$sealed_start-$sealed_end" >"$out/times.txt"
echo "$times" >>"$out/times.txt"

entry() { # time kind event text speaker
  local speaker=""
  [[ -n ${5:-} ]] && speaker=", \"speaker\": \"$5\""
  printf '    {"time_ms": %s, "kind": "%s", "event": "%s", "text": "%s"%s}' "$1" "$2" "$3" "$4" "$speaker"
}
{
  cat <<EOF
{
  "format": "hattama-hearing", "version": 1,
  "court": {"name_ru": "Специализированный межрайонный экономический суд города Астаны",
            "name_kk": "Астана қаласының мамандандырылған ауданаралық экономикалық соты", "city": "Астана"},
  "courtroom": "Зал № 3",
  "case": {"number": "2-1234/2026", "category": "civil", "subject": "Петрова А. С. к ТОО «Сейтқали и К»",
           "judge": "Иванов Иван Иванович"},
  "hearing": {"id": "$id", "scheduled_start": "2026-11-23T10:15:00+05:00",
              "actual_start": "2026-11-23T10:15:00+05:00", "closed_session": false, "language": "ru", "status": "ended"},
  "participants": [
    {"key": "judge", "full_name": "Иванов Иван Иванович", "role": "judge"},
    {"key": "plaintiff", "full_name": "Петрова Анна Сергеевна", "role": "plaintiff"},
    {"key": "respondent", "full_name": "Сейтқали Нұрлан Бекұлы", "role": "respondent"}
  ],
  "channels": {"audio": [{"channel": 1, "participant": "judge"}, {"channel": 2, "participant": "plaintiff"},
                         {"channel": 3, "participant": "respondent"}]},
  "timeline": [
EOF
  entry 500 procedural_event session_opened "Судебное заседание объявлено открытым." judge; echo ,
  entry 2000 speaker_change "" "Истец поддержала исковые требования в полном объёме." plaintiff; echo ,
  entry "$part1End" recess_start recess_started "Объявлен перерыв." ""; echo ,
  entry "$part2Start" recess_end recess_ended "Судебное заседание продолжено." ""; echo ,
  entry $((part2Start + 500)) speaker_change "" "Ответчик возражает против иска." respondent; echo ,
  entry "$sealed_start" sealed_start "" "Ходатайство рассматривается в закрытом судебном заседании (охрана коммерческой тайны)." ""; echo ,
  entry $((sealed_start + 600)) note "" "СЕКРЕТНЫЕ СВЕДЕНИЯ ЗАКРЫТОГО ЗАСЕДАНИЯ" respondent; echo ,
  entry "$sealed_end" sealed_end "" "Судебное заседание продолжено в открытом режиме." ""; echo ,
  entry $((sealed_end + 500)) procedural_event "" "Суд удалился в совещательную комнату." judge; echo
  echo '  ]'
  echo '}'
} >"$out/hearing.json"
"$hattama" --archive "$archive" hearing import "$out/hearing.json" >"$out/import.log"

# The protocol: saved and signed by the secretary (test PKI, its CRL in the trust folder).
# The OCSP responder the certificates name (openssl ocsp) answers while signing.
port=$((20000 + RANDOM % 20000))
bash "$source_dir/tests/signature/make-test-pki.sh" "$out/pki" "$port" >"$out/pki.log" 2>&1
key="$out/pki/keys/secretary.p12"
password="$out/pki/keys/password.txt"
"$hattama" --archive "$archive" protocol "$id" --lang ru --format html -o "$out/protocol.html" --save-version \
  >"$out/protocol.log" 2>&1
(cd "$out/pki/ca" && exec openssl ocsp -index index.txt -port "$port" -rsigner ocsp.pem -rkey ocsp.key \
  -CA intermediate.pem -ignore_err >"$out/ocsp.log" 2>&1) &
ocsp=$!
# Ready when it answers a whole HTTP request (polled; it serves one connection at a time).
for _ in $(seq 1 300); do
  curl -s -m 5 -o /dev/null "http://127.0.0.1:$port/" && break
  kill -0 "$ocsp" 2>/dev/null || break
done
"$hattama" --archive "$archive" sign "$id" --key "$key" --password-file "$password" --trust "$out/pki/trust" \
  >"$out/sign.log" 2>&1 || { kill "$ocsp"; echo "the protocol could not be signed:"; cat "$out/sign.log"; exit 1; }
kill "$ocsp"
wait "$ocsp" 2>/dev/null || true

"$hattama" --archive "$archive" copy "$id" --out "$out/ru" --lang ru --recipient "Петрова Анна Сергеевна, истец" \
  --issued-by "Ахметова Д. К., секретарь судебного заседания" --key "$key" --password-file "$password" \
  >"$out/copy-ru.log" 2>&1
"$hattama" --archive "$archive" copy "$id" --out "$out/kk" --lang kk --recipient "Петрова Анна Сергеевна, талапкер" \
  --issued-by "Ахметова Д. К., сот отырысының хатшысы" --key "$key" --password-file "$password" \
  >"$out/copy-kk.log" 2>&1
"$hattama" --archive "$archive" copy "$id" --out "$out/copy.iso" --lang ru --recipient "Петрова Анна Сергеевна, истец" \
  --issued-by "Ахметова Д. К., секретарь судебного заседания" >"$out/copy-iso.log" 2>&1
echo "make-demo-copy: $out/ru, $out/kk, $out/copy.iso"
