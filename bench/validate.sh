#!/usr/bin/env bash
# Whole-process benchmark of `msct validate` on a synthetic bundle (SyntheticBundle: every subject with V visits,
# LB and QS rows at each). Usage: bash bench/validate.sh [SUBJECTS=10000] [VISITS=20]
# Needs GNU time (apt-get install time). Prints wall seconds, peak RSS (MiB) and rows/s; the issue asks for < 15 s
# and < 2 GiB for 10,000 x 20. Generation is not timed. MSCT_JAVA_OPTS passes JVM options (e.g. -Xmx1536m).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"; cd "$here"
subjects="${1:-10000}"; visits="${2:-20}"
out=bench-out; mkdir -p "$out"
dir="$out/bundle-${subjects}x${visits}"
[[ -x /usr/bin/time ]] || { echo "bench: GNU time is needed (apt-get install time)" >&2; exit 2; }
./msct --version >/dev/null   # builds the jar outside the timed run
jar=msct-cli/target/msct.jar
java=""   # a JDK >= 21, as the launcher picks it: JAVA_HOME, else the newest under /usr/lib/jvm or /opt/java
for c in "${JAVA_HOME:-}" /usr/lib/jvm/* /opt/java/*; do
  v=$(sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9]*\).*/\1/p' "$c/release" 2>/dev/null | head -1 || true)
  if [[ "$v" =~ ^[0-9]+$ ]] && (( v >= 21 )); then java="$c/bin/java"; [[ "$c" == "${JAVA_HOME:-}" ]] && break; fi
done
[[ -n "$java" ]] || { echo "bench: no JDK >= 21 found (set JAVA_HOME)" >&2; exit 2; }
# The command runs through the msct launcher once Main registers it; until then through its own main.
if ./msct --help 2>/dev/null | grep -q "^  validate"; then run=(./msct validate); else
  run=("$java" -Xmx1536m -XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=80 -XX:MaxTenuringThreshold=0 ${MSCT_JAVA_OPTS:-} -cp "$jar" \
    org.msct.cli.validate.ValidateCommand); fi
if [[ ! -f "$dir/dm.csv" ]]; then
  echo "bench: generating $subjects subjects x $visits visits in $dir ..." >&2
  "${run[@]}" --generate-synthetic "$dir" --subjects "$subjects" --visits "$visits"
fi
du -sh "$dir" >&2
set +e
/usr/bin/time -f '%e %M %U %S' -o "$out/validate-time.txt" "${run[@]}" "$dir" --max-findings 20 >"$out/validate.out" 2>"$out/validate.err"
code=$?
set -e
read -r wall rss usr sys < <(tail -1 "$out/validate-time.txt")
tail -4 "$out/validate.out"
echo "exit $code; whole process: ${wall} s wall, peak RSS $((rss / 1024)) MiB, CPU ${usr} s user + ${sys} s sys; load average: $(cut -d" " -f1-3 /proc/loadavg)"
