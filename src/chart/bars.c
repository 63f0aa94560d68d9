/* SPDX-License-Identifier: MIT */
/* bars.c — vertical bars: a value axis with light gridlines on the left,
 * a value label over every bar, category labels wrapped under their bar.
 * Bars split into series are stacked, their total over them, or grouped
 * side by side, each with its value; a legend above names the series.
 * When the labels cannot stand whole side by side (or the values cannot
 * be read at the smallest size), the bars turn horizontal (chart/rows.c)
 * unless --orient vertical holds them. */
#include <math.h>

#include "chart/axis.h"
#include "chart/layout.h"
#include "chart/rows.h"
#include "chart/series.h"
#include "figure/kinds.h"
#include "figure/lang.h"

#define BAR_MAX 32.0 /* px at unit 1: the widest bar */

typedef struct {
  patchart_axis axis;
  patchart_numbers numbers;
  patchart_text_block **labels;  /* category labels */
  patchart_text_block **values;  /* value labels, or NULL when none fit */
  patchart_text_block *see_axis; /* the note when they do not */
  patchart_text_block *note;     /* over the plot: which years are incomplete */
  double label_height, value_height;
  double left, slot;   /* x of the first slot, and each slot's width */
  guint per_slot;      /* bars in a slot: 1, or the series when grouped */
  const double *shown; /* the n_shown values drawn: totals, or parts when grouped */
  guint n_shown;
  double top, bottom; /* y range of the value scale */
} bars_geometry;

static void
geometry_clear (bars_geometry *g, guint n)
{
  patchart_axis_clear (&g->axis);
  patchart_blocks_free (g->labels, n);
  patchart_blocks_free (g->values, g->n_shown);
  patchart_text_block_free (g->see_axis);
  patchart_text_block_free (g->note);
}

/* The width of one bar: grouped bars are narrower, side by side. */
static double
bar_width (const bars_geometry *g, const patchart_layout *layout)
{
  if (g->per_slot > 1)
    return MIN (g->slot * 0.84 / g->per_slot, BAR_MAX * 0.75 * layout->unit);
  return MIN (g->slot * 0.62, BAR_MAX * layout->unit);
}

/* Value labels at the largest size, down to the smallest allowed, at
 * which they fit their slot; NULL values if none does. */
static gboolean
measure_values (bars_geometry *g, const patchart_layout *layout, GError **error)
{
  double min_shrink = patchart_layout_min_shrink (layout, PATCHART_ROLE_VALUE), widest, tallest;
  char **texts =
      patchart_format_values (&g->numbers, g->shown, g->n_shown,
                              patchart_numbers_decimals (&g->numbers, g->shown, g->n_shown));
  gboolean ok = TRUE;

  for (double shrink = 1; g->values == NULL && ok; shrink = MAX (shrink - 0.1, min_shrink)) {
    g->values =
        patchart_layout_measure_many (layout, texts, NULL, g->n_shown, PATCHART_ROLE_VALUE, shrink,
                                      0, 0, PATCHART_ALIGN_CENTER, &widest, &tallest, error);
    ok = g->values != NULL;
    /* grouped bars' labels are a bar apart, not a slot */
    if (ok && widest > (g->per_slot > 1 ? bar_width (g, layout) : g->slot * 0.96)) {
      patchart_blocks_free (g->values, g->n_shown);
      g->values = NULL;
    } else {
      g->value_height = tallest;
    }
    if (shrink <= min_shrink)
      break;
  }
  g_strfreev (texts);
  return ok;
}

/* Category labels under their slot, whole words on up to two lines
 * (three on a tall figure), down to the smallest size.  Sets *WHOLE to
 * whether every label fits so. */
static gboolean
measure_labels (bars_geometry *g, const patchart_layout *layout, const patchart_series *s,
                const patchart_box *plot, gboolean *whole, GError **error)
{
  double min_shrink = patchart_layout_min_shrink (layout, PATCHART_ROLE_LABEL), widest;
  int lines = plot->h >= 500 * layout->unit ? 3 : 2;

  for (double shrink = 1;; shrink = MAX (shrink - 0.1, min_shrink)) {
    g->labels = patchart_layout_measure_many (
        layout, s->labels, s->places, s->n_items, PATCHART_ROLE_LABEL, shrink,
        g->slot - 4 * layout->unit, lines, PATCHART_ALIGN_CENTER, &widest, &g->label_height, error);
    if (g->labels == NULL)
      return FALSE;
    *whole = TRUE;
    for (guint i = 0; i < s->n_items && *whole; i++)
      *whole = !patchart_text_block_ellipsized (g->labels[i]);
    if (*whole || shrink <= min_shrink)
      return TRUE;
    patchart_blocks_free (g->labels, s->n_items);
    g->labels = NULL;
  }
}

static gboolean
too_narrow (const patchart_layout *layout, const patchart_series *s, GError **error)
{
  g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE,
               "%u vertical bars' labels do not fit a %gx%g figure: use --orient horizontal, "
               "--top N or a wider --size",
               s->n_items, layout->width, layout->height);
  return FALSE;
}

/* The note that says which years are incomplete, when some bars are. */
static gboolean
measure_note (bars_geometry *g, const patchart_layout *layout, const patchart_figure *figure,
              const patchart_box *plot, GError **error)
{
  const patchart_series *s = figure->series;
  const char *first = NULL, *last = NULL;
  char *text;

  for (guint i = 0; i < s->n_items; i++)
    if (patchart_bar_incomplete (figure, i)) {
      first = first ? first : s->labels[i];
      last = s->labels[i];
    }
  if (first == NULL)
    return TRUE;
  text = patchart_incomplete_note (layout->lang, first, last != first ? last : NULL);
  g->note = patchart_layout_measure (layout, text, PATCHART_ROLE_SMALL, plot->w * 0.6, 2,
                                     PATCHART_ALIGN_RIGHT, error);
  g_free (text);
  return g->note != NULL;
}

/* Measures the value axis, the labels and the values, and divides the
 * plot into one slot per bar.  Sets *FIT to whether vertical bars can be
 * drawn at all (labels shortened, perhaps) and *GOOD to whether they are
 * drawn as well as horizontal ones would be: every label whole, every
 * value shown. */
static gboolean
fit_bars (bars_geometry *g, const patchart_layout *layout, const patchart_figure *figure,
          const patchart_box *plot, double lo, double hi, gboolean *fit, gboolean *good,
          GError **error)
{
  const patchart_series *s = figure->series;
  double u = layout->unit;
  gboolean whole;

  *fit = *good = FALSE;
  patchart_numbers_for (figure, MAX (fabs (lo), fabs (hi)), &g->numbers);
  if (!patchart_axis_init (&g->axis, layout, &g->numbers, lo, hi,
                           patchart_all_integers (g->shown, g->n_shown), plot->h * 0.7, 42 * u,
                           error))
    return FALSE;
  g->left = plot->x + g->axis.max_label_width + 8 * u;
  g->slot = (plot->x + plot->w - g->left) / s->n_items;
  if (g->slot < 16 * u)
    return TRUE;
  if (!measure_labels (g, layout, s, plot, &whole, error) || !measure_values (g, layout, error))
    return FALSE;
  for (guint i = 0; i < s->n_items; i++)
    if (patchart_text_block_cut (g->labels[i]))
      return TRUE;
  if (g->values == NULL) {
    g->see_axis =
        patchart_layout_measure (layout, patchart_words_for (layout->lang)->see_axis,
                                 PATCHART_ROLE_SMALL, plot->w, 2, PATCHART_ALIGN_RIGHT, error);
    if (g->see_axis == NULL)
      return FALSE;
    g->value_height = patchart_text_block_height (g->see_axis);
  }
  if (!measure_note (g, layout, figure, plot, error))
    return FALSE;
  g->top = plot->y + g->value_height + 4 * u +
           (g->note != NULL ? patchart_text_block_height (g->note) + 4 * u : 0);
  g->bottom = plot->y + plot->h - g->label_height - 6 * u;
  if (lo < 0)
    g->bottom -= g->value_height + 4 * u;
  *fit = g->bottom - g->top >= 40 * u;
  *good = *fit && whole && g->values != NULL;
  return TRUE;
}

/* A gridline at Y from X0 to X1, left out where it would cross one of
 * the N value labels BOXES. */
static void
place_gridline (patchart_layout *layout, double x0, double x1, double y, const patchart_box *boxes,
                guint n)
{
  double u = layout->unit, x = x0;

  for (guint i = 0; i < n; i++) {
    const patchart_box *b = &boxes[i];
    if (y < b->y - u || y > b->y + b->h + u || b->x + b->w < x)
      continue;
    if (b->x - 3 * u > x)
      patchart_layout_gridline (layout, x, y, b->x - 3 * u, y, u, layout->palette->grid);
    x = b->x + b->w + 3 * u;
  }
  if (x < x1)
    patchart_layout_gridline (layout, x, y, x1, y, u, layout->palette->grid);
}

static void
place_axis (patchart_layout *layout, bars_geometry *g, const patchart_scale *scale, double right,
            const patchart_box *value_boxes, guint n)
{
  const patchart_palette *p = layout->palette;
  double u = layout->unit;

  for (guint i = 0; i < g->axis.ticks.n_ticks; i++) {
    double v = g->axis.ticks.ticks[i], y = patchart_scale_map (scale, v);
    patchart_text_block *label = patchart_axis_take_label (&g->axis, i);
    double w = patchart_text_block_width (label), h = patchart_text_block_height (label);

    if (v != 0)
      place_gridline (layout, g->left, right, y, value_boxes, n);
    patchart_layout_text (layout, label, g->left - 8 * u - w, y - h / 2, p->muted_text);
  }
}

/* The left edge of shown bar B (slot B / per_slot, place B % per_slot). */
static double
bar_x (const bars_geometry *g, const patchart_layout *layout, guint b)
{
  double bw = bar_width (g, layout);

  return g->left + (b / g->per_slot) * g->slot + (g->slot - bw * g->per_slot) / 2 +
         (b % g->per_slot) * bw;
}

/* Where the value label of shown bar B (of value V) goes. */
static patchart_box
value_box (const bars_geometry *g, const patchart_layout *layout, const patchart_scale *scale,
           guint b, double v)
{
  double u = layout->unit, w = patchart_text_block_width (g->values[b]);
  double y0 = patchart_scale_map (scale, MAX (v, 0)), y1 = patchart_scale_map (scale, MIN (v, 0));
  double centre = bar_x (g, layout, b) + bar_width (g, layout) / 2;

  return (patchart_box){ centre - w / 2, v >= 0 ? y0 - 3 * u - g->value_height : y1 + 3 * u, w,
                         g->value_height };
}

/* Shown bar B from the axis to its value V: one colour, stacked parts,
 * or one series of a group; then its value label, at VALUE_AT. */
static void
place_shown (patchart_layout *layout, bars_geometry *g, const patchart_scale *scale,
             const patchart_figure *figure, guint b, const patchart_box *value_at)
{
  double v = g->shown[b], bw = bar_width (g, layout), x = bar_x (g, layout, b);
  double y0 = patchart_scale_map (scale, MAX (v, 0)), y1 = patchart_scale_map (scale, MIN (v, 0));
  patchart_box box = { x + (g->per_slot > 1 ? 0.5 * layout->unit : 0), y0,
                       bw - (g->per_slot > 1 ? layout->unit : 0), y1 - y0 };

  if (g->per_slot > 1)
    patchart_layout_part (layout, figure, b / g->per_slot, b % g->per_slot, box);
  else
    patchart_layout_parts (layout, figure, b, box, FALSE);
  if (value_at != NULL) {
    patchart_layout_text (layout, g->values[b], value_at->x, value_at->y, layout->palette->text);
    patchart_layout_tag (layout, PATCHART_PART_LABELS);
    g->values[b] = NULL;
  }
}

static void
place_bar (patchart_layout *layout, bars_geometry *g, const patchart_scale *scale,
           const patchart_figure *figure, guint i, const patchart_box *value_boxes)
{
  const patchart_series *s = figure->series;
  const patchart_palette *p = layout->palette;
  double u = layout->unit, x = g->left + i * g->slot;
  gboolean others = s->has_others && i + 1 == s->n_items;
  patchart_text_block *label = g->labels[i];

  for (guint b = i * g->per_slot; b < (i + 1) * g->per_slot; b++)
    place_shown (layout, g, scale, figure, b, value_boxes != NULL ? &value_boxes[b] : NULL);
  patchart_layout_text (layout, label, x + (g->slot - patchart_text_block_width (label)) / 2,
                        g->bottom + (scale->d0 < 0 ? g->value_height + 4 * u : 0) + 6 * u,
                        others ? p->muted_text : p->text);
  g->labels[i] = NULL;
}

static void
place_bars (patchart_layout *layout, bars_geometry *g, const patchart_figure *figure,
            const patchart_box *plot)
{
  const patchart_series *s = figure->series;
  patchart_scale scale = { g->axis.ticks.lo, g->axis.ticks.hi, g->bottom, g->top };
  patchart_box *boxes = g_new0 (patchart_box, MAX (g->n_shown, 1));
  guint n_boxes = g->values != NULL ? g->n_shown : 0;
  double right = plot->x + plot->w, zero = patchart_scale_map (&scale, 0), top = plot->y;

  for (guint b = 0; b < n_boxes; b++)
    boxes[b] = value_box (g, layout, &scale, b, g->shown[b]);
  patchart_layout_group (layout, PATCHART_PART_AXIS);
  place_axis (layout, g, &scale, right, boxes, n_boxes);
  for (guint i = 0; i < s->n_items; i++)
    place_bar (layout, g, &scale, figure, i, n_boxes > 0 ? boxes : NULL);
  patchart_layout_rule (layout, g->left, zero, right, zero, 1.5 * layout->unit,
                        layout->palette->axis);
  if (g->note != NULL) {
    patchart_layout_text (layout, g->note, right - patchart_text_block_width (g->note), plot->y,
                          layout->palette->muted_text);
    top += patchart_text_block_height (g->note) + 4 * layout->unit;
    g->note = NULL;
  }
  if (g->see_axis != NULL) {
    patchart_layout_text (layout, g->see_axis, right - patchart_text_block_width (g->see_axis), top,
                          layout->palette->muted_text);
    g->see_axis = NULL;
  }
  g_free (boxes);
}

/* Horizontal rows, as AUTO turns bars that do not read well upright:
 * TRUE if drawn; FALSE with *ERROR unset when they do not fit either. */
static gboolean
try_rows (patchart_layout *layout, const patchart_figure *figure, const patchart_box *plot,
          gboolean *drawn, GError **error)
{
  GError *rows_error = NULL;

  *drawn = patchart_rows_layout (layout, figure, plot, FALSE, &rows_error);
  if (*drawn)
    return TRUE;
  if (!g_error_matches (rows_error, PATCHART_ERROR, PATCHART_ERROR_USAGE)) {
    g_propagate_error (error, rows_error);
    return FALSE;
  }
  g_error_free (rows_error);
  return TRUE;
}

gboolean
patchart_bars_layout (patchart_layout *layout, const patchart_figure *figure,
                      const patchart_box *box, GError **error)
{
  const patchart_series *s = figure->series;
  bars_geometry g = { 0 };
  patchart_box plot = *box;
  double lo = 0, hi = 0;
  gboolean ok, fit, good, drawn = FALSE;

  if (!patchart_parts_check_stack (layout, figure, error) ||
      !patchart_parts_legend_take (layout, figure, &plot, error))
    return FALSE;
  if (figure->orient == PATCHART_ORIENT_HORIZONTAL)
    return patchart_rows_layout (layout, figure, &plot, FALSE, error);
  g.per_slot = figure->group && s->n_parts > 0 ? s->n_parts : 1;
  g.shown = g.per_slot > 1 ? s->parts : s->values;
  g.n_shown = s->n_items * g.per_slot;
  for (guint b = 0; b < g.n_shown; b++) {
    lo = MIN (lo, g.shown[b]);
    hi = MAX (hi, g.shown[b]);
  }
  ok = fit_bars (&g, layout, figure, &plot, lo, hi, &fit, &good, error);
  if (ok && !good && figure->orient == PATCHART_ORIENT_AUTO)
    ok = try_rows (layout, figure, &plot, &drawn, error);
  if (ok && !drawn && fit)
    place_bars (layout, &g, figure, &plot);
  else if (ok && !drawn)
    ok = too_narrow (layout, s, error);
  geometry_clear (&g, s->n_items);
  return ok;
}
