# applicants.gp — the applicant ranking as horizontal bars, largest on top,
# the figure examples/render-examples.sh draws with patchart.
load dir.'/common.gp'
set label 1 '中国的生成式AI相关专利申请项数排名' at screen 0.025, 0.93 font title_font
set label 2 '申请数前10名全部为中国的企业和大学（报道给出数值的部分）' at screen 0.025, 0.865 font subtitle_font tc rgb '#5f5f5f'
set label 3 '* 华为技术、阿里巴巴集团：报道仅称各超过100件，图中按下限100件画出，并非实际数值。' at screen 0.025, 0.10 font small_font tc rgb '#5f5f5f'
set label 4 '来源：日经XTECH、Patentfield' at screen 0.025, 0.055 font small_font tc rgb '#5f5f5f'
set lmargin at screen 0.165
set rmargin at screen 0.94
set tmargin at screen 0.81
set bmargin at screen 0.14
set yrange [3.6:-0.6]
set xrange [0:*]
unset xtics
set ytics font label_font scale 0 nomirror
set arrow 1 from graph 0, graph 0 to graph 0, graph 1 nohead lc rgb '#333333'
set style fill solid 1.0 noborder
# rank and label on the left, value right of the bar
plot data.'/applicants.csv' every ::1 using ($2/2):0:($2/2):(0.22):ytic(sprintf('%d  %s', $0 + 1, strcol(1))) with boxxyerror lc rgb '#1f6f9f', \
     '' every ::1 using 2:0:(sprintf('%d', $2)) with labels left offset 0.5,0 font value_font
