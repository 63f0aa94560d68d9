# heatmap500.gp — a 500 x 500 matrix as one nearest-neighbour image, labels
# on every 25th row and column.  bench/run.sh writes the values as a plain
# numeric matrix (heatmap500.dat): with the labelled CSV that patchart reads,
# gnuplot's "matrix rowheaders columnheaders" prints all 500 labels per axis.
load dir.'/common.gp'
set datafile separator whitespace
set label 1 '500 × 500 热图' at screen 0.025, 0.93 font title_font
set lmargin at screen 0.10
set rmargin at screen 0.975
set tmargin at screen 0.86
set bmargin at screen 0.30
set palette defined (0 '#f4fad0', 1 '#d3eeb6', 2 '#9ed8b8', 3 '#5fbfc0', 4 '#2f9bc1', 5 '#2168ac', 6 '#233f94', 7 '#0f1f5c')
set colorbox horizontal user origin screen 0.10, screen 0.19 size screen 0.45, screen 0.025 noborder
set cbtics font small_font scale 0
# label every 25th column and row, as patchart's stride does (gnuplot would
# otherwise print all 500 header labels on each axis)
set xtics () font small_font scale 0 nomirror
set ytics () font label_font scale 0 nomirror
do for [i = 0:499:25] {
  set xtics add (sprintf('C%03d', i + 1) i)
  set ytics add (sprintf('R%03d', i + 1) i)
}
set yrange [499.5:-0.5]
set xrange [-0.5:499.5]
plot data.'/heatmap500.dat' matrix using 1:2:3 with image
