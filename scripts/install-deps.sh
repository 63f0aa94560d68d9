#!/usr/bin/env bash
# Installs the Debian 12 packages patchart needs to build, test and run.
# Run as root (or with sudo available).
set -euo pipefail

packages=(
  gcc make cmake pkg-config              # build
  meson ninja-build debian-archive-keyring  # scripts/build-static-deps.sh
  libcairo2-dev libpango1.0-dev libfontconfig-dev libglib2.0-dev libcsv-dev libpng-dev
  libharfbuzz-dev libfreetype-dev        # PDF fonts cut down by hb-subset (harfbuzz-subset.pc), opened by FreeType
  libcmocka-dev zlib1g-dev               # unit tests (zlib: reading PDF streams)
  poppler-utils libxml2-utils librsvg2-bin  # end-to-end checks: pdftotext, pdffonts, xmllint, rsvg-convert
  qpdf                                   # end-to-end checks: qpdf --check of tagged PDFs
  clang libclang-rt-14-dev valgrind      # CI: libFuzzer (a Recommends of clang: named), scripts/valgrind.sh
  clang-format                           # CI: scripts/check-format.sh
  python3                                # python/tests (CTest python.unittest)
  python3-pandas                         # CI: the DataFrame tests (6 MB with numpy, no recommends)
  strace                                 # tests/cli/test_signals.sh: a signal during a held-back rename
)

source "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh"
apt_install install-deps "${packages[@]}"
