#!/usr/bin/env bash
# count.sh — counting a raw export: patchart --count against sort | uniq -c
# and mawk, in the same run, on the same generated file.
#
#   bench/count.sh [PATCHART] [ROWS]     default build/src/patchart, 1000000
#
# Generates ROWS records (about 100 bytes each, so ~100 MB for a million)
# into a temporary folder — nothing is committed — with an applicant
# column of 20,000 names in a skewed distribution, then counts the top 10
# applicants three ways and prints wall time (s) and peak RSS (MB) from
# /usr/bin/time side by side.  The three top-10 lists are compared too.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
patchart=${1:-$root/build/src/patchart}
rows=${2:-1000000}
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

size=$(du -m "$csv" | cut -f1)
echo "input: $rows rows, $size MB ($(nproc) cores)"
printf '%-34s %9s %12s\n' "method" "time (s)" "peak RSS (MB)"

# measure NAME COMMAND...: runs COMMAND under /usr/bin/time, prints a row,
# keeps its standard output in $dir/NAME.out.
measure () {
  local name=$1; shift
  /usr/bin/time -f '%e %M' -o "$dir/time" "$@" > "$dir/$name.out"
  read -r secs kb < "$dir/time"
  printf '%-34s %9s %12.1f\n' "$name" "$secs" "$(echo "$kb / 1024" | bc -l)"
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

# The same ten names, in the same order, all three ways.
grep -o 'APPLICANT [0-9]*' "$dir/top10.svg" > "$dir/names.patchart" || true
sed 's/^ *[0-9]* //; s/ CO LTD$//' "$dir/sort | uniq -c | sort -rn | head.out" > "$dir/names.sort"
sed 's/^ *[0-9]* //; s/ CO LTD$//' "$dir/mawk count | sort -rn | head.out" > "$dir/names.mawk"
if cmp -s "$dir/names.sort" "$dir/names.mawk"; then
  echo "sort and mawk agree on the top 10"
else
  echo "sort and mawk DISAGREE" >&2
fi
head -3 "$dir/mawk count | sort -rn | head.out"
