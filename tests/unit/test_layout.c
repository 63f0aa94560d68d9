/* SPDX-License-Identifier: MIT */
/* test_layout.c — "nothing is cut, nothing overlaps": every box of every
 * kind lies inside the canvas, and no text overlaps other text or a bar,
 * at sizes from 400x300 to 2000x1200, with long names in three scripts. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "render/render.h"

static const int sizes[][2] = {
  { 400, 300 },  { 480, 360 },  { 640, 400 },  { 800, 500 },
  { 1024, 768 }, { 1280, 720 }, { 1600, 900 }, { 2000, 1200 },
};

static const char long_names[] =
    "name,value\n"
    "\"Tencent Technology (Shenzhen) Co., Ltd.\",575\n"
    "中国科学院自动化研究所模式识别国家重点实验室智能感知与计算研究中心,561\n"
    "百度在线网络技术（北京）有限公司,420\n"
    "\"Beijing Baidu Netcom Science and Technology Co., Ltd.\",380\n"
    "华为技术有限公司,300\n"
    "\"삼성전자 주식회사 (Samsung Electronics Co., Ltd.)\",250\n"
    "株式会社日立製作所,200\n"
    "阿里巴巴集团,150\n"
    "\"Ping An Technology (Shenzhen) Co., Ltd.\",120\n"
    "清华大学,101\n";

static const char heatmap_wide[] =
    "class,2014,2015,2016,2017,2018,2019,2020,2021,2022,2023,2024,2025\n"
    "G06N3 基于生物学模型的计算机系统,1,2,3,4,5,6,7,8,9,10,11,12\n"
    "G06V10 图像或视频识别或理解的布置,,2,30,40,50,60,70,80,90,100,110,120\n"
    "G06F40 自然语言数据的处理,100,200,300,400,500,600,700,800,900,1000,1100,12000\n"
    "G10L13,1,1,1,1,1,1,1,1,1,1,1,\n"
    "G06T11,0,0,0,0,0,0,0,0,0,0,0,0\n"
    "H04N21,5,5,5,5,5,5,5,5,5,5,5,5\n";

static gboolean
inside (const patchart_box *b, double w, double h)
{
  const double slack = 0.5;
  return b->x >= -slack && b->y >= -slack && b->x + b->w <= w + slack && b->y + b->h <= h + slack;
}

static gboolean
overlap (const patchart_box *a, const patchart_box *b)
{
  const double slack = 0.5;
  return a->x + slack < b->x + b->w && b->x + slack < a->x + a->w && a->y + slack < b->y + b->h &&
         b->y + slack < a->y + a->h;
}

static gboolean
contains (const patchart_box *outer, const patchart_box *inner)
{
  return inner->x >= outer->x && inner->y >= outer->y &&
         inner->x + inner->w <= outer->x + outer->w && inner->y + inner->h <= outer->y + outer->h;
}

static void
check_item_pair (const patchart_item *a, const patchart_item *b, const char *what, int w, int h)
{
  gboolean a_text = a->kind == PATCHART_ITEM_TEXT, b_filled = b->kind == PATCHART_ITEM_RECT ||
                                                              b->kind == PATCHART_ITEM_HATCH ||
                                                              b->kind == PATCHART_ITEM_PIXELS;

  if (!a_text || !overlap (&a->box, &b->box))
    return;
  if (b->kind == PATCHART_ITEM_TEXT || (b_filled && !contains (&b->box, &a->box)))
    fail_msg ("%s at %dx%d: text at %.1f,%.1f %.1fx%.1f overlaps item %d at %.1f,%.1f %.1fx%.1f",
              what, w, h, a->box.x, a->box.y, a->box.w, a->box.h, b->kind, b->box.x, b->box.y,
              b->box.w, b->box.h);
}

static void
check_layout (const patchart_layout *layout, const char *what, int w, int h)
{
  GArray *items = layout->items;

  for (guint i = 0; i < items->len; i++) {
    const patchart_item *a = &g_array_index (items, patchart_item, i);
    if (!inside (&a->box, w, h))
      fail_msg ("%s at %dx%d: item %u (kind %d) at %.1f,%.1f %.1fx%.1f leaves the canvas", what, w,
                h, i, a->kind, a->box.x, a->box.y, a->box.w, a->box.h);
    for (guint j = 0; j < items->len; j++)
      if (i != j)
        check_item_pair (a, &g_array_index (items, patchart_item, j), what, w, h);
  }
}

static void
check_kind (patchart_kind kind, const char *csv, const char *what)
{
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++) {
    patchart_figure_options options;
    GError *error = NULL;
    patchart_figure *figure;
    patchart_layout *layout;

    patchart_figure_options_init (&options, kind);
    options.width = sizes[s][0];
    options.height = sizes[s][1];
    options.title =
        "一个很长很长的标题：生成式AI相关专利申请数量在五大专利局的分布与变化（2014–2025年）";
    options.subtitle =
        "A subtitle in English that is long enough to need a second line at small sizes";
    options.note = "注：本图为测试用数据。Note: test data, not real figures.";
    options.source = "日经XTECH、Patentfield";
    /* ten ranked names under four lines of furniture need more than 300 px */
    if (kind == PATCHART_KIND_RANKING && options.height < 400)
      options.top = 6;
    figure = patchart_figure_new_from_data ("test.csv", csv, strlen (csv), &options, &error);
    if (figure == NULL)
      fail_msg ("%s: %s", what, error->message);
    layout = patchart_figure_layout (figure, &error);
    if (layout == NULL)
      fail_msg ("%s at %dx%d: %s", what, sizes[s][0], sizes[s][1], error->message);
    check_layout (layout, what, sizes[s][0], sizes[s][1]);
    patchart_layout_free (layout);
    patchart_figure_free (figure);
  }
}

static void
test_bars_fit (void **state)
{
  check_kind (PATCHART_KIND_BARS, long_names, "bars");
}

static void
test_ranking_fits (void **state)
{
  check_kind (PATCHART_KIND_RANKING, long_names, "ranking");
}

static void
test_heatmap_fits (void **state)
{
  check_kind (PATCHART_KIND_HEATMAP, heatmap_wide, "heatmap");
}

/* A big matrix: its cells are one image of a pixel per cell (missing cells
 * grey), not a rectangle each, and everything still fits. */
static void
test_big_heatmap_is_one_image (void **state)
{
  GString *csv = g_string_new ("row");
  patchart_figure_options options;
  patchart_figure *figure;
  patchart_layout *layout;
  GError *error = NULL;
  const patchart_item *grid = NULL;
  const guint32 *rgb;
  guint n_pixels = 0, n_rects = 0;

  for (int c = 0; c < 200; c++)
    g_string_append_printf (csv, ",C%d", c);
  for (int r = 0; r < 150; r++) {
    g_string_append_printf (csv, "\nR%d", r);
    for (int c = 0; c < 200; c++)
      g_string_append_printf (csv, r == 7 && c == 3 ? "," : ",%d", (r * c) % 100);
  }
  g_string_append_c (csv, '\n');
  check_kind (PATCHART_KIND_HEATMAP, csv->str, "heatmap 150x200");

  patchart_figure_options_init (&options, PATCHART_KIND_HEATMAP);
  figure = patchart_figure_new_from_data ("t.csv", csv->str, csv->len, &options, &error);
  layout = patchart_figure_layout (figure, &error);
  assert_non_null (layout);
  for (guint i = 0; i < layout->items->len; i++) {
    const patchart_item *it = &g_array_index (layout->items, patchart_item, i);
    n_pixels += it->kind == PATCHART_ITEM_PIXELS;
    n_rects += it->kind == PATCHART_ITEM_RECT;
    if (it->kind == PATCHART_ITEM_PIXELS)
      grid = it;
  }
  assert_int_equal (n_pixels, 1);
  assert_true (n_rects < 10);
  assert_int_equal (grid->pixels.width, 200);
  assert_int_equal (grid->pixels.height, 150);
  rgb = g_bytes_get_data (grid->pixels.rgb, NULL);
  assert_int_equal (rgb[7 * 200 + 3], patchart_rgb24 (layout->palette->missing_hatch));
  assert_int_not_equal (rgb[7 * 200 + 4], patchart_rgb24 (layout->palette->missing_hatch));
  patchart_layout_free (layout);
  patchart_figure_free (figure);
  g_string_free (csv, TRUE);
}

/* The checker itself must catch a label pushed off the canvas. */
static void
test_checker_catches_overflow (void **state)
{
  patchart_figure_options options;
  patchart_figure *figure;
  patchart_layout *layout;
  GError *error = NULL;
  patchart_item *item;
  patchart_box saved;

  patchart_figure_options_init (&options, PATCHART_KIND_BARS);
  figure =
      patchart_figure_new_from_data ("t.csv", long_names, strlen (long_names), &options, &error);
  layout = patchart_figure_layout (figure, &error);
  assert_non_null (layout);
  item = &g_array_index (layout->items, patchart_item, layout->items->len - 2);
  saved = item->box;
  item->box.x = layout->width - 1;
  assert_false (inside (&item->box, layout->width, layout->height));
  item->box = saved;
  assert_true (inside (&item->box, layout->width, layout->height));
  patchart_layout_free (layout);
  patchart_figure_free (figure);
}

/* Too many rows for the height is a clear error, not overlapping text. */
static void
test_ranking_too_dense_is_an_error (void **state)
{
  patchart_figure_options options;
  patchart_figure *figure;
  GError *error = NULL;
  GString *csv = g_string_new ("name,value\n");

  for (int i = 0; i < 200; i++)
    g_string_append_printf (csv, "applicant %d,%d\n", i, 1000 - i);
  patchart_figure_options_init (&options, PATCHART_KIND_RANKING);
  figure = patchart_figure_new_from_data ("t.csv", csv->str, csv->len, &options, &error);
  assert_non_null (figure);
  assert_null (patchart_figure_layout (figure, &error));
  assert_int_equal (error->code, PATCHART_ERROR_USAGE);
  assert_string_equal (error->message,
                       "200 names do not fit a 800x500 figure: use --top N or a taller --size");
  g_error_free (error);
  patchart_figure_free (figure);
  g_string_free (csv, TRUE);
}

/* Long names are shortened visibly (wrapped or ellipsized), never cut. */
static void
test_ranking_fits_long_names (void **state)
{
  patchart_figure_options options;
  patchart_figure *figure;
  patchart_layout *layout;
  GError *error = NULL;
  guint shortened = 0;

  patchart_figure_options_init (&options, PATCHART_KIND_RANKING);
  options.width = 400;
  options.height = 300;
  figure =
      patchart_figure_new_from_data ("t.csv", long_names, strlen (long_names), &options, &error);
  layout = patchart_figure_layout (figure, &error);
  assert_non_null (layout);
  for (guint i = 0; i < layout->items->len; i++) {
    const patchart_item *it = &g_array_index (layout->items, patchart_item, i);
    if (it->kind == PATCHART_ITEM_TEXT && patchart_text_block_ellipsized (it->text))
      shortened++;
  }
  assert_true (shortened >= 2);
  patchart_layout_free (layout);
  patchart_figure_free (figure);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_bars_fit),
    cmocka_unit_test (test_ranking_fits),
    cmocka_unit_test (test_heatmap_fits),
    cmocka_unit_test (test_big_heatmap_is_one_image),
    cmocka_unit_test (test_checker_catches_overflow),
    cmocka_unit_test (test_ranking_fits_long_names),
    cmocka_unit_test (test_ranking_too_dense_is_an_error),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
