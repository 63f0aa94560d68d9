/* SPDX-License-Identifier: MIT */
/* collect.c — a figure's data taken from a table as it is read in pieces.
 *
 * A series and a long heatmap are summed as the rows come, and each
 * piece's rows are dropped: memory grows with the labels and pairs, not
 * with the file.  A wide table is kept whole: its rows are the matrix's
 * rows, and a line chart decides which way round it is from all of them.
 * AUTO decides a 3-column table's shape from the rows kept so far: a
 * first column that repeats a label or a second column that is not
 * numeric makes it long (as patchart_matrix_shape_of() decides from the
 * whole table), and from then on it streams; a table that never shows
 * either is wide, and kept whole as a wide table is.  Bars split into
 * series read a long table (label, series, value) as a heatmap's long
 * table, streamed, or a wide one (a column per series) whole. */
#include "data/build.h"
#include "data/dataset.h"
#include "data/cells.h"
#include "util/error.h"
#include "util/number.h"

typedef enum { UNDECIDED, SERIES, LONG, WHOLE } collect_mode;

struct patchart_collector {
  patchart_collect_request request;
  collect_mode mode;
  patchart_series_builder *series;
  patchart_long_builder *long_table;
  GHashTable *seen;           /* AUTO: first-column texts of the rows kept */
  guint n_checked;            /* AUTO: rows kept that have been looked at */
  guint label_col, value_col; /* parts from a long table: for the names */
};

patchart_collector *
patchart_collector_new (const patchart_collect_request *request)
{
  patchart_collector *c = g_new0 (patchart_collector, 1);

  c->request = *request;
  c->mode = UNDECIDED;
  return c;
}

void
patchart_collector_free (patchart_collector *c)
{
  if (c == NULL)
    return;
  patchart_series_builder_free (c->series);
  patchart_long_builder_free (c->long_table);
  if (c->seen != NULL)
    g_hash_table_destroy (c->seen);
  g_free (c);
}

/* Whether the rows of TABLE not yet looked at show it is long. */
static gboolean
shows_long (patchart_collector *c, const patchart_table *table)
{
  double value;

  if (c->seen == NULL)
    c->seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (; c->n_checked < patchart_table_n_rows (table); c->n_checked++) {
    const char *first = patchart_table_cell (table, c->n_checked, 0)->text;
    const char *second = patchart_table_cell (table, c->n_checked, 1)->text;

    if (!g_hash_table_add (c->seen, (gpointer) first) ||
        (*second != '\0' && !patchart_number_parse (second, &value)))
      return TRUE;
  }
  return FALSE;
}

static collect_mode
decide (patchart_collector *c, const patchart_table *table)
{
  const patchart_collect_request *r = &c->request;

  if (r->parts)
    return r->series_spec != NULL ? LONG : WHOLE;
  if (!r->matrix)
    return SERIES;
  if (r->shape == PATCHART_SHAPE_LONG ||
      (r->shape == PATCHART_SHAPE_AUTO && (r->row_spec || r->column_spec || r->value_spec)))
    return LONG;
  if (r->shape == PATCHART_SHAPE_WIDE || patchart_table_n_columns (table) != 3)
    return WHOLE;
  return shows_long (c, table) ? LONG : UNDECIDED;
}

/* Bars split by series: the label column (default the first), the series
 * column, and the values (default the first column that is neither). */
static patchart_long_builder *
parts_builder_new (patchart_collector *c, const patchart_table *table, GError **error)
{
  const patchart_collect_request *r = &c->request;
  guint series_col, value_col = 0;

  if (!patchart_cells_pick_column (table, r->label_spec, 0, &c->label_col, error) ||
      !patchart_cells_pick_column (table, r->series_spec, 1, &series_col, error))
    return NULL;
  while (r->value_spec == NULL && (value_col == c->label_col || value_col == series_col))
    value_col++;
  if (r->value_spec != NULL &&
      !patchart_cells_pick_column (table, r->value_spec, 2, &value_col, error))
    return NULL;
  if (value_col >= patchart_table_n_columns (table)) {
    patchart_set_error_at (error, PATCHART_ERROR_DATA, patchart_table_name (table), 1, 0,
                           "series %s: expected a column of values besides the labels and the "
                           "series (--value COL)",
                           r->series_spec);
    return NULL;
  }
  c->value_col = value_col;
  return patchart_long_builder_new_at (c->label_col, series_col, value_col);
}

/* The matrix of bars split into series as a series with parts, its label
 * and value columns named. */
static patchart_series *
parts_of (const patchart_collector *c, const patchart_table *table, patchart_matrix *m)
{
  patchart_series *s;

  if (m == NULL)
    return NULL;
  patchart_matrix_sort_numeric_columns (m); /* years as parts stack in order */
  s = patchart_series_from_matrix (m);
  s->label_name = g_strdup (patchart_table_header (table, c->label_col));
  if (c->request.series_spec != NULL)
    s->value_name = g_strdup (patchart_table_header (table, c->value_col));
  return s;
}

gboolean
patchart_collector_add (patchart_table *table, gpointer collector, GError **error)
{
  patchart_collector *c = collector;
  const patchart_collect_request *r = &c->request;
  gboolean ok = TRUE;

  if (c->mode == UNDECIDED)
    c->mode = decide (c, table);
  if (c->mode != UNDECIDED && c->seen != NULL)
    g_clear_pointer (&c->seen, g_hash_table_destroy);
  if (c->mode == SERIES) {
    if (c->series == NULL)
      c->series = patchart_series_builder_new (table, r->label_spec, r->value_spec, error);
    ok = c->series != NULL && patchart_series_builder_add (c->series, table, error);
  } else if (c->mode == LONG) {
    if (c->long_table == NULL)
      c->long_table = r->parts ? parts_builder_new (c, table, error)
                               : patchart_long_builder_new (table, r->row_spec, r->column_spec,
                                                            r->value_spec, error);
    ok = c->long_table != NULL && patchart_long_builder_add (c->long_table, table, error);
  } else {
    return TRUE; /* kept */
  }
  patchart_table_drop_rows (table);
  return ok;
}

gboolean
patchart_collector_finish (patchart_collector *c, const patchart_table *table,
                           patchart_series **series, patchart_matrix **matrix, GError **error)
{
  const patchart_collect_request *r = &c->request;

  if (r->parts && c->long_table != NULL) {
    *series = parts_of (
        c, table, patchart_long_builder_finish (g_steal_pointer (&c->long_table), table, error));
  } else if (r->parts && r->series_spec == NULL) {
    *series = parts_of (
        c, table, patchart_matrix_from_table (table, PATCHART_SHAPE_WIDE, NULL, NULL, NULL, error));
  } else if (r->parts) {
    /* a long table with no rows: the whole-table error */
    patchart_cells_check_rows (table, error);
  } else if (c->series != NULL) {
    *series = patchart_series_builder_finish (g_steal_pointer (&c->series), table);
  } else if (c->long_table != NULL) {
    *matrix = patchart_long_builder_finish (g_steal_pointer (&c->long_table), table, error);
    if (*matrix != NULL)
      patchart_matrix_sort_numeric_columns (*matrix);
  } else if (r->lines) {
    /* the rows are all here (or there are none: the whole-table error) */
    *matrix = patchart_lines_from_table (table, r->shape, r->series_in, r->row_spec, r->column_spec,
                                         r->value_spec, error);
  } else if (r->matrix) {
    *matrix = patchart_matrix_from_table (table, r->shape, r->row_spec, r->column_spec,
                                          r->value_spec, error);
  } else {
    *series = patchart_series_from_table (table, r->label_spec, r->value_spec, error);
  }
  return *series != NULL || *matrix != NULL;
}
