#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Renders the article's three figures in PNG, SVG and PDF into a folder.
# Usage: examples/render-examples.sh PATCHART_BINARY OUTPUT_DIR
set -euo pipefail
patchart=${1:?usage: render-examples.sh PATCHART OUTDIR}
out=${2:?usage: render-examples.sh PATCHART OUTDIR}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"

for fmt in png svg pdf; do
  "$patchart" bars "$here/countries.csv" --lang zh-CN \
    --title "各国和地区的生成式AI相关专利申请数量" \
    --subtitle "中国的申请数超过其他国家和地区，排在首位（五大专利局）" \
    --note "欧洲也在原图中（位列日本之前），但报道未给出其数值，此处未列出。" \
    --source "日经XTECH、Patentfield" \
    -o "$out/countries.$fmt"

  "$patchart" ranking "$here/applicants.csv" --lang zh-CN \
    --title "中国的生成式AI相关专利申请项数排名" \
    --subtitle "申请数前10名全部为中国的企业和大学（报道给出数值的部分）" \
    --note "* 华为技术、阿里巴巴集团：报道仅称各超过100件，图中按下限100件画出，并非实际数值。" \
    --source "日经XTECH、Patentfield" \
    -o "$out/applicants.$fmt"

  "$patchart" heatmap "$here/classes-illustrative.csv" --lang zh-CN \
    --title "中国各专利分类的申请项数" \
    --subtitle "从2022年前后开始，“图像或视频识别或理解的布置”（G06V10）迅速增加" \
    --note "示意数据：报道未给出各格数值，此处数值为虚构，仅示范图形；斜线格为无数据。" \
    --source "出处：日经XTECH、Patentfield" \
    -o "$out/classes.$fmt"
done

# The same three figures counted from a raw export (synthetic Lens.org data).
lens=$here/lens-export-synthetic.csv
source_line="Lens.org 导出格式（合成示例数据，非真实记录）"
"$patchart" bars --count --label Jurisdiction --alias "$here/offices-zh.csv" "$lens" \
  --title "各国和地区的生成式AI相关专利申请数量（合成数据示例）" --source "$source_line" \
  -o "$out/counted-countries.png"
"$patchart" ranking --count --label Applicants --split ';;' \
  --alias "$here/applicants-alias.csv" --where Jurisdiction=CN --top 8 --others "$lens" \
  --title "中国的生成式AI相关专利申请人排名（合成数据示例）" --source "$source_line" \
  -o "$out/counted-applicants.png"
"$patchart" heatmap --count --rows "IPCR Classifications" --split ';;' --ipc group \
  --columns 'year:Application Date' --where Jurisdiction=CN --from-year 2014 --to-year 2023 \
  --top 8 "$lens" --title "中国各IPC大组的申请项数（按申请年，合成数据示例）" --source "$source_line" \
  -o "$out/counted-classes.png"
# Filings per year at the four offices of the article's story, the years
# that publication lag leaves incomplete marked (synthetic Lens.org data).
for fmt in png svg pdf; do
  "$patchart" line --count --rows Jurisdiction --columns 'year:Application Date' \
    --alias "$here/offices-zh.csv" --where Jurisdiction=CN --where Jurisdiction=US \
    --where Jurisdiction=KR --where Jurisdiction=JP --incomplete-from 2023 "$lens" --lang zh-CN \
    --title "各局生成式AI相关专利申请数（按申请年，合成数据示例）" \
    --subtitle "中国的申请数增长最快；2023年的申请尚未全部公开" \
    --note "合成示例数据：每条记录均为虚构，仅示范图形，并非真实申请数。" --source "$source_line" \
    -o "$out/filings-per-year.$fmt"
done
for fmt in png svg pdf; do
  "$patchart" bars --count --label 'year:Application Date' --series Jurisdiction \
    --alias "$here/offices-zh.csv" --sort none --from-year 2014 --incomplete-from 2023 "$lens" \
    --lang zh-CN --title "各局生成式AI相关专利申请数（按申请年，合成数据示例）" \
    --subtitle "中国的申请占多数；2023年的申请尚未全部公开" --source "$source_line" \
    -o "$out/offices-by-year.$fmt"
  "$patchart" bars "$here/countries.csv" --highlight 中国 --lang zh-CN \
    --title "各国和地区的生成式AI相关专利申请数量" \
    --subtitle "中国的申请数超过其他国家和地区，排在首位（五大专利局）" \
    --source "日经XTECH、Patentfield" -o "$out/countries-highlight.$fmt"
done
echo "rendered $(ls "$out" | wc -l) files into $out"
