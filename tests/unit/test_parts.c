/* SPDX-License-Identifier: MIT */
/* test_parts.c — the parts and marks of a layout's items, which the SVG
 * writer groups by (<g id="plot">, class="bar" data-label=...): every
 * item of a figure is in a part, the furniture in its own, one mark per
 * bar or cell with its label and value; and writing the parts one after
 * another paints what draw.c paints: no shape of a later part covers
 * text of an earlier one, and no two overlapping shapes change order. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "render/render.h"

static const char series[] = "name,value\n中国,30124\n美国,12530\n韩国,-4123\n日本,1408\n";
static const char matrix[] = "ipc,2021,2022,2023\nA,1,2,30\nB,5,40,\nC,3,4,35\n";

static patchart_layout *
layout_of (patchart_kind kind, const char *csv, int width, int height)
{
  patchart_figure_options o;
  GError *error = NULL;
  patchart_figure *figure;
  patchart_layout *layout;

  patchart_figure_options_init (&o, kind);
  o.width = width;
  o.height = height;
  o.title = "标题 Title";
  o.subtitle = "副标题";
  o.note = "注";
  o.source = "日经";
  figure = patchart_figure_new_from_data ("t.csv", csv, strlen (csv), &o, &error);
  if (figure == NULL)
    fail_msg ("%s", error->message);
  layout = patchart_figure_layout (figure, &error);
  if (layout == NULL)
    fail_msg ("%s", error->message);
  patchart_figure_free (figure);
  return layout;
}

static const patchart_item *
item_at (const patchart_layout *layout, guint i)
{
  return &g_array_index (layout->items, patchart_item, i);
}

static gboolean
filled (const patchart_item *item)
{
  return item->kind == PATCHART_ITEM_RECT || item->kind == PATCHART_ITEM_HATCH ||
         item->kind == PATCHART_ITEM_PIXELS || item->kind == PATCHART_ITEM_GRADIENT ||
         item->kind == PATCHART_ITEM_RULE;
}

/* The box of a rule or shape, a rule's as wide as its line. */
static patchart_box
extent (const patchart_item *item)
{
  patchart_box b = item->box;
  double half = item->kind == PATCHART_ITEM_RULE ? item->line_width / 2 : 0;

  if (b.w < 0) {
    b.x += b.w;
    b.w = -b.w;
  }
  if (b.h < 0) {
    b.y += b.h;
    b.h = -b.h;
  }
  return (patchart_box){ b.x - half, b.y - half, b.w + 2 * half, b.h + 2 * half };
}

static gboolean
overlap (patchart_box a, patchart_box b)
{
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/* Items A before B in the display list; the SVG paints shapes before text
 * within a part, and the parts in order. */
static void
check_order (const patchart_item *a, const patchart_item *b)
{
  gboolean a_text = a->kind == PATCHART_ITEM_TEXT, b_text = b->kind == PATCHART_ITEM_TEXT;

  if (!overlap (extent (a), extent (b)) || (a_text && b_text))
    return;
  if (a_text && filled (b) && b->part > a->part)
    fail_msg ("a shape of part %d covers text of part %d", b->part, a->part);
  if (b_text && filled (a) && a->part > b->part)
    fail_msg ("a shape of part %d covers text of part %d", a->part, b->part);
  if (filled (a) && filled (b) && a->part > b->part)
    fail_msg ("shapes of parts %d and %d overlap in the other order", a->part, b->part);
}

static void
check_parts (const patchart_layout *layout)
{
  for (guint i = 0; i < layout->items->len; i++) {
    const patchart_item *a = item_at (layout, i);
    assert_true (a->part > PATCHART_PART_NONE && a->part < PATCHART_N_PARTS);
    if (a->mark.name != NULL)
      assert_int_equal (a->part, PATCHART_PART_PLOT);
    for (guint j = i + 1; j < layout->items->len; j++)
      check_order (a, item_at (layout, j));
  }
}

/* How many items of LAYOUT are in PART, and how many are marks NAME. */
static guint
count_part (const patchart_layout *layout, patchart_part part)
{
  guint n = 0;

  for (guint i = 0; i < layout->items->len; i++)
    n += item_at (layout, i)->part == part;
  return n;
}

static guint
count_marks (const patchart_layout *layout, const char *name)
{
  guint n = 0;

  for (guint i = 0; i < layout->items->len; i++)
    n += g_strcmp0 (item_at (layout, i)->mark.name, name) == 0;
  return n;
}

static void
test_bars (void **state)
{
  patchart_layout *layout = layout_of (PATCHART_KIND_BARS, series, 800, 500);
  const patchart_item *first = NULL;

  check_parts (layout);
  for (patchart_part p = PATCHART_PART_TITLE; p < PATCHART_N_PARTS; p++)
    if (p != PATCHART_PART_LEGEND)
      assert_true (count_part (layout, p) > 0);
  assert_int_equal (count_part (layout, PATCHART_PART_TITLE), 1);
  assert_int_equal (count_part (layout, PATCHART_PART_LABELS), 4); /* the values */
  assert_int_equal (count_marks (layout, "bar"), 4);
  for (guint i = 0; i < layout->items->len && first == NULL; i++)
    if (item_at (layout, i)->mark.name != NULL)
      first = item_at (layout, i);
  assert_string_equal (first->mark.label, "中国");
  assert_null (first->mark.column);
  assert_true (first->mark.value == 30124);
  patchart_layout_free (layout);
}

static void
test_ranking (void **state)
{
  patchart_layout *layout =
      layout_of (PATCHART_KIND_RANKING, "name,value\nA,3\nB,2\nC,1\n", 640, 400);

  check_parts (layout);
  assert_int_equal (count_marks (layout, "bar"), 3);
  assert_int_equal (count_part (layout, PATCHART_PART_LABELS), 3);
  patchart_layout_free (layout);
}

static void
test_heatmap (void **state)
{
  patchart_layout *layout = layout_of (PATCHART_KIND_HEATMAP, matrix, 800, 500);
  guint missing = 0;

  check_parts (layout);
  assert_int_equal (count_marks (layout, "cell"), 8);
  assert_true (count_part (layout, PATCHART_PART_LEGEND) > 0);
  for (guint i = 0; i < layout->items->len; i++) {
    const patchart_item *item = item_at (layout, i);
    if (g_strcmp0 (item->mark.name, "cell missing") == 0) {
      assert_string_equal (item->mark.label, "B");
      assert_string_equal (item->mark.column, "2023");
      assert_true (isnan (item->mark.value));
      missing++;
    }
  }
  assert_int_equal (missing, 1);
  patchart_layout_free (layout);
}

/* At small sizes too, where value labels shrink or go. */
static void
test_small_sizes (void **state)
{
  for (int w = 300; w <= 1200; w += 300) {
    patchart_layout *layout = layout_of (PATCHART_KIND_BARS, series, w, 300);
    check_parts (layout);
    patchart_layout_free (layout);
    layout = layout_of (PATCHART_KIND_HEATMAP, matrix, w, 300);
    check_parts (layout);
    patchart_layout_free (layout);
  }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_bars),
    cmocka_unit_test (test_ranking),
    cmocka_unit_test (test_heatmap),
    cmocka_unit_test (test_small_sizes),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
