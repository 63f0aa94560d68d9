#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# test_line.sh — patchart line: one line per series over years, from a wide
# table either way round, a long table and a raw export (--count); the same
# data in any of these shapes gives the same bytes; gaps for missing
# values, every year on the axis; --incomplete-from dashes those years over
# a band with a note in the figure's language; PNG, SVG and PDF; spec
# files; bad values rejected with exit 64 and no file.
source "$(dirname "$0")/lib.sh"
LENS=$EXAMPLES/lens-export-synthetic.csv
cd "$WORK"

pdf_text () { pdftotext "$1" - | tr '\n' ' '; }

cat >down.csv <<'EOF'
year,中国,美国,韩国
2014,820,610,150
2015,1100,700,180
2016,1650,,240
2017,2400,950,300
2018,3600,1150,380
EOF
cat >across.csv <<'EOF'
office,2014,2015,2016,2017,2018
中国,820,1100,1650,2400,3600
美国,610,700,,950,1150
韩国,150,180,240,300,380
EOF
cat >long.csv <<'EOF'
office,year,n
韩国,2014,150
中国,2014,820
美国,2014,610
中国,2015,1100
美国,2015,700
韩国,2015,180
中国,2016,1650
韩国,2016,240
中国,2017,2400
美国,2017,950
韩国,2017,300
中国,2018,3600
美国,2018,1150
韩国,2018,380
EOF

# 1. Every shape, every format: the same figure, byte for byte.
for fmt in png svg pdf; do
  run_patchart line down.csv -o "down.$fmt" --title "申请数" --incomplete-from 2017
  expect_status 0 "wide table, years down ($fmt)"
  run_patchart line across.csv -o "across.$fmt" --title "申请数" --incomplete-from 2017
  expect_status 0 "wide table, years across ($fmt)"
  run_patchart line long.csv -o "long.$fmt" --title "申请数" --incomplete-from 2017
  expect_status 0 "long table ($fmt)"
  check "years across = years down ($fmt)" cmp -s "down.$fmt" "across.$fmt"
  check "long table = wide table ($fmt)" cmp -s "down.$fmt" "long.$fmt"
done
check "PNG is 800x500" [ "$("$PNGCMP" size down.png)" = "800 500" ]
check "SVG is well-formed" xmllint --noout down.svg
text=$(pdf_text down.pdf)
for want in 中国 美国 韩国 2014 2015 2016 2017 2018 "2017–2018年数据不完整（公开滞后）"; do
  expect_match "$want" "$text" "line PDF shows $want"
done

# The same bytes on every run.
for fmt in png svg pdf; do
  run_patchart line down.csv -o "again.$fmt" --title "申请数" --incomplete-from 2017
  check "line $fmt is reproducible" cmp -s "down.$fmt" "again.$fmt"
done

# 2. The marks: dashed lines only with --incomplete-from; a gap where a
# value is missing (美国 2016: two runs of its line, not one through 0).
run_patchart line down.csv -o plain.svg
expect_status 0 "no incomplete years"
check "no dashes without --incomplete-from" eval '! grep -q stroke-dasharray plain.svg'
check "dashes with --incomplete-from" grep -q stroke-dasharray down.svg
n_lines=$(grep -c 'stroke-linejoin="round"' plain.svg)
check "four runs for three series with one gap ($n_lines)" [ "$n_lines" -eq 4 ]
printf 'year,A\n2014,5\n2016,7\n' >gap.csv
run_patchart line gap.csv -o gap.pdf
expect_status 0 "a year missing from the table"
expect_match "2014 +2015 +2016" "$(pdf_text gap.pdf)" "every year from first to last on the axis"
run_patchart line gap.csv -o gap.svg
check "isolated points are dots" [ "$(grep -c '<circle' gap.svg)" -ge 2 ]
check "no line through the missing year" eval '! grep -q stroke-linejoin gap.svg'

# 3. The note in each language.
for pair in "en:2017–2018 incomplete \\(publication lag\\)" "ja:2017–2018年はデータ不完全（公開の遅れ）" \
  "ko:2017–2018년 데이터 불완전\\(공개 지연\\)" "zh-TW:2017–2018年資料不完整（公開滯後）"; do
  lang=${pair%%:*}
  run_patchart line down.csv --lang "$lang" --incomplete-from 2017 -o "note-$lang.pdf"
  expect_status 0 "note in $lang"
  expect_match "${pair#*:}" "$(pdf_text "note-$lang.pdf")" "incomplete note in $lang"
done

# The heatmap marks the same years: a dashed bracket and the note.
run_patchart heatmap "$EXAMPLES/classes-illustrative.csv" --incomplete-from 2022 -o heat.svg
expect_status 0 "heatmap with incomplete years"
check "heatmap bracket is dashed" grep -q stroke-dasharray heat.svg
run_patchart heatmap "$EXAMPLES/classes-illustrative.csv" --incomplete-from 2022 --lang en \
  -o heat.pdf
expect_match "2022–2023 incomplete" "$(pdf_text heat.pdf)" "heatmap note"
run_patchart heatmap "$EXAMPLES/classes-illustrative.csv" -o heat-plain.svg
check "no heatmap bracket without the option" eval '! grep -q stroke-dasharray heat-plain.svg'

# 4. Flags force the orientation: years down read as series.
run_patchart line --series-rows down.csv -o forced.pdf
expect_status 0 "--series-rows"
expect_match "中国 +美国 +韩国" "$(pdf_text forced.pdf)" "--series-rows: the header is the x axis"
run_patchart line --series-columns across.csv -o forced2.pdf
expect_status 0 "--series-columns"

# 5. From a raw export: filings per office and application year.
run_patchart line --count --rows Jurisdiction --columns 'year:Application Date' \
  --alias "$EXAMPLES/offices-zh.csv" --where Jurisdiction=CN --where Jurisdiction=US \
  --from-year 2016 --incomplete-from 2023 "$LENS" -o counted.pdf
expect_status 0 "counted lines"
text=$(pdf_text counted.pdf)
for want in 中国 美国 2016 2020 "年数据不完整"; do
  expect_match "$want" "$text" "counted lines show $want"
done
run_patchart line --count --rows Jurisdiction --columns 'year:Application Date' --top 2 \
  --others "$LENS" -o others.pdf
expect_status 0 "counted lines, top 2 and the others"
expect_match "Others|其他" "$(pdf_text others.pdf)" "the others line is named"

# 6. A spec file: kind = line, incomplete-from in [defaults].
cat >lines.spec <<'EOF'
[defaults]
incomplete-from = 2017

[figure filings]
kind = line
title = 申请数
input = down.csv
output = spec/filings.svg

[figure countries]
kind = bars
input = bars.csv
output = spec/bars.svg
EOF
printf 'a,b\nx,1\n' >bars.csv
run_patchart render lines.spec
expect_status 0 "spec with a line figure"
check "spec line figure is dashed" grep -q stroke-dasharray spec/filings.svg
check "spec line figure = command line" cmp -s spec/filings.svg down.svg

# 7. Bad values: exit 64, one line, no file.
mkdir out
bad () { # STATUS REGEX ARGS...
  local want=$1 re=$2; shift 2
  run_patchart "$@"
  expect_status "$want" "$*"
  expect_match "$re" "$err" "$* message"
  expect_no_files out "$*"
}
bad 64 '^patchart: --incomplete-from 20x3: expected a year such as 2014' \
  line down.csv --incomplete-from 20x3 -o out/f.png
bad 64 'series-rows: series-columns and series-rows exclude each other' \
  line down.csv --series-columns --series-rows -o out/f.png
bad 64 'series-rows: wide and long exclude each other' \
  line down.csv --long --series-rows -o out/f.png
bad 64 'Unknown option --palette' \
  heatmap down.csv --palette grey -o out/f.png
printf 'year,A\n1,3\n9000,5\n' >span.csv
bad 65 '^patchart: span.csv: x values from 1 to 9000: 9000 steps are more than a 800-pixel-wide line chart can show$' \
  line span.csv -o out/f.png
awk 'BEGIN { printf "year"; for (s = 0; s < 60; s++) printf ",S%d", s; print ""
  for (y = 2000; y < 2003; y++) { printf "%d", y; for (s = 0; s < 60; s++) printf ",%d", s; print "" } }' >many.csv
bad 64 '^patchart: 60 series are more lines than colours can tell apart \(8, and 8 more with dots\): use --top 8 --others, or --highlight the series the figure is about$' \
  line many.csv -o out/f.png
# past eight series only the highlighted ones are named at their ends
bad 64 '^patchart: 40 series do not fit a 800x500 figure: use --top N or a taller --size$' \
  line many.csv $(for s in $(seq 9 48); do printf -- '--highlight S%d ' "$s"; done) -o out/f.png
run_patchart line many.csv --highlight S3 -o out/f.png
expect_status 0 "line, 60 series, one highlighted"
rm -f out/f.png

# 8. Help.
run_patchart help line
expect_status 0 "help line"
for opt in --series-rows --series-columns --incomplete-from --rows --count; do
  check "help line lists $opt" grep -q -- "$opt" <<<"$out"
done
run_patchart --help
check "patchart --help lists line" grep -q "^  line " <<<"$out"

finish
