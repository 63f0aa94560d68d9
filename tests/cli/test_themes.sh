#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# test_themes.sh — --theme default|dark|print, --palette, --accent and
# --colors: every kind in every theme and format; the default theme named
# gives the same bytes as none; dark paints a dark background; print uses
# greys alone; spec [defaults] sets a theme for every figure; bad names
# and colours are usage errors that list what there is.
source "$(dirname "$0")/lib.sh"
cd "$WORK"

cat >years.csv <<'DATA'
year,CN,US,KR,JP
2019,24,10,2,2
2020,44,11,7,1
2021,34,18,8,2
2022,45,19,4,3
2023,61,22,6,2
DATA
figure () { # KIND OUT ARGS...
  local kind=$1 out=$2; shift 2
  case $kind in
    bars) run_patchart bars "$EXAMPLES/countries.csv" -o "$out" "$@" ;;
    ranking) run_patchart ranking "$EXAMPLES/applicants.csv" -o "$out" "$@" ;;
    heatmap) run_patchart heatmap "$EXAMPLES/classes-illustrative.csv" -o "$out" "$@" ;;
    line) run_patchart line years.csv --incomplete-from 2023 -o "$out" "$@" ;;
  esac
}

# The hex colours an SVG fills and strokes with, one per line.
svg_colors () { grep -o '\(fill\|stroke\|stop-color\)="#[0-9a-f]\{6\}"' "$1" | cut -d'#' -f2 | tr -d '"' | sort -u; }

for kind in bars ranking heatmap line; do
  for fmt in png svg pdf; do
    for theme in default dark print; do
      figure $kind "$kind-$theme.$fmt" --theme $theme --title "$kind $theme"
      expect_status 0 "$kind in the $theme theme ($fmt)"
    done
    figure $kind "$kind-none.$fmt" --title "$kind default"
    figure $kind "$kind-named.$fmt" --theme default --title "$kind default"
    check "$kind: --theme default = no theme ($fmt)" cmp -s "$kind-none.$fmt" "$kind-named.$fmt"
  done
  check "$kind dark SVG has the dark background" grep -q 'fill="#1f2329"' "$kind-dark.svg"
  check "$kind dark is not the default" eval '! cmp -s "$kind-dark.png" "$kind-none.png"'
  grey=1
  for c in $(svg_colors "$kind-print.svg"); do
    [ "${c:0:2}" = "${c:2:2}" ] && [ "${c:2:2}" = "${c:4:2}" ] || { grey=0; echo "colour $c in $kind-print.svg"; }
  done
  check "$kind print uses greys alone" [ $grey -eq 1 ]
  check "$kind PDF text in dark" grep -q . <(pdftotext "$kind-dark.pdf" -)
done

# --accent colours the bars; --palette the lines; --colors the heatmap.
figure bars accent.svg --accent '#c0392b'
check "--accent colours the bars" grep -q 'fill="#c0392b"' accent.svg
figure bars accent3.svg --accent 'c39'
check "--accent takes #RGB" grep -q 'fill="#cc3399"' accent3.svg
figure line tol.svg --palette tol-bright
check "--palette tol-bright: its first colour" grep -q 'stroke="#4477aa"' tol.svg
check "the default palette is Okabe-Ito" grep -q 'stroke="#0072b2"' line-none.svg
figure heatmap blues.svg --colors blues
check "--colors blues: its darkest stop" grep -q 'stop-color="#084594"' blues.svg
figure heatmap viridis.svg --colors VIRIDIS
check "scheme names ignore case" grep -q 'stop-color="#fde725"' viridis.svg

# --color-scale: values that cross zero are diverging about it unless told
# otherwise; log legends show powers of ten, quantile legends the breaks
# between classes drawn as boxes, not a gradient.
printf 'r,2019,2020,2021\nA,-5,3,12\nB,8,-12,0\nC,2,4,-1\n' >div.csv
for fmt in png svg pdf; do
  for scale in linear log quantile diverging; do
    run_patchart heatmap "$EXAMPLES/classes-illustrative.csv" --color-scale $scale -o "$scale.$fmt"
    expect_status 0 "--color-scale $scale ($fmt)"
  done
  run_patchart heatmap div.csv -o "div.$fmt"
  expect_status 0 "values across zero ($fmt)"
done
check "across zero: diverging (RdBu) by default" grep -q 'stop-color="#b2182b"' div.svg
run_patchart heatmap div.csv --color-scale linear -o div-linear.svg
check "--color-scale linear keeps the sequential scheme" eval '! grep -q "#b2182b" div-linear.svg'
expect_match "^ *−15 +−10 +−5 +0 +5 +10 +15$" "$(pdftotext -layout div.pdf - | grep " 15$")" \
  "diverging legend is centred on 0"
run_patchart heatmap "$EXAMPLES/classes-illustrative.csv" -o plain.svg
check "--color-scale linear = no option here" cmp -s linear.svg plain.svg
expect_match "^ *1 +10 +100 +1,000 +10,000$" "$(pdftotext -layout log.pdf - | grep '10,000$')" \
  "log legend: powers of ten"
expect_match "^ *2 +9 +30 +95 +260 +1,350$" "$(pdftotext -layout quantile.pdf - | grep '1,350$')" \
  "quantile legend: the breaks"
check "quantile legend has no gradient" eval '! grep -q linearGradient quantile.svg'

# Spec files: a theme in [defaults] for every figure.
cat >look.spec <<'SPEC'
[defaults]
theme = dark
colors = greys

[figure a]
kind = line
input = years.csv
output = a.svg

[figure b]
kind = heatmap
input = years.csv
output = b.svg
SPEC
run_patchart render look.spec
expect_status 0 "spec with a theme in [defaults]"
check "spec line is dark" grep -q 'fill="#1f2329"' a.svg
check "spec heatmap is dark with greys" grep -q 'stop-color="#1f1f1f"' b.svg

# Bad values.
mkdir out
bad () { # REGEX ARGS...
  local re=$1; shift
  run_patchart "$@"
  expect_status 64 "$*"
  expect_match "$re" "$err" "$* message"
  expect_no_files out "$*"
}
bad '^patchart: --theme neon: expected default, dark or print$' \
  bars "$EXAMPLES/countries.csv" --theme neon -o out/f.png
bad '^patchart: --palette rainbow: expected okabe-ito, okabe-ito-dark, tol-bright or grey$' \
  line years.csv --palette rainbow -o out/f.png
bad '^patchart: --accent red: expected a colour as #RRGGBB, e.g. #c0392b$' \
  bars "$EXAMPLES/countries.csv" --accent red -o out/f.png
bad '^patchart: --colors jet: expected ylgnbu, blues, greys, viridis or rdbu$' \
  heatmap years.csv --colors jet -o out/f.png
bad '^patchart: --color-scale cubic: expected linear, log, quantile, diverging or auto$' \
  heatmap years.csv --color-scale cubic -o out/f.png
bad '^patchart: div.csv: color-scale log needs values above 0, but A x 2019 is -5: use --color-scale quantile or linear$' \
  heatmap div.csv --color-scale log -o out/f.png
bad 'Unknown option --colors' bars "$EXAMPLES/countries.csv" --colors blues -o out/f.png

finish
