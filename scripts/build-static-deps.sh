#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds static archives of pango and HarfBuzz for the patchart command.
#
#   scripts/build-static-deps.sh [PREFIX]      (default: build-deps/prefix)
#
# Why: a dynamically linked patchart loads 41 shared libraries before it
# does anything, which costs about 9 ms per process, most of the time a
# small figure takes.  Debian ships static archives of cairo, glib,
# fontconfig, freetype and the rest, but not of pango and HarfBuzz; this
# script builds those two from Debian's own source packages, at exactly the
# versions installed (so the headers patchart compiles against are theirs),
# and CMake then links the command statically against all of them.  The
# library (libpatchart) is not affected: a C program that draws into its own
# cairo context must share that program's cairo.
#
# The sources come through apt (signatures checked as for any Debian
# package) with a private list and cache under PREFIX/.., so the system's
# apt configuration is not touched.  Running it again does nothing when
# PREFIX already holds the same versions.  Debian's patches to these two
# packages change only their test suites, so the upstream tarballs are
# built as they are.
#
# Needs: meson, ninja-build, the -dev packages of scripts/install-deps.sh.
# Environment: PATCHART_DEBIAN_MIRROR (default http://deb.debian.org/debian),
# PATCHART_DEBIAN_SUITE (default: the system's VERSION_CODENAME).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
prefix=${1:-$root/build-deps/prefix}
mkdir -p "$prefix"
prefix=$(cd "$prefix" && pwd)
work=$(dirname "$prefix")/work

die () { echo "build-static-deps: $*" >&2; exit 1; }
say () { echo "build-static-deps: $*"; }

for tool in meson ninja apt-get dpkg-query tar; do
  command -v "$tool" >/dev/null || die "$tool is missing (run scripts/install-deps.sh)"
done

# source package, version and upstream directory of each -dev package
source_of () { dpkg-query -W -f='${source:Package} ${source:Version}' "$1" 2>/dev/null; }
read -r hb_src hb_version <<<"$(source_of libharfbuzz-dev)" || true
read -r pango_src pango_version <<<"$(source_of libpango1.0-dev)" || true
[[ -n "${hb_version:-}" && -n "${pango_version:-}" ]] ||
  die "libharfbuzz-dev and libpango1.0-dev must be installed (scripts/install-deps.sh)"
stamp="$hb_src $hb_version, $pango_src $pango_version"
if [[ -f "$prefix/STAMP" && "$(cat "$prefix/STAMP")" == "$stamp" ]]; then
  say "up to date ($stamp) in $prefix"
  exit 0
fi

# 1. Download the two source packages through apt, privately.
suite=${PATCHART_DEBIAN_SUITE:-$(. /etc/os-release && echo "${VERSION_CODENAME:-}")}
[[ -n "$suite" ]] || die "cannot tell the Debian suite; set PATCHART_DEBIAN_SUITE"
mirror=${PATCHART_DEBIAN_MIRROR:-http://deb.debian.org/debian}
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
[[ -r "$keyring" ]] || die "missing $keyring (package debian-archive-keyring)"
rm -rf "$work"
mkdir -p "$work/apt/lists/partial" "$work/apt/cache/archives/partial" "$work/src"
printf 'deb-src [signed-by=%s] %s %s main\n' "$keyring" "$mirror" "$suite" >"$work/apt/sources.list"
apt_opts=(-o "Dir::Etc::SourceList=$work/apt/sources.list" -o "Dir::Etc::SourceParts=/nonexistent"
          -o "Dir::State::Lists=$work/apt/lists" -o "Dir::Cache=$work/apt/cache"
          -o "Debug::NoLocking=1" -o "APT::Sandbox::User=$(id -un)" -qq)
say "fetching $hb_src $hb_version and $pango_src $pango_version from $mirror ($suite)"
apt-get "${apt_opts[@]}" update || die "cannot read the source index from $mirror"
(cd "$work/src" && apt-get "${apt_opts[@]}" source --download-only \
   "$hb_src=$hb_version" "$pango_src=$pango_version") ||
  die "cannot download the sources of $hb_src $hb_version and $pango_src $pango_version"

unpack () {   # unpack SOURCE_PACKAGE VERSION -> prints the directory
  local upstream=${2%-*}
  upstream=${upstream#*:}
  local tarball
  tarball=$(compgen -G "$work/src/${1}_${upstream}.orig.tar.*" || true)
  [[ -n "$tarball" ]] || die "no upstream tarball for $1 $2"
  mkdir "$work/src/$1.d"
  tar -xf "$tarball" -C "$work/src/$1.d"
  echo "$work/src/$1.d/$(ls "$work/src/$1.d")"
}
hb_dir=$(unpack "$hb_src" "$hb_version")
pango_dir=$(unpack "$pango_src" "$pango_version")
[[ -f "$hb_dir/meson.build" && -f "$pango_dir/meson.build" ]] || die "unexpected source layout"

# 2. Build both as static archives into PREFIX.
meson_opts=(--prefix="$prefix" --libdir=lib --buildtype=release -Ddefault_library=static
            --wrap-mode=nodownload)
export PKG_CONFIG_PATH=$prefix/lib/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}
jobs=$(nproc)

say "building HarfBuzz (static) in $hb_dir"
meson setup "$hb_dir/build" "$hb_dir" "${meson_opts[@]}" -Dfreetype=enabled -Dglib=disabled \
  -Dgobject=disabled -Dcairo=disabled -Dchafa=disabled -Dicu=disabled -Dgraphite2=disabled \
  -Dtests=disabled -Ddocs=disabled -Dintrospection=disabled >"$work/harfbuzz.log" ||
  die "HarfBuzz configuration failed; see $work/harfbuzz.log"
ninja -C "$hb_dir/build" -j"$jobs" install >>"$work/harfbuzz.log" ||
  die "HarfBuzz build failed; see $work/harfbuzz.log"

say "building pango (static) in $pango_dir"
meson setup "$pango_dir/build" "$pango_dir" "${meson_opts[@]}" -Dintrospection=disabled \
  -Dxft=disabled -Dgtk_doc=false -Dinstall-tests=false -Dsysprof=disabled -Dfontconfig=enabled \
  -Dcairo=enabled -Dfreetype=enabled -Dlibthai=enabled >"$work/pango.log" ||
  die "pango configuration failed; see $work/pango.log"
ninja -C "$pango_dir/build" -j"$jobs" install >>"$work/pango.log" ||
  die "pango build failed; see $work/pango.log"

echo "$stamp" >"$prefix/STAMP"
rm -rf "$work"
say "done: $stamp in $prefix"
