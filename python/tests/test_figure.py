"""patchart.Figure: rendered in any format, saved atomically, shown by Jupyter."""
import gc
import os
import tempfile
import threading
import unittest
import xml.etree.ElementTree as ET

import patchart
from support import COUNTRIES, png_size


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
