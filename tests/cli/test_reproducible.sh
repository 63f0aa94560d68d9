#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The same command gives the same bytes, every format; the PDF date comes
# from SOURCE_DATE_EPOCH.
source "$(dirname "$0")/lib.sh"
set -e

for fmt in png svg pdf; do
  for run in 1 2; do
    run_patchart heatmap "$EXAMPLES/classes-illustrative.csv" --title "分类" -o "$WORK/a$run.$fmt"
    expect_status 0 "render $fmt run $run"
  done
  check "$fmt identical across runs" cmp "$WORK/a1.$fmt" "$WORK/a2.$fmt"
done

SOURCE_DATE_EPOCH=1721260800 run_patchart bars "$EXAMPLES/countries.csv" -o "$WORK/d1.pdf"
expect_match "CreationDate: +Thu Jul 18 00:00:00 2024 UTC" "$(pdfinfo "$WORK/d1.pdf")" "date from SOURCE_DATE_EPOCH"
unset SOURCE_DATE_EPOCH
run_patchart bars "$EXAMPLES/countries.csv" -o "$WORK/d2.pdf"
expect_match "CreationDate: +Thu Jan  1 00:00:00 1970 UTC" "$(pdfinfo "$WORK/d2.pdf")" "fixed date without SOURCE_DATE_EPOCH"
sleep 1
run_patchart bars "$EXAMPLES/countries.csv" -o "$WORK/d3.pdf"
check "no clock in the PDF" cmp "$WORK/d2.pdf" "$WORK/d3.pdf"

# Environment that must not matter: locale and language variables.
run_patchart bars "$EXAMPLES/countries.csv" -o "$WORK/e1.png"
LANG=ja_JP.UTF-8 LC_ALL=de_DE.UTF-8 LANGUAGE=ja PANGO_LANGUAGE=ja run_patchart bars "$EXAMPLES/countries.csv" -o "$WORK/e2.png"
check "locale and PANGO_LANGUAGE do not change the output" cmp "$WORK/e1.png" "$WORK/e2.png"

finish
