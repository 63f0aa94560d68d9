#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the release archive: a static patchart command for CI jobs that
# want one download and no apt.
#
#   scripts/build-release.sh     -> dist/patchart-VERSION-linux-x86_64.tar.gz
#
# The archive holds bin/patchart (only libc and libm shared), the fonts, the
# man page, the completions, LICENSE, THIRD-PARTY-NOTICES.md and, under
# share/doc/patchart/, each linked library's Debian copyright file and the
# Debian source versions it was built from.  Unpacked anywhere, it finds
# its fonts beside itself and runs with an empty environment.
#
# Every library is Debian's: the static archives of the -dev packages (cairo,
# glib, fontconfig, freetype, ...; apt keeps them at the newest version of
# bookworm and bookworm-security), and pango and HarfBuzz, which Debian
# ships shared only, built here from Debian's source packages unpacked with
# dpkg-source -x, so that Debian's patches apply, at the newest version the
# two suites hold (a warning names an installed -dev package older than it).
# Sources come through apt with a private list and cache under
# build-release/, leaving the system's apt configuration alone; a second run
# reuses what it built.
#
# Needs: scripts/install-deps.sh --ci.  Environment: PATCHART_DEBIAN_MIRROR,
# PATCHART_DEBIAN_SECURITY_MIRROR, PATCHART_DEBIAN_SUITE (default: the
# system's), SOURCE_DATE_EPOCH (the archive's file dates; default: the last
# commit's).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$root/build-release
deps=$work/deps
die () { echo "build-release: $*" >&2; exit 1; }
say () { echo "build-release: $*"; }

# Debian source packages built here, each with its meson options.  A library
# added to patchart that Debian ships without a static archive goes here (and
# its archives into PATCHART_STATIC_EXTRA_ARCHIVES below); HarfBuzz's
# subsetter (libharfbuzz-subset.a) is already built with harfbuzz.
sources=(harfbuzz pango1.0)
declare -A meson_options=(
  [harfbuzz]="-Dfreetype=enabled -Dglib=disabled -Dgobject=disabled -Dcairo=disabled
              -Dchafa=disabled -Dicu=disabled -Dgraphite2=disabled -Dtests=disabled
              -Ddocs=disabled -Dintrospection=disabled"
  [pango1.0]="-Dintrospection=disabled -Dxft=disabled -Dgtk_doc=false -Dinstall-tests=false
              -Dsysprof=disabled -Dfontconfig=enabled -Dcairo=enabled -Dfreetype=enabled
              -Dlibthai=enabled"
)
extra_archives=""   # e.g. "harfbuzz-subset" once libpatchart links it

# The -dev packages whose libraries the command links (THIRD-PARTY-NOTICES.md).
dev_packages=(libcsv-dev libcairo2-dev libpixman-1-dev libpango1.0-dev libharfbuzz-dev
              libfribidi-dev libthai-dev libdatrie-dev libfontconfig-dev libfreetype-dev
              libexpat1-dev libpng-dev zlib1g-dev libbrotli-dev libglib2.0-dev libffi-dev
              libpcre2-dev)

for tool in meson ninja apt-get dpkg-source dpkg-query cmake tar gzip; do
  command -v "$tool" >/dev/null || die "$tool is missing (run scripts/install-deps.sh --ci)"
done
for p in "${dev_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
    die "$p is not installed (run scripts/install-deps.sh --ci)"
done

# --- 1. Debian's sources, at the newest version of the suite and its security suite
suite=${PATCHART_DEBIAN_SUITE:-$(. /etc/os-release && echo "${VERSION_CODENAME:-}")}
[[ -n "$suite" ]] || die "cannot tell the Debian suite; set PATCHART_DEBIAN_SUITE"
mirror=${PATCHART_DEBIAN_MIRROR:-http://deb.debian.org/debian}
security=${PATCHART_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
[[ -r "$keyring" ]] || die "missing $keyring (package debian-archive-keyring)"
apt_dir=$work/apt
mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$work/src"
{
  printf 'deb-src [signed-by=%s] %s %s main\n' "$keyring" "$mirror" "$suite"
  printf 'deb-src [signed-by=%s] %s %s-security main\n' "$keyring" "$security" "$suite"
} >"$apt_dir/sources.list"
apt_opts=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o "Dir::Etc::SourceParts=/nonexistent"
          -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir/cache"
          -o "Debug::NoLocking=1" -o "APT::Sandbox::User=$(id -un)" -qq)
say "reading the source indexes of $suite and $suite-security"
apt-get "${apt_opts[@]}" update || die "cannot read the source indexes from $mirror and $security"

newest_version () {   # newest_version SOURCE_PACKAGE: the newest of both suites
  local v best=""
  for v in $(apt-cache "${apt_opts[@]}" showsrc "$1" 2>/dev/null | sed -n 's/^Version: //p'); do
    if [[ -z "$best" ]] || dpkg --compare-versions "$v" gt "$best"; then best=$v; fi
  done
  echo "$best"
}

declare -A version
stamp=""
for src in "${sources[@]}"; do
  version[$src]=$(newest_version "$src")
  [[ -n "${version[$src]}" ]] || die "no source package $src in $suite or $suite-security"
  stamp+="$src ${version[$src]}; "
done
# an installed -dev package older than its source here is worth an apt upgrade
for p in libharfbuzz-dev libpango1.0-dev; do
  read -r src installed <<<"$(dpkg-query -W -f='${source:Package} ${source:Version}' "$p")"
  if [[ -n "${version[$src]:-}" && "$installed" != "${version[$src]}" ]]; then
    echo "build-release: warning: $p is $installed; building $src ${version[$src]}" >&2
  fi
done

# --- 2. pango and HarfBuzz as static archives, with Debian's patches
if [[ -f "$deps/STAMP" && "$(cat "$deps/STAMP")" == "$stamp" ]]; then
  say "static libraries up to date ($stamp)"
else
  rm -rf "$deps" "$work/src"
  mkdir -p "$work/src" "$deps"
  export PKG_CONFIG_PATH=$deps/lib/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}
  for src in "${sources[@]}"; do
    v=${version[$src]}
    say "fetching $src $v"
    (cd "$work/src" && apt-get "${apt_opts[@]}" source --download-only "$src=$v") ||
      die "cannot download the source package $src $v"
    dsc=$(compgen -G "$work/src/${src}_${v#*:}.dsc") || die "no .dsc for $src $v"
    dir=$work/src/$src
    dpkg-source -x "$dsc" "$dir" >"$work/$src.log" 2>&1 ||
      die "dpkg-source -x $dsc failed; see $work/$src.log"
    say "building $src (static, Debian's patches applied)"
    # shellcheck disable=SC2086
    meson setup "$dir/build-static" "$dir" --prefix="$deps" --libdir=lib --buildtype=release \
      -Ddefault_library=static --wrap-mode=nodownload ${meson_options[$src]} >>"$work/$src.log" 2>&1 ||
      die "$src: meson setup failed; see $work/$src.log"
    ninja -C "$dir/build-static" -j"$(nproc)" install >>"$work/$src.log" 2>&1 ||
      die "$src: build failed; see $work/$src.log"
  done
  echo "$stamp" >"$deps/STAMP"
  rm -rf "$work/src"
fi

# --- 3. the static command, installed into a staging folder
say "building the static patchart command"
cmake -S "$root" -B "$work/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_SHARED_LIBS=OFF \
  -DPATCHART_STATIC_CLI=ON -DPATCHART_STATIC_DEPS="$deps" \
  -DPATCHART_STATIC_EXTRA_ARCHIVES="$extra_archives" -DPATCHART_BUILD_TESTS=OFF \
  -DPATCHART_BUILD_EXAMPLES=OFF -DPATCHART_BUILD_BENCH=OFF -DCMAKE_INSTALL_PREFIX=/opt/patchart \
  >"$work/cmake.log" || die "cmake failed; see $work/cmake.log"
cmake --build "$work/build" -j"$(nproc)" >>"$work/cmake.log" || die "build failed; see $work/cmake.log"
# (the prefix is a placeholder: the command finds everything relative to itself)
rm -rf "$work/stage"
stage=$work/stage/opt/patchart
DESTDIR=$work/stage cmake --install "$work/build" --strip >>"$work/cmake.log"

version=$(sed -n 's/^project(patchart VERSION \([0-9.]*\).*/\1/p' "$root/CMakeLists.txt")
name=patchart-$version-linux-x86_64
top=$work/$name
rm -rf "$top"
mkdir -p "$top/bin" "$top/share/doc/patchart/third-party"
cp "$stage/bin/patchart" "$top/bin/"
cp -r "$stage/share/patchart" "$stage/share/man" "$top/share/"
rm -rf "$top/share/patchart/fontcache" # made for the staging folder's place only
mkdir -p "$top/share/bash-completion" "$top/share/zsh"
cp -r "$stage/share/bash-completion/completions" "$top/share/bash-completion/"
cp -r "$stage/share/zsh/site-functions" "$top/share/zsh/"
cp "$root/LICENSE" "$root/THIRD-PARTY-NOTICES.md" "$top/share/doc/patchart/"
cp "$root/LICENSE" "$top/"

# The libraries' copyright files, the licence texts they name, and the
# exact Debian source versions: what the LGPL asks to come with the binary.
{
  echo "Debian source packages of the libraries linked into bin/patchart"
  echo "(apt-get source NAME=VERSION gives each, with Debian's patches)."
  echo
  for src in "${sources[@]}"; do echo "$src ${version[$src]} (built by scripts/build-release.sh)"; done
  for p in "${dev_packages[@]}"; do
    src=$(dpkg-query -W -f='${source:Package}' "$p")
    [[ -n "${version[$src]:-}" ]] && continue # built here, listed above
    dpkg-query -W -f='${source:Package} ${source:Version} (static archive of ${Package})\n' "$p"
  done
  dpkg-query -W -f='${source:Package} ${source:Version} (libc and libm, shared: the system'"'"'s)\n' libc6
} >"$top/share/doc/patchart/SOURCES"
for p in "${dev_packages[@]}" libc6; do
  src=$(dpkg-query -W -f='${source:Package}' "$p")
  cp "/usr/share/doc/$p/copyright" "$top/share/doc/patchart/third-party/$src.copyright"
done
for l in LGPL-2 LGPL-2.1 GPL-2 MPL-1.1; do
  [[ -f /usr/share/common-licenses/$l ]] && cp "/usr/share/common-licenses/$l" "$top/share/doc/patchart/third-party/"
done

# --- 4. the archive, byte for byte the same from the same inputs
epoch=${SOURCE_DATE_EPOCH:-$(git -C "$root" log -1 --format=%ct 2>/dev/null || echo 0)}
mkdir -p "$root/dist"
out=$root/dist/$name.tar.gz
tar --sort=name --mtime="@$epoch" --owner=0 --group=0 --numeric-owner -C "$work" -cf - "$name" |
  gzip -9n >"$out.tmp"
mv "$out.tmp" "$out"
say "wrote $out ($(du -h "$out" | cut -f1))"
