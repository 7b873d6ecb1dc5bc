#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (build-fuzz) and runs each for SECONDS seconds
# (default 30; scripts/test.sh, and so CI, runs 10). Seeds come from fuzz/seeds/<target>. Corpora grow in build-fuzz/corpus/<target>; crashes are
# written to build-fuzz/crashes/ and make the script fail.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-${SECONDS_PER_TARGET:-30}}"
build="${LOKET_FUZZ_BUILD_DIR:-build-fuzz}"
if [[ ! -f "$build/build.ninja" ]]; then
    CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLOKET_FUZZ=ON -DLOKET_BUILD_TESTS=OFF >/dev/null
fi
targets=(fuzz_validators fuzz_catalog fuzz_ics fuzz_survey_csv)
cmake --build "$build" -j "${LOKET_JOBS:-2}" --target "${targets[@]}" >/dev/null
mkdir -p "$build/crashes"
status=0
for t in "${targets[@]}"; do
    mkdir -p "$build/corpus/$t"
    seeds=()
    [[ -d fuzz/seeds/$t ]] && seeds+=(fuzz/seeds/$t)
    [[ $t == fuzz_catalog ]] && seeds+=(resources/catalog)
    echo "== $t ($seconds s)"
    log="$build/$t.log"
    rc=0
    "$build/fuzz/$t" -max_total_time="$seconds" -max_len=65536 -artifact_prefix="$build/crashes/$t-" \
        "$build/corpus/$t" "${seeds[@]}" >"$log" 2>&1 || rc=$?
    grep -E "^#[0-9]+.*DONE|^Done|ERROR|SUMMARY" "$log" || true
    if [[ $rc -ne 0 ]]; then
        echo "$t failed (exit $rc); the input is in $build/crashes/, the log in $log"
        status=1
    fi
done
exit $status
