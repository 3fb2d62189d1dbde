#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Hattama needs to build, run and test.
# Idempotent: says what is missing, installs only that, does nothing when all is there.
#   scripts/install-deps.sh           build + run packages
#   scripts/install-deps.sh --test    also the packages the test suite and the package check
#                                     (scripts/check-package.sh) use
#   scripts/install-deps.sh --fuzz    also clang with libFuzzer (bench/fuzz, docs/development.md)
set -euo pipefail

build_pkgs=(
  cmake ninja-build g++ pkg-config make
  qt6-base-dev qt6-multimedia-dev libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libavcodec-dev libavformat-dev libavdevice-dev libavfilter-dev libswscale-dev
  libswresample-dev libavutil-dev portaudio19-dev libssl-dev libgl-dev
  ffmpeg fonts-dejavu-core librsvg2-bin dpkg-dev

  xorriso
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav
)
test_pkgs=(
  catch2 xvfb xauth pulseaudio postgresql poppler-utils openssl curl
  libasound2-plugins alsa-utils unzip strace
  lintian desktop-file-utils appstream man-db
  openbox x11-utils xdotool imagemagick qt6-qpa-plugins
  chromium nodejs
)

fuzz_pkgs=(clang)

want=("${build_pkgs[@]}")
if [[ "${1:-}" == "--test" ]]; then
  want+=("${test_pkgs[@]}")
elif [[ "${1:-}" == "--fuzz" ]]; then
  want+=("${fuzz_pkgs[@]}")
fi

# The party's copy page test installs puppeteer-core with npm (tests/copy/). A Node.js from
# another source may bring its own npm; Debian's npm package is wanted only when there is none.
if [[ "${1:-}" == "--test" ]] && ! command -v npm >/dev/null; then
  want+=(npm)
fi

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#want[@]} packages are installed"
  exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
  sudo=(sudo)
fi

echo "install-deps: installing ${#missing[@]} missing packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
echo "install-deps: done"
