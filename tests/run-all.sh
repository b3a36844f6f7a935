#!/usr/bin/env bash
# Every check CI makes, each stage timed:
#   1. every test under AddressSanitizer + UndefinedBehaviorSanitizer, LeakSanitizer on (the
#      benchmarks are left out of that build: they measure the optimised one);
#   2. each libFuzzer target for FLOWSCOPE_FUZZ_SECONDS (60 s) from its seed corpus;
#   3. build with warnings as errors and run every test (the soak, the fault matrix and, with
#      CI=true, the package check included).
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

stage "every test under ASan + UBSan" cmake --workflow --preset asan
stage "fuzz each parser" cmake --workflow --preset fuzz
echo "== build (-Werror) and every test (after ${SECONDS} s of sanitizer and fuzz stages)"
cmake --workflow --preset ci
