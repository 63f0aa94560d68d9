#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The patchart command, linked statically (cmake/StaticCli.cmake) or not,
# draws the same bytes as the library linked against the shared system
# libraries; and when it is static, it needs no shared library but libc
# and libm (a dependency that slipped back in would cost every run ~9 ms).
source "$(dirname "$0")/lib.sh"
set -e
: "${RENDER_LIBRARY:?}" "${PATCHART_LINK:?}"

if [ "$PATCHART_LINK" = static ]; then
  needed=$(readelf -d "$PATCHART" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort | tr '\n' ' ')
  expect_match '^libc\.so\.6 libm\.so\.6 $' "$needed" "static command needs only libc and libm"
fi

cases=("bars $EXAMPLES/countries.csv 各国和地区的申请数"
       "ranking $EXAMPLES/applicants.csv 申请人排名"
       "heatmap $EXAMPLES/classes-illustrative.csv 分类（示意）")
for c in "${cases[@]}"; do
  read -r kind csv title <<<"$c"
  for fmt in png svg pdf; do
    run_patchart "$kind" "$csv" --title "$title" -o "$WORK/cli.$fmt"
    expect_status 0 "$kind $fmt by the command"
    check "$kind $fmt by the library" "$RENDER_LIBRARY" "$kind" "$csv" "$WORK/lib.$fmt" "$title"
    check "$kind $fmt: command ($PATCHART_LINK) and library give the same bytes" \
      cmp "$WORK/cli.$fmt" "$WORK/lib.$fmt"
  done
done

finish
