# SPDX-License-Identifier: MIT
"""The benchmark's figures drawn with matplotlib, with patchart's bundled font.

    /usr/bin/python3 figures.py FIGURE OUTPUT DATA_DIR FONT_DIR

FIGURE is countries, applicants, classes or heatmap500; the format follows
OUTPUT's extension.  800x500 CSS pixels as patchart's default (96 dpi for
PNG; in PDF and SVG one pixel is 0.75 pt).  Font sizes in pixels as
patchart's roles: title 22 bold, subtitle 15, label 13, value 12, small 11.5.
"""
import csv
import os
import sys

import matplotlib

matplotlib.use("Agg")
from matplotlib import font_manager  # noqa: E402
from matplotlib.colors import LinearSegmentedColormap  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402

PT = 0.75  # points per CSS pixel
TEXT, MUTED, GRID, AXIS, BAR = "#1a1a1a", "#5f5f5f", "#e3e3e3", "#333333", "#1f6f9f"
STOPS = ["#f4fad0", "#d3eeb6", "#9ed8b8", "#5fbfc0", "#2f9bc1", "#2168ac", "#233f94", "#0f1f5c"]


def setup(font_dir):
    for name in ("NotoSansCJKsc-Regular.subset.otf", "NotoSansCJKsc-Bold.subset.otf"):
        font_manager.fontManager.addfont(os.path.join(font_dir, name))
    plt.rcParams.update({
        "font.family": "Noto Sans CJK SC",
        "font.size": 13 * PT,
        "svg.hashsalt": "patchart-bench",  # reproducible SVG ids
        "axes.edgecolor": AXIS,
        "text.color": TEXT,
    })


def figure():
    return plt.figure(figsize=(800 / 96, 500 / 96), dpi=96)


def furniture(fig, title, subtitle, note, source):
    fig.text(0.025, 0.93, title, fontsize=22 * PT, fontweight="bold")
    fig.text(0.025, 0.865, subtitle, fontsize=15 * PT, color=MUTED)
    fig.text(0.025, 0.10, note, fontsize=11.5 * PT, color=MUTED)
    fig.text(0.025, 0.055, source, fontsize=11.5 * PT, color=MUTED)


def read_pairs(path):
    with open(path, encoding="utf-8") as f:
        rows = list(csv.reader(f))[1:]
    return [r[0] for r in rows], [float(r[1]) for r in rows]


def commas(v):
    return f"{v:,.0f}"


def countries(data):
    labels, values = read_pairs(os.path.join(data, "countries.csv"))
    fig = figure()
    furniture(fig, "各国和地区的生成式AI相关专利申请数量",
              "中国的申请数超过其他国家和地区，排在首位（五大专利局）",
              "欧洲也在原图中（位列日本之前），但报道未给出其数值，此处未列出。",
              "来源：日经XTECH、Patentfield")
    ax = fig.add_axes([0.08, 0.19, 0.895, 0.61])
    bars = ax.bar(range(len(values)), values, width=0.5, color=BAR)
    ax.bar_label(bars, labels=[commas(v) for v in values], fontsize=12 * PT, padding=4)
    ax.set_xticks(range(len(values)), labels, fontsize=13 * PT)
    ax.set_ylim(0, 40000)
    ax.set_yticks(range(0, 40001, 10000), [commas(v) for v in range(0, 40001, 10000)],
                  fontsize=11.5 * PT, color=MUTED)
    ax.grid(axis="y", color=GRID)
    ax.set_axisbelow(True)
    ax.tick_params(length=0)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    return fig


def applicants(data):
    labels, values = read_pairs(os.path.join(data, "applicants.csv"))
    fig = figure()
    furniture(fig, "中国的生成式AI相关专利申请项数排名",
              "申请数前10名全部为中国的企业和大学（报道给出数值的部分）",
              "* 华为技术、阿里巴巴集团：报道仅称各超过100件，图中按下限100件画出，并非实际数值。",
              "来源：日经XTECH、Patentfield")
    ax = fig.add_axes([0.165, 0.14, 0.775, 0.67])
    y = range(len(values))
    bars = ax.barh(y, values, height=0.45, color=BAR)
    ax.bar_label(bars, labels=[commas(v) for v in values], fontsize=12 * PT, padding=4)
    ax.set_yticks(y, [f"{i + 1}  {label}" for i, label in enumerate(labels)], fontsize=13 * PT)
    ax.invert_yaxis()
    ax.set_xticks([])
    ax.tick_params(length=0)
    for side in ("top", "right", "bottom"):
        ax.spines[side].set_visible(False)
    return fig


def read_wide(path):
    with open(path, encoding="utf-8") as f:
        rows = list(csv.reader(f))
    cols = rows[0][1:]
    names = [r[0] for r in rows[1:]]
    values = [[float(v) if v else float("nan") for v in r[1:]] for r in rows[1:]]
    return names, cols, values


def heatmap_axes(fig, values, vmax):
    cmap = LinearSegmentedColormap.from_list("ylgnbu", STOPS)
    cmap.set_bad("#ffffff")
    ax = fig.add_axes([0.10, 0.30, 0.875, 0.51])
    image = ax.imshow(values, cmap=cmap, vmin=0, vmax=vmax, aspect="auto",
                      interpolation="nearest")
    bar_ax = fig.add_axes([0.10, 0.19, 0.45, 0.025])
    fig.colorbar(image, cax=bar_ax, orientation="horizontal")
    bar_ax.tick_params(labelsize=11.5 * PT, length=0)
    ax.tick_params(length=0)
    for side in ax.spines.values():
        side.set_visible(False)
    return ax


def classes(data):
    names, cols, values = read_wide(os.path.join(data, "classes-illustrative.csv"))
    fig = figure()
    furniture(fig, "中国各专利分类的申请项数",
              "从2022年前后开始，“图像或视频识别或理解的布置”（G06V10）迅速增加",
              "示意数据：报道未给出各格数值，此处数值为虚构，仅示范图形；斜线格为无数据。",
              "出处：日经XTECH、Patentfield")
    ax = heatmap_axes(fig, values, 1500)
    ax.set_xticks(range(len(cols)), cols, fontsize=11.5 * PT, color=MUTED)
    ax.set_yticks(range(len(names)), names, fontsize=13 * PT)
    for r, row in enumerate(values):
        for c, v in enumerate(row):
            if v == v:
                ax.text(c, r, commas(v), ha="center", va="center", fontsize=12 * PT,
                        color="#ffffff" if v > 700 else TEXT)
    return fig


def heatmap500(data):
    names, cols, values = read_wide(os.path.join(data, "heatmap500.csv"))
    fig = figure()
    fig.text(0.025, 0.93, "500 × 500 热图", fontsize=22 * PT, fontweight="bold")
    ax = heatmap_axes(fig, values, max(max(r) for r in values))
    ax.set_xticks(range(0, len(cols), 25), cols[::25], fontsize=11.5 * PT, color=MUTED)
    ax.set_yticks(range(0, len(names), 25), names[::25], fontsize=13 * PT)
    return fig


def main():
    name, out, data, font_dir = sys.argv[1:5]
    setup(font_dir)
    fig = {"countries": countries, "applicants": applicants, "classes": classes,
           "heatmap500": heatmap500}[name](data)
    # fixed dates so the same run writes the same bytes
    fig.savefig(out, dpi=96, metadata={"CreationDate": None} if out.endswith(".pdf") else
                {"Date": None} if out.endswith(".svg") else None)


main()
