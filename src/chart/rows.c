/* SPDX-License-Identifier: MIT */
/* rows.c — horizontal bars: the rank, the name in a column as wide as
 * the names need (up to about half the plot), wrapped to two lines (three
 * where rows are tall) before anything is shortened, the bar, and its
 * value after it.  Rows keep a readable pitch: few bars get gaps, not
 * thick bars, and sit at the top rather than under a full-height axis.
 * A bar split into series is stacked with its total after it, or its
 * series are thinner bars one under the other, each with its value. */
#include <math.h>

#include "chart/rows.h"
#include "chart/scale.h"
#include "chart/series.h"
#include "util/error.h"

#define BAR_MAX 32.0   /* px at unit 1: the thickest bar */
#define PITCH_MAX 56.0 /* px at unit 1: rows no farther apart */

typedef struct {
  patchart_text_block **ranks, **names, **values;
  double rank_w, name_w, value_w, value_h, shrink;
  double pitch, others_gap; /* row pitch, and the gap before the others row */
  double bar_x0, bar_x1;    /* where the scale's range runs */
  double lo, hi;            /* the scale's domain: 0 and the values */
  guint per_row;            /* bars in a row: 1, or the series when grouped */
  const double *shown;      /* the n_shown values drawn: totals, or parts when grouped */
  guint n_shown;
} rows_geometry;

static void
geometry_clear (rows_geometry *g, guint n)
{
  patchart_blocks_free (g->ranks, n);
  patchart_blocks_free (g->names, n);
  patchart_blocks_free (g->values, g->n_shown);
}

static gboolean
is_others (const patchart_series *s, guint i)
{
  return s->has_others && i + 1 == s->n_items;
}

/* Competition ranks, a tie marked as newspapers do: "1, =2, =2, 4".
 * The others row has none. */
static char **
rank_texts (const patchart_series *s, gboolean ranks)
{
  char **texts = g_new0 (char *, s->n_items + 1);
  guint rank = 1;

  for (guint i = 0; i < s->n_items; i++) {
    gboolean tied =
        (i > 0 && s->values[i] == s->values[i - 1] && !is_others (s, i)) ||
        (i + 1 < s->n_items && s->values[i] == s->values[i + 1] && !is_others (s, i + 1));

    if (i > 0 && s->values[i] != s->values[i - 1])
      rank = i + 1;
    texts[i] = !ranks || is_others (s, i) ? g_strdup ("")
                                          : g_strdup_printf ("%s%u", tied ? "=" : "", rank);
  }
  return texts;
}

/* The height of one line of a label at SHRINK. */
static gboolean
line_height (const patchart_layout *layout, double shrink, double *height, GError **error)
{
  patchart_text_block *probe = patchart_layout_measure_scaled (
      layout, "国", PATCHART_ROLE_LABEL, shrink, 0, 0, PATCHART_ALIGN_LEFT, error);

  if (probe == NULL)
    return FALSE;
  *height = patchart_text_block_height (probe);
  patchart_text_block_free (probe);
  return TRUE;
}

static gboolean
too_many (const patchart_layout *layout, const patchart_series *s, GError **error)
{
  g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE,
               "%u names do not fit a %gx%g figure: use --top N or a taller --size", s->n_items,
               layout->width, layout->height);
  return FALSE;
}

/* Names in LINES lines at SHRINK, no wider than MAX_W; *WHOLE says
 * whether every one fits without an ellipsis. */
static gboolean
try_names (rows_geometry *g, const patchart_layout *layout, const patchart_series *s, double shrink,
           int lines, double max_w, gboolean *whole, GError **error)
{
  double tallest;

  patchart_blocks_free (g->names, s->n_items);
  g->shrink = shrink;
  g->names = patchart_layout_measure_many (layout, s->labels, s->places, s->n_items,
                                           PATCHART_ROLE_LABEL, shrink, max_w, lines,
                                           PATCHART_ALIGN_LEFT, &g->name_w, &tallest, error);
  *whole = TRUE;
  for (guint i = 0; g->names != NULL && i < s->n_items && *whole; i++)
    *whole = !patchart_text_block_ellipsized (g->names[i]);
  return g->names != NULL;
}

/* The row pitch, the label size and the names: on one line at full size
 * if they fit so; else wrapped on as many lines as the rows can hold (two,
 * three where the figure is tall), shrinking the type to the smallest
 * size; shortened with an ellipsis only when nothing else fits. */
static gboolean
fit_names (rows_geometry *g, const patchart_layout *layout, const patchart_series *s,
           const patchart_box *plot, double max_w, GError **error)
{
  double u = layout->unit, min_shrink = patchart_layout_min_shrink (layout, PATCHART_ROLE_LABEL);
  double rows = s->n_items + (s->has_others ? 0.5 : 0), room = plot->h / rows, line_h;
  int most = plot->h >= 600 * u ? 3 : 2, lines;
  gboolean whole;

  for (double shrink = 1;; shrink = MAX (shrink - 0.1, min_shrink)) {
    if (!line_height (layout, shrink, &line_h, error))
      return FALSE;
    /* lines of a name may fill its row: the ink of a line is well inside
     * its logical height, so neighbours do not touch */
    lines = room < 0.9 * line_h ? 0 : MIN (most, MAX (1, (int) floor ((room - u) / line_h)));
    if (lines >= 1 && !try_names (g, layout, s, shrink, 1, max_w, &whole, error))
      return FALSE;
    if (lines >= 2 && !whole && !try_names (g, layout, s, shrink, lines, max_w, &whole, error))
      return FALSE;
    if ((lines >= 1 && whole) || shrink <= min_shrink)
      break;
  }
  if (lines < 1)
    return too_many (layout, s, error);
  g->pitch =
      MIN (room, MAX (PITCH_MAX * u, patchart_blocks_tallest (g->names, s->n_items) + 6 * u));
  for (guint i = 0; i < s->n_items; i++)
    if (patchart_text_block_cut (g->names[i])) {
      char *excerpt = patchart_excerpt (s->labels[i]);
      patchart_set_error_at (error, PATCHART_ERROR_USAGE, layout->input, s->places[i].line,
                             s->places[i].column,
                             "\"%s\" does not fit a %gx%g figure even on %d line%s: use a wider "
                             "--size or a shorter name (--alias)",
                             excerpt, layout->width, layout->height, lines, lines > 1 ? "s" : "");
      g_free (excerpt);
      return FALSE;
    }
  return TRUE;
}

/* Grouped rows hold one thin bar per series, each with its value beside
 * it: the rows must be tall enough for those values not to touch. */
static gboolean
fit_group (rows_geometry *g, const patchart_layout *layout, const patchart_series *s,
           const patchart_box *plot, GError **error)
{
  double most = plot->h / (s->n_items + (s->has_others ? 0.5 : 0));

  if (g->per_row == 1)
    return TRUE;
  g->pitch = MIN (most, MAX (g->pitch, g->per_row * g->value_h * 1.1 / 0.84));
  g->others_gap = s->has_others ? g->pitch / 2 : 0;
  if (g->pitch * 0.84 / g->per_row >= g->value_h)
    return TRUE;
  g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE,
               "%u rows of %u series side by side do not fit a %gx%g figure: use --stack, "
               "--top N or a taller --size",
               s->n_items, g->per_row, layout->width, layout->height);
  return FALSE;
}

static gboolean
fit_rows (rows_geometry *g, const patchart_layout *layout, const patchart_figure *figure,
          const patchart_box *plot, gboolean ranks, GError **error)
{
  const patchart_series *s = figure->series;
  double u = layout->unit, tallest, largest = 0, line_h;
  patchart_numbers numbers;
  char **rank_text, **value_text;
  gboolean ok = FALSE;

  /* too many rows for even the smallest type: say so before measuring */
  if (!line_height (layout, patchart_layout_min_shrink (layout, PATCHART_ROLE_LABEL), &line_h,
                    error))
    return FALSE;
  if (plot->h / (s->n_items + (s->has_others ? 0.5 : 0)) < 0.9 * line_h)
    return too_many (layout, s, error);
  rank_text = rank_texts (s, ranks);
  g->per_row = figure->group && s->n_parts > 0 ? s->n_parts : 1;
  g->shown = g->per_row > 1 ? s->parts : s->values;
  g->n_shown = s->n_items * g->per_row;
  for (guint b = 0; b < g->n_shown; b++) {
    g->lo = MIN (g->lo, g->shown[b]);
    g->hi = MAX (g->hi, g->shown[b]);
    largest = MAX (largest, fabs (g->shown[b]));
  }
  patchart_numbers_for (figure, largest, &numbers);
  value_text = patchart_format_values (&numbers, g->shown, g->n_shown,
                                       patchart_numbers_decimals (&numbers, g->shown, g->n_shown));
  g->ranks =
      patchart_layout_measure_many (layout, rank_text, NULL, s->n_items, PATCHART_ROLE_LABEL, 1, 0,
                                    0, PATCHART_ALIGN_RIGHT, &g->rank_w, &tallest, error);
  g->values = g->ranks
                  ? patchart_layout_measure_many (layout, value_text, NULL, g->n_shown,
                                                  PATCHART_ROLE_VALUE, 1, 0, 0, PATCHART_ALIGN_LEFT,
                                                  &g->value_w, &g->value_h, error)
                  : NULL;
  if (g->values == NULL ||
      !fit_names (g, layout, s, plot,
                  (plot->w - g->rank_w - g->value_w * (g->lo < 0 ? 2 : 1)) * 0.5, error))
    goto out;
  g->others_gap = s->has_others ? g->pitch / 2 : 0;
  /* ranks and values no larger than the names, which fit the rows */
  patchart_blocks_free (g->ranks, s->n_items);
  patchart_blocks_free (g->values, g->n_shown);
  g->values = NULL;
  g->ranks = patchart_layout_measure_many (layout, rank_text, NULL, s->n_items, PATCHART_ROLE_LABEL,
                                           g->shrink, 0, 0, PATCHART_ALIGN_RIGHT, &g->rank_w,
                                           &tallest, error);
  if (g->ranks != NULL)
    g->values = patchart_layout_measure_many (
        layout, value_text, NULL, g->n_shown, PATCHART_ROLE_VALUE,
        MIN (1, g->shrink * patchart_layout_min_shrink (layout, PATCHART_ROLE_VALUE) /
                    patchart_layout_min_shrink (layout, PATCHART_ROLE_LABEL)),
        0, 0, PATCHART_ALIGN_LEFT, &g->value_w, &g->value_h, error);
  if (g->values == NULL || !fit_group (g, layout, s, plot, error))
    goto out;
  g->bar_x0 = plot->x + (g->rank_w > 0 ? g->rank_w + 10 * u : 0) + g->name_w + 12 * u;
  g->bar_x1 = plot->x + plot->w - g->value_w - 6 * u;
  if (g->lo < 0)
    g->bar_x0 += g->value_w + 6 * u; /* negative bars' values go left of them */
  ok = patchart_layout_check_room (layout, g->bar_x1 - g->bar_x0, plot->h, "the bars", error);
out:
  g_strfreev (rank_text);
  g_strfreev (value_text);
  return ok;
}

/* Bar J of row I (J = 0 unless grouped) centred on the row's MID, and
 * its value after it. */
static void
place_shown (patchart_layout *layout, rows_geometry *g, const patchart_scale *scale,
             const patchart_figure *figure, guint i, guint j, double mid)
{
  double u = layout->unit, v = g->shown[i * g->per_row + j];
  double bh = g->per_row > 1 ? MIN (g->pitch * 0.84 / g->per_row, BAR_MAX * 0.75 * u)
                             : MIN (g->pitch * 0.62, BAR_MAX * u);
  double y = mid - bh * g->per_row / 2 + j * bh;
  double x0 = patchart_scale_map (scale, MIN (v, 0)), x1 = patchart_scale_map (scale, MAX (v, 0));
  patchart_text_block *value = g->values[i * g->per_row + j];
  double value_x = v < 0 ? x0 - 6 * u - patchart_text_block_width (value) : x1 + 6 * u;

  if (g->per_row > 1)
    patchart_layout_part (layout, figure, i, j, (patchart_box){ x0, y + 0.5 * u, x1 - x0, bh - u });
  else
    patchart_layout_parts (layout, figure, i, (patchart_box){ x0, y, x1 - x0, bh }, TRUE);
  patchart_layout_text (layout, value, value_x, y + bh / 2 - g->value_h / 2, layout->palette->text);
  patchart_layout_tag (layout, PATCHART_PART_LABELS);
  g->values[i * g->per_row + j] = NULL;
}

static void
place_row (patchart_layout *layout, rows_geometry *g, const patchart_box *plot,
           const patchart_scale *scale, const patchart_figure *figure, guint i)
{
  const patchart_series *s = figure->series;
  const patchart_palette *p = layout->palette;
  double u = layout->unit;
  double y = plot->y + i * g->pitch + (is_others (s, i) ? g->others_gap : 0),
         mid = y + g->pitch / 2;
  patchart_text_block *rank = g->ranks[i], *name = g->names[i];
  double name_x = plot->x + (g->rank_w > 0 ? g->rank_w + 10 * u : 0);

  patchart_layout_text (layout, rank, plot->x + g->rank_w - patchart_text_block_width (rank),
                        mid - patchart_text_block_height (rank) / 2, p->muted_text);
  patchart_layout_text (layout, name, name_x, mid - patchart_text_block_height (name) / 2,
                        is_others (s, i) ? p->muted_text : p->text);
  for (guint j = 0; j < g->per_row; j++)
    place_shown (layout, g, scale, figure, i, j, mid);
  g->ranks[i] = g->names[i] = NULL;
}

gboolean
patchart_rows_layout (patchart_layout *layout, const patchart_figure *figure,
                      const patchart_box *plot, gboolean ranks, GError **error)
{
  const patchart_series *s = figure->series;
  rows_geometry g = { 0 };
  gboolean ok = fit_rows (&g, layout, figure, plot, ranks, error);

  if (ok) {
    patchart_scale scale = { g.lo, g.hi > g.lo ? g.hi : g.lo + 1, g.bar_x0, g.bar_x1 };
    double zero = patchart_scale_map (&scale, 0);
    double bottom = plot->y + s->n_items * g.pitch + g.others_gap;

    patchart_layout_group (layout, PATCHART_PART_AXIS);
    for (guint i = 0; i < s->n_items; i++)
      place_row (layout, &g, plot, &scale, figure, i);
    patchart_layout_rule (layout, zero, plot->y, zero, bottom, layout->unit, layout->palette->axis);
  }
  geometry_clear (&g, s->n_items);
  return ok;
}
