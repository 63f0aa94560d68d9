#!/usr/bin/env bash
# Installs the Debian 12 packages the benchmark (bench/run.sh) uses, on top
# of scripts/install-deps.sh: hyperfine times whole processes, /usr/bin/time
# reads peak RSS, gnuplot (cairo terminals) and matplotlib are the peers.
# Not needed to build or test patchart.  Run as root (or with sudo).
set -euo pipefail

packages=(
  hyperfine time          # timing, peak RSS
  gnuplot-nox             # peer: pngcairo, svg, pdfcairo terminals
  python3-matplotlib      # second peer; also runs bench/report.py (python3)
)

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  sudo=(sudo)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-bench-deps: all ${#packages[@]} packages present"
  exit 0
fi
echo "install-bench-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
