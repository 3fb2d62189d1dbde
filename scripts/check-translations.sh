#!/usr/bin/env bash
# Fails when a translation catalogue is incomplete: an entry marked unfinished, an empty
# translation, or a tr() string in the sources that the catalogues do not have yet.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}
status=0
for ts in translations/hattama_ru.ts translations/hattama_kk.ts; do
  n=$(grep -c 'type="unfinished"' "$ts" || true)
  if [[ $n -ne 0 ]]; then
    echo "$ts: $n unfinished entries; translate them (scripts/update-translations.sh lists them)"
    status=1
  fi
  # A string in the sources that is not in the catalogue shows up as unfinished in a fresh lupdate.
  tmp=$(mktemp --suffix=.ts)
  cp "$ts" "$tmp"
  "$LUPDATE" -silent -locations none -no-obsolete app core ui -ts "$tmp" >/dev/null
  missing=$(grep -c 'type="unfinished"' "$tmp" || true)
  if [[ $missing -ne 0 ]]; then
    echo "$ts: $missing source strings are missing from the catalogue; run scripts/update-translations.sh and translate them:"
    grep -B3 'type="unfinished"' "$tmp" | grep '<source>' | sed 's/^ */  /' | head -20
    status=1
  fi
  rm -f "$tmp"
done
[[ $status -eq 0 ]] && echo "translations: complete ($(grep -c '<message' translations/hattama_ru.ts) messages in each catalogue)"
exit $status
