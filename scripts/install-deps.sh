#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the Debian 12 packages patchart needs.  Run as root (or with sudo).
#   scripts/install-deps.sh        to build, run and test it (scripts/quickstart.sh,
#                                  scripts/test.sh): Debian's shared libraries
#   scripts/install-deps.sh --ci   also what CI adds: clang and libFuzzer, valgrind,
#                                  clang-format, and the tools scripts/build-release.sh
#                                  builds the release archive with (about 300 MB more)
# The benchmark's peers are in scripts/install-bench-deps.sh.
set -euo pipefail

packages=(
  gcc make cmake pkg-config              # build
  libcairo2-dev libpango1.0-dev libfontconfig-dev libglib2.0-dev libcsv-dev libpng-dev
  libcmocka-dev zlib1g-dev               # unit tests (zlib: reading PDF streams)
  poppler-utils libxml2-utils librsvg2-bin  # end-to-end checks: pdftotext, pdffonts, xmllint, rsvg-convert
)
ci_packages=(
  clang libclang-rt-14-dev valgrind      # libFuzzer (a Recommends of clang: named), scripts/valgrind.sh
  clang-format                           # scripts/check-format.sh
  meson ninja-build dpkg-dev debian-archive-keyring  # scripts/build-release.sh
)

case "${1:-}" in
  "") ;;
  --ci) packages+=("${ci_packages[@]}") ;;
  *) echo "usage: install-deps.sh [--ci]" >&2; exit 64 ;;
esac

source "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh"
apt_install install-deps "${packages[@]}"
