# ranking.gp — the applicants ranking in gnuplot, for bench/render.sh.
set terminal pngcairo size 800,500 font "Noto Sans CJK SC,10"
set output outfile
set datafile separator ","
set title ttl font ",14"
set style fill solid 1.0 noborder
set yrange [*:*] reverse
set xrange [0:*]
unset key
plot infile every ::1 using ($2*0.5):0:($2*0.5):(0.35):ytic(1) with boxxyerror lc rgb "#2a6f97", \
     '' every ::1 using 2:0:2 with labels left offset 0.5,0
