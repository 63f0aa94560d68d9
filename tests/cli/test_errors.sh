# SPDX-License-Identifier: MIT
# test_errors.sh — every bad input gets one error line, its exit code, and
# leaves no file behind.
#
# Each case runs patchart with its output in a folder of its own that is
# empty before the run, and checks: the exit status (sysexits.h), the one
# message line "patchart: FILE:LINE:COL: message" (with the place pinned
# where there is one; a usage error may add the "Try ... --help" line), an
# empty standard output, and that the folder is still empty afterwards.
. "$(dirname "$0")/lib.sh"
# Every bad input is answered in well under a second; 5 s means a hang.
PATCHART_TIMEOUT=5

IN=$WORK/in
mkdir -p "$IN"
cd "$IN"
cp "$EXAMPLES/countries.csv" "$EXAMPLES/classes-illustrative.csv" .
n_case=0
slowest_ms=0 slowest=  # reported at the end: every case should take well under 1 s

# re TEXT: TEXT with the regex characters escaped, to match it literally.
re () {
  printf '%s' "$1" | sed 's/[][\.*^$+?(){}|]/\\&/g'
}

# Checks the stderr of the last run: one line matching REGEX, except that a
# usage error may add one "Try 'patchart [COMMAND ]--help' ..." line.
expect_message () {
  local regex=$1 what=$2 first rest
  first=$(printf '%s\n' "$err" | head -n 1)
  rest=$(printf '%s\n' "$err" | tail -n +2)
  expect_match "$regex" "$first" "$what: message"
  if [ -z "$rest" ]; then
    pass
  elif [ "$status" -eq 64 ] && printf '%s\n' "$rest" \
       | grep -Eqx "Try 'patchart( [a-z]+)? --help' for more information\."; then
    pass
  else
    fail "$what: more than one error line: $err"
  fi
}

# bad STATUS REGEX ARGS...: one case.  OUT/ in ARGS stands for the case's
# empty output folder, $WORK/out-N/.
bad () {
  local want=$1 regex=$2 dir args=() a
  shift 2
  n_case=$((n_case + 1))
  dir=$WORK/out-$n_case
  mkdir -p "$dir"  # made already when the case needs it set up
  for a in "$@"; do args+=("${a//OUT\//$dir/}"); done
  t0=$(date +%s%N)
  run_patchart "${args[@]}"
  ms=$((($(date +%s%N) - t0) / 1000000))
  if [ "$ms" -gt "$slowest_ms" ]; then slowest_ms=$ms slowest="$*"; fi
  expect_status "$want" "case $n_case ($*)"
  expect_message "$regex" "case $n_case ($*)"
  check "case $n_case ($*): nothing on stdout" test -z "$out"
  expect_no_files "$dir" "case $n_case ($*)"
}

# The harness itself: a good input does make its file, so the "no file"
# checks below can fail.
mkdir "$WORK/good"
run_patchart bars countries.csv -o "$WORK/good/fig.png"
expect_status 0 "good input"
check "good input writes its file" test -s "$WORK/good/fig.png"
check "good input writes only its file" test "$(ls -A "$WORK/good")" = fig.png

# --- The CSV itself -------------------------------------------------------

: >empty.csv
bad 65 '^patchart: empty\.csv: empty file$' bars empty.csv -o OUT/fig.png
printf '\n\r\n  \n' >blank.csv
bad 65 '^patchart: blank\.csv: empty file$' ranking blank.csv -o OUT/fig.png
printf 'label,value\n' >header-only.csv
bad 65 '^patchart: header-only\.csv: no data rows$' bars header-only.csv -o OUT/fig.png
bad 65 '^patchart: header-only\.csv: no data rows$' heatmap header-only.csv -o OUT/fig.svg

# An unterminated quote is reported where it opened, not at the end of file.
printf 'a,b\nx,1\ny,"2\nz,3\nw,4\n' >unterminated.csv
bad 65 '^patchart: unterminated\.csv:3:2: unterminated quote' \
  bars unterminated.csv -o OUT/fig.png
# ... counting a BOM, CRLF line ends and blank lines right.
printf '\xef\xbb\xbfa,b\r\nx,1\r\n\r\n\r\n"y\r\n,2\r\nz,3\r\n' >unterminated-crlf.csv
bad 65 '^patchart: unterminated-crlf\.csv:5:1: unterminated quote' \
  ranking unterminated-crlf.csv -o OUT/fig.pdf
printf 'a,b\nx,1\n\ny,2"\n' >stray-quote.csv
bad 65 '^patchart: stray-quote\.csv:4:2: quote inside an unquoted field' \
  bars stray-quote.csv -o OUT/fig.png
printf 'a,b\nx,1\n"y"z,2\n' >after-quote.csv
bad 65 '^patchart: after-quote\.csv:3:1: text after the closing quote' \
  bars after-quote.csv -o OUT/fig.png

# Encoding: the line and column of the bad byte, and the byte.
printf 'a,b\nx,1\ny,\xff2\n' >byte-ff.csv
bad 65 '^patchart: byte-ff\.csv:3:2: invalid UTF-8 \(byte 0xFF\)' bars byte-ff.csv -o OUT/fig.png
printf 'a,b\n"x\ny\xff",1\n' >byte-ff-quoted.csv
bad 65 '^patchart: byte-ff-quoted\.csv:3:1: invalid UTF-8 \(byte 0xFF\)' \
  ranking byte-ff-quoted.csv -o OUT/fig.png
printf 'a,b\nx,1\n\xc0\xafy,2\n' >overlong.csv
bad 65 '^patchart: overlong\.csv:3:1: invalid UTF-8 \(byte 0xC0\)' bars overlong.csv -o OUT/fig.png
printf 'a,b\nx,1\ny\xed\xa0\x80,2\n' >surrogate.csv
bad 65 '^patchart: surrogate\.csv:3:1: invalid UTF-8 \(byte 0xED\)' bars surrogate.csv -o OUT/fig.png
printf 'a,b\nx,1\ny,2\0003\n' >nul.csv
bad 65 '^patchart: nul\.csv:3:2: NUL byte: this is binary data, not CSV text$' bars nul.csv -o OUT/fig.png
# In a quoted field over two lines: the NUL's own line and field.
printf 'a,b\nx,"1\n2\0"\n' >nul-quoted.csv
bad 65 '^patchart: nul-quoted\.csv:3:2: NUL byte: this is binary data, not CSV text$' \
  bars nul-quoted.csv -o OUT/fig.png
# Binary junk, all NUL bytes, is not "UTF-16"; 2 GB of it (a sparse file,
# no disk used) is refused within its first piece, on the plain path, the
# counting path and standard input alike (a hang here: the file was read).
truncate -s 2G junk.bin
bad 65 '^patchart: junk\.bin:1:1: NUL byte: this is binary data, not CSV text$' bars junk.bin -o OUT/fig.png
bad 65 '^patchart: junk\.bin:1:1: NUL byte: this is binary data, not CSV text$' \
  bars --count --label 1 junk.bin -o OUT/fig.png
bad 65 '^patchart: <stdin>:1:1: NUL byte: this is binary data, not CSV text$' \
  bars - -o OUT/fig.png <junk.bin
rm junk.bin
{ printf 'a,b\nx,1\n'; head -c 5000 /dev/zero; } >zeros.csv
bad 65 '^patchart: zeros\.csv:3:1: NUL byte: this is binary data, not CSV text$' bars zeros.csv -o OUT/fig.png
printf '\xff\xfea\0,\0b\0\n\0x\0,\0001\0\n\0' >utf16.csv
bad 65 '^patchart: utf16\.csv: looks like UTF-16 text \(Excel.s "Unicode text"\): use --encoding UTF-16, or save it as UTF-8$' \
  bars utf16.csv -o OUT/fig.png

# Legacy encodings, as Excel saves CSV in China and Japan: what the file
# looks like and the --encoding that reads it.
printf 'a,b\n中国,30124\n美国,12530\n' | iconv -f UTF-8 -t GB18030 >gbk.csv
bad 65 '^patchart: gbk\.csv:2:1: invalid UTF-8 \(byte 0xD6\); it looks like GBK/GB18030 \(Chinese Excel\): use --encoding GB18030$' \
  bars gbk.csv -o OUT/fig.png
printf 'a,b\nトヨタ自動車,30\n日立製作所,12\n' | iconv -f UTF-8 -t SHIFT_JIS >sjis.csv
bad 65 '^patchart: sjis\.csv:2:1: invalid UTF-8 \(byte 0x83\); it looks like Shift_JIS \(Japanese Excel\): use --encoding CP932$' \
  ranking sjis.csv -o OUT/fig.png
# A byte the named encoding does not have: its line and field.
{ printf 'a,b\n中国,1\n"美\n国",2\n' | iconv -f UTF-8 -t GB18030; printf 'x,\xff\n'; } >gbk-bad.csv
bad 65 '^patchart: gbk-bad\.csv:5:2: not GB18030 text \(byte 0xFF\): check --encoding$' \
  bars gbk-bad.csv --encoding GB18030 -o OUT/fig.png
bad 64 '^patchart: encoding nosuch: unknown \(try GB18030, CP932' \
  bars countries.csv --encoding nosuch -o OUT/fig.png

# Limits: a field of at most 64 KiB, a row of at most 16384 fields.
{ printf 'a,b\nx,1\n"'; head -c 1048576 /dev/zero | tr '\0' y; printf '",2\n'; } >big-field.csv
bad 65 '^patchart: big-field\.csv:3:1: field longer than 65536 bytes \(the most a field may hold\)$' \
  bars big-field.csv -o OUT/fig.png
awk 'BEGIN { for (r = 0; r < 2; r++) { for (c = 1; c <= 100000; c++) printf "%s%d", (c > 1 ? "," : ""), c; print "" } }' >many-columns.csv
bad 65 '^patchart: many-columns\.csv:1:16385: row has more than 16384 fields \(the most a row may have\)$' \
  heatmap many-columns.csv -o OUT/fig.png
# More labels than the figure has room for (bars, ranking) or pixels (heatmap).
awk 'BEGIN { print "a,b"; for (i = 0; i < 100000; i++) printf "l%d,%d\n", i, i }' >many-rows.csv
bad 64 '^patchart: 100000 vertical bars'"'"' labels do not fit a 800x500 figure: use --orient horizontal, --top N or a wider --size$' \
  bars many-rows.csv -o OUT/fig.png
bad 64 '^patchart: 100000 names do not fit a 800x500 figure: use --top N or a taller --size$' \
  ranking many-rows.csv -o OUT/fig.png
awk 'BEGIN { print "r,c,v"; for (i = 0; i < 100000; i++) printf "r%d,c%d,%d\n", i, i % 3, i }' >many-heat-rows.csv
bad 64 '^patchart: 100000 rows do not fit a 800x500 figure: use --top N or a taller --size$' \
  heatmap many-heat-rows.csv -o OUT/fig.png
awk 'BEGIN { printf "r"; for (c = 0; c < 1000; c++) printf ",%d", c; print ""; printf "A";
             for (c = 0; c < 1000; c++) printf ",1"; print "" }' >many-heat-columns.csv
bad 64 '^patchart: 1000 columns do not fit a 800x500 figure: use a wider --size$' \
  heatmap many-heat-columns.csv -o OUT/fig.png
# Every row of a heatmap is labelled: 60 rows need a taller figure; forced
# vertical bars whose labels cannot stand whole; option values.
awk 'BEGIN { print "r,2020,2021"; for (i = 0; i < 60; i++) printf "row %d,%d,%d\n", i, i, i }' \
  >sixty-rows.csv
bad 64 '^patchart: 60 rows cannot all be labelled in a 800x500 figure: use a taller --size or --top N$' \
  heatmap sixty-rows.csv -o OUT/fig.png
awk 'BEGIN { print "a,b"; for (i = 0; i < 30; i++) printf "Extraordinarilylongcompanyname%d,%d\n", i, i }' \
  >thirty-long.csv
bad 64 '^patchart: 30 vertical bars'"'"' labels do not fit a 800x500 figure: use --orient horizontal, --top N or a wider --size$' \
  bars thirty-long.csv --orient vertical -o OUT/fig.png
bad 64 '^patchart: --orient diagonal: expected auto, vertical or horizontal$' \
  bars "$EXAMPLES/countries.csv" --orient diagonal -o OUT/fig.png
bad 64 '^patchart: --units thousand: expected auto, none, k, M, B, 万, 亿, 萬, 億, 만 or 억$' \
  bars "$EXAMPLES/countries.csv" --units thousand -o OUT/fig.png
bad 64 '^patchart: font-scale 9: expected a number from 0.5 to 3$' \
  bars "$EXAMPLES/countries.csv" --font-scale 9 -o OUT/fig.png

# Ragged rows: at the first extra field, or where the missing one belongs.
printf 'a,b\nx,1\ny,2,3\n' >extra-field.csv
bad 65 '^patchart: extra-field\.csv:3:3: row has 3 fields but the header has 2$' \
  bars extra-field.csv -o OUT/fig.png
printf 'a,b\nx,1\n\ny\n' >missing-field.csv
bad 65 '^patchart: missing-field\.csv:4:2: row has 1 field but the header has 2$' \
  ranking missing-field.csv -o OUT/fig.png
printf 'r,2020,2021\nA,1,2\nB,3\n' >missing-cell.csv
bad 65 '^patchart: missing-cell\.csv:3:3: row has 2 fields but the header has 3$' \
  heatmap missing-cell.csv -o OUT/fig.png
printf 'label\nx\n' >one-column.csv
bad 65 '^patchart: one-column\.csv:1: expected at least 2 columns, found 1$' \
  bars one-column.csv -o OUT/fig.png

# Values: the line, the column's name and the text.
printf 'applicant,count\nx,1\ny,n/a\n' >not-number.csv
bad 65 '^patchart: not-number\.csv:3:2: column "count": expected a number, got "n/a"$' \
  bars not-number.csv -o OUT/fig.png
for v in NaN nan inf -Infinity 1e999; do
  printf 'applicant,count\nx,1\n"y\nz",%s\n' "$v" >value.csv
  bad 65 "^patchart: value\\.csv:4:2: column \"count\": expected a number, got \"$v\"\$" \
    ranking value.csv -o OUT/fig.png
done
printf 'a,count\nx,6e14\ny,1\nx,6e14\n' >overflow.csv
bad 65 '^patchart: overflow\.csv:4:2: the total for this label is too large$' \
  bars overflow.csv -o OUT/fig.png
# Values past 1e15 would need 20-digit labels: refused where they stand.
printf 'a,count\nx,1\ny,1e308\n' >huge.csv
for kind in bars ranking; do
  bad 65 '^patchart: huge\.csv:3:2: column "count": 1e308 is larger than a chart can show \(at most 1e\+15\)$' \
    $kind huge.csv -o OUT/fig.png
done
# Quoted text stays one short line: line ends escaped, cut at 60 characters.
{ printf 'a,b\nx,"1\n'; head -c 5000 /dev/zero | tr '\0' 9; printf '"\n'; } >long-value.csv
bad 65 '^patchart: long-value\.csv:2:2: column "b": expected a number, got "1\\n9{58}…"$' \
  bars long-value.csv -o OUT/fig.png
# Without a header a column has no name: it is named by its number.
printf 'x,1\ny,many\n' >no-header.csv
bad 65 '^patchart: no-header\.csv:2:2: column 2: expected a number, got "many"$' \
  bars no-header.csv --no-header -o OUT/fig.png
printf 'a,count\nx,1\n  ,2\n' >empty-label.csv
bad 65 '^patchart: empty-label\.csv:3:1: column "a": empty label$' \
  bars empty-label.csv -o OUT/fig.png
printf 'class,year,n\nG06N,2020,1\nG06N,,2\n' >empty-column-label.csv
bad 65 '^patchart: empty-column-label\.csv:3:2: column "year": empty label$' \
  heatmap empty-column-label.csv -o OUT/fig.png
# Writing to standard output: a bad input writes nothing there either.
bad 65 '^patchart: not-number\.csv:3:2: column "count": ' \
  ranking not-number.csv -o - --format png
printf 'a,b\n<stdin>,1\ny,zz\n' >stdin.csv
bad 65 '^patchart: <stdin>:3:2: column "b": expected a number, got "zz"$' \
  bars - -o OUT/fig.png <stdin.csv

# Heatmaps: a bad cell of a wide matrix, and of a long table.
printf 'class,2020,2021,2022\nG06N,1,2,3\nG06V,4,x5,6\n' >wide-bad.csv
bad 65 '^patchart: wide-bad\.csv:3:3: column "2021": expected a number, got "x5"$' \
  heatmap wide-bad.csv -o OUT/fig.png
printf 'class,2020,2021\nG06N,1,2\nG06V,NaN,\n' >wide-nan.csv
bad 65 '^patchart: wide-nan\.csv:3:2: column "2020": expected a number, got "NaN"$' \
  heatmap wide-nan.csv --wide -o OUT/fig.pdf
printf 'class,year,n\nG06N,2020,1\nG06N,2021,-\n' >long-bad.csv
bad 65 '^patchart: long-bad\.csv:3:3: column "n": expected a number, got "-"$' \
  heatmap long-bad.csv -o OUT/fig.png

# Data the chart cannot show.
printf 'a,b\n\xf0\x9f\x98\x80,1\ny,2\n' >emoji.csv
for kind in bars ranking; do
  bad 65 '^patchart: emoji\.csv:2:1: text "😀": the bundled fonts have no glyph for U\+1F600 "😀"$' \
    $kind emoji.csv -o OUT/fig.png
done
printf 'r,2020\nA\xf0\x9f\x98\x80,1\n' >emoji-row.csv
bad 65 '^patchart: emoji-row\.csv:2:1: text "A😀": .*U\+1F600' heatmap emoji-row.csv -o OUT/fig.svg
printf 'r,c,v\nA,2020\xf0\x9f\x98\x80,1\n' >emoji-column.csv
bad 65 '^patchart: emoji-column\.csv:2:2: text "2020😀": .*U\+1F600' heatmap emoji-column.csv -o OUT/fig.pdf
bad 65 '^patchart: text "标题😀": the bundled fonts have no glyph for U\+1F600' \
  bars countries.csv --title "标题😀" -o OUT/fig.png
printf 'a,b\nx,1\ny,-2\n' >negative.csv
bad 65 '^patchart: negative\.csv:3: "y" has -2: a ranking shows values of 0 or more$' \
  ranking negative.csv -o OUT/fig.png
# Right-to-left scripts and stacked accents are outside the bundled fonts:
# named, never a box.
printf 'a,b\nשלום,1\n' >hebrew.csv
bad 65 '^patchart: hebrew\.csv:2:1: text "שלום": the bundled fonts have no glyph for U\+05E9 "ש"$' \
  bars hebrew.csv -o OUT/fig.png
printf 'a,b\nمرحبا,1\n' >arabic.csv
bad 65 '^patchart: arabic\.csv:2:1: text "مرحبا": .*U\+0645' ranking arabic.csv -o OUT/fig.png
printf 'a,b\nx,1\ne\xcc\x81\xcc\x81,2\n' >accents.csv
bad 65 '^patchart: accents\.csv:3:1: text "e.+": the bundled fonts have no glyph for U\+0301' \
  bars accents.csv -o OUT/fig.png

# --- Columns --------------------------------------------------------------

cols=$(re '(columns: "国家/地区", "申请数")')
bad 64 "^patchart: countries\\.csv: no column \"nosuch\" $cols\$" \
  bars countries.csv --label nosuch -o OUT/fig.png
bad 64 "^patchart: countries\\.csv: no column 9 .*\"国家/地区\", \"申请数\"" \
  bars countries.csv --value 9 -o OUT/fig.png
bad 64 "^patchart: countries\\.csv: no column 0 .*\"国家/地区\", \"申请数\"" \
  ranking countries.csv --label 0 -o OUT/fig.png
bad 64 '^patchart: classes-illustrative\.csv: no column "year" \(columns: .*"2014"' \
  heatmap classes-illustrative.csv --columns year -o OUT/fig.png

# --- Files ----------------------------------------------------------------

bad 66 '^patchart: nosuch\.csv: cannot (open|read): No such file or directory$' \
  bars nosuch.csv -o OUT/fig.png
mkdir adir
bad 66 '^patchart: adir: cannot (open|read): Is a directory$' bars adir -o OUT/fig.png

# Output that cannot be created: the message names the output, not the
# temporary file, and nothing is left in the folder.
o=$(re "$WORK/out-")
bad 73 "^patchart: ${o}[0-9]+/nodir/fig\\.png: cannot (create|write): No such file or directory\$" \
  bars countries.csv -o OUT/nodir/fig.png
bad 73 "^patchart: countries\\.csv/fig\\.png: cannot (create|write): Not a directory\$" \
  bars countries.csv -o countries.csv/fig.png
# Over an existing folder: refused before any temporary file is made.
n=$((n_case + 1))
mkdir -p "$WORK/out-$n/fig.png"
run_patchart bars countries.csv -o "$WORK/out-$n/fig.png"
expect_status 73 "output is a folder"
expect_message "^patchart: ${o}$n/fig\\.png: cannot write: it is a folder: name a file in it\$" "output is a folder"
check "output is a folder: no temporary file" test "$(ls -A "$WORK/out-$n")" = fig.png
check "output is a folder: it stays empty" test -z "$(ls -A "$WORK/out-$n/fig.png")"
n_case=$n
# A folder we may not write to.  Root ignores permission bits, so as root
# use a file system where even root cannot create files.
if [ "$(id -u)" != 0 ]; then
  n=$((n_case + 1))
  mkdir -p "$WORK/out-$n"
  chmod 555 "$WORK/out-$n"
  bad 73 "^patchart: ${o}$n/fig\\.png: cannot (create|write): Permission denied\$" \
    bars countries.csv -o OUT/fig.png
  chmod 755 "$WORK/out-$n"
else
  for ro in /sys /proc; do
    if [ -d $ro ] && ! (: >"$ro/patchart-probe") 2>/dev/null; then
      bad 73 "^patchart: $ro/patchart\\.png: cannot (create|write): " \
        bars countries.csv -o $ro/patchart.png
      check "nothing created in $ro" test ! -e $ro/patchart.png
      break
    fi
  done
fi
# A write that fails half way (here: a file size limit) removes its
# temporary file; patchart must not die of SIGXFSZ and leave it behind.
n=$((n_case + 1))
mkdir "$WORK/out-$n"
set +e
(ulimit -f 1; exec "$PATCHART" bars countries.csv -o "$WORK/out-$n/fig.png") \
  >"$WORK/.stdout" 2>"$WORK/.stderr"
status=$?
set -e
err=$(cat "$WORK/.stderr")
expect_status 73 "file size limit"
expect_message "^patchart: ${o}$n/fig\\.png: cannot write: File too large\$" "file size limit"
expect_no_files "$WORK/out-$n" "file size limit"
n_case=$n
# Standard output that cannot take the figure.
if [ -w /dev/full ]; then
  set +e
  "$PATCHART" bars countries.csv -o - --format png >/dev/full 2>"$WORK/.stderr"
  status=$?
  set -e
  err=$(cat "$WORK/.stderr")
  expect_status 73 "stdout full"
  expect_message '^patchart: <stdout>: cannot write: No space left on device$' "stdout full"
  n_case=$((n_case + 1))
fi

# --- Options --------------------------------------------------------------

bad 64 '^patchart: .*fig\.gif: unknown extension' bars countries.csv -o OUT/fig.gif
bad 64 '^patchart: .*/fig: unknown extension' ranking countries.csv -o OUT/fig
bad 64 '^patchart: --format gif: expected png, svg or pdf$' \
  bars countries.csv --format gif -o OUT/fig.png
for size in 0x0 100000x100000 199x500 800x10001; do
  bad 64 "^patchart: (--)?size $size: " bars countries.csv --size $size -o OUT/fig.png
done
for size in abc 800x 800x500x2 -800x500 x500; do
  bad 64 "^patchart: (--)?size $size: expected WIDTHxHEIGHT" \
    heatmap classes-illustrative.csv --size=$size -o OUT/fig.png
done
bad 64 '^patchart: (--)?scale 9: ' bars countries.csv --scale 9 -o OUT/fig.png
bad 64 '^patchart: (--)?scale 8: .*32767' bars countries.csv --size 5000x500 --scale 8 -o OUT/fig.png
for top in 0 -3; do
  bad 64 "^patchart: --top $top: expected a number of at least 1\$" \
    ranking countries.csv --top $top -o OUT/fig.png
  bad 64 "^patchart: --top $top: " heatmap classes-illustrative.csv --top $top -o OUT/fig.png
done
bad 64 '^patchart: .*--top' bars countries.csv --top many -o OUT/fig.png
for scale in 0 -1 nan; do
  bad 64 "^patchart: (--)?scale $scale: " bars countries.csv --scale $scale -o OUT/fig.png
done
bad 64 '^patchart: --sort sideways: expected desc, asc or none$' \
  bars countries.csv --sort sideways -o OUT/fig.png
bad 64 '^patchart: (--)?lang(uage)? "?xx"?: expected zh-CN, zh-TW, ja, ko or en$' \
  bars countries.csv --lang xx -o OUT/fig.png
bad 64 "^patchart: --delimiter ;;: expected one character or 'tab'\$" \
  bars countries.csv --delimiter ';;' -o OUT/fig.png
bad 64 '^patchart: --long: wide and long exclude each other$' \
  heatmap classes-illustrative.csv --wide --long -o OUT/fig.png
bad 64 '^patchart: (--)?title: invalid UTF-8$' \
  bars countries.csv --title "$(printf 'bad \xff')" -o OUT/fig.png

# --- Not an error: Pango markup in a label is text ------------------------

mkdir "$WORK/markup"
printf 'label,value\n"<b>x</b> & y",3\nplain,2\n' >markup.csv
run_patchart bars markup.csv -o "$WORK/markup/fig.pdf"
expect_status 0 "markup label"
check "markup label: PDF written" test -s "$WORK/markup/fig.pdf"
text=$(pdftotext "$WORK/markup/fig.pdf" - 2>/dev/null || true)
check "markup label: pdftotext shows it literally" grep -qF '<b>x</b> & y' <<<"$text"

echo "$n_case error cases; the slowest took $slowest_ms ms: $slowest"
finish
