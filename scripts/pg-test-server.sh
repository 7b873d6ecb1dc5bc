#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for the test suite (issue 15): its own cluster in a
# fresh folder, reachable only on a Unix socket in that folder, on a port no office
# server uses; nothing of the machine's own PostgreSQL is touched.
#
#   scripts/pg-test-server.sh start DIR   prints the libpq connection string
#   scripts/pg-test-server.sh stop DIR    stops the server and removes DIR
#
# Run as root, the cluster belongs to the postgres account (initdb refuses root).
set -euo pipefail
cmd="${1:-}"
dir="${2:-}"
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "pakai: $0 start|stop FOLDER" >&2; exit 2; }
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL tidak terpasang (paket postgresql)." >&2; exit 1; }
port="${LOKET_TEST_PG_PORT:-55432}"

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    su postgres -s /bin/sh -c "$*"
  else
    sh -c "$*"
  fi
}

case "$cmd" in
start)
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
  as_owner "'$bin/initdb' -D '$dir/data' -A trust -U postgres -E UTF8 --locale=C.UTF-8" >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  as_owner "'$bin/pg_ctl' -D '$dir/data' -w -l '$dir/server.log' -o \"-k '$dir' -p $port -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c autovacuum_naptime=1\" start" >/dev/null ||
    { cat "$dir/server.log" >&2; exit 1; }
  as_owner "'$bin/psql' -h '$dir' -p $port -U postgres -q -c 'CREATE DATABASE loket_test'" >/dev/null
  echo "host=$dir port=$port user=postgres dbname=loket_test"
  ;;
stop)
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "'$bin/pg_ctl' -D '$dir/data' -m fast -w stop" >/dev/null || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "pakai: $0 start|stop FOLDER" >&2
  exit 2
  ;;
esac
