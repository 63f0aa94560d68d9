#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The release archive as a CI job uses it: unpacked in an odd place, its
# bin/patchart needs no shared library but libc and libm, runs with an
# empty environment (env -i), finds the fonts beside itself, and draws
# every kind in every format byte for byte as the shared build does; the
# archive carries the man page, LICENSE, the notices and the sources list.
#   tests/release/test_release.sh dist/patchart-VERSION-linux-x86_64.tar.gz build/src/patchart
set -euo pipefail
archive=$(readlink -f "${1:?usage: test_release.sh ARCHIVE SHARED_PATCHART}")
reference=$(readlink -f "${2:?usage: test_release.sh ARCHIVE SHARED_PATCHART}")
examples=$(cd "$(dirname "$0")/../../examples" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/patchart-release.XXXXXX")
trap 'rm -rf "$work"' EXIT
n_pass=0 n_fail=0
check () {
  local what=$1; shift
  if "$@"; then n_pass=$((n_pass + 1)); else n_fail=$((n_fail + 1)); echo "FAIL: $what" >&2; fi
}

place="$work/any where/unpacked"
mkdir -p "$place"
tar -xzf "$archive" -C "$place"
top=$(echo "$place"/patchart-*-linux-x86_64)
pc=$top/bin/patchart
check "bin/patchart is there" test -x "$pc"
for f in LICENSE share/doc/patchart/THIRD-PARTY-NOTICES.md share/doc/patchart/SOURCES \
         share/doc/patchart/third-party/pango1.0.copyright share/man/man1/patchart.1 \
         share/bash-completion/completions/patchart share/zsh/site-functions/_patchart \
         share/patchart/fonts/NotoSansCJKsc-Regular.subset.otf share/patchart/fonts/LICENSE-OFL.txt; do
  check "the archive holds $f" test -s "$top/$f"
done
needed=$(readelf -d "$pc" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort | tr '\n' ' ')
check "only libc and libm are shared (got: $needed)" test "$needed" = "libc.so.6 libm.so.6 "
check "--version under env -i" env -i "$pc" --version >/dev/null
fonts=$(cd / && env -i "$pc" fonts)
check "finds the fonts beside itself" grep -qF "$top/share/patchart/fonts/NotoSansCJKsc-Regular" <<<"$fonts"

cases=("bars $examples/countries.csv 各国和地区的申请数"
       "ranking $examples/applicants.csv 申请人排名"
       "heatmap $examples/classes-illustrative.csv 分类（示意）")
for c in "${cases[@]}"; do
  read -r kind csv title <<<"$c"
  for fmt in png svg pdf; do
    check "$kind $fmt: the archive's command draws under env -i" \
      env -i "$pc" "$kind" "$csv" --title "$title" -o "$work/release.$fmt"
    check "$kind $fmt: the shared build draws" \
      env -i "$reference" "$kind" "$csv" --title "$title" -o "$work/shared.$fmt"
    check "$kind $fmt: the same bytes" cmp "$work/release.$fmt" "$work/shared.$fmt"
  done
done
check "a spec renders under env -i" env -i "$pc" report "$examples/article.spec" -o "$work/r.pdf"
echo "release: $n_pass passed, $n_fail failed"
[ "$n_fail" -eq 0 ]
