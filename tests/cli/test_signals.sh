# SPDX-License-Identifier: MIT
# test_signals.sh — an interrupted run or a full disk leaves the whole
# output or none, and never a temporary file.
#
# SIGINT and SIGTERM are sent the moment the temporary file appears, that
# is during the write: patchart holds them off until the file is renamed,
# then dies of them (so the complete file is there).  Sent during the
# render, before any file exists, they leave nothing.  A full disk is a
# 16 KiB tmpfs (needs root and mount; skipped otherwise).
. "$(dirname "$0")/lib.sh"
set -m  # background jobs of a script ignore SIGINT unless job control is on

# A figure large enough (about 10 MB of SVG) that its write takes a while.
awk 'BEGIN { srand(1); printf "r"; for (c = 0; c < 300; c++) printf ",%d", c; print "";
             for (r = 0; r < 200; r++) { printf "R%d", r;
               for (c = 0; c < 300; c++) printf ",%d", int(rand() * 1000); print "" } }' \
  >"$WORK/big.csv"

# interrupt SIGNAL WHEN: runs patchart into a fresh folder and sends SIGNAL
# once the temporary file exists (WHEN=write) or right away (WHEN=render).
# Sets $status and $dir; $caught says whether the signal came in time.
interrupt () {
  local sig=$1 when=$2 pid
  dir=$WORK/$sig-$when
  mkdir -p "$dir"
  "$PATCHART" heatmap "$WORK/big.csv" -o "$dir/fig.svg" 2>"$WORK/.stderr" &
  pid=$!
  caught=no
  if [ "$when" = render ]; then
    sleep 0.05
    kill -"$sig" "$pid" 2>/dev/null && caught=yes
  else
    while kill -0 "$pid" 2>/dev/null; do
      if compgen -G "$dir/fig.svg.*" >/dev/null; then
        kill -"$sig" "$pid" && caught=yes
        break
      fi
    done
  fi
  set +e
  wait "$pid"
  status=$?
  set -e
  err=$(cat "$WORK/.stderr")
}

for sig in INT TERM; do
  want=$((128 + $(kill -l "$sig")))
  interrupt "$sig" write
  if [ "$caught" = yes ] && [ "$status" -ne 0 ]; then
    expect_status "$want" "SIG$sig during the write"
  else
    # seen too late: the process was already past the write (kill still
    # finds a process that has exited but not been waited for)
    echo "note: SIG$sig came after the write had ended"
  fi
  check "SIG$sig during the write: no temporary file" test "$(ls -A "$dir")" = fig.svg
  check "SIG$sig during the write: the file is whole" grep -q '</svg>' "$dir/fig.svg"
  # 50 ms in, the render is usually still going and nothing is left; on a
  # fast run the file may be written already, and then it must be whole.
  interrupt "$sig" render
  if [ "$caught" = yes ] && [ "$status" -eq "$want" ]; then
    if [ -e "$dir/fig.svg" ]; then
      check "SIG$sig after the write: no temporary file" test "$(ls -A "$dir")" = fig.svg
      check "SIG$sig after the write: the file is whole" grep -q '</svg>' "$dir/fig.svg"
    else
      expect_no_files "$dir" "SIG$sig during the render"
    fi
  fi
done

# A full disk: a clear error, exit 73, and nothing left.
mnt=$WORK/tiny
mkdir "$mnt"
if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=16k tmpfs "$mnt" 2>/dev/null; then
  run_patchart heatmap "$EXAMPLES/classes-illustrative.csv" -o "$mnt/fig.svg"  # about 30 KB
  expect_status 73 "full disk"
  expect_match "^patchart: $mnt/fig\\.svg: cannot write: No space left on device\$" "$err" \
    "full disk: message"
  expect_no_files "$mnt" "full disk"
  # ... and a figure that fits (a 12 KB PNG) is still written there.
  run_patchart bars "$EXAMPLES/countries.csv" -o "$mnt/fig.png"
  expect_status 0 "small figure on the small disk"
  umount "$mnt"
else
  echo "note: cannot mount a tmpfs here (not root?): full-disk case skipped"
fi

finish
