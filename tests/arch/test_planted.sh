#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# test_planted.sh SRC_DIR — proves check_includes.sh can fail: each plant
# below appends one forbidden #include to a file of a copy of SRC_DIR, and
# the checker must then exit 1 naming that file and line.  A small tree of
# allowed includes must pass, so a checker that always fails fails here.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
checker=$here/check_includes.sh
src=${1:?usage: test_planted.sh SRC_DIR}

# file (under src/)      the include appended to it
PLANTS='
read/csvread.c           #include <pango/pango.h>
read/table.c             #include "chart/layout.h"
cli/main.c               #include "util/error.h"
cli/main.c               #include <cairo.h>
figure/figure.c          #include <cairo.h>
count/keys.c             #include <csv.h>
chart/layout.c           #include <fontconfig/fontconfig.h>
spec/spec.c              #include <png.h>
data/cells.c             #include "cells.h"
chart/layout.c           #include <hb-subset.h>
'

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -R "$src" "$tmp/src"

failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

while read -r file include; do
  [[ -n $file ]] || continue
  target=$tmp/src/$file
  [[ -f $target ]] || { fail "$file: not in $src"; continue; }
  cp "$target" "$tmp/saved"
  printf '\n%s\n' "$include" >> "$target"
  line=$(wc -l < "$target")
  status=0
  out=$(bash "$checker" "$tmp/src" 2>&1) || status=$?
  cp "$tmp/saved" "$target"
  if [[ $status -ne 1 ]]; then
    fail "$file + $include: the checker exited $status, not 1"
  elif ! grep -qF "$tmp/src/$file:$line: $include:" <<<"$out"; then
    fail "$file + $include: the checker did not name $file:$line"
  else
    echo "ok: $(grep -F "$tmp/src/$file:$line:" <<<"$out" | sed "s|$tmp/src/||")"
    continue
  fi
  printf '%s\n' "$out" | sed 's/^/    /'
done <<<"$PLANTS"

# Allowed includes, one of each kind of rule: this tree must pass.
good=$tmp/good
mkdir -p "$good"/{util,read,data,count,figure,text,chart,render,spec,cli,tools}
printf '#include <glib.h>\n#include "patchart.h"\n' > "$good/util/u.h"
printf '#include <csv.h>\n#include "util/u.h"\n#include "read/r.h"\n' > "$good/read/r.c"
printf '#include "read/r.h"\n' > "$good/read/r.h"
printf '#include "read/r.h"\n' > "$good/data/d.h"
printf '#include "data/d.h"\n#include "config.h"\n' > "$good/count/c.h"
printf '#include "count/c.h"\n#include <string.h>\n' > "$good/figure/f.h"
printf '#include <pango/pangocairo.h>\n#include <hb.h>\n#include <fontconfig/fontconfig.h>\n#include <cairo.h>\n#include "figure/f.h"\n' > "$good/text/t.c"
printf '#include <cairo.h>\n#include "text/t.h"\n' > "$good/chart/l.h"
printf '#include <cairo-pdf.h>\n#include <png.h>\n#include <pango/pango.h>\n#include <hb-subset.h>\n#include "chart/l.h"\n' > "$good/render/o.c"
printf '#include <cairo.h>\n#include "render/o.h"\n#include "config.h"\n' > "$good/spec/s.c"
printf '#include <patchart.h>\n#include "cli.h"\n#include "patchart.h"\n#include <stdio.h>\n' > "$good/cli/m.c"
printf '#include "text/t.h"\n#include <cairo.h>\n' > "$good/tools/x.c"
if out=$(bash "$checker" "$good" 2>&1); then
  echo "ok: allowed includes pass: $out"
else
  fail "a tree of allowed includes did not pass:"
  printf '%s\n' "$out" | sed 's/^/    /'
fi

if [[ $failures -gt 0 ]]; then
  echo "$failures failure(s)"
  exit 1
fi
