/* SPDX-License-Identifier: MIT */
/* heatmap.c — a matrix of cells in a sequential colour map (light = few,
 * dark = many), row labels left, column labels below, a legend with ticks
 * under it; missing cells hatched and named in the legend. */
#include <math.h>

#include "chart/axis.h"
#include "chart/colorscale.h"
#include "chart/layout.h"
#include "chart/scale.h"
#include "figure/kinds.h"
#include "figure/lang.h"

#define PIXELS_MAX 32767 /* cairo's largest image side */

typedef struct {
  patchart_axis axis; /* the colour scale */
  patchart_numbers numbers;
  patchart_text_block *legend_title; /* or NULL */
  patchart_text_block **rows, **cols, **values;
  guint row_stride, col_stride; /* label every Nth row / column */
  double row_w, col_h;
  patchart_box grid, legend;
  gboolean has_missing;
  patchart_text_block *note;            /* over the incomplete columns, or NULL */
  guint first_incomplete;               /* column; n_cols when none is */
  patchart_color_scale scale;           /* as asked, then as resolved */
  const patchart_color_list *diverging; /* the scheme a diverging scale takes */
  double log_lo, log_hi;                /* a log scale's ends */
  double breaks[PATCHART_MAX_TICKS];    /* a quantile scale's, lowest to highest */
  guint n_breaks;
} heatmap_geometry;

static void
geometry_clear (heatmap_geometry *g, const patchart_matrix *m)
{
  patchart_axis_clear (&g->axis);
  patchart_text_block_free (g->legend_title);
  patchart_text_block_free (g->note);
  patchart_blocks_free (g->rows, m->n_rows);
  patchart_blocks_free (g->cols, m->n_cols);
  patchart_blocks_free (g->values, m->n_rows * m->n_cols);
}

/* Every how many labels of size EXTENT fit in slots of size SLOT: 1, 2,
 * 5, 10, 20, 50... so thinned numbers step evenly. */
static guint
stride_for (double extent, double slot)
{
  return extent <= slot ? 1 : (guint) patchart_nice_number (ceil (extent / slot), FALSE);
}

static void
value_range (const patchart_matrix *m, double *lo, double *hi, gboolean *missing)
{
  *lo = 0;
  *hi = 0;
  *missing = FALSE;
  for (gsize i = 0; i < (gsize) m->n_rows * m->n_cols; i++) {
    if (isnan (m->values[i])) {
      *missing = TRUE;
      continue;
    }
    *lo = MIN (*lo, m->values[i]);
    *hi = MAX (*hi, m->values[i]);
  }
}

/* Cell values, at the largest size (down to the smallest allowed) at
 * which all fit; none when they cannot. */
static gboolean
measure_values (heatmap_geometry *g, const patchart_layout *layout, const patchart_matrix *m,
                GError **error)
{
  gsize n = (gsize) m->n_rows * m->n_cols;
  double cell_w = g->grid.w / m->n_cols, cell_h = g->grid.h / m->n_rows, widest, tallest;
  double min_shrink = patchart_layout_min_shrink (layout, PATCHART_ROLE_VALUE);
  char **texts;
  gboolean ok = TRUE;

  if (cell_w < 14 * layout->unit || cell_h < 9 * layout->unit || n > 2500)
    return TRUE; /* too small to hold a number: colour alone */
  texts = patchart_format_values (&g->numbers, m->values, n,
                                  patchart_numbers_decimals (&g->numbers, m->values, n));
  for (double shrink = 1; g->values == NULL && ok; shrink = MAX (shrink - 0.1, min_shrink)) {
    g->values =
        patchart_layout_measure_many (layout, texts, NULL, n, PATCHART_ROLE_VALUE, shrink, 0, 0,
                                      PATCHART_ALIGN_CENTER, &widest, &tallest, error);
    ok = g->values != NULL;
    if (ok && (widest > cell_w - 4 * layout->unit || tallest > cell_h - 1 * layout->unit)) {
      patchart_blocks_free (g->values, n);
      g->values = NULL;
    }
    if (shrink <= min_shrink)
      break;
  }
  g_strfreev (texts);
  return ok;
}

/* Whether each of the N LABELS is a number (years): numbers may be
 * thinned, for the reader can count on between them; names may not. */
static gboolean
all_numbers (char *const *labels, guint n)
{
  for (guint i = 0; i < n; i++) {
    char *end;
    g_ascii_strtod (labels[i], &end);
    if (end == labels[i] || *end != '\0')
      return FALSE;
  }
  return TRUE;
}

static gboolean
unlabelled (const patchart_layout *layout, const patchart_matrix *m, const char *what,
            const char *fix, GError **error)
{
  g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE,
               "%u %s cannot all be labelled in a %gx%g figure: use %s",
               what[0] == 'r' ? m->n_rows : m->n_cols, what, layout->width, layout->height, fix);
  return FALSE;
}

/* Row labels at SHRINK in LINES lines, in a column up to a third of the
 * plot wide, or half when a word needs it; a word wider still is an
 * error. */
static gboolean
measure_row_labels (heatmap_geometry *g, const patchart_layout *layout, const patchart_matrix *m,
                    const patchart_box *plot, double shrink, int lines, GError **error)
{
  static const double shares[] = { 0.35, 0.5 };
  double tallest;
  gboolean cut = FALSE;

  for (guint s = 0; s < G_N_ELEMENTS (shares); s++) {
    patchart_blocks_free (g->rows, m->n_rows);
    g->rows = patchart_layout_measure_many (layout, m->row_labels, m->row_places, m->n_rows,
                                            PATCHART_ROLE_LABEL, shrink, plot->w * shares[s], lines,
                                            PATCHART_ALIGN_RIGHT, &g->row_w, &tallest, error);
    if (g->rows == NULL)
      return FALSE;
    cut = FALSE;
    for (guint r = 0; r < m->n_rows && !cut; r++)
      cut = patchart_text_block_cut (g->rows[r]);
    if (!cut)
      return TRUE;
  }
  return unlabelled (layout, m, "rows", "a wider --size or shorter labels (--alias)", error);
}

/* Row labels, every one of them: wrapped to two lines where the rows are
 * tall enough, else one, the type shrinking to the smallest size.  Sets
 * the grid's height from what is left. */
static gboolean
measure_rows (heatmap_geometry *g, const patchart_layout *layout, const patchart_matrix *m,
              const patchart_box *plot, double below, GError **error)
{
  double min_shrink = patchart_layout_min_shrink (layout, PATCHART_ROLE_LABEL);
  double row_h = (plot->h - below) / m->n_rows;

  /* no room at all for rows (a tiny figure with a long title) */
  if (!patchart_layout_check_room (layout, plot->w, plot->h - below, "the heatmap", error))
    return FALSE;
  for (double shrink = 1;; shrink = MAX (shrink - 0.1, min_shrink)) {
    patchart_text_block *probe = patchart_layout_measure_scaled (
        layout, "国", PATCHART_ROLE_LABEL, shrink, 0, 0, PATCHART_ALIGN_LEFT, error);
    double line_h;
    int lines;

    if (probe == NULL)
      return FALSE;
    line_h = patchart_text_block_height (probe);
    patchart_text_block_free (probe);
    /* one line may take a little of its neighbours' leading: the ink
     * of a line is well inside its logical height */
    lines = row_h >= 2.1 * line_h ? 2 : row_h >= 0.9 * line_h ? 1 : 0;
    if (lines > 0)
      return measure_row_labels (g, layout, m, plot, shrink, lines, error);
    if (shrink <= min_shrink && all_numbers (m->row_labels, m->n_rows)) {
      g->row_stride = stride_for (0.9 * line_h, row_h);
      return measure_row_labels (g, layout, m, plot, shrink, 1, error);
    }
    if (shrink <= min_shrink)
      return unlabelled (layout, m, "rows", "a taller --size or --top N", error);
  }
}

static gboolean
measure_labels (heatmap_geometry *g, const patchart_layout *layout, const patchart_matrix *m,
                const patchart_box *plot, double legend_h, GError **error)
{
  double u = layout->unit, col_widest;
  gboolean thin = all_numbers (m->col_labels, m->n_cols);

  /* columns first: their height decides the rows' room */
  g->cols = patchart_layout_measure_many (layout, m->col_labels, m->col_places, m->n_cols,
                                          PATCHART_ROLE_SMALL, 1,
                                          thin ? 0 : (plot->w * 0.65) / m->n_cols - 4 * u, 2,
                                          PATCHART_ALIGN_CENTER, &col_widest, &g->col_h, error);
  g->row_stride = 1;
  if (g->cols == NULL ||
      !measure_rows (g, layout, m, plot,
                     g->col_h + 6 * u + legend_h +
                         (g->note ? patchart_text_block_height (g->note) + 6 * u : 0),
                     error))
    return FALSE;
  g->grid.x = plot->x + g->row_w + 8 * u;
  g->grid.y = plot->y + (g->note ? patchart_text_block_height (g->note) + 6 * u : 0);
  g->grid.w = plot->x + plot->w - g->grid.x;
  g->grid.h = plot->y + plot->h - g->grid.y - g->col_h - 6 * u - legend_h;
  if (!patchart_layout_check_room (layout, g->grid.w, g->grid.h, "the heatmap", error))
    return FALSE;
  g->col_stride = stride_for (col_widest + 6 * u, g->grid.w / m->n_cols);
  if (!thin && g->col_stride > 1)
    return unlabelled (layout, m, "columns", "a wider --size", error);
  for (guint c = 0; c < m->n_cols && !thin; c++)
    if (patchart_text_block_cut (g->cols[c]))
      return unlabelled (layout, m, "columns", "a wider --size", error);
  return TRUE;
}

/* The legend's ticks, as many as their labels leave room for side by side
 * in LENGTH. */
static gboolean
legend_axis (heatmap_geometry *g, const patchart_layout *layout, const patchart_matrix *m,
             double lo, double hi, double length, GError **error)
{
  gboolean integers = patchart_all_integers (m->values, (gsize) m->n_rows * m->n_cols);
  double u = layout->unit, room;

  if (!patchart_axis_init (&g->axis, layout, &g->numbers, lo, hi, integers, length, 60 * u, error))
    return FALSE;
  /* centred on their ticks, but the end ones pulled in to the legend's
   * ends: up to a label's width more between them and their neighbours */
  room = g->axis.max_label_width * 2 + 2 * u;
  if ((g->axis.ticks.n_ticks - 1) * room <= length)
    return TRUE;
  patchart_axis_clear (&g->axis);
  if (!patchart_axis_init (&g->axis, layout, &g->numbers, lo, hi, integers, length, room * 1.5,
                           error))
    return FALSE;
  if ((g->axis.ticks.n_ticks - 1) * (g->axis.max_label_width * 2 + 2 * u) <= length)
    return TRUE;
  g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE,
               "%gx%g is too small for the heatmap's legend: use a larger --size", layout->width,
               layout->height);
  return FALSE;
}

/* The note over the columns from --incomplete-from on. */
static gboolean
measure_note (heatmap_geometry *g, const patchart_layout *layout, const patchart_matrix *m,
              double max_width, GError **error)
{
  char *text;

  if (g->first_incomplete == m->n_cols)
    return TRUE;
  text = patchart_incomplete_note (
      layout->lang, m->col_labels[g->first_incomplete],
      g->first_incomplete + 1 == m->n_cols ? NULL : m->col_labels[m->n_cols - 1]);
  g->note = patchart_layout_measure (layout, text, PATCHART_ROLE_SMALL, max_width, 2,
                                     PATCHART_ALIGN_RIGHT, error);
  g_free (text);
  return g->note != NULL;
}

/* A dashed bracket over the incomplete columns, as a line chart dashes
 * those years, and the note above its right end. */
static void
place_incomplete (patchart_layout *layout, heatmap_geometry *g, const patchart_matrix *m)
{
  double u = layout->unit, cw = g->grid.w / m->n_cols, y = g->grid.y - 3 * u;
  double xy[] = { g->grid.x + g->first_incomplete * cw + u, y, g->grid.x + g->grid.w - u, y };
  double right = g->grid.x + g->grid.w;

  patchart_layout_path (layout, xy, 2, 1.5 * u, 4 * u, layout->palette->muted_text);
  patchart_layout_text (layout, g->note, right - patchart_text_block_width (g->note),
                        y - 3 * u - patchart_text_block_height (g->note),
                        layout->palette->muted_text);
  g->note = NULL;
}

/* The smallest value, which a log scale needs above 0. */
static gboolean
check_log (const patchart_layout *layout, const patchart_matrix *m, double *lo, GError **error)
{
  *lo = G_MAXDOUBLE;
  for (gsize i = 0; i < (gsize) m->n_rows * m->n_cols; i++) {
    double v = m->values[i];
    if (!isnan (v) && v <= 0) {
      g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE,
                   "%s: color-scale log needs values above 0, but %s x %s is %g: use "
                   "--color-scale quantile or linear",
                   layout->input, m->row_labels[i / m->n_cols], m->col_labels[i % m->n_cols], v);
      return FALSE;
    }
    if (!isnan (v))
      *lo = MIN (*lo, v);
  }
  if (*lo == G_MAXDOUBLE)
    *lo = 1;
  return TRUE;
}

/* Resolves the colour scale for the values LO .. HI; a diverging one is
 * symmetric about zero and takes the diverging scheme. */
static gboolean
scale_init (heatmap_geometry *g, patchart_layout *layout, const patchart_matrix *m, double *lo,
            double *hi, GError **error)
{
  double least;

  g->scale = patchart_color_scale_resolve (g->scale, *lo, *hi);
  if (g->scale == PATCHART_COLOR_SCALE_DIVERGING) {
    *hi = MAX (-*lo, *hi);
    *lo = -*hi;
    patchart_palette_init_scheme (&layout->colors, g->diverging);
  } else if (g->scale == PATCHART_COLOR_SCALE_LOG) {
    if (!check_log (layout, m, &least, error))
      return FALSE;
    g->n_breaks = patchart_log_ticks (least, MAX (*hi, least), g->breaks, &g->log_lo, &g->log_hi);
  } else if (g->scale == PATCHART_COLOR_SCALE_QUANTILE) {
    g->n_breaks = patchart_quantile_breaks (m->values, (gsize) m->n_rows * m->n_cols, 5, g->breaks);
  }
  return TRUE;
}

/* Log and quantile legends show their own values: the powers of ten, or
 * the breaks between classes. */
static gboolean
legend_ticks (heatmap_geometry *g, const patchart_layout *layout, GError **error)
{
  int decimals = patchart_numbers_decimals (&g->numbers, g->breaks, g->n_breaks);

  patchart_axis_clear (&g->axis);
  g->axis.ticks.n_ticks = g->n_breaks;
  for (guint i = 0; i < g->n_breaks; i++) {
    char *text = patchart_numbers_format (&g->numbers, g->breaks[i], decimals);
    g->axis.ticks.ticks[i] = g->breaks[i];
    g->axis.labels[i] = patchart_layout_measure (layout, text, PATCHART_ROLE_SMALL, 0, 0,
                                                 PATCHART_ALIGN_LEFT, error);
    g_free (text);
    if (g->axis.labels[i] == NULL)
      return FALSE;
    g->axis.label_height =
        MAX (g->axis.label_height, patchart_text_block_height (g->axis.labels[i]));
  }
  return TRUE;
}

/* Measures the colour scale, its title, the labels and the values, and
 * divides the plot into the grid and the legend under it. */
static gboolean
fit_grid (heatmap_geometry *g, patchart_layout *layout, const patchart_figure *figure,
          const patchart_box *plot, GError **error)
{
  const patchart_matrix *m = figure->matrix;
  double u = layout->unit, lo, hi, legend_w = MIN (plot->w * 0.5, 300 * u), title_w = 0;

  value_range (m, &lo, &hi, &g->has_missing);
  if (figure->legend_title != NULL && figure->legend_title[0] != '\0') {
    g->legend_title = patchart_layout_measure (layout, figure->legend_title, PATCHART_ROLE_SMALL,
                                               plot->w * 0.3, 2, PATCHART_ALIGN_LEFT, error);
    if (g->legend_title == NULL)
      return FALSE;
    title_w = patchart_text_block_width (g->legend_title) + 10 * u;
  }
  /* the grid is at least two thirds of the plot wide: the legend, its
   * title and the "no data" key fit under it */
  legend_w = MIN (legend_w, plot->w * 0.66 - title_w - (g->has_missing ? 100 * u : 0));
  patchart_numbers_for (figure, MAX (fabs (lo), fabs (hi)), &g->numbers);
  if (!measure_note (g, layout, m, plot->w * 0.6, error) ||
      !scale_init (g, layout, m, &lo, &hi, error) ||
      !legend_axis (g, layout, m, lo, hi, legend_w, error) ||
      (g->n_breaks > 0 && !legend_ticks (g, layout, error)))
    return FALSE;
  g->legend.h = 10 * u;
  if (!measure_labels (g, layout, m, plot, 14 * u + g->legend.h + 4 * u + g->axis.label_height,
                       error))
    return FALSE;
  g->legend.x = g->grid.x + title_w;
  g->legend.y = plot->y + plot->h - g->axis.label_height - 4 * u - g->legend.h;
  g->legend.w = MIN (legend_w, g->grid.w - title_w - (g->has_missing ? 100 * u : 0));
  if (g->legend.w < legend_w - 0.5) { /* the grid came out narrower: fewer ticks */
    patchart_axis_clear (&g->axis);
    if (g->legend.w > 0 && (!legend_axis (g, layout, m, lo, hi, g->legend.w, error) ||
                            (g->n_breaks > 0 && !legend_ticks (g, layout, error))))
      return FALSE;
  }
  return patchart_layout_check_room (layout, g->legend.w, 40 * u, "the legend", error) &&
         measure_values (g, layout, m, error);
}

/* Where V lies on the colour scheme, 0..1. */
static double
scale_t (const heatmap_geometry *g, double v)
{
  if (g->scale == PATCHART_COLOR_SCALE_LOG)
    return patchart_log_t (v, g->log_lo, g->log_hi);
  if (g->scale == PATCHART_COLOR_SCALE_QUANTILE)
    return g->n_breaks < 3
               ? 0.5
               : (double) patchart_quantile_class (g->breaks, g->n_breaks, v) / (g->n_breaks - 2);
  return (v - g->axis.ticks.lo) / (g->axis.ticks.hi - g->axis.ticks.lo);
}

/* Where tick I lies along the legend, 0..1: quantile breaks are spaced
 * evenly, one class each between them. */
static double
tick_t (const heatmap_geometry *g, guint i)
{
  if (g->scale == PATCHART_COLOR_SCALE_LOG)
    return patchart_log_t (g->breaks[i], g->log_lo, g->log_hi);
  return g->n_breaks < 2 ? 0.5 : (double) i / (g->n_breaks - 1);
}

/* A quantile legend: one box per class, in its colour. */
static void
place_classes (patchart_layout *layout, const heatmap_geometry *g)
{
  guint n = g->n_breaks < 2 ? 1 : g->n_breaks - 1;
  double w = g->legend.w / n;

  for (guint c = 0; c < n; c++)
    patchart_layout_rect (
        layout, (patchart_box){ g->legend.x + c * w, g->legend.y, w, g->legend.h },
        patchart_palette_ramp (layout->palette, n < 2 ? 0.5 : (double) c / (n - 1)));
}

/* Cells too small for a gap between them (hence for a value): one image
 * of a pixel per cell, stretched over the grid without smoothing, rather
 * than thousands of rectangles.  A missing cell is too small to hatch: it
 * takes the hatching's grey, which the colour map never does. */
static void
place_pixels (patchart_layout *layout, const heatmap_geometry *g, const patchart_matrix *m)
{
  gsize n = (gsize) m->n_rows * m->n_cols;
  guint32 *rgb = g_new (guint32, n);

  for (gsize i = 0; i < n; i++)
    rgb[i] = patchart_rgb24 (
        isnan (m->values[i]) ? layout->palette->missing_hatch
                             : patchart_palette_ramp (layout->palette, scale_t (g, m->values[i])));
  patchart_layout_pixels (
      layout, g->grid,
      (patchart_pixels){ m->n_cols, m->n_rows, g_bytes_new_take (rgb, n * sizeof *rgb) });
}

/* White rules between the cells, over them: one stroke of one width
 * per row and column, which a PDF viewer draws alike at any zoom, where
 * gaps between separately filled cells come out uneven. */
static void
place_gaps (patchart_layout *layout, const heatmap_geometry *g, const patchart_matrix *m,
            double gap)
{
  double cw = g->grid.w / m->n_cols, ch = g->grid.h / m->n_rows;
  patchart_rgb white = layout->palette->background;

  for (guint c = 1; c < m->n_cols; c++)
    patchart_layout_rule (layout, g->grid.x + c * cw, g->grid.y, g->grid.x + c * cw,
                          g->grid.y + g->grid.h, gap, white);
  for (guint r = 1; r < m->n_rows; r++)
    patchart_layout_rule (layout, g->grid.x, g->grid.y + r * ch, g->grid.x + g->grid.w,
                          g->grid.y + r * ch, gap, white);
}

static void
place_cells (patchart_layout *layout, heatmap_geometry *g, const patchart_matrix *m)
{
  const patchart_palette *p = layout->palette;
  double cw = g->grid.w / m->n_cols, ch = g->grid.h / m->n_rows;
  double gap = (cw > 6 * layout->unit && ch > 6 * layout->unit) ? layout->unit : 0;

  if (gap == 0 && m->n_rows <= PIXELS_MAX && m->n_cols <= PIXELS_MAX) {
    place_pixels (layout, g, m);
    return;
  }
  for (guint r = 0; r < m->n_rows; r++)
    for (guint c = 0; c < m->n_cols; c++) {
      double v = m->values[(gsize) r * m->n_cols + c];
      patchart_box cell = { g->grid.x + c * cw, g->grid.y + r * ch, cw, ch };

      if (isnan (v)) {
        patchart_layout_hatch (layout, cell, p->missing, p->missing_hatch);
        patchart_layout_mark (layout, "cell missing", m->row_labels[r], m->col_labels[c], v);
      } else {
        patchart_layout_rect (layout, cell,
                              patchart_palette_ramp (layout->palette, scale_t (g, v)));
        patchart_layout_mark (layout, "cell", m->row_labels[r], m->col_labels[c], v);
      }
    }
  if (gap > 0)
    place_gaps (layout, g, m, gap);
  for (guint r = 0; r < m->n_rows && g->values != NULL; r++)
    for (guint c = 0; c < m->n_cols; c++) {
      gsize i = (gsize) r * m->n_cols + c;
      patchart_text_block *t = g->values[i];

      if (isnan (m->values[i]))
        continue;
      patchart_layout_text (
          layout, t, g->grid.x + (c + 0.5) * cw - patchart_text_block_width (t) / 2,
          g->grid.y + (r + 0.5) * ch - patchart_text_block_height (t) / 2,
          patchart_text_on (patchart_palette_ramp (layout->palette, scale_t (g, m->values[i]))));
      patchart_layout_tag (layout, PATCHART_PART_LABELS);
      g->values[i] = NULL;
    }
}

static void
place_labels (patchart_layout *layout, heatmap_geometry *g, const patchart_matrix *m)
{
  const patchart_palette *p = layout->palette;
  double u = layout->unit, cw = g->grid.w / m->n_cols, ch = g->grid.h / m->n_rows;

  for (guint r = 0; r < m->n_rows; r += g->row_stride) {
    patchart_text_block *t = g->rows[r];
    patchart_layout_text (layout, t, g->grid.x - 8 * u - patchart_text_block_width (t),
                          g->grid.y + (r + 0.5) * ch - patchart_text_block_height (t) / 2, p->text);
    g->rows[r] = NULL;
  }
  for (guint c = 0; c < m->n_cols; c += g->col_stride) {
    patchart_text_block *t = g->cols[c];
    patchart_layout_text (layout, t, g->grid.x + (c + 0.5) * cw - patchart_text_block_width (t) / 2,
                          g->grid.y + g->grid.h + 6 * u, p->muted_text);
    g->cols[c] = NULL;
  }
}

static gboolean
place_legend (patchart_layout *layout, heatmap_geometry *g, GError **error)
{
  const patchart_palette *p = layout->palette;
  double u = layout->unit, right = g->legend.x + g->legend.w;
  patchart_scale scale = { g->axis.ticks.lo, g->axis.ticks.hi, g->legend.x, right };
  patchart_text_block *word;

  if (g->legend_title != NULL) {
    patchart_layout_text (layout, g->legend_title, g->grid.x,
                          g->legend.y + g->legend.h / 2 -
                              patchart_text_block_height (g->legend_title) / 2,
                          p->muted_text);
    g->legend_title = NULL;
  }
  if (g->scale == PATCHART_COLOR_SCALE_QUANTILE)
    place_classes (layout, g);
  else
    patchart_layout_gradient (layout, g->legend);
  for (guint i = 0; i < g->axis.ticks.n_ticks; i++) {
    double x = g->n_breaks > 0 ? g->legend.x + tick_t (g, i) * g->legend.w
                               : patchart_scale_map (&scale, g->axis.ticks.ticks[i]);
    patchart_text_block *t = patchart_axis_take_label (&g->axis, i);
    double w = patchart_text_block_width (t);
    double tx = CLAMP (x - w / 2, g->legend.x - 4 * u, right + 4 * u - w);
    patchart_layout_rule (layout, x, g->legend.y + g->legend.h, x,
                          g->legend.y + g->legend.h + 3 * u, u, p->axis);
    patchart_layout_text (layout, t, tx, g->legend.y + g->legend.h + 4 * u, p->muted_text);
  }
  if (!g->has_missing)
    return TRUE;
  word = patchart_layout_measure (layout, patchart_words_for (layout->lang)->no_data,
                                  PATCHART_ROLE_SMALL, 0, 0, PATCHART_ALIGN_LEFT, error);
  if (word == NULL)
    return FALSE;
  patchart_layout_hatch (layout, (patchart_box){ right + 24 * u, g->legend.y, 16 * u, g->legend.h },
                         p->missing, p->missing_hatch);
  patchart_layout_text (layout, word, right + 44 * u,
                        g->legend.y + g->legend.h / 2 - patchart_text_block_height (word) / 2,
                        p->muted_text);
  return TRUE;
}

gboolean
patchart_heatmap_layout (patchart_layout *layout, const patchart_figure *figure,
                         const patchart_box *plot, GError **error)
{
  const patchart_matrix *m = figure->matrix;
  heatmap_geometry g = {
    .first_incomplete = patchart_matrix_first_column_from (m, figure->incomplete_from),
    .scale = figure->color_scale,
    .diverging = figure->diverging,
  };
  gboolean ok = fit_grid (&g, layout, figure, plot, error);

  if (ok) {
    place_cells (layout, &g, m);
    patchart_layout_group (layout, PATCHART_PART_AXIS);
    place_labels (layout, &g, m);
    if (g.note != NULL)
      place_incomplete (layout, &g, m);
    patchart_layout_group (layout, PATCHART_PART_LEGEND);
    ok = place_legend (layout, &g, error);
  }
  geometry_clear (&g, m);
  return ok;
}
