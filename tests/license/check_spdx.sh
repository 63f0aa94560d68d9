#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Every source file of the project says its licence in its first lines:
# "SPDX-License-Identifier: MIT" (C, headers, shell, CMake, Python, and
# scripts without an extension that start with a shebang, such as
# .ci/run).  Fonts, test data and corpora are not source.  Names each
# file that lacks it and fails.
#   tests/license/check_spdx.sh ROOT
set -euo pipefail
root=${1:?usage: check_spdx.sh ROOT}
cd "$root"

# Tracked and new (not ignored) files, or every file outside the build
# folders when ROOT is not a git checkout.
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files -co --exclude-standard)
else
  mapfile -t files < <(find . -type f -not -path './build*' -not -path './.git/*' \
                         -not -path './dist/*' -not -path './out/*' | sed 's|^\./||')
fi

is_source () {
  case "$1" in
    tests/fuzz/corpus/* | tests/data/* | fonts/*) return 1 ;;
    *.c | *.h | *.h.in | *.sh | *.cmake | *.cmake.in | *.py | CMakeLists.txt | */CMakeLists.txt) return 0 ;;
    */*.* | *.*) return 1 ;;
  esac
  [ -f "$1" ] && head -c 2 "$1" | grep -q '^#!'
}

checked=0 missing=0
for f in "${files[@]}"; do
  [ -f "$f" ] || continue
  is_source "$f" || continue
  checked=$((checked + 1))
  if ! head -n 3 "$f" | grep -q 'SPDX-License-Identifier: MIT'; then
    echo "$f:1: no 'SPDX-License-Identifier: MIT' line in the first three lines" >&2
    missing=$((missing + 1))
  fi
done
if [ "$missing" -gt 0 ]; then
  echo "check_spdx: $missing of $checked source files lack the licence line" >&2
  exit 1
fi
echo "check_spdx: all $checked source files carry 'SPDX-License-Identifier: MIT'"
