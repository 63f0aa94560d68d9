# heatmap.gp — the class x year heatmap in gnuplot, for bench/render.sh.
set terminal pngcairo size 800,500 font "Noto Sans CJK SC,10"
set output outfile
set datafile separator ","
set datafile missing ""
set title ttl font ",14"
set palette defined (0 "#f7fbff", 1 "#08306b")
set yrange [*:*] reverse
unset key
plot infile matrix rowheaders columnheaders using 1:2:3 with image, \
     '' matrix rowheaders columnheaders using 1:2:(sprintf("%g", $3)) with labels font ",8"
