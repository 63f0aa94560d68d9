#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# "patchart describe": the figure's description in each language, --alt,
# the figure options and --kind, spec-file keys, and bad input.
source "$(dirname "$0")/lib.sh"
set -e

printf 'country,n\n中国,30124\n美国,12530\n韩国,4123\n日本,1408\n德国,900\n法国,800\n英国,10\n' \
  > "$WORK/seven.csv"

run_patchart describe "$EXAMPLES/countries.csv" --lang zh-CN --title 各国申请数
expect_status 0 "describe bars"
check "zh-CN bars" test "$out" = "柱状图：各国申请数。中国 30,124，美国 12,530，韩国 4,123，日本 1,408。"
check "nothing on stderr" test -z "$err"

run_patchart describe "$WORK/seven.csv" --lang en --top 6
expect_status 0 "describe --top"
check "en top 5 and more" test "$out" = \
  "Bar chart. 中国 30,124, 美国 12,530, 韩国 4,123, 日本 1,408, 德国 900, and 1 more."

run_patchart describe "$WORK/seven.csv" --kind ranking --lang ja --title 出願
expect_status 0 "describe --kind ranking"
check "ja ranking" test "$out" = \
  "ランキング：出願。中国 30,124、美国 12,530、韩国 4,123、日本 1,408、德国 900、ほか2件。"

run_patchart describe "$WORK/seven.csv" --kind=ranking --lang ko --top 2 --others
expect_status 0 "describe --others"
check "ko, others named last" test "$out" = "순위 차트. 中国 30,124, 美国 12,530, 기타 7,241."

run_patchart describe --kind heatmap "$EXAMPLES/classes-illustrative.csv" --lang zh-TW
expect_status 0 "describe heatmap"
check "zh-TW heatmap: largest cell, row total, the total over the years" test "$out" = \
  "熱度圖。5 列 × 10 欄。最高：G06N3 / 2023 1,350。合計最大的列：G06N3（3,795）。合計從2014年的26升至2023年的3,570。"

# a line chart: trends of the largest series up to the last complete year
printf 'office,2019,2020,2021,2022,2023\nCN,10,20,30,40,5\nUS,9,12,8,7,1\nKR,1,3,2,3,\nJP,1,1,1,1,1\n' \
  > "$WORK/lines.csv"
run_patchart describe --kind line "$WORK/lines.csv" --lang en --incomplete-from 2023
expect_status 0 "describe line"
check "en line trends" test "$out" = "Line chart. CN rose from 10 in 2019 to 40 in 2022. \
US fell from 9 in 2019 to 7 in 2022, peaking at 12 in 2020. KR rose from 1 in 2019 to 3 in 2022. \
Other lines: 1. 2023 incomplete (publication lag), left out of the trend."

run_patchart describe "$WORK/seven.csv" --alt "A chart of seven countries."
expect_status 0 "describe --alt"
check "--alt is printed as given" test "$out" = "A chart of seven countries."

# the same option in a spec file
cat > "$WORK/a.spec" <<SPEC
[figure one]
kind = bars
input = seven.csv
output = one.svg
alt = 七国的柱状图
SPEC
run_patchart render "$WORK/a.spec"
expect_status 0 "alt in a spec file"
expect_match "<desc[^>]*>七国的柱状图</desc>" "$(cat "$WORK/one.svg")" "the spec's alt is the SVG's desc"

# errors: usage, an option of another kind, bad data
run_patchart describe --kind pie "$WORK/seven.csv"
expect_status 64 "unknown --kind"
expect_match "^patchart: --kind pie: expected bars, ranking, heatmap or line" "$err" "names the kind"
run_patchart describe "$WORK/seven.csv" --wide
expect_status 64 "a heatmap option for bars"
run_patchart describe
expect_status 64 "no input"
run_patchart describe "$WORK/nosuch.csv"
expect_status 66 "missing input"
check "nothing on stdout" test -z "$out"
printf 'a,n\nx,oops\n' > "$WORK/bad.csv"
run_patchart describe "$WORK/bad.csv"
expect_status 65 "bad number"
expect_match "bad.csv:2:2: " "$err" "names the cell"
run_patchart describe "$WORK/seven.csv" --alt "$(printf '\xff')"
expect_status 64 "invalid UTF-8 in --alt"

finish
