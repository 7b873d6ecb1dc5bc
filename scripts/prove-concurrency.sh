#!/usr/bin/env bash
# Concurrency proof (issues 7 and 15): several processes act on one database at once,
# ACTIONS write transactions each (check-ins, checklist ticks, accept, then a claim of
# the oldest waiting file in the shared queue, whoever checked it in, and its completion).
# Every process must end with exit 0 and print no error; then every reported action must
# be in the database, no file claimed twice, no queue number issued twice or skipped, and
# the database must pass `loket check` (integrity + the one unbroken event hash chain).
#
#   scripts/prove-concurrency.sh [--db LOCATION] [--processes N] [--actions N]
#
#   --db         a file, or a PostgreSQL address (postgresql://..., "host=... dbname=...");
#                default: a fresh SQLite file in a temporary folder
#   --processes  how many desks at once (default 2)
#   --actions    write transactions per process (default 1000; env ACTIONS too)
#   LOKET_BUILD_DIR (default build), LOKET_JOBS (default 2)
#   WITH_GUI=1: a Loket GUI (offscreen) holds the file open throughout and must keep its
#   locks and files (scripts/gui-witness.sh; SQLite files only)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${LOKET_BUILD_DIR:-build}"
actions="${ACTIONS:-1000}"
processes=2
db=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --db) db="$2"; shift 2 ;;
        --processes) processes="$2"; shift 2 ;;
        --actions) actions="$2"; shift 2 ;;
        *) echo "pakai: $0 [--db LOKASI] [--processes N] [--actions N]" >&2; exit 2 ;;
    esac
done
if [[ ! -f "$build/build.ninja" && ! -f "$build/Makefile" ]]; then
    cmake -S . -B "$build" -G Ninja >/dev/null
fi
cmake --build "$build" -j "${LOKET_JOBS:-2}" --target loket loket_stress >/dev/null
stress="$build/tools/loket_stress"
loket="$build/app/loket"

work="$(mktemp -d)"
gui_pid=""
trap '[[ -n "$gui_pid" ]] && kill "$gui_pid" 2>/dev/null; rm -rf "$work"' EXIT
[[ -n "$db" ]] || db="$work/shared.sqlite"

# Users first, one process at a time (Argon2id is slow, and it is not what is measured).
for ((p = 1; p <= processes; p++)); do
    "$stress" --db "$db" --actions 0 --actor-prefix "desk$p"
done

if [[ "${WITH_GUI:-0}" == 1 ]]; then
    source scripts/gui-witness.sh
    gui_start "$db" "$loket" "$work"
fi

start=$(date +%s)
pids=()
for ((p = 1; p <= processes; p++)); do
    "$stress" --db "$db" --actions "$actions" --seed "$p" --actor-prefix "desk$p" >"$work/$p.out" 2>"$work/$p.err" &
    pids+=($!)
done
failed=0
errors=0
for ((p = 1; p <= processes; p++)); do
    status=0; wait "${pids[$((p - 1))]}" || status=$?
    if [[ $status -ne 0 ]]; then
        echo "process $p ended with exit code $status" >&2
        failed=1
    fi
done
elapsed=$(($(date +%s) - start))

total=0
races=0
for ((p = 1; p <= processes; p++)); do
    if [[ -s "$work/$p.err" ]]; then
        echo "process $p printed:" >&2
        cat "$work/$p.err" >&2
        errors=$((errors + $(wc -l <"$work/$p.err")))
        failed=1
    fi
    n=$(grep -c '^COMMITTED ' "$work/$p.out" || true)
    r=$(grep -c '^RACE ' "$work/$p.out" || true)
    total=$((total + n))
    races=$((races + r))
done
if [[ $total -ne $((processes * actions)) ]]; then
    echo "expected $((processes * actions)) committed actions, the processes reported $total" >&2
    failed=1
fi
cat "$work"/*.out >"$work/all.out"
if [[ -n "$gui_pid" ]] && ! gui_check "$db"; then
    failed=1
fi
if ! "$loket" --db "$db" check >"$work/check.txt" 2>&1; then
    cat "$work/check.txt" >&2
    echo "loket check failed" >&2
    failed=1
fi
chain=$(grep -o '[0-9]* kejadian, rantai hash utuh' "$work/check.txt" || echo "rantai TIDAK utuh")
verified=""
if ! verified=$("$stress" --db "$db" --verify "$work/all.out" 2>"$work/verify.err"); then
    cat "$work/verify.err" >&2
    failed=1
fi
summary="$processes processes x $actions actions${gui_pid:+ beside a GUI}: $total committed in ${elapsed}s, $errors errors shown, ${verified#VERIFIED }, $races claims lost to another desk (refused cleanly), chain: $chain"
if [[ $failed -ne 0 ]]; then
    echo "$summary: FAILED" >&2
    exit 1
fi
echo "$summary"
