/* SPDX-License-Identifier: MIT */
/* line.c — one line per series over ordered x values (years): a value
 * axis from zero with light gridlines, every x value ticked on the axis
 * below, each series named at its line's end in its colour (names that
 * would overlap are moved apart, with a leader line to their line), no
 * legend box up to eight series (more get a legend above the plot).
 * Highlighted series are drawn over the rest, which are muted.  A missing
 * value is a gap in the line; a point between two gaps is a dot.  Years
 * from --incomplete-from on are drawn dashed over a light band, with a
 * note in the figure's language that says why. */
#include <math.h>

#include "chart/axis.h"
#include "chart/layout.h"
#include "chart/series.h"
#include "figure/kinds.h"
#include "figure/lang.h"
#include "util/error.h"
#include "util/number.h"

/* Names at the line ends read well up to about eight series; more would
 * be a column of names crowded apart from their lines. */
#define LEGEND_FROM 9

typedef struct {
  patchart_axis axis;
  patchart_text_block **names; /* of the series, at the line ends */
  patchart_text_block **xs;    /* x value labels */
  patchart_text_block *note;   /* why the band, or NULL */
  double name_w, name_h, x_w, x_h;
  double left, right, top, bottom; /* the area the lines are drawn in */
  double x0, x1;                   /* x of the first and last x value */
  guint first_incomplete;          /* column; n_cols when none is */
} line_geometry;

static void
geometry_clear (line_geometry *g, const patchart_matrix *m)
{
  patchart_axis_clear (&g->axis);
  patchart_blocks_free (g->names, m->n_rows);
  patchart_blocks_free (g->xs, m->n_cols);
  patchart_text_block_free (g->note);
}

static double
value_at (const patchart_matrix *m, guint r, guint c)
{
  return m->values[(gsize) r * m->n_cols + c];
}

/* "2023–2024 incomplete (publication lag)", in the figure's language. */
static gboolean
measure_note (line_geometry *g, const patchart_layout *layout, const patchart_matrix *m,
              double max_width, GError **error)
{
  const char *first = m->col_labels[g->first_incomplete], *last = m->col_labels[m->n_cols - 1];
  char *text;

  if (g->first_incomplete == m->n_cols)
    return TRUE;
  text = patchart_incomplete_note (layout->lang, first,
                                   g->first_incomplete + 1 == m->n_cols ? NULL : last);
  g->note = patchart_layout_measure (layout, text, PATCHART_ROLE_SMALL, max_width, 2,
                                     PATCHART_ALIGN_RIGHT, error);
  g_free (text);
  return g->note != NULL;
}

/* Whether series R is named at its line's end: every series up to
 * LEGEND_FROM; past that only the highlighted ones, the muted rest
 * unnamed (or, with none highlighted, all named in a legend). */
static gboolean
named (const patchart_figure *figure, guint r)
{
  return figure->matrix->n_rows < LEGEND_FROM ||
         (figure->highlighted != NULL && figure->highlighted[r]);
}

static gboolean
legend_mode (const patchart_figure *figure)
{
  return figure->matrix->n_rows >= LEGEND_FROM && figure->highlighted == NULL;
}

/* Series names at the label size, or smaller (down to the smallest
 * size) when they are too many to stack in HEIGHT; an error when even
 * that does not fit.  Series not named get an empty block. */
static gboolean
measure_names (line_geometry *g, const patchart_layout *layout, const patchart_figure *figure,
               double max_width, double height, GError **error)
{
  const patchart_matrix *m = figure->matrix;
  double min_shrink = patchart_layout_min_shrink (layout, PATCHART_ROLE_LABEL);
  char **texts = g_new0 (char *, m->n_rows + 1);
  guint n_named = 0;
  gboolean ok = FALSE;

  for (guint r = 0; r < m->n_rows; r++) {
    texts[r] = named (figure, r) ? m->row_labels[r] : (char *) "";
    n_named += named (figure, r);
  }
  for (double shrink = 1;; shrink = MAX (shrink - 0.1, min_shrink)) {
    /* on one line where they fit, else two: a name is never cut inside a word */
    for (int lines = 1; lines <= 2; lines++) {
      patchart_blocks_free (g->names, m->n_rows);
      g->names = patchart_layout_measure_many (layout, texts, m->row_places, m->n_rows,
                                               PATCHART_ROLE_LABEL, shrink, max_width, lines,
                                               PATCHART_ALIGN_LEFT, &g->name_w, &g->name_h, error);
      if (g->names == NULL)
        goto out;
      if (patchart_blocks_first_cut (g->names, m->n_rows) == m->n_rows)
        break;
    }
    if (g->name_h * n_named <= height &&
        patchart_blocks_first_cut (g->names, m->n_rows) == m->n_rows) {
      ok = TRUE;
      goto out;
    }
    if (shrink <= min_shrink)
      break;
  }
  if (patchart_blocks_first_cut (g->names, m->n_rows) < m->n_rows) {
    guint r = patchart_blocks_first_cut (g->names, m->n_rows);
    char *excerpt = patchart_excerpt (m->row_labels[r]);
    patchart_set_error_at (error, PATCHART_ERROR_USAGE, layout->input, m->row_places[r].line,
                           m->row_places[r].column,
                           "\"%s\" does not fit beside the lines of a %gx%g figure even on two "
                           "lines: use a wider --size or a shorter name (--alias)",
                           excerpt, layout->width, layout->height);
    g_free (excerpt);
  } else {
    g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE,
                 "%u series do not fit a %gx%g figure: use --top N or a taller --size", n_named,
                 layout->width, layout->height);
  }
  patchart_blocks_free (g->names, m->n_rows);
  g->names = NULL;
out:
  g_free (texts);
  return ok;
}

static void
value_range (const patchart_matrix *m, double *lo, double *hi)
{
  *lo = 0; /* the axis starts at zero: a line's height is its amount */
  *hi = 0;
  for (gsize i = 0; i < (gsize) m->n_rows * m->n_cols; i++)
    if (!isnan (m->values[i])) {
      *lo = MIN (*lo, m->values[i]);
      *hi = MAX (*hi, m->values[i]);
    }
}

/* Measures the note, the names, the x labels and the value axis, and
 * carves the area the lines are drawn in from the plot. */
static gboolean
fit_lines (line_geometry *g, const patchart_layout *layout, const patchart_figure *figure,
           const patchart_box *plot, GError **error)
{
  const patchart_matrix *m = figure->matrix;
  double u = layout->unit, lo, hi, note_h = 0;
  patchart_numbers numbers;

  g->first_incomplete = patchart_matrix_first_column_from (m, figure->incomplete_from);
  if (!measure_note (g, layout, m, plot->w * 0.6, error))
    return FALSE;
  if (g->note != NULL)
    note_h = patchart_text_block_height (g->note) + 4 * u;
  /* x values are years, as a rule: one as long as half the plot is not */
  g->xs = patchart_layout_measure_many (layout, m->col_labels, m->col_places, m->n_cols,
                                        PATCHART_ROLE_SMALL, 1, plot->w / 2, 2,
                                        PATCHART_ALIGN_CENTER, &g->x_w, &g->x_h, error);
  if (g->xs != NULL && patchart_blocks_first_cut (g->xs, m->n_cols) < m->n_cols) {
    guint c = patchart_blocks_first_cut (g->xs, m->n_cols);
    char *excerpt = patchart_excerpt (m->col_labels[c]);
    patchart_set_error_at (error, PATCHART_ERROR_USAGE, layout->input, m->col_places[c].line,
                           m->col_places[c].column,
                           "x value \"%s\" is too long to label a line chart's axis: use "
                           "shorter x values (years) or a wider --size",
                           excerpt);
    g_free (excerpt);
    return FALSE;
  }
  if (g->xs == NULL || (!legend_mode (figure) && !measure_names (g, layout, figure, plot->w * 0.25,
                                                                 plot->h - note_h - g->x_h, error)))
    return FALSE;
  value_range (m, &lo, &hi);
  g->top = plot->y + note_h + g->name_h / 2;
  g->bottom = plot->y + plot->h - g->x_h - 8 * u;
  patchart_numbers_for (figure, MAX (fabs (lo), fabs (hi)), &numbers);
  if (!patchart_axis_init (&g->axis, layout, &numbers, lo, hi,
                           patchart_all_integers (m->values, (gsize) m->n_rows * m->n_cols),
                           g->bottom - g->top, 42 * u, error))
    return FALSE;
  g->left = plot->x + g->axis.max_label_width + 8 * u;
  g->right = plot->x + plot->w - (g->names != NULL ? g->name_w + 14 * u : g->x_w / 2);
  g->x0 = g->left + g->x_w / 2 + 4 * u;
  g->x1 = m->n_cols > 1 ? g->right - g->x_w / 2 : g->x0;
  if (m->n_cols == 1)
    g->x0 = g->x1 = (g->left + g->right) / 2;
  return patchart_layout_check_room (layout, g->right - g->left, g->bottom - g->top, "the lines",
                                     error);
}

static double
x_of (const line_geometry *g, const patchart_matrix *m, guint c)
{
  return m->n_cols > 1 ? g->x0 + (g->x1 - g->x0) * c / (m->n_cols - 1) : g->x0;
}

/* Every how many x values a label fits: 1, 2, 5, 10, 20, 50, ... */
static guint
x_stride (const line_geometry *g, const patchart_matrix *m, double u)
{
  double slot = m->n_cols > 1 ? (g->x1 - g->x0) / (m->n_cols - 1) : G_MAXDOUBLE;
  guint stride = 1;

  /* past the number of values only the first could be labelled: stop there */
  for (guint i = 0; slot * stride < g->x_w + 8 * u && stride < m->n_cols; i++)
    stride = (i % 3 == 0 ? 2 : i % 3 == 1 ? 5 : 10) * (guint) pow (10, i / 3);
  return stride;
}

/* Whether the x values are whole numbers one apart (years): then the
 * labelled ones can be those that divide by the stride. */
static gboolean
steps_by_one (const patchart_matrix *m)
{
  double first, value;

  if (!patchart_number_parse (m->col_labels[0], &first) || first != floor (first))
    return FALSE;
  for (guint c = 1; c < m->n_cols; c++)
    if (!patchart_number_parse (m->col_labels[c], &value) || value != first + c)
      return FALSE;
  return TRUE;
}

/* Whether x value C gets a label: every STRIDE-th year (years that divide
 * by STRIDE, when YEARS), or every STRIDE-th value from the first; the
 * labels are then at least STRIDE slots apart. */
static gboolean
labelled (const patchart_matrix *m, guint c, guint stride, gboolean years)
{
  double year;

  if (stride == 1)
    return TRUE;
  if (stride >= m->n_cols) /* no step leaves room: the first value alone */
    return c == 0;
  if (years && patchart_number_parse (m->col_labels[c], &year))
    return fmod (year, stride) == 0;
  return c % stride == 0;
}

/* The band behind the incomplete years, to half a step past the last,
 * and the note above its right end. */
static void
place_band (patchart_layout *layout, line_geometry *g, const patchart_matrix *m,
            const patchart_box *plot)
{
  const patchart_palette *p = layout->palette;
  guint c = g->first_incomplete;
  double x = c == 0 ? g->left : (x_of (g, m, c - 1) + x_of (g, m, c)) / 2;
  double right = m->n_cols > 1 ? g->x1 + (g->x1 - g->x0) / (m->n_cols - 1) / 2 : g->right;
  double note_w = patchart_text_block_width (g->note);

  right = MIN (right, g->right);
  patchart_layout_rect (layout, (patchart_box){ x, g->top, right - x, g->bottom - g->top },
                        p->band);
  patchart_layout_text (layout, g->note, MAX (plot->x, right - note_w), plot->y, p->muted_text);
  g->note = NULL;
}

static void
place_axes (patchart_layout *layout, line_geometry *g, const patchart_matrix *m,
            const patchart_scale *scale)
{
  const patchart_palette *p = layout->palette;
  double u = layout->unit, zero = patchart_scale_map (scale, 0);
  guint stride = x_stride (g, m, u);
  gboolean years = steps_by_one (m);

  for (guint i = 0; i < g->axis.ticks.n_ticks; i++) {
    double v = g->axis.ticks.ticks[i], y = patchart_scale_map (scale, v);
    patchart_text_block *label = patchart_axis_take_label (&g->axis, i);
    double w = patchart_text_block_width (label), h = patchart_text_block_height (label);

    if (v != 0)
      patchart_layout_rule (layout, g->left, y, g->right, y, u, p->grid);
    patchart_layout_text (layout, label, g->left - 8 * u - w, y - h / 2, p->muted_text);
  }
  patchart_layout_rule (layout, g->left, zero, g->right, zero, 1.5 * u, p->axis);
  for (guint c = 0; c < m->n_cols; c++) {
    double x = x_of (g, m, c);
    patchart_layout_rule (layout, x, g->bottom, x, g->bottom + 3 * u, u, p->axis);
    if (!labelled (m, c, stride, years))
      continue;
    patchart_layout_text (layout, g->xs[c], x - patchart_text_block_width (g->xs[c]) / 2,
                          g->bottom + 5 * u, p->muted_text);
    g->xs[c] = NULL;
  }
}

/* Draws the run of values FROM .. TO (inclusive, none missing) of series
 * R: solid, then dashed from the last complete year on. */
static void
place_run (patchart_layout *layout, const line_geometry *g, const patchart_matrix *m,
           const patchart_scale *scale, guint r, guint from, guint to, patchart_rgb color)
{
  double u = layout->unit, *xy = g_new (double, 2 * (to - from + 1));
  guint split = g->first_incomplete == 0 ? 0 : g->first_incomplete - 1;
  guint n = 0;

  for (guint c = from; c <= to; c++, n++) {
    xy[2 * n] = x_of (g, m, c);
    xy[2 * n + 1] = patchart_scale_map (scale, value_at (m, r, c));
  }
  if (from == to)
    patchart_layout_dot (layout, xy[0], xy[1], 2.5 * u, color);
  else if (to <= split || g->first_incomplete == m->n_cols)
    patchart_layout_path (layout, xy, n, 2 * u, 0, color);
  else if (from >= split)
    patchart_layout_path (layout, xy, n, 2 * u, 5 * u, color);
  else {
    patchart_layout_path (layout, xy, split - from + 1, 2 * u, 0, color);
    patchart_layout_path (layout, xy + 2 * (split - from), to - split + 1, 2 * u, 5 * u, color);
  }
  g_free (xy);
}

/* Series R's line in runs between missing values; its last column with
 * a value, or -1 when it has none. */
static int
place_series (patchart_layout *layout, const line_geometry *g, const patchart_matrix *m,
              const patchart_scale *scale, guint r, patchart_rgb color, gboolean dotted)
{
  int last = -1;

  for (guint c = 0; c < m->n_cols && dotted; c++)
    if (!isnan (value_at (m, r, c)))
      patchart_layout_dot (layout, x_of (g, m, c), patchart_scale_map (scale, value_at (m, r, c)),
                           3 * layout->unit, color);

  for (guint c = 0; c < m->n_cols; c++) {
    guint end = c;
    if (isnan (value_at (m, r, c)))
      continue;
    while (end + 1 < m->n_cols && !isnan (value_at (m, r, end + 1)))
      end++;
    place_run (layout, g, m, scale, r, c, end, color);
    last = (int) end;
    c = end;
  }
  if (last >= 0)
    patchart_layout_dot (layout, x_of (g, m, (guint) last),
                         patchart_scale_map (scale, value_at (m, r, (guint) last)),
                         2.5 * layout->unit, color);
  return last;
}

/* Whether series R is drawn muted: others are highlighted, or it is the
 * others row, which stands for many series. */
static gboolean
muted (const patchart_figure *figure, guint r)
{
  const patchart_matrix *m = figure->matrix;

  return (figure->highlighted != NULL && !figure->highlighted[r]) ||
         (m->has_others && r + 1 == m->n_rows);
}

static patchart_rgb
line_color (const patchart_layout *layout, const patchart_figure *figure, guint r)
{
  const patchart_palette *p = layout->palette;
  guint n_highlighted = 0;

  if (muted (figure, r))
    return p->other_bar;
  for (guint i = 0; figure->highlighted != NULL && i < figure->matrix->n_rows; i++)
    n_highlighted += figure->highlighted[i];
  /* one series highlighted is the story: the accent; several keep their colours */
  if (n_highlighted == 1)
    return p->bar;
  return patchart_series_color (layout, figure, r);
}

typedef struct {
  guint start, size; /* labels start .. start + size - 1 */
  double sum;        /* of the top each label would give the block */
  double top;
} label_block;

static void
block_place (label_block *b, double h, double lo, double hi)
{
  b->top = CLAMP (b->sum / b->size, lo, MAX (lo, hi - b->size * h));
}

/* Moves N labels of height H apart: CENTRE holds the centres they would
 * like, in increasing order; on return the centres they get, no two
 * closer than H, all within LO .. HI.  Labels that would overlap form a
 * block placed where its labels would like it on average, so each moves
 * as little as it can. */
static void
spread (double *centre, guint n, double h, double lo, double hi)
{
  label_block *blocks = g_new (label_block, n);
  guint n_blocks = 0;

  for (guint i = 0; i < n; i++) {
    label_block *b = &blocks[n_blocks++];
    *b = (label_block){ i, 1, centre[i] - h / 2, 0 };
    block_place (b, h, lo, hi);
    while (n_blocks > 1) {
      label_block *above = &blocks[n_blocks - 2], *last = &blocks[n_blocks - 1];
      if (above->top + above->size * h <= last->top)
        break;
      /* the last block's labels sit ABOVE->size places further down */
      above->sum += last->sum - last->size * above->size * h;
      above->size += last->size;
      n_blocks--;
      block_place (above, h, lo, hi);
    }
  }
  for (guint b = 0; b < n_blocks; b++)
    for (guint i = 0; i < blocks[b].size; i++)
      centre[blocks[b].start + i] = blocks[b].top + i * h + h / 2;
  g_free (blocks);
}

typedef struct {
  guint row;
  double x, y; /* the line's last point */
} line_end;

static int
by_y (gconstpointer a, gconstpointer b)
{
  const line_end *p = a, *q = b;

  if (p->y != q->y)
    return p->y < q->y ? -1 : 1;
  return p->row < q->row ? -1 : p->row > q->row;
}

/* Each series' name right of the lines, beside its line's end, moved
 * apart from the others where needed with a leader line back to it. */
static void
place_names (patchart_layout *layout, const patchart_figure *figure, line_geometry *g, GArray *ends)
{
  const patchart_palette *p = layout->palette;
  double u = layout->unit, name_x = g->right + 14 * u, h = g->name_h;
  double *centre = g_new (double, ends->len);

  g_array_sort (ends, by_y);
  for (guint i = 0; i < ends->len; i++)
    centre[i] = g_array_index (ends, line_end, i).y;
  spread (centre, ends->len, h, g->top - h / 2, g->bottom + h / 2);
  for (guint i = 0; i < ends->len; i++) {
    const line_end *e = &g_array_index (ends, line_end, i);
    patchart_rgb color = line_color (layout, figure, e->row);
    patchart_text_block *name = g->names[e->row];
    if (fabs (centre[i] - e->y) > 0.5 * u || e->x < g->x1 - 0.5 * u || g->x0 == g->x1)
      patchart_layout_rule (layout, e->x + 5 * u, e->y, name_x - 3 * u, centre[i], 0.75 * u, color);
    patchart_layout_text (layout, name, name_x, centre[i] - patchart_text_block_height (name) / 2,
                          patchart_readable_on (color, p->background, p->text));
    g->names[e->row] = NULL;
  }
  g_free (centre);
}

/* In a legend, series past the palette's colours take them again,
 * with a dot at every point. */
static gboolean
dotted (const patchart_layout *layout, const patchart_figure *figure, guint r)
{
  return legend_mode (figure) && r >= layout->palette->n_series;
}

/* A legend of the series, in their order, when there are too many to
 * name at the line ends and none is highlighted: each colour once, then
 * once more with dots; more than that cannot be told apart. */
static gboolean
legend_take (patchart_layout *layout, const patchart_figure *figure, patchart_box *plot,
             GError **error)
{
  const patchart_matrix *m = figure->matrix;
  guint n_colors = layout->palette->n_series;
  patchart_rgb *colors;
  gboolean *dots, ok;

  if (!legend_mode (figure))
    return TRUE;
  if (m->n_rows > 2 * n_colors) {
    g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE,
                 "%u series are more lines than colours can tell apart (%u, and %u more with "
                 "dots): use --top %u --others, or --highlight the series the figure is about",
                 m->n_rows, n_colors, n_colors, n_colors);
    return FALSE;
  }
  colors = g_new (patchart_rgb, m->n_rows);
  dots = g_new (gboolean, m->n_rows);
  for (guint r = 0; r < m->n_rows; r++) {
    colors[r] = line_color (layout, figure, r);
    dots[r] = dotted (layout, figure, r);
  }
  ok = patchart_legend_take (layout, m->row_labels, colors, dots, m->n_rows, PATCHART_SWATCH_LINE,
                             plot, error);
  g_free (colors);
  g_free (dots);
  return ok;
}

gboolean
patchart_line_layout (patchart_layout *layout, const patchart_figure *figure,
                      const patchart_box *box, GError **error)
{
  const patchart_matrix *m = figure->matrix;
  line_geometry g = { 0 };
  GArray *ends = g_array_new (FALSE, FALSE, sizeof (line_end));
  patchart_box plot = *box;
  gboolean ok =
      legend_take (layout, figure, &plot, error) && fit_lines (&g, layout, figure, &plot, error);

  if (ok) {
    patchart_scale scale = { g.axis.ticks.lo, g.axis.ticks.hi, g.bottom, g.top };
    if (g.note != NULL)
      place_band (layout, &g, m, &plot);
    place_axes (layout, &g, m, &scale);
    /* muted series first, under the ones that tell the story */
    for (guint pass = 0; pass < 2; pass++)
      for (guint r = 0; r < m->n_rows; r++) {
        int last;
        line_end end = { r, 0, 0 };
        if (muted (figure, r) != (pass == 0))
          continue;
        last = place_series (layout, &g, m, &scale, r, line_color (layout, figure, r),
                             dotted (layout, figure, r));
        if (last < 0 || !named (figure, r))
          continue;
        end.x = x_of (&g, m, (guint) last);
        end.y = patchart_scale_map (&scale, value_at (m, r, (guint) last));
        g_array_append_val (ends, end);
      }
    if (g.names != NULL)
      place_names (layout, figure, &g, ends);
  }
  g_array_free (ends, TRUE);
  geometry_clear (&g, m);
  return ok;
}
