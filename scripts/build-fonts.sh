#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Rebuild the bundled font subsets in fonts/ from Debian's fonts-noto-cjk.
#
#   scripts/build-fonts.sh
#
# Inputs  (Debian 12: fonts-noto-cjk 1:20220127+repack1-1, python3-fonttools 4.38):
#   /usr/share/fonts/opentype/noto/NotoSansCJK-{Regular,Bold}.ttc, face 2
#   ("Noto Sans CJK SC", Noto Sans CJK 2.004)
# Outputs:
#   fonts/NotoSansCJKsc-Regular.subset.otf
#   fonts/NotoSansCJKsc-Bold.subset.otf
#
# The outputs are byte-identical from run to run (and the script is idempotent:
# running it again rewrites the same bytes). See fonts/README.md for what is kept
# and why the CFF is desubroutinized.
#
# Environment overrides: NOTO_CJK_DIR (directory holding the .ttc files),
# PYTHON (an interpreter with fontTools; default /usr/bin/python3).

set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
out_dir="$root/fonts"

src_dir=${NOTO_CJK_DIR:-/usr/share/fonts/opentype/noto}
python=${PYTHON:-/usr/bin/python3}
face=2                          # face 2 of the OTC is Noto Sans CJK SC
family="Noto Sans CJK SC"

# Fixed environment: fontTools takes head.modified from SOURCE_DATE_EPOCH when it
# recalculates timestamps (we also keep the source's value, see below), and a
# fixed hash seed rules out any set-ordering differences between runs.
export SOURCE_DATE_EPOCH=1643241600   # 2022-01-27 00:00:00 UTC (upstream tag date)
export PYTHONHASHSEED=0
export TZ=UTC LC_ALL=C

# Code points kept (see fonts/README.md).
unicodes="U+0020-007E,U+00A0-017F,U+02C6-02DD,U+2000-206F,U+2100-218F,U+2190-21FF"
unicodes+=",U+2200-22FF,U+2460-24FF,U+2500-257F,U+25A0-25FF,U+2600-26FF,U+3000-303F"
unicodes+=",U+3040-30FF,U+31F0-31FF,U+3100-312F,U+3130-318F,U+3200-33FF,U+4E00-9FFF"
unicodes+=",U+AC00-D7A3,U+F900-FAFF,U+FE30-FE4F,U+FF00-FFEF"

die () { echo "build-fonts: $*" >&2; exit 1; }
hint="install them with: apt-get install fonts-noto-cjk python3-fonttools"

for style in Regular Bold; do
  [[ -r "$src_dir/NotoSansCJK-$style.ttc" ]] ||
    die "missing $src_dir/NotoSansCJK-$style.ttc; $hint"
done
[[ -x "$python" ]] || die "no Python interpreter at $python; $hint"
"$python" -c 'import fontTools.subset' 2>/dev/null ||
  die "$python cannot import fontTools; $hint"

# Check that face $face really is the SC face (fontconfig's view), when fc-scan exists.
if command -v fc-scan >/dev/null; then
  for style in Regular Bold; do
    got=$(fc-scan --format '%{index} %{family[0]}|%{style[0]}\n' \
            "$src_dir/NotoSansCJK-$style.ttc" | sed -n "s/^$face //p")
    [[ "$got" == "$family|$style" ]] ||
      die "face $face of NotoSansCJK-$style.ttc is '$got', expected '$family|$style'"
  done
fi

mkdir -p "$out_dir"
tmp=$(mktemp -d "$out_dir/.build-fonts.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

subset () {   # subset STYLE
  local style=$1
  "$python" - "$src_dir/NotoSansCJK-$style.ttc" "$face" "$family" "$style" \
              "$unicodes" "$tmp/NotoSansCJKsc-$style.subset.otf" "$here" <<'EOF'
import sys
from fontTools import version as ft_version
from fontTools.ttLib import TTFont
from fontTools.subset import Options, Subsetter, parse_unicodes

src, face, family, style, unicodes, out, scripts_dir = sys.argv[1:]
font = TTFont(src, fontNumber=int(face), recalcTimestamp=False, recalcBBoxes=True)
name = font["name"]
got = (name.getDebugName(1), name.getDebugName(2))
if got != (family, style):
    sys.exit(f"{src} face {face} is {got}, expected {(family, style)}")
modified = font["head"].modified

opts = Options()
opts.layout_features = ["*"]        # keep every feature: locl (JAN/KOR/ZHT/ZHH), vert, palt...
opts.layout_scripts = ["*"]
opts.name_IDs = ["*"]               # keep copyright, trademark and licence records
opts.name_languages = ["*"]
opts.name_legacy = True
opts.desubroutinize = True          # cairo 1.16 copies all local subrs into every PDF
opts.hinting = False                # the renderer uses CAIRO_HINT_STYLE_NONE; see README
opts.notdef_outline = True
opts.recalc_timestamp = False       # keep the source's head.modified
opts.canonical_order = True

subsetter = Subsetter(options=opts)
subsetter.populate(unicodes=parse_unicodes(unicodes))
subsetter.subset(font)

# The OTC shares one CFF among its faces and names it NotoSansCJKjp-*; name it
# after this face's PostScript name (name ID 6), as the standalone OTF does.
cff = font["CFF "].cff
psname = name.getDebugName(6)
cff.fontNames = [psname]
top = cff.topDictIndex[0]
if hasattr(top, "FontName"):
    top.FontName = psname

# Desubroutinized for real: no global and no local subroutines left.
assert len(cff.GlobalSubrs) == 0, "global subrs left"
for fd in getattr(top, "FDArray", []):
    assert len(getattr(fd.Private, "Subrs", [])) == 0, "local subrs left"

# Common characters' glyphs first, so that a figure's glyphs share a few
# pages of the file, and glyph i is CID i (scripts/fontorder.py).  The CIDs
# are renumbered in the saved font, whose other tables then stay as written.
sys.path.insert(0, scripts_dir)
import fontorder
fontorder.reorder_glyphs(font, fontorder.glyph_order_by_use(font))

font["head"].modified = modified
font.save(out + ".ordered", reorderTables=True)
font = TTFont(out + ".ordered", recalcTimestamp=False)
fontorder.number_cids(font)
font.save(out, reorderTables=True)
print(f"  {style}: {font['maxp'].numGlyphs} glyphs, "
      f"{len(font.getBestCmap())} code points (fontTools {ft_version})")
EOF
}

echo "Subsetting face $face ($family) of $src_dir/NotoSansCJK-{Regular,Bold}.ttc"
start=$SECONDS
# The two faces are independent; build them side by side.
subset Regular & pid_regular=$!
subset Bold & pid_bold=$!
status=0
wait "$pid_regular" || status=$?
wait "$pid_bold" || status=$?
[[ $status -eq 0 ]] || die "subsetting failed"

for style in Regular Bold; do
  mv -f "$tmp/NotoSansCJKsc-$style.subset.otf" "$out_dir/NotoSansCJKsc-$style.subset.otf"
done
echo "Done in $((SECONDS - start)) s"

echo "Inputs (sha256):"
(cd "$src_dir" && sha256sum NotoSansCJK-Regular.ttc NotoSansCJK-Bold.ttc) | sed 's/^/  /'
echo "Outputs (sha256, bytes):"
for style in Regular Bold; do
  f="NotoSansCJKsc-$style.subset.otf"
  printf '  %s  %s  %s\n' "$(cd "$out_dir" && sha256sum "$f" | cut -d' ' -f1)" \
    "fonts/$f" "$(stat -c %s "$out_dir/$f")"
done
