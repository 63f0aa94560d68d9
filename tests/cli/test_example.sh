#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The example report generator draws two figures on its own A4 page.
source "$(dirname "$0")/lib.sh"
set -e

if [ -z "${REPORT_PAGE:-}" ]; then
  echo "examples not built"; fail "report_page missing"; finish; exit
fi
check "report_page runs" "$REPORT_PAGE" "$EXAMPLES/countries.csv" "$EXAMPLES/applicants.csv" "$WORK/page.pdf"
text=$(pdftotext "$WORK/page.pdf" -)
expect_match "Patent report - page 1" "$text" "the program's own text"
expect_match "各国和地区的生成式AI相关专利申请数量" "$text" "first figure"
expect_match "申请人排名" "$text" "second figure"
expect_match "Page size: +595.28 x 841.89 pts" "$(pdfinfo "$WORK/page.pdf")" "A4 page"

finish
