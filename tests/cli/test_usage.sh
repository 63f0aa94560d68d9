# SPDX-License-Identifier: MIT
# test_usage.sh — the command line as GNU users expect it: help, version,
# usage errors, standard input and output, and the options that choose
# columns, delimiters and shapes (checked by comparing the figures' bytes).
. "$(dirname "$0")/lib.sh"

cd "$WORK"
cp "$EXAMPLES/countries.csv" "$EXAMPLES/classes-illustrative.csv" .
COUNTRIES=countries.csv
CLASSES=classes-illustrative.csv
TRY="Try 'patchart( [a-z]+)? --help' for more information\\."

# same A B WHAT / differ A B WHAT: byte comparisons of two files.
same () { check "$3: same bytes" cmp -s "$1" "$2"; }
differ () {
  if [ -s "$1" ] && [ -s "$2" ] && ! cmp -s "$1" "$2"; then pass; else fail "$3: expected different files"; fi
}

# Usage error: exit 64, nothing on stdout, the message, then the hint.
usage_error () {
  local regex=$1 what=$2
  expect_status 64 "$what"
  check "$what: nothing on stdout" test -z "$out"
  expect_match "^patchart: $regex" "$(printf '%s\n' "$err" | head -n 1)" "$what: message"
  expect_match "^$TRY\$" "$(printf '%s\n' "$err" | sed -n 2p)" "$what: hint"
}

# --- Help and version -----------------------------------------------------

for args in --help -h help; do
  LC_ALL=C run_patchart $args
  expect_status 0 "$args"
  check "$args: nothing on stderr" test -z "$err"
  expect_match '^Usage: patchart COMMAND' "$out" "$args: usage line"
  for cmd in bars ranking heatmap fonts help; do
    check "$args lists $cmd" grep -Eq "^  $cmd " <<<"$out"
  done
  # The help is UTF-8 whatever the locale: no "?" for the CJK example.
  check "$args: CJK example intact" grep -qF "'各国申请数'" <<<"$out"
done

for cmd in bars ranking heatmap; do
  for args in "help $cmd" "$cmd --help" "$cmd -h"; do
    run_patchart $args
    expect_status 0 "$args"
    check "$args: nothing on stderr" test -z "$err"
    expect_match "patchart $cmd .*INPUT -o OUTPUT" "$out" "$args: usage line"
    for opt in --output --format --title --subtitle --source --size --scale --top --sort \
               --lang --delimiter --no-header; do
      check "$args lists $opt" grep -q -- "$opt" <<<"$out"
    done
  done
done
# Help text is UTF-8 whatever the locale: GLib alone would print "???"
# for the CJK words in the C locale.
for locale in C C.UTF-8; do
  LC_ALL=$locale run_patchart ranking --help
  expect_status 0 "ranking --help in the $locale locale"
  check "ranking --help in the $locale locale: CJK text intact" grep -qF "'来源：'" <<<"$out"
done
run_patchart help heatmap
for opt in --wide --long --rows --columns --value; do
  check "help heatmap lists $opt" grep -q -- "$opt" <<<"$out"
done
run_patchart help bars
check "help bars lists --label" grep -q -- --label <<<"$out"
check "help bars has no --wide" eval '! grep -q -- --wide <<<"$out"'

run_patchart help fonts
expect_status 0 "help fonts"
expect_match '^Usage:' "$out" "help fonts: usage"
check "help fonts names the command" grep -q 'patchart fonts ' <<<"$out"

run_patchart --version
expect_status 0 "--version"
expect_match '^patchart [0-9]+\.[0-9]+\.[0-9]+$' "$(head -n 1 <<<"$out")" "--version: name and version"
expect_match '^Copyright \(C\) [0-9]{4} The patchart authors\.$' "$(sed -n 2p <<<"$out")" \
  "--version: copyright line"
expect_match '^License MIT: ' "$(sed -n 3p <<<"$out")" "--version: licence line"
check "--version: nothing on stderr" test -z "$err"

# --- Usage errors ---------------------------------------------------------

run_patchart
usage_error 'no command' "no arguments"
check "no arguments: hint names --help" grep -qF "Try 'patchart --help'" <<<"$err"
run_patchart frobnicate x.csv -o x.png
usage_error ".*frobnicate" "unknown command"
run_patchart help frobnicate
usage_error ".*frobnicate" "help for an unknown command"
run_patchart bars --frobnicate $COUNTRIES -o x.png
usage_error ".*--frobnicate" "unknown option"
check "unknown option: hint names the command" grep -qF "Try 'patchart bars --help'" <<<"$err"
run_patchart ranking $COUNTRIES
usage_error ".*-o" "missing -o"
run_patchart heatmap -o x.png
usage_error ".*INPUT" "missing INPUT"
run_patchart bars $COUNTRIES $CLASSES -o x.png
usage_error ".*INPUT" "two INPUTs"
run_patchart bars $COUNTRIES -o -
usage_error ".*--format" "-o - without --format"
check "usage errors write no file" test ! -e x.png

# --- Standard input and output --------------------------------------------

run_patchart bars $COUNTRIES -o ref.png
expect_status 0 "reference figure"
check "reference figure is a PNG" eval '[ "$(head -c 4 ref.png | od -An -c | tr -d " ")" = "211PNG" ]'

set +e
"$PATCHART" bars $COUNTRIES -o - --format png >stdout.png 2>"$WORK/.stderr"
status=$?
set -e
expect_status 0 "-o - --format png"
check "-o -: PNG signature on stdout" \
  eval '[ "$(head -c 8 stdout.png | od -An -tx1 | tr -d " \n")" = 89504e470d0a1a0a ]'
same stdout.png ref.png "-o - and a file"
check "-o -: no file named -" test ! -e ./-

run_patchart bars - -o stdin.png <$COUNTRIES
expect_status 0 "INPUT -"
same stdin.png ref.png "INPUT - and the file"

run_patchart bars $COUNTRIES --format svg -o figure
expect_status 0 "--format svg without extension"
check "--format svg: file written without extension" test -s figure
check "--format svg: it is SVG" grep -q '<svg' figure
run_patchart bars $COUNTRIES --format pdf -o figure.png
expect_status 0 "--format beats the extension"
check "--format pdf: PDF despite .png" eval '[ "$(head -c 5 figure.png)" = "%PDF-" ]'

# --- Columns, delimiters, header ------------------------------------------

run_patchart bars $COUNTRIES --label 国家/地区 --value 申请数 -o by-name.png
expect_status 0 "columns by name"
run_patchart bars $COUNTRIES --label 1 --value 2 -o by-index.png
expect_status 0 "columns by index"
same by-name.png by-index.png "columns by name and by index"
same by-name.png ref.png "explicit columns and the default"
# Choosing a different column must change the figure.
printf 'name,a,b\nx,1,5\ny,2,3\nz,3,1\n' >three.csv
run_patchart bars three.csv --value a -o col-a.png
run_patchart bars three.csv --value 3 -o col-3.png
run_patchart bars three.csv --value b -o col-b.png
expect_status 0 "column b by name"
same col-3.png col-b.png "--value 3 and --value b"
differ col-a.png col-b.png "--value a and --value b"

tr ',' ';' <$COUNTRIES >semicolon.csv
run_patchart bars semicolon.csv --delimiter ';' -o semicolon.png
expect_status 0 "--delimiter ';'"
same semicolon.png ref.png "--delimiter ';'"
tr ',' '\t' <$COUNTRIES >tab.tsv
run_patchart bars tab.tsv --delimiter tab -o tab.png
expect_status 0 "--delimiter tab"
same tab.png ref.png "--delimiter tab"
run_patchart bars tab.tsv -o tab-as-comma.png
check "a TSV read with ',' is not the same figure" test "$status" -ne 0 -o ! -e tab-as-comma.png

tail -n +2 $COUNTRIES >no-header.csv
run_patchart bars no-header.csv --no-header -o no-header.png
expect_status 0 "--no-header"
same no-header.png ref.png "--no-header"
run_patchart bars no-header.csv -o header-eaten.png
expect_status 0 "first row taken as header"
differ header-eaten.png ref.png "without --no-header the first row is the header"

# --- Sorting --------------------------------------------------------------

run_patchart bars $COUNTRIES --sort asc -o asc.png
expect_status 0 "--sort asc"
differ asc.png ref.png "--sort asc and the default"
run_patchart bars $COUNTRIES --sort desc -o desc.png
same desc.png ref.png "--sort desc is the default"

# --- Heatmap shapes -------------------------------------------------------

# The wide example as long row,column,value lines (empty cells left out).
awk -F, 'NR == 1 { for (i = 2; i <= NF; i++) year[i] = $i; print "class,year,count"; next }
         { for (i = 2; i <= NF; i++) if ($i != "") print $1 "," year[i] "," $i }' \
  $CLASSES >long.csv
run_patchart heatmap long.csv -o long-auto.png
expect_status 0 "heatmap long, detected"
run_patchart heatmap long.csv --long -o long-forced.png
expect_status 0 "heatmap --long"
same long-auto.png long-forced.png "repeated row labels are detected as long"
run_patchart heatmap long.csv --wide -o long-as-wide.png
expect_status 0 "heatmap --wide on a long file"
differ long-as-wide.png long-forced.png "--wide forces the shape"
run_patchart heatmap $CLASSES -o wide-auto.png
expect_status 0 "heatmap wide, detected"
run_patchart heatmap $CLASSES --wide -o wide-forced.png
same wide-auto.png wide-forced.png "a wide matrix is detected as wide"
same wide-auto.png long-forced.png "the same matrix, long or wide"
# A 3-column matrix with unique numeric labels is wide unless forced.
printf 'class,2020,2021\nA,1,2\nB,3,4\n' >small-wide.csv
run_patchart heatmap small-wide.csv -o small-auto.png
run_patchart heatmap small-wide.csv --wide -o small-wide.png
run_patchart heatmap small-wide.csv --long -o small-long.png
expect_status 0 "3-column matrix read --long"
same small-auto.png small-wide.png "3-column matrix detected as wide"
differ small-long.png small-wide.png "--long on a 3-column matrix"

finish
