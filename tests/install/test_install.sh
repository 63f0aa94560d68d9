#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# cmake --install into a temporary prefix, as a user or a packager does:
# every promised file is there; a C program that draws two figures onto
# its own cairo PDF page (examples/report_page.c) builds against the
# installed patchart through pkg-config and through find_package(patchart
# CONFIG), runs, and its PDF embeds the fonts; the man page and the
# completions name every option --help lists; a moved prefix still works;
# a staged install (DESTDIR) gets its font cache for the final place.
source "$(dirname "$0")/../cli/lib.sh"
set -e
: "${BUILD_DIR:?}" "${SOURCE_DIR:?}"
export SOURCE_DATE_EPOCH=1721260800
unset PATCHART_FONT_DIR

prefix=$WORK/prefix
cmake --install "$BUILD_DIR" --prefix "$prefix" >"$WORK/install.log" 2>&1 ||
  { cat "$WORK/install.log"; fail "cmake --install"; finish; }
libdir=$(cd "$prefix" && dirname "$(find . -name 'libpatchart.so.0' | head -n 1)")
libdir=${libdir#./}
for f in bin/patchart bin/patchart-fontcache include/patchart.h include/patchart_export.h \
         "$libdir/pkgconfig/patchart.pc" "$libdir/cmake/patchart/patchartConfig.cmake" \
         "$libdir/cmake/patchart/patchartConfigVersion.cmake" \
         share/patchart/fonts/NotoSansCJKsc-Regular.subset.otf share/patchart/fonts/LICENSE-OFL.txt \
         share/man/man1/patchart.1 share/bash-completion/completions/patchart \
         share/zsh/site-functions/_patchart share/doc/patchart/LICENSE \
         share/doc/patchart/THIRD-PARTY-NOTICES.md; do
  check "installed: $f" test -f "$prefix/$f"
done
real=$(readlink -f "$prefix/$libdir/libpatchart.so")
expect_match '/libpatchart\.so\.0\.[0-9]+\.[0-9]+$' "$real" "libpatchart.so is the versioned file"
soname=$(readelf -d "$real" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
expect_match '^libpatchart\.so\.0$' "$soname" "SONAME"
check "the font cache was made at install time" compgen -G "$prefix/share/patchart/fontcache/*cache*"
version=$(sed -n 's/^#define PATCHART_VERSION_\(MAJOR\|MINOR\|MICRO\) //p' "$prefix/include/patchart.h" |
          paste -sd.)
expect_match "^patchart $version\$" "$("$prefix/bin/patchart" --version | head -n 1)" \
  "header macros = --version"

# The command, as installed: its library through RPATH, its fonts and cache beside it.
PATCHART=$prefix/bin/patchart
run_patchart fonts
expect_status 0 "installed patchart fonts"
expect_match "^$prefix/share/patchart/fonts/NotoSansCJKsc-Regular" "$out" "uses the installed fonts"
expect_match "fontconfig cache: $prefix/share/patchart/fontcache" "$out" "reads the installed cache"
run_patchart bars "$EXAMPLES/countries.csv" --title 各国和地区 -o "$WORK/installed.pdf"
expect_status 0 "installed patchart draws"

# report_page.c through pkg-config, then through the CMake package.
pc () { PKG_CONFIG_PATH=$1/$libdir/pkgconfig pkg-config "${@:2}"; }
expect_match "^$version\$" "$(pc "$prefix" --modversion patchart)" "pkg-config --modversion"
expect_match '-lcsv' "$(pc "$prefix" --static --libs patchart)" "Libs.private for static linking"
check "pkg-config: report_page builds" cc -o "$WORK/page-pc" "$SOURCE_DIR/examples/report_page.c" \
  $(pc "$prefix" --cflags --libs patchart cairo-pdf) -Wl,-rpath,"$prefix/$libdir"
check "find_package: configures" cmake -S "$SOURCE_DIR/tests/install/consumer" -B "$WORK/consumer" \
  -DCMAKE_PREFIX_PATH="$prefix" -DREPORT_PAGE_SOURCE="$SOURCE_DIR/examples/report_page.c" \
  -DCMAKE_BUILD_RPATH="$prefix/$libdir" -Wno-dev >"$WORK/consumer.log"
check "find_package: report_page builds" cmake --build "$WORK/consumer" >>"$WORK/consumer.log"
for page in "$WORK/page-pc" "$WORK/consumer/report_page"; do
  name=${page##*/}
  check "$name runs" "$page" "$EXAMPLES/countries.csv" "$EXAMPLES/applicants.csv" "$WORK/$name.pdf"
  fonts=$(pdffonts "$WORK/$name.pdf" 2>&1 || true)
  expect_match 'NotoSansCJKsc-Bold +CID Type 0C +Identity-H +yes +yes' "$fonts" \
    "$name: the bold face is embedded and subset"
  expect_match 'NotoSansCJKsc-Regular +CID Type 0C +Identity-H +yes +yes' "$fonts" \
    "$name: the regular face is embedded and subset"
  check "$name: the Chinese title is text" grep -q 各国和地区 <(pdftotext "$WORK/$name.pdf" -)
done
# (cairo dates the program's own PDF with the clock: that line aside)
same_pdf () { cmp <(grep -av CreationDate "$1") <(grep -av CreationDate "$2"); }
check "pkg-config and find_package programs draw the same bytes" \
  same_pdf "$WORK/page-pc.pdf" "$WORK/report_page.pdf"

# The man page and both completions name every option that --help lists.
for cmd in bars ranking heatmap render report fonts; do
  opts=$("$PATCHART" help "$cmd" | grep -oE '^ +(-[a-z], )?--[a-z-]+' | grep -oE -- '--[a-z-]+' |
         grep -v -- '--help' || true)
  check "help $cmd lists options" test -n "$opts"
  man=$(sed 's/\\-/-/g' "$prefix/share/man/man1/patchart.1")
  for o in $opts; do
    check "man page: $cmd $o" grep -qF -- "$o" <<<"$man"
    check "bash completion: $cmd $o" grep -qE -- "^ +$cmd\) opts='.* $o( |')" \
      "$prefix/share/bash-completion/completions/patchart"
    check "zsh completion: $cmd $o" grep -qF -- "$o" "$prefix/share/zsh/site-functions/_patchart"
  done
done
words=$(bash -c "source '$prefix/share/bash-completion/completions/patchart'
  COMP_WORDS=(patchart bars --ti); COMP_CWORD=2; _patchart; echo \"\${COMPREPLY[*]}\"")
expect_match '^--title$' "$words" "bash completes --ti to --title"
words=$(bash -c "source '$prefix/share/bash-completion/completions/patchart'
  COMP_WORDS=(patchart bars x.csv --format ''); COMP_CWORD=4; _patchart; echo \"\${COMPREPLY[*]}\"")
expect_match '^png svg pdf$' "$words" "bash completes --format's values"
if command -v zsh >/dev/null; then
  check "zsh reads the zsh completion" zsh -n "$prefix/share/zsh/site-functions/_patchart"
fi

# A moved prefix: the command finds its library and fonts, pkg-config its paths.
moved=$WORK/moved/elsewhere
mkdir -p "$WORK/moved"
mv "$prefix" "$moved"
PATCHART=$moved/bin/patchart
run_patchart fonts
expect_status 0 "moved: patchart fonts"
expect_match "^$moved/share/patchart/fonts/NotoSansCJKsc-Regular" "$out" "moved: finds its fonts"
run_patchart bars "$EXAMPLES/countries.csv" --title 各国和地区 -o "$WORK/moved.pdf"
expect_status 0 "moved: patchart draws"
check "moved: the same bytes" cmp "$WORK/installed.pdf" "$WORK/moved.pdf"
"$moved/bin/patchart-fontcache" 2>/dev/null
run_patchart fonts
expect_match "fontconfig cache: $moved/share/patchart/fontcache" "$out" \
  "moved: patchart-fontcache caches again"
include=$(pc "$moved" --cflags-only-I patchart | cut -d' ' -f1)
expect_match "^$moved/include\$" "$(readlink -f "${include#-I}")" "moved: pkg-config gives the moved folders"
check "moved: report_page builds with pkg-config" cc -o "$WORK/page-moved" \
  "$SOURCE_DIR/examples/report_page.c" $(pc "$moved" --cflags --libs patchart cairo-pdf) \
  -Wl,-rpath,"$moved/$libdir"
check "moved: report_page runs" "$WORK/page-moved" "$EXAMPLES/countries.csv" \
  "$EXAMPLES/applicants.csv" "$WORK/moved-page.pdf"
check "moved: report_page draws the same bytes" same_pdf "$WORK/page-pc.pdf" "$WORK/moved-page.pdf"

# A staged install: the cache is made for the final place, which then uses it.
final=$WORK/final
DESTDIR=$WORK/stage cmake --install "$BUILD_DIR" --prefix "$final" >"$WORK/stage.log" 2>&1 ||
  fail "DESTDIR install"
check "staged: nothing outside DESTDIR" test ! -e "$final"
check "staged: the cache is made" compgen -G "$WORK/stage$final/share/patchart/fontcache/*cache*"
cp -a "$WORK/stage$final" "$final"
PATCHART=$final/bin/patchart
run_patchart fonts
expect_match "fontconfig cache: $final/share/patchart/fontcache" "$out" \
  "staged: the final place reads the cache made under DESTDIR"
finish
