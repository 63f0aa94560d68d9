#!/usr/bin/env bash
# Output is the same with system fonts hidden, and fontconfig says nothing
# even where no cache folder is writable.
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

finish
