#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Each figure of the worked example in each format, checked as a person
# would: the PNG opens at the requested size, the SVG is well-formed XML,
# the PDF's text (Chinese included) can be extracted and its fonts are
# embedded subsets, and a small figure's PDF stays small.
source "$(dirname "$0")/lib.sh"
set -e

render () { # KIND INPUT OUT [ARGS...]
  local kind=$1 input=$2 output=$3; shift 3
  run_patchart "$kind" "$EXAMPLES/$input" -o "$WORK/$output" "$@"
  expect_status 0 "$kind $output"
}

for fmt in png svg pdf; do
  render bars countries.csv "countries.$fmt" --title "各国申请数" --source "日经XTECH"
  render ranking applicants.csv "applicants.$fmt" --title "申请人排名"
  render heatmap classes-illustrative.csv "classes.$fmt" --title "分类与年份"
done

# PNG: decodes at --size, times --scale.
check "countries.png is 800x500" [ "$("$PNGCMP" size "$WORK/countries.png")" = "800 500" ]
render bars countries.csv big.png --size 640x400 --scale 2
check "--size 640x400 --scale 2 gives 1280x800" [ "$("$PNGCMP" size "$WORK/big.png")" = "1280 800" ]
render heatmap classes-illustrative.csv small.png --size 400x300
check "--size 400x300 gives 400x300" [ "$("$PNGCMP" size "$WORK/small.png")" = "400 300" ]

# SVG: well-formed, sized in CSS pixels.
for f in countries applicants classes; do
  check "$f.svg is well-formed XML" xmllint --noout "$WORK/$f.svg"
done
check "SVG width is 800px" grep -q 'width="800px"' "$WORK/countries.svg"

# PDF: text extractable (title and a Chinese label), fonts embedded, small.
for f in countries applicants classes; do
  pdftotext "$WORK/$f.pdf" "$WORK/$f.txt"
done
expect_match "各国申请数" "$(cat "$WORK/countries.txt")" "countries.pdf title"
expect_match "韩国" "$(cat "$WORK/countries.txt")" "countries.pdf label"
expect_match "30,124" "$(cat "$WORK/countries.txt")" "countries.pdf value with thousands separator"
expect_match "来源：日经XTECH" "$(cat "$WORK/countries.txt")" "source line gets its word"
expect_match "腾讯控股" "$(cat "$WORK/applicants.txt")" "applicants.pdf label"
expect_match "G06V10" "$(cat "$WORK/classes.txt")" "classes.pdf row label"
fonts=$(pdffonts "$WORK/countries.pdf")
expect_match "NotoSansCJKsc-Regular +CID Type 0C +Identity-H +yes +yes +yes" "$fonts" "regular font embedded as subset"
expect_match "NotoSansCJKsc-Bold" "$fonts" "bold face embedded for the title"
size=$(stat -c %s "$WORK/countries.pdf")
check "countries.pdf is small ($size bytes)" [ "$size" -lt 60000 ]
info=$(pdfinfo "$WORK/countries.pdf")
expect_match "Title: +各国申请数" "$info" "PDF title metadata"
expect_match "Creator: +patchart" "$info" "PDF creator metadata"
expect_match "Page size: +600 x 375 pts" "$info" "PDF page is 800x500 px at 0.75 pt"

# PNG, SVG and PDF share one layout: the PDF rasterised at 96 dpi matches
# the PNG closely.
pdftoppm -png -r 96 -singlefile "$WORK/countries.pdf" "$WORK/countries-pdf"
check "PDF raster is 800x500" [ "$("$PNGCMP" size "$WORK/countries-pdf.png")" = "800 500" ]
check "PDF and PNG have the same layout" "$PNGCMP" compare "$WORK/countries-pdf.png" \
  "$WORK/countries.png" "$WORK/pdf-vs-png-diff.png" 4000 96

# A big matrix draws its cells as one image: crisp, and small files.  Every
# row is labelled; the columns are years, so their labels may be thinned.
awk 'BEGIN { printf "row"; for (c = 1; c <= 300; c++) printf ",%d", 1700 + c; printf "\n"
  for (r = 1; r <= 60; r++) { printf "R%d", r
    for (c = 1; c <= 300; c++) printf (r == c ? "," : ",%d"), (r * 31 + c * 17) % 1000
    printf "\n" } }' > "$WORK/matrix300.csv"
for fmt in png svg pdf; do
  run_patchart heatmap "$WORK/matrix300.csv" --title "60 × 300" --size 1000x1000 \
    -o "$WORK/matrix300.$fmt"
  expect_status 0 "60x300 heatmap $fmt"
  size=$(stat -c %s "$WORK/matrix300.$fmt")
  check "60x300 heatmap $fmt is small ($size bytes)" [ "$size" -lt 1000000 ]
done
check "matrix SVG is well-formed XML" xmllint --noout "$WORK/matrix300.svg"
check "matrix SVG holds one image, drawn unsmoothed" \
  [ "$(grep -c '<image style="image-rendering:pixelated"' "$WORK/matrix300.svg")" -eq 1 ]
check "matrix PDF image is not interpolated" grep -aq "/Interpolate false" "$WORK/matrix300.pdf"

# Every size from 400x300 to 2000x1200 renders (400x300 with a title and
# source only: type keeps its size, so four lines of furniture leave a
# 400x300 heatmap no room for its rows' labels).
for size in 400x300 640x480 1000x600 2000x1200; do
  more=(--subtitle "副标题" --note "注")
  [ "$size" = 400x300 ] && more=()
  for kind in "bars countries.csv" "ranking applicants.csv" "heatmap classes-illustrative.csv"; do
    set -- $kind
    render "$1" "$2" "sized-$1-$size.png" --size "$size" --title "标题很长的时候也要完整显示：生成式AI相关专利申请数量" \
      "${more[@]}" --source "日经XTECH、Patentfield"
  done
done

finish
