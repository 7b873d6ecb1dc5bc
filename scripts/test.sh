#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
# clang and its runtime build the libFuzzer targets for the short fuzzing run below.
# PostgreSQL 15 and Qt's driver for it: the storage tests on the office server's engine
# run against a throwaway server this script starts and stops (issue 15).
LOKET_EXTRA_PACKAGES="clang libclang-rt-14-dev postgresql ${LOKET_EXTRA_PACKAGES:-}" ./scripts/bootstrap.sh
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
pg_dir=$(mktemp -d /tmp/loket-pg.XXXXXX)
chmod 755 "$pg_dir" # the postgres account runs the server in it
trap './scripts/pg-test-server.sh stop "$pg_dir"' EXIT
LOKET_TEST_PG=$(./scripts/pg-test-server.sh start "$pg_dir")
export LOKET_TEST_PG
(cd "${LOKET_BUILD_DIR:-build}" && ctest --output-on-failure -j "$(nproc)" "$@")
# A short fuzzing run of every importer and validator (10 s each; a crash fails the run).
# LOKET_SKIP_FUZZ=1 leaves it out, for a quick local run.
if [ "${LOKET_SKIP_FUZZ:-0}" != 1 ]; then
  ./scripts/fuzz.sh "${LOKET_FUZZ_SECONDS:-10}"
fi
