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
 * either is wide, and kept whole as a wide table is. */
#include "data/build.h"
#include "data/dataset.h"
#include "util/number.h"

typedef enum { UNDECIDED, SERIES, LONG, WHOLE } collect_mode;

struct patchart_collector {
  patchart_collect_request request;
  collect_mode mode;
  patchart_series_builder *series;
  patchart_long_builder *long_table;
  GHashTable *seen; /* AUTO: first-column texts of the rows kept */
  guint n_checked;  /* AUTO: rows kept that have been looked at */
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

  if (!r->matrix)
    return SERIES;
  if (r->shape == PATCHART_SHAPE_LONG ||
      (r->shape == PATCHART_SHAPE_AUTO && (r->row_spec || r->column_spec || r->value_spec)))
    return LONG;
  if (r->shape == PATCHART_SHAPE_WIDE || patchart_table_n_columns (table) != 3)
    return WHOLE;
  return shows_long (c, table) ? LONG : UNDECIDED;
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
      c->long_table =
          patchart_long_builder_new (table, r->row_spec, r->column_spec, r->value_spec, error);
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

  if (c->series != NULL) {
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
