#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# check_spdx.sh passes on a small tree whose sources carry the line, and
# fails, naming the file, for each kind of source planted without it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail () { echo "FAIL: $*" >&2; exit 1; }

mkdir -p "$work/tree/src" "$work/tree/fonts" "$work/tree/tests/data" "$work/tree/.ci"
printf '/* SPDX-License-Identifier: MIT */\nint x;\n' >"$work/tree/src/a.c"
printf '#!/bin/sh\n# SPDX-License-Identifier: MIT\n' >"$work/tree/.ci/run"
printf 'binary' >"$work/tree/fonts/x.otf"
printf 'a,b\n' >"$work/tree/tests/data/x.csv"
bash "$here/check_spdx.sh" "$work/tree" >/dev/null || fail "a clean tree fails"

for planted in src/b.h scripts/x.sh cmake/X.cmake src/CMakeLists.txt tool.py bin/run; do
  rm -rf "$work/copy"
  cp -r "$work/tree" "$work/copy"
  mkdir -p "$work/copy/$(dirname "$planted")"
  printf '#!/bin/sh\n/* no licence here */\n' >"$work/copy/$planted"
  if out=$(bash "$here/check_spdx.sh" "$work/copy" 2>&1); then
    fail "$planted without the line passes"
  fi
  grep -q "^$planted:1:" <<<"$out" || fail "$planted not named: $out"
done
echo "test_planted: ok: planted files without the licence line are each named"
