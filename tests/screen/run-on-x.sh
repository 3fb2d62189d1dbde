#!/usr/bin/env bash
# Runs a command on its own X server the size of a courtroom laptop screen (1366×768, Xvfb)
# with a window manager (openbox), so that windows get real frames, placement and minimum
# sizes; stops both afterwards. Usage: run-on-x.sh COMMAND [ARG...]
set -euo pipefail
for tool in Xvfb openbox; do
  command -v "$tool" >/dev/null || { echo "run-on-x: $tool is missing (scripts/install-deps.sh --test)" >&2; exit 3; }
done
work=$(mktemp -d)
cleanup() {
  [[ -n "${wm_pid:-}" ]] && kill "$wm_pid" 2>/dev/null || true
  [[ -n "${x_pid:-}" ]] && kill "$x_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
# Xvfb picks a free display number and writes it to the pipe once it accepts connections.
exec {fd}<> <(:)
Xvfb -displayfd "$fd" -screen 0 1366x768x24 -nolisten tcp -auth /dev/null >"$work/xvfb.log" 2>&1 &
x_pid=$!
read -r -t 60 -u "$fd" display || { echo "run-on-x: Xvfb did not start:" >&2; cat "$work/xvfb.log" >&2; exit 3; }
export DISPLAY=":$display"
openbox --sm-disable >"$work/openbox.log" 2>&1 &
wm_pid=$!
# The window manager is up once it owns the WM_S0 selection.
for _ in $(seq 1 600); do
  xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id' && break
  kill -0 "$wm_pid" 2>/dev/null || { echo "run-on-x: openbox stopped:" >&2; cat "$work/openbox.log" >&2; exit 3; }
  sleep 0.1
done
unset QT_QPA_PLATFORM
export QT_QPA_PLATFORM=xcb
"$@"
