# common.gp — terminal and output for the figures, called with
#   gnuplot -e "fmt='png'; out='OUT.png'; data='DIR'" FIGURE.gp
# 800x500 CSS pixels as patchart's default; in PDF one pixel is 0.75 pt.
# Font sizes px as patchart's roles (title 22 bold, subtitle 15, label 13,
# value 12, small 11.5); cairo terminals take points: 0.75 pt per px.
font = 'Noto Sans CJK SC'
if (fmt eq 'png') {
  set terminal pngcairo size 800,500 font font.',9.75' enhanced
  px = 0.75
}
if (fmt eq 'svg') {
  set terminal svg size 800,500 font font.',13' enhanced
  px = 1.0
}
if (fmt eq 'pdf') {
  set terminal pdfcairo size 8.3333in,5.2083in font font.',9.75' fontscale 0.75 enhanced
  px = 0.75
}
set output out
set encoding utf8
set datafile separator ','
# Fonts for the furniture, in the terminal's units.
title_font = sprintf('%s Bold,%g', font, 22 * px)
subtitle_font = sprintf('%s,%g', font, 15 * px)
label_font = sprintf('%s,%g', font, 13 * px)
value_font = sprintf('%s,%g', font, 12 * px)
small_font = sprintf('%s,%g', font, 11.5 * px)
# 30124 -> "30,124"
commas(n) = (n != n) ? '' : (n < 1000) ? sprintf('%d', n) : commas(int(n / 1000)) . sprintf(',%03d', int(n) % 1000)
set border 0
unset key
