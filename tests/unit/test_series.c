/* SPDX-License-Identifier: MIT */
/* test_series.c — several series in one figure: bars split into parts
 * (kept through sorting, --top and --others; stacked parts add up to the
 * bar), lines highlighted or named in a legend, and one colour per series
 * name across the figures of a spec. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>
#include <glib/gstdio.h>

#include "chart/series.h"
#include "figure/figure.h"
#include "render/render.h"

static const char offices[] = "applicant,office,n\n"
                              "华为,CN,260\n华为,EP,90\n腾讯,CN,420\n腾讯,US,155\n"
                              "IBM,US,300\nIBM,EP,45\nLG,KR,96\nLG,US,51\n";

static patchart_figure *
figure_of (patchart_kind kind, const char *csv, void (*adjust) (patchart_figure_options *))
{
  patchart_figure_options o;
  GError *error = NULL;
  patchart_figure *figure;

  patchart_figure_options_init (&o, kind);
  if (adjust != NULL)
    adjust (&o);
  figure = patchart_figure_new_from_data ("t.csv", csv, strlen (csv), &o, &error);
  if (figure == NULL)
    fail_msg ("%s", error->message);
  return figure;
}

static void
by_office (patchart_figure_options *o)
{
  o->series_column = "office";
}

static void
by_office_top_two (patchart_figure_options *o)
{
  o->series_column = "office";
  o->top = 2;
}

static void
by_office_top_two_others (patchart_figure_options *o)
{
  by_office_top_two (o);
  o->others = TRUE;
}

/* Parts in order of their series' totals (CN 680, US 506, EP 135, KR 96);
 * each bar's value their sum; bars sorted by it. */
static void
test_parts_from_long_table (void **state)
{
  patchart_figure *f = figure_of (PATCHART_KIND_BARS, offices, by_office);
  const patchart_series *s = f->series;
  static const char *const order[] = { "CN", "US", "EP", "KR" };

  (void) state;
  assert_int_equal (s->n_parts, 4);
  for (guint j = 0; j < 4; j++)
    assert_string_equal (s->part_names[j], order[j]);
  assert_string_equal (s->labels[0], "腾讯");
  assert_true (s->values[0] == 575);
  assert_true (patchart_series_part (s, 0, 0) == 420);
  assert_true (patchart_series_part (s, 0, 1) == 155);
  assert_true (patchart_series_part (s, 0, 2) == 0);
  for (guint i = 0; i < s->n_items; i++) {
    double sum = 0;
    for (guint j = 0; j < s->n_parts; j++)
      sum += patchart_series_part (s, i, j);
    assert_true (sum == s->values[i]);
  }
  patchart_figure_free (f);
}

/* --top keeps the parts of the bars kept and drops series left empty;
 * --others sums the parts of the rest. */
static void
test_parts_through_top_and_others (void **state)
{
  patchart_figure *f = figure_of (PATCHART_KIND_BARS, offices, by_office_top_two);
  const patchart_series *s = f->series;

  (void) state;
  assert_int_equal (s->n_items, 2); /* 腾讯 575, 华为 350 */
  assert_int_equal (s->n_parts, 3); /* KR is LG's alone */
  assert_string_equal (s->part_names[2], "EP");
  assert_true (patchart_series_part (s, 1, 2) == 90);
  patchart_figure_free (f);

  f = figure_of (PATCHART_KIND_BARS, offices, by_office_top_two_others);
  s = f->series;
  assert_int_equal (s->n_items, 3);
  assert_true (s->has_others);
  assert_int_equal (s->n_parts, 4);
  assert_true (s->values[2] == 345 + 147);
  assert_true (patchart_series_part (s, 2, 1) == 300 + 51); /* US of IBM and LG */
  assert_true (patchart_series_part (s, 2, 3) == 96);       /* KR */
  patchart_figure_free (f);
}

static void
by_office_print (patchart_figure_options *o)
{
  o->series_column = "office";
  o->theme = "print";
  o->lang = "en";
}

/* More series than the palette has colours (print: four greys): the
 * smallest share one grey part, named in the figure's language. */
static void
test_parts_folded_past_the_palette (void **state)
{
  static const char five[] = "a,office,v\nx,P,50\nx,Q,40\nx,R,30\nx,S,20\nx,T,10\ny,T,1\n";
  patchart_figure *f = figure_of (PATCHART_KIND_BARS, five, by_office_print);
  const patchart_series *s = f->series;
  GError *error = NULL;
  patchart_layout *layout;
  guint n;

  (void) state;
  assert_int_equal (s->n_parts, 4);
  assert_true (s->parts_others);
  assert_string_equal (s->part_names[3], "Others");
  assert_true (patchart_series_part (s, 0, 3) == 30);
  assert_true (patchart_series_part (s, 1, 3) == 1);
  assert_true (s->values[0] == 150);
  patchart_figure_series_names (f, &n);
  assert_int_equal (n, 3); /* the grey part takes no colour of its own */
  layout = patchart_figure_layout (f, &error);
  assert_non_null (layout);
  assert_int_equal (patchart_rgb24 (patchart_series_color (layout, f, 3)),
                    patchart_rgb24 (layout->palette->other_bar));
  for (guint j = 0; j < 3; j++)
    assert_int_not_equal (patchart_rgb24 (patchart_series_color (layout, f, j)),
                          patchart_rgb24 (layout->palette->other_bar));
  patchart_layout_free (layout);
  patchart_figure_free (f);
}

static void
vertical (patchart_figure_options *o)
{
  o->series_column = "office";
  o->orient = PATCHART_ORIENT_VERTICAL;
}

/* Stacked parts fill their bar from the axis up, in stacking order, each
 * a mark of its label and series. */
static void
test_stacked_parts_fill_the_bar (void **state)
{
  patchart_figure *f = figure_of (PATCHART_KIND_BARS, offices, vertical);
  GError *error = NULL;
  patchart_layout *layout = patchart_figure_layout (f, &error);
  double bottom = -1, top = G_MAXDOUBLE, total_h = 0;
  guint n_parts = 0, n_legend = 0;

  (void) state;
  assert_non_null (layout);
  for (guint i = 0; i < layout->items->len; i++) {
    const patchart_item *it = &g_array_index (layout->items, patchart_item, i);
    if (it->mark.name != NULL && strcmp (it->mark.label, "腾讯") == 0) {
      assert_non_null (it->mark.column);
      /* CN first, from the axis; US on it */
      if (n_parts == 0)
        assert_string_equal (it->mark.column, "CN");
      bottom = MAX (bottom, it->box.y + it->box.h);
      top = MIN (top, it->box.y);
      total_h += it->box.h;
      n_parts++;
    }
    if (it->part == PATCHART_PART_LEGEND && it->kind == PATCHART_ITEM_TEXT)
      n_legend++;
  }
  assert_int_equal (n_parts, 2);
  assert_int_equal (n_legend, 4);
  assert_true (fabs ((bottom - top) - total_h) < 1e-6); /* no gaps, no overlaps */
  patchart_layout_free (layout);
  patchart_figure_free (f);
}

static const char lines[] = "year,CN,US,KR,JP\n2019,10,8,3,1\n2020,12,9,4,2\n2021,15,9,5,2\n";

static void
highlight_cn (patchart_figure_options *o)
{
  static const char *const names[] = { "cn", NULL };
  o->highlight = names;
}

/* One line highlighted: the accent colour, drawn last; the rest grey. */
static void
test_line_highlight (void **state)
{
  patchart_figure *f = figure_of (PATCHART_KIND_LINE, lines, highlight_cn);
  GError *error = NULL;
  patchart_layout *layout = patchart_figure_layout (f, &error);
  const patchart_palette *p;
  guint n_paths = 0, n_accent = 0;
  const patchart_item *last_path = NULL;

  (void) state;
  assert_non_null (layout);
  p = layout->palette;
  for (guint i = 0; i < layout->items->len; i++) {
    const patchart_item *it = &g_array_index (layout->items, patchart_item, i);
    if (it->kind != PATCHART_ITEM_PATH)
      continue;
    n_paths++;
    n_accent += patchart_rgb24 (it->color) == patchart_rgb24 (p->bar);
    if (patchart_rgb24 (it->color) != patchart_rgb24 (p->bar))
      assert_int_equal (patchart_rgb24 (it->color), patchart_rgb24 (p->other_bar));
    last_path = it;
  }
  assert_int_equal (n_paths, 4);
  assert_int_equal (n_accent, 1);
  assert_int_equal (patchart_rgb24 (last_path->color), patchart_rgb24 (p->bar));
  patchart_layout_free (layout);
  patchart_figure_free (f);
}

static void
highlight_nothing (patchart_figure_options *o)
{
  static const char *const names[] = { "Mars", NULL };
  o->highlight = names;
}

static void
test_line_highlight_unknown (void **state)
{
  patchart_figure_options o;
  GError *error = NULL;

  (void) state;
  patchart_figure_options_init (&o, PATCHART_KIND_LINE);
  highlight_nothing (&o);
  assert_null (patchart_figure_new_from_data ("t.csv", lines, strlen (lines), &o, &error));
  assert_int_equal (error->code, PATCHART_ERROR_USAGE);
  assert_non_null (strstr (error->message, "highlight \"Mars\": no label matches it"));
  g_error_free (error);
}

/* Twelve lines: a legend names them all, the four past the palette's
 * eight colours drawn again with dots; no names at the line ends. */
static void
test_line_legend (void **state)
{
  GString *csv = g_string_new ("year");
  patchart_figure *f;
  GError *error = NULL;
  patchart_layout *layout;
  guint n_legend = 0, n_text_right = 0, n_legend_dots = 0;

  (void) state;
  for (int s = 0; s < 12; s++)
    g_string_append_printf (csv, ",Series %d", s);
  for (int y = 2010; y < 2015; y++) {
    g_string_append_printf (csv, "\n%d", y);
    for (int s = 0; s < 12; s++)
      g_string_append_printf (csv, ",%d", 100 - s * 5 + y % 3);
  }
  f = figure_of (PATCHART_KIND_LINE, csv->str, NULL);
  layout = patchart_figure_layout (f, &error);
  assert_non_null (layout);
  for (guint i = 0; i < layout->items->len; i++) {
    const patchart_item *it = &g_array_index (layout->items, patchart_item, i);
    if (it->part == PATCHART_PART_LEGEND && it->kind == PATCHART_ITEM_TEXT)
      n_legend++;
    if (it->part == PATCHART_PART_LEGEND && it->kind == PATCHART_ITEM_DOT)
      n_legend_dots++;
    if (it->kind == PATCHART_ITEM_TEXT && it->part != PATCHART_PART_LEGEND &&
        g_str_has_prefix (patchart_text_block_string (it->text), "Series"))
      n_text_right++;
  }
  assert_int_equal (n_legend, 12);
  assert_int_equal (n_legend_dots, 4);
  assert_int_equal (n_text_right, 0);
  patchart_layout_free (layout);
  patchart_figure_free (f);
  g_string_free (csv, TRUE);
}

/* A spec's figures: a series name keeps the colour it first had, though
 * the second figure's own order would give US the first colour. */
static void
test_spec_shares_colors (void **state)
{
  char *dir = g_dir_make_tmp ("patchart-series-XXXXXX", NULL);
  char *a = g_build_filename (dir, "a.csv", NULL), *b = g_build_filename (dir, "b.csv", NULL);
  char *spec_path = g_build_filename (dir, "t.spec", NULL);
  const char *spec_text = "[figure a]\nkind = bars\ninput = a.csv\nseries = office\n"
                          "[figure b]\nkind = line\ninput = b.csv\n";
  patchart_spec *spec;
  patchart_figure *fa, *fb;
  GError *error = NULL;

  (void) state;
  assert_true (g_file_set_contents (a, offices, -1, NULL));
  assert_true (g_file_set_contents (b, "year,US,KR\n2020,5,1\n2021,6,2\n", -1, NULL));
  assert_true (g_file_set_contents (spec_path, spec_text, -1, NULL));
  spec = patchart_spec_new_from_file (spec_path, &error);
  assert_non_null (spec);
  /* the second figure first, as a pool of threads may well make them */
  fb = patchart_spec_figure_new (spec, 1, &error);
  fa = patchart_spec_figure_new (spec, 0, &error);
  assert_non_null (fa);
  assert_non_null (fb);
  assert_non_null (fb->series_slots);
  assert_string_equal (fb->matrix->row_labels[0], "US");
  assert_int_equal (fb->series_slots[0], fa->series_slots[1]); /* US */
  assert_int_equal (fb->series_slots[1], fa->series_slots[3]); /* KR */
  patchart_figure_free (fa);
  patchart_figure_free (fb);
  /* made again, the same colours */
  fb = patchart_spec_figure_new (spec, 1, &error);
  assert_int_equal (fb->series_slots[0], 1);
  patchart_figure_free (fb);
  patchart_spec_free (spec);
  g_unlink (a);
  g_unlink (b);
  g_unlink (spec_path);
  g_rmdir (dir);
  g_free (a);
  g_free (b);
  g_free (spec_path);
  g_free (dir);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_parts_from_long_table),
    cmocka_unit_test (test_parts_through_top_and_others),
    cmocka_unit_test (test_parts_folded_past_the_palette),
    cmocka_unit_test (test_stacked_parts_fill_the_bar),
    cmocka_unit_test (test_line_highlight),
    cmocka_unit_test (test_line_highlight_unknown),
    cmocka_unit_test (test_line_legend),
    cmocka_unit_test (test_spec_shares_colors),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
