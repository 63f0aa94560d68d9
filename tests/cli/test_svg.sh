#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SVG, written from the display list (src/svgout.c): it looks like the PNG
# when a real SVG renderer draws it, every glyph it uses is defined once and
# shared by every size, and each text block says its text for screen
# readers.
source "$(dirname "$0")/lib.sh"
set -e
command -v rsvg-convert >/dev/null || { echo "rsvg-convert (librsvg2-bin) is needed" >&2; exit 1; }

cases=("bars $EXAMPLES/countries.csv"
       "ranking $EXAMPLES/applicants.csv"
       "heatmap $EXAMPLES/classes-illustrative.csv")
for c in "${cases[@]}"; do
  read -r kind csv <<<"$c"
  args=("$kind" "$csv" --title "中国的申请数" --subtitle "副标题 Subtitle 中国" --note "注：中国" --source "出处")
  run_patchart "${args[@]}" -o "$WORK/$kind.svg"
  expect_status 0 "$kind svg"
  run_patchart "${args[@]}" -o "$WORK/$kind.png"
  expect_status 0 "$kind png"
  check "$kind: well-formed SVG" xmllint --noout "$WORK/$kind.svg"

  # librsvg draws glyph edges with its own antialiasing, so edge pixels
  # differ from cairo's; a misplaced or misdrawn glyph differs in thousands
  # (another figure: about 100,000).
  check "$kind: rsvg draws it" rsvg-convert -b white "$WORK/$kind.svg" -o "$WORK/$kind-rsvg.png"
  check "$kind: looks like the PNG" "$PNGCMP" compare "$WORK/$kind-rsvg.png" "$WORK/$kind.png" \
    "$WORK/$kind-diff.png" 2000 100

  defined=$(grep -o '<path id="g[0-9]*-[0-9]*"' "$WORK/$kind.svg" | sed 's/.*id="//; s/"//' | sort)
  used=$(grep -o 'xlink:href="#g[0-9]*-[0-9]*"' "$WORK/$kind.svg" | sed 's/.*#//; s/"//' | sort -u)
  check "$kind: each glyph defined once" test "$(uniq -d <<<"$defined")" = ""
  check "$kind: every glyph used is defined, and every one defined is used" \
    test "$defined" = "$used"
  check "$kind: no glyph drawn as text" test "$(grep -c '<text' "$WORK/$kind.svg")" = 0
  expect_match 'aria-label="中国的申请数"' "$(cat "$WORK/$kind.svg")" "$kind: title block labelled"
  expect_match '<title id="chart-title">中国的申请数</title>' "$(cat "$WORK/$kind.svg")" "$kind: document title"
done

# For readers and editors: <title> and <desc> first, the root an image
# labelled by them, a group per part, marks with class and data.
xpath () { xmllint --xpath "$1" "$2" 2>/dev/null; }
for kind in bars ranking heatmap; do
  f=$WORK/$kind.svg
  check "$kind: <title> first" test "$(xpath 'name(/*/*[1])' "$f")" = title
  check "$kind: <desc> second" test "$(xpath 'name(/*/*[2])' "$f")" = desc
  check "$kind: role img" test "$(xpath 'string(/*/@role)' "$f")" = img
  check "$kind: labelled by title and desc" \
    test "$(xpath 'string(/*/@aria-labelledby)' "$f")" = "chart-title chart-desc"
  check "$kind: in its language" \
    test "$(xpath 'string(/*/@*[local-name()="lang"])' "$f")" = zh-CN
  for part in title subtitle plot axis labels note source; do
    check "$kind: one group $part" \
      test "$(xpath "count(//*[local-name()='g' and @id='$part'])" "$f")" = 1
  done
done
bars=$WORK/bars.svg
run_patchart describe "$EXAMPLES/countries.csv" --title "中国的申请数"
check "bars: <desc> is the description" test "$(xpath 'string(/*/*[2])' "$bars")" = "$out"
check "bars: four bars" test "$(xpath "count(//*[@class='bar'])" "$bars")" = 4
check "bars: in the plot" test "$(xpath "count(//*[@id='plot']/*[@class='bar'])" "$bars")" = 4
check "bars: the first is 中国's" \
  test "$(xpath "string(//*[@class='bar'][1]/@data-label)" "$bars")" = 中国
check "bars: with its value" \
  test "$(xpath "string(//*[@class='bar'][1]/@data-value)" "$bars")" = 30124
check "bars: the value labels" test "$(xpath "count(//*[@id='labels']/*)" "$bars")" = 4
check "ranking: four bars" test "$(xpath "count(//*[@class='bar'])" "$WORK/ranking.svg")" = 4
heat=$WORK/heatmap.svg
check "heatmap: a legend" test "$(xpath "count(//*[@id='legend'])" "$heat")" = 1
check "heatmap: 49 cells" test "$(xpath "count(//*[@class='cell'])" "$heat")" = 49
check "heatmap: 1 missing" test "$(xpath "count(//*[@class='cell missing'])" "$heat")" = 1
check "heatmap: a cell's row, column and value" test "$(xpath \
  "concat(//*[@class='cell'][1]/@data-label,' ',//*[@class='cell'][1]/@data-column,' ',//*[@class='cell'][1]/@data-value)" \
  "$heat")" = "G06N3 2014 12"
run_patchart bars "$EXAMPLES/countries.csv" --lang en --alt 'Four "bars" & more' -o "$WORK/alt.svg"
check "--alt is the <desc>" test "$(xpath 'string(/*/*[2])' "$WORK/alt.svg")" = 'Four "bars" & more'
check "no title: the kind names it" test "$(xpath 'string(/*/*[1])' "$WORK/alt.svg")" = "Bar chart"
check "no title: no title group" test "$(xpath "count(//*[@id='title'])" "$WORK/alt.svg")" = 0

# The regular 中 at two sizes (subtitle and note): one definition.
svg=$WORK/bars.svg
uses_in () {   # uses_in LABEL: the glyphs the block labelled LABEL uses, in order
  awk -v label="aria-label=\"$1\"" 'index($0, label) { on = 1; next }
    on && /^<\/g>$/ { depth++; if (depth == 2) exit; next }
    on { if (match($0, /#g[0-9]+-[0-9]+/)) print substr($0, RSTART + 1, RLENGTH - 1) }' "$svg"
}
in_subtitle=$(uses_in "副标题 Subtitle 中国" | tail -n 2 | head -n 1)
in_note=$(uses_in "注：中国" | tail -n 2 | head -n 1)
check "the subtitle's 中 is found" test -n "$in_subtitle"
check "the subtitle and the note draw 中 with one glyph ($in_subtitle, $in_note)" \
  test "$in_subtitle" = "$in_note"
check "... defined once" test "$(grep -c "<path id=\"$in_subtitle\"" "$svg")" = 1

# Markup in the data stays text.
printf 'name,n\n"<b>&amp;""x""",3\n' >"$WORK/markup.csv"
run_patchart bars "$WORK/markup.csv" --title 'A <i>&</i> "B"' -o "$WORK/markup.svg"
expect_status 0 "markup in labels"
check "markup: well-formed" xmllint --noout "$WORK/markup.svg"
expect_match 'aria-label="&lt;b&gt;&amp;amp;&quot;x&quot;"' "$(cat "$WORK/markup.svg")" "markup escaped"

finish
