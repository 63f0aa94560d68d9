# SPDX-License-Identifier: MIT
# test_inputs.sh — odd inputs that are fine: each is drawn (exit 0), with
# nothing on standard error, only its own file in the output folder, and
# the text that matters found in the PDF (pdftotext).
. "$(dirname "$0")/lib.sh"
PATCHART_TIMEOUT=5  # a guard against hangs; each case takes well under 1 s

IN=$WORK/in
mkdir -p "$IN"
cd "$IN"
n_case=0

# good KIND FILE TEXT [OPTIONS...]: draws FILE as a PDF and expects TEXT
# (a fixed string) in what pdftotext extracts.
good () {
  local kind=$1 file=$2 text=$3 dir
  shift 3
  n_case=$((n_case + 1))
  dir=$WORK/out-$n_case
  mkdir -p "$dir"
  run_patchart "$kind" "$file" "$@" -o "$dir/fig.pdf"
  expect_status 0 "case $n_case ($kind $file)"
  check "case $n_case ($kind $file): no message" test -z "$err"
  check "case $n_case ($kind $file): only its file" test "$(ls -A "$dir")" = fig.pdf
  if [ -s "$dir/fig.pdf" ]; then
    pdftotext "$dir/fig.pdf" "$dir/fig.txt" 2>/dev/null || true
    check "case $n_case ($kind $file): shows \"$text\"" grep -qF -- "$text" "$dir/fig.txt"
    rm -f "$dir/fig.txt"
  fi
}

# Numbers as Japanese and Chinese spreadsheets write them: full-width
# digits, signs and separators; a no-break or thin space between groups.
printf 'label,value\n甲,３０，１２４\n乙,1\xc2\xa0234\n丙,2\xe2\x80\x89345\n' >fullwidth.csv
good bars fullwidth.csv 30,124
good bars fullwidth.csv 2,345

# A BOM and CRLF line ends (as Excel writes), with a quoted CRLF inside.
printf '\xef\xbb\xbflabel,value\r\n"多行\r\n标签",3\r\n美国,2\r\n' >bom-crlf.csv
good bars bom-crlf.csv 美国
# Quoted delimiters, doubled quotes and newlines inside labels.
printf 'a,b\n"x, ""y""",1\n"two\nlines",2\n' >quoted.csv
good ranking quoted.csv 'x, "y"'
# Duplicate labels are summed: 1 + 2 = 3 (README: "Rows with the same label
# are summed").
printf 'a,b\nx,1\ny,1\nx,2\n' >dups.csv
good bars dups.csv 3
printf 'r,c,v\nA,2020,1\nA,2020,4\nB,2021,1\n' >dups-long.csv
good heatmap dups-long.csv 5 --long
# All-zero values: an axis from 0, no division by zero.
printf 'a,b\nx,0\ny,0\n' >zeros.csv
good bars zeros.csv x
good ranking zeros.csv y
printf 'r,2020,2021\nA,0,0\nB,0,0\n' >zeros-wide.csv
good heatmap zeros-wide.csv 2021
# A label of 200 CJK characters: ellipsized, never clipped or an error.
label=$(printf '专%.0s' $(seq 200))
printf 'a,b\n%s,2\n短,1\n' "$label" >long-cjk.csv
good bars long-cjk.csv 短
good ranking long-cjk.csv 专专专
# Spreadsheet formulas are text: drawn as written, never evaluated.
printf 'a,b\n=SUM(A1),1\n+cmd|x,2\n@x,3\n' >formula.csv
good bars formula.csv '=SUM(A1)'
# Pango markup is text (also in test_errors.sh).
printf 'a,b\n"<i>&amp;</i>",1\n' >markup.csv
good ranking markup.csv '<i>&amp;</i>'
# A combining accent on a letter the fonts have (e + U+0301), and an
# invisible right-to-left mark: drawn.
printf 'a,b\nCafe\xcc\x81,1\nab\xe2\x80\x8fc,2\n' >accent.csv
good bars accent.csv Caf
# Values at the edges: 1e15 (the largest), tiny and negative numbers (bars).
printf 'a,b\nbig,1e15\nsmall,1e-300\nneg,-5\n' >edges.csv
good bars edges.csv big
# A 64 KiB field in a column the figure does not use.
{ printf 'a,b,c\nx,1,'; head -c 65536 /dev/zero | tr '\0' z; printf '\ny,2,z\n'; } >wide-field.csv
good bars wide-field.csv x
# Legacy encodings read with --encoding, positions unchanged.
printf 'a,b\n中国,30124\n美国,12530\n' | iconv -f UTF-8 -t GB18030 >gbk.csv
good bars gbk.csv 中国 --encoding GB18030
printf 'a,b\nトヨタ自動車,30\n日立製作所,12\n' | iconv -f UTF-8 -t CP932 >sjis.csv
good ranking sjis.csv トヨタ自動車 --encoding CP932
good ranking sjis.csv 日立製作所 --encoding SHIFT_JIS
{ printf '\xff\xfe'; printf 'a\tb\r\n中国\t1\r\n韩国\t2\r\n' | iconv -f UTF-8 -t UTF-16LE; } >utf16le.csv
good bars utf16le.csv 韩国 --encoding UTF-16 --delimiter tab
good bars utf16le.csv 韩国 --encoding UTF-16LE --delimiter tab
good bars "$DATA/countries.csv" 中国 --encoding UTF-8
# An error in a converted file still names its line: line 4 of the file.
printf 'a,b\n中国,1\n\n美国,x\n' | iconv -f UTF-8 -t GB18030 >gbk-bad.csv
run_patchart bars gbk-bad.csv --encoding GB18030 -o "$WORK/gbk-bad.png"
expect_status 65 "converted file: bad value"
expect_match '^patchart: gbk-bad\.csv:4:2: column "b": expected a number, got "x"$' "$err" \
  "converted file: position"

echo "$n_case good inputs"
finish
