#!/usr/bin/env bash
# Installs what is missing, builds, and starts Loket on the default database
# (~/.local/share/Loket/loket.sqlite). Arguments go to loket, e.g. --db PATH or --lang en.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/bootstrap.sh
exec "${LOKET_BUILD_DIR:-build}/app/loket" "$@"
