#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# check_includes.sh SRC_DIR — every #include of every .c/.h under SRC_DIR
# against the stage rules of src/README.md.  Prints each violation as
# "file:line: #include ...: rule" and exits 1; prints a one-line summary and
# exits 0 when there is none; exits 2 on a usage error.  bash, find, sort
# and awk (POSIX; mawk will do) only: CI machines may lack python.
set -euo pipefail

# ---- the rules -------------------------------------------------------------

# The stages, lowest first.  A file may include project headers ("stage/x.h",
# written relative to src/) of its own stage and of the stages before it;
# one of a later stage, or of no stage, is a violation.
STAGES="util read data count figure text chart render spec cli"

# Folders outside the chain, as folder:highest stage it may include.
# (tools/ builds patchart-fontcache, which uses text/.)
EXTRA="tools:text"

# Project headers every folder may include: the public API and the
# generated configuration.  cli/ is stricter, below.
ANYWHERE="patchart.h config.h"

# cli/ is on the public API: of the project it may include only these, and
# none of the library headers below.
CLI_ONLY="patchart.h cli.h cli/cli.h"

# Library headers and the only folders that may include them.  The header
# is an extended regular expression matched against the whole name between
# <> (or ""); the first row that matches decides.
#  header                         allowed in                   why
LIBRARIES='
   csv\.h                         read                         libcsv: only read/ parses CSV
   pango/.*                       text,render                  pango: text/ lays text out, render/ draws it
   hb-subset\.h|harfbuzz/hb-subset\.h text,render              harfbuzz-subset: font subsets for PDF (text/) and SVG text (render/)
   hb\.h|hb-.*\.h|harfbuzz/.*     text,render                  harfbuzz: glyphs, beside pango
   fontconfig/.*                  text                         fontconfig: only text/ finds fonts
   ft2build\.h|freetype/.*        text                         FreeType: only text/ opens fonts (PDF font subsets)
   cairo-(pdf|svg|ps)\.h|png\.h   render                       file writers: only render/ writes PNG, SVG and PDF
   zlib\.h                        render                       zlib: render/ compresses PDF object and xref streams
   cairo(-.*)?\.h|cairo/.*        text,chart,render,spec,tools util/ read/ data/ count/ figure/ are pure: no drawing library
'

# ---- the check -------------------------------------------------------------

if [[ $# -ne 1 || ! -d $1 ]]; then
  echo "usage: $0 SRC_DIR" >&2
  exit 2
fi
src=${1%/}

export CHECK_SRC=$src CHECK_STAGES=$STAGES CHECK_EXTRA=$EXTRA CHECK_ANYWHERE=$ANYWHERE \
  CHECK_CLI_ONLY=$CLI_ONLY CHECK_LIBRARIES=$LIBRARIES

find "$src" -type f \( -name '*.c' -o -name '*.h' \) | LC_ALL=C sort | awk '
function words(text, set,    list, n, i) {
  n = split(text, list, " ")
  for (i = 1; i <= n; i++) set[list[i]] = 1
  return n
}
function report(file, line, text) {
  print file ":" line ": " text > "/dev/stderr"
  violations++
}
BEGIN {
  n_stages = split(ENVIRON["CHECK_STAGES"], stage, " ")
  chain = ""
  for (i = 1; i <= n_stages; i++) {
    rank[stage[i]] = i
    chain = chain (i > 1 ? " < " : "") stage[i]
  }
  for (i = 1; i <= n_stages; i++) ceiling[stage[i]] = i
  n = split(ENVIRON["CHECK_EXTRA"], list, " ")
  for (i = 1; i <= n; i++) {
    split(list[i], pair, ":")
    ceiling[pair[1]] = rank[pair[2]]
    extras = extras ", " pair[1] "/"
  }
  words(ENVIRON["CHECK_ANYWHERE"], anywhere)
  words(ENVIRON["CHECK_CLI_ONLY"], cli_only)
  n_libs = 0
  n = split(ENVIRON["CHECK_LIBRARIES"], rows, "\n")
  for (i = 1; i <= n; i++) {
    row = rows[i]
    sub(/^[ \t]+/, "", row)
    if (row == "" || row ~ /^#/) continue
    n_libs++
    lib_re[n_libs] = "^(" substr(row, 1, match(row, /[ \t]/) - 1) ")$"
    row = substr(row, RSTART); sub(/^[ \t]+/, "", row)
    folders = substr(row, 1, match(row, /[ \t]|$/) - 1)
    row = substr(row, RSTART); sub(/^[ \t]+/, "", row)
    lib_why[n_libs] = row
    gsub(/,/, " ", folders)
    lib_allowed[n_libs] = " " folders " "
    lib_where[n_libs] = folders
    gsub(/ /, "/ ", lib_where[n_libs])
    lib_where[n_libs] = lib_where[n_libs] "/"
  }
  srcdir = ENVIRON["CHECK_SRC"]
  n_files = 0; n_includes = 0; violations = 0
}
{
  file = $0
  n_files++
  rel = substr(file, length(srcdir) + 2)
  folder = (index(rel, "/") > 0) ? substr(rel, 1, index(rel, "/") - 1) : ""
  if (!(folder in ceiling)) {
    report(file, 1, "not in a stage folder (" chain extras ")")
    next
  }
  line_no = 0
  while ((got = (getline text < file)) > 0) {
    line_no++
    sub(/\r$/, "", text)
    if (text !~ /^[ \t]*#[ \t]*include([ \t<"]|$)/) continue
    n_includes++
    rest = text
    sub(/^[ \t]*#[ \t]*include[ \t]*/, "", rest)
    open = substr(rest, 1, 1)
    close_at = (open == "<") ? index(substr(rest, 2), ">") : (open == "\"") ? index(substr(rest, 2), "\"") : 0
    if (close_at == 0) {
      report(file, line_no, text ": an include the checker cannot read (write <x.h> or \"stage/x.h\")")
      continue
    }
    name = substr(rest, 2, close_at - 1)
    shown = "#include " open name (open == "<" ? ">" : "\"")
    check(file, line_no, shown, name, open, folder)
  }
  if (got < 0) report(file, line_no + 1, "cannot read this file")
  close(file)
}
function check(file, line_no, shown, name, open, folder,    i, first, project) {
  if (name in anywhere) {
    if (folder == "cli" && !(name in cli_only))
      report(file, line_no, shown ": cli/ uses the public API only: of the project just <patchart.h> and \"cli.h\"")
    return
  }
  for (i = 1; i <= n_libs; i++) {
    if (name !~ lib_re[i]) continue
    if (folder == "cli")
      report(file, line_no, shown ": cli/ uses the public API only: no library header of the stages")
    else if (index(lib_allowed[i], " " folder " ") == 0)
      report(file, line_no, shown ": only " lib_where[i] " may include it, not " folder "/ (" lib_why[i] ")")
    return
  }
  first = (index(name, "/") > 0) ? substr(name, 1, index(name, "/") - 1) : ""
  project = (open == "\"") || (first in ceiling)
  if (!project) return
  if (folder == "cli") {
    if (!(name in cli_only))
      report(file, line_no, shown ": cli/ uses the public API only: of the project just <patchart.h> and \"cli.h\"")
    return
  }
  if (name ~ /(^|\/)\.\.?\// || name ~ /^\//) {
    report(file, line_no, shown ": write project headers as \"stage/file.h\", relative to src/")
    return
  }
  if (first == "") {
    report(file, line_no, shown ": a project header without its stage: write \"stage/file.h\"")
    return
  }
  if (!(first in rank)) {
    report(file, line_no, shown ": unknown stage " first "/ (stages: " chain ")")
    return
  }
  if (rank[first] <= ceiling[folder]) return
  if (folder in rank)
    report(file, line_no, shown ": " first "/ is a stage above " folder "/ (" chain ")")
  else
    report(file, line_no, shown ": " folder "/ may include stages up to " stage[ceiling[folder]] "/ only (" chain ")")
}
END {
  if (n_files == 0) {
    print "check_includes: no .c or .h file under " srcdir > "/dev/stderr"
    exit 2
  }
  if (violations > 0) {
    print "check_includes: " violations " violation" (violations == 1 ? "" : "s") " in " n_files " files, " n_includes " includes" > "/dev/stderr"
    exit 1
  }
  print "check_includes: " n_files " files, " n_includes " includes: every include follows the stage rules (" chain ")"
}
'
