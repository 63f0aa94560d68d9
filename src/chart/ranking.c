/* SPDX-License-Identifier: MIT */
/* ranking.c — horizontal bars, largest on top: rank, name (wrapped or
 * ellipsized to fit its column), bar, value. */
#include <math.h>

#include "util/error.h"
#include "chart/layout.h"
#include "figure/kinds.h"
#include "util/number.h"
#include "chart/scale.h"

typedef struct {
  patchart_text_block **ranks, **names, **values;
  double rank_w, name_w, value_w, value_h;
  double row_h, bar_x0, bar_x1;
} ranking_geometry;

static void
geometry_clear (ranking_geometry *g, guint n)
{
  patchart_blocks_free (g->ranks, n);
  patchart_blocks_free (g->names, n);
  patchart_blocks_free (g->values, n);
}

/* Competition ranking: equal values share a rank ("1, 2, 2, 4"). */
static char **
rank_texts (const patchart_series *s)
{
  char **texts = g_new0 (char *, s->n_items + 1);
  guint rank = 1;

  for (guint i = 0; i < s->n_items; i++) {
    if (i > 0 && s->values[i] != s->values[i - 1])
      rank = i + 1;
    /* the "others" bar holds many: it has no rank */
    texts[i] = s->has_others && i + 1 == s->n_items ? g_strdup ("") : g_strdup_printf ("%u", rank);
  }
  return texts;
}

static gboolean
check_values (const patchart_layout *layout, const patchart_series *s, GError **error)
{
  for (guint i = 0; i < s->n_items; i++)
    if (s->values[i] < 0) {
      char *excerpt = patchart_excerpt (s->labels[i]);
      patchart_set_error_at (error, PATCHART_ERROR_DATA, layout->input, s->places[i].line, 0,
                             "\"%s\" has %g: a ranking shows values of 0 or more", excerpt,
                             s->values[i]);
      g_free (excerpt);
      return FALSE;
    }
  return TRUE;
}

/* How many lines a name may take in a row of height ROW_H, and at what
 * size: dense rankings shrink their text (to 80%) before giving up. */
static int
lines_per_row (const patchart_layout *layout, double row_h, double *shrink, GError **error)
{
  static const double shrinks[] = { 1.0, 0.9, 0.8 };

  for (guint i = 0; i < G_N_ELEMENTS (shrinks); i++) {
    patchart_text_block *probe = patchart_layout_measure_scaled (
        layout, "国", PATCHART_ROLE_LABEL, shrinks[i], 0, 0, PATCHART_ALIGN_LEFT, error);
    double line_h;

    if (probe == NULL)
      return -1;
    line_h = patchart_text_block_height (probe);
    patchart_text_block_free (probe);
    *shrink = shrinks[i];
    if (row_h >= 2.3 * line_h)
      return 2;
    if (row_h >= 1.05 * line_h)
      return 1;
  }
  return 0;
}

/* Measures ranks, names and values at the largest size at which every
 * row fits, and sets where the bars start and end. */
static gboolean
fit_rows (ranking_geometry *g, const patchart_layout *layout, const patchart_series *s,
          const patchart_box *plot, GError **error)
{
  double u = layout->unit, tallest;
  char **ranks = rank_texts (s);
  char **values = patchart_format_values (s->values, s->n_items,
                                          patchart_number_decimals_for (s->values, s->n_items));
  int lines;
  double shrink = 1;
  gboolean ok = FALSE;

  g->row_h = plot->h / s->n_items;
  lines = lines_per_row (layout, g->row_h, &shrink, error);
  if (lines == 0)
    g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE,
                 "%u names do not fit a %gx%g figure: use --top N or a taller --size", s->n_items,
                 layout->width, layout->height);
  if (lines <= 0)
    goto out;
  g->ranks =
      patchart_layout_measure_many (layout, ranks, NULL, s->n_items, PATCHART_ROLE_LABEL, shrink, 0,
                                    0, PATCHART_ALIGN_RIGHT, &g->rank_w, &tallest, error);
  g->names = g->ranks
                 ? patchart_layout_measure_many (layout, s->labels, s->places, s->n_items,
                                                 PATCHART_ROLE_LABEL, shrink, plot->w * 0.42, lines,
                                                 PATCHART_ALIGN_LEFT, &g->name_w, &tallest, error)
                 : NULL;
  g->values = g->names ? patchart_layout_measure_many (
                             layout, values, NULL, s->n_items, PATCHART_ROLE_VALUE, shrink, 0, 0,
                             PATCHART_ALIGN_LEFT, &g->value_w, &g->value_h, error)
                       : NULL;
  if (g->values == NULL)
    goto out;
  g->bar_x0 = plot->x + g->rank_w + 10 * u + g->name_w + 10 * u;
  g->bar_x1 = plot->x + plot->w - g->value_w - 6 * u;
  ok = patchart_layout_check_room (layout, g->bar_x1 - g->bar_x0, plot->h, "the bars", error);
out:
  g_strfreev (ranks);
  g_strfreev (values);
  return ok;
}

static void
place_row (patchart_layout *layout, ranking_geometry *g, const patchart_box *plot,
           const patchart_scale *scale, guint i, double v)
{
  const patchart_palette *p = layout->palette;
  double u = layout->unit, y = plot->y + i * g->row_h, mid = y + g->row_h / 2;
  double bh = MIN (g->row_h * 0.62, 36 * u), x1 = patchart_scale_map (scale, v);
  patchart_text_block *rank = g->ranks[i], *name = g->names[i], *value = g->values[i];

  patchart_layout_text (layout, rank, plot->x + g->rank_w - patchart_text_block_width (rank),
                        mid - patchart_text_block_height (rank) / 2, p->muted_text);
  patchart_layout_text (layout, name, plot->x + g->rank_w + 10 * u,
                        mid - patchart_text_block_height (name) / 2, p->text);
  patchart_layout_rect (layout, (patchart_box){ g->bar_x0, mid - bh / 2, x1 - g->bar_x0, bh },
                        p->bar);
  patchart_layout_text (layout, value, x1 + 6 * u, mid - g->value_h / 2, p->text);
  g->ranks[i] = g->names[i] = g->values[i] = NULL;
}

gboolean
patchart_ranking_layout (patchart_layout *layout, const patchart_figure *figure,
                         const patchart_box *plot, GError **error)
{
  const patchart_series *s = figure->series;
  ranking_geometry g = { 0 };
  double hi = 0;
  gboolean ok;

  if (!check_values (layout, s, error))
    return FALSE;
  for (guint i = 0; i < s->n_items; i++)
    hi = MAX (hi, s->values[i]);
  ok = fit_rows (&g, layout, s, plot, error);
  if (ok) {
    patchart_scale scale = { 0, hi > 0 ? hi : 1, g.bar_x0, g.bar_x1 };
    for (guint i = 0; i < s->n_items; i++)
      place_row (layout, &g, plot, &scale, i, s->values[i]);
    patchart_layout_rule (layout, g.bar_x0, plot->y, g.bar_x0, plot->y + plot->h, layout->unit,
                          layout->palette->axis);
  }
  geometry_clear (&g, s->n_items);
  return ok;
}
