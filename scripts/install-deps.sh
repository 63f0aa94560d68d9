#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the Debian 12 packages patchart needs.  Run as root (or with sudo).
#   scripts/install-deps.sh        to build, run and test it (scripts/quickstart.sh,
#                                  scripts/test.sh): Debian's shared libraries
#   scripts/install-deps.sh --ci   also what CI adds: clang and libFuzzer, valgrind,
#                                  clang-format, pandas for the DataFrame tests, and the
#                                  tools scripts/build-release.sh builds the release
#                                  archive with (about 300 MB more)
# The benchmark's peers are in scripts/install-bench-deps.sh.
set -euo pipefail

packages=(
  gcc make cmake pkg-config              # build
  libcairo2-dev libpango1.0-dev libfontconfig-dev libglib2.0-dev libcsv-dev libpng-dev
  libharfbuzz-dev libfreetype-dev        # fonts cut down by hb-subset (harfbuzz-subset.pc), opened by FreeType
  libcmocka-dev zlib1g-dev               # unit tests; zlib also compresses the PDF object streams
  poppler-utils libxml2-utils librsvg2-bin  # end-to-end checks: pdftotext, pdffonts, xmllint, rsvg-convert
  qpdf                                   # end-to-end checks: qpdf --check of tagged PDFs
  python3                                # python/tests (CTest python.unittest)
  strace                                 # tests/cli/test_signals.sh: a signal during a held-back rename
)
ci_packages=(
  clang libclang-rt-14-dev valgrind      # libFuzzer (a Recommends of clang: named), scripts/valgrind.sh
  clang-format                           # scripts/check-format.sh
  python3-pandas                         # the DataFrame tests (6 MB with numpy, no recommends)
  meson ninja-build dpkg-dev debian-archive-keyring  # scripts/build-release.sh
)

case "${1:-}" in
  "") ;;
  --ci) packages+=("${ci_packages[@]}") ;;
  *) echo "usage: install-deps.sh [--ci]" >&2; exit 64 ;;
esac

source "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh"
apt_install install-deps "${packages[@]}"
