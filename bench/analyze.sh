#!/usr/bin/env bash
# Whole-process benchmark of 'msct analyze' on a synthetic bundle (SyntheticBundle, 10,000 subjects x 20 visits).
# Usage: bash bench/analyze.sh [SUBJECTS=10000] [VISITS=20] [SEED=42] [PROTOCOL=gu-2014]
# Needs GNU time (apt-get install time). Writes bench-out/analyze-<n>x<v>/ and prints wall time and peak RSS.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"; cd "$here"
n="${1:-10000}"; v="${2:-20}"; seed="${3:-42}"; protocol="${4:-gu-2014}"
out="bench-out/analyze-${n}x${v}"; bundle="$out/bundle"; res="$out/results"
./msct --version >/dev/null            # builds the jar outside the timed run
jar=msct-cli/target/msct.jar
java=""
for c in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} /usr/lib/jvm/*/bin/java /opt/java/*/bin/java $(command -v java); do
  [[ -x "$c" ]] && "$c" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])' && { java="$c"; break; }
done
[[ -n "$java" ]] || { echo "bench: a JDK >= 21 is needed" >&2; exit 2; }
if [[ ! -f "$bundle/dm.csv" ]]; then
  mkdir -p "$out"
  echo "writing synthetic bundle $n x $v (seed $seed)…" >&2
  "$java" -cp "$jar" bench/analyze/SynBundle.java "$bundle" "$n" "$v" "$seed"
fi
du -sh "$bundle" >&2
rm -rf "$res"
# every endpoint of the protocol (the synthetic study.json names no shipped protocol) and the full report
cmd=(./msct analyze "$bundle" --protocol "$protocol" --out "$res")
/usr/bin/time -f 'wall %e s, peak RSS %M KiB' -o "$out/time.txt" "${cmd[@]}" 2>"$out/progress.txt"
cat "$out/progress.txt" >&2
cat "$out/time.txt"
