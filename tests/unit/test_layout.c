/* SPDX-License-Identifier: MIT */
/* test_layout.c — "nothing is cut, nothing overlaps", on a stress set of
 * many, long, Japanese, Korean and mixed labels, 25 bars, a 20x15
 * heatmap, tiny, negative and million values, at sizes from 400x300 to
 * 2000x1200: every box lies inside the canvas; no text overlaps other text
 * or a bar; no text is under 10 px; no label is broken inside a word; every
 * category is labelled.  Where a figure cannot be drawn so, it is an error
 * that says what to change, and only at the smaller sizes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "render/render.h"
#include "text/breaks.h"

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

static const char line_wide[] =
    "year,中国,美国,\"Korea (Republic of) — Korean Intellectual Property Office\",日本国特許庁\n"
    "2014,820,610,150,90\n2015,1100,700,180,\n2017,2400,950,300,120\n"
    "2018,3600,1150,380,140\n2019,5200,1400,460,150\n2020,7100,1700,540,170\n"
    "2021,8900,1900,600,180\n2022,9800,2100,640,190\n2023,6100,1300,420,110\n"
    "2024,1900,400,130,40\n";

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
  patchart_box a_ink, b_ink;

  if (!a_text)
    return;
  a_ink = patchart_item_ink (a);
  if (b->kind == PATCHART_ITEM_TEXT) {
    b_ink = patchart_item_ink (b);
    if (overlap (&a_ink, &b_ink))
      fail_msg ("%s at %dx%d: text \"%s\" overlaps text \"%s\"", what, w, h,
                patchart_text_block_shown (a->text), patchart_text_block_shown (b->text));
  } else if (b_filled && overlap (&a_ink, &b->box) && !contains (&b->box, &a->box)) {
    fail_msg ("%s at %dx%d: text \"%s\" at %.1f,%.1f %.1fx%.1f overlaps item %d at %.1f,%.1f "
              "%.1fx%.1f",
              what, w, h, patchart_text_block_shown (a->text), a->box.x, a->box.y, a->box.w,
              a->box.h, b->kind, b->box.x, b->box.y, b->box.w, b->box.h);
  }
}

/* Every line of text item IT starts where breaks.c allows a line to. */
static void
check_breaks (const patchart_item *it, const char *lang, const char *what, int w, int h)
{
  const char *given = patchart_text_block_string (it->text);
  const char *shown = patchart_text_block_shown (it->text);
  glong n, k = 0;
  patchart_break *breaks = patchart_breaks_find (given, lang, &n);
  const char *g = given;

  if (patchart_text_block_cut (it->text))
    fail_msg ("%s at %dx%d: \"%s\" is cut inside a word", what, w, h, given);
  for (const char *p = shown; *p != '\0' && *g != '\0'; p = g_utf8_next_char (p)) {
    gunichar c = g_utf8_get_char (p);

    if (c == '\n' && g_utf8_get_char (g) != '\n') {
      while (*g != '\0' && g_unichar_isspace (g_utf8_get_char (g)))
        g = g_utf8_next_char (g), k++; /* the spaces a break swallowed */
      if (k < n && breaks[k] == PATCHART_BREAK_NO)
        fail_msg ("%s at %dx%d: \"%s\" shown as \"%s\" breaks inside a word", what, w, h, given,
                  shown);
      continue;
    }
    while (*g != '\0' && g_utf8_get_char (g) != c)
      g = g_utf8_next_char (g), k++; /* spaces before a break */
    if (*g != '\0')
      g = g_utf8_next_char (g), k++;
  }
  g_free (breaks);
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
    if (a->kind == PATCHART_ITEM_TEXT && patchart_text_block_size (a->text) < 10 - 1e-9)
      fail_msg ("%s at %dx%d: \"%s\" is %.1f px", what, w, h, patchart_text_block_string (a->text),
                patchart_text_block_size (a->text));
    if (a->kind == PATCHART_ITEM_TEXT)
      check_breaks (a, layout->lang, what, w, h);
    for (guint j = 0; j < items->len; j++)
      if (i != j)
        check_item_pair (a, &g_array_index (items, patchart_item, j), what, w, h);
  }
}

/* Whether some text item of LAYOUT shows LABEL (whole or shortened). */
static gboolean
labelled (const patchart_layout *layout, const char *label)
{
  for (guint i = 0; i < layout->items->len; i++) {
    const patchart_item *it = &g_array_index (layout->items, patchart_item, i);
    if (it->kind == PATCHART_ITEM_TEXT &&
        strcmp (patchart_text_block_string (it->text), label) == 0)
      return TRUE;
  }
  return FALSE;
}

static void
check_labelled (const patchart_layout *layout, const patchart_figure *figure, const char *what,
                int w, int h)
{
  const patchart_series *s = figure->series;
  const patchart_matrix *m = figure->matrix;

  for (guint i = 0; s != NULL && i < s->n_items; i++)
    if (!labelled (layout, s->labels[i]))
      fail_msg ("%s at %dx%d: \"%s\" has no label", what, w, h, s->labels[i]);
  for (guint j = 0; s != NULL && j < s->n_parts; j++)
    if (!labelled (layout, s->part_names[j]))
      fail_msg ("%s at %dx%d: series \"%s\" is not in the legend", what, w, h, s->part_names[j]);
  /* past eight lines, when some are highlighted, only those are named */
  for (guint i = 0; m != NULL && i < m->n_rows; i++)
    if (!labelled (layout, m->row_labels[i]) &&
        !(figure->highlighted != NULL && !figure->highlighted[i] && m->n_rows > 8))
      fail_msg ("%s at %dx%d: row \"%s\" has no label", what, w, h, m->row_labels[i]);
}

/* A figure of KIND from CSV at every size, with a title and source (and
 * a subtitle and note where there is room for four lines of furniture),
 * checked as above.  Small sizes may refuse, with a usage error that
 * names what to change. */
static void
check_kind_with (patchart_kind kind, const char *csv, const char *what,
                 void (*adjust) (patchart_figure_options *options))
{
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++) {
    patchart_figure_options options;
    GError *error = NULL;
    patchart_figure *figure;
    patchart_layout *layout;
    int w = sizes[s][0], h = sizes[s][1];

    patchart_figure_options_init (&options, kind);
    options.width = w;
    options.height = h;
    options.title =
        "一个很长很长的标题：生成式AI相关专利申请数量在五大专利局的分布与变化（2014–2025年）";
    options.source = "日经XTECH、Patentfield";
    if (h >= 400) {
      options.subtitle =
          "A subtitle in English that is long enough to need a second line at small sizes";
      options.note = "注：本图为测试用数据。Note: test data, not real figures.";
    }
    /* twenty names stacked beside the lines need more than 300 px */
    if (kind == PATCHART_KIND_LINE && options.height < 400)
      options.top = 8;
    options.incomplete_from = kind == PATCHART_KIND_LINE ? 2023 : 0;
    if (adjust != NULL)
      adjust (&options);
    figure = patchart_figure_new_from_data ("test.csv", csv, strlen (csv), &options, &error);
    if (figure == NULL)
      fail_msg ("%s: %s", what, error->message);
    layout = patchart_figure_layout (figure, &error);
    if (layout == NULL) {
      if (h < 700 && error->code == PATCHART_ERROR_USAGE &&
          (strstr (error->message, "--size") != NULL || strstr (error->message, "--top"))) {
        g_error_free (error);
        patchart_figure_free (figure);
        continue;
      }
      fail_msg ("%s at %dx%d: %s", what, w, h, error->message);
    }
    check_layout (layout, what, w, h);
    check_labelled (layout, figure, what, w, h);
    patchart_layout_free (layout);
    patchart_figure_free (figure);
  }
}

static void
check_kind (patchart_kind kind, const char *csv, const char *what)
{
  check_kind_with (kind, csv, what, NULL);
}

/* The contents of the stress file NAME (tests/data/stress/). */
static char *
stress_file (const char *name)
{
  const char *dir = g_getenv ("PATCHART_TEST_DATA");
  char *path = g_build_filename (dir ? dir : "tests/data", "stress", name, NULL);
  char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    fail_msg ("cannot read %s", path);
  g_free (path);
  return contents;
}

static void
check_stress (patchart_kind kind, const char *name)
{
  char *csv = stress_file (name);
  char *what = g_strdup_printf ("%s %s", patchart_kind_get_name (kind), name);

  check_kind (kind, csv, what);
  g_free (what);
  g_free (csv);
}

static void
stacked (patchart_figure_options *options)
{
  options->series_column = "office";
}

static void
grouped (patchart_figure_options *options)
{
  options->series_column = "office";
  options->group = TRUE;
}

/* five series side by side, each with its value, need rows of five lines */
static void
grouped_top (patchart_figure_options *options)
{
  grouped (options);
  options->top = 5;
}

static void
grouped_vertical (patchart_figure_options *options)
{
  grouped (options);
  options->top = 4;
  options->orient = PATCHART_ORIENT_VERTICAL;
}

/* Bars split by series (long names in three scripts, five offices):
 * stacked and grouped, as bars and as a ranking. */
static void
check_series_stress (const char *name)
{
  char *csv = stress_file (name);

  check_kind_with (PATCHART_KIND_BARS, csv, "stacked bars", stacked);
  check_kind_with (PATCHART_KIND_RANKING, csv, "stacked ranking", stacked);
  check_kind_with (PATCHART_KIND_BARS, csv, "grouped bars", grouped_top);
  check_kind_with (PATCHART_KIND_BARS, csv, "grouped vertical bars", grouped_vertical);
  check_kind_with (PATCHART_KIND_RANKING, csv, "grouped ranking", grouped_top);
  g_free (csv);
}

static void
test_stress_set (void **state)
{
  static const char *const series_files[] = {
    "economies-illustrative.csv",       "applicants-en-illustrative.csv",
    "applicants-ja-illustrative.csv",   "applicants-ko-illustrative.csv",
    "mixed-illustrative.csv",           "values-tiny-illustrative.csv",
    "values-millions-illustrative.csv",
  };

  (void) state;
  for (guint i = 0; i < G_N_ELEMENTS (series_files); i++) {
    check_stress (PATCHART_KIND_BARS, series_files[i]);
    check_stress (PATCHART_KIND_RANKING, series_files[i]);
  }
  check_stress (PATCHART_KIND_BARS, "values-negative-illustrative.csv");
  check_series_stress ("series-illustrative.csv");
  check_stress (PATCHART_KIND_HEATMAP, "ipc-20x15-illustrative.csv");
}

/* A new layout of NAME drawn as KIND with OPTIONS at their defaults but
 * for ADJUST; NULL with *ERROR set when it cannot be. */
static patchart_layout *
layout_of (patchart_kind kind, const char *name, void (*adjust) (patchart_figure_options *),
           patchart_figure **figure, GError **error)
{
  char *csv = stress_file (name);
  patchart_figure_options options;
  patchart_layout *layout = NULL;

  patchart_figure_options_init (&options, kind);
  if (adjust != NULL)
    adjust (&options);
  *figure = patchart_figure_new_from_data (name, csv, strlen (csv), &options, error);
  if (*figure != NULL)
    layout = patchart_figure_layout (*figure, error);
  g_free (csv);
  return layout;
}

/* The shown texts of LAYOUT, one per line. */
static char *
shown_texts (const patchart_layout *layout)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < layout->items->len; i++) {
    const patchart_item *it = &g_array_index (layout->items, patchart_item, i);
    if (it->kind == PATCHART_ITEM_TEXT)
      g_string_append_printf (out, "%s\n", patchart_text_block_shown (it->text));
  }
  return g_string_free (out, FALSE);
}

static void
expect_texts (patchart_kind kind, const char *name, void (*adjust) (patchart_figure_options *),
              const char *const *present, const char *const *absent)
{
  patchart_figure *figure = NULL;
  GError *error = NULL;
  patchart_layout *layout = layout_of (kind, name, adjust, &figure, &error);
  char *texts;

  if (layout == NULL)
    fail_msg ("%s: %s", name, error->message);
  texts = shown_texts (layout);
  for (guint i = 0; present != NULL && present[i] != NULL; i++)
    if (strstr (texts, present[i]) == NULL)
      fail_msg ("%s: no \"%s\" among:\n%s", name, present[i], texts);
  for (guint i = 0; absent != NULL && absent[i] != NULL; i++)
    if (strstr (texts, absent[i]) != NULL)
      fail_msg ("%s: \"%s\" is shown among:\n%s", name, absent[i], texts);
  g_free (texts);
  patchart_layout_free (layout);
  patchart_figure_free (figure);
}

static void
unsorted (patchart_figure_options *o)
{
  o->sort = PATCHART_SORT_NONE;
}

static void
english_units_none (patchart_figure_options *o)
{
  o->lang = "en";
  o->units = "none";
}

static void
english (patchart_figure_options *o)
{
  o->lang = "en";
}

static void
axis_titles (patchart_figure_options *o)
{
  o->value_title = "Patent families (illustrative)";
  o->label_title = "Applicant";
}

/* Numbers as readers expect them: 万 for Chinese, k/M for English, a real
 * minus sign, decimals that keep 0.0012 and 0.0005 apart. */
static void
test_numbers_shown (void **state)
{
  const char *const myriads[] = { "512万", "162万", "46万", NULL };
  const char *const no_grouping[] = { "5,123,456", NULL };
  const char *const millions[] = { "5.12M", "1.62M", "0.46M", NULL };
  const char *const plain[] = { "5,123,456", "1,620,000", NULL };
  const char *const minus[] = { "\u22121,250", "\u221286", NULL };
  const char *const hyphen[] = { "-1,250", NULL };
  const char *const tiny[] = { "0.0012", "0.0005", "0.0021", NULL };

  (void) state;
  expect_texts (PATCHART_KIND_BARS, "values-millions-illustrative.csv", NULL, myriads, no_grouping);
  expect_texts (PATCHART_KIND_BARS, "values-millions-illustrative.csv", english, millions, NULL);
  expect_texts (PATCHART_KIND_RANKING, "values-millions-illustrative.csv", english_units_none,
                plain, NULL);
  expect_texts (PATCHART_KIND_BARS, "values-negative-illustrative.csv", NULL, minus, hyphen);
  expect_texts (PATCHART_KIND_RANKING, "values-tiny-illustrative.csv", NULL, tiny, NULL);
}

/* Year bars from --incomplete-from on are hatched, with the note. */
static void
test_incomplete_year_bars (void **state)
{
  static const char csv[] = "year,n\n2019,10\n2020,20\n2021,30\n2022,25\n2023,5\n";
  patchart_figure_options options;
  patchart_figure *figure;
  patchart_layout *layout;
  GError *error = NULL;
  guint hatched = 0, filled = 0;

  (void) state;
  patchart_figure_options_init (&options, PATCHART_KIND_BARS);
  options.sort = PATCHART_SORT_NONE;
  options.incomplete_from = 2022;
  options.lang = "en";
  figure = patchart_figure_new_from_data ("t.csv", csv, strlen (csv), &options, &error);
  layout = figure ? patchart_figure_layout (figure, &error) : NULL;
  assert_non_null (layout);
  check_layout (layout, "incomplete year bars", 800, 500);
  for (guint i = 0; i < layout->items->len; i++) {
    const patchart_item *it = &g_array_index (layout->items, patchart_item, i);
    hatched += it->kind == PATCHART_ITEM_HATCH;
    filled += it->kind == PATCHART_ITEM_RECT && it->box.w < 40;
  }
  assert_int_equal (hatched, 2);
  assert_int_equal (filled, 3);
  assert_true (labelled (layout, "2022–2023 incomplete (publication lag)"));
  patchart_layout_free (layout);
  patchart_figure_free (figure);
}

/* Axis titles are drawn, and everything still fits. */
static void
test_axis_titles (void **state)
{
  const char *const titles[] = { "Patent families (illustrative)", "Applicant", NULL };

  (void) state;
  expect_texts (PATCHART_KIND_BARS, "applicants-ko-illustrative.csv", axis_titles, titles, NULL);
  expect_texts (PATCHART_KIND_RANKING, "applicants-en-illustrative.csv", axis_titles, titles, NULL);
  check_kind_with (PATCHART_KIND_BARS, "name,value\nA,1\nB,2\n", "bars with axis titles",
                   axis_titles);
}

/* Ranks only when the order is by value. */
static void
test_ranks_only_by_value (void **state)
{
  const char *const ranked[] = { "1\n", "2\n", NULL };
  const char *const unranked[] = { "1\n", "2\n", NULL };

  (void) state;
  expect_texts (PATCHART_KIND_RANKING, "applicants-ko-illustrative.csv", NULL, ranked, NULL);
  expect_texts (PATCHART_KIND_RANKING, "applicants-ko-illustrative.csv", unsorted, NULL, unranked);
}

/* Ties ranked as newspapers do; the others bar grey, after a gap, with
 * no rank. */
static void
test_ties_and_others (void **state)
{
  static const char csv[] = "name,value\nA,50\nB,40\nC,40\nD,30\nE,20\nF,10\n";
  patchart_figure_options options;
  patchart_figure *figure;
  patchart_layout *layout;
  GError *error = NULL;
  GString *ranks = g_string_new (NULL);
  const patchart_item *last_bar = NULL, *before = NULL;
  double bar_y[8];
  guint n_bars = 0;

  (void) state;
  patchart_figure_options_init (&options, PATCHART_KIND_RANKING);
  options.top = 4;
  options.others = TRUE;
  options.lang = "en";
  figure = patchart_figure_new_from_data ("t.csv", csv, strlen (csv), &options, &error);
  layout = figure ? patchart_figure_layout (figure, &error) : NULL;
  assert_non_null (layout);
  for (guint i = 0; i < layout->items->len; i++) {
    const patchart_item *it = &g_array_index (layout->items, patchart_item, i);
    if (it->kind == PATCHART_ITEM_TEXT && it->box.x < 30)
      g_string_append_printf (ranks, "%s,", patchart_text_block_shown (it->text));
    if (it->kind == PATCHART_ITEM_RECT && n_bars < G_N_ELEMENTS (bar_y)) {
      before = last_bar;
      last_bar = it;
      bar_y[n_bars++] = it->box.y;
    }
  }
  assert_string_equal (ranks->str, "1,=2,=2,4,"); /* and none for the others */
  assert_int_equal (n_bars, 5);
  assert_memory_equal (&last_bar->color, &layout->palette->other_bar, sizeof (patchart_rgb));
  assert_memory_not_equal (&before->color, &layout->palette->other_bar, sizeof (patchart_rgb));
  /* the gap: the others bar is farther from the one before than rows are */
  assert_true (bar_y[4] - bar_y[3] > 1.3 * (bar_y[1] - bar_y[0]));
  g_string_free (ranks, TRUE);
  patchart_layout_free (layout);
  patchart_figure_free (figure);
}

/* --highlight: the named bars in the accent colour, matched without case,
 * width or spaces; the rest muted; a name that matches nothing refused. */
static void
test_highlight (void **state)
{
  static const char csv[] = "name,value\nChina,50\nUnited States,40\nKorea,30\n";
  const char *const wanted[] = { "ＣＨＩＮＡ", "united  states", NULL };
  const char *const unknown[] = { "Japan", NULL };
  patchart_figure_options options;
  patchart_figure *figure;
  patchart_layout *layout;
  GError *error = NULL;
  guint accent = 0, muted = 0;

  (void) state;
  patchart_figure_options_init (&options, PATCHART_KIND_BARS);
  options.highlight = wanted;
  figure = patchart_figure_new_from_data ("t.csv", csv, strlen (csv), &options, &error);
  layout = figure ? patchart_figure_layout (figure, &error) : NULL;
  assert_non_null (layout);
  for (guint i = 0; i < layout->items->len; i++) {
    const patchart_item *it = &g_array_index (layout->items, patchart_item, i);
    if (it->kind != PATCHART_ITEM_RECT)
      continue;
    accent += memcmp (&it->color, &layout->palette->bar, sizeof it->color) == 0;
    muted += memcmp (&it->color, &layout->palette->muted_bar, sizeof it->color) == 0;
  }
  assert_int_equal (accent, 2);
  assert_int_equal (muted, 1);
  patchart_layout_free (layout);
  patchart_figure_free (figure);
  options.highlight = unknown;
  assert_null (patchart_figure_new_from_data ("t.csv", csv, strlen (csv), &options, &error));
  assert_string_equal (error->message, "highlight \"Japan\": no label matches it (the labels: "
                                       "China, United States, Korea)");
  g_error_free (error);
}

/* 25 economies with full names at 800x500: every name whole. */
static void
test_economies_whole (void **state)
{
  patchart_figure *figure = NULL;
  GError *error = NULL;
  patchart_layout *layout =
      layout_of (PATCHART_KIND_BARS, "economies-illustrative.csv", NULL, &figure, &error);

  (void) state;
  assert_non_null (layout);
  for (guint i = 0; i < layout->items->len; i++) {
    const patchart_item *it = &g_array_index (layout->items, patchart_item, i);
    if (it->kind == PATCHART_ITEM_TEXT)
      assert_false (patchart_text_block_ellipsized (it->text));
  }
  check_labelled (layout, figure, "25 economies", 800, 500);
  patchart_layout_free (layout);
  patchart_figure_free (figure);
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

static void
highlight_three (patchart_figure_options *options)
{
  static const char *const names[] = { "S2", "系列10 的一个很长很长的名字", "S18", NULL };
  options->highlight = names;
}

static void
top_sixteen (patchart_figure_options *options)
{
  options->top = 16;
}

/* Lines: long names in three scripts, a gap, incomplete years; twenty
 * series with three highlighted (only those named, the rest muted);
 * sixteen in a legend (eight colours, then the same with dots); a single
 * point. */
static void
test_line_fits (void **state)
{
  GString *many = g_string_new ("year");

  for (int s = 0; s < 20; s++)
    g_string_append_printf (many, s % 5 ? ",S%d" : ",系列%d 的一个很长很长的名字", s);
  for (int y = 2000; y < 2025; y++) {
    g_string_append_printf (many, "\n%d", y);
    for (int s = 0; s < 20; s++)
      g_string_append_printf (many, ",%d", (y * 7 + s * 13) % 50);
  }
  g_string_append_c (many, '\n');
  check_kind (PATCHART_KIND_LINE, line_wide, "line");
  check_kind_with (PATCHART_KIND_LINE, many->str, "line, 20 series, 3 highlighted",
                   highlight_three);
  check_kind_with (PATCHART_KIND_LINE, many->str, "line, 16 series in a legend", top_sixteen);
  check_kind (PATCHART_KIND_LINE, "year,A\n2020,5\n", "line, one point");
  g_string_free (many, TRUE);
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

  for (int c = 0; c < 200; c++) /* numbers (years) may be thinned, names not */
    g_string_append_printf (csv, ",%d", 1800 + c);
  for (int r = 0; r < 150; r++) {
    g_string_append_printf (csv, "\nR%d", r);
    for (int c = 0; c < 200; c++)
      g_string_append_printf (csv, r == 7 && c == 3 ? "," : ",%d", (r * c) % 100);
  }
  g_string_append_c (csv, '\n');

  /* every one of 150 rows is labelled: that takes a tall figure */
  patchart_figure_options_init (&options, PATCHART_KIND_HEATMAP);
  options.width = 1200;
  options.height = 2400;
  figure = patchart_figure_new_from_data ("t.csv", csv->str, csv->len, &options, &error);
  layout = patchart_figure_layout (figure, &error);
  assert_non_null (layout);
  check_layout (layout, "heatmap 150x200", options.width, options.height);
  check_labelled (layout, figure, "heatmap 150x200", options.width, options.height);
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

/* Rows named by numbers (years, bins) may be thinned like numeric
 * columns, at a nice step; named rows may not (see the stress set). */
static void
test_numeric_rows_thinned (void **state)
{
  GString *csv = g_string_new ("bin,a,b,c\n");
  patchart_figure_options options;
  patchart_figure *figure;
  patchart_layout *layout;
  GError *error = NULL;
  guint labelled_rows = 0;

  (void) state;
  for (int r = 1; r <= 150; r++)
    g_string_append_printf (csv, "%d,%d,%d,%d\n", r, r, 2 * r, 3 * r);
  patchart_figure_options_init (&options, PATCHART_KIND_HEATMAP);
  figure = patchart_figure_new_from_data ("t.csv", csv->str, csv->len, &options, &error);
  layout = figure ? patchart_figure_layout (figure, &error) : NULL;
  assert_non_null (layout);
  check_layout (layout, "150 numbered rows", 800, 500);
  for (int r = 1; r <= 150; r++) {
    char name[8];
    g_snprintf (name, sizeof name, "%d", r);
    labelled_rows += labelled (layout, name);
  }
  assert_true (labelled_rows >= 10 && labelled_rows < 150);
  assert_true (labelled (layout, "1") && labelled (layout, "11"));
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

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_bars_fit),
    cmocka_unit_test (test_ranking_fits),
    cmocka_unit_test (test_heatmap_fits),
    cmocka_unit_test (test_line_fits),
    cmocka_unit_test (test_big_heatmap_is_one_image),
    cmocka_unit_test (test_checker_catches_overflow),
    cmocka_unit_test (test_stress_set),
    cmocka_unit_test (test_numbers_shown),
    cmocka_unit_test (test_ranks_only_by_value),
    cmocka_unit_test (test_economies_whole),
    cmocka_unit_test (test_ties_and_others),
    cmocka_unit_test (test_highlight),
    cmocka_unit_test (test_axis_titles),
    cmocka_unit_test (test_incomplete_year_bars),
    cmocka_unit_test (test_numeric_rows_thinned),
    cmocka_unit_test (test_ranking_too_dense_is_an_error),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
