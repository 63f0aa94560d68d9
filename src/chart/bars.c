/* SPDX-License-Identifier: MIT */
/* bars.c — vertical bars: a value axis with light gridlines on the left,
 * a value label on every bar, category labels wrapped under their bar. */
#include <math.h>

#include "chart/axis.h"
#include "chart/layout.h"
#include "figure/kinds.h"
#include "util/number.h"

typedef struct {
  patchart_axis axis;
  patchart_text_block **labels; /* category labels */
  patchart_text_block **values; /* value labels, or NULL when none fit */
  double label_height, value_height;
  double left, slot;  /* x of the first slot, and each slot's width */
  double top, bottom; /* y range of the value scale */
} bars_geometry;

static void
geometry_clear (bars_geometry *g, guint n)
{
  patchart_axis_clear (&g->axis);
  patchart_blocks_free (g->labels, n);
  patchart_blocks_free (g->values, n);
}

/* Value labels at the largest size (down to 70%) at which they fit their
 * slot; none at all if even that is too wide. */
static gboolean
measure_values (bars_geometry *g, const patchart_layout *layout, const patchart_series *s,
                GError **error)
{
  static const double shrinks[] = { 1.0, 0.85, 0.7 };
  char **texts = patchart_format_values (s->values, s->n_items,
                                         patchart_number_decimals_for (s->values, s->n_items));
  double widest, tallest;
  gboolean ok = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (shrinks) && g->values == NULL && ok; i++) {
    g->values = patchart_layout_measure_many (layout, texts, NULL, s->n_items, PATCHART_ROLE_VALUE,
                                              shrinks[i], 0, 0, PATCHART_ALIGN_CENTER, &widest,
                                              &tallest, error);
    ok = g->values != NULL;
    if (ok && widest > g->slot * 0.96) {
      patchart_blocks_free (g->values, s->n_items);
      g->values = NULL;
    } else {
      g->value_height = tallest;
    }
  }
  g_strfreev (texts);
  return ok;
}

/* Measures the value axis, the labels and the values, and divides the
 * plot into one slot per bar. */
static gboolean
fit_bars (bars_geometry *g, const patchart_layout *layout, const patchart_series *s,
          const patchart_box *plot, double lo, double hi, GError **error)
{
  double u = layout->unit, widest;

  if (!patchart_axis_init (&g->axis, layout, lo, hi, patchart_all_integers (s->values, s->n_items),
                           plot->h * 0.7, 42 * u, error))
    return FALSE;
  g->left = plot->x + g->axis.max_label_width + 8 * u;
  g->slot = (plot->x + plot->w - g->left) / s->n_items;
  if (g->slot < 16 * u) {
    g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE,
                 "%u bars do not fit a %gx%g figure: use --top N or a wider --size", s->n_items,
                 layout->width, layout->height);
    return FALSE;
  }
  g->labels = patchart_layout_measure_many (
      layout, s->labels, s->places, s->n_items, PATCHART_ROLE_LABEL, 1.0, g->slot - 4 * u, 3,
      PATCHART_ALIGN_CENTER, &widest, &g->label_height, error);
  if (g->labels == NULL || !measure_values (g, layout, s, error))
    return FALSE;
  g->top = plot->y + g->value_height + 4 * u;
  g->bottom = plot->y + plot->h - g->label_height - 6 * u;
  if (lo < 0)
    g->bottom -= g->value_height + 4 * u;
  return patchart_layout_check_room (layout, g->slot * s->n_items, g->bottom - g->top, "the bars",
                                     error);
}

static void
place_axis (patchart_layout *layout, bars_geometry *g, const patchart_scale *scale, double right)
{
  const patchart_palette *p = layout->palette;
  double u = layout->unit;

  for (guint i = 0; i < g->axis.ticks.n_ticks; i++) {
    double v = g->axis.ticks.ticks[i], y = patchart_scale_map (scale, v);
    patchart_text_block *label = patchart_axis_take_label (&g->axis, i);
    double w = patchart_text_block_width (label), h = patchart_text_block_height (label);

    if (v != 0)
      patchart_layout_rule (layout, g->left, y, right, y, u, p->grid);
    patchart_layout_text (layout, label, g->left - 8 * u - w, y - h / 2, p->muted_text);
  }
}

static void
place_bar (patchart_layout *layout, bars_geometry *g, const patchart_scale *scale, guint i,
           double v)
{
  const patchart_palette *p = layout->palette;
  double u = layout->unit;
  double x = g->left + i * g->slot, bw = MIN (g->slot * 0.62, 90 * u);
  double y0 = patchart_scale_map (scale, MAX (v, 0)), y1 = patchart_scale_map (scale, MIN (v, 0));
  patchart_text_block *label = g->labels[i];

  patchart_layout_rect (layout, (patchart_box){ x + (g->slot - bw) / 2, y0, bw, y1 - y0 }, p->bar);
  if (g->values != NULL) {
    patchart_text_block *value = g->values[i];
    double w = patchart_text_block_width (value);
    double y = v >= 0 ? y0 - 3 * u - g->value_height : y1 + 3 * u;
    patchart_layout_text (layout, value, x + (g->slot - w) / 2, y, p->text);
    g->values[i] = NULL;
  }
  patchart_layout_text (layout, label, x + (g->slot - patchart_text_block_width (label)) / 2,
                        g->bottom + (scale->d0 < 0 ? g->value_height + 4 * u : 0) + 6 * u, p->text);
  g->labels[i] = NULL;
}

gboolean
patchart_bars_layout (patchart_layout *layout, const patchart_figure *figure,
                      const patchart_box *plot, GError **error)
{
  const patchart_series *s = figure->series;
  bars_geometry g = { 0 };
  double lo = 0, hi = 0;
  patchart_scale scale;
  gboolean ok;

  for (guint i = 0; i < s->n_items; i++) {
    lo = MIN (lo, s->values[i]);
    hi = MAX (hi, s->values[i]);
  }
  ok = fit_bars (&g, layout, s, plot, lo, hi, error);
  if (ok) {
    scale = (patchart_scale){ g.axis.ticks.lo, g.axis.ticks.hi, g.bottom, g.top };
    place_axis (layout, &g, &scale, plot->x + plot->w);
    for (guint i = 0; i < s->n_items; i++)
      place_bar (layout, &g, &scale, i, s->values[i]);
    patchart_layout_rule (layout, g.left, patchart_scale_map (&scale, 0), plot->x + plot->w,
                          patchart_scale_map (&scale, 0), 1.5 * layout->unit,
                          layout->palette->axis);
  }
  geometry_clear (&g, s->n_items);
  return ok;
}
