#!/usr/bin/env bash
# Every check CI makes, in order, each stage timed:
#   1. build with warnings as errors and run every test (the soak and the fault matrix included);
#   2. the same suite under AddressSanitizer + UndefinedBehaviorSanitizer, LeakSanitizer on;
#   3. each libFuzzer target for FLOWSCOPE_FUZZ_SECONDS (60 s) from its seed corpus.
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

stage "build (-Werror) and every test" cmake --workflow --preset ci
stage "every test under ASan + UBSan" cmake --workflow --preset asan
stage "fuzz each parser" cmake --workflow --preset fuzz
echo "== all checks passed in $SECONDS s"
