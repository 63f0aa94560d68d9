#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the libFuzzer targets of tests/fuzz with clang (ASan + UBSan) in
# build-fuzz/ and runs each one for SECONDS (default 60) on a copy of its
# seed corpus.  A crash leaves its input in build-fuzz/findings/TARGET/ and
# fails the script; add it to tests/fuzz/corpus/TARGET/ once fixed, so the
# replay tests keep it.
#   scripts/fuzz.sh [SECONDS] [TARGET...]     targets: csv figure settings layout spec count
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(csv figure settings layout spec count)

CC=${FUZZ_CC:-clang} cmake -S . -B build-fuzz -DPATCHART_FUZZ=ON -DPATCHART_BUILD_EXAMPLES=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target "${targets[@]/#/fuzz_}"

# the tests' suppressions and the fuzzers' own (tests/fuzz/lsan.supp)
cat tests/lsan.supp tests/fuzz/lsan.supp > build-fuzz/lsan.supp

status=0
for t in "${targets[@]}"; do
  work=build-fuzz/corpus-$t findings=build-fuzz/findings/$t
  mkdir -p "$work" "$findings"
  cp -n tests/fuzz/corpus/"$t"/* "$work"/
  dict=()
  case $t in csv | figure) dict=(-dict=tests/fuzz/csv.dict) ;; esac
  echo "fuzz: $t for ${seconds}s"
  # fontconfig's process-lifetime caches (the layout target loads fonts),
  # GSlice's per-thread tables
  if ! LSAN_OPTIONS=suppressions=$root/build-fuzz/lsan.supp:print_suppressions=0 \
       build-fuzz/tests/fuzz/fuzz_"$t" "$work" "${dict[@]}" -max_total_time="$seconds" \
       -timeout=5 -rss_limit_mb=2048 -max_len=131072 -print_final_stats=1 \
       -artifact_prefix="$findings/" 2>build-fuzz/fuzz-"$t".log; then
    status=1
    echo "fuzz: $t FOUND A CRASH: see build-fuzz/fuzz-$t.log and $findings/" >&2
  fi
  grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' build-fuzz/fuzz-"$t".log \
    | sed "s/^/fuzz: $t: /" || true
done
exit $status
