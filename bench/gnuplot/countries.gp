# countries.gp — applications per country/region as vertical bars, the
# figure examples/render-examples.sh draws with patchart.
load dir.'/common.gp'
set label 1 '各国和地区的生成式AI相关专利申请数量' at screen 0.025, 0.93 font title_font
set label 2 '中国的申请数超过其他国家和地区，排在首位（五大专利局）' at screen 0.025, 0.865 font subtitle_font tc rgb '#5f5f5f'
set label 3 '欧洲也在原图中（位列日本之前），但报道未给出其数值，此处未列出。' at screen 0.025, 0.10 font small_font tc rgb '#5f5f5f'
set label 4 '来源：日经XTECH、Patentfield' at screen 0.025, 0.055 font small_font tc rgb '#5f5f5f'
set lmargin at screen 0.08
set rmargin at screen 0.975
set tmargin at screen 0.80
set bmargin at screen 0.19
set yrange [0:40000]
set ytics ('0' 0, '10,000' 10000, '20,000' 20000, '30,000' 30000, '40,000' 40000) font small_font textcolor rgb '#5f5f5f' scale 0
set grid ytics lc rgb '#e3e3e3' lw 1 lt 1
set xtics font label_font scale 0 nomirror
set xzeroaxis lt 1 lc rgb '#333333'
set boxwidth 0.5
set style fill solid 1.0 noborder
plot data.'/countries.csv' every ::1 using 0:2:xtic(1) with boxes lc rgb '#1f6f9f', \
     '' every ::1 using 0:2:(commas($2)) with labels offset 0,0.8 font value_font
