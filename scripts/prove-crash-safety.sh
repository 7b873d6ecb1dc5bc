#!/usr/bin/env bash
# Crash-safety proof (issue 7): runs continuous counter actions in a child process
# (tools/loket_stress), kills it with SIGKILL at a random moment, again and again on
# one database; then checks the file (integrity + event hash chain, `loket check`) and
# that every action the child reported as committed is in it.
#   scripts/prove-crash-safety.sh [--db LOCATION]   a file, or a PostgreSQL address
#   (default: a fresh SQLite file); on a server, the killed desk's open transaction is
#   the server's to roll back.
#   KILLS=50.. (default 60), LOKET_BUILD_DIR (default build), LOKET_JOBS (default 2)
#   WITH_GUI=1: a Loket GUI (offscreen) holds the file open throughout and must keep its
#   locks and files (scripts/gui-witness.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${LOKET_BUILD_DIR:-build}"
kills="${KILLS:-60}"
db=""
if [[ "${1:-}" == "--db" && -n "${2:-}" ]]; then
    db="$2"
elif [[ $# -gt 0 ]]; then
    echo "pakai: $0 [--db LOKASI]" >&2
    exit 2
fi
if [[ ! -f "$build/build.ninja" && ! -f "$build/Makefile" ]]; then
    cmake -S . -B "$build" -G Ninja >/dev/null
fi
cmake --build "$build" -j "${LOKET_JOBS:-2}" --target loket loket_stress >/dev/null
stress="$build/tools/loket_stress"
loket="$build/app/loket"

work="$(mktemp -d)"
gui_pid=""
trap '[[ -n "$gui_pid" ]] && kill "$gui_pid" 2>/dev/null; rm -rf "$work"' EXIT
[[ -n "$db" ]] || db="$work/crash.sqlite"
committed="$work/committed.txt"
: >"$committed"

# Creates the users once (Argon2id is slow) and proves the driver works before killing it.
"$stress" --db "$db" --actions 1 --seed 0 --actor-prefix crash >>"$committed"
if [[ "${WITH_GUI:-0}" == 1 ]]; then
    source scripts/gui-witness.sh
    gui_start "$db" "$loket" "$work"
fi

for ((i = 1; i <= kills; i++)); do
    out="$work/run-$i.out"
    "$stress" --db "$db" --actions 1000000 --seed "$i" --actor-prefix crash >"$out" 2>"$work/run-$i.err" &
    pid=$!
    ms=$((50 + RANDOM % 751))
    sleep "$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))"
    kill -KILL "$pid" 2>/dev/null || true
    status=0
    { wait "$pid"; } 2>/dev/null || status=$?
    if [[ $status -ne 137 ]]; then
        echo "run $i ended by itself (exit $status) instead of being killed:" >&2
        cat "$work/run-$i.err" >&2
        exit 1
    fi
    cat "$out" >>"$committed"
done

actions=$(grep -c '^COMMITTED ' "$committed" || true)
if [[ -n "$gui_pid" ]]; then
    gui_check "$db" || exit 1
    gui_note=" beside a GUI"
    gui_stop
    gui_pid=""
fi
if ! "$loket" --db "$db" check; then
    echo "loket check failed after $kills kills" >&2
    exit 1
fi
if ! report=$("$stress" --db "$db" --verify "$committed"); then
    echo "$report" >&2
    echo "$kills kills, $actions committed actions, LOST some (see above)" >&2
    exit 1
fi
echo "$report"
echo "$kills kills${gui_note:-}, $actions committed actions, 0 lost"
