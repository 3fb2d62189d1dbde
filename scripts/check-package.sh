#!/usr/bin/env bash
# Checks the Debian package of a build folder for real, on this machine (CI, or a court IT
# test computer): its control data and contents, lintian, the desktop entry and AppStream data,
# then installs it with apt-get, runs the installed program (version, man page, a 3-second demo
# recording verified afterwards), removes it with its configuration and checks that nothing of
# it is left. Needs root or sudo. The package is removed again even when a check fails.
#   scripts/check-package.sh [BUILD_DIR]      (make check-package)
set -euo pipefail
build=${1:-build}
sudo=()
[[ $(id -u) -ne 0 ]] && sudo=(sudo)
apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -y -q)

say() { printf 'check-package: %s\n' "$*"; }
fail() { printf 'check-package: FAILED: %s\n' "$*" >&2; exit 1; }

mapfile -t debs < <(ls -t "$build"/hattama_*.deb 2>/dev/null)
[[ ${#debs[@]} -gt 0 ]] || fail "no hattama_*.deb in $build; run 'make package' first"
deb=$(realpath "${debs[0]}")
version=$(dpkg-deb -f "$deb" Version)
say "$(basename "$deb"): $(du -k "$deb" | cut -f1) KB, version $version"

if dpkg-query -W -f='${Status}' hattama 2>/dev/null | grep -q "install ok installed"; then
  fail "hattama is already installed here; remove it first (apt-get purge hattama)"
fi

work=$(mktemp -d)
installed=0
cleanup() {
  if [[ $installed -eq 1 ]]; then
    say "removing the package after a failure"
    "${apt[@]}" purge hattama >/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# 1. Control data and contents.
dpkg-deb -I "$deb"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6core6 libavcodec libportaudio2 libssl3 fonts-dejavu-core libqt6sql6-sqlite; do
  [[ $depends == *"$lib"* ]] || fail "Depends lacks $lib: $depends"
done
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' > "$work/contents"
cat "$work/contents"
for path in /usr/bin/hattama /usr/share/applications/hattama.desktop \
    /usr/share/icons/hicolor/scalable/apps/hattama.svg /usr/share/icons/hicolor/48x48/apps/hattama.png \
    /usr/share/icons/hicolor/256x256/apps/hattama.png /usr/share/metainfo/kz.hattama.Hattama.metainfo.xml \
    /usr/share/man/man1/hattama.1.gz /usr/share/man/ru/man1/hattama.1.gz /usr/share/man/kk/man1/hattama.1.gz \
    /usr/share/hattama/templates/events.json /usr/share/hattama/templates/ru-criminal.tmpl \
    /usr/share/doc/hattama/copyright /usr/share/doc/hattama/changelog.gz /etc/hattama/hattama.conf; do
  grep -qx "$path" "$work/contents" || fail "the package lacks $path"
done

# 2. Lintian (errors fail; warnings are shown), the desktop entry, the AppStream data.
say "lintian"
lintian_status=0
lintian_out=$(lintian --fail-on error --tag-display-limit 0 "$deb" 2>&1) || lintian_status=$?
grep -v "running with root privileges" <<<"$lintian_out" || true
[[ $lintian_status -eq 0 ]] || fail "lintian reports errors"
dpkg-deb -x "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/hattama.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/kz.hattama.Hattama.metainfo.xml" \
  || fail "appstreamcli validate"

# 3. Install with apt-get, as court IT would.
find /usr /etc -xdev -iname '*hattama*' 2>/dev/null | sort > "$work/before"
say "apt-get install $deb"
installed=1
"${apt[@]}" install "$deb"

# 4. The installed program, with its own empty home (not the build folder, not the user's).
home="$work/home"
mkdir -p "$home"
run() {
  env -i PATH=/usr/bin:/bin HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    XDG_RUNTIME_DIR="$home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen /usr/bin/hattama "$@"
}
cd "$work"
first=$(run --version | head -n 1)
[[ $first == "hattama $version" ]] || fail "--version says '$first', the package is $version"
say "--version: $first"
# The installed man page is what the installed program's --help says (they cannot drift).
diff <(zcat /usr/share/man/man1/hattama.1.gz) <(run --lang en --help-man) >/dev/null \
  || fail "the man page differs from 'hattama --help-man'"
man_text=$(MANWIDTH=100 man -P cat -l /usr/share/man/man1/hattama.1.gz 2>/dev/null || zcat /usr/share/man/man1/hattama.1.gz)
for word in record verify protocol HATTAMA_ARCHIVE "EXIT STATUS"; do
  grep -q -- "$word" <<<"$man_text" || fail "the man page lacks '$word'"
done
say "recording a 3-second demo hearing with the installed program"
run record --demo --duration 3 --out "$work/hearing" || fail "hattama record --demo exited $?"
run verify "$work/hearing" | tail -n 1 || fail "hattama verify of the demo hearing exited $?"
ls "$work"/hearing/media/*/* >/dev/null 2>&1 || ls "$work"/hearing/media/* >/dev/null || fail "no media recorded"

# 5. Remove it with its configuration; nothing of it may be left.
say "apt-get purge hattama"
"${apt[@]}" purge hattama
installed=0
left=()
while read -r path; do
  [[ -e $path && ! -d $path ]] && left+=("$path")
done < "$work/contents"
for dir in /usr/share/hattama /usr/share/doc/hattama /etc/hattama; do
  [[ -e $dir ]] && left+=("$dir")
done
find /usr /etc -xdev -iname '*hattama*' 2>/dev/null | sort > "$work/after"
mapfile -t new < <(comm -13 "$work/before" "$work/after")
left+=("${new[@]}")
[[ ${#left[@]} -eq 0 ]] || fail "left after removal: ${left[*]}"
say "passed: $(basename "$deb") installs, runs, records, verifies and removes cleanly"
