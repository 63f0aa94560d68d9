# SPDX-License-Identifier: MIT
"""Objects with to_csv(): a pandas DataFrame when pandas is installed
(Debian: python3-pandas), and a stand-in that always runs."""
import unittest

import patchart
from support import COUNTRIES

try:
    import pandas
except ImportError:
    pandas = None


class Table:
    """The part of a DataFrame patchart uses."""

    def __init__(self, text):
        self.text = text
        self.calls = []

    def to_csv(self, index=True):
        self.calls.append(index)
        return self.text


class ToCsv(unittest.TestCase):
    def test_an_object_with_to_csv(self):
        with open(COUNTRIES, encoding="utf-8") as f:
            text = f.read()
        table = Table(text)
        self.assertEqual(patchart.render("bars", table), patchart.render("bars", COUNTRIES))
        self.assertEqual(table.calls, [False])  # pandas' row numbers are no column

    def test_errors_name_the_type(self):
        with self.assertRaises(patchart.Error) as caught:
            patchart.render("bars", Table("a,b\nx,y\n"))
        self.assertRegex(caught.exception.message, r"^<Table>:2:2: ")


@unittest.skipIf(pandas is None, "pandas is not installed (Debian: python3-pandas)")
class DataFrame(unittest.TestCase):
    def test_a_dataframe_draws_as_its_csv(self):
        df = pandas.DataFrame({"国家": ["中国", "美国", "韩国"],
                               "申请": [30124, 12530, 4123]})
        self.assertEqual(
            patchart.render("bars", df, format="png", title="申请量"),
            patchart.render("bars", "国家,申请\n中国,30124\n美国,12530\n韩国,4123\n",
                            format="png", title="申请量"),
        )

    def test_a_grouped_frame_keeps_its_labels(self):
        records = pandas.DataFrame({"office": ["CN", "US", "CN", "KR", "CN"], "n": [1, 1, 1, 1, 1]})
        grouped = records.groupby("office").sum()  # the labels are the index
        self.assertEqual(
            patchart.render("bars", grouped, sort="none"),
            patchart.render("bars", "office,n\nCN,3\nKR,1\nUS,1\n", sort="none"),
        )

    def test_raw_records_counted(self):
        df = pandas.DataFrame({"id": [1, 2, 3, 4],
                               "applicants": ["百度;;腾讯", "百度", "华为", "腾讯;;华为"]})
        self.assertEqual(
            patchart.render("ranking", df, count=True, label="applicants", split=";;"),
            patchart.render("ranking", "name,n\n百度,2\n腾讯,2\n华为,2\n"),
        )

    def test_bad_cell_named_like_a_file(self):
        df = pandas.DataFrame({"label": ["a", "b"], "value": ["1", "lots"]})
        with self.assertRaises(patchart.Error) as caught:
            patchart.render("bars", df)
        self.assertEqual(caught.exception.message,
                         '<DataFrame>:3:2: column "value": expected a number, got "lots"')
        self.assertEqual(caught.exception.status, 65)


if __name__ == "__main__":
    unittest.main()
