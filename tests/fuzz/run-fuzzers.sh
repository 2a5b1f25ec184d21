#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the `fuzz` preset (clang, libFuzzer, ASan + UBSan) and runs each fuzz target
# for a bounded time, two at a time. Fails if any target crashes, leaks, hangs or runs
# out of memory; the input that did it is left in build/fuzz/run/<target>/ and belongs
# in tests/fuzz/regressions/<target>/ once the bug is fixed.
#
#   tests/fuzz/run-fuzzers.sh [target...]     targets: csv_import scenario policy sqlite_dataset validation_case
#   FUZZ_SECONDS=600 tests/fuzz/run-fuzzers.sh sqlite_dataset
#
# New inputs go to a scratch corpus under build/fuzz/run/, never into the committed
# corpus (libFuzzer only writes to the first corpus folder it is given).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${FUZZ_SECONDS:-60}
jobs=${FUZZ_JOBS:-2}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(csv_import scenario policy sqlite_dataset validation_case)

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j2

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

run_one() {
    local target=$1
    local dir=build/fuzz/run/$target
    local dict=tests/fuzz/json.dict
    [ "$target" = csv_import ] && dict=tests/fuzz/csv_import.dict
    [ "$target" = sqlite_dataset ] && dict=
    rm -rf "$dir" && mkdir -p "$dir/corpus"
    local inputs=("$dir/corpus" "tests/fuzz/corpus/$target")
    [ -d "tests/fuzz/regressions/$target" ] && inputs+=("tests/fuzz/regressions/$target")
    local status=0 start=$SECONDS
    build/fuzz/tests/fuzz/fuzz_"$target" "${inputs[@]}" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -max_len=262144 -print_final_stats=1 -artifact_prefix="$dir/" \
        ${dict:+-dict=$dict} >"$dir/log" 2>&1 || status=$?
    local runs
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log" | tail -1)
    echo "fuzz_$target: ${runs:-?} executions in $((SECONDS - start)) s, exit status $status"
    if [ "$status" -ne 0 ]; then
        tail -n 60 "$dir/log"
        ls "$dir"/crash-* "$dir"/leak-* "$dir"/timeout-* "$dir"/oom-* 2>/dev/null || true
        return 1
    fi
}

failed=0
pids=()
for target in "${targets[@]}"; do
    run_one "$target" &
    pids+=($!)
    if [ ${#pids[@]} -ge "$jobs" ]; then
        wait "${pids[0]}" || failed=1
        pids=("${pids[@]:1}")
    fi
done
for pid in "${pids[@]}"; do
    wait "$pid" || failed=1
done
[ "$failed" -eq 0 ] && echo "fuzzers: no crash" || echo "fuzzers: FAILED (see above)"
exit "$failed"
