#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs the end-to-end figures under valgrind's memcheck: every example in
# every format, the report-page program that draws through the library,
# some error paths and the fonts command.  Any memory error or definite
# leak fails (tests/valgrind.supp lists the libraries' own allocations
# that are not leaks, and why).  Uses the normal build in build/.
#   scripts/valgrind.sh
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

[ -x build/src/patchart ] || { cmake -S . -B build && cmake --build build -j"$(nproc)"; }
out=$(mktemp -d "${TMPDIR:-/tmp}/patchart-valgrind.XXXXXX")
trap 'rm -rf "$out"' EXIT
export SOURCE_DATE_EPOCH=1721260800

pc=build/src/patchart ex=examples
runs=()
for fmt in png svg pdf; do
  runs+=("$pc bars $ex/countries.csv --title 各国和地区 --source 日经 -o $out/countries.$fmt")
  runs+=("$pc ranking $ex/applicants.csv --lang zh-CN -o $out/applicants.$fmt")
  runs+=("$pc heatmap $ex/classes-illustrative.csv -o $out/classes.$fmt")
done
[ -x build/examples/report_page ] &&
  runs+=("build/examples/report_page $ex/countries.csv $ex/applicants.csv $out/page.pdf")
printf 'a,b\nx,1\ny,n/a\n' >"$out/bad.csv"
printf 'a,b\n\xd6\xd0,1\n' >"$out/gbk.csv"
printf 'a,b\n\xf0\x9f\x98\x80,1\n' >"$out/emoji.csv"
runs+=("$pc bars $out/bad.csv -o $out/bad.png")              # exit 65
runs+=("$pc bars $out/gbk.csv -o $out/gbk.png")              # exit 65, encoding guessed
runs+=("$pc bars $out/gbk.csv --encoding GB18030 -o $out/gbk.pdf")
runs+=("$pc ranking $out/emoji.csv -o $out/emoji.png")       # exit 65, missing glyph
runs+=("$pc bars $ex/countries.csv -o $out/nodir/x.png")     # exit 73
runs+=("$pc fonts --lang ja 直骨😀")                          # exit 65, a missing glyph
runs+=("$pc heatmap $ex/classes-illustrative.csv --svg-text -o $out/classes-text.svg")
runs+=("$pc describe --kind heatmap $ex/classes-illustrative.csv --lang ja")

# Exit 99 is reserved for valgrind's verdict; patchart's own codes are fine.
one () {
  local log=$1; shift
  valgrind --quiet --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=99 \
    --suppressions=tests/valgrind.supp --num-callers=40 --log-file="$log" "$@" \
    >/dev/null 2>&1
  local status=$?
  if [ $status -eq 99 ]; then echo "valgrind: FAIL: $*"; cat "$log"; return 1; fi
  echo "valgrind: ok (exit $status): $*"
}
export -f one
printf '%s\n' "${runs[@]}" | nl -nln | xargs -P "$(nproc)" -L 1 bash -c \
  'n=$1; shift; one "'"$out"'/vg-$n.log" "$@"' _
