#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# patchart render: a spec's figures are the same bytes as the single
# commands give, whatever -j; paths are relative to the spec; a bad figure
# is reported with the spec's file, line and the figure's name while the
# others are written; quiet logs when not on a terminal.
source "$(dirname "$0")/lib.sh"
set -e

mkdir -p "$WORK/s/data"
cp "$EXAMPLES/countries.csv" "$EXAMPLES/applicants.csv" "$EXAMPLES/classes-illustrative.csv" "$WORK/s/data/"

# Every kind in every format: 9 figures, one title each.
{
  printf '[defaults]\nlang = zh-CN\nsource = 日经XTECH、Patentfield\nlabel = 1\n\n'
  for fmt in png svg pdf; do
    printf '[figure countries-%s]\nkind = bars\ninput = data/countries.csv\noutput = out/countries.%s\ntitle = 各国申请数 %s\n\n' "$fmt" "$fmt" "$fmt"
    printf '[figure applicants-%s]\nkind = ranking\ninput = data/applicants.csv\noutput = out/applicants.%s\ntitle = 申请人排名 %s\ntop = 5\n\n' "$fmt" "$fmt" "$fmt"
    printf '[figure classes-%s]\nkind = heatmap\ninput = data/classes-illustrative.csv\noutput = out/classes.%s\ntitle = 分类 %s\nsize = 900x600\n\n' "$fmt" "$fmt" "$fmt"
  done
} >"$WORK/s/all.spec"

# Run from another folder: inputs and outputs follow the spec, not the cwd.
cd /
run_patchart render "$WORK/s/all.spec" -j 1
expect_status 0 "render -j 1"
check "render prints nothing when not on a terminal" test -z "$out$err"
check "render -j 1 wrote 9 files" test "$(ls "$WORK/s/out" | wc -l)" -eq 9
mv "$WORK/s/out" "$WORK/j1"
run_patchart render "$WORK/s/all.spec" -j 2
expect_status 0 "render -j 2"
mv "$WORK/s/out" "$WORK/j2"
run_patchart render "$WORK/s/all.spec"
expect_status 0 "render, default -j"
mv "$WORK/s/out" "$WORK/jn"

mkdir "$WORK/single"
for fmt in png svg pdf; do
  s=(--lang zh-CN --source "日经XTECH、Patentfield")
  run_patchart bars "$WORK/s/data/countries.csv" "${s[@]}" --label 1 --title "各国申请数 $fmt" -o "$WORK/single/countries.$fmt"
  run_patchart ranking "$WORK/s/data/applicants.csv" "${s[@]}" --label 1 --title "申请人排名 $fmt" --top 5 -o "$WORK/single/applicants.$fmt"
  run_patchart heatmap "$WORK/s/data/classes-illustrative.csv" "${s[@]}" --title "分类 $fmt" --size 900x600 -o "$WORK/single/classes.$fmt"
  for f in countries applicants classes; do
    check "$f.$fmt: -j 1 = -j 2" cmp "$WORK/j1/$f.$fmt" "$WORK/j2/$f.$fmt"
    check "$f.$fmt: -j 1 = default -j" cmp "$WORK/j1/$f.$fmt" "$WORK/jn/$f.$fmt"
    check "$f.$fmt: render = the single command" cmp "$WORK/j1/$f.$fmt" "$WORK/single/$f.$fmt"
  done
done

# --only, by repeated option or a list.
run_patchart render "$WORK/s/all.spec" --only countries-png --only classes-svg,applicants-pdf --verbose
expect_status 0 "--only"
check "--only wrote three files" test "$(ls "$WORK/s/out" | wc -l)" -eq 3
expect_match "wrote $WORK/s/out/countries.png" "$out" "--verbose names each file"
run_patchart render "$WORK/s/all.spec" --only countries-png,countries-png --only countries-png --verbose
check "--only: a figure named twice is rendered once" test "$(printf '%s\n' "$out" | grep -c wrote)" -eq 1
run_patchart render "$WORK/s/all.spec" --only nosuch
expect_status 64 "--only an unknown figure"
expect_match "no \[figure nosuch\]" "$err" "--only names the missing figure"
rm -rf "$WORK/s/out"

# One good figure among bad ones: the good one is written, each bad one is
# named with the spec's line, the exit status is the first failure's.
cat >"$WORK/s/bad.spec" <<'SPEC'
[defaults]
lang = zh-CN

[figure missing]
kind = bars
input = data/nosuch.csv
output = out/missing.png

[figure good]
kind = bars
input = data/countries.csv
output = out/good.png

[figure badtop]
kind = ranking
input = data/applicants.csv
output = out/badtop.png
top = 0

[figure typo]
kind = bars
input = data/countries.csv
output = out/typo.png
titel = 各国

[figure notnumbers]
kind = bars
input = data/countries.csv
value = 1
output = out/notnumbers.png

[figure again]
kind = bars
input = data/countries.csv
output = out/good.png
SPEC
run_patchart render "$WORK/s/bad.spec" -j 2
expect_status 66 "exit status of the first failure (cannot read input)"
check "the good figure is written" test -s "$WORK/s/out/good.png"
check "only the good figure is written, no temporary file" test "$(ls -A "$WORK/s/out")" = good.png
expect_match "bad.spec:4: figure missing: .*nosuch.csv" "$err" "missing input: spec line and figure"
expect_match "bad.spec:18: figure badtop: top 0: expected" "$err" "bad option value: the key's line"
expect_match "bad.spec:24: figure typo: unknown key 'titel'" "$err" "unknown key: the key's line"
expect_match "bad.spec:26: figure notnumbers: .*countries.csv:2:.*expected a number" "$err" "bad data: figure and CSV place"
expect_match "bad.spec:35: figure again: output .*good.png: figure good \(line 9\) writes it already" "$err" "two figures, one output"
expect_match "5 of 6 figures failed" "$err" "summary of failures"
check "failures in spec order" test "$(printf '%s\n' "$err" | grep -o 'figure [a-z]*:' | tr '\n' ' ')" = "figure missing: figure badtop: figure typo: figure notnumbers: figure again: "
run_patchart render "$WORK/s/bad.spec" --quiet --only good,typo
expect_status 64 "--quiet: still the failure's status"
check "--quiet prints only the error" test "$(printf '%s\n' "$err" | wc -l)" -eq 1

rm -rf "$WORK/s/out"

# Errors of the spec itself: before any figure, with the line.
printf '[defaults]\nlang = zh-CN\ncolour = red\n[figure a]\nkind = bars\n' >"$WORK/s/e1.spec"
run_patchart render "$WORK/s/e1.spec"
expect_status 64 "unknown key in [defaults]"
expect_match "e1.spec:3: \[defaults\]: unknown key 'colour'" "$err" "[defaults] unknown key line"
printf '# c\n\n[figure a]\nkind = bars\n[figures b]\n' >"$WORK/s/e2.spec"
run_patchart render "$WORK/s/e2.spec"
expect_status 64 "unknown group"
expect_match "e2.spec:5: unknown group \[figures b\]" "$err" "unknown group line"
printf '[figure a]\nkind = bars\njust words\n' >"$WORK/s/e3.spec"
run_patchart render "$WORK/s/e3.spec"
expect_match "e3.spec:3: expected \[group\], key = value" "$err" "syntax error line"
printf '[figure a]\nkind = bars\n[figure a]\n' >"$WORK/s/e4.spec"
run_patchart render "$WORK/s/e4.spec"
expect_match "e4.spec:3: \[figure a\] again \(first on line 1\)" "$err" "repeated figure"
run_patchart render "$WORK/s/nosuch.spec"
expect_status 66 "spec that does not exist"
run_patchart render
expect_status 64 "no spec"
run_patchart render "$WORK/s/all.spec" -j -1
expect_status 64 "negative -j"
check "no output after spec errors" test ! -e "$WORK/s/out"

# On a terminal (script(1) gives one): a progress line, then a summary.
if command -v script >/dev/null; then
  tty_log=$(cd "$WORK/s" && script -qec "'$PATCHART' render all.spec -j 2" /dev/null)
  expect_match "rendering: 9/9 figures" "$tty_log" "progress line on a terminal"
  expect_match "rendered 9 figures" "$tty_log" "summary on a terminal"
  tty_log=$(cd "$WORK/s" && script -qec "'$PATCHART' render all.spec --quiet" /dev/null)
  check "--quiet: no progress on a terminal" test -z "$tty_log"
  rm -rf "$WORK/s/out"
fi

# The article's spec renders its three figures.
cp -r "$EXAMPLES" "$WORK/ex"
run_patchart render "$WORK/ex/article.spec"
expect_status 0 "examples/article.spec"
check "article figures" test -s "$WORK/out/spec/countries.svg" -a -s "$WORK/out/spec/applicants.svg" -a -s "$WORK/out/spec/classes.svg"


# A repeatable option (--where) lists its values in a spec: "A;B".
mkdir -p "$WORK/where"
cp "$EXAMPLES/lens-export-synthetic.csv" "$WORK/where/"
cat > "$WORK/where/w.spec" <<'SPEC'
[figure both]
kind = bars
input = lens-export-synthetic.csv
output = both.pdf
count = true
label = Jurisdiction
where = Jurisdiction=CN;Jurisdiction=US
SPEC
run_patchart render "$WORK/where/w.spec"
expect_status 0 "spec with a listed where"
text=$(pdftotext "$WORK/where/both.pdf" - | tr '\n' ' ')
expect_match "CN +US" "$text" "both listed values are kept"
check "and only those" test "$(printf '%s' "$text" | grep -c 'KR')" -eq 0

finish
