#!/usr/bin/env bash
# Concurrency proof (issue 7): two processes act on the same database file at once,
# ACTIONS write transactions each (check-ins, checklist ticks, accept, claim, complete).
# Both must end with exit 0 and print no error; then every reported action must be in
# the file, and the file must pass `loket check` (integrity + event hash chain).
#   ACTIONS (default 1000), LOKET_BUILD_DIR (default build), LOKET_JOBS (default 2)
#   WITH_GUI=1: a Loket GUI (offscreen) holds the file open throughout and must keep its
#   locks and files (scripts/gui-witness.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${LOKET_BUILD_DIR:-build}"
actions="${ACTIONS:-1000}"
if [[ ! -f "$build/build.ninja" && ! -f "$build/Makefile" ]]; then
    cmake -S . -B "$build" -G Ninja >/dev/null
fi
cmake --build "$build" -j "${LOKET_JOBS:-2}" --target loket loket_stress >/dev/null
stress="$build/tools/loket_stress"
loket="$build/app/loket"

work="$(mktemp -d)"
gui_pid=""
trap '[[ -n "$gui_pid" ]] && kill "$gui_pid" 2>/dev/null; rm -rf "$work"' EXIT
db="$work/shared.sqlite"

# Users first, one process at a time (Argon2id is slow, and it is not what is measured).
"$stress" --db "$db" --actions 0 --actor-prefix one
"$stress" --db "$db" --actions 0 --actor-prefix two

if [[ "${WITH_GUI:-0}" == 1 ]]; then
    source scripts/gui-witness.sh
    gui_start "$db" "$loket" "$work"
fi

start=$(date +%s)
"$stress" --db "$db" --actions "$actions" --seed 1 --actor-prefix one >"$work/one.out" 2>"$work/one.err" &
one=$!
"$stress" --db "$db" --actions "$actions" --seed 2 --actor-prefix two >"$work/two.out" 2>"$work/two.err" &
two=$!
s1=0; wait "$one" || s1=$?
s2=0; wait "$two" || s2=$?
elapsed=$(($(date +%s) - start))

failed=0
for name in one two; do
    if [[ -s "$work/$name.err" ]]; then
        echo "process $name printed:" >&2
        cat "$work/$name.err" >&2
        failed=1
    fi
done
if [[ $s1 -ne 0 || $s2 -ne 0 ]]; then
    echo "exit codes: $s1 and $s2" >&2
    failed=1
fi
n1=$(grep -c '^COMMITTED ' "$work/one.out" || true)
n2=$(grep -c '^COMMITTED ' "$work/two.out" || true)
total=$((n1 + n2))
if [[ $total -ne $((2 * actions)) ]]; then
    echo "expected $((2 * actions)) committed actions, the processes reported $n1 + $n2" >&2
    failed=1
fi
cat "$work/one.out" "$work/two.out" >"$work/all.out"
if [[ -n "$gui_pid" ]] && ! gui_check "$db"; then
    failed=1
fi
if ! "$loket" --db "$db" check; then
    echo "loket check failed" >&2
    failed=1
fi
if ! "$stress" --db "$db" --verify "$work/all.out"; then
    failed=1
fi
if [[ $failed -ne 0 ]]; then
    echo "2 processes, $total committed actions in ${elapsed}s: FAILED" >&2
    exit 1
fi
echo "2 processes x $actions actions${gui_pid:+ beside a GUI}: $total committed in ${elapsed}s, no error shown, 0 lost"
