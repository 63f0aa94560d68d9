#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the Debian 12 packages the benchmark (bench/run.sh) uses, on top
# of scripts/install-deps.sh: hyperfine times whole processes, /usr/bin/time
# reads peak RSS, gnuplot (cairo terminals) and matplotlib are the peers,
# mawk the counting peer of bench/count.sh.
# Not needed to build or test patchart.  Run as root (or with sudo).
set -euo pipefail

packages=(
  hyperfine time          # timing, peak RSS
  mawk                    # bench/count.sh: generates its input, and counts it as a peer
  gnuplot-nox             # peer: pngcairo, svg, pdfcairo terminals
  python3-matplotlib      # second peer; also runs bench/report.py (python3)
)

source "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh"
apt_install install-bench-deps "${packages[@]}"
