# SPDX-License-Identifier: MIT
"""patchart.Figure: rendered in any format, saved atomically, shown by Jupyter."""
import gc
import os
import re
import tempfile
import threading
import unittest
import xml.etree.ElementTree as ET

import patchart
from support import COUNTRIES, EXAMPLES, LENS, png_size

XLINK = "{http://www.w3.org/1999/xlink}"


class FigureTest(unittest.TestCase):
    def setUp(self):
        self.fig = patchart.figure("bars", COUNTRIES, title="申请量", size=(600, 400))

    def test_jupyter_reprs(self):
        svg = self.fig._repr_svg_()
        self.assertIsInstance(svg, str)
        self.assertEqual(ET.fromstring(svg).tag, "{http://www.w3.org/2000/svg}svg")
        png = self.fig._repr_png_()
        self.assertIsInstance(png, bytes)
        self.assertEqual(png_size(png), (600, 400))

    def test_svg_ids_are_the_figure_own(self):
        # in a notebook both SVGs share one page: no id may be in both.  The
        # bytes of these two both define "g0-66", the first in the bold font
        # of the title, the second in the regular one.
        titled = patchart.figure("bars", COUNTRIES, title="Applications")
        untitled = patchart.figure("heatmap", os.path.join(EXAMPLES, "classes-illustrative.csv"))
        self.assertIn(b' id="g0-66"', titled.to_bytes("svg"))
        self.assertIn(b' id="g0-66"', untitled.to_bytes("svg"))
        docs = [ET.fromstring(f._repr_svg_()) for f in (titled, untitled)]
        ids = [{e.get("id") for e in doc.iter() if e.get("id")} for doc in docs]
        self.assertTrue(ids[0] and ids[1])
        self.assertFalse(ids[0] & ids[1])
        for doc, own in zip(docs, ids):
            refs = {e.get(XLINK + "href")[1:] for e in doc.iter() if e.get(XLINK + "href")}
            refs |= {u for e in doc.iter() for v in e.attrib.values()
                     for u in re.findall(r"url\(#([^)]+)\)", v)}
            self.assertTrue(refs)
            self.assertLessEqual(refs, own)  # every reference within the figure
        # the same figure, the same text; the bytes themselves are left alone
        self.assertEqual(self.fig._repr_svg_(), self.fig._repr_svg_())

    def test_to_bytes_matches_render(self):
        self.assertEqual(self.fig.to_bytes(), patchart.render("bars", COUNTRIES, title="申请量",
                                                              size="600x400"))
        self.assertTrue(self.fig.to_bytes("pdf").startswith(b"%PDF-"))

    def test_save_by_extension_or_format(self):
        with tempfile.TemporaryDirectory() as tmp:
            self.fig.save(os.path.join(tmp, "fig.png"))
            self.fig.save(os.path.join(tmp, "fig.out"), format="svg")
            with open(os.path.join(tmp, "fig.png"), "rb") as f:
                self.assertEqual(f.read(), self.fig.to_bytes("png"))
            with open(os.path.join(tmp, "fig.out"), "rb") as f:
                self.assertEqual(f.read(), self.fig.to_bytes("svg"))
            with self.assertRaises(patchart.Error) as caught:
                self.fig.save(os.path.join(tmp, "fig.gif"))
            self.assertEqual(caught.exception.status, 64)
            self.assertEqual(sorted(os.listdir(tmp)), ["fig.out", "fig.png"])

    def test_series_stacked_and_grouped(self):
        # applicants by office from the raw export: one bar part per pair
        options = dict(count=True, label="Applicants", split=";;", series="Jurisdiction",
                       top=5)
        stacked = patchart.figure("ranking", LENS, **options).to_bytes("svg")
        grouped = patchart.figure("ranking", LENS, group=True, size=(800, 900),
                                  **options).to_bytes("svg")
        self.assertIn(b'id="legend"', stacked)
        self.assertIn(b'data-column="CN"', stacked)
        self.assertGreater(grouped.count(b'class="bar"'), stacked.count(b'class="bar"'))
        with self.assertRaises(patchart.Error) as caught:
            patchart.figure("bars", COUNTRIES, group=True)
        self.assertEqual(caught.exception.code, patchart.ErrorCode.USAGE)

    def test_language(self):
        self.assertEqual(self.fig.lang, "zh-CN")
        self.assertEqual(patchart.figure("bars", "a,b\nx,1\n").lang, "en")
        self.assertEqual(patchart.figure("bars", COUNTRIES, lang="ja").lang, "ja")
        self.assertIn("bars", repr(self.fig))

    def test_threads_share_a_figure(self):
        expected = self.fig.to_bytes("png")
        results = []

        def render():
            for _ in range(3):
                results.append(self.fig.to_bytes("png"))

        threads = [threading.Thread(target=render) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(results, [expected] * 12)

    def test_many_figures_come_and_go(self):
        # each one freed by the garbage collector; the handle is not reused
        for _ in range(50):
            fig = patchart.figure("ranking", COUNTRIES, top=2)
            self.assertTrue(fig.to_bytes("svg").startswith(b"<?xml"))
            del fig
        gc.collect()


if __name__ == "__main__":
    unittest.main()
