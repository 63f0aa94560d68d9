# SPDX-License-Identifier: MIT
"""Checks that a font renumbered by scripts/fontorder.py draws and shapes
as the original.

    /usr/bin/python3 scripts/check-font-order.py ORIGINAL.otf RENUMBERED.otf

ORIGINAL is the subset in upstream order (scripts/build-fonts.sh without
its renumbering step).  Each of its glyphs is expected at the place
fontorder.glyph_order_by_use() gives it, as the CID of that place.  Compares,
glyph by glyph: the outline, the horizontal and vertical metrics and the
vertical origin; then the cmap; then shapes every mapped code point with
HarfBuzz (hb-shape, Debian package libharfbuzz-bin), in lines of 64
characters, and every pair of ASCII and of kana characters, for several
languages, both directions and a few features, and compares the glyphs and
their positions.  Prints what differs and exits 1 if anything does.
"""

import re
import subprocess
import sys
import tempfile

from fontTools.pens.recordingPen import RecordingPen
from fontTools.ttLib import TTFont

import fontorder

SHAPINGS = [
    ["--language=zh-cn"], ["--language=ja"], ["--language=ko"], ["--language=zh-tw"],
    ["--language=zh-hk"], ["--language=zh-cn", "--direction=ttb"],
    ["--language=ja", "--direction=ttb"], ["--language=ja", "--features=palt,hwid"],
    ["--language=zh-cn", "--features=kern,halt"],
]


def expected_names(a):
    """Each glyph name of A -> its name in the renumbered font."""
    order = fontorder.glyph_order_by_use(a)
    return dict(zip(order, fontorder.glyph_names_by_number(len(order))))


def glyph_differences(a, b, rename):
    problems = []
    if sorted(rename.values()) != sorted(b.getGlyphOrder()):
        return ["the glyph names are not those of glyphs numbered as CIDs"]
    ga, gb = a.getGlyphSet(), b.getGlyphSet()
    for name in a.getGlyphOrder():
        pa, pb = RecordingPen(), RecordingPen()
        ga[name].draw(pa)
        gb[rename[name]].draw(pb)
        if pa.value != pb.value:
            problems.append(f"{name}: outline differs")
        for tag in ("hmtx", "vmtx"):
            if a[tag][name] != b[tag][rename[name]]:
                problems.append(f"{name}: {tag} {a[tag][name]} != {b[tag][rename[name]]}")
    vorg_a = {rename[n]: y for n, y in a["VORG"].VOriginRecords.items()}
    if vorg_a != b["VORG"].VOriginRecords:
        problems.append("VORG differs")
    return problems


def cmap_differences(a, b, rename):
    problems = []
    for ta, tb in zip(a["cmap"].tables, b["cmap"].tables):
        if ta.format == 14:
            same = tb.format == 14 and (
                {k: sorted((c, rename.get(g)) for c, g in v) for k, v in ta.uvsDict.items()} ==
                {k: sorted(v) for k, v in tb.uvsDict.items()})
        else:
            same = ta.format == tb.format and {c: rename[g] for c, g in ta.cmap.items()} == tb.cmap
        if not same:
            problems.append(f"cmap ({ta.platformID}, {ta.platEncID}) format {ta.format} differs")
    return problems


def shaped(path, font, text_file, options, rename):
    out = subprocess.run(["hb-shape", "--no-glyph-names", "--no-clusters", *options,
                          f"--text-file={text_file}", path],
                         check=True, capture_output=True, text=True).stdout
    order = [rename.get(name, name) for name in font.getGlyphOrder()]
    lines = []
    for line in out.splitlines():
        glyphs = []
        for item in line.strip("[]").split("|"):
            gid = re.match(r"\d+", item).group()  # then @x,y and +advance
            glyphs.append(order[int(gid)] + item[len(gid):])
        lines.append("|".join(glyphs))
    return lines


def shaping_differences(path_a, a, path_b, b, rename):
    problems = []
    chars = [chr(cp) for cp in sorted(a.getBestCmap()) if cp > 0x20]
    # every pair of ASCII and of kana characters too, for kerning
    pairs = [[chr(c) for c in range(0x21, 0x7F)],
             [c for c in chars if "\u3041" <= c <= "\u30FF"]]
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8") as text:
        for i in range(0, len(chars), 64):
            text.write("".join(chars[i:i + 64]) + "\n")
        for group in pairs:
            for first in group:
                text.write("".join(first + second for second in group) + "\n")
        text.flush()
        for options in SHAPINGS:
            la = shaped(path_a, a, text.name, options, rename)
            lb = shaped(path_b, b, text.name, options, {})
            bad = sum(1 for x, y in zip(la, lb) if x != y) + abs(len(la) - len(lb))
            print(f"  shaped {len(chars)} characters, {' '.join(options)}: "
                  f"{bad} of {len(la)} lines differ")
            if bad:
                problems.append(f"shaping differs with {' '.join(options)}")
    return problems


def main():
    path_a, path_b = sys.argv[1:3]
    a, b = TTFont(path_a), TTFont(path_b)
    rename = expected_names(a)
    problems = glyph_differences(a, b, rename)
    print(f"  {len(a.getGlyphOrder())} glyphs compared: {len(problems)} differences")
    problems += cmap_differences(a, b, rename)
    problems += shaping_differences(path_a, a, path_b, b, rename)
    for p in problems[:50]:
        print("  " + p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
