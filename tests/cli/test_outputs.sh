# SPDX-License-Identifier: MIT
# test_outputs.sh — what -o may name besides a plain file: a symbolic link
# (its target is replaced in the target's folder, the link stays), a FIFO,
# /dev/null, /dev/stdout, /dev/fd/N and a device node (written into, never
# replaced), a folder (exit 73, saying so); for the figure commands, render
# and report alike.
. "$(dirname "$0")/lib.sh"
cd "$EXAMPLES"

png_size=$("$PATCHART" bars countries.csv -o - --format png | wc -c)
check "a PNG on standard output" test "$png_size" -gt 1000

# A link: the target is replaced (new bytes), the link stays a link, and no
# temporary file is left beside either.
mkdir "$WORK/real" "$WORK/links"
echo old >"$WORK/real/fig.png"
ln -s ../real/fig.png "$WORK/links/fig.png"
run_patchart bars countries.csv -o "$WORK/links/fig.png"
expect_status 0 "output through a link"
check "the link stays a link" test -L "$WORK/links/fig.png"
check "the link's target is the new figure" test "$(wc -c <"$WORK/real/fig.png")" = "$png_size"
check "nothing but the link beside the link" test "$(ls -A "$WORK/links")" = fig.png
check "nothing but the figure beside the target" test "$(ls -A "$WORK/real")" = fig.png
# A link to a link, and a dangling link (its target is created).
ln -s fig.png "$WORK/links/second.png"
run_patchart bars countries.csv -o "$WORK/links/second.png"
expect_status 0 "output through two links"
check "both links stay" test -L "$WORK/links/second.png" -a -L "$WORK/links/fig.png"
ln -s ../real/new.png "$WORK/links/dangling.png"
run_patchart bars countries.csv -o "$WORK/links/dangling.png"
expect_status 0 "output through a dangling link"
check "the dangling link's target is made" test -L "$WORK/links/dangling.png" -a -f "$WORK/real/new.png"
ln -s loop.png "$WORK/links/loop.png"
run_patchart bars countries.csv -o "$WORK/links/loop.png"
expect_status 73 "a link to itself"
expect_match "loop\\.png: cannot write: Too many levels of symbolic links\$" "$err" "link loop: message"

# /dev/null opened for writing: still the device afterwards.
run_patchart bars countries.csv -o /dev/null --format png
expect_status 0 "output to /dev/null"
check "/dev/null is still a character device" test -c /dev/null
# /dev/stdout, into a pipe and into a file opened for appending.
check "/dev/stdout into a pipe" \
  test "$("$PATCHART" bars countries.csv -o /dev/stdout --format png | wc -c)" = "$png_size"
echo head >"$WORK/append.out"
"$PATCHART" bars countries.csv -o /dev/stdout --format png >>"$WORK/append.out"
check "/dev/stdout appended to a file" test "$(wc -c <"$WORK/append.out")" = $((png_size + 5))
# /dev/fd/N: a descriptor the shell opened (here a pipe to wc).
check "/dev/fd/3 into a pipe" \
  test "$( { "$PATCHART" bars countries.csv -o /dev/fd/3 --format png 3>&1 >/dev/null; } | wc -c)" \
    = "$png_size"

# A FIFO: the reader on the other end gets the figure; the FIFO stays.
mkfifo "$WORK/fifo"
cat "$WORK/fifo" >"$WORK/from-fifo" &
reader=$!
run_patchart bars countries.csv -o "$WORK/fifo" --format png
expect_status 0 "output to a FIFO"
wait "$reader"
check "the reader of the FIFO got the figure" test "$(wc -c <"$WORK/from-fifo")" = "$png_size"
check "the FIFO is still a FIFO" test -p "$WORK/fifo"
# ... and render writes into one as well.
cat >"$WORK/fifo.spec" <<SPEC
[figure one]
kind = bars
input = $EXAMPLES/countries.csv
output = $WORK/fifo
format = png
SPEC
cat "$WORK/fifo" >"$WORK/from-fifo" &
reader=$!
run_patchart render "$WORK/fifo.spec" -q
expect_status 0 "render into a FIFO"
wait "$reader"
check "render: the reader of the FIFO got the figure" test "$(wc -c <"$WORK/from-fifo")" = "$png_size"
check "render: the FIFO is still a FIFO" test -p "$WORK/fifo"
# ... and report.
cat >"$WORK/report.spec" <<SPEC
[figure one]
kind = bars
input = $EXAMPLES/countries.csv
SPEC
cat "$WORK/fifo" >"$WORK/report-from-fifo" &
reader=$!
run_patchart report "$WORK/report.spec" -o "$WORK/fifo"
expect_status 0 "report into a FIFO"
wait "$reader"
check "report: the reader of the FIFO got a PDF" grep -q '%%EOF' "$WORK/report-from-fifo"
check "report: the FIFO is still a FIFO" test -p "$WORK/fifo"
mkdir "$WORK/rl"
ln -s ../real/report.pdf "$WORK/rl/report.pdf"
run_patchart report "$WORK/report.spec" -o "$WORK/rl/report.pdf"
expect_status 0 "report through a link"
check "report: the link stays a link" test -L "$WORK/rl/report.pdf"
check "report: the target is the PDF" grep -q '%%EOF' "$WORK/real/report.pdf"

# A device node made with mknod (root only): written into, not replaced.
if [ "$(id -u)" = 0 ] && mknod "$WORK/null" c 1 3 2>/dev/null; then
  run_patchart bars countries.csv -o "$WORK/null" --format png
  expect_status 0 "output to a device node"
  check "the device node stays a device node" test -c "$WORK/null"
else
  echo "note: cannot mknod here (not root?): device node case skipped"
fi

# A folder, named directly or through a link: exit 73, said plainly, and
# nothing made in it.
mkdir "$WORK/adir.png"
ln -s adir.png "$WORK/dirlink.png"
for target in adir.png dirlink.png; do
  run_patchart bars countries.csv -o "$WORK/$target"
  expect_status 73 "output is a folder ($target)"
  expect_match "^patchart: $WORK/$target: cannot write: it is a folder: name a file in it\$" \
    "$err" "output is a folder ($target): message"
  check "output is a folder ($target): nothing made" test -z "$(ls -A "$WORK/adir.png")"
done
run_patchart report "$WORK/report.spec" -o "$WORK/adir.png"
expect_status 73 "report over a folder"

finish
