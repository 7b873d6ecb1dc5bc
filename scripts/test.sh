#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
# clang and its runtime build the libFuzzer targets for the short fuzzing run below.
# PostgreSQL 15 and Qt's driver for it: the storage tests on the office server's engine
# run against a throwaway server this script starts and stops (issue 15). CUPS with the
# cups-pdf driver and sqlite3: the printing proof below (issue 20).
LOKET_EXTRA_PACKAGES="clang libclang-rt-14-dev postgresql cups printer-driver-cups-pdf sqlite3 ${LOKET_EXTRA_PACKAGES:-}" ./scripts/bootstrap.sh
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
pg_dir=$(mktemp -d /tmp/loket-pg.XXXXXX)
chmod 755 "$pg_dir" # the postgres account runs the server in it
trap './scripts/pg-test-server.sh stop "$pg_dir"' EXIT
LOKET_TEST_PG=$(./scripts/pg-test-server.sh start "$pg_dir")
export LOKET_TEST_PG
(cd "${LOKET_BUILD_DIR:-build}" && ctest --output-on-failure -j "$(nproc)" "$@")
# Real printing: every receipt kind, 80 mm and A4, sent through a private cupsd to a
# cups-pdf queue; the PDFs CUPS wrote must carry the page size and the text Loket sent
# (scripts/prove-printing.sh prints the table; about half a minute).
LOKET_PROOF_BUILT=1 ./scripts/prove-printing.sh
# Four desks at once on the server: no error, nothing lost, one chain, no number twice,
# no file claimed by two desks (scripts/prove-concurrency.sh prints the figures).
su_psql() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "psql $*"; else sh -c "psql $*"; fi; }
su_psql "-h '$pg_dir' -p ${LOKET_TEST_PG_PORT:-55432} -U postgres -d loket_test -qc 'CREATE SCHEMA concurrency_proof'" >/dev/null
./scripts/prove-concurrency.sh --db "$LOKET_TEST_PG options='-c search_path=concurrency_proof'" --processes 4 --actions "${LOKET_PROOF_ACTIONS:-250}"
# A busy office with faults, short: six desks for two minutes at ten times a real desk's
# pace, five desk processes killed and the server restarted (-m immediate) on the way; no
# error shown, nothing acknowledged lost, the chain intact (scripts/prove-office.sh).
su_psql "-h '$pg_dir' -p ${LOKET_TEST_PG_PORT:-55432} -U postgres -d loket_test -qc 'CREATE SCHEMA office_proof'" >/dev/null
./scripts/prove-office.sh --db "$LOKET_TEST_PG options='-c search_path=office_proof'" --desks 6 --minutes "${LOKET_OFFICE_MINUTES:-2}" \
  --pgdata "$pg_dir/data"
# A short fuzzing run of every importer and validator (10 s each; a crash fails the run).
# LOKET_SKIP_FUZZ=1 leaves it out, for a quick local run.
if [ "${LOKET_SKIP_FUZZ:-0}" != 1 ]; then
  ./scripts/fuzz.sh "${LOKET_FUZZ_SECONDS:-10}"
fi
