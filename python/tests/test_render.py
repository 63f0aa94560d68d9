# SPDX-License-Identifier: MIT
"""patchart.render: each format's bytes, inputs of every kind, options."""
import io
import os
import pathlib
import tempfile
import unittest
import xml.etree.ElementTree as ET

import patchart
from support import COUNTRIES, PATCHART, PNG_SIGNATURE, pdf_text, png_size, run_command

SVG = "{http://www.w3.org/2000/svg}"


class Formats(unittest.TestCase):
    def test_svg_is_xml_with_paths(self):
        svg = patchart.render("bars", COUNTRIES, title="申请量")
        root = ET.fromstring(svg)
        self.assertEqual(root.tag, SVG + "svg")
        self.assertEqual((root.get("width"), root.get("height")), ("800px", "500px"))
        self.assertGreater(len(list(root.iter(SVG + "path"))), 10)

    def test_png_signature_and_size(self):
        png = patchart.render("bars", COUNTRIES, format="png")
        self.assertEqual(png[:8], PNG_SIGNATURE)
        self.assertEqual(png_size(png), (800, 500))
        png = patchart.render("ranking", COUNTRIES, format="png", size=(640, 400), scale=2)
        self.assertEqual(png_size(png), (1280, 800))
        png = patchart.render("ranking", COUNTRIES, format="png", size="300x200")
        self.assertEqual(png_size(png), (300, 200))

    def test_pdf_has_the_title_as_text(self):
        pdf = patchart.render("bars", COUNTRIES, format="pdf", title="生成式AI专利申请",
                              lang="zh-CN")
        self.assertTrue(pdf.startswith(b"%PDF-"))
        self.assertTrue(pdf.rstrip().endswith(b"%%EOF"))
        text = pdf_text(pdf)
        if text is None:
            self.skipTest("no pdftotext")
        self.assertIn("生成式AI专利申请", text)
        self.assertIn("30,124", text)

    def test_same_bytes_twice(self):
        for fmt in ("png", "svg", "pdf"):
            self.assertEqual(
                patchart.render("heatmap", "r,c,v\na,2020,1\nb,2021,3\n", format=fmt),
                patchart.render("heatmap", "r,c,v\na,2020,1\nb,2021,3\n", format=fmt),
            )

    @unittest.skipUnless(PATCHART, "PATCHART (the command) not set")
    def test_same_bytes_as_the_command(self):
        with tempfile.TemporaryDirectory() as tmp:
            for fmt in ("png", "svg", "pdf"):
                out = os.path.join(tmp, "fig." + fmt)
                status, _, err = run_command("ranking", "--title", "排名", "--top", "3",
                                             COUNTRIES, "-o", out)
                self.assertEqual((status, err), (0, ""))
                with open(out, "rb") as f:
                    expected = f.read()
                got = patchart.render("ranking", COUNTRIES, format=fmt, title="排名", top=3)
                self.assertEqual(got, expected)


class Inputs(unittest.TestCase):
    def setUp(self):
        with open(COUNTRIES, "rb") as f:
            self.data = f.read()
        self.expected = patchart.render("bars", COUNTRIES)

    def test_text_bytes_path_and_file_objects_agree(self):
        inputs = {
            "str path": COUNTRIES,
            "pathlib": pathlib.Path(COUNTRIES),
            "CSV text": self.data.decode("utf-8"),
            "bytes": self.data,
            "bytearray": bytearray(self.data),
            "binary file": io.BytesIO(self.data),
            "text file": io.StringIO(self.data.decode("utf-8")),
        }
        for what, value in inputs.items():
            with self.subTest(what):
                self.assertEqual(patchart.render("bars", value), self.expected)

    def test_crlf_text_is_text(self):
        text = self.data.decode("utf-8").replace("\n", "\r\n")
        self.assertEqual(patchart.render("bars", text), self.expected)

    def test_one_line_str_is_a_path(self):
        with self.assertRaises(patchart.Error) as caught:
            patchart.render("bars", "label,value")
        self.assertEqual(caught.exception.message,
                         "label,value: cannot open: No such file or directory")
        self.assertEqual(caught.exception.status, 66)

    def test_other_types_are_refused(self):
        with self.assertRaises(TypeError):
            patchart.render("bars", 42)


class Options(unittest.TestCase):
    CSV = "label,value\n北京,3\n上海,5\n广州,2\n"

    def test_false_and_none_leave_an_option(self):
        plain = patchart.render("bars", self.CSV)
        self.assertEqual(patchart.render("bars", self.CSV, no_header=False, title=None), plain)
        self.assertNotEqual(patchart.render("bars", self.CSV, title="城市"), plain)

    def test_true_sets_a_flag(self):
        # without a header the first row is data
        rows = self.CSV.split("\n", 1)[1]
        with_header = patchart.render("bars", self.CSV)
        self.assertEqual(patchart.render("bars", rows, no_header=True), with_header)
        self.assertNotEqual(patchart.render("bars", rows), patchart.render("bars", self.CSV))

    def test_underscores_are_dashes(self):
        lens_like = "id,date\n1,2019-05-01\n2,2020-01-02\n3,2021-03-04\n"
        one = patchart.render("bars", lens_like, count=True, label="year:date", from_year=2020)
        two = patchart.render("bars", lens_like.replace("1,2019-05-01\n", ""), count=True,
                              label="year:date")
        self.assertEqual(one, two)

    def test_numbers_and_paths_as_values(self):
        self.assertEqual(
            patchart.render("bars", self.CSV, top=2, scale=1.0, format="png"),
            patchart.render("bars", self.CSV, top="2", scale="1", format="png"),
        )

    def test_a_list_repeats_a_repeatable_option(self):
        raw = "k,a,b\nx,1,1\ny,1,2\ny,1,1\nz,2,1\n"
        both = patchart.render("bars", raw, count=True, label="k", where=["a=1", "b=1"])
        only = patchart.render("bars", "k\nx\ny\n", count=True, label="k")
        self.assertEqual(both, only)
        self.assertEqual(
            patchart.render("bars", raw, count=True, label="k", where=("a=1",)),
            patchart.render("bars", raw, count=True, label="k", where="a=1"),
        )

    def test_a_list_for_a_single_option_is_an_error(self):
        with self.assertRaises(patchart.Error) as caught:
            patchart.render("bars", self.CSV, title=["a", "b"])
        self.assertEqual(caught.exception.status, 64)
        self.assertIn("title=", caught.exception.message)

    def test_options_and_kinds_are_listed(self):
        self.assertEqual(patchart.kinds()[:3], ["bars", "ranking", "heatmap"])
        names = patchart.options("bars")
        self.assertIn("no_header", names)
        self.assertIn("split", names)
        self.assertNotIn("rows", names)
        self.assertIn("rows", patchart.options("heatmap"))

    def test_version(self):
        self.assertRegex(patchart.__version__, r"^\d+\.\d+\.\d+$")


if __name__ == "__main__":
    unittest.main()
