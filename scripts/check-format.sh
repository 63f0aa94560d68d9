#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Checks that every C file of the project is formatted as .clang-format
# says (clang-format 14, Debian's).  scripts/check-format.sh --fix
# rewrites them instead.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mapfile -t files < <(git ls-files '*.c' '*.h' 2>/dev/null || find src include tests examples bench -name '*.[ch]')
if [ "${1:-}" = "--fix" ]; then
  clang-format -i "${files[@]}"
  exit 0
fi
if ! clang-format --dry-run --Werror "${files[@]}"; then
  echo "check-format: run scripts/check-format.sh --fix" >&2
  exit 1
fi
echo "check-format: ${#files[@]} files formatted as .clang-format says"
