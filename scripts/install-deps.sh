#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the Debian 12 packages patchart needs to build, test and run.
# Run as root (or with sudo available).
set -euo pipefail

packages=(
  gcc make cmake pkg-config              # build
  meson ninja-build debian-archive-keyring  # scripts/build-static-deps.sh
  libcairo2-dev libpango1.0-dev libfontconfig-dev libglib2.0-dev libcsv-dev libpng-dev
  libcmocka-dev zlib1g-dev               # unit tests (zlib: reading PDF streams)
  poppler-utils libxml2-utils librsvg2-bin  # end-to-end checks: pdftotext, pdffonts, xmllint, rsvg-convert
  clang libclang-rt-14-dev valgrind      # CI: libFuzzer (a Recommends of clang: named), scripts/valgrind.sh
  clang-format                           # CI: scripts/check-format.sh
)

source "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh"
apt_install install-deps "${packages[@]}"
