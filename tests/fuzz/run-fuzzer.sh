#!/usr/bin/env bash
# run-fuzzer.sh BINARY SEED_CORPUS DICT SECONDS — runs one libFuzzer target for SECONDS from the
# committed seeds (read-only: new inputs go to a scratch corpus in the build tree). On a crash
# the input is kept next to the scratch corpus and printed as base64, so a CI log alone can
# reproduce it: base64 -d > crash && BINARY crash.
set -euo pipefail
binary=$1 seeds=$2 dict=$3 seconds=$4
name=$(basename "$binary")
work="$(dirname "$binary")/fuzz-work/$name"
rm -rf "$work" && mkdir -p "$work/corpus" "$work/artifacts"

status=0
"$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
    -dict="$dict" -print_final_stats=1 -artifact_prefix="$work/artifacts/" \
    "$work/corpus" "$seeds" || status=$?

for artifact in "$work"/artifacts/*; do
    [ -e "$artifact" ] || continue
    echo "$name: failing input $(basename "$artifact") (base64):"
    base64 -w 0 "$artifact"
    echo
done
exit "$status"
