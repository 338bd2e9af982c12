#!/usr/bin/env bash
# Throughput of `msct score --batch` (SLEDAI-2K + BILAG-2004 + SFI + LLDAS/DORIS + eGFR per line), whole process.
# Usage: bash bench/score.sh [N=1000000] [single|pair]. Writes bench-out/score_results.md.
#   single: one assessment per line (patient + current: SLEDAI-2K, BILAG-2004, eGFR, LLDAS, DORIS) - the issue's unit
#   pair  : current + previous per line (adds the flare index and renal BILAG against the previous visit)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"; cd "$here"
n="${1:-1000000}"; kind="${2:-single}"; out=bench-out; mkdir -p "$out"
in="$out/assess_${kind}_n$n.ndjson"
[[ -f "$in" ]] || python3 bench/gen_assessments.py "$n" "$in" 20261122 $([[ "$kind" == single ]] && echo --single)
./msct --version >/dev/null
/usr/bin/time -f '%e %M' -o "$out/score_time.txt" ./msct score --batch --input "$in" > "$out/scores_n$n.ndjson"
read -r wall rss < "$out/score_time.txt"
lines=$(wc -l < "$out/scores_n$n.ndjson")
rate=$(awk -v n="$lines" -v w="$wall" 'BEGIN {printf "%.0f", n / w}')
echo "| lines ($kind) | wall (s) | lines/s | peak RSS (MiB) | input MB |" | tee -a "$out/score_results.md"
echo "|---|---|---|---|---|" | tee -a "$out/score_results.md"
echo "| $lines | $wall | $rate | $((rss / 1024)) | $(( $(stat -c %s "$in") / 1000000 )) |" | tee -a "$out/score_results.md"
