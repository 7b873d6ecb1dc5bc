#!/usr/bin/env bash
# Load and faults proof (issue 16): a busy office on one PostgreSQL server. N desks
# (processes of tools/loket_office) work a busy day's mix at ten times a real desk's pace
# for M minutes; meanwhile 5 desk processes are killed with SIGKILL at random moments (a
# fresh one takes each one's place, the same desk and officer) and the server is restarted
# once with `pg_ctl restart -m immediate` (a crash, for the desks and the server alike).
# Then every acknowledged action must be in the database, and the event chain intact.
#
#   scripts/prove-office.sh --db LOCATION [--desks N] [--minutes M]
#                           (--pgdata DIR [--pglog FILE] | --no-server-restart)
#
#   --db        a PostgreSQL address (postgresql://..., "host=... dbname=...", service=);
#               best an empty database or schema of its own: the checks read whole guest books
#   --desks     how many desks at once (default 20; 3 or more): desk 1 is the admin sistem's,
#               of the others half (rounded up) helpdesk desks, the rest verifikator desks
#   --minutes   how long the run lasts, in real minutes (default 10)
#   --pgdata    the server's data directory, for the restart; pg_ctl runs as the directory's
#               owner (through su when this script runs as root), with the options the
#               server was started with (postmaster.opts), e.g. the throwaway server of
#               scripts/pg-test-server.sh: --pgdata DIR/data
#   --pglog     the server's log for pg_ctl -l (default: server.log beside the data
#               directory when there is one, as pg-test-server.sh keeps it, else
#               DIR/prove-office.log)
#   --no-server-restart  for a server this script may not restart: no restart, and the
#               summary says server_restart=skipped
#   LOKET_BUILD_DIR (default build), LOKET_JOBS (default 2), OFFICE_SPEED (default 10),
#   OFFICE_KILLS (default 5), OFFICE_KEEP=DIR (the desks' logs, the verifier's and
#   `loket check`'s output are copied there at the end)
#
# The desks (the mix and the pace are written out in tools/loket_office.cpp): helpdesk
# desks take a walk-in about every 7 real minutes (vendor lookup, check-in with an
# idempotency key, a tick per paper handed over, accept and hand off, or 1 in 6 returned
# incomplete, the returned applicant coming back later); verifikator desks claim the oldest
# waiting file (racing each other), open it, work it for 8 minutes, complete it, pause it
# (1 in 8) and resume it 10 minutes later, or send it back (1 in 25); the admin sistem desk
# the same for service 7 with 15 minutes of work. Every desk reads its page again at each
# change another desk makes (ChangeFeed, as the window) and keeps its session alive every
# 30 s. Ten times that pace: what the busiest real hours of a 20-desk office would be.
#
# Each desk appends every action it was told is committed to its own log (written and
# flushed before the next action), with its time and, for a check-in, its key. A desk that
# loses the connection behaves as the window: the action fails with "Tidak terhubung ke
# server basis data ..." (counted as offline, not as an error), the desk waits while
# ChangeFeed reconnects it, asks whether the action whose answer was lost was committed
# (GuestBook::recorded for a check-in, the file's state or checklist for the others) and
# sends it again with the same key only when it was not.
#
# Counted and checked afterwards (loket_office --verify, `loket check`):
#   errors shown  every message an officer would see other than "not connected" during
#                 the outage and a file another desk took first (a race, refused cleanly)
#   lost          every COMMITTED line must be in the database (its event by that officer
#                 on that file, a check-in under its key, a ticked paper ticked)
#   doubles       a check-in key answered with two files, a walk-in recorded twice, a queue
#                 number issued twice, a file claimed by two officers at once
#   gaps          a queue number skipped (per day and letter)
#   chain         `loket check`: integrity and the one unbroken event hash chain
# Prints one summary line: actions (the officers': writes, reads such as a vendor lookup or
# opening a file, logins) and their throughput, the pages the windows read again by
# themselves at each change (page_reads), the median and 99th percentile of each action's
# time, the counts above, the races (claims lost to another desk), the actions whose
# answer the outage took (asked about afterwards: recorded, or resent with the same key),
# the restart and the kills. Exits 0 only when it says errors_shown=0, lost=0, doubles=0,
# gaps=0 and chain=intact (and every desk ended by itself, the restart done or skipped).
set -euo pipefail
cd "$(dirname "$0")/.."
build="${LOKET_BUILD_DIR:-build}"
speed="${OFFICE_SPEED:-10}"
kills="${OFFICE_KILLS:-5}"
desks=20
minutes=10
db=""
pgdata=""
pglog=""
restart=1
usage() {
    echo "pakai: $0 --db LOKASI [--desks N] [--minutes M] (--pgdata DIR [--pglog FILE] | --no-server-restart)" >&2
    exit 2
}
while [[ $# -gt 0 ]]; do
    case "$1" in
        --db) db="${2:-}"; shift 2 ;;
        --desks) desks="${2:-}"; shift 2 ;;
        --minutes) minutes="${2:-}"; shift 2 ;;
        --pgdata) pgdata="${2:-}"; shift 2 ;;
        --pglog) pglog="${2:-}"; shift 2 ;;
        --no-server-restart) restart=0; shift ;;
        *) usage ;;
    esac
done
[[ -n "$db" && "$desks" =~ ^[0-9]+$ && "$desks" -ge 3 && "$minutes" =~ ^[0-9]+$ && "$minutes" -ge 1 ]] || usage
case "$db" in
    postgres://* | postgresql://* | *host=* | *dbname=* | service=*) ;;
    *) echo "the office proof runs against a PostgreSQL server (--db postgresql://... or \"host=... dbname=...\")" >&2; exit 2 ;;
esac

# The restart: pg_ctl of the data directory's version, as the directory's owner.
pg_ctl=""
owner=""
if [[ $restart -eq 1 ]]; then
    [[ -n "$pgdata" ]] || { echo "--pgdata DIR is needed to restart the server (or --no-server-restart)" >&2; exit 2; }
    [[ -d "$pgdata" ]] || { echo "no data directory $pgdata" >&2; exit 2; }
    owner=$(stat -c %U "$pgdata")
    version=$(cat "$pgdata/PG_VERSION" 2>/dev/null || true)
    pg_ctl="/usr/lib/postgresql/$version/bin/pg_ctl"
    [[ -n "$version" && -x "$pg_ctl" ]] || pg_ctl=$(command -v pg_ctl || true)
    [[ -n "$pg_ctl" ]] || { echo "pg_ctl not found for $pgdata (or use --no-server-restart)" >&2; exit 2; }
    if [[ -z "$pglog" ]]; then
        pglog="$pgdata/prove-office.log"
        [[ -f "$(dirname "$pgdata")/server.log" ]] && pglog="$(dirname "$pgdata")/server.log"
    fi
    if [[ "$(id -u)" -ne 0 && "$(id -un)" != "$owner" ]]; then
        echo "pg_ctl must run as $owner, the owner of $pgdata: run this as $owner or root, or use --no-server-restart" >&2
        exit 2
    fi
fi
as_owner() {
    if [[ "$(id -u)" -eq 0 && "$owner" != root ]]; then
        su "$owner" -s /bin/sh -c "$*"
    else
        sh -c "$*"
    fi
}
if [[ $restart -eq 1 ]] && ! as_owner "'$pg_ctl' -D '$pgdata' status" >/dev/null 2>&1; then
    echo "pg_ctl -D $pgdata status: no server running there" >&2
    exit 2
fi

if [[ ! -f "$build/build.ninja" && ! -f "$build/Makefile" ]]; then
    cmake -S . -B "$build" -G Ninja >/dev/null
fi
cmake --build "$build" -j "${LOKET_JOBS:-2}" --target loket loket_office >/dev/null
office="$build/tools/loket_office"
loket="$build/app/loket"

work="$(mktemp -d)"
declare -a pid incarnation
cleanup() {
    for ((k = 1; k <= desks; k++)); do
        if [[ -n "${pid[$k]:-}" ]] && kill -0 "${pid[$k]}" 2>/dev/null; then
            kill -KILL "${pid[$k]}" 2>/dev/null || true
        fi
    done
    if [[ -n "${OFFICE_KEEP:-}" ]]; then
        rm -rf "$OFFICE_KEEP" && cp -r "$work" "$OFFICE_KEEP"
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# The officers once (Argon2id is slow, and it is not what is measured), and the known vendors.
"$office" --db "$db" --setup --desks "$desks"

run=$(date +%s)
now_ms() { date +%s%3N; }
sleep_until() {
    local ms=$(($1 - $(now_ms)))
    if [[ $ms -gt 0 ]]; then sleep "$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))"; fi
}
start_desk() {
    local k=$1
    incarnation[$k]=$((${incarnation[$k]:-0} + 1))
    "$office" --db "$db" --desk "$k" --desks "$desks" --incarnation "${incarnation[$k]}" --until "$end_ms" --speed "$speed" \
        --seed "$((RANDOM * 100 + k))" --run "$run" --log "$work/desk-$k.log" 2>>"$work/desk-$k.err" &
    pid[$k]=$!
}

duration_ms=$((minutes * 60000))
start_ms=$(now_ms)
end_ms=$((start_ms + duration_ms))
for ((k = 1; k <= desks; k++)); do
    start_desk "$k"
done

# The faults, at random moments: the kills between 10 % and 90 % of the run, the restart
# between 30 % and 70 %.
events=()
for ((i = 0; i < kills; i++)); do
    events+=("$((start_ms + duration_ms * (10 + RANDOM % 81) / 100 + RANDOM % 1000)) kill")
done
[[ $restart -eq 1 ]] && events+=("$((start_ms + duration_ms * (30 + RANDOM % 41) / 100 + RANDOM % 1000)) restart")
mapfile -t events < <(printf '%s\n' "${events[@]}" | sort -n)
failed=0
killed=0
declare -A victims=()
server_restart=skipped
for e in "${events[@]}"; do
    at=${e% *}
    what=${e#* }
    sleep_until "$at"
    if [[ $what == restart ]]; then
        t0=$(now_ms)
        if as_owner "'$pg_ctl' -D '$pgdata' -m immediate -w -t 120 -l '$pglog' restart" >"$work/restart.out" 2>&1; then
            t1=$(now_ms)
            server_restart="done($(((t1 - t0) / 1000)).$(((t1 - t0) % 1000 / 100))s)"
        else
            cat "$work/restart.out" >&2
            server_restart=failed
            failed=1
        fi
        continue
    fi
    # A desk not killed yet (while there are), chosen at random.
    while :; do
        k=$((1 + RANDOM % desks))
        [[ -z "${victims[$k]:-}" || ${#victims[@]} -ge $desks ]] && break
    done
    victims[$k]=1
    kill -KILL "${pid[$k]}" 2>/dev/null || true
    status=0
    wait "${pid[$k]}" 2>/dev/null || status=$?
    if [[ $status -ne 137 ]]; then
        echo "desk $k ended by itself (exit $status) before it was killed:" >&2
        cat "$work/desk-$k.err" >&2
        failed=1
    fi
    killed=$((killed + 1))
    start_desk "$k"
done

# Every desk ends by itself at the end (settling an action whose answer was lost may take
# a little longer); one that has not ended well after is stuck, and a failure.
hung=0
for ((k = 1; k <= desks; k++)); do
    while kill -0 "${pid[$k]}" 2>/dev/null && [[ $(now_ms) -lt $((end_ms + 150000)) ]]; do
        sleep 0.5
    done
    if kill -0 "${pid[$k]}" 2>/dev/null; then
        echo "desk $k did not end by itself: killed" >&2
        kill -KILL "${pid[$k]}" 2>/dev/null || true
        hung=$((hung + 1))
        failed=1
    fi
    status=0
    wait "${pid[$k]}" 2>/dev/null || status=$?
    if [[ $status -ne 0 && $status -ne 137 ]]; then
        echo "desk $k ended with exit code $status:" >&2
        grep -a '^ERROR' "$work/desk-$k.err" >&2 || true
        failed=1
    fi
done
elapsed_ms=$(($(now_ms) - start_ms))
[[ $elapsed_ms -lt $duration_ms ]] && elapsed_ms=$duration_ms

verify_status=0
"$office" --db "$db" --verify "$work" --desks "$desks" --run "$run" >"$work/verify.out" 2>"$work/verify.err" || verify_status=$?
if [[ $verify_status -ne 0 && $verify_status -ne 1 ]]; then
    cat "$work/verify.err" >&2
    echo "the verifier could not read the database" >&2
    exit 1
fi
chain="broken"
if "$loket" --db "$db" check >"$work/check.txt" 2>&1; then
    events_checked=$(sed -n 's/.*: \([0-9]*\) kejadian, rantai hash utuh.*/\1/p' "$work/check.txt")
    [[ -n "$events_checked" ]] && chain="intact($events_checked events)"
fi
[[ $chain == broken ]] && { cat "$work/check.txt" >&2; failed=1; }

field() { sed -n "s/^$1 .*\b$2=\([0-9.]*\).*/\1/p" "$work/verify.out" | head -1; }
writes=$(field COUNTS writes)
reads=$(field COUNTS reads)
logins=$(field COUNTS logins)
refreshes=$(field COUNTS refreshes)
beats=$(field COUNTS beats)
shown=$(field COUNTS shown)
offline=$(field COUNTS offline)
offline_silent=$(field COUNTS offline_silent)
races=$(field COUNTS races)
recorded=$(field COUNTS resolved_recorded)
resent=$(field COUNTS resolved_retry)
malformed=$(field COUNTS malformed)
lost=$(field VERIFIED lost)
visits=$(field VERIFIED visits)
doubles=$(($(field VERIFIED keys_twice) + $(field VERIFIED walkins_twice) + $(field VERIFIED numbers_twice) + $(field VERIFIED claimed_twice)))
gaps=$(field VERIFIED numbers_skipped)
actions=$((writes + reads + logins))
throughput=$(awk -v a="$actions" -v ms="$elapsed_ms" 'BEGIN { printf "%.1f", a * 1000 / ms }')
page_rate=$(awk -v a="$refreshes" -v ms="$elapsed_ms" 'BEGIN { printf "%.1f", a * 1000 / ms }')
write_rate=$(awk -v a="$writes" -v ms="$elapsed_ms" 'BEGIN { printf "%.1f", a * 1000 / ms }')
latencies=""
for action in checkin tick accept return recheck claim pause resume complete sendback open vendor work queue refresh login beat; do
    line=$(grep "^STAT $action " "$work/verify.out" || true)
    [[ -z "$line" ]] && continue
    p50=$(sed -n 's/.* p50=\([0-9.]*\).*/\1/p' <<<"$line")
    p99=$(sed -n 's/.* p99=\([0-9.]*\).*/\1/p' <<<"$line")
    latencies+=" $action p50=${p50}ms p99=${p99}ms"
done
errors=$((shown + malformed))
summary="desks=$desks minutes=$minutes speed=${speed}x actions=$actions (writes=$writes reads=$reads logins=$logins) visits=$visits throughput=${throughput}/s writes=${write_rate}/s page_reads=$refreshes (${page_rate}/s) beats=$beats$latencies errors_shown=$errors offline_shown=$offline (unseen=$offline_silent) races=$races answers_lost=$((recorded + resent)) (recorded=$recorded resent=$resent) lost=$lost doubles=$doubles gaps=$gaps chain=$chain server_restart=$server_restart kills=$killed"
if [[ $errors -ne 0 || $lost -ne 0 || $doubles -ne 0 || $gaps -ne 0 || $verify_status -ne 0 ]]; then
    failed=1
fi
if [[ $failed -ne 0 ]]; then
    grep -v '^SHOWN' "$work/verify.err" | head -50 >&2 || true
    grep -h '^SHOWN' "$work/verify.err" | head -50 >&2 || true
    echo "$summary: FAILED" >&2
    exit 1
fi
echo "$summary"
