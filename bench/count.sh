#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# count.sh — counting a raw export: patchart --count against sort | uniq -c
# and mawk, in the same run, on the same generated file.
#
#   bench/count.sh [PATCHART] [ROWS]     default build/src/patchart, 1000000
#
# Generates ROWS records (about 100 bytes each, so ~100 MB for a million)
# into a temporary folder — nothing is committed — with an applicant
# column of 20,000 names in a skewed distribution, then counts the top 10
# applicants three ways and prints wall time (s, to the millisecond), CPU
# time (user + system, s) and peak RSS (MB) from /usr/bin/time side by
# side, the best of RUNS runs each (default 5: the machine may be shared),
# the parse rate: the input's megabytes (10^6 bytes) per CPU second, that
# is per core busy (patchart counts on up to 4 threads; mawk and sort on
# one), and patchart's wall time over each peer's.  The top-10 lists of
# sort and mawk are compared with patchart's.  Needs mawk and
# /usr/bin/time (scripts/install-bench-deps.sh).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
patchart=${1:-$root/build/src/patchart}
rows=${2:-1000000}
runs=${RUNS:-5}
dir=$(mktemp -d "${TMPDIR:-/tmp}/patchart-count.XXXXXX")
trap 'rm -rf "$dir"' EXIT
csv=$dir/export.csv

# Deterministic records: number, office, date, title, applicant, IPC.
mawk -v rows="$rows" 'BEGIN {
  srand(7);
  split("CN CN CN CN CN US US KR JP EP", office, " ");
  split("G06N3/08 G06N3/04 G06V10/82 G06F40/30 G06F16/33 G10L15/16 G06T11/00 H04L9/40", ipc, " ");
  print "Lens ID,Jurisdiction,Application Date,Title,Applicants,IPCR Classifications";
  for (i = 1; i <= rows; i++) {
    a = int(20000 * rand() ^ 3);
    printf "%03d-%03d-%03d-%03d-%03X,%s,%d-%02d-%02d,Generative model for synthetic record %07d,APPLICANT %05d CO LTD,%s\n",
      i % 1000, i % 997, i % 991, i % 983, i % 4096, office[1 + i % 10], 2014 + i % 10,
      1 + i % 12, 1 + i % 28, i, a, ipc[1 + i % 8];
  }
}' > "$csv"

bytes=$(stat -c %s "$csv")
size=$(echo "$bytes / 1000000" | bc -l)
printf 'input: %s rows, %.1f MB (%s cores)\n' "$rows" "$size" "$(nproc)"
printf '%-36s %9s %9s %14s %14s\n' "method" "wall (s)" "CPU (s)" "peak RSS (MB)" "MB/s per core"

# measure NAME COMMAND...: runs COMMAND RUNS times under /usr/bin/time and
# prints the best wall time with its CPU time, peak RSS and the megabytes
# of input per CPU second; keeps the standard output in $dir/NAME.out and
# the best wall time in walls[NAME].
declare -A walls
measure () {
  local name=$1 best="" best_wall="" line start wall user sys kb cpu rate
  shift
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    /usr/bin/time -f '%U %S %M' -o "$dir/time" "$@" > "$dir/$name.out"
    # to the millisecond: /usr/bin/time's %e has only two decimals
    wall=$(printf '%.3f' "$(echo "($(date +%s%N) - $start) / 1000000000" | bc -l)")
    read -r user sys kb < "$dir/time"
    cpu=$(echo "$user + $sys" | bc -l)
    rate=-
    if [ "$(echo "$cpu > 0" | bc -l)" = 1 ]; then
      rate=$(printf '%.1f' "$(echo "$size / $cpu" | bc -l)")
    fi
    line=$(printf '%-36s %9s %9.2f %14.1f %14s' "$name" "$wall" "$cpu" \
           "$(echo "$kb / 1024" | bc -l)" "$rate")
    if [ -z "$best" ] || [ "$(echo "$wall < $best_wall" | bc -l)" = 1 ]; then
      best=$line
      best_wall=$wall
    fi
  done
  echo "$best"
  walls[$name]=$best_wall
}

measure "patchart ranking --count --top 10" \
  "$patchart" ranking --count --label Applicants --top 10 "$csv" -o "$dir/top10.svg"
measure "sort | uniq -c | sort -rn | head" \
  sh -c "tail -n +2 '$csv' | cut -d, -f5 | LC_ALL=C sort | uniq -c | LC_ALL=C sort -k1,1nr -k2 | head -10"
measure "mawk count | sort -rn | head" \
  sh -c "mawk -F, 'NR > 1 { n[\$5]++ } END { for (k in n) print n[k], k }' '$csv' | LC_ALL=C sort -k1,1nr -k2 | head -10"
measure "patchart ... --split ';' --where" \
  "$patchart" ranking --count --label Applicants --split ';' --where Jurisdiction=CN \
  --top 10 --others "$csv" -o "$dir/top10-cn.svg"

for m in "sort | uniq -c | sort -rn | head" "mawk count | sort -rn | head"; do
  printf 'patchart / %s, wall time: %.2f\n' "$m" \
    "$(echo "${walls[patchart ranking --count --top 10]} / ${walls[$m]}" | bc -l)"
done

# The same ten names, in the same order, all three ways (patchart's PDF
# holds the labels as text; ties are by name everywhere).
"$patchart" ranking --count --label Applicants --top 10 "$csv" -o "$dir/top10.pdf"
pdftotext -layout "$dir/top10.pdf" - | grep -o "APPLICANT [0-9]* CO LTD" > "$dir/names.patchart" || true
for m in "sort | uniq -c | sort -rn | head" "mawk count | sort -rn | head"; do
  sed 's/^ *[0-9]* //' "$dir/$m.out" > "$dir/names.other"
  if cmp -s "$dir/names.other" "$dir/names.patchart"; then
    echo "patchart and '$m' agree on the top 10"
  else
    echo "patchart and '$m' DISAGREE on the top 10" >&2
    diff "$dir/names.other" "$dir/names.patchart" >&2 || true
  fi
done
