#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The PDFs the quick start renders (scripts/quickstart.sh) are small: each
# example figure and the example program's page under 20 KB (issue 16), a
# bound on bytes, not on time; each still tagged, with its alt text, and
# its text extracted.  The report of examples/article.spec (four pages of
# CJK text: its two font subsets alone take about 25 KB) has a bound of
# its own that catches a regression.
source "$(dirname "$0")/lib.sh"
set -e

limit=20000
report_limit=40000

# under FILE LIMIT: FILE is there and smaller than LIMIT bytes.
under () {
  local size
  size=$(stat -c %s "$1")
  if [ "$size" -lt "$2" ]; then pass; else fail "$(basename "$1"): $size bytes, not under $2"; fi
}

bash "$EXAMPLES/render-examples.sh" "$PATCHART" "$WORK/examples" >/dev/null
pdfs=("$WORK"/examples/*.pdf)
check "the examples render six PDFs" test "${#pdfs[@]}" -eq 6
for pdf in "${pdfs[@]}"; do
  name=$(basename "$pdf")
  under "$pdf" "$limit"
  check "$name: qpdf finds no error" qpdf --check "$pdf" >/dev/null
  expect_match '^  Figure ".+' "$(pdfinfo -struct-text "$pdf")" "$name: a Figure with its alt text"
  expect_match "^Tagged: +yes" "$(pdfinfo "$pdf")" "$name: tagged"
  check "$name: text extracted" test -n "$(pdftotext "$pdf" - | tr -d '[:space:]')"
done

if [ -n "${REPORT_PAGE:-}" ]; then
  check "report_page runs" "$REPORT_PAGE" "$EXAMPLES/countries.csv" "$EXAMPLES/applicants.csv" \
    "$WORK/report-page.pdf"
  under "$WORK/report-page.pdf" "$limit"
fi

run_patchart report "$EXAMPLES/article.spec" -o "$WORK/article-report.pdf"
expect_status 0 "the article's report"
under "$WORK/article-report.pdf" "$report_limit"
check "report: qpdf finds no error" qpdf --check "$WORK/article-report.pdf" >/dev/null

finish
