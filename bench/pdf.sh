#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The PDF benchmark (issue 16): the article's three figures as PDF, drawn
# by patchart and by gnuplot's pdfcairo terminal in the same run, with the
# same fonts.  Prints median wall time, CPU time, peak RSS and size per
# figure, the ratios, and whether patchart takes at most half of gnuplot's
# time with no more memory and writes each PDF under 20 KB.  It is
# bench/run.sh limited to PDF: the same commands, settings and output (in
# out/bench-pdf/ unless BENCH_OUT says otherwise).  See bench/README.md.
#
#   bench/pdf.sh [PATCHART]        default: build/src/patchart
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export BENCH_FORMATS=pdf
export BENCH_TOOLS=${BENCH_TOOLS:-patchart gnuplot}
export BENCH_CASES=${BENCH_CASES:-countries applicants classes}
export BENCH_OUT=${BENCH_OUT:-$root/out/bench-pdf}
exec "$root/bench/run.sh" "$@"
