#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# check_install.sh BUILD PREFIX PYTHON_DIR PYTHON3 — python.install: the
# package installed (under a DESTDIR) finds the library installed beside
# it, with no PATCHART_LIBRARY, and draws a figure.
set -euo pipefail
build=$1 prefix=$2 pydir=$3 python=$4
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

DESTDIR=$stage cmake --install "$build" >/dev/null
case $pydir in
  /*) site=$stage$pydir ;;
  *) site=$stage$prefix/$pydir ;;
esac
test -f "$site/patchart/__init__.py" || { echo "FAIL: no package in $site"; exit 1; }
# Debian's python3 reads the folder as it is for the prefixes it knows
case $prefix in
  /usr | /usr/local)
    "$python" -c 'import sys; sys.exit(sys.argv[1] not in sys.path)' "${site#"$stage"}" ||
      { echo "FAIL: ${site#"$stage"} is not on $python's sys.path"; exit 1; } ;;
esac
grep -q '^LIBDIR = "' "$site/patchart/_location.py" ||
  { echo "FAIL: the installed _location.py names no folder"; exit 1; }

cd "$stage"
env -u PATCHART_LIBRARY -u LD_LIBRARY_PATH PYTHONPATH="$site" STAGE="$stage" "$python" - <<'PY'
import os, patchart
from patchart import _lib
loaded = os.path.realpath(_lib.lib._name)
stage = os.path.realpath(os.environ["STAGE"])
assert loaded.startswith(stage + "/"), f"loaded {loaded}, not the staged library"
png = patchart.render("bars", "a,b\nx,1\ny,2\n", format="png")
assert png.startswith(b"\x89PNG\r\n\x1a\n"), png[:8]
print("ok: the installed package loaded", loaded)
PY
