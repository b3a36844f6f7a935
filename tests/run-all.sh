#!/usr/bin/env bash
# Every check CI makes, each stage timed:
#   1. one clang build with AddressSanitizer + UndefinedBehaviorSanitizer and libFuzzer's
#      coverage (unity batches: Qt's headers parsed once a batch), for the tests and the fuzz
#      targets both; the benchmarks are left out of it (they measure the optimised build);
#   2. every test under it, LeakSanitizer on, with clang-tidy over the project's sources running
#      beside it (tests/run-tidy.sh): the suite spends half its time waiting on its sandboxes,
#      and a machine under load is one it must hold on;
#   3. each libFuzzer target for FLOWSCOPE_FUZZ_SECONDS (60 s) from its seed corpus, three at
#      a time;
#   4. build with warnings as errors (gcc) and run every test (the soak, the fault matrix and,
#      with CI=true, the package check included).
# The -Werror suite runs last so that the output ends with its CTest summary line.
# Run packaging/install-deps.sh first on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

stage() {
    local name=$1
    shift
    local start=$SECONDS
    echo "== $name"
    "$@"
    echo "== $name: done in $((SECONDS - start)) s"
}

stage "build under ASan + UBSan, the fuzz targets too" \
    bash -c 'cmake --preset asan && cmake --build --preset asan'
mkdir -p build
tests/run-tidy.sh > build/clang-tidy.out 2>&1 &
tidy=$!
tidy_start=$SECONDS
stage "every test under ASan + UBSan, clang-tidy beside it" ctest --preset asan
tidy_ok=0
wait "$tidy" || tidy_ok=$?
cat build/clang-tidy.out
echo "== clang-tidy: done in $((SECONDS - tidy_start)) s"
[ "$tidy_ok" -eq 0 ] || exit "$tidy_ok"
# Three at a time: on two cores the fuzzers are CPU-bound, so the run takes two minutes, not three.
stage "fuzz each parser" ctest --preset fuzz --parallel 3
echo "== build (-Werror) and every test (after ${SECONDS} s of sanitizer and fuzz stages)"
cmake --workflow --preset ci
