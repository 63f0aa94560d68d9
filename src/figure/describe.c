/* SPDX-License-Identifier: MIT */
/* describe.c — a figure in a few sentences, for readers who cannot see
 * it (SVG <desc>, PDF alt text, "patchart describe"): the alt text given,
 * or the kind, the title and the largest values, in the figure's language
 * with the words of lang.c and the numbers as the chart shows them. */
#include <math.h>

#include "figure/figure.h"
#include "figure/lang.h"
#include "util/number.h"

#define TOP_ITEMS 5 /* values named before "and N more" */
#define TOP_CELLS 3 /* a heatmap's largest cells named */

/* Ends the sentence in S with the language's full stop. */
static void
end_sentence (GString *s, const patchart_words *w)
{
  g_string_append (s, w->stop);
}

/* "Bar chart: Title. " or "Bar chart. " */
static void
put_heading (GString *s, const patchart_figure *f, const patchart_words *w)
{
  g_string_append (s, w->kind_names[f->kind]);
  if (f->title != NULL && *f->title != '\0') {
    g_string_append (s, w->colon);
    g_string_append (s, f->title);
  }
  end_sentence (s, w);
}

/* "LABEL 30,124" */
static void
put_item (GString *s, const char *label, double value, int decimals)
{
  char *number = patchart_number_format (value, decimals);

  g_string_append_printf (s, "%s %s", label, number);
  g_free (number);
}

/* The top items in the order shown (largest first, as sorted), then
 * how many more there are. */
static void
describe_series (GString *s, const patchart_series *series, const patchart_words *w)
{
  int decimals = patchart_number_decimals_for (series->values, series->n_items);
  guint shown = MIN (series->n_items, TOP_ITEMS);

  for (guint i = 0; i < shown; i++) {
    if (i > 0)
      g_string_append (s, w->comma);
    put_item (s, series->labels[i], series->values[i], decimals);
  }
  if (series->n_items > shown) {
    char *n = g_strdup_printf ("%u", series->n_items - shown);
    char *more = patchart_words_fill (w->more, n, NULL);
    g_string_append (s, w->comma);
    g_string_append (s, more);
    g_free (more);
    g_free (n);
  }
  end_sentence (s, w);
}

/* Indices of the (up to) N largest present cells in the first N_ROWS
 * rows, largest first; returns how many there are. */
static guint
largest_cells (const patchart_matrix *m, guint n_rows, gsize *top, guint n)
{
  guint found = 0;

  for (gsize i = 0; i < (gsize) n_rows * m->n_cols; i++) {
    guint at;
    if (isnan (m->values[i]))
      continue;
    for (at = found; at > 0 && m->values[top[at - 1]] < m->values[i]; at--)
      if (at < n)
        top[at] = top[at - 1];
    if (at < n) {
      top[at] = i;
      found = MIN (found + 1, n);
    }
  }
  return found;
}

/* The index of the largest of N totals, the first on a tie. */
static guint
largest_of (const double *totals, guint n)
{
  guint best = 0;

  for (guint i = 1; i < n; i++)
    if (totals[i] > totals[best])
      best = i;
  return best;
}

/* "largest row total: LABEL (TOTAL)" from N TOTALS and their LABELS. */
static void
put_total (GString *s, const char *template, char **labels, const double *totals, guint n,
           int decimals)
{
  guint best = largest_of (totals, n);
  char *number = patchart_number_format (totals[best], decimals);
  char *text = patchart_words_fill (template, labels[best], number);

  g_string_append (s, text);
  g_free (text);
  g_free (number);
}

/* The row and column with the largest totals over the first N_ROWS rows. */
static void
put_totals (GString *s, const patchart_matrix *m, guint n_rows, const patchart_words *w,
            int decimals)
{
  double *rows = g_new0 (double, m->n_rows), *cols = g_new0 (double, m->n_cols);

  for (guint r = 0; r < n_rows; r++)
    for (guint c = 0; c < m->n_cols; c++) {
      double v = m->values[(gsize) r * m->n_cols + c];
      if (!isnan (v)) {
        rows[r] += v;
        cols[c] += v;
      }
    }
  put_total (s, w->top_row, m->row_labels, rows, n_rows, decimals);
  g_string_append (s, w->comma);
  put_total (s, w->top_column, m->col_labels, cols, m->n_cols, decimals);
  end_sentence (s, w);
  g_free (rows);
  g_free (cols);
}

/* Its size, its largest cells ("ROW / COLUMN VALUE"), its largest row
 * and column.  The "Others" row sums many rows: it is named in neither. */
static void
describe_matrix (GString *s, const patchart_matrix *m, const patchart_words *w)
{
  gsize n = (gsize) m->n_rows * m->n_cols, top[TOP_CELLS];
  guint n_rows = m->has_others && m->n_rows > 1 ? m->n_rows - 1 : m->n_rows;
  int decimals = patchart_number_decimals_for (m->values, n);
  char *rows = g_strdup_printf ("%u", m->n_rows), *cols = g_strdup_printf ("%u", m->n_cols);
  char *grid = patchart_words_fill (w->grid, rows, cols);
  guint found = largest_cells (m, n_rows, top, TOP_CELLS);

  g_string_append (s, grid);
  end_sentence (s, w);
  if (found > 0) {
    g_string_append (s, w->highest);
    for (guint i = 0; i < found; i++) {
      char *label = g_strdup_printf ("%s / %s", m->row_labels[top[i] / m->n_cols],
                                     m->col_labels[top[i] % m->n_cols]);
      if (i > 0)
        g_string_append (s, w->comma);
      put_item (s, label, m->values[top[i]], decimals);
      g_free (label);
    }
    end_sentence (s, w);
    put_totals (s, m, n_rows, w, decimals);
  }
  g_free (grid);
  g_free (rows);
  g_free (cols);
}

char *
patchart_figure_describe (const patchart_figure *figure)
{
  const patchart_words *w;
  GString *s;

  g_return_val_if_fail (figure != NULL, NULL);
  if (figure->alt != NULL && *figure->alt != '\0')
    return g_strdup (figure->alt);
  w = patchart_words_for (figure->lang);
  s = g_string_new (NULL);
  put_heading (s, figure, w);
  if (figure->series != NULL)
    describe_series (s, figure->series, w);
  if (figure->matrix != NULL)
    describe_matrix (s, figure->matrix, w);
  /* English and Korean stops end in a space, for the next sentence */
  while (s->len > 0 && s->str[s->len - 1] == ' ')
    g_string_truncate (s, s->len - 1);
  return g_string_free (s, FALSE);
}
