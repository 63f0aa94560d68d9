# classes.gp — patent classes x filing year as a heatmap with the values in
# the cells (a wide matrix, one empty cell), the figure
# examples/render-examples.sh draws with patchart.
load dir.'/common.gp'
set label 1 '中国各专利分类的申请项数' at screen 0.025, 0.93 font title_font
set label 2 '从2022年前后开始，“图像或视频识别或理解的布置”（G06V10）迅速增加' at screen 0.025, 0.865 font subtitle_font tc rgb '#5f5f5f'
set label 3 '示意数据：报道未给出各格数值，此处数值为虚构，仅示范图形；斜线格为无数据。' at screen 0.025, 0.10 font small_font tc rgb '#5f5f5f'
set label 4 '出处：日经XTECH、Patentfield' at screen 0.025, 0.055 font small_font tc rgb '#5f5f5f'
set lmargin at screen 0.10
set rmargin at screen 0.975
set tmargin at screen 0.81
set bmargin at screen 0.30
set palette defined (0 '#f4fad0', 1 '#d3eeb6', 2 '#9ed8b8', 3 '#5fbfc0', 4 '#2f9bc1', 5 '#2168ac', 6 '#233f94', 7 '#0f1f5c')
set cbrange [0:1500]
set cbtics ('0' 0, '500' 500, '1,000' 1000, '1,500' 1500) font small_font scale 0
set colorbox horizontal user origin screen 0.10, screen 0.19 size screen 0.45, screen 0.025 noborder
set xtics font small_font scale 0 nomirror
set ytics font label_font scale 0 nomirror
set yrange [4.5:-0.5]
set datafile missing ''
plot data.'/classes-illustrative.csv' matrix rowheaders columnheaders using 1:2:3 with image pixels, \
     '' matrix rowheaders columnheaders using 1:2:(commas($3)) with labels font value_font
