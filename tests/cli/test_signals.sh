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
             for (r = 0; r < 200; r++) { printf "%d", r + 1;
               for (c = 0; c < 300; c++) printf ",%d", int(rand() * 1000); print "" } }' \
  >"$WORK/big.csv"

# interrupt SIGNAL WHEN: runs patchart into a fresh folder and sends SIGNAL
# once the temporary file exists (WHEN=write) or right away (WHEN=render).
# Sets $status and $dir; $caught says whether the signal came in time.
interrupt () {
  local sig=$1 when=$2 pid
  dir=$WORK/$sig-$when
  mkdir -p "$dir"
  "$PATCHART" heatmap "$WORK/big.csv" --size 1400x3000 -o "$dir/fig.svg" 2>"$WORK/.stderr" &
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

# render -j 2 and report, killed at many moments: from before the first
# figure to after the last write.  Every figure file left is whole (the
# same bytes as an uninterrupted run), no temporary file is ever left, and
# a report is whole or absent.  The worker threads never see the signal:
# one thread waits for it and lets the writes in progress end first.
mkdir "$WORK/ref"
{
  printf '[defaults]\nkind = heatmap\nformat = svg\n'
  for i in $(seq 1 16); do
    printf '[figure f%d]\ninput = %s\noutput = f%d.svg\n' "$i" "$WORK/big.csv" "$i"
  done
} >"$WORK/ref/many.spec"
(cd "$WORK/ref" && "$PATCHART" render many.spec -j 2 -q && "$PATCHART" report many.spec -o report.pdf)

shell_exe=$(readlink "/proc/$$/exe")
# kill_at SIG DELAY COMMAND...: runs COMMAND in a fresh $dir (a copy of
# the spec), sends SIG after DELAY seconds; sets $status.
kill_at () {
  local sig=$1 delay=$2 pid
  shift 2
  dir=$WORK/at-$sig-$delay-$1
  mkdir -p "$dir"
  cp "$WORK/ref/many.spec" "$dir/"
  env -C "$dir" "$PATCHART" "$@" 2>/dev/null &
  pid=$!
  # signal the command, never the copy of this shell forked to start it:
  # killed before its exec, that copy runs the script's EXIT trap
  while [ "$(readlink "/proc/$pid/exe" 2>/dev/null)" = "$shell_exe" ]; do :; done
  sleep "$delay"
  kill -"$sig" "$pid" 2>/dev/null || true
  set +e
  wait "$pid"
  status=$?
  set -e
}

# whole_or_absent WHAT: every file in $dir besides the spec is one of the
# reference files, byte for byte.
whole_or_absent () {
  local f bad=
  for f in $(ls -A "$dir"); do
    [ "$f" = many.spec ] && continue
    if [ ! -f "$WORK/ref/$f" ] || ! cmp -s "$dir/$f" "$WORK/ref/$f"; then bad="$bad $f"; fi
  done
  if [ -z "$bad" ]; then pass; else fail "$1: left a temporary or partial file:$bad"; fi
}

n_killed=0
for sig in INT TERM; do
  want=$((128 + $(kill -l "$sig")))
  for delay in 0 0.01 0.02 0.03 0.05 0.08 0.12 0.16 0.2 0.3 0.5; do
    kill_at "$sig" "$delay" render many.spec -j 2 -q
    if [ "$status" -eq "$want" ]; then n_killed=$((n_killed + 1)); pass
    else expect_status 0 "render -j 2, SIG$sig at ${delay}s: killed or done"; fi
    whole_or_absent "render -j 2, SIG$sig at ${delay}s"
    kill_at "$sig" "$delay" report many.spec -o report.pdf
    if [ "$status" -eq "$want" ]; then n_killed=$((n_killed + 1)); pass
    else expect_status 0 "report, SIG$sig at ${delay}s: killed or done"; fi
    whole_or_absent "report, SIG$sig at ${delay}s"
  done
done
echo "note: $n_killed of 44 runs of render and report were killed before they ended"
# The moments are spread so that many runs die part way.
check "render and report are killed part way at least once" test "$n_killed" -gt 0

# The same, killed while temporary files exist: strace holds each rename
# back for 0.3 s, so the signal surely lands between the temporary file and
# its rename, on a worker thread's write (render -j 2), the report's or a
# figure command's.
# (Needs strace; skipped without it.)
kill_in_write () {
  local sig=$1 spid pid=
  shift
  dir=$WORK/in-write-$sig-$1
  mkdir -p "$dir"
  cp "$WORK/ref/many.spec" "$dir/"
  # LeakSanitizer cannot run under ptrace (strace): no leak check here
  env -C "$dir" ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
     strace -f -qq -o /dev/null -e trace=rename,renameat,renameat2 \
     -e inject=rename,renameat,renameat2:delay_enter=300000 -- "$PATCHART" "$@" 2>/dev/null &
  spid=$!
  while [ -z "$pid" ] && kill -0 "$spid" 2>/dev/null; do pid=$(pgrep -P "$spid" || true); done
  until compgen -G "$dir/*.*.??????" >/dev/null || ! kill -0 "$spid" 2>/dev/null; do :; done
  caught=no
  compgen -G "$dir/*.*.??????" >/dev/null && kill -"$sig" "$pid" 2>/dev/null && caught=yes
  set +e
  wait "$spid"
  status=$?
  set -e
}
if command -v strace >/dev/null && strace -qq -o /dev/null true 2>/dev/null; then
  n_caught_in_write=0
  for sig in INT TERM; do
    want=$((128 + $(kill -l "$sig")))
    for cmd in heatmap render report; do
      case $cmd in
        heatmap) kill_in_write "$sig" heatmap "$WORK/big.csv" -o f1.svg ;;
        render) kill_in_write "$sig" render many.spec -j 2 -q ;;
        report) kill_in_write "$sig" report many.spec -o report.pdf ;;
      esac
      # on a loaded machine the poll can miss the held-back rename: then
      # only the files are checked (as for a signal after the write above)
      if [ "$caught" = yes ]; then
        n_caught_in_write=$((n_caught_in_write + 1))
        expect_status "$want" "$cmd, SIG$sig during a write"
      else
        echo "note: $cmd, SIG$sig: the write ended before the signal"
      fi
      whole_or_absent "$cmd, SIG$sig during a write"
    done
  done
  check "a signal landed during a held-back write at least once" test "$n_caught_in_write" -gt 0
else
  echo "note: no strace (or no ptrace here): the cases killed during a write are skipped"
fi

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
