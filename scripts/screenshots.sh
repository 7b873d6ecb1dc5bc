#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png: every screen at 1366x768 on a small demo day.
# With --server ADDRESS (an empty database or schema on a PostgreSQL server this account
# may end connections on), the same day is built there and connection-lost.png is made
# too: the helpdesk the moment the server drops its connection.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/bootstrap.sh
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
args=(docs/screenshots)
if [ "${1:-}" = "--server" ]; then
  [ -n "${2:-}" ] || { echo "pakai: $0 [--server ALAMAT]" >&2; exit 2; }
  args+=("$2")
fi
QT_QPA_PLATFORM=offscreen TZ="${TZ:-Asia/Makassar}" "${LOKET_BUILD_DIR:-build}/tools/loket_screenshots" "${args[@]}"
