#!/usr/bin/env bash
# Renders the sample protocols of docs/samples/protocols/: each kind of proceeding (criminal,
# civil, administrative) in Russian and Kazakh, brief and full, as PDF, from the hearing data
# beside them (<kind>-<lang>.json, the shape of docs/protocol.md). Needs a built hattama.
#   scripts/make-sample-protocols.sh [build/app/hattama]
set -euo pipefail
cd "$(dirname "$0")/.."
HATTAMA=${1:-build/app/hattama}
SAMPLES=docs/samples/protocols
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for kind in criminal civil administrative; do
  for lang in ru kk; do
    mkdir -p "$WORK/$kind-$lang"
    cp "$SAMPLES/$kind-$lang.json" "$WORK/$kind-$lang/hearing.json"
    for form in brief full; do
      QT_QPA_PLATFORM=offscreen "$HATTAMA" --lang "$lang" protocol "$WORK/$kind-$lang" \
        --format pdf --"$form" -o "$SAMPLES/$kind-$lang-$form.pdf" >/dev/null
    done
  done
done
ls -l "$SAMPLES"/*.pdf
