#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# "patchart fonts", glyph forms per language, and mixed scripts.
source "$(dirname "$0")/lib.sh"
set -e

run_patchart fonts
expect_status 0 "patchart fonts"
expect_match "NotoSansCJKsc-Regular.subset.otf: Noto Sans CJK SC Regular" "$out" "lists the regular face"
expect_match "NotoSansCJKsc-Bold.subset.otf: Noto Sans CJK SC Bold" "$out" "lists the bold face"
expect_match "fontconfig cache: " "$out" "says whether a fontconfig cache served"

run_patchart fonts --lang ko "한국어 かな 中文 ABC 123"
expect_status 0 "Hangul, kana, Han, Latin, digits are all covered"

run_patchart fonts "中国😀"
expect_status 65 "a missing glyph is reported"
expect_match "missing: U\+1F600" "$out" "names the missing character"

# Han unification: 直 骨 海 take different forms in Chinese and Japanese.
printf '字,数\n直骨海遍,1\n' > "$WORK/han.csv"
for lang in zh-CN ja zh-TW; do
  run_patchart bars "$WORK/han.csv" --lang "$lang" --title "直骨海遍" -o "$WORK/han-$lang.png"
  expect_status 0 "render Han in $lang"
done
check "ja forms differ from zh-CN" "$PNGCMP" differ "$WORK/han-zh-CN.png" "$WORK/han-ja.png" 40
check "zh-TW forms differ from zh-CN" "$PNGCMP" differ "$WORK/han-zh-CN.png" "$WORK/han-zh-TW.png" 40

# Hangul, kana, Latin and digits in one figure; the PDF keeps them as text.
printf '名前,値\n서울 Seoul,3\nとうきょう Tokyo,2\n北京 Beijing 2024,1\n' > "$WORK/mixed.csv"
run_patchart ranking "$WORK/mixed.csv" --title "Mixed 混合 혼합 まぜる" -o "$WORK/mixed.pdf"
expect_status 0 "mixed scripts render"
text=$(pdftotext "$WORK/mixed.pdf" -)
expect_match "서울 Seoul" "$text" "Hangul and Latin extractable"
expect_match "とうきょう Tokyo" "$text" "kana extractable"

# The language is guessed from the text when --lang is not given.
run_patchart bars "$WORK/mixed.csv" --source "NHK" -o "$WORK/guess.pdf"
expect_match "出典：NHK" "$(pdftotext "$WORK/guess.pdf" -)" "kana in labels -> Japanese source word"
run_patchart bars "$WORK/mixed.csv" --lang en --source "NHK" -o "$WORK/en.pdf"
expect_match "Source: NHK" "$(pdftotext "$WORK/en.pdf" -)" "--lang en -> English source word"
run_patchart bars "$WORK/mixed.csv" --lang zh-CN --source "来源：NHK" -o "$WORK/said.pdf"
check "the source word is not doubled" [ "$(pdftotext "$WORK/said.pdf" - | grep -c '来源')" -eq 1 ]

finish
