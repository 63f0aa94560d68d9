# SPDX-License-Identifier: MIT
"""patchart.render_spec: every figure of a spec file, failures named."""
import os
import re
import tempfile
import unittest

import patchart
from support import COUNTRIES, PNG_SIGNATURE

SPEC = """
[defaults]
lang = zh-CN
format = png

[figure countries]
kind = bars
input = {countries}
output = out/countries.png
title = 申请量

[figure ranked]
kind = ranking
input = {countries}
output = out/ranked.svg
format = svg
top = 3
"""

BROKEN = """
[figure bad]
kind = bars
input = bad.csv
output = out/bad.png

[figure good]
kind = ranking
input = {countries}
output = out/good.png

[figure missing]
kind = bars
input = nosuch.csv
output = out/missing.png
"""


class RenderSpec(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name

    def tearDown(self):
        self.tmp.cleanup()

    def write(self, name, text):
        path = os.path.join(self.dir, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.format(countries=COUNTRIES))
        return path

    def read(self, *names):
        with open(os.path.join(self.dir, *names), "rb") as f:
            return f.read()

    def test_every_figure_written(self):
        spec = self.write("a.spec", SPEC)
        outputs = patchart.render_spec(spec, jobs=2)
        self.assertEqual(list(outputs), ["countries", "ranked"])
        self.assertEqual(outputs["ranked"], os.path.join(self.dir, "out", "ranked.svg"))
        png = self.read("out", "countries.png")
        self.assertTrue(png.startswith(PNG_SIGNATURE))
        direct = patchart.render("bars", COUNTRIES, format="png", lang="zh-CN", title="申请量")
        self.assertEqual(png, direct)
        self.assertTrue(self.read("out", "ranked.svg").startswith(b"<?xml"))

    def test_same_bytes_whatever_the_jobs(self):
        spec = self.write("a.spec", SPEC)
        patchart.render_spec(spec, jobs=1)
        one = self.read("out", "countries.png"), self.read("out", "ranked.svg")
        patchart.render_spec(spec)
        self.assertEqual((self.read("out", "countries.png"), self.read("out", "ranked.svg")), one)

    def test_failures_are_named_and_the_rest_written(self):
        self.write("bad.csv", "label,value\na,1\nb,many\n")
        spec = self.write("b.spec", BROKEN)
        with self.assertRaises(patchart.Error) as caught:
            patchart.render_spec(spec, jobs=2)
        e = caught.exception
        self.assertEqual(sorted(e.failures), ["bad", "missing"])
        lines = e.message.split("\n")
        self.assertEqual(lines[0], "2 of 3 figures failed:")
        self.assertRegex(lines[1], r"^" + re.escape(spec) + r":\d+: figure bad: .*bad.csv:3:2: ")
        self.assertIn("figure missing", lines[2])
        # the first failure's, in spec order
        self.assertEqual((e.status, e.code), (65, patchart.ErrorCode.DATA))
        self.assertEqual(e.failures["missing"].status, 66)
        self.assertTrue(self.read("out", "good.png").startswith(PNG_SIGNATURE))
        self.assertEqual(sorted(os.listdir(os.path.join(self.dir, "out"))), ["good.png"])

    def test_only_some_figures(self):
        self.write("bad.csv", "label,value\na,1\nb,many\n")
        spec = self.write("b.spec", BROKEN)
        outputs = patchart.render_spec(spec, only=["good", "good"])
        self.assertEqual(outputs, {"good": os.path.join(self.dir, "out", "good.png")})
        self.assertEqual(os.listdir(os.path.join(self.dir, "out")), ["good.png"])
        with self.assertRaises(patchart.Error) as caught:
            patchart.render_spec(spec, only="bad")
        self.assertEqual(list(caught.exception.failures), ["bad"])
        self.assertTrue(caught.exception.message.startswith("1 of 1 figures failed:\n"))
        with self.assertRaises(patchart.Error) as caught:
            patchart.render_spec(spec, only=["good", "nosuch"])
        self.assertEqual(caught.exception.message, "only: no [figure nosuch] in the spec")
        self.assertEqual(caught.exception.status, 64)

    def test_broken_spec(self):
        spec = self.write("c.spec", "[figure x\nkind = bars\n")
        with self.assertRaises(patchart.Error) as caught:
            patchart.render_spec(spec)
        self.assertTrue(caught.exception.message.startswith(spec + ":"), caught.exception.message)
        self.assertEqual(caught.exception.status, 64)
        with self.assertRaises(patchart.Error) as caught:
            patchart.render_spec(os.path.join(self.dir, "nosuch.spec"))
        self.assertEqual(caught.exception.status, 66)

    def test_bad_jobs(self):
        for jobs in (-1, 2000, "2", True):
            with self.subTest(jobs=jobs), self.assertRaises(patchart.Error) as caught:
                patchart.render_spec(self.write("a.spec", SPEC), jobs=jobs)
            self.assertEqual(caught.exception.status, 64)


if __name__ == "__main__":
    unittest.main()
