#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# test_series.sh — bars and rankings split into series: a long table
# (--series COL), a wide one (--series-columns) and a raw export (--count
# --series COL) give the same figure; stacked parts with the total over
# the bar, or --group side by side each with its value; a legend names
# the series in stacking order; a spec gives a series name one colour in
# every figure; PNG, SVG and PDF; bad combinations rejected with no file.
source "$(dirname "$0")/lib.sh"
cd "$WORK"

pdf_text () { pdftotext "$1" - | tr '\n' ' '; }
# fill colour of the bar parts of series $2 in SVG $1, one per line
fills_of () { grep -o "<rect[^>]*class=\"bar\"[^>]*data-column=\"$2\"" "$1" | grep -o 'fill="#[0-9a-f]*"' | sort -u; }

cat >long.csv <<'EOF2'
applicant,office,n
华为,CN,260
华为,EP,90
腾讯,CN,420
腾讯,US,155
IBM,US,300
IBM,EP,45
EOF2
cat >wide.csv <<'EOF2'
applicant,CN,US,EP
华为,260,,90
腾讯,420,155,
IBM,,300,45
EOF2
# the same pairs as records: one row per filing
awk -F, 'NR > 1 { for (i = 0; i < $3; i++) print $1 "," $2 }' long.csv \
  | sed '1i applicant,office' >records.csv

# 1. Three shapes, three formats, one figure.
for fmt in png svg pdf; do
  run_patchart bars long.csv --series office -o "long.$fmt" --title "By office"
  expect_status 0 "long table ($fmt)"
  run_patchart bars wide.csv --series-columns -o "wide.$fmt" --title "By office"
  expect_status 0 "wide table ($fmt)"
  run_patchart bars records.csv --count --label applicant --series office -o "count.$fmt" \
    --title "By office"
  expect_status 0 "counted records ($fmt)"
  check "long table = wide table ($fmt)" cmp -s "long.$fmt" "wide.$fmt"
  check "counted = long table ($fmt)" cmp -s "long.$fmt" "count.$fmt"
done
check "PNG is 800x500" [ "$("$PNGCMP" size long.png)" = "800 500" ]
check "SVG is well-formed" xmllint --noout long.svg

# 2. Stacked: a part per series and bar, the totals written, the legend in
#    stacking order (largest series first: CN 680, US 455, EP 135).
check "six bar parts" [ "$(grep -c 'class="bar"' long.svg)" -eq 6 ]
check "a legend group" grep -q 'id="legend"' long.svg
text=$(pdf_text long.pdf)
expect_match '575' "$text" "Tencent's total"
expect_match '350' "$text" "Huawei's total"
expect_match 'CN .*US +EP' "$text" "legend in stacking order"
run_patchart bars long.csv --series office --svg-text -o text.svg
expect_status 0 "svg text"
legend=$(awk '/<g id="/ { on = /id="legend"/ } on' text.svg | grep -o '>[A-Z][A-Z]</text>' | tr -d '<>/' | sed 's/text$//' | tr '\n' ' ')
expect_match '^CN US EP $' "$legend" "legend names in the SVG"

# the description (SVG <desc>, PDF alt text) gives each series' total
run_patchart describe --kind bars long.csv --series office --lang en
expect_match '^Bar chart\. 腾讯 575, 华为 350, IBM 345\. By series: CN 680, US 455, EP 135\.$' \
  "$out" "description of split bars"

# 3. Grouped: one bar per pair, each value shown, no totals.
for fmt in png svg pdf; do
  run_patchart bars long.csv --series office --group --orient vertical -o "group.$fmt"
  expect_status 0 "grouped ($fmt)"
done
check "nine grouped bars (three empty pairs are 0)" [ "$(grep -c 'class="bar"' group.svg)" -eq 9 ]
text=$(pdf_text group.pdf)
expect_match '420' "$text" "grouped value"
check "no totals when grouped" bash -c "! grep -q '575' <<<'$text'"
run_patchart ranking long.csv --series office --group -o rank.svg --size 800x600
expect_status 0 "grouped ranking"

# 4. Highlight: the highlighted bar keeps its colours, the rest fade.
run_patchart bars long.csv --series office --highlight 华为 -o hl.svg
expect_status 0 "highlight in stacked bars"
hl=$(grep -o '<rect[^>]*data-label="华为"[^>]*data-column="CN"' hl.svg | grep -o 'fill="#[0-9a-f]*"')
other=$(grep -o '<rect[^>]*data-label="IBM"[^>]*data-column="US"' hl.svg | grep -o 'fill="#[0-9a-f]*"')
plain=$(grep -o '<rect[^>]*data-label="IBM"[^>]*data-column="US"' long.svg | grep -o 'fill="#[0-9a-f]*"')
check "highlighted part in its series colour" [ "$hl" = "$(fills_of long.svg CN)" ]
check "a part not highlighted is faded" [ "$other" != "$plain" ]

# 5. A spec: a series keeps its colour in every figure, whatever each
#    figure's own order (US is the largest series of the second figure).
cat >us.csv <<'EOF2'
applicant,office,n
IBM,US,300
IBM,EP,45
Google,US,210
Google,EP,60
EOF2
cat >both.spec <<'EOF2'
[defaults]
format = svg
[figure all]
kind = bars
input = long.csv
series = office
output = out/all.svg
[figure us]
kind = ranking
input = us.csv
series = office
output = out/us.svg
EOF2
run_patchart render both.spec
expect_status 0 "render the spec"
check "US the same colour in both figures" [ "$(fills_of out/all.svg US)" = "$(fills_of out/us.svg US)" ]
check "EP the same colour in both figures" [ "$(fills_of out/all.svg EP)" = "$(fills_of out/us.svg EP)" ]
run_patchart ranking us.csv --series office -o alone.svg
check "alone, the largest series takes the first colour" \
  [ "$(fills_of alone.svg US)" != "$(fills_of out/us.svg US)" ]
rm out/us.svg
run_patchart render both.spec -j 2 --only us
expect_status 0 "render one figure of the spec"
check "rendering one figure of the spec keeps its colours" \
  [ "$(fills_of out/us.svg US)" = "$(fills_of out/all.svg US)" ]

# report --tables: a column per series, then the total
sed -i '1i [report]\nlang = en' both.spec
run_patchart report both.spec --tables -o both.pdf
expect_status 0 "report with tables"
expect_match 'CN +US +EP +Total' "$(pdf_text both.pdf)" "table columns: the series, then the total"
expect_match '腾讯 +420 155' "$(pdf_text both.pdf)" "a table row"

# 6. Bad combinations and data: exit 64 or 65, a clear message, no file.
mkdir -p out2
bad () {
  local code=$1 re=$2; shift 2
  run_patchart "$@"
  expect_status "$code" "$*"
  expect_match "$re" "$err" "$* message"
  expect_no_files out2 "$*"
}
bad 64 'series-columns: reads a wide table' bars wide.csv --series-columns --series office -o out2/f.png
bad 64 'group: sets series side by side, so it needs --series' bars long.csv --group -o out2/f.png
bad 64 'series-columns: --count takes its series from a column' \
  bars records.csv --count --series-columns -o out2/f.png
bad 64 'no column "office2"' bars long.csv --series office2 -o out2/f.png
printf 'a,s,v\nx,P,3\nx,Q,-1\n' >neg.csv
bad 65 '^patchart: neg.csv:2: "x" has -1 for Q: stacked bars show parts of 0 or more \(use --group\)$' \
  bars neg.csv --series s -o out2/f.png
run_patchart bars neg.csv --series s --group -o neg.png
expect_status 0 "negative parts side by side"

finish
