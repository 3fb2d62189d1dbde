#!/usr/bin/env bash
# Test setup: installs the page test's npm modules (package.json + package-lock.json beside
# this script: puppeteer-core, which drives the system's chromium and downloads no browser)
# into DIR in the build folder. Nothing is installed in the source tree. Skips the install when
# DIR already holds exactly this lock.
#   install-modules.sh DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dir=$1
mkdir -p "$dir"
if cmp -s "$here/package-lock.json" "$dir/package-lock.json" && [[ -d "$dir/node_modules/puppeteer-core" ]]; then
  echo "install-modules: $dir is up to date"
  exit 0
fi
cp "$here/package.json" "$here/package-lock.json" "$dir/"
cd "$dir"
export PUPPETEER_SKIP_DOWNLOAD=1
npm ci --no-audit --no-fund
