#!/usr/bin/env bash
# Installs the Debian 12 packages patchart needs to build, test and run.
# Run as root (or with sudo available).
set -euo pipefail

packages=(
  gcc make cmake pkg-config              # build
  libcairo2-dev libpango1.0-dev libfontconfig-dev libglib2.0-dev libcsv-dev libpng-dev
  libcmocka-dev                          # unit tests
  poppler-utils libxml2-utils            # end-to-end checks: pdftotext, pdffonts, xmllint
  clang libclang-rt-14-dev valgrind      # CI: libFuzzer (a Recommends of clang: named), scripts/valgrind.sh
)

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  sudo=(sudo)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
