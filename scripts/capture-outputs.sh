#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Renders every figure the examples and the end-to-end tests make, with one
# build's patchart, and keeps a copy of each into a folder, so that two
# builds can be compared byte for byte (a refactoring must change nothing):
#
#   scripts/capture-outputs.sh build-before /tmp/before
#   scripts/capture-outputs.sh build-after  /tmp/after
#   diff -r /tmp/before /tmp/after
#
# Each file is named by the test, its order within it, and the command's
# arguments with folders left out (tests work in fresh temporary folders).
set -euo pipefail
build=$(cd "${1:?usage: capture-outputs.sh BUILD_DIR OUT_DIR}" && pwd)
out=${2:?usage: capture-outputs.sh BUILD_DIR OUT_DIR}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mkdir -p "$out"
out=$(cd "$out" && pwd)
wrapper=$(mktemp -d)
trap 'rm -rf "$wrapper"' EXIT

# The wrapper runs the real command, then copies what -o named.
cat >"$wrapper/patchart" <<'WRAP'
#!/usr/bin/env bash
set +e
"$CAPTURE_REAL" "$@"
status=$?
target= prev= key=
for a in "$@"; do
  [ "$prev" = -o ] && target=$a
  prev=$a
  key="$key ${a##*/}"
done
if [ -n "$target" ] && [ -f "$target" ] && [ ! -L "$target" ]; then
  n=$(cat "$CAPTURE_DIR/.count" 2>/dev/null || echo 0)
  echo $((n + 1)) >"$CAPTURE_DIR/.count"
  name=$(printf '%s-%04d-%s' "$CAPTURE_TEST" "$n" "$(printf '%s' "$key" | sha1sum | cut -c1-12)")
  cp "$target" "$CAPTURE_DIR/$name.${target##*.}"
fi
exit $status
WRAP
chmod +x "$wrapper/patchart"

export CAPTURE_REAL=$build/src/patchart CAPTURE_DIR=$out
export PATCHART=$wrapper/patchart PNGCMP=$build/tests/pngcmp EXAMPLES=$root/examples
export DATA=$root/tests/data GOLDEN=$root/tests/golden PATCHART_TEST_DATA=$root/tests/data
export REPORT_PAGE=$build/examples/report_page SOURCE_DATE_EPOCH=1721260800

CAPTURE_TEST=examples bash "$root/examples/render-examples.sh" "$PATCHART" "$wrapper/examples" >/dev/null
for f in "$wrapper"/examples/*; do cp "$f" "$out/examples-${f##*/}"; done
for t in "$root"/tests/cli/test_*.sh; do
  name=${t##*/test_}
  rm -f "$out/.count"
  CAPTURE_TEST=${name%.sh} bash "$t" >/dev/null 2>&1 || echo "capture: ${name%.sh} failed" >&2
done
rm -f "$out/.count"
echo "captured $(ls "$out" | wc -l) files into $out"
