#!/usr/bin/env bash
# Whole-process benchmark of msct against R on the cohort of shared/oracles/timing/bench.R.
# Usage: bash bench/run.sh [N=1000000] [RUNS=5]
# Needs: R with survival and data.table (apt-get install r-base-core r-cran-survival r-cran-data.table),
#        GNU time (apt-get install time). Writes bench-out/results.md.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"; cd "$here"
n="${1:-1000000}"; runs="${2:-5}"
out=bench-out; mkdir -p "$out"
csv="$out/cohort_n$n.csv"
command -v Rscript >/dev/null || { echo "bench: R is needed (apt-get install r-base-core r-cran-survival r-cran-data.table)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "bench: GNU time is needed (apt-get install time)" >&2; exit 2; }
[[ -f "$csv" ]] || Rscript bench/gen.R "$n" "$csv"
./msct --version >/dev/null   # builds the jar and the class-data archive outside the timed runs

measure() { # label, command... -> median wall seconds and max RSS (MiB) over $runs runs
  local label="$1"; shift
  local walls=() rss=0 i w m
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f '%e %M' -o "$out/time.txt" "$@" >"$out/$label.out" 2>"$out/$label.err"
    read -r w m <"$out/time.txt"; walls+=("$w"); (( m > rss )) && rss=$m
  done
  local med; med=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$label $med $((rss / 1024))"
  echo "$label: ${walls[*]} s" >>"$out/runs.txt"
}

: >"$out/runs.txt"
{
  echo "| step | R whole, fread (s) | R whole, read.csv (s) | msct whole (s) | speed-up vs fread | vs read.csv | R peak RSS (MiB) | msct peak RSS (MiB) |"
  echo "|---|---|---|---|---|---|---|---|"
  for step in km logrank cox; do
    case $step in
      km) m=(./msct stats km --input "$csv" --no-table) ;;
      logrank) m=(./msct stats logrank --input "$csv") ;;
      cox) m=(./msct stats cox --input "$csv" --ref-arm placebo --covariates x1,x2 --ties efron) ;;
    esac
    "${m[@]}" >/dev/null 2>&1   # untimed: the first run of a method after a build builds its ahead-of-time cache
    read -r _ rw rr < <(measure "r_$step" Rscript bench/r_step.R "$step" "$csv" fread)
    read -r _ rc _ < <(measure "rcsv_$step" Rscript bench/r_step.R "$step" "$csv" read.csv)
    read -r _ mw mr < <(measure "msct_$step" "${m[@]}")
    ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", a / b}'; }
    echo "| $step | $rw | $rc | $mw | $(ratio "$rw" "$mw")× | $(ratio "$rc" "$mw")× | $rr | $mr |"
  done
} | tee "$out/results.md"
echo "n=$n, runs=$runs (median wall time, max peak RSS); $(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')" | tee -a "$out/results.md"
grep -h "step only" "$out"/r_*.err "$out"/rcsv_*.err | sed 's/^/  /' | tee -a "$out/results.md"
echo "every run (wall):" | tee -a "$out/results.md"
sed 's/^/  /' "$out/runs.txt" | tee -a "$out/results.md"
