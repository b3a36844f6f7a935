#!/usr/bin/env bash
# clang-tidy over FlowScope's own sources (models/, ui/, app/) with the checks .clang-tidy
# chooses; any finding fails. It needs compile commands without the GCC precompiled headers
# (clang cannot read them): a configure-only tree in build/tidy, nothing is built.
set -euo pipefail
cd "$(dirname "$0")/.."

cmake -S . -B build/tidy -G Ninja -DCMAKE_BUILD_TYPE=Debug -DFLOWSCOPE_PCH=OFF \
    -DFLOWSCOPE_BUILD_TESTS=OFF > build-tidy-configure.log 2>&1 \
    || { cat build-tidy-configure.log; exit 1; }
rm -f build-tidy-configure.log
jobs=$(nproc)
log=build/tidy/clang-tidy.log
if run-clang-tidy -p build/tidy -j "$jobs" -quiet "$PWD/(models|ui|app)/" > "$log" 2>&1 \
    && ! grep -qE '(warning|error): ' "$log"; then
    echo "clang-tidy: no findings in $(grep -c '"file"' build/tidy/compile_commands.json) files"
    exit 0
fi
grep -E '(warning|error): ' "$log" | sed 's/\x1b\[[0-9;]*m//g' | sort -u
echo "clang-tidy: findings above (the whole output is in $log)" >&2
exit 1
