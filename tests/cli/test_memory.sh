# SPDX-License-Identifier: MIT
# test_memory.sh — a table of values is read in pieces: a 2-million-row
# table of 1,000 labels (23 MB), or a long heatmap of 2 million lines, is
# drawn in less than 64 MB at its peak (resident memory, as peakrss reads
# it from the kernel), because rows are summed as they come and not kept;
# the same in GB18030, which is converted a block at a time.  The sums are
# checked too (patchart describe).  A memory bound, not a timing test.
# Sanitizer builds (PATCHART_RSS_UNCHECKED) hold shadow memory: there
# the figures are still drawn and checked, their memory is not.
. "$(dirname "$0")/lib.sh"
: "${PEAKRSS:?}"
PATCHART_TIMEOUT=60 # a guard against hangs; each run takes under a second
LIMIT_KB=$((64 * 1024))
cd "$WORK"

# measured DESCRIPTION ARGS...: patchart ARGS draws, and its peak resident
# memory stays under the limit.
measured () {
  local what=$1 kb
  shift
  set +e
  timeout $((PATCHART_TIMEOUT * ${PATCHART_TIMEOUT_SCALE:-1})) \
    "$PEAKRSS" "$WORK/rss" "$PATCHART" "$@" >"$WORK/.stdout" 2>"$WORK/.stderr"
  status=$?
  set -e
  err=$(cat "$WORK/.stderr")
  expect_status 0 "$what"
  kb=$(cat "$WORK/rss" 2>/dev/null || echo 0)
  echo "$what: peak RSS $kb KiB"
  if [ -n "${PATCHART_RSS_UNCHECKED:-}" ]; then
    return
  fi
  check "$what: peak RSS $kb KiB, under $LIMIT_KB KiB" test "$kb" -gt 0 -a "$kb" -lt "$LIMIT_KB"
}

# label,value: label K (of 1,000) has the value K on each of its 2,000
# rows, so its total is 2,000 K: label999 1,998,000, label998 1,996,000.
awk 'BEGIN { print "label,value"
             for (i = 0; i < 2000000; i++) printf "label%d,%d\n", i % 1000, i % 1000 }' >table.csv
for kind in bars ranking; do
  measured "$kind, 2M rows" "$kind" table.csv --top 20 -o "$WORK/$kind.png"
  check "$kind, 2M rows: a PNG" test -s "$WORK/$kind.png"
done
run_patchart describe table.csv --kind ranking --top 2 --units none
expect_status 0 "describe, 2M rows"
expect_match '^Ranking\. label999 1,998,000, label998 1,996,000\.$' "$out" "the 2M rows summed"

# The same labels in Chinese, saved as GB18030 (as Chinese Excel does).
awk 'BEGIN { print "名称,数"
             for (i = 0; i < 2000000; i++) printf "名称%d,%d\n", i % 1000, i % 1000 }' |
  iconv -f UTF-8 -t GB18030 >gbk.csv
measured "ranking --encoding GB18030, 2M rows" ranking gbk.csv --encoding GB18030 --top 20 \
  -o "$WORK/gbk.png"
run_patchart describe gbk.csv --encoding GB18030 --kind ranking --top 2 --units none --lang en
expect_match '^Ranking\. 名称999 1,998,000, 名称998 1,996,000\.$' "$out" "GB18030 rows summed"
measured "ranking --count --encoding GB18030, 2M rows" ranking --count --encoding GB18030 \
  gbk.csv --top 20 -o "$WORK/gbk-count.png"
run_patchart describe gbk.csv --count --encoding GB18030 --kind ranking --top 1 --lang en
expect_match '^Ranking\. 名称0 2,000\.$' "$out" "GB18030 rows counted (2,000 per label)"

# A long heatmap: 30 x 30 pairs, each on 2,222 or 2,223 of the lines.
awk 'BEGIN { print "row,col,value"
             for (i = 0; i < 2000000; i++) printf "r%d,c%d,1\n", i % 30, int(i / 30) % 30 }' >long.csv
measured "heatmap (long), 2M lines" heatmap long.csv --size 1600x1000 -o "$WORK/heat.png"
run_patchart describe long.csv --kind heatmap --size 1600x1000 --sort none --units none
expect_match 'Largest row total: r0 \(66,667\)' "$out" "the 2M lines summed per row"
finish
