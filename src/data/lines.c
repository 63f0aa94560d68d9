/* SPDX-License-Identifier: MIT */
/* lines.c — a line chart's matrix: series x ordered x values, from a long
 * table or a wide one either way round, with every year between the first
 * and the last. */
#include <math.h>
#include <string.h>

#include "data/dataset.h"
#include "read/table.h"
#include "util/error.h"
#include "util/number.h"

/* Whether every header name after the first is a number (years across). */
static gboolean
header_numeric (const patchart_table *table)
{
  double value;

  if (patchart_table_n_columns (table) < 2)
    return FALSE;
  for (guint c = 1; c < patchart_table_n_columns (table); c++) {
    const char *name = patchart_table_header (table, c);
    if (name == NULL || !patchart_number_parse (name, &value))
      return FALSE;
  }
  return TRUE;
}

/* Whether every cell of the first column is a number (years down). */
static gboolean
first_column_numeric (const patchart_table *table)
{
  double value;

  for (guint r = 0; r < patchart_table_n_rows (table); r++)
    if (!patchart_number_parse (patchart_table_cell (table, r, 0)->text, &value))
      return FALSE;
  return TRUE;
}

static void
swap_pointers (gpointer *a, gpointer *b)
{
  gpointer t = *a;

  *a = *b;
  *b = t;
}

/* Rows become columns. */
static void
transpose (patchart_matrix *m)
{
  double *values = g_new (double, (gsize) m->n_rows * m->n_cols);
  guint n;

  for (guint r = 0; r < m->n_rows; r++)
    for (guint c = 0; c < m->n_cols; c++)
      values[(gsize) c * m->n_rows + r] = m->values[(gsize) r * m->n_cols + c];
  g_free (m->values);
  m->values = values;
  swap_pointers ((gpointer *) &m->row_labels, (gpointer *) &m->col_labels);
  swap_pointers ((gpointer *) &m->row_places, (gpointer *) &m->col_places);
  n = m->n_rows;
  m->n_rows = m->n_cols;
  m->n_cols = n;
}

patchart_matrix *
patchart_lines_from_table (const patchart_table *table, patchart_shape shape,
                           patchart_series_layout series_in, const char *row_spec,
                           const char *column_spec, const char *value_spec, GError **error)
{
  patchart_matrix *m;

  if (patchart_table_n_rows (table) > 0)
    shape = patchart_matrix_shape_of (table, shape, row_spec, column_spec, value_spec);
  m = patchart_matrix_from_table (table, shape, row_spec, column_spec, value_spec, error);
  if (m == NULL || shape != PATCHART_SHAPE_WIDE)
    return m;
  if (series_in == PATCHART_SERIES_AUTO)
    series_in = header_numeric (table) && !first_column_numeric (table) ? PATCHART_SERIES_ROWS
                                                                        : PATCHART_SERIES_COLUMNS;
  if (series_in == PATCHART_SERIES_COLUMNS) {
    transpose (m);
    patchart_matrix_sort_numeric_columns (m);
  }
  return m;
}

/* The whole number LABEL stands for, if it is one. */
static gboolean
whole_number (const char *label, gint64 *n)
{
  double value;

  if (!patchart_number_parse (label, &value) || value != floor (value) || fabs (value) > 1e9)
    return FALSE;
  *n = (gint64) value;
  return TRUE;
}

/* Copies column FROM of M into column TO of VALUES (N_COLS wide). */
static void
copy_column (const patchart_matrix *m, guint from, double *values, guint n_cols, guint to)
{
  for (guint r = 0; r < m->n_rows; r++)
    values[(gsize) r * n_cols + to] = m->values[(gsize) r * m->n_cols + from];
}

/* Rebuilds M with columns FIRST .. FIRST + N - 1; the columns M has
 * (sorted, distinct) keep their labels and values. */
static void
fill_columns (patchart_matrix *m, const gint64 *keys, gint64 first, guint n, double fill)
{
  char **labels = g_new0 (char *, n + 1);
  patchart_place *places = g_new0 (patchart_place, n);
  double *values = g_new (double, (gsize) m->n_rows *n);
  guint c = 0;

  for (guint i = 0; i < n; i++) {
    if (c < m->n_cols && keys[c] == first + i) {
      labels[i] = m->col_labels[c];
      places[i] = m->col_places[c];
      copy_column (m, c++, values, n, i);
      continue;
    }
    labels[i] = g_strdup_printf ("%" G_GINT64_FORMAT, first + i);
    for (guint r = 0; r < m->n_rows; r++)
      values[(gsize) r * n + i] = fill;
  }
  g_free (m->col_labels);
  g_free (m->col_places);
  g_free (m->values);
  m->col_labels = labels;
  m->col_places = places;
  m->values = values;
  m->n_cols = n;
}

gboolean
patchart_matrix_fill_steps (patchart_matrix *m, double fill, guint max_columns, const char *input,
                            GError **error)
{
  gint64 *keys = g_new (gint64, m->n_cols);
  gboolean ok = TRUE;
  gint64 span;

  for (guint c = 0; c < m->n_cols; c++)
    if (!whole_number (m->col_labels[c], &keys[c]) || (c > 0 && keys[c] <= keys[c - 1]))
      goto out; /* not whole numbers in order, one each: drawn as they come */
  span = keys[m->n_cols - 1] - keys[0] + 1;
  if (span > max_columns) {
    patchart_set_error_at (error, PATCHART_ERROR_DATA, input, 0, 0,
                           "x values from %s to %s: %" G_GINT64_FORMAT
                           " steps are more than a %u-pixel-wide line chart can show",
                           m->col_labels[0], m->col_labels[m->n_cols - 1], span, max_columns);
    ok = FALSE;
  } else if (span > m->n_cols) {
    fill_columns (m, keys, keys[0], (guint) span, fill);
  }
out:
  g_free (keys);
  return ok;
}

guint
patchart_matrix_first_column_from (const patchart_matrix *m, int from)
{
  double year;

  for (guint c = 0; from > 0 && c < m->n_cols; c++)
    if (patchart_number_parse (m->col_labels[c], &year) && year >= from)
      return c;
  return m->n_cols;
}
