# SPDX-License-Identifier: MIT
# lib.sh — assertions for the end-to-end tests.  Each test script sources
# this, gets $PATCHART, $PNGCMP, $EXAMPLES, $DATA and a fresh $WORK folder,
# and ends with `finish`, which prints "N passed, N failed".
set -u
: "${PATCHART:?}" "${PNGCMP:?}" "${EXAMPLES:?}" "${DATA:?}"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/patchart-test.XXXXXX")
# only the script itself cleans up: a subshell killed before its exec
# runs the EXIT trap it inherited, and must not remove $WORK
WORK_OWNER=$BASHPID
trap '[ "$BASHPID" != "$WORK_OWNER" ] || rm -rf "$WORK"' EXIT
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1721260800}
n_pass=0
n_fail=0

pass () { n_pass=$((n_pass + 1)); }
fail () { n_fail=$((n_fail + 1)); echo "FAIL: $*" >&2; }

# check DESCRIPTION COMMAND...: passes when COMMAND succeeds.
check () {
  local what=$1; shift
  if "$@"; then pass; else fail "$what"; fi
}

# run_patchart ARGS...: runs patchart; sets $status, $out (stdout), $err (stderr).
# A run that takes longer than $PATCHART_TIMEOUT seconds (default 60) is
# killed and fails with status 124: a guard against hangs, not a timing test.
# Sanitizer builds, several times slower, multiply it by
# $PATCHART_TIMEOUT_SCALE.
run_patchart () {
  set +e
  timeout $((${PATCHART_TIMEOUT:-60} * ${PATCHART_TIMEOUT_SCALE:-1})) "$PATCHART" "$@" \
    >"$WORK/.stdout" 2>"$WORK/.stderr"
  status=$?
  set -e
  out=$(cat "$WORK/.stdout")
  err=$(cat "$WORK/.stderr")
}

# expect_status N DESCRIPTION
expect_status () {
  if [ "$status" -eq "$1" ]; then pass; else fail "$2: exit $status, expected $1 (stderr: $err)"; fi
}

# expect_match REGEX TEXT DESCRIPTION
expect_match () {
  if printf '%s' "$2" | grep -Eq -- "$1"; then pass; else fail "$3: '$2' does not match /$1/"; fi
}

# expect_no_files DIR DESCRIPTION: nothing at all was left in DIR.
expect_no_files () {
  local left
  left=$(ls -A "$1")
  if [ -z "$left" ]; then pass; else fail "$2: left behind: $left"; fi
}

# pdf_objects PDF: the file's bytes, then the objects of each of its
# object streams inflated (patchart's PDFs keep their dictionaries there),
# for grep -a to look through.
pdf_objects () {
  python3 - "$1" <<'PY'
import re, sys, zlib
data = open(sys.argv[1], "rb").read()
out = sys.stdout.buffer
out.write(data)
for m in re.finditer(rb"<<([^>]*/Type /ObjStm[^>]*)>>\s*stream\r?\n", data):
    length = int(re.search(rb"/Length (\d+)", m.group(1)).group(1))
    out.write(b"\n" + zlib.decompress(data[m.end():m.end() + length]) + b"\n")
PY
}

finish () {
  echo "$n_pass passed, $n_fail failed"
  [ "$n_fail" -eq 0 ]
}
