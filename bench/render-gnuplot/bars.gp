# bars.gp — the countries figure in gnuplot, for bench/render.sh.
# gnuplot -e "infile='countries.csv'; outfile='x.png'; ttl='Title'" bars.gp
set terminal pngcairo size 800,500 font "Noto Sans CJK SC,10"
set output outfile
set datafile separator ","
set title ttl font ",14"
set style fill solid 1.0 noborder
set boxwidth 0.6
set yrange [0:*]
set grid ytics
set format y "%'.0f"
unset key
plot infile every ::1 using 0:2:xtic(1) with boxes lc rgb "#2a6f97", \
     '' every ::1 using 0:2:2 with labels offset 0,0.8
