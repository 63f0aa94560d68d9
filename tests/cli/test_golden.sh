#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Golden images: the example figures compared with reviewed references,
# allowing a few changed pixels for rasteriser differences.  On failure the
# diff image (changed pixels in red) is kept in $GOLDEN_DIFFS or /tmp.
#   Regenerate after a deliberate change: UPDATE_GOLDEN=1 ctest -R cli.golden,
#   then look at every image before committing it.
source "$(dirname "$0")/lib.sh"
set -e
: "${GOLDEN:?}"
diffs=${GOLDEN_DIFFS:-/tmp}

golden () { # NAME KIND INPUT [ARGS...]  (INPUT under examples/, or a path)
  local name=$1 kind=$2 input=$3; shift 3
  [ -f "$input" ] || input=$EXAMPLES/$input
  run_patchart "$kind" "$input" -o "$WORK/$name.png" "$@"
  expect_status 0 "render $name"
  if [ -n "${UPDATE_GOLDEN:-}" ]; then
    cp "$WORK/$name.png" "$GOLDEN/$name.png"
  fi
  check "$name matches its golden image" "$PNGCMP" compare "$WORK/$name.png" "$GOLDEN/$name.png" \
    "$diffs/$name-diff.png" 150 48
}

golden countries bars countries.csv --lang zh-CN --title "各国和地区的生成式AI相关专利申请数量" \
  --source "日经XTECH、Patentfield"
golden classes heatmap classes-illustrative.csv --lang zh-CN --size 640x400 --title "中国各专利分类的申请项数" \
  --note "示意数据" --source "日经XTECH、Patentfield"
# Long legal names wrapped whole on two lines; Japanese names broken only
# at phrase boundaries (tests/data/stress: illustrative values).
golden ranking-long-names ranking "$DATA/stress/applicants-en-illustrative.csv" --size 500x707
golden ranking-ja ranking "$DATA/stress/applicants-ja-illustrative.csv" --size 560x480 \
  --title "出願人別の件数" --source "例示の値"

finish
