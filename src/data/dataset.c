/* SPDX-License-Identifier: MIT */
/* dataset.c — series and matrices from tables: select, parse, sum, sort. */
#include <math.h>
#include <string.h>

#include "data/build.h"
#include "data/cells.h"
#include "util/number.h"
#include "data/dataset.h"

struct patchart_series_builder {
  guint label_col, value_col;
  GHashTable *index; /* label -> its index in LABELS */
  GPtrArray *labels;
  GArray *values; /* double per label: the sum so far */
  GArray *places; /* patchart_place per label */
};

patchart_series_builder *
patchart_series_builder_new (const patchart_table *table, const char *label_spec,
                             const char *value_spec, GError **error)
{
  patchart_series_builder *b = NULL;
  guint label_col, value_col;

  if (!patchart_cells_pick_column (table, label_spec, 0, &label_col, error) ||
      !patchart_cells_pick_column (table, value_spec, 1, &value_col, error))
    return NULL;
  b = g_new0 (patchart_series_builder, 1);
  b->label_col = label_col;
  b->value_col = value_col;
  b->index = g_hash_table_new (g_str_hash, g_str_equal);
  b->labels = g_ptr_array_new_with_free_func (g_free);
  b->values = g_array_new (FALSE, TRUE, sizeof (double));
  b->places = g_array_new (FALSE, TRUE, sizeof (patchart_place));
  return b;
}

gboolean
patchart_series_builder_add (patchart_series_builder *b, const patchart_table *table,
                             GError **error)
{
  for (guint row = 0; row < patchart_table_n_rows (table); row++) {
    char *label = patchart_cells_label (table, row, b->label_col, error);
    double value;
    guint i;

    if (label == NULL || !patchart_cells_number (table, row, b->value_col, FALSE, &value, error)) {
      g_free (label);
      return FALSE;
    }
    i = patchart_cells_intern (b->index, b->labels, b->places, label,
                               patchart_table_cell (table, row, b->label_col));
    if (i == b->values->len)
      g_array_append_val (b->values, value);
    else if (!patchart_cells_add (&g_array_index (b->values, double, i), value, table,
                                  patchart_table_cell (table, row, b->value_col), error))
      return FALSE;
  }
  return TRUE;
}

patchart_series *
patchart_series_builder_finish (patchart_series_builder *b, const patchart_table *table)
{
  patchart_series *series = g_new0 (patchart_series, 1);

  series->n_items = b->labels->len;
  g_ptr_array_set_free_func (b->labels, NULL);
  series->labels = patchart_cells_take_strv (g_steal_pointer (&b->labels));
  series->values = (double *) g_array_free (g_steal_pointer (&b->values), FALSE);
  series->places = (patchart_place *) g_array_free (g_steal_pointer (&b->places), FALSE);
  series->value_name = g_strdup (patchart_table_header (table, b->value_col));
  series->label_name = g_strdup (patchart_table_header (table, b->label_col));
  patchart_series_builder_free (b);
  return series;
}

void
patchart_series_builder_free (patchart_series_builder *b)
{
  if (b == NULL)
    return;
  g_hash_table_destroy (b->index);
  if (b->labels != NULL)
    g_ptr_array_free (b->labels, TRUE);
  if (b->values != NULL)
    g_array_free (b->values, TRUE);
  if (b->places != NULL)
    g_array_free (b->places, TRUE);
  g_free (b);
}

patchart_series *
patchart_series_from_table (const patchart_table *table, const char *label_spec,
                            const char *value_spec, GError **error)
{
  patchart_series_builder *b = NULL;

  if (!patchart_cells_check_rows (table, error))
    return NULL;
  b = patchart_series_builder_new (table, label_spec, value_spec, error);
  if (b == NULL)
    return NULL;
  if (!patchart_series_builder_add (b, table, error)) {
    patchart_series_builder_free (b);
    return NULL;
  }
  return patchart_series_builder_finish (b, table);
}

typedef struct {
  const char *label;
  double value;
  guint index;
} ranked;

static int
compare_desc (gconstpointer a, gconstpointer b, gpointer unused)
{
  const ranked *x = a, *y = b;

  if (x->value != y->value)
    return x->value > y->value ? -1 : 1;
  return strcmp (x->label, y->label);
}

static int
compare_asc (gconstpointer a, gconstpointer b, gpointer unused)
{
  const ranked *x = a, *y = b;

  if (x->value != y->value)
    return x->value < y->value ? -1 : 1;
  return strcmp (x->label, y->label);
}

/* Sorts N labels by their values (ties by label), returning the new
 * order as indexes into LABELS. */
guint *
patchart_rank_order (char **labels, const double *values, guint n, patchart_sort sort)
{
  ranked *items = g_new (ranked, n);
  guint *order = g_new (guint, n);

  for (guint i = 0; i < n; i++)
    items[i] = (ranked){ labels[i], values[i], i };
  if (sort != PATCHART_SORT_NONE)
    g_qsort_with_data (items, n, sizeof (ranked),
                       sort == PATCHART_SORT_ASC ? compare_asc : compare_desc, NULL);
  for (guint i = 0; i < n; i++)
    order[i] = items[i].index;
  g_free (items);
  return order;
}

/* Puts the items in ORDER (indexes into the series as it is). */
static void
reorder (patchart_series *series, const guint *order)
{
  guint n = series->n_items;
  char **labels = g_new0 (char *, n + 1);
  double *values = g_new (double, n);
  patchart_place *places = g_new (patchart_place, n);
  double *parts = series->n_parts > 0 ? g_new (double, (gsize) n * series->n_parts) : NULL;

  for (guint i = 0; i < n; i++) {
    labels[i] = series->labels[order[i]];
    values[i] = series->values[order[i]];
    places[i] = series->places[order[i]];
    if (parts != NULL)
      memcpy (parts + (gsize) i * series->n_parts,
              series->parts + (gsize) order[i] * series->n_parts,
              sizeof (double) * series->n_parts);
  }
  g_free (series->labels);
  g_free (series->values);
  g_free (series->places);
  g_free (series->parts);
  series->labels = labels;
  series->values = values;
  series->places = places;
  series->parts = parts;
}

void
patchart_series_sort (patchart_series *series, patchart_sort sort)
{
  guint *order;

  if (sort == PATCHART_SORT_NONE || series->n_items < 2)
    return;
  order = patchart_rank_order (series->labels, series->values, series->n_items, sort);
  reorder (series, order);
  g_free (order);
}

void
patchart_series_sort_numeric_labels (patchart_series *series)
{
  double *keys = g_new (double, MAX (series->n_items, 1));
  guint *order = NULL;

  for (guint i = 0; i < series->n_items; i++)
    if (!patchart_number_parse (series->labels[i], &keys[i]))
      goto out;
  order = patchart_rank_order (series->labels, keys, series->n_items, PATCHART_SORT_ASC);
  reorder (series, order);
out:
  g_free (keys);
  g_free (order);
}

void
patchart_series_truncate (patchart_series *series, guint top)
{
  if (top == 0 || top >= series->n_items)
    return;
  for (guint i = top; i < series->n_items; i++) {
    g_free (series->labels[i]);
    series->labels[i] = NULL;
  }
  series->n_items = top;
}

void
patchart_series_truncate_others (patchart_series *series, guint top, const char *label)
{
  double rest = 0;

  if (top == 0 || top >= series->n_items)
    return;
  for (guint i = top; i < series->n_items; i++)
    rest += series->values[i];
  for (guint j = 0; j < series->n_parts; j++) {
    double *part = &series->parts[(gsize) top * series->n_parts + j];
    for (guint i = top + 1; i < series->n_items; i++)
      *part += series->parts[(gsize) i * series->n_parts + j];
  }
  patchart_series_truncate (series, top + 1);
  g_free (series->labels[top]);
  series->labels[top] = g_strdup (label);
  series->values[top] = rest;
  series->places[top] = (patchart_place){ 0, 0 };
  series->has_others = TRUE;
}

patchart_series *
patchart_series_copy (const patchart_series *series)
{
  patchart_series *copy = g_new0 (patchart_series, 1);

  copy->n_items = series->n_items;
  copy->labels = g_strdupv (series->labels);
  copy->values = g_memdup2 (series->values, sizeof (double) * series->n_items);
  copy->places = g_memdup2 (series->places, sizeof (patchart_place) * series->n_items);
  copy->value_name = g_strdup (series->value_name);
  copy->label_name = g_strdup (series->label_name);
  copy->has_others = series->has_others;
  copy->n_parts = series->n_parts;
  copy->parts_others = series->parts_others;
  copy->part_names = series->part_names ? g_strdupv (series->part_names) : NULL;
  copy->parts = g_memdup2 (series->parts, sizeof (double) * series->n_items * series->n_parts);
  return copy;
}

void
patchart_series_free (patchart_series *series)
{
  if (series == NULL)
    return;
  g_strfreev (series->labels);
  g_free (series->values);
  g_free (series->places);
  g_free (series->value_name);
  g_free (series->label_name);
  g_strfreev (series->part_names);
  g_free (series->parts);
  g_free (series);
}
