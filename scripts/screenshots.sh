#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png: every screen at 1366x768 on a small demo day.
# With --server ADDRESS (an empty database or schema on a PostgreSQL server this account
# may end connections on), the same day is built there and connection-lost.png is made
# too: the helpdesk the moment the server drops its connection.
# Then docs/display.png: `loket display` itself, full screen under a real X server
# (Xvfb) at 1920x1080, on a waiting room of today with calls (tools/display_demo.cpp);
# with --display, only that one.
set -euo pipefail
cd "$(dirname "$0")/.."
# Xvfb and ImageMagick's import for the display's shot under a real X server.
LOKET_EXTRA_PACKAGES="xvfb xauth imagemagick ${LOKET_EXTRA_PACKAGES:-}" ./scripts/bootstrap.sh
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
args=(docs/screenshots)
only_display=false
if [ "${1:-}" = "--display" ]; then
  only_display=true
elif [ "${1:-}" = "--server" ]; then
  [ -n "${2:-}" ] || { echo "pakai: $0 [--server ALAMAT]" >&2; exit 2; }
  args+=("$2")
fi
build="${LOKET_BUILD_DIR:-build}"
$only_display || QT_QPA_PLATFORM=offscreen TZ="${TZ:-Asia/Makassar}" "$build/tools/loket_screenshots" "${args[@]}"

# The waiting room's TV: its own process, as on the TV's PC, grabbed from the X server.
demo=$(mktemp -d)
trap 'rm -rf "$demo"' EXIT
TZ="${TZ:-Asia/Makassar}" "$build/tools/loket_display_demo" "$demo/antrian.sqlite"
cat >"$demo/grab.sh" <<GRAB
#!/usr/bin/env bash
set -euo pipefail
QT_QPA_PLATFORM=xcb TZ="${TZ:-Asia/Makassar}" "$build/app/loket" display --db "$demo/antrian.sqlite" &
board=\$!
sleep 4
import -window root docs/display.png
kill \$board
wait \$board 2>/dev/null || true
GRAB
chmod +x "$demo/grab.sh"
xvfb-run -a -s "-screen 0 1920x1080x24" "$demo/grab.sh"
echo docs/display.png
