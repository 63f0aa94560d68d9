/* SPDX-License-Identifier: MIT */
/* heatmap.c — a matrix of cells in a sequential colour map (light = few,
 * dark = many), row labels left, column labels below, a legend with ticks
 * under it; missing cells hatched and named in the legend. */
#include <math.h>

#include "chart/axis.h"
#include "chart/layout.h"
#include "figure/kinds.h"
#include "figure/lang.h"
#include "util/number.h"

#define PIXELS_MAX 32767 /* cairo's largest image side */

typedef struct {
  patchart_axis axis; /* the colour scale */
  patchart_text_block **rows, **cols, **values;
  guint row_stride, col_stride; /* label every Nth row / column */
  double row_w, col_h;
  patchart_box grid, legend;
  gboolean has_missing;
} heatmap_geometry;

static void
geometry_clear (heatmap_geometry *g, const patchart_matrix *m)
{
  patchart_axis_clear (&g->axis);
  patchart_blocks_free (g->rows, m->n_rows);
  patchart_blocks_free (g->cols, m->n_cols);
  patchart_blocks_free (g->values, m->n_rows * m->n_cols);
}

/* Every how many labels of size EXTENT fit in slots of size SLOT. */
static guint
stride_for (double extent, double slot)
{
  return extent <= slot ? 1 : (guint) ceil (extent / slot);
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

/* Cell values, at the largest size (down to 70%) at which all fit. */
static gboolean
measure_values (heatmap_geometry *g, const patchart_layout *layout, const patchart_matrix *m,
                GError **error)
{
  static const double shrinks[] = { 1.0, 0.85, 0.7 };
  gsize n = (gsize) m->n_rows * m->n_cols;
  double cell_w = g->grid.w / m->n_cols, cell_h = g->grid.h / m->n_rows, widest, tallest;
  char **texts;
  gboolean ok = TRUE;

  if (cell_w < 14 * layout->unit || cell_h < 9 * layout->unit || n > 2500)
    return TRUE; /* too small to hold a number: colour alone */
  texts = patchart_format_values (m->values, n, patchart_number_decimals_for (m->values, n));
  for (guint i = 0; i < G_N_ELEMENTS (shrinks) && g->values == NULL && ok; i++) {
    g->values =
        patchart_layout_measure_many (layout, texts, NULL, n, PATCHART_ROLE_VALUE, shrinks[i], 0, 0,
                                      PATCHART_ALIGN_CENTER, &widest, &tallest, error);
    ok = g->values != NULL;
    if (ok && (widest > cell_w - 4 * layout->unit || tallest > cell_h - 1 * layout->unit)) {
      patchart_blocks_free (g->values, n);
      g->values = NULL;
    }
  }
  g_strfreev (texts);
  return ok;
}

static gboolean
measure_labels (heatmap_geometry *g, const patchart_layout *layout, const patchart_matrix *m,
                const patchart_box *plot, double legend_h, GError **error)
{
  double u = layout->unit, row_tallest, col_widest;

  g->rows = patchart_layout_measure_many (layout, m->row_labels, m->row_places, m->n_rows,
                                          PATCHART_ROLE_LABEL, 1, plot->w * 0.3, 2,
                                          PATCHART_ALIGN_RIGHT, &g->row_w, &row_tallest, error);
  g->cols = g->rows
                ? patchart_layout_measure_many (layout, m->col_labels, m->col_places, m->n_cols,
                                                PATCHART_ROLE_SMALL, 1, 0, 0, PATCHART_ALIGN_CENTER,
                                                &col_widest, &g->col_h, error)
                : NULL;
  if (g->cols == NULL)
    return FALSE;
  g->grid.x = plot->x + g->row_w + 8 * u;
  g->grid.y = plot->y;
  g->grid.w = plot->x + plot->w - g->grid.x;
  g->grid.h = plot->h - g->col_h - 6 * u - legend_h;
  if (!patchart_layout_check_room (layout, g->grid.w, g->grid.h, "the heatmap", error))
    return FALSE;
  g->row_stride = stride_for (row_tallest, g->grid.h / m->n_rows);
  g->col_stride = stride_for (col_widest + 6 * u, g->grid.w / m->n_cols);
  return TRUE;
}

/* Measures the colour scale, the labels and the values, and divides the
 * plot into the grid and the legend under it. */
static gboolean
fit_grid (heatmap_geometry *g, const patchart_layout *layout, const patchart_matrix *m,
          const patchart_box *plot, GError **error)
{
  double u = layout->unit, lo, hi, legend_w = MIN (plot->w * 0.5, 300 * u);

  value_range (m, &lo, &hi, &g->has_missing);
  if (!patchart_axis_init (&g->axis, layout, lo, hi,
                           patchart_all_integers (m->values, (gsize) m->n_rows * m->n_cols),
                           legend_w, 60 * u, error))
    return FALSE;
  g->legend.h = 10 * u;
  if (!measure_labels (g, layout, m, plot, 14 * u + g->legend.h + 4 * u + g->axis.label_height,
                       error))
    return FALSE;
  g->legend.x = g->grid.x;
  g->legend.y = plot->y + plot->h - g->axis.label_height - 4 * u - g->legend.h;
  g->legend.w = MIN (legend_w, g->grid.w - (g->has_missing ? 100 * u : 0));
  return patchart_layout_check_room (layout, g->legend.w, 40 * u, "the legend", error) &&
         measure_values (g, layout, m, error);
}

static double
scale_t (const heatmap_geometry *g, double v)
{
  return (v - g->axis.ticks.lo) / (g->axis.ticks.hi - g->axis.ticks.lo);
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
    rgb[i] = patchart_rgb24 (isnan (m->values[i]) ? layout->palette->missing_hatch
                                                  : patchart_colormap (scale_t (g, m->values[i])));
  patchart_layout_pixels (
      layout, g->grid,
      (patchart_pixels){ m->n_cols, m->n_rows, g_bytes_new_take (rgb, n * sizeof *rgb) });
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
      gsize i = (gsize) r * m->n_cols + c;
      double v = m->values[i];
      patchart_box cell = { g->grid.x + c * cw + gap / 2, g->grid.y + r * ch + gap / 2, cw - gap,
                            ch - gap };
      patchart_rgb color = patchart_colormap (scale_t (g, v));

      if (isnan (v)) {
        patchart_layout_hatch (layout, cell, p->missing, p->missing_hatch);
        continue;
      }
      patchart_layout_rect (layout, cell, color);
      if (g->values != NULL) {
        patchart_text_block *t = g->values[i];
        patchart_layout_text (layout, t, cell.x + (cell.w - patchart_text_block_width (t)) / 2,
                              cell.y + (cell.h - patchart_text_block_height (t)) / 2,
                              patchart_text_on (color));
        g->values[i] = NULL;
      }
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

  patchart_layout_gradient (layout, g->legend);
  for (guint i = 0; i < g->axis.ticks.n_ticks; i++) {
    double x = patchart_scale_map (&scale, g->axis.ticks.ticks[i]);
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
  heatmap_geometry g = { 0 };
  gboolean ok = fit_grid (&g, layout, m, plot, error);

  if (ok) {
    place_cells (layout, &g, m);
    place_labels (layout, &g, m);
    ok = place_legend (layout, &g, error);
  }
  geometry_clear (&g, m);
  return ok;
}
