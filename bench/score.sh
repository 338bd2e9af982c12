#!/usr/bin/env bash
# Throughput of `msct score --batch` (SLEDAI-2K + BILAG-2004 + SFI + LLDAS/DORIS + eGFR per line), whole process.
# Usage: bash bench/score.sh [N=1000000]. Writes bench-out/score_results.md.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"; cd "$here"
n="${1:-1000000}"; out=bench-out; mkdir -p "$out"
in="$out/assess_n$n.ndjson"
[[ -f "$in" ]] || python3 bench/gen_assessments.py "$n" "$in"
./msct --version >/dev/null
/usr/bin/time -f '%e %M' -o "$out/score_time.txt" ./msct score --batch --input "$in" > "$out/scores_n$n.ndjson"
read -r wall rss < "$out/score_time.txt"
lines=$(wc -l < "$out/scores_n$n.ndjson")
rate=$(awk -v n="$lines" -v w="$wall" 'BEGIN {printf "%.0f", n / w}')
echo "| assessments | wall (s) | assessments/s | peak RSS (MiB) | input MB |" | tee "$out/score_results.md"
echo "|---|---|---|---|---|" | tee -a "$out/score_results.md"
echo "| $lines | $wall | $rate | $((rss / 1024)) | $(( $(stat -c %s "$in") / 1000000 )) |" | tee -a "$out/score_results.md"
