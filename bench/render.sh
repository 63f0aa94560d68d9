#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# render.sh — many figures in one process against one process per figure.
#
# N figures (default 100: the article's three figures in turn, each with
# its own title), as PNG at 800x500, rendered three ways on this machine,
# in this run:
#   1. one `patchart render -j J` over a spec of all N   (default J = 2;
#      -j 1 is timed too, for the threads' share)
#   2. N separate `patchart bars|ranking|heatmap` processes
#   3. N separate gnuplot processes (pngcairo; bench/render-gnuplot/*.gp)
# Prints seconds, figures/second and the ratios, and checks that 1 and 2
# wrote the same bytes.
#
# Usage: bench/render.sh [PATCHART] [N] [J]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
patchart=$(realpath "${1:-$root/build/src/patchart}")
n=${2:-100}
jobs=${3:-2}
examples=$root/examples
work=$(mktemp -d "${TMPDIR:-/tmp}/patchart-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1721260800

kinds=(bars ranking heatmap)
inputs=("$examples/countries.csv" "$examples/applicants.csv" "$examples/classes-illustrative.csv")
titles=("各国和地区的生成式AI相关专利申请数量" "中国的生成式AI相关专利申请项数排名" "中国各专利分类的申请项数")

now () { date +%s.%N; }

# The spec: figure i is kind i mod 3, titled "TITLE (i)".
{
  printf '[defaults]\nlang = zh-CN\nsource = 日经XTECH、Patentfield\n\n'
  for ((i = 0; i < n; i++)); do
    k=$((i % 3))
    printf '[figure f%03d]\nkind = %s\ninput = %s\noutput = spec/f%03d.png\ntitle = %s（%d）\n\n' \
      "$i" "${kinds[k]}" "${inputs[k]}" "$i" "${titles[k]}" "$i"
  done
} >"$work/bench.spec"
mkdir -p "$work/cli" "$work/gnuplot"

ta=$(now)
"$patchart" render "$work/bench.spec" -j 1 --quiet
rm -rf "$work/spec"
t0=$(now)
"$patchart" render "$work/bench.spec" -j "$jobs" --quiet
t1=$(now)
for ((i = 0; i < n; i++)); do
  k=$((i % 3))
  "$patchart" "${kinds[k]}" "${inputs[k]}" --lang zh-CN --source "日经XTECH、Patentfield" \
    --title "${titles[k]}（$i）" -o "$work/cli/$(printf 'f%03d' "$i").png"
done
t2=$(now)
gp=("$here/render-gnuplot/bars.gp" "$here/render-gnuplot/ranking.gp" "$here/render-gnuplot/heatmap.gp")
for ((i = 0; i < n; i++)); do
  k=$((i % 3))
  gnuplot -e "infile='${inputs[k]}'; outfile='$work/gnuplot/$i.png'; ttl='${titles[k]}（$i）'" \
    "${gp[k]}" 2>/dev/null
done
t3=$(now)

same=yes
for f in "$work"/spec/*.png; do
  cmp -s "$f" "$work/cli/$(basename "$f")" || same=no
done
[ "$(ls "$work/spec" | wc -l)" -eq "$n" ] || same=no

awk -v n="$n" -v j="$jobs" -v one="$(echo "$t0 - $ta" | bc)" -v a="$(echo "$t1 - $t0" | bc)" -v b="$(echo "$t2 - $t1" | bc)" \
    -v c="$(echo "$t3 - $t2" | bc)" -v cores="$(nproc)" -v same="$same" 'BEGIN {
  printf "%d figures (PNG 800x500), %d cores\n", n, cores
  printf "  %-34s %7.2f s  %7.1f figures/s\n", "patchart render -j 1 (1 process)", one, n / one
  printf "  %-34s %7.2f s  %7.1f figures/s\n", "patchart render -j " j " (1 process)", a, n / a
  printf "  %-34s %7.2f s  %7.1f figures/s\n", n " patchart processes", b, n / b
  printf "  %-34s %7.2f s  %7.1f figures/s\n", n " gnuplot processes", c, n / c
  printf "  render -j %d vs %d patchart processes: %.1fx faster\n", j, n, b / a
  printf "  render -j %d vs %d gnuplot processes:  %.1fx faster\n", j, n, c / a
  printf "  %d patchart vs %d gnuplot processes:   %.1fx\n", n, n, c / b
  printf "  render and separate commands wrote the same bytes: %s\n", same
}'
