# SPDX-License-Identifier: MIT
"""Glyph order by use, for the bundled font subsets (scripts/build-fonts.sh).

A figure draws a hundred or so distinct characters.  In Noto Sans CJK the
glyphs of common hanzi lie all over the 11 MB CFF table, in code point
order, so FreeType touches a new 64 KB stretch of the file for almost every
one of them, and in a virtual machine each of those page faults costs
10-20 us.  With the glyphs of common characters first, a figure's glyphs
share a few stretches at the start of the file.

The order: .notdef; ASCII, Latin-1, punctuation and full-width forms; the
3,755 hanzi of GB 2312 level 1; kana; the rest of GB 2312, JIS X 0208,
KS X 1001 and Big5 level 1; every other mapped code point; then the glyphs
no code point maps to (alternates reached through GSUB), as they were.
Within each group, glyphs follow their code points, which keeps the cmap
compact.

fontTools 4.38 (Debian 12) renumbers glyphs when the glyph order changes,
but leaves the glyph lists of the layout tables in their old order, and
HarfBuzz binary-searches those lists.  reorder_glyphs() sorts them, with the
arrays that run parallel to them, and rebuilds the CFF charset and FDSelect.

The CFF charset maps each glyph to its CID.  Left as they were, the CIDs
would now be in no order, and FreeType reads such a charset one glyph at a
time whenever it opens the font: 390 us instead of 130.  number_cids() makes
glyph i CID i, which the charset says in one range.  The font uses the
Adobe-Identity-0 collection, whose CIDs mean nothing outside the font.
"""

from fontTools.cffLib import FDSelect

# Groups of code points, most used first.
_FIRST = [(0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x3000, 0x303F), (0xFF00, 0xFFEF)]
_KANA = [(0x3040, 0x30FF)]


def _decodable(codec, first_bytes, second_bytes):
    """Characters of a two-byte codec over the given byte ranges."""
    chars = set()
    for a in first_bytes:
        for b in second_bytes:
            try:
                chars.add(ord(bytes((a, b)).decode(codec)))
            except UnicodeDecodeError:
                pass
    return chars


def _ranges(ranges):
    return {c for lo, hi in ranges for c in range(lo, hi + 1)}


def code_point_groups():
    """Lists of code points, most used first (see the module's comment)."""
    gb_level1 = _decodable("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF))
    common = (_decodable("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF))
              | _decodable("euc_jp", range(0xA1, 0xF5), range(0xA1, 0xFF))
              | _decodable("euc_kr", range(0xA1, 0xFE), range(0xA1, 0xFF))
              | _decodable("big5", range(0xA4, 0xC7), list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF))))
    return [_ranges(_FIRST), gb_level1, _ranges(_KANA), common]


def glyph_order_by_use(font):
    """The font's glyphs in the order described above."""
    old = font.getGlyphOrder()
    cmap = font.getBestCmap()
    placed, order = set(), []

    def place(name):
        if name not in placed:
            placed.add(name)
            order.append(name)

    place(old[0])  # .notdef stays glyph 0
    for group in code_point_groups():
        for cp in sorted(group):
            if cp in cmap:
                place(cmap[cp])
    for cp in sorted(cmap):
        place(cmap[cp])
    for name in old:
        place(name)
    return order


class _CoverageSorter:
    """Sorts coverage tables by new glyph id, each with the lists that run
    parallel to it (one entry per covered glyph).  A coverage table shared
    by subtables is sorted from its first order every time, so that every
    list parallel to it follows."""

    def __init__(self, gid):
        self.gid = gid
        self.before = {}  # id -> (table, its glyphs as read)
        self.sorted = {}  # (id, attribute) -> object, of the parallel lists sorted

    def __call__(self, coverage, *parallel):
        before = self.before.setdefault(id(coverage), (coverage, list(coverage.glyphs)))[1]
        perm = sorted(range(len(before)), key=lambda i: self.gid[before[i]])
        coverage.glyphs = [before[i] for i in perm]
        for obj, attr in parallel:
            if (id(obj), attr) in self.sorted:
                continue  # shared with a subtable already seen
            self.sorted[(id(obj), attr)] = obj
            items = getattr(obj, attr)
            assert len(items) == len(perm), f"{attr}: {len(items)} entries for {len(perm)} glyphs"
            setattr(obj, attr, [items[i] for i in perm])


def _subtables(table):
    for lookup in table.LookupList.Lookup:
        for st in lookup.SubTable:
            yield getattr(st, "ExtSubTable", st)


def _fix_layout(font, gid):
    sort = _CoverageSorter(gid)
    for st in _subtables(font["GSUB"].table):
        kind = type(st).__name__
        if kind in ("SingleSubst", "MultipleSubst", "AlternateSubst", "LigatureSubst"):
            continue  # held as dicts by fontTools, sorted when written
        if kind == "ChainContextSubst" and st.Format == 3:
            for cov in st.BacktrackCoverage + st.InputCoverage + st.LookAheadCoverage:
                sort(cov)
            continue
        raise NotImplementedError(f"GSUB {kind} format {getattr(st, 'Format', '-')}")
    for st in _subtables(font["GPOS"].table):
        kind = type(st).__name__
        if kind == "SinglePos" and st.Format == 1:
            sort(st.Coverage)
        elif kind == "SinglePos" and st.Format == 2:
            sort(st.Coverage, (st, "Value"))
            st.ValueCount = len(st.Value)
        elif kind == "PairPos" and st.Format == 1:
            sort(st.Coverage, (st, "PairSet"))
            for pair_set in st.PairSet:
                pair_set.PairValueRecord.sort(key=lambda r: gid[r.SecondGlyph])
        elif kind == "PairPos" and st.Format == 2:
            sort(st.Coverage)  # the classes are dicts
        elif kind == "MarkBasePos" and st.Format == 1:
            sort(st.MarkCoverage, (st.MarkArray, "MarkRecord"))
            sort(st.BaseCoverage, (st.BaseArray, "BaseRecord"))
        else:
            raise NotImplementedError(f"GPOS {kind} format {getattr(st, 'Format', '-')}")
    gdef = font["GDEF"].table
    for attr in ("AttachList", "LigCaretList", "MarkGlyphSetsDef"):
        if getattr(gdef, attr, None) is not None:
            raise NotImplementedError(f"GDEF {attr}")


def _fix_cff(font, order):
    top = font["CFF "].cff.topDictIndex[0]
    top.CharStrings  # read now: it maps names to charstrings through the charset
    old_gid = {name: i for i, name in enumerate(top.charset)}
    if hasattr(top, "FDSelect"):
        # a new object: the CharStrings index still reads the old one by old glyph id
        select = FDSelect(format=top.FDSelect.format)
        select.gidArray = [top.FDSelect.gidArray[old_gid[name]] for name in order]
        top.FDSelect = select
    top.charset = list(order)


def reorder_glyphs(font, order):
    """Renumbers FONT's glyphs (an OpenType CFF font) to follow ORDER."""
    assert sorted(order) == sorted(font.getGlyphOrder()), "ORDER must hold every glyph once"
    # Everything read now, while the old numbering holds: fontTools reads
    # some parts (cmap subtables, layout subtables, CFF charstrings) only
    # when first used, and would map their glyph ids through the new order.
    font.ensureDecompiled(recurse=True)
    gid = {name: i for i, name in enumerate(order)}
    _fix_layout(font, gid)
    _fix_cff(font, order)
    font.setGlyphOrder(list(order))


def glyph_names_by_number(count):
    """The glyph names of a CID-keyed font whose glyph i is CID i."""
    return [".notdef"] + [f"cid{gid:05d}" for gid in range(1, count)]


def number_cids(font):
    """Makes glyph i of FONT (a CID-keyed OpenType CFF font read from a
    file) CID i.  Only the CFF table changes: the others number glyphs, and
    are written back as they were read."""
    top = font["CFF "].cff.topDictIndex[0]
    charstrings = top.CharStrings
    assert charstrings.charStringsAreIndexed and hasattr(top, "ROS")
    names = glyph_names_by_number(len(top.charset))
    charstrings.charStrings = {name: gid for gid, name in enumerate(names)}
    top.charset = names
