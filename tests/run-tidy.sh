#!/usr/bin/env bash
# clang-tidy over FlowScope's own sources (models/, ui/, app/) with the checks .clang-tidy
# chooses; any finding fails. It needs compile commands without the GCC precompiled headers
# (clang cannot read them): a configure-only tree in build/tidy, nothing is built.
#
# The tree is a unity build: clang-tidy reads each batch of a dozen sources as one file, so Qt's
# headers are parsed once a batch rather than once a source (about a minute instead of four and a
# half on two cores). Every source is still in some batch, and findings name the source's own
# file and line. bugprone-suspicious-include is off for this run only: a unity batch is a file
# that includes .cpp files, which is what that check reports.
set -euo pipefail
cd "$(dirname "$0")/.."

cmake -S . -B build/tidy -G Ninja -DCMAKE_BUILD_TYPE=Debug -DFLOWSCOPE_PCH=OFF \
    -DFLOWSCOPE_BUILD_TESTS=OFF -DCMAKE_UNITY_BUILD=ON -DCMAKE_UNITY_BUILD_BATCH_SIZE=12 \
    > build-tidy-configure.log 2>&1 \
    || { cat build-tidy-configure.log; exit 1; }
rm -f build-tidy-configure.log
jobs=$(nproc)
log=build/tidy/clang-tidy.log
batches='/(models|ui|app)/([a-z]+/)?CMakeFiles/[^ ]*/Unity/unity_'
sources=$(find build/tidy/models build/tidy/ui build/tidy/app -path '*/Unity/*.cxx' -print0 \
    | xargs -0 grep -hoE "\"$PWD/(models|ui|app)/[^\"]*\\.cpp\"" | sort -u | wc -l)
expected=$(find models ui app -name '*.cpp' | wc -l)
if [ "$sources" -ne "$expected" ]; then
    echo "clang-tidy: the unity batches hold $sources of the $expected sources" >&2
    exit 1
fi
if run-clang-tidy -p build/tidy -j "$jobs" -quiet -checks=-bugprone-suspicious-include \
    "$batches" > "$log" 2>&1 \
    && ! grep -qE '(warning|error): ' "$log"; then
    echo "clang-tidy: no findings in $sources sources"
    exit 0
fi
grep -E '(warning|error): ' "$log" | sed 's/\x1b\[[0-9;]*m//g' | sort -u
echo "clang-tidy: findings above (the whole output is in $log)" >&2
exit 1
