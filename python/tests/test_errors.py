# SPDX-License-Identifier: MIT
"""patchart.Error: the command's file:line:col messages and exit statuses."""
import os
import pickle
import tempfile
import unittest

import patchart
from support import COUNTRIES, PATCHART, run_command


class DataErrors(unittest.TestCase):
    def test_bad_number_in_text(self):
        with self.assertRaises(patchart.Error) as caught:
            patchart.render("bars", "label,value\na,1\nb,n/a\n")
        e = caught.exception
        self.assertEqual(e.message, '<string>:3:2: column "value": expected a number, got "n/a"')
        self.assertEqual((e.status, e.code), (65, patchart.ErrorCode.DATA))
        self.assertEqual(str(e), e.message)
        self.assertIsInstance(e, Exception)

    def test_bytes_are_named_bytes(self):
        with self.assertRaises(patchart.Error) as caught:
            patchart.render("bars", b"label,value\na,1,2\n")
        self.assertRegex(caught.exception.message, r"^<bytes>:2:\d+: row has 3 fields")
        self.assertEqual(caught.exception.status, 65)

    def test_invalid_utf8_in_bytes(self):
        with self.assertRaises(patchart.Error) as caught:
            patchart.render("bars", b"label,value\n\xff,1\n")
        self.assertRegex(caught.exception.message, r"^<bytes>:2:1: invalid UTF-8 \(byte 0xFF\)")

    def test_a_file_is_named_as_given_like_the_command_does(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "bad.csv")
            with open(path, "w", encoding="utf-8") as f:
                f.write("国家,申请\n中国,30124\n美国,\"12,5\"30\n")
            with self.assertRaises(patchart.Error) as caught:
                patchart.render("bars", path)
            e = caught.exception
            self.assertTrue(e.message.startswith(path + ":3:"), e.message)
            self.assertEqual(e.status, 65)
            if PATCHART:
                status, out, err = run_command("bars", path, "-o", os.path.join(tmp, "x.svg"))
                self.assertEqual((status, out), (65, b""))
                self.assertEqual(err, "patchart: " + e.message + "\n")
                self.assertEqual(os.listdir(tmp), ["bad.csv"])

    def test_missing_file(self):
        with self.assertRaises(patchart.Error) as caught:
            patchart.render("bars", "no/such.csv")
        e = caught.exception
        self.assertEqual(e.message, "no/such.csv: cannot open: No such file or directory")
        self.assertEqual((e.status, e.code), (66, patchart.ErrorCode.INPUT))


class UsageErrors(unittest.TestCase):
    CSV = "label,value\na,1\n"

    def check(self, message, *args, **options):
        with self.assertRaises(patchart.Error) as caught:
            patchart.render(*args, **options)
        self.assertEqual(caught.exception.message, message)
        e = caught.exception
        self.assertEqual((e.status, e.code), (64, patchart.ErrorCode.USAGE))

    def test_bad_values_name_the_option(self):
        # in the library's words, as spec files name options; the command adds "--"
        self.check("top 0: expected a number of at least 1", "bars", self.CSV, top=0)
        self.check("size 0x0: width and height must be between 200 and 10000 pixels", "bars",
                   self.CSV, size=(0, 0))

    def test_unknown_option(self):
        self.check("nosuch: no such option", "bars", self.CSV, nosuch=1)
        self.check("nosuch: no such option", "bars", self.CSV, nosuch=False)

    def test_option_of_another_kind(self):
        self.check("rows x: no such option for this kind of figure", "bars", self.CSV, rows="x")

    def test_unknown_kind_and_format(self):
        self.check("kind 'pie': expected one of bars, ranking, heatmap, line", "pie", self.CSV)
        self.check("format 'gif': expected png, svg or pdf", "bars", self.CSV, format="gif")

    def test_encoding_of_text(self):
        self.check("encoding: applies to files and bytes; text is already decoded",
                   "bars", self.CSV, encoding="GB18030")

    def test_encoding_of_bytes(self):
        gbk = "国家,申请\n中国,30124\n".encode("gb18030")
        with self.assertRaises(patchart.Error) as caught:
            patchart.render("bars", gbk)
        self.assertIn("GB18030", caught.exception.message)
        self.assertEqual(caught.exception.status, 65)
        self.assertTrue(patchart.render("bars", gbk, encoding="GB18030").startswith(b"<?xml"))

    def test_nul_in_an_option(self):
        self.check("'a\\x00b': text with a NUL character", "bars", self.CSV, title="a\0b")

    @unittest.skipUnless(PATCHART, "PATCHART (the command) not set")
    def test_the_command_exits_with_the_same_status(self):
        status, _, err = run_command("bars", "--top", "0", COUNTRIES, "-o", "/nonexistent/x.svg")
        self.assertEqual(status, 64)
        self.assertIn("patchart: --top 0: expected a number of at least 1\n", err)


class Pickled(unittest.TestCase):
    def test_an_error_crosses_processes_whole(self):
        inner = patchart.Error("b.spec:9: figure b: b.csv:3:2: bad", patchart.ErrorCode.DATA)
        e = pickle.loads(pickle.dumps(patchart.Error("1 of 2 figures failed:", 1, {"b": inner})))
        self.assertEqual((e.message, e.code, e.status), ("1 of 2 figures failed:", 1, 65))
        self.assertEqual(e.failures["b"].message, inner.message)
        self.assertEqual(e.failures["b"].status, 65)


class OutputErrors(unittest.TestCase):
    def test_unwritable_output(self):
        fig = patchart.figure("bars", COUNTRIES)
        with self.assertRaises(patchart.Error) as caught:
            fig.save("/nonexistent-folder/fig.png")
        self.assertRegex(caught.exception.message, r"^/nonexistent-folder/fig.png: cannot create: ")
        e = caught.exception
        self.assertEqual((e.status, e.code), (73, patchart.ErrorCode.OUTPUT))


if __name__ == "__main__":
    unittest.main()
