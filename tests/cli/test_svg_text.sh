#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# --svg-text: real <text> in an embedded font subset instead of outlines.
# Each example is drawn by headless Chromium (when installed: Debian's
# chromium; skipped otherwise) and compared with patchart's PNG; with its
# @font-face removed it must look different, so the embedded font, not an
# installed one, is what draws it.
source "$(dirname "$0")/lib.sh"
set -e

cases=("bars $EXAMPLES/countries.csv"
       "ranking $EXAMPLES/applicants.csv"
       "heatmap $EXAMPLES/classes-illustrative.csv")
args_for () {
  args=("$1" "$2" --lang zh-CN --title "中国的申请数 Patentfield" --subtitle "副标题 Subtitle 中国"
        --note "注：中国" --source "日经XTECH、Patentfield")
}
for c in "${cases[@]}"; do
  read -r kind csv <<<"$c"
  args_for "$kind" "$csv"
  run_patchart "${args[@]}" --svg-text -o "$WORK/$kind.svg"
  expect_status 0 "$kind --svg-text"
  run_patchart "${args[@]}" -o "$WORK/$kind.png"
  expect_status 0 "$kind png"
  svg=$(cat "$WORK/$kind.svg")
  check "$kind: well-formed" xmllint --noout "$WORK/$kind.svg"
  check "$kind: no glyph outlines" test "$(grep -c '<use ' "$WORK/$kind.svg")" = 0
  expect_match '<text xml:space="preserve" font-family="patchart-0" font-size="22" x="0 22 44 66 ' \
    "$svg" "$kind: the title as text, a character every em"
  expect_match '>中国的申请数 Patentfield</text>' "$svg" "$kind: the title's text, searchable"
  expect_match '@font-face\{font-family:"patchart-0";src:url\(data:font/otf;base64,T1RUTw' "$svg" \
    "$kind: an OpenType (CFF) subset embedded"
  check "$kind: small (the fonts are 12 MB)" test "$(stat -c %s "$WORK/$kind.svg")" -lt 80000
  run_patchart "${args[@]}" --svg-text -o "$WORK/$kind-again.svg"
  check "$kind: the same bytes every time" cmp -s "$WORK/$kind.svg" "$WORK/$kind-again.svg"
done

# the same option from a spec file
printf '[figure one]\nkind = bars\ninput = %s\noutput = one.svg\nsvg-text = true\n' \
  "$EXAMPLES/countries.csv" >"$WORK/a.spec"
run_patchart render "$WORK/a.spec"
expect_status 0 "svg-text in a spec"
check "spec: real text" grep -q '<text ' "$WORK/one.svg"

# Labels break only between words (src/text/breaks.c), so each line of a
# wrapped label is whole words, and a label cut short ends with a whole
# word and an ellipsis.
printf 'n,v\nSupercalifragilisticexpialidociousness,1\n"International Business Machines Corporation of the United States of America and all of its Subsidiaries and Affiliates worldwide and all the Affiliates of its Subsidiaries",2\nc,3\nd,4\ne,5\nf,6\ng,7\nh,8\ni,9\nj,10\n' \
  >"$WORK/long.csv"
run_patchart ranking "$WORK/long.csv" --svg-text -o "$WORK/long.svg"
expect_status 0 "long names"
run_patchart ranking "$WORK/long.csv" -o "$WORK/long.png"
long=$(cat "$WORK/long.svg")
expect_match '>Supercalifragilisticexpialidociousness</text>' "$long" "an unbreakable word stays whole"
words=" International Business Machines Corporation of the United States America and all its Subsidiaries Affiliates worldwide "
lines=$(grep -o '>[^<>]*</text>' "$WORK/long.svg" | sed 's/^>//; s/<\/text>$//; s/…$//' | grep ' ')
check "a wrapped label's lines are whole words" test -n "$lines"
while read -r line; do
  for w in $line; do
    case "$words" in *" $w "*) ;; *) fail "\"$w\" (in \"$line\") is not a whole word" ;; esac
  done
done <<<"$lines"
check "a label cut short ends with an ellipsis after a word" grep -q '[a-z]…</text>' "$WORK/long.svg"
# Han forms follow the language, in the browser too (xml:lang, the subset's locl).
printf '字,数\n直骨海遍,1\n' >"$WORK/han.csv"
for lang in ja zh-CN; do
  run_patchart ranking "$WORK/han.csv" --lang "$lang" --title 直骨海遍 --svg-text -o "$WORK/han-$lang.svg"
  expect_status 0 "Han in $lang"
  run_patchart ranking "$WORK/han.csv" --lang "$lang" --title 直骨海遍 -o "$WORK/han-$lang.png"
done
expect_match 'xml:lang="ja"' "$(cat "$WORK/han-ja.svg")" "the document's language"

chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
  echo "chromium not installed: the browser comparison is skipped"
  finish
  exit
fi

# shot SVG PNG: Chromium's picture of SVG at its size.
shot () {
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --user-data-dir="$WORK/chromium" --window-size=800,500 --screenshot="$2" "file://$1" \
    >/dev/null 2>&1
}
for c in "${cases[@]}"; do
  read -r kind csv <<<"$c"
  check "$kind: chromium draws it" shot "$WORK/$kind.svg" "$WORK/$kind-chromium.png"
  # Chromium's antialiasing differs from cairo's at glyph edges (about
  # 100-300 pixels here); a misplaced word or a wrong font: thousands.
  check "$kind: chromium shows what the PNG shows" "$PNGCMP" compare \
    "$WORK/$kind-chromium.png" "$WORK/$kind.png" "$WORK/$kind-diff.png" 2000 100
  sed 's/@font-face[^}]*}//' "$WORK/$kind.svg" >"$WORK/$kind-nofont.svg"
  check "$kind: chromium draws it without the font" \
    shot "$WORK/$kind-nofont.svg" "$WORK/$kind-nofont.png"
  check "$kind: ... and then it looks different" \
    "$PNGCMP" differ "$WORK/$kind-nofont.png" "$WORK/$kind.png" 2000
done
for name in long han-ja han-zh-CN; do
  check "$name: chromium draws it" shot "$WORK/$name.svg" "$WORK/$name-chromium.png"
  check "$name: chromium shows what the PNG shows" "$PNGCMP" compare \
    "$WORK/$name-chromium.png" "$WORK/$name.png" "$WORK/$name-diff.png" 2000 100
done
check "ja and zh-CN forms differ in chromium" \
  "$PNGCMP" differ "$WORK/han-ja-chromium.png" "$WORK/han-zh-CN-chromium.png" 40

finish
