#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png: every screen at 1366x768 on a small demo day.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/bootstrap.sh
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
QT_QPA_PLATFORM=offscreen TZ="${TZ:-Asia/Makassar}" "${LOKET_BUILD_DIR:-build}/tools/loket_screenshots" docs/screenshots
