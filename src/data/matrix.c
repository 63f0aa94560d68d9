/* SPDX-License-Identifier: MIT */
/* matrix.c — heatmap matrices from long or wide tables. */
#include <math.h>
#include <string.h>

#include "data/build.h"
#include "data/cells.h"
#include "data/dataset.h"
#include "util/error.h"
#include "util/number.h"

/* More cells than this is no figure anyone can read, and guards memory. */
#define MAX_CELLS (4u * 1024u * 1024u)

/* A matrix of missing cells, taking over the labels and their places. */
static patchart_matrix *
matrix_new (GPtrArray *rows, GArray *row_places, GPtrArray *cols, GArray *col_places)
{
  patchart_matrix *m = g_new0 (patchart_matrix, 1);

  m->n_rows = rows->len;
  m->n_cols = cols->len;
  m->row_labels = patchart_cells_take_strv (rows);
  m->col_labels = patchart_cells_take_strv (cols);
  m->row_places = (patchart_place *) g_array_free (row_places, FALSE);
  m->col_places = (patchart_place *) g_array_free (col_places, FALSE);
  m->values = g_new (double, (gsize) m->n_rows * m->n_cols);
  for (gsize i = 0; i < (gsize) m->n_rows * m->n_cols; i++)
    m->values[i] = NAN;
  return m;
}

static gboolean
check_size (const patchart_table *table, guint n_rows, guint n_cols, GError **error)
{
  if ((guint64) n_rows * n_cols <= MAX_CELLS)
    return TRUE;
  patchart_set_error_at (error, PATCHART_ERROR_DATA, patchart_table_name (table), 0, 0,
                         "%u rows x %u columns is more than the %u cells a heatmap can have",
                         n_rows, n_cols, MAX_CELLS);
  return FALSE;
}

static gboolean
column_repeats (const patchart_table *table, guint col)
{
  GHashTable *seen = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean repeats = FALSE;

  for (guint row = 0; row < patchart_table_n_rows (table) && !repeats; row++) {
    const char *text = patchart_table_cell (table, row, col)->text;
    repeats = !g_hash_table_add (seen, (gpointer) text);
  }
  g_hash_table_destroy (seen);
  return repeats;
}

static gboolean
column_numeric (const patchart_table *table, guint col)
{
  double value;

  for (guint row = 0; row < patchart_table_n_rows (table); row++) {
    const char *text = patchart_table_cell (table, row, col)->text;
    if (*text != '\0' && !patchart_number_parse (text, &value))
      return FALSE;
  }
  return TRUE;
}

static patchart_shape
detect_shape (const patchart_table *table)
{
  if (patchart_table_n_columns (table) != 3)
    return PATCHART_SHAPE_WIDE;
  if (column_repeats (table, 0) || !column_numeric (table, 1))
    return PATCHART_SHAPE_LONG;
  return PATCHART_SHAPE_WIDE;
}

/* A long table's (row, column, value) lines summed per pair as they come,
 * in a sparse map: memory grows with the pairs, not with the lines. */
struct patchart_long_builder {
  guint row_col, col_col, value_col;
  GHashTable *row_index, *col_index; /* label -> index */
  GPtrArray *rows, *cols;            /* the labels */
  GArray *row_places, *col_places;
  GHashTable *pairs; /* &pair_sum.key -> pair_sum, owned */
  GError *too_large; /* the first total too large: reported after the
                      * lines are all read, as cells that are no number are
                      * reported first */
};

typedef struct {
  gint64 key; /* row << 32 | column */
  double sum;
} pair_sum;

/* g_int64_hash() of older GLib keeps the low 32 bits: the column alone. */
static guint
pair_hash (gconstpointer key)
{
  guint64 k = (guint64) * (const gint64 *) key;

  k ^= k >> 33;
  k *= G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
  k ^= k >> 33;
  return (guint) k;
}

patchart_long_builder *
patchart_long_builder_new (const patchart_table *table, const char *row_spec,
                           const char *column_spec, const char *value_spec, GError **error)
{
  guint row_col, col_col, value_col;

  if (!patchart_cells_pick_column (table, row_spec, 0, &row_col, error) ||
      !patchart_cells_pick_column (table, column_spec, 1, &col_col, error) ||
      !patchart_cells_pick_column (table, value_spec, 2, &value_col, error))
    return NULL;
  return patchart_long_builder_new_at (row_col, col_col, value_col);
}

patchart_long_builder *
patchart_long_builder_new_at (guint row_col, guint col_col, guint value_col)
{
  patchart_long_builder *b = g_new0 (patchart_long_builder, 1);

  b->row_col = row_col;
  b->col_col = col_col;
  b->value_col = value_col;
  b->row_index = g_hash_table_new (g_str_hash, g_str_equal);
  b->col_index = g_hash_table_new (g_str_hash, g_str_equal);
  b->rows = g_ptr_array_new_with_free_func (g_free);
  b->cols = g_ptr_array_new_with_free_func (g_free);
  b->row_places = g_array_new (FALSE, FALSE, sizeof (patchart_place));
  b->col_places = g_array_new (FALSE, FALSE, sizeof (patchart_place));
  b->pairs = g_hash_table_new_full (pair_hash, g_int64_equal, NULL, g_free);
  return b;
}

/* Adds VALUE (NAN: a missing cell) to the pair R, C. */
static void
add_pair (patchart_long_builder *b, const patchart_table *table, guint r, guint c, double value,
          const patchart_cell *cell)
{
  gint64 key = (gint64) ((guint64) r << 32 | c);
  pair_sum *p = g_hash_table_lookup (b->pairs, &key);

  if (p == NULL) {
    p = g_new (pair_sum, 1);
    p->key = key;
    p->sum = NAN;
    g_hash_table_insert (b->pairs, &p->key, p);
  }
  if (b->too_large == NULL)
    patchart_cells_add (&p->sum, value, table, cell, &b->too_large);
}

gboolean
patchart_long_builder_add (patchart_long_builder *b, const patchart_table *table, GError **error)
{
  for (guint r = 0; r < patchart_table_n_rows (table); r++) {
    char *row_label = patchart_cells_label (table, r, b->row_col, error);
    char *col_label = row_label ? patchart_cells_label (table, r, b->col_col, error) : NULL;
    double value;
    guint i, j;

    if (col_label == NULL || !patchart_cells_number (table, r, b->value_col, TRUE, &value, error)) {
      g_free (row_label);
      g_free (col_label);
      return FALSE;
    }
    i = patchart_cells_intern (b->row_index, b->rows, b->row_places, row_label,
                               patchart_table_cell (table, r, b->row_col));
    j = patchart_cells_intern (b->col_index, b->cols, b->col_places, col_label,
                               patchart_table_cell (table, r, b->col_col));
    add_pair (b, table, i, j, value, patchart_table_cell (table, r, b->value_col));
  }
  return TRUE;
}

patchart_matrix *
patchart_long_builder_finish (patchart_long_builder *b, const patchart_table *table, GError **error)
{
  patchart_matrix *m = NULL;
  GHashTableIter iter;
  gpointer value;

  if (!check_size (table, b->rows->len, b->cols->len, error))
    goto out;
  if (b->too_large != NULL) {
    g_propagate_error (error, g_steal_pointer (&b->too_large));
    goto out;
  }
  g_ptr_array_set_free_func (b->rows, NULL);
  g_ptr_array_set_free_func (b->cols, NULL);
  m = matrix_new (g_steal_pointer (&b->rows), g_steal_pointer (&b->row_places),
                  g_steal_pointer (&b->cols), g_steal_pointer (&b->col_places));
  g_hash_table_iter_init (&iter, b->pairs);
  while (g_hash_table_iter_next (&iter, NULL, &value)) {
    const pair_sum *p = value;
    guint64 key = (guint64) p->key;
    m->values[(key >> 32) * m->n_cols + (key & 0xFFFFFFFFu)] = p->sum;
  }
out:
  patchart_long_builder_free (b);
  return m;
}

void
patchart_long_builder_free (patchart_long_builder *b)
{
  if (b == NULL)
    return;
  g_hash_table_destroy (b->row_index);
  g_hash_table_destroy (b->col_index);
  g_hash_table_destroy (b->pairs);
  if (b->rows != NULL)
    g_ptr_array_free (b->rows, TRUE);
  if (b->cols != NULL)
    g_ptr_array_free (b->cols, TRUE);
  if (b->row_places != NULL)
    g_array_free (b->row_places, TRUE);
  if (b->col_places != NULL)
    g_array_free (b->col_places, TRUE);
  g_clear_error (&b->too_large);
  g_free (b);
}

static patchart_matrix *
from_long (const patchart_table *table, const char *row_spec, const char *column_spec,
           const char *value_spec, GError **error)
{
  patchart_long_builder *b =
      patchart_long_builder_new (table, row_spec, column_spec, value_spec, error);

  if (b == NULL)
    return NULL;
  if (!patchart_long_builder_add (b, table, error)) {
    patchart_long_builder_free (b);
    return NULL;
  }
  return patchart_long_builder_finish (b, table, error);
}

/* The header names after the first, and their places on the header line. */
static GPtrArray *
wide_column_labels (const patchart_table *table, GArray **places)
{
  GPtrArray *cols = g_ptr_array_new ();

  *places = g_array_new (FALSE, FALSE, sizeof (patchart_place));
  for (guint c = 1; c < patchart_table_n_columns (table); c++) {
    const char *name = patchart_table_header (table, c);
    patchart_place place = { 1, c + 1 };
    g_ptr_array_add (cols, name ? g_strstrip (g_strdup (name)) : g_strdup_printf ("%u", c + 1));
    g_array_append_val (*places, place);
  }
  return cols;
}

static patchart_matrix *
from_wide (const patchart_table *table, GError **error)
{
  patchart_matrix *m = NULL;
  GHashTable *row_index = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);
  guint n_cols = patchart_table_n_columns (table) - 1;
  GArray *row_of = g_array_new (FALSE, FALSE, sizeof (guint));
  GArray *row_places = g_array_new (FALSE, FALSE, sizeof (patchart_place));
  GArray *col_places = NULL;
  GPtrArray *cols;

  if (n_cols == 0) {
    patchart_set_error_at (error, PATCHART_ERROR_DATA, patchart_table_name (table), 1, 0,
                           "a wide heatmap needs row labels and at least one column of values");
    goto out;
  }
  for (guint r = 0; r < patchart_table_n_rows (table); r++) {
    char *label = patchart_cells_label (table, r, 0, error);
    guint i;
    if (label == NULL)
      goto out;
    i = patchart_cells_intern (row_index, rows, row_places, label,
                               patchart_table_cell (table, r, 0));
    g_array_append_val (row_of, i);
  }
  if (!check_size (table, rows->len, n_cols, error))
    goto out;
  cols = wide_column_labels (table, &col_places);
  m = matrix_new (rows, row_places, cols, col_places);
  rows = NULL;
  row_places = NULL;
  for (guint r = 0; r < patchart_table_n_rows (table); r++)
    for (guint c = 0; c < n_cols; c++) {
      double value;
      double *cell = &m->values[(gsize) g_array_index (row_of, guint, r) * n_cols + c];
      if (!patchart_cells_number (table, r, c + 1, TRUE, &value, error) ||
          !patchart_cells_add (cell, value, table, patchart_table_cell (table, r, c + 1), error)) {
        g_clear_pointer (&m, patchart_matrix_free);
        goto out;
      }
    }
out:
  g_hash_table_destroy (row_index);
  if (rows != NULL)
    g_ptr_array_free (rows, TRUE);
  if (row_places != NULL)
    g_array_free (row_places, TRUE);
  g_array_free (row_of, TRUE);
  return m;
}

/* Moves columns into the order ORDER gives. */
static void
reorder_columns (patchart_matrix *m, const guint *order)
{
  char **labels = g_new0 (char *, m->n_cols + 1);
  double *values = g_new (double, (gsize) m->n_rows * m->n_cols);
  patchart_place *places = g_new (patchart_place, m->n_cols);

  for (guint c = 0; c < m->n_cols; c++) {
    labels[c] = m->col_labels[order[c]];
    places[c] = m->col_places[order[c]];
    for (guint r = 0; r < m->n_rows; r++)
      values[(gsize) r * m->n_cols + c] = m->values[(gsize) r * m->n_cols + order[c]];
  }
  g_free (m->col_labels);
  g_free (m->values);
  g_free (m->col_places);
  m->col_labels = labels;
  m->values = values;
  m->col_places = places;
}

/* Years and other numeric column labels read left to right in order. */
void
patchart_matrix_sort_numeric_columns (patchart_matrix *m)
{
  double *keys = g_new (double, m->n_cols);
  guint *order = NULL;

  for (guint c = 0; c < m->n_cols; c++)
    if (!patchart_number_parse (m->col_labels[c], &keys[c]))
      goto out;
  order = patchart_rank_order (m->col_labels, keys, m->n_cols, PATCHART_SORT_ASC);
  reorder_columns (m, order);
out:
  g_free (keys);
  g_free (order);
}

patchart_shape
patchart_matrix_shape_of (const patchart_table *table, patchart_shape shape, const char *row_spec,
                          const char *column_spec, const char *value_spec)
{
  if (shape != PATCHART_SHAPE_AUTO)
    return shape;
  return (row_spec || column_spec || value_spec) ? PATCHART_SHAPE_LONG : detect_shape (table);
}

patchart_matrix *
patchart_matrix_from_table (const patchart_table *table, patchart_shape shape, const char *row_spec,
                            const char *column_spec, const char *value_spec, GError **error)
{
  patchart_matrix *m = NULL;

  if (!patchart_cells_check_rows (table, error))
    return NULL;
  shape = patchart_matrix_shape_of (table, shape, row_spec, column_spec, value_spec);
  if (shape == PATCHART_SHAPE_WIDE)
    m = from_wide (table, error);
  else
    m = from_long (table, row_spec, column_spec, value_spec, error);
  if (m != NULL)
    patchart_matrix_sort_numeric_columns (m);
  return m;
}

double
patchart_matrix_row_total (const patchart_matrix *m, guint r)
{
  double total = 0;

  for (guint c = 0; c < m->n_cols; c++)
    if (!isnan (m->values[(gsize) r * m->n_cols + c]))
      total += m->values[(gsize) r * m->n_cols + c];
  return total;
}

void
patchart_matrix_sort_rows (patchart_matrix *m, patchart_sort sort)
{
  double *totals;
  guint *order;
  char **labels;
  double *values;
  patchart_place *places;

  if (sort == PATCHART_SORT_NONE || m->n_rows < 2)
    return;
  totals = g_new (double, m->n_rows);
  for (guint r = 0; r < m->n_rows; r++)
    totals[r] = patchart_matrix_row_total (m, r);
  order = patchart_rank_order (m->row_labels, totals, m->n_rows, sort);
  labels = g_new0 (char *, m->n_rows + 1);
  values = g_new (double, (gsize) m->n_rows * m->n_cols);
  places = g_new (patchart_place, m->n_rows);
  for (guint r = 0; r < m->n_rows; r++) {
    labels[r] = m->row_labels[order[r]];
    places[r] = m->row_places[order[r]];
    memcpy (&values[(gsize) r * m->n_cols], &m->values[(gsize) order[r] * m->n_cols],
            sizeof (double) * m->n_cols);
  }
  g_free (m->row_labels);
  g_free (m->values);
  g_free (m->row_places);
  m->row_labels = labels;
  m->values = values;
  m->row_places = places;
  g_free (totals);
  g_free (order);
}

void
patchart_matrix_truncate_rows (patchart_matrix *m, guint top)
{
  if (top == 0 || top >= m->n_rows)
    return;
  for (guint r = top; r < m->n_rows; r++)
    g_clear_pointer (&m->row_labels[r], g_free);
  m->n_rows = top;
}

/* The rows from TOP on summed per column into one row LABEL; a column
 * missing in all of them stays missing. */
void
patchart_matrix_truncate_rows_others (patchart_matrix *m, guint top, const char *label)
{
  double *rest;

  if (top == 0 || top >= m->n_rows)
    return;
  rest = &m->values[(gsize) top * m->n_cols];
  for (guint r = top + 1; r < m->n_rows; r++)
    for (guint c = 0; c < m->n_cols; c++) {
      double v = m->values[(gsize) r * m->n_cols + c];
      if (!isnan (v))
        rest[c] = isnan (rest[c]) ? v : rest[c] + v;
    }
  patchart_matrix_truncate_rows (m, top + 1);
  g_free (m->row_labels[top]);
  m->row_labels[top] = g_strdup (label);
  m->row_places[top] = (patchart_place){ 0, 0 };
  m->has_others = TRUE;
}

patchart_matrix *
patchart_matrix_copy (const patchart_matrix *m)
{
  patchart_matrix *copy = g_new0 (patchart_matrix, 1);

  copy->n_rows = m->n_rows;
  copy->n_cols = m->n_cols;
  copy->has_others = m->has_others;
  copy->row_labels = g_strdupv (m->row_labels);
  copy->col_labels = g_strdupv (m->col_labels);
  copy->values = g_memdup2 (m->values, sizeof (double) * m->n_rows * m->n_cols);
  copy->row_places = g_memdup2 (m->row_places, sizeof (patchart_place) * m->n_rows);
  copy->col_places = g_memdup2 (m->col_places, sizeof (patchart_place) * m->n_cols);
  return copy;
}

void
patchart_matrix_free (patchart_matrix *m)
{
  if (m == NULL)
    return;
  g_strfreev (m->row_labels);
  g_strfreev (m->col_labels);
  g_free (m->values);
  g_free (m->row_places);
  g_free (m->col_places);
  g_free (m);
}
