#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds patchart against Debian's shared libraries and runs every test
# (CTest).  Downloads and builds nothing else.
#   scripts/test.sh              normal build in build/
#   scripts/test.sh --sanitize   AddressSanitizer + UBSan build in build-asan/
#   scripts/test.sh --tsan       ThreadSanitizer build in build-tsan/: the tests
#                                that run threads (render -j 2, report, counting)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

dir=build
flags=(-DPATCHART_WERROR=ON)
if [ "${1:-}" = "--sanitize" ]; then
  dir=build-asan
  flags+=(-DPATCHART_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug)
fi
only=()
if [ "${1:-}" = "--tsan" ]; then
  dir=build-tsan
  # static: the GLib lock wrappers (tests/tsan) are linked into each program
  flags+=(-DPATCHART_TSAN=ON -DBUILD_SHARED_LIBS=OFF -DPATCHART_BUILD_EXAMPLES=OFF
          -DPATCHART_BUILD_BENCH=OFF)
  only=(-R '^(cli\.(render|report|count|signals|outputs|series)|unit\.(count|series)|api\.spec)$')
fi
cmake -S . -B "$dir" "${flags[@]}"
cmake --build "$dir" -j"$(nproc)"
ctest --test-dir "$dir" --output-on-failure -j"$(nproc)" "${only[@]}"
