#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
# clang and its runtime build the libFuzzer targets for the short fuzzing run below.
LOKET_EXTRA_PACKAGES="clang libclang-rt-14-dev ${LOKET_EXTRA_PACKAGES:-}" ./scripts/bootstrap.sh
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
(cd "${LOKET_BUILD_DIR:-build}" && ctest --output-on-failure -j "$(nproc)" "$@")
# A short fuzzing run of every importer and validator (10 s each; a crash fails the run).
# LOKET_SKIP_FUZZ=1 leaves it out, for a quick local run.
if [ "${LOKET_SKIP_FUZZ:-0}" != 1 ]; then
  ./scripts/fuzz.sh "${LOKET_FUZZ_SECONDS:-10}"
fi
