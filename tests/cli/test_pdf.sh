#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Tagged PDF (issue 16): the structure tree (Document, H1, P, Figure with
# its alt text; Table, TR, TH, TD with report --tables), the document's
# language, the title as the window title, added to cairo's file, which
# is written again compactly (one object stream, a cross-reference stream)
# and qpdf accepts; fonts cut down to the document's glyphs still
# embedded with their text; the text in reading order; the same bytes on
# every run.
source "$(dirname "$0")/lib.sh"
set -e

title="各国和地区的申请数"
subtitle="中国的申请数超过其他国家和地区"
note="欧洲未列出。"
source_text="日经XTECH"

# utf16_hex TEXT: TEXT as a PDF's UTF-16BE hex string, <FEFF...>.
utf16_hex () {
  printf '<FEFF%s>' "$(printf '%s' "$1" | iconv -f UTF-8 -t UTF-16BE | od -An -tx1 |
    tr -d ' \n' | tr a-f A-F)"
}

# element_names PDF: the structure tree's element names, one a line,
# without the text (pdfinfo -struct).
element_names () {
  pdfinfo -struct "$1" | sed 's/^ *//; s/ .*//'
}

run_patchart bars "$EXAMPLES/countries.csv" --lang zh-CN --title "$title" --subtitle "$subtitle" \
  --note "$note" --source "$source_text" -o "$WORK/fig.pdf"
expect_status 0 "figure PDF"
# the alt text is the figure's description (patchart describe)
alt=$("$PATCHART" describe --kind bars "$EXAMPLES/countries.csv" --lang zh-CN --title "$title" \
  --subtitle "$subtitle" --note "$note" --source "$source_text")
tree=$(pdfinfo -struct-text "$WORK/fig.pdf")
expect_match "^Document" "$tree" "the tree starts with Document"
check "structure: H1, P, Figure, P (note), P (source), in reading order" \
  test "$(element_names "$WORK/fig.pdf" | tr '\n' ' ')" = "Document H1 P Figure P P "
expect_match "H1 \(block\)
    \"$title\"
  P \(block\)
    \"$subtitle\"
  Figure \"?$alt\"" "$tree" "title in H1, subtitle in P, the description as alt text on Figure"
expect_match "Figure .*
    \".*30,124中国.*日本\"" "$tree" "the chart's labels inside the Figure element"
expect_match "P \(block\)
    \"$note\"
  P \(block\)
    \"来源：$source_text\"" "$tree" "note, then source, each in P"
pdf_objects "$WORK/fig.pdf" >"$WORK/fig.objects"
check "the Figure element's /Alt is the description (UTF-16)" \
  grep -aqF "/Alt $(utf16_hex "$alt")" "$WORK/fig.objects"
check "/Lang from --lang" grep -aqF "/Lang (zh-CN)" "$WORK/fig.objects"
check "the title shown as the window title" \
  grep -aqF "/ViewerPreferences << /DisplayDocTitle true >>" "$WORK/fig.objects"
check "marked as tagged" grep -aqF "/MarkInfo << /Marked true >>" "$WORK/fig.objects"
expect_match "^Title: +$title$" "$(pdfinfo "$WORK/fig.pdf")" "the title in the document information"

# Written once, compactly: no incremental update, one catalog, the
# dictionaries in an object stream, a cross-reference stream.
check "one section, ending in %%EOF" test "$(grep -ac '^%%EOF' "$WORK/fig.pdf")" -eq 1
check "no /Prev" test "$(grep -ac '/Prev' "$WORK/fig.pdf")" -eq 0
check "one catalog" test "$(grep -ac '/Type /Catalog' "$WORK/fig.objects")" -eq 1
check "one Figure element" test "$(grep -ac '/S /Figure' "$WORK/fig.objects")" -eq 1
check "a cross-reference stream" grep -aqF "/Type /XRef" "$WORK/fig.pdf"
check "no dictionary outside the object stream but the streams'" \
  test "$(grep -ac '/Type /Catalog' "$WORK/fig.pdf")" -eq 0
check "each stream's /Length a number" test "$(grep -acE '/Length [0-9]+ 0 R' "$WORK/fig.pdf")" -eq 0
check "qpdf finds no error in the file" qpdf --check "$WORK/fig.pdf"

# The fonts, cut down before cairo saw them, are embedded, as subsets,
# with their text.
fonts=$(pdffonts "$WORK/fig.pdf" | tail -n +3)
check "two fonts" test "$(printf '%s\n' "$fonts" | wc -l)" -eq 2
expect_match '^[A-Z]{6}\+NotoSansCJKsc-Regular +CID Type 0C +Identity-H +yes yes yes' "$fonts" \
  "regular font embedded, subset, with ToUnicode"
expect_match '^[A-Z]{6}\+NotoSansCJKsc-Bold +CID Type 0C +Identity-H +yes yes yes' "$fonts" \
  "bold font embedded, subset, with ToUnicode"

# Every text extracts, in reading order.
text=$(pdftotext "$WORK/fig.pdf" - | tr -d '\n')
expect_match "^$title$subtitle.*30,124.*$note来源：$source_text.*中国.*美国.*韩国.*日本" "$text" \
  "pdftotext: title, subtitle, values, note, source, labels"

# The same bytes on every run.
run_patchart bars "$EXAMPLES/countries.csv" --lang zh-CN --title "$title" --subtitle "$subtitle" \
  --note "$note" --source "$source_text" -o "$WORK/again.pdf"
check "figure PDF: the same bytes twice" cmp "$WORK/fig.pdf" "$WORK/again.pdf"

# Other languages; --alt in ASCII as a literal string, escaped; no title:
# the description all the same.
run_patchart bars "$EXAMPLES/countries.csv" --lang en --alt 'Filings (by office) \ 2024' \
  -o "$WORK/en.pdf"
pdf_objects "$WORK/en.pdf" >"$WORK/en.objects"
check "/Lang (en)" grep -aqF "/Lang (en)" "$WORK/en.objects"
check "ASCII alt text, escaped" grep -aqF '/Alt (Filings \(by office\) \\ 2024)' "$WORK/en.objects"
expect_match 'Figure "Filings \(by office\) \\ 2024"' "$(pdfinfo -struct-text "$WORK/en.pdf")" \
  "pdfinfo shows the ASCII alt text"
run_patchart heatmap "$EXAMPLES/classes-illustrative.csv" --lang ja -o "$WORK/untitled.pdf"
expect_status 0 "heatmap without a title"
alt=$("$PATCHART" describe --kind heatmap "$EXAMPLES/classes-illustrative.csv" --lang ja)
pdf_objects "$WORK/untitled.pdf" >"$WORK/untitled.objects"
check "no title: the description as alt text" \
  grep -aqF "/Alt $(utf16_hex "$alt")" "$WORK/untitled.objects"
check "/Lang (ja)" grep -aqF "/Lang (ja)" "$WORK/untitled.objects"
check "no H1 without a title" test "$(element_names "$WORK/untitled.pdf" | tr '\n' ' ')" = \
  "Document Figure "
check "qpdf: heatmap without a title" qpdf --check "$WORK/untitled.pdf"

# The report: H1 for its title, H2 for each figure's, one Figure with alt
# text per figure; with --tables each figure's data as a Table.
cat >"$WORK/report.spec" <<EOF
[report]
title = 报告
lang = zh-CN

[figure countries]
kind = bars
input = $EXAMPLES/countries.csv
title = $title

[figure wide]
kind = heatmap
input = $WORK/wide.csv
title = 宽表
EOF
awk 'BEGIN {
  printf "类别"; for (c = 1; c <= 24; c++) printf ",%d", 2000 + c; printf "\n"
  for (r = 1; r <= 3; r++) { printf "R%d", r; for (c = 1; c <= 24; c++) printf ",%d", r * 1000 + c; printf "\n" }
}' >"$WORK/wide.csv"
run_patchart report "$WORK/report.spec" -o "$WORK/plain.pdf"
expect_status 0 "report"
names=$(element_names "$WORK/plain.pdf" | tr '\n' ' ')
expect_match "^Document H1 (P )*H2 P P .*Figure H2 .*Figure H2" "$names" \
  "report: H1 title, contents, each figure a Figure with its caption as H2"
check "report without --tables: no Table" test "$(grep -c '^Table' <<<"${names// /$'\n'}")" -eq 0
pdf_objects "$WORK/plain.pdf" >"$WORK/plain.objects"
check "report: one /Alt per figure" test "$(grep -ac '/Alt ' "$WORK/plain.objects")" -eq 2
check "report: /Lang" grep -aqF "/Lang (zh-CN)" "$WORK/plain.objects"
check "qpdf: report" qpdf --check "$WORK/plain.pdf"

run_patchart report --tables "$WORK/report.spec" -o "$WORK/tables.pdf"
expect_status 0 "report --tables"
tree=$(pdfinfo -struct-text "$WORK/tables.pdf")
expect_match "  Table \(block\)
    Caption
      \"图 1　$title\"
    TR
      TH
        \"国家/地区\"
      TH
        \"申请数\"
    TR
      TH
        \"中国\"
      TD
        \"30,124\"" "$tree" "bars' data: caption, header row, a TR per label with TH and TD"
check "the wide heatmap split into tables as wide as the page (3 in all)" \
  test "$(grep -c '^  Table' <<<"$tree")" -ge 3
expect_match "TD
        \"3,024\"" "$tree" "the last column of the wide table is there"
text=$(pdftotext -layout "$WORK/tables.pdf" -)
expect_match "中国 +30,124" "$text" "the table drawn on the page"
expect_match "图 ?2[ 　]+宽表 +[0-9]+" "$text" "contents: figure 2's page number"
page2=$(sed -n 's/.*宽表 *\([0-9][0-9]*\).*/\1/p' <<<"$text" | head -1)
check "contents: figure 2 on the page after figure 1's table" test "$page2" -eq 4
check "qpdf: report --tables" qpdf --check "$WORK/tables.pdf"
run_patchart report --tables "$WORK/report.spec" -o "$WORK/tables-again.pdf"
check "report --tables: the same bytes twice" cmp "$WORK/tables.pdf" "$WORK/tables-again.pdf"

finish
