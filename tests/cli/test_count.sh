#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# test_count.sh — from raw exports to figures with --count: the synthetic
# Lens.org and Google Patents exports drawn as the article's three
# figures, counts checked in the PDF text, the same bytes twice, piped
# input, the --skip-invalid warning, and bad rows (wrong column count,
# bad date, bad IPC code) failing with file:line:column, exit 65 and no
# file left behind.
source "$(dirname "$0")/lib.sh"

LENS=$EXAMPLES/lens-export-synthetic.csv
GOOGLE=$EXAMPLES/google-patents-synthetic.csv
cd "$WORK"

# pdf_text FILE: the text of a PDF, on one line.
pdf_text () {
  pdftotext "$1" - | tr '\n' ' '
}

# 1. Country bars from the Lens export: offices mapped to Chinese names.
run_patchart bars --count --label Jurisdiction --alias "$EXAMPLES/offices-zh.csv" \
  "$LENS" -o countries.pdf
expect_status 0 "country bars"
text=$(pdf_text countries.pdf)
for want in "中国" "美国" "韩国" "日本" "246" "102"; do
  expect_match "$want" "$text" "country bars show $want"
done

# The same count by hand: rows per Jurisdiction (field 2, never quoted).
cn=$(tail -n +2 "$LENS" | cut -d, -f2 | grep -c '^CN$')
expect_match "^246$" "$cn" "the Lens example has 246 CN records (test data as expected)"

# 2. Applicant ranking, China only, aliases merging spellings, top 8 + others.
run_patchart ranking --count --label Applicants --split ';;' \
  --alias "$EXAMPLES/applicants-alias.csv" --where Jurisdiction=CN --top 8 --others \
  "$LENS" -o applicants.pdf
expect_status 0 "applicant ranking"
text=$(pdf_text applicants.pdf)
expect_match "百度" "$text" "ranking shows 百度 (aliases applied)"
expect_match "其他" "$text" "ranking's others bar is 其他 in a Chinese figure"
if printf '%s' "$text" | grep -q "BAIDU"; then fail "raw spelling left in the ranking"; else pass; fi
run_patchart ranking --count --label Applicants --split ';;' --where Jurisdiction=US --top 3 \
  --others --lang ja "$LENS" -o applicants-ja.pdf
expect_match "その他" "$(pdf_text applicants-ja.pdf)" "others is その他 in Japanese"

# 3. Class heatmap: IPC main groups x application year, China, 2014-2023.
run_patchart heatmap --count --rows "IPCR Classifications" --split ';;' --ipc group \
  --columns 'year:Application Date' --where Jurisdiction=CN --from-year 2014 --to-year 2023 \
  --top 8 "$LENS" -o classes.pdf
expect_status 0 "class heatmap"
text=$(pdf_text classes.pdf)
for want in G06N3 G06V10 2014 2023; do
  expect_match "$want" "$text" "heatmap shows $want"
done
if printf '%s' "$text" | grep -q "G06N3/08"; then fail "uncut IPC code in the heatmap"; else pass; fi

# The Google Patents shape: the search URL line before the header.
run_patchart ranking --count --label assignee --alias "$EXAMPLES/applicants-alias.csv" \
  --top 5 "$GOOGLE" -o google.pdf
expect_status 0 "Google Patents export"
expect_match "腾讯控股" "$(pdf_text google.pdf)" "Google export ranked with aliases"
run_patchart ranking --count --label assignee --where office:id=US "$GOOGLE" -o google-us.pdf
text=$(pdf_text google-us.pdf)
expect_match "Google LLC" "$text" "--where office:id=US keeps US numbers"
if printf '%s' "$text" | grep -q "腾讯"; then fail "--where office:id=US kept a CN number"; else pass; fi
run_patchart bars --count --label 'year:filing/creation date' --sort none "$GOOGLE" -o years.svg
expect_status 0 "years from the Google export"
run_patchart bars --count --label office:id --alias "$EXAMPLES/offices-zh.csv" "$GOOGLE" \
  -o offices.pdf
expect_status 0 "offices from Google publication numbers"
text=$(pdf_text offices.pdf)
n_us=$(grep -c '^US-' "$GOOGLE")
expect_match "美国" "$text" "office:id gives 美国 for US- numbers"
expect_match "(^| )$n_us( |$)" "$text" "office:id counts the $n_us US- numbers"

# Same bytes twice (threads or not), and from a pipe.
args=(heatmap --count --rows "IPCR Classifications" --split ';;' --ipc subclass
      --columns 'year:Application Date' --top 6)
run_patchart "${args[@]}" "$LENS" -o a.png
run_patchart "${args[@]}" "$LENS" -o b.png
check "same command, same bytes" cmp -s a.png b.png
set +e
"$PATCHART" "${args[@]}" - -o c.png < "$LENS"
set -e
check "standard input counts the same" cmp -s a.png c.png

# A bigger file (several pieces, so several threads) gives the same
# figure whatever order the threads finish in.
for i in $(seq 1 40); do tail -n +2 "$LENS"; done > body.csv
{ head -1 "$LENS"; cat body.csv; } > big.csv
run_patchart ranking --count --label Applicants --split ';;' --top 10 big.csv -o big1.svg
run_patchart ranking --count --label Applicants --split ';;' --top 10 big.csv -o big2.svg
expect_status 0 "a file of several pieces"
check "several pieces: same bytes twice" cmp -s big1.svg big2.svg

# --skip-invalid: one warning line on stderr, the figure still made.
printf 'ipc,date\nG06N3/08,2019\nnot a code,2019\nG06V10/82;;??,2020\n' > mixed.csv
run_patchart bars --count --label ipc --split ';;' --ipc group --skip-invalid mixed.csv -o mixed.png
expect_status 0 "--skip-invalid succeeds"
expect_match '^patchart: warning: mixed\.csv: skipped 2 invalid values \(--skip-invalid\); the first: mixed\.csv:3:1: column "ipc": "not a code" is not an IPC code' \
  "$err" "--skip-invalid warning"
check "--skip-invalid warns in one line" [ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ]
check "--skip-invalid still writes the figure" test -s mixed.png

# bad STATUS REGEX ARGS...: fails with STATUS, one message, no file.
n_case=0
bad () {
  local want=$1 regex=$2 dir
  shift 2
  n_case=$((n_case + 1))
  dir=$WORK/out-$n_case
  mkdir -p "$dir"
  run_patchart "$@" -o "$dir/fig.png"
  expect_status "$want" "bad case $n_case ($*)"
  expect_match "$regex" "$(printf '%s\n' "$err" | head -1)" "bad case $n_case message"
  expect_no_files "$dir" "bad case $n_case"
}

printf 'ipc,date\nG06N3/08,2019-05-03\nG06V10/82\n' > ragged.csv
bad 65 '^patchart: ragged\.csv:3:2: row has 1 field but the header has 2$' \
  heatmap --count --rows ipc --columns year:date ragged.csv
printf 'ipc,date\nG06N3/08,2019-05-03\n\nG06V10/82,2019-02-30x\n' > baddate.csv
bad 65 '^patchart: baddate\.csv:4:2: column "date": "2019-02-30x" is not a date' \
  heatmap --count --rows ipc --ipc group --columns year:date baddate.csv
bad 65 '^patchart: baddate\.csv:4:2: column "date": "2019-02-30x" is not a date' \
  bars --count --label ipc --date date --from-year 2014 baddate.csv
# Off the calendar: an error at its place, or skipped with --skip-invalid.
printf 'ipc,date\nG06N3/08,2019-05-03T10:00:00+09:00\nG06N3/04,2019年5月3日\nG06V10/82,2019-02-30\n' >calendar.csv
bad 65 '^patchart: calendar\.csv:4:2: column "date": "2019-02-30" is not a date' \
  bars --count --label year:date calendar.csv
run_patchart bars --count --label year:date --skip-invalid calendar.csv -o calendar.pdf
expect_status 0 "--skip-invalid skips a date off the calendar"
expect_match 'skipped 1 invalid value .*calendar\.csv:4:2: column "date": "2019-02-30" is not a date' \
  "$err" "--skip-invalid names the date off the calendar"
pdftotext calendar.pdf - 2>/dev/null | grep -q '^2019$' && pass || fail "dates as exports write them count for 2019"
printf 'ipc,date\n"G06N3/08;;\nG06V 10/82;;deep learning",2019\n' > badipc.csv
bad 65 '^patchart: badipc\.csv:2:1: column "ipc": "deep learning" is not an IPC code' \
  bars --count --label ipc --split ';;' --ipc subclass badipc.csv
printf 'a,b\n' > headonly.csv
bad 65 '^patchart: headonly\.csv: no data rows$' bars --count headonly.csv
bad 65 '^patchart: .*lens-export-synthetic\.csv: no records left to count: the filters kept none of 400$' \
  bars --count --label Applicants --where Jurisdiction=XX "$LENS"
bad 64 "^patchart: .*: no column \"Applicant\" \\(columns: " bars --count --label Applicant "$LENS"
bad 64 '^patchart: split: counts raw records, so it needs --count' bars --split ';' "$LENS"
bad 64 '^patchart: --where foo: expected COLUMN=VALUE' bars --count --where foo "$LENS"
bad 64 '^patchart: --ipc family: expected section, class, subclass or group' bars --count --ipc family "$LENS"
bad 64 '^patchart: others: sums what --top N leaves out' bars --count --others "$LENS"
bad 66 '^patchart: nope\.csv: cannot open' bars --count nope.csv
printf 'raw,display\nbaidu,百度\nBAIDU,Baidu\n' > alias-bad.csv
bad 65 '^patchart: alias-bad\.csv:3:1: alias: "BAIDU" is mapped to "百度" on line 2 already$' \
  bars --count --alias alias-bad.csv "$LENS"


# Counting a legacy-encoded export: the hint first, then --encoding works.
printf 'applicant,year\n华为技术,2020\n百度,2021\n华为技术,2022\n' | iconv -f UTF-8 -t GB18030 > "$WORK/gbk.csv"
run_patchart ranking --count --label applicant "$WORK/gbk.csv" -o "$WORK/gbk.png"
expect_status 65 "GB18030 export without --encoding"
expect_match "use --encoding GB18030" "$err" "the hint names the encoding"
run_patchart ranking --count --label applicant --encoding GB18030 "$WORK/gbk.csv" -o "$WORK/gbk.pdf"
expect_status 0 "GB18030 export counted with --encoding"
expect_match "1 华为技术" "$(pdftotext "$WORK/gbk.pdf" -)" "converted labels counted"

# --unique COLUMN: each family counts once per label, pair or series; a
# record without an id counts on its own; without --count it is an error.
printf 'family,office,year\nF1,CN,2020\nF1,CN,2020\nF1,US,2020\nF2,CN,2021\n,CN,2021\n,CN,2021\n' \
  >families.csv
run_patchart ranking --count --label office --unique family families.csv --lang en -o fam.pdf
expect_status 0 "--unique ranking"
expect_match "^1 CN +2 US +4 +1 *$" "$(pdftotext fam.pdf - | tr '\n\f' '  ')" \
  "--unique: F1 once in CN, once in US; each empty id on its own"
run_patchart ranking --count --label office families.csv --lang en -o fam-all.pdf
expect_match "^1 CN +2 US +5 +1 *$" "$(pdftotext fam-all.pdf - | tr '\n\f' '  ')" \
  "without --unique every record counts"
run_patchart line --count --rows office --columns year --unique family families.csv -o fam.svg
expect_status 0 "--unique lines"
# Many pieces on several threads: the union, not the sum, of what each saw.
awk 'BEGIN { print "family,office"; for (i = 0; i < 300000; i++) printf "F%d,CN\n", i % 1000 }' \
  >many-families.csv
run_patchart bars --count --label office --unique family many-families.csv -o many.pdf
expect_status 0 "--unique over many pieces"
expect_match "(^| )1,000( |$)" "$(pdftotext many.pdf - | tr '\n' ' ')" \
  "1,000 families in 300,000 records, counted on threads"
run_patchart bars --unique family families.csv -o out-unique.png
expect_status 64 "--unique without --count"
expect_match "^patchart: unique: counts raw records, so it needs --count$" "$err" "--unique needs --count"
run_patchart bars --count --label office --unique nosuch families.csv -o out-unique.png
expect_status 64 "--unique with a missing column"
expect_match '^patchart: families.csv: no column "nosuch"' "$err" "--unique names the missing column"

finish
