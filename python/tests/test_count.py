# SPDX-License-Identifier: MIT
"""Raw exports counted (count=True): the synthetic Lens.org export drawn as
the article's figures, as tests/cli/test_count.sh draws them."""
import os
import tempfile
import unittest

import patchart
from support import EXAMPLES, LENS, PATCHART, pdf_text, run_command

ALIASES = os.path.join(EXAMPLES, "applicants-alias.csv")
OFFICES = os.path.join(EXAMPLES, "offices-zh.csv")


class Count(unittest.TestCase):
    def text(self, *args, **options):
        text = pdf_text(patchart.render(*args, format="pdf", **options))
        if text is None:
            self.skipTest("no pdftotext")
        return text

    def test_country_bars(self):
        text = self.text("bars", LENS, count=True, label="Jurisdiction", alias=OFFICES)
        for want in ("中国", "美国", "韩国", "日本", "246", "102"):
            self.assertIn(want, text)

    def test_applicant_ranking_with_split_and_aliases(self):
        text = self.text("ranking", LENS, count=True, label="Applicants", split=";;", alias=ALIASES,
                         where="Jurisdiction=CN", top=8, others=True)
        self.assertIn("百度", text)
        self.assertIn("其他", text)
        self.assertNotIn("BAIDU", text)

    def test_split_counts_each_value(self):
        raw = "id,classes\n1,G06N3/08;;G06V10/82\n2,G06N3/04\n3,G06V10/82\n"
        split = patchart.render("bars", raw, count=True, label="classes", split=";;", ipc="group")
        by_hand = patchart.render("bars", "class,n\nG06N3,2\nG06V10,2\n")
        self.assertEqual(split, by_hand)
        self.assertNotEqual(patchart.render("bars", raw, count=True, label="classes"), by_hand)

    def test_class_heatmap(self):
        text = self.text("heatmap", LENS, count=True, rows="IPCR Classifications", split=";;",
                         ipc="group", columns="year:Application Date", where=["Jurisdiction=CN"],
                         from_year=2014, to_year=2023, top=8)
        for want in ("G06N3", "G06V10", "2014", "2023"):
            self.assertIn(want, text)
        self.assertNotIn("G06N3/08", text)

    @unittest.skipUnless(PATCHART, "PATCHART (the command) not set")
    def test_same_bytes_as_the_command(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "applicants.png")
            status, _, err = run_command(
                "ranking", "--count", "--label", "Applicants", "--split", ";;", "--alias", ALIASES,
                "--where", "Jurisdiction=US", "--top", "3", "--others", "--lang", "ja", LENS,
                "-o", out)
            self.assertEqual((status, err), (0, ""))
            with open(out, "rb") as f:
                expected = f.read()
        got = patchart.render("ranking", LENS, format="png", count=True, label="Applicants",
                              split=";;", alias=ALIASES, where=["Jurisdiction=US"], top=3,
                              others=True, lang="ja")
        self.assertEqual(got, expected)

    def test_skipped_values_warn(self):
        raw = "id,date\n1,2020-01-02\n2,someday\n3,2021-05-06\n"
        with self.assertWarnsRegex(UserWarning, "skipped 1"):
            fig = patchart.figure("bars", raw, count=True, label="year:date", skip_invalid=True)
        self.assertEqual(fig.n_skipped, 1)
        with self.assertRaises(patchart.Error) as caught:
            patchart.figure("bars", raw, count=True, label="year:date")
        self.assertRegex(caught.exception.message, r"^<string>:3:2: ")
        self.assertEqual(caught.exception.status, 65)


if __name__ == "__main__":
    unittest.main()
