/* SPDX-License-Identifier: MIT */
/* test_describe.c — a figure's description (figure/describe.c) in each
 * language: kind, title, the top 5 values then "and N more", numbers as
 * the chart shows them, a heatmap's size, largest cell, totals and the
 * total's trend over years, a line chart's trends (peaks, incomplete
 * years, one point, no data, flat, gaps); --alt wins; every language has
 * every word. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "figure/figure.h"
#include "figure/lang.h"

static const char *const SEVEN = "country,n\n中国,30124\n美国,12530\n韩国,4123\n日本,1408\n"
                                 "德国,900\n法国,800.5\n英国,10\n";

/* The description of a figure of KIND from CSV in LANG, with TITLE and
 * ALT, the years from INCOMPLETE_FROM on incomplete (0: none). */
static char *
describe_from (patchart_kind kind, const char *csv, const char *lang, const char *title,
               const char *alt, int incomplete_from)
{
  patchart_figure_options o;
  GError *error = NULL;
  patchart_figure *f;
  char *text;

  patchart_figure_options_init (&o, kind);
  o.lang = lang;
  o.title = title;
  o.alt = alt;
  o.incomplete_from = incomplete_from;
  f = patchart_figure_new_from_data ("t.csv", csv, strlen (csv), &o, &error);
  if (f == NULL)
    fail_msg ("%s", error->message);
  text = patchart_figure_describe (f);
  patchart_figure_free (f);
  return text;
}

static char *
describe (patchart_kind kind, const char *csv, const char *lang, const char *title, const char *alt)
{
  return describe_from (kind, csv, lang, title, alt, 0);
}

static void
expect (char *text, const char *expected)
{
  assert_string_equal (text, expected);
  g_free (text);
}

static void
test_bars_in_each_language (void **state)
{
  const char *four = "country,n\n中国,30124\n美国,12530\n韩国,4123\n日本,1408\n";

  expect (describe (PATCHART_KIND_BARS, four, "zh-CN", "各国申请数", NULL),
          "柱状图：各国申请数。中国 30,124，美国 12,530，韩国 4,123，日本 1,408。");
  expect (describe (PATCHART_KIND_BARS, four, "zh-TW", "各國申請數", NULL),
          "長條圖：各國申請數。中国 30,124，美国 12,530，韩国 4,123，日本 1,408。");
  expect (describe (PATCHART_KIND_BARS, four, "ja", "出願数", NULL),
          "棒グラフ：出願数。中国 30,124、美国 12,530、韩国 4,123、日本 1,408。");
  expect (describe (PATCHART_KIND_BARS, four, "ko", "출원 수", NULL),
          "막대 그래프: 출원 수. 中国 30,124, 美国 12,530, 韩国 4,123, 日本 1,408.");
  expect (describe (PATCHART_KIND_BARS, four, "en", "Filings", NULL),
          "Bar chart: Filings. 中国 30,124, 美国 12,530, 韩国 4,123, 日本 1,408.");
}

static void
test_top_five_then_more (void **state)
{
  /* the decimals of the chart: one, since 800.5 needs it */
  expect (describe (PATCHART_KIND_RANKING, SEVEN, "en", NULL, NULL),
          "Ranking. 中国 30,124.0, 美国 12,530.0, 韩国 4,123.0, 日本 1,408.0, 德国 900.0, "
          "and 2 more.");
  expect (
      describe (PATCHART_KIND_RANKING, SEVEN, "zh-CN", NULL, NULL),
      "排名图。中国 30,124.0，美国 12,530.0，韩国 4,123.0，日本 1,408.0，德国 900.0，另有 2 项。");
  expect (
      describe (PATCHART_KIND_BARS, SEVEN, "ja", NULL, NULL),
      "棒グラフ。中国 30,124.0、美国 12,530.0、韩国 4,123.0、日本 1,408.0、德国 900.0、ほか2件。");
  expect (describe (PATCHART_KIND_BARS, SEVEN, "ko", NULL, NULL),
          "막대 그래프. 中国 30,124.0, 美国 12,530.0, 韩国 4,123.0, 日本 1,408.0, 德国 900.0, 외 "
          "2개.");
}

static void
test_heatmap_largest (void **state)
{
  /* wide: rows A..C, columns 2021..2023; B has the largest total, B/2022
   * the largest cell; a missing cell is skipped; the total (9, 46, 65)
   * rises over the years */
  const char *csv = "ipc,2021,2022,2023\nA,1,2,30\nB,5,40,\nC,3,4,35\n";

  expect (describe (PATCHART_KIND_HEATMAP, csv, "en", "Classes", NULL),
          "Heatmap: Classes. 3 rows, 3 columns. Highest: B / 2022 40. Largest row total: B (45). "
          "Total rose from 9 in 2021 to 65 in 2023.");
  expect (describe (PATCHART_KIND_HEATMAP, csv, "zh-CN", NULL, NULL),
          "热力图。3 行 × 3 列。最高：B / 2022 40。合计最大的行：B（45）。"
          "合计从2021年的9升至2023年的65。");
  expect (describe (PATCHART_KIND_HEATMAP, csv, "zh-TW", NULL, NULL),
          "熱度圖。3 列 × 3 欄。最高：B / 2022 40。合計最大的列：B（45）。"
          "合計從2021年的9升至2023年的65。");
  expect (describe (PATCHART_KIND_HEATMAP, csv, "ja", NULL, NULL),
          "ヒートマップ。3行×3列。最大：B / 2022 40。合計が最大の行：B（45）。"
          "合計は2021年の9から2023年の65に増加。");
  expect (describe (PATCHART_KIND_HEATMAP, csv, "ko", NULL, NULL),
          "히트맵. 3행 × 3열. 최대: B / 2022 40. 합계가 가장 큰 행: B(45). "
          "합계: 2021년 9에서 2023년 65까지 증가.");
}

static void
test_heatmap_without_years (void **state)
{
  /* columns that are no years: the largest column total instead of a trend */
  const char *csv = "ipc,x,y\nA,1,2\nB,5,\n";

  expect (describe (PATCHART_KIND_HEATMAP, csv, "en", NULL, NULL),
          "Heatmap. 2 rows, 2 columns. Highest: B / x 5. Largest row total: B (5), "
          "largest column total: x (6).");
}

static void
test_heatmap_total_falls_incomplete (void **state)
{
  /* the total falls 2020 -> 2022, peaks in 2021; 2023 is incomplete */
  const char *csv = "ipc,2020,2021,2022,2023\nA,10,30,4,1\nB,10,20,5,\n";

  expect (describe_from (PATCHART_KIND_HEATMAP, csv, "en", NULL, NULL, 2023),
          "Heatmap. 2 rows, 4 columns. Highest: A / 2021 30. Largest row total: A (45). "
          "Total fell from 20 in 2020 to 9 in 2022, peaking at 50 in 2021. "
          "2023 incomplete (publication lag), left out of the trend.");
}

/* Four offices over 2010..2023: China rises with a peak in 2021 (its
 * total is the largest), the US falls, Korea rises, Japan is the fourth
 * and is not told; 2023 is incomplete. */
static const char *const LINES = "office,2010,2021,2022,2023\n"
                                 "China,1204,31000,30124,50000\n"
                                 "US,900,800,700,10\n"
                                 "Korea,5,6,7,1\n"
                                 "Japan,1,1,1,1\n";

static void
test_lines_in_each_language (void **state)
{
  expect (describe_from (PATCHART_KIND_LINE, LINES, "en", "Filings", NULL, 2023),
          "Line chart: Filings. China rose from 1,204 in 2010 to 30,124 in 2022, peaking at "
          "31,000 in 2021. US fell from 900 in 2010 to 700 in 2022. Korea rose from 5 in 2010 "
          "to 7 in 2022. Other lines: 1. 2023 incomplete (publication lag), left out of the "
          "trend.");
  expect (describe_from (PATCHART_KIND_LINE, LINES, "zh-CN", NULL, NULL, 2023),
          "折线图。China从2010年的1,204升至2022年的30,124，2021年最高，为31,000。"
          "US从2010年的900降至2022年的700。Korea从2010年的5升至2022年的7。另有 1 条线。"
          "2023年数据不完整（公开滞后），未计入趋势。");
  expect (describe_from (PATCHART_KIND_LINE, LINES, "zh-TW", NULL, NULL, 2023),
          "折線圖。China從2010年的1,204升至2022年的30,124，2021年最高，為31,000。"
          "US從2010年的900降至2022年的700。Korea從2010年的5升至2022年的7。另有 1 條線。"
          "2023年資料不完整（公開滯後），未計入趨勢。");
  expect (describe_from (PATCHART_KIND_LINE, LINES, "ja", NULL, NULL, 2023),
          "折れ線グラフ。Chinaは2010年の1,204から2022年の30,124に増加（最大は2021年の31,000）。"
          "USは2010年の900から2022年の700に減少。Koreaは2010年の5から2022年の7に増加。"
          "ほか1系列。2023年はデータ不完全（公開の遅れ）、傾向には含めない。");
  expect (describe_from (PATCHART_KIND_LINE, LINES, "ko", NULL, NULL, 2023),
          "꺾은선 그래프. China: 2010년 1,204에서 2022년 30,124까지 증가 (최고 2021년 31,000). "
          "US: 2010년 900에서 2022년 700까지 감소. Korea: 2010년 5에서 2022년 7까지 증가. "
          "외 1개 계열. 2023년 데이터 불완전(공개 지연), 추세에서 제외.");
}

static void
test_lines_without_incomplete_years (void **state)
{
  /* nothing marked: 2023 counts (and China's peak is then its end; a
   * peak at the start is no peak to tell either) */
  expect (describe (PATCHART_KIND_LINE, LINES, "en", NULL, NULL),
          "Line chart. China rose from 1,204 in 2010 to 50,000 in 2023. US fell from 900 in 2010 "
          "to 10 in 2023. Korea fell from 5 in 2010 to 1 in 2023, "
          "peaking at 7 in 2022. Other lines: 1.");
}

static void
test_lines_edge_cases (void **state)
{
  /* largest total first: one point; every value missing; flat ends with a peak between;
   * flat throughout; gaps: the first and last present values */
  const char *csv = "s,2019,2020,2021,2022\n"
                    "one,,,42,\n"
                    "none,,,,\n"
                    "flat,3,,9,3\n"
                    "gaps,,2,,1\n";

  expect (describe (PATCHART_KIND_LINE, csv, "en", NULL, NULL),
          "Line chart. one was 42 in 2021. flat was 3 in both 2019 and 2022, peaking at 9 in "
          "2021. gaps fell from 2 in 2020 to 1 in 2022. Other lines: 1.");
  expect (describe (PATCHART_KIND_LINE, "s,2019,2020\nnone,,\nlevel,4,4\n", "zh-CN", NULL, NULL),
          "折线图。level在2019年和2020年均为4。none无数据。");
  expect (describe (PATCHART_KIND_LINE, "s,2019,2020\nnone,,\nlevel,4,4\n", "ja", NULL, NULL),
          "折れ線グラフ。levelは2019年も2020年も4。noneはデータなし。");
  /* a single year */
  expect (describe (PATCHART_KIND_LINE, "s,2020\na,7\n", "ko", NULL, NULL),
          "꺾은선 그래프. a: 2020년 7.");
  /* every year incomplete: no trend, only the note */
  expect (describe_from (PATCHART_KIND_LINE, "s,2020,2021\na,7,8\n", "en", NULL, NULL, 2000),
          "Line chart. 2020–2021 incomplete (publication lag), left out of the trend.");
}

static void
test_lines_not_years (void **state)
{
  /* columns that are no years are named as they are; decimals as the
   * chart writes them */
  expect (describe (PATCHART_KIND_LINE, "q,a\nQ1,1.5\nQ2,2\nQ3,1\n", "zh-CN", NULL, NULL),
          "折线图。a从Q1的1.5降至Q3的1.0，Q2最高，为2.0。");
}

static void
test_alt_wins (void **state)
{
  expect (describe (PATCHART_KIND_BARS, SEVEN, "zh-CN", "T", "各国申请数的柱状图"),
          "各国申请数的柱状图");
  /* an empty --alt is none */
  expect (describe (PATCHART_KIND_BARS, "a,n\nx,1\n", "en", NULL, ""), "Bar chart. x 1.");
}

static void
test_every_language_has_every_word (void **state)
{
  const char *langs[] = { "zh-CN", "zh-TW", "ja", "ko", "en" };

  for (guint i = 0; i < G_N_ELEMENTS (langs); i++) {
    const patchart_words *w = patchart_words_for (langs[i]);
    const char *words[] = { w->colon,   w->stop,       w->comma,      w->more, w->grid,
                            w->highest, w->top_row,    w->top_column, w->rose, w->fell,
                            w->same,    w->single,     w->empty,      w->peak, w->year,
                            w->total,   w->more_lines, w->left_out };
    assert_string_equal (w->code, langs[i]);
    for (guint k = 0; k < PATCHART_N_KINDS; k++)
      assert_non_null (w->kind_names[k]);
    for (guint k = 0; k < G_N_ELEMENTS (words); k++)
      assert_non_null (words[k]);
    assert_non_null (strstr (w->more, "{1}"));
    assert_non_null (strstr (w->grid, "{2}"));
    assert_non_null (strstr (w->top_row, "{2}"));
    assert_non_null (strstr (w->top_column, "{2}"));
    /* a trend names the series, both values and both years */
    for (guint k = 1; k <= 5; k++) {
      char arg[4];
      g_snprintf (arg, sizeof arg, "{%u}", k);
      assert_non_null (strstr (w->rose, arg));
      assert_non_null (strstr (w->fell, arg));
    }
    assert_non_null (strstr (w->peak, "{2}"));
    assert_non_null (strstr (w->year, "{1}"));
  }
}

static void
test_words_fill (void **state)
{
  const char *args[] = { "a", "b", "c" };
  char *s = patchart_words_fill ("{1} × {2}, {3} {", "a", NULL);
  assert_string_equal (s, "a × , {3} {");
  g_free (s);
  s = patchart_words_fill_n ("{3}{1}{2}{4}{0}{", args, 3);
  assert_string_equal (s, "cab{4}{0}{");
  g_free (s);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_bars_in_each_language),
    cmocka_unit_test (test_top_five_then_more),
    cmocka_unit_test (test_heatmap_largest),
    cmocka_unit_test (test_heatmap_without_years),
    cmocka_unit_test (test_heatmap_total_falls_incomplete),
    cmocka_unit_test (test_lines_in_each_language),
    cmocka_unit_test (test_lines_without_incomplete_years),
    cmocka_unit_test (test_lines_edge_cases),
    cmocka_unit_test (test_lines_not_years),
    cmocka_unit_test (test_alt_wins),
    cmocka_unit_test (test_every_language_has_every_word),
    cmocka_unit_test (test_words_fill),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
