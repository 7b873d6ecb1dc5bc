#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (build-fuzz) and runs each for SECONDS seconds
# (default 30; CI uses ~10). Corpora grow in build-fuzz/corpus/<target>; crashes are
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
    [[ $t == fuzz_catalog ]] && seeds=(resources/catalog)
    [[ $t == fuzz_ics ]] && seeds=(resources/calendar)
    echo "== $t ($seconds s)"
    if ! "$build/fuzz/$t" -max_total_time="$seconds" -max_len=65536 -artifact_prefix="$build/crashes/$t-" \
        "$build/corpus/$t" "${seeds[@]}" 2>&1 | grep -E "^#[0-9]+.*DONE|^Done|ERROR|SUMMARY"; then
        :
    fi
    [[ ${PIPESTATUS[0]} -ne 0 ]] && status=1
done
exit $status
