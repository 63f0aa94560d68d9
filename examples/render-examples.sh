#!/usr/bin/env bash
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
echo "rendered $(ls "$out" | wc -l) files into $out"
