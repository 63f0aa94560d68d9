#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# patchart report: one PDF with a title page and a page per figure, page
# numbers, one bookmark and one named destination per figure, links from
# the contents, metadata, extractable text in reading order, every word
# inside the margins, the same bytes on every run, no file on failure.
source "$(dirname "$0")/lib.sh"
set -e

# words_outside PDF: each word of PDF outside the text area (left and right
# margins, top margin, and all but the outer 10 mm of the bottom one, where
# the page number is), as "page: word", one a line.
words_outside () {
  pdftotext -bbox "$1" - | awk -v m="$(awk 'BEGIN { print 20 * 72 / 25.4 }')" '
    /<page / { page++; split($0, a, "\""); w = a[2]; h = a[4] }
    /<word / {
      split($0, a, "\"")
      if (a[2] < m - 0.5 || a[6] > w - m + 0.5 || a[4] < m - 0.5 || a[8] > h - m / 2)
        print page ": " $0
    }'
}

# links PDF: the contents' links on page 1 as "N: the words they cover",
# N the figure each leads to: the link's rectangle from the annotation,
# the words (pdftotext -bbox) whose centre is inside it.
links () {
  local h
  h=$(pdfinfo "$1" | sed -n 's/^Page size: *[0-9.]* x \([0-9.]*\) .*/\1/p')
  pdf_objects "$1" | grep -a -E '^ *<<|/Rect \[|/Dest \(' | awk '
    /^ *<</ { rect = "" }
    /\/Rect \[/ { rect = $3 " " $4 " " $5 " " $6 }
    /\/Dest \(figure-/ && rect != "" { sub(/.*figure-/, ""); sub(/\).*/, ""); print $0, rect; rect = "" }
  ' >"$WORK/.links"
  pdftotext -bbox -f 1 -l 1 "$1" - | awk -v h="$h" '
    NR == FNR { n++; dest[n] = $1; x0[n] = $2; top[n] = h - $5; x1[n] = $4; bottom[n] = h - $3; next }
    /<word / {
      split($0, a, "\""); word = $0; sub(/.*">/, "", word); sub(/<.*/, "", word)
      cx = (a[2] + a[6]) / 2; cy = (a[4] + a[8]) / 2
      for (i = 1; i <= n; i++)
        if (cx > x0[i] && cx < x1[i] && cy > top[i] && cy < bottom[i])
          covered[i] = covered[i] " " word
    }
    END { for (i = 1; i <= n; i++) print dest[i] ":" covered[i] }' "$WORK/.links" -
}

run_patchart report "$EXAMPLES/article.spec" -o "$WORK/r1.pdf"
expect_status 0 "report of examples/article.spec"
info=$(pdfinfo "$WORK/r1.pdf")
expect_match "Pages: +4$" "$info" "title page + three figures"
expect_match "Page size: +595.276 x 841.89 pts \(A4\)" "$info" "A4 by default"
expect_match "Title: +生成式AI相关专利申请" "$info" "title from [report]"
expect_match "Author: +patchart 示例" "$info" "author from [report]"
expect_match "Keywords: +countries, applicants, classes" "$info" "figure names as keywords"
expect_match "CreationDate: +Thu Jul 18 00:00:00 2024 UTC" "$info" "date from SOURCE_DATE_EPOCH"

outline=$(pdftohtml -stdout -xml -i "$WORK/r1.pdf" | sed -n '/<outline>/,/<\/outline>/p')
check "three bookmarks" test "$(printf '%s\n' "$outline" | grep -c '<item')" -eq 3
expect_match '<item page="2">图 1　各国和地区的申请数量</item>' "$outline" "bookmark 1 to page 2"
expect_match '<item page="4">图 3　中国各专利分类的申请项数（示意数据）</item>' "$outline" "bookmark 3 to page 4"
dests=$(pdfinfo -dests "$WORK/r1.pdf")
expect_match '^ +3 .*"figure-2"' "$dests" "named destination per figure page"
for i in 1 2 3; do
  expect_match "^ +$((i + 1)) .*\"figure-$i\"" "$dests" "destination figure-$i on page $((i + 1))"
done
expect_match '^ +2 +\[ XYZ +0 +842' "$dests" "destinations at the top left of the page"

check "three links on the contents page" test "$(links "$WORK/r1.pdf" | wc -l)" -eq 3
expect_match "^1: 图 1 各国和地区的申请数量 2\$" "$(links "$WORK/r1.pdf")" "link 1 over its line"
expect_match "^3: 图 3 中国各专利分类的申请项数（示意数据） 4\$" "$(links "$WORK/r1.pdf")" "link 3 over its line"
check "every word inside the margins" test -z "$(words_outside "$WORK/r1.pdf")"

pdftotext "$WORK/r1.pdf" "$WORK/r1.txt"
text=$(cat "$WORK/r1.txt")
expect_match "五大专利局的申请数、申请人排名与专利分类" "$text" "subtitle on the title page"
expect_match "2024-07-18" "$text" "date on the title page"
expect_match "目录" "$text" "contents"
expect_match "图 ?2" "$text" "figure numbers"
expect_match "腾讯控股" "$text" "labels of the figures stay text"
check "no data file names unless asked" bash -c "! grep -q '数据：[a-z]' '$WORK/r1.txt'"
cp -r "$EXAMPLES" "$WORK/ex"
sed -i '/^\[report\]/a data-files = true' "$WORK/ex/article.spec"
run_patchart report "$WORK/ex/article.spec" -o "$WORK/r-data.pdf"
expect_status 0 "report with [report] data-files = true"
expect_match "数据：classes-illustrative.csv" "$(pdftotext "$WORK/r-data.pdf" -)" \
  "data file under the figure when asked"
expect_match "4 ?/ ?4" "$text" "page numbers"
# Reading order (pdftotext's, by position): nothing moved or lost.
front=$(pdftotext -f 1 -l 1 "$WORK/r1.pdf" - | tr -s '\n\f' '  ')
title_page="^生成式AI相关专利申请 五大专利局的申请数、申请人排名与专利分类 patchart 示例 2024-07-18"
contents="目录 图 ?1 各国和地区的申请数量 2 图 ?2 中国申请人排名 3"
contents="$contents 图 ?3 中国各专利分类的申请项数（示意数据） 4 1 ?/ ?4 \$"
expect_match "$title_page $contents" "$front" "the title page in reading order"
page3=$(pdftotext -f 3 -l 3 "$WORK/r1.pdf" - | tr -s '\n\f' '  ')
head_figure="^生成式AI相关专利申请 中国的生成式AI相关专利申请项数排名 .* 腾讯控股 .*"
under="图 ?2 中国申请人排名 来源：日经XTECH、Patentfield 3 ?/ ?4 "
expect_match "$head_figure $under" "$page3" "a figure page: head, figure, caption, source, page number"

run_patchart report "$EXAMPLES/article.spec" -o "$WORK/r2.pdf"
check "same bytes on every run" cmp "$WORK/r1.pdf" "$WORK/r2.pdf"

run_patchart report "$EXAMPLES/article.spec" --page letter -o "$WORK/letter.pdf"
expect_match "Page size: +612 x 792 pts \(letter\)" "$(pdfinfo "$WORK/letter.pdf")" "--page letter"
check "letter: every word inside the margins" test -z "$(words_outside "$WORK/letter.pdf")"
run_patchart report "$EXAMPLES/article.spec" --page 297x210mm -o "$WORK/wide.pdf"
expect_match "Page size: +841.89 x 595.276 pts" "$(pdfinfo "$WORK/wide.pdf")" "--page WxHmm"
check "landscape: every word inside the margins" test -z "$(words_outside "$WORK/wide.pdf")"
expect_match "^2: 图 2 中国申请人排名 3\$" "$(links "$WORK/wide.pdf")" "landscape: link 2 over its line"
run_patchart report "$EXAMPLES/article.spec" --page B5 -o "$WORK/b5.pdf"
expect_status 64 "an unknown page size"
check "no file for an unknown page size" test ! -e "$WORK/b5.pdf"
run_patchart report "$EXAMPLES/article.spec"
expect_status 64 "no -o"

# Without [report]: the spec's name is the title, English words for an
# English figure.
mkdir "$WORK/s"
cp "$EXAMPLES/countries.csv" "$WORK/s/"
printf '[figure one]\nkind = bars\ninput = countries.csv\ntitle = Applications\nlang = en\n' >"$WORK/s/plain.spec"
run_patchart report "$WORK/s/plain.spec" -o "$WORK/plain.pdf"
expect_status 0 "a spec without [report] or outputs"
expect_match "Title: +plain" "$(pdfinfo "$WORK/plain.pdf")" "title from the spec's name"
expect_match "Figure 1" "$(pdftotext "$WORK/plain.pdf" -)" "English caption word"

# Contents longer than the title page go on to more pages, and the figure
# pages are numbered after them.
for i in $(seq 1 40); do
  printf '[figure f%d]\nkind = bars\ninput = countries.csv\ntitle = 各国申请数 %d\n' "$i" "$i"
done >"$WORK/s/long.spec"
run_patchart report "$WORK/s/long.spec" -o "$WORK/long.pdf"
expect_status 0 "a report of 40 figures"
pages=$(pdfinfo "$WORK/long.pdf" | sed -n 's/^Pages: *//p')
check "more than one front page" test "$pages" -gt 41
expect_match "<item page=\"$pages\">图 40　各国申请数 40</item>" "$(pdftohtml -stdout -xml -i "$WORK/long.pdf")" "last bookmark on the last page"
expect_match "^$pages\$" "$(pdftotext -f 2 -l $((pages - 40)) "$WORK/long.pdf" -)" "contents give the last figure's page"
check "40 figures: every word inside the margins" test -z "$(words_outside "$WORK/long.pdf")"
check "40 figures: 40 destinations" test "$(pdfinfo -dests "$WORK/long.pdf" | grep -c '"figure-')" -eq 40
check "40 figures: 40 links" test "$(pdf_objects "$WORK/long.pdf" | grep -a -c '/Subtype /Link')" -eq 40

# A failing figure: every failure listed, no report written.
printf '[figure one]\nkind = bars\ninput = countries.csv\n[figure two]\nkind = bars\ninput = nosuch.csv\n[figure three]\nkind = heatmap\ninput = countries.csv\nlabel = 1\n' >"$WORK/s/bad.spec"
run_patchart report "$WORK/s/bad.spec" -o "$WORK/s/bad.pdf"
expect_status 66 "a figure that cannot be read"
expect_match "patchart: .*bad.spec:4: figure two: " "$err" "the failing figure, with its line"
expect_match "patchart: .*bad.spec:10: figure three: label 1: no such option for this kind" "$err" "the second failure too"
check "no report, no temporary file" test "$(ls "$WORK/s" | tr "\n" " ")" = "bad.spec countries.csv long.spec plain.spec "

finish
