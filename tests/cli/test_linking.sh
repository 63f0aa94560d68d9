#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The patchart command draws the same bytes as a program calling the
# library, however each is linked; and it is linked as the build says:
#   shared   the default: the command needs libpatchart.so.0, whose SONAME
#            it is (the library is versioned), and no private copy of it
#   static   the release archive's (cmake/StaticCli.cmake): nothing shared
#            but libc and libm (a dependency that slipped back in would
#            break the archive on other machines)
#   archive  -DBUILD_SHARED_LIBS=OFF: libpatchart.a inside, system libraries shared
source "$(dirname "$0")/lib.sh"
set -e
: "${RENDER_LIBRARY:?}" "${PATCHART_LINK:?}"

needed=$(readelf -d "$PATCHART" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort | tr '\n' ' ')
exports=$(nm -D --defined-only "$PATCHART" | grep -c ' T patchart_' || true)
case $PATCHART_LINK in
  static)
    expect_match '^libc\.so\.6 libm\.so\.6 $' "$needed" "static command needs only libc and libm" ;;
  shared)
    expect_match '(^| )libpatchart\.so\.0 ' "$needed" "the command needs libpatchart.so.0"
    lib=$(ldd "$PATCHART" | sed -n 's/.*libpatchart\.so\.0 => \(.*\) (.*/\1/p')
    soname=$(readelf -d "$lib" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
    expect_match '^libpatchart\.so\.0$' "$soname" "the library's SONAME is versioned"
    expect_match '^0$' "$exports" "the command holds no copy of the library" ;;
  archive)
    check "the command needs no libpatchart.so" eval '! grep -q libpatchart <<<"$needed"' ;;
  *) fail "PATCHART_LINK=$PATCHART_LINK: expected static, shared or archive" ;;
esac

cases=("bars $EXAMPLES/countries.csv 各国和地区的申请数"
       "ranking $EXAMPLES/applicants.csv 申请人排名"
       "heatmap $EXAMPLES/classes-illustrative.csv 分类（示意）")
for c in "${cases[@]}"; do
  read -r kind csv title <<<"$c"
  for fmt in png svg pdf; do
    run_patchart "$kind" "$csv" --title "$title" -o "$WORK/cli.$fmt"
    expect_status 0 "$kind $fmt by the command"
    check "$kind $fmt by the library" "$RENDER_LIBRARY" "$kind" "$csv" "$WORK/lib.$fmt" "$title"
    check "$kind $fmt: command ($PATCHART_LINK) and library give the same bytes" \
      cmp "$WORK/cli.$fmt" "$WORK/lib.$fmt"
  done
done

finish
