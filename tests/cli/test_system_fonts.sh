#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Output is the same with system fonts hidden, and fontconfig says nothing
# even where no cache folder is writable.  The same without the build's
# fontconfig cache of the bundled fonts, which only saves time.
source "$(dirname "$0")/lib.sh"
set -e

cat > "$WORK/empty-fonts.conf" <<'CONF'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig></fontconfig>
CONF

for fmt in png svg pdf; do
  run_patchart ranking "$EXAMPLES/applicants.csv" --title "排名 ランキング 순위" -o "$WORK/with.$fmt"
  expect_status 0 "render with system fonts ($fmt)"
  FONTCONFIG_FILE="$WORK/empty-fonts.conf" HOME=/nonexistent XDG_CACHE_HOME=/nonexistent \
    run_patchart ranking "$EXAMPLES/applicants.csv" --title "排名 ランキング 순위" -o "$WORK/without.$fmt"
  expect_status 0 "render with system fonts hidden ($fmt)"
  check "no warnings with fonts hidden ($fmt): $err" [ -z "$err" ]
  check "$fmt unchanged with system fonts hidden" cmp "$WORK/with.$fmt" "$WORK/without.$fmt"
done

# A font folder the build wrote no cache for (links to the same files) is
# scanned at start: same bytes, nothing said.
mkdir "$WORK/fonts"
ln -s "$EXAMPLES"/../fonts/*.otf "$WORK/fonts/"
for fmt in png svg pdf; do
  PATCHART_FONT_DIR="$WORK/fonts" HOME=/nonexistent XDG_CACHE_HOME=/nonexistent \
    run_patchart ranking "$EXAMPLES/applicants.csv" --title "排名 ランキング 순위" -o "$WORK/scanned.$fmt"
  expect_status 0 "render with the fonts scanned ($fmt)"
  check "no warnings with the fonts scanned ($fmt): $err" [ -z "$err" ]
  check "$fmt unchanged without the font cache" cmp "$WORK/with.$fmt" "$WORK/scanned.$fmt"
done

finish
