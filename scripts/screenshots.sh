#!/usr/bin/env bash
# Regenerates the README's screenshots (docs/screenshots/*.png) from a fresh demo graph: `chronograph demo` into a
# temporary directory, `chronograph serve` over it on a free port, then headless Chromium (through chromedriver,
# driven by scripts/screenshots.py) opens one view address per picture.
#
#   scripts/screenshots.sh [OUT_DIR]      # default docs/screenshots
#
# Needs chromium and chromedriver (Debian: apt-get install chromium chromium-driver) and python3.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/docs/screenshots}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

for tool in chromium chromedriver python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "screenshots: $tool is not installed" >&2; exit 1; }
done

work="$(mktemp -d -t chronograph-screenshots-XXXXXX)"
serve_pid=""
driver_pid=""
cleanup() {
  [ -n "$driver_pid" ] && kill "$driver_pid" 2>/dev/null || true
  if [ -n "$serve_pid" ]; then
    kill "$serve_pid" 2>/dev/null || true
    wait "$serve_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "screenshots: building the demo graph in $work/demo" >&2
"$root/chronograph" demo --data "$work/demo" >"$work/demo.log"

"$root/chronograph" serve --data "$work/demo" --port 0 >"$work/serve.log" 2>"$work/serve.err" &
serve_pid=$!
url=""
for _ in $(seq 1 600); do
  url="$(sed -n 's/.* on \(http:[^ ]*\) (Ctrl-C.*/\1/p' "$work/serve.log")"
  [ -n "$url" ] && break
  kill -0 "$serve_pid" 2>/dev/null || { cat "$work/serve.err" >&2; echo "screenshots: serve stopped" >&2; exit 1; }
  sleep 0.2
done
[ -n "$url" ] || { echo "screenshots: serve did not start" >&2; exit 1; }

driver_port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
chromedriver --port="$driver_port" >"$work/chromedriver.log" 2>&1 &
driver_pid=$!
for _ in $(seq 1 100); do
  python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$driver_port/status', timeout=1)" 2>/dev/null && break
  sleep 0.1
done

python3 "$root/scripts/screenshots.py" "$url" "http://127.0.0.1:$driver_port" "$out"
