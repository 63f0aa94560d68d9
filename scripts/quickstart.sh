#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# One command from a fresh Debian 12 machine to the example figures:
# installs the packages, builds patchart against Debian's shared libraries
# (nothing is downloaded or built from source), renders the three figures
# of the worked example in PNG, SVG and PDF into out/examples/.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"
bash examples/render-examples.sh build/src/patchart out/examples
./build/examples/report_page examples/countries.csv examples/applicants.csv out/examples/report-page.pdf
./build/src/patchart render examples/article.spec
./build/src/patchart report examples/article.spec -o out/examples/article-report.pdf
echo "quickstart: figures in $root/out/examples/"
