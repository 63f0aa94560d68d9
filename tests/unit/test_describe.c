/* SPDX-License-Identifier: MIT */
/* test_describe.c — a figure's description (figure/describe.c) in each
 * language: kind, title, the top 5 values then "and N more", numbers as
 * the chart shows them, a heatmap's size, largest cells and totals; --alt
 * wins; every language has every word. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "figure/figure.h"
#include "figure/lang.h"

static const char *const SEVEN = "country,n\n中国,30124\n美国,12530\n韩国,4123\n日本,1408\n"
                                 "德国,900\n法国,800.5\n英国,10\n";

/* The description of a figure of KIND from CSV in LANG, with TITLE and ALT. */
static char *
describe (patchart_kind kind, const char *csv, const char *lang, const char *title, const char *alt)
{
  patchart_figure_options o;
  GError *error = NULL;
  patchart_figure *f;
  char *text;

  patchart_figure_options_init (&o, kind);
  o.lang = lang;
  o.title = title;
  o.alt = alt;
  f = patchart_figure_new_from_data ("t.csv", csv, strlen (csv), &o, &error);
  if (f == NULL)
    fail_msg ("%s", error->message);
  text = patchart_figure_describe (f);
  patchart_figure_free (f);
  return text;
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
  /* wide: rows A..C, columns 2021..2023; B has the largest total, 2023
   * the largest column, B/2022 the largest cell; a missing cell is skipped */
  const char *csv = "ipc,2021,2022,2023\nA,1,2,30\nB,5,40,\nC,3,4,35\n";

  expect (describe (PATCHART_KIND_HEATMAP, csv, "en", "Classes", NULL),
          "Heatmap: Classes. 3 rows, 3 columns. Highest: B / 2022 40, C / 2023 35, A / 2023 30. "
          "Largest row total: B (45), largest column total: 2023 (65).");
  expect (describe (PATCHART_KIND_HEATMAP, csv, "zh-CN", NULL, NULL),
          "热力图。3 行 × 3 列。最高：B / 2022 40，C / 2023 35，A / 2023 30。"
          "合计最大的行：B（45），合计最大的列：2023（65）。");
  expect (describe (PATCHART_KIND_HEATMAP, csv, "zh-TW", NULL, NULL),
          "熱度圖。3 列 × 3 欄。最高：B / 2022 40，C / 2023 35，A / 2023 30。"
          "合計最大的列：B（45），合計最大的欄：2023（65）。");
  expect (describe (PATCHART_KIND_HEATMAP, csv, "ja", NULL, NULL),
          "ヒートマップ。3行×3列。最大：B / 2022 40、C / 2023 35、A / 2023 30。"
          "合計が最大の行：B（45）、合計が最大の列：2023（65）。");
  expect (describe (PATCHART_KIND_HEATMAP, csv, "ko", NULL, NULL),
          "히트맵. 3행 × 3열. 최대: B / 2022 40, C / 2023 35, A / 2023 30. "
          "합계가 가장 큰 행: B(45), 합계가 가장 큰 열: 2023(65).");
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
    const char *words[] = { w->colon, w->stop,    w->comma,   w->more,
                            w->grid,  w->highest, w->top_row, w->top_column };
    assert_string_equal (w->code, langs[i]);
    for (guint k = 0; k < PATCHART_N_KINDS; k++)
      assert_non_null (w->kind_names[k]);
    for (guint k = 0; k < G_N_ELEMENTS (words); k++)
      assert_non_null (words[k]);
    assert_non_null (strstr (w->more, "{1}"));
    assert_non_null (strstr (w->grid, "{2}"));
    assert_non_null (strstr (w->top_row, "{2}"));
    assert_non_null (strstr (w->top_column, "{2}"));
  }
}

static void
test_words_fill (void **state)
{
  char *s = patchart_words_fill ("{1} × {2}, {3} {", "a", NULL);
  assert_string_equal (s, "a × , {3} {");
  g_free (s);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_bars_in_each_language),
    cmocka_unit_test (test_top_five_then_more),
    cmocka_unit_test (test_heatmap_largest),
    cmocka_unit_test (test_alt_wins),
    cmocka_unit_test (test_every_language_has_every_word),
    cmocka_unit_test (test_words_fill),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
