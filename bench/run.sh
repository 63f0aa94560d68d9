#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The benchmark: the article's three figures and a 500 x 500 heatmap, each in
# PNG, SVG and PDF, drawn by patchart, gnuplot (cairo terminals, and its own
# svg terminal) and matplotlib with the same bundled CJK font, in one run.
# Prints median wall time (hyperfine, whole process), peak RSS and file size
# per figure x format, and the ratio patchart / gnuplot.  See bench/README.md.
#
#   bench/run.sh [PATCHART]        default: build/src/patchart
#
# Environment: BENCH_RUNS (timed runs per command, default 20),
# BENCH_SLOW_RUNS (for matplotlib, default 5), BENCH_OUT (default
# out/bench), BENCH_TOOLS (default "patchart gnuplot matplotlib"),
# BENCH_CASES (e.g. "countries classes"; default all), BENCH_FORMATS
# (default "png svg pdf"; bench/pdf.sh runs "pdf").
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
patchart=$(realpath "${1:-$root/build/src/patchart}")
runs=${BENCH_RUNS:-20}
slow_runs=${BENCH_SLOW_RUNS:-5}
out=$(mkdir -p "${BENCH_OUT:-$root/out/bench}" && cd "${BENCH_OUT:-$root/out/bench}" && pwd)
tools=${BENCH_TOOLS:-patchart gnuplot matplotlib}
cases=${BENCH_CASES:-countries applicants classes heatmap500 ranking1m}
formats=${BENCH_FORMATS:-png svg pdf}
python=/usr/bin/python3

for need in hyperfine /usr/bin/time "$patchart"; do
  command -v "$need" >/dev/null || { echo "bench: $need not found (scripts/install-bench-deps.sh)" >&2; exit 1; }
done
have () {
  case $1 in
    patchart) return 0 ;;
    gnuplot) command -v gnuplot >/dev/null ;;
    matplotlib) "$python" -c 'import matplotlib' 2>/dev/null ;;
  esac
}

work=$out/work
rm -rf "$work" "$out/files"
mkdir -p "$work/json" "$work/fc-cache" "$work/mpl" "$out/files"
results=$work/results.tsv
: >"$results"

# gnuplot finds the bundled fonts through a fontconfig file that names only
# fonts/ (and a cache, which the warm-up runs fill); matplotlib adds them
# with font_manager.addfont.  patchart ignores both: it loads fonts/ itself.
cat >"$work/fonts.conf" <<EOF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>$root/fonts</dir>
  <cachedir>$work/fc-cache</cachedir>
</fontconfig>
EOF
export FONTCONFIG_FILE=$work/fonts.conf
export MPLCONFIGDIR=$work/mpl

# The 500 x 500 heatmap, generated (not committed): a wide CSV with row and
# column labels for patchart and matplotlib, the same values as a plain
# matrix for gnuplot.  Smooth waves plus noise, 0..~1100.
awk -v n=500 -v csv="$work/heatmap500.csv" -v dat="$work/heatmap500.dat" 'BEGIN {
  printf "类别" > csv
  for (c = 1; c <= n; c++) printf ",%d", c > csv
  printf "\n" > csv
  for (r = 1; r <= n; r++) {
    printf "%d", r > csv
    for (c = 1; c <= n; c++) {
      v = int((sin(r / 37.0) * cos(c / 23.0) + 1) * 500 + (r * 7919 + c * 104729) % 97)
      printf ",%d", v > csv
      printf "%s%d", (c > 1 ? " " : ""), v > dat
    }
    printf "\n" > csv
    printf "\n" > dat
  }
}'

# SLOT (issue 3): a ranking counted from a 1,000,000-row raw export (one row
# per patent, multi-valued applicant cells).  It runs once patchart has the
# counting options (--count); targets: under 1 s and 50 MB.  The options
# below follow DESIGN.md and may need adjusting to the CLI as it lands.
count_ready () { "$patchart" help ranking 2>/dev/null | grep -q -- '--count'; }
make_raw_export () {
  awk -v rows=1000000 'BEGIN {
    split("百度 腾讯控股 华为技术 阿里巴巴集团 浙江大学 清华大学 国家电网 平安科技 中国科学院自动化研究所 北京航空航天大学 网易 京东 字节跳动 小米 OPPO", names, " ")
    print "publication,applicant,ipc,date"
    for (i = 1; i <= rows; i++) {
      u = (i * 7919 % 10007) / 10007; v = (i * 104729 % 10009) / 10009   # skewed: few big applicants
      printf "CN%09d,\"%s; %s\",G06N3/08,2023-%02d-01\n", i, names[1 + int(15 * u * u)],
        names[1 + int(15 * v * v * v)], 1 + i % 12
    }
  }' >"$work/raw1m.csv"
}

title_countries="各国和地区的生成式AI相关专利申请数量"
title_applicants="中国的生成式AI相关专利申请项数排名"
title_classes="中国各专利分类的申请项数"

# patchart's arguments per figure, as examples/render-examples.sh draws them.
patchart_args () {
  local e=$root/examples
  case $1 in
    countries) args=(bars "$e/countries.csv" --lang zh-CN --title "$title_countries"
      --subtitle "中国的申请数超过其他国家和地区，排在首位（五大专利局）"
      --note "欧洲也在原图中（位列日本之前），但报道未给出其数值，此处未列出。"
      --source "日经XTECH、Patentfield") ;;
    applicants) args=(ranking "$e/applicants.csv" --lang zh-CN --title "$title_applicants"
      --subtitle "申请数前10名全部为中国的企业和大学（报道给出数值的部分）"
      --note "* 华为技术、阿里巴巴集团：报道仅称各超过100件，图中按下限100件画出，并非实际数值。"
      --source "日经XTECH、Patentfield") ;;
    classes) args=(heatmap "$e/classes-illustrative.csv" --lang zh-CN --title "$title_classes"
      --subtitle "从2022年前后开始，“图像或视频识别或理解的布置”（G06V10）迅速增加"
      --note "示意数据：报道未给出各格数值，此处数值为虚构，仅示范图形；斜线格为无数据。"
      --source "出处：日经XTECH、Patentfield") ;;
    heatmap500) args=(heatmap "$work/heatmap500.csv" --lang zh-CN --title "500 × 500 热图") ;;
    ranking1m) args=(ranking "$work/raw1m.csv" --count --label applicant --split ';'
      --top 10 --lang zh-CN --title "申请人排名（100万行原始数据）") ;;
  esac
}

# One argument as hyperfine -N splits a command line (POSIX shell words).
quote () {
  case $1 in
    *"'"*) printf '"%s"' "${1//\"/\\\"}" ;;
    *) printf "'%s'" "$1" ;;
  esac
}

# command_for TOOL CASE FORMAT OUTPUT: sets $cmd, or returns 1 if TOOL does
# not draw CASE.
command_for () {
  local tool=$1 case=$2 fmt=$3 output=$4 data=$root/examples
  [ "$case" = heatmap500 ] && data=$work
  case $tool in
    patchart)
      patchart_args "$case"
      cmd=$(quote "$patchart")
      for a in "${args[@]}" -o "$output"; do cmd+=" $(quote "$a")"; done ;;
    gnuplot)
      [ "$case" = ranking1m ] && return 1
      cmd="gnuplot -e $(quote "fmt='$fmt'; out='$output'; data='$data'; dir='$root/bench/gnuplot'")"
      cmd+=" $(quote "$root/bench/gnuplot/$case.gp")" ;;
    matplotlib)
      [ "$case" = ranking1m ] && return 1
      cmd="$python $(quote "$root/bench/matplotlib/figures.py") $case $(quote "$output")"
      cmd+=" $(quote "$data") $(quote "$root/fonts")" ;;
  esac
}

# Median of peak RSS (KB) over three runs of CMD (a hyperfine -N line).
peak_rss () {
  local -a argv
  eval "argv=($1)"
  for _ in 1 2 3; do
    /usr/bin/time -f %M -o "$work/rss" "${argv[@]}" >/dev/null 2>&1
    cat "$work/rss"
  done | sort -n | sed -n 2p
}

bench_one () {
  local tool=$1 case=$2 fmt=$3 n=$runs output
  output=$out/files/$case-$tool.$fmt
  command_for "$tool" "$case" "$fmt" "$output" || return 0
  [ "$tool" = matplotlib ] && n=$slow_runs
  echo "bench: $case $fmt $tool" >&2
  hyperfine -N --style none --warmup 2 --runs "$n" \
    --export-json "$work/json/$case-$fmt-$tool.json" "$cmd" >/dev/null
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$case" "$fmt" "$tool" \
    "$work/json/$case-$fmt-$tool.json" "$(peak_rss "$cmd")" "$(stat -c %s "$output")" >>"$results"
}

# Process start alone (patchart --version), and the font start-up in
# process (bench/fontstart.c, built beside patchart): median of 21 runs.
hyperfine -N --style none --warmup 3 --runs "$runs" \
  --export-json "$work/json/startup.json" "$(quote "$patchart") --version" >/dev/null
fontstart=${BENCH_FONTSTART:-$(dirname "$patchart")/../bench/fontstart}
if [ -x "$fontstart" ]; then
  for _ in $(seq 21); do "$fontstart"; done | sort -n | sed -n 11p >"$work/fontstart.txt"
else
  echo "bench: $fontstart not built (PATCHART_BUILD_BENCH): no font start-up figure" >&2
  : >"$work/fontstart.txt"
fi

for case in $cases; do
  if [ "$case" = ranking1m ]; then
    if ! count_ready; then
      printf 'ranking1m\t-\tpatchart\tpending\t-\t-\n' >>"$results"
      continue
    fi
    make_raw_export
  fi
  for fmt in $formats; do
    [ "$case" = ranking1m ] && [ "$fmt" != png ] && continue
    for tool in $tools; do
      have "$tool" && bench_one "$tool" "$case" "$fmt"
    done
  done
done

rm -f "$work/raw1m.csv" # 59 MB
"$python" "$root/bench/report.py" "$results" "$work/json/startup.json" "$work/fontstart.txt" \
  | tee "$out/results.md"
echo "bench: table in $out/results.md, figures in $out/files/" >&2
