/* SPDX-License-Identifier: MIT */
/* counted.c — merged counts as the series or matrix a figure shows.
 * Labels come in the order they first appear in the file, so the result
 * is the same however the file was shared between threads. */
#include <stdlib.h>

#include "count/count.h"
#include "util/error.h"

/* Filling the years between the first and last is for a readable
 * heatmap; a wider span than this is a typo's, and left as it is. */
#define MAX_YEAR_SPAN 200

static const patchart_tally *
merged (const patchart_counter *c)
{
  g_return_val_if_fail (c->tallies->len == 1, NULL);
  return g_ptr_array_index (c->tallies, 0);
}

static gboolean
check_counted (const patchart_counter *c, gboolean any, GError **error)
{
  const patchart_tally *t = merged (c);

  if (any)
    return TRUE;
  if (t->n_kept == 0 && t->n_records > 0)
    patchart_set_error_at (error, PATCHART_ERROR_DATA, c->name, 0, 0,
                           "no records left to count: the filters kept none of %u", t->n_records);
  else if (t->n_records == 0)
    patchart_set_error_at (error, PATCHART_ERROR_DATA, c->name, 0, 0, "no data rows");
  else
    patchart_set_error_at (error, PATCHART_ERROR_DATA, c->name, 0, 0,
                           "nothing to count: no record has a value in column \"%s\"%s%s%s",
                           c->names[0], c->n_keys > 1 ? " and in column \"" : "",
                           c->n_keys > 1 ? c->names[1] : "", c->n_keys > 1 ? "\"" : "");
  return FALSE;
}

static guint
count_of (const patchart_tally *t, guint label)
{
  return label < t->counts->len ? g_array_index (t->counts, guint, label) : 0;
}

static patchart_series *
series_new (guint n)
{
  patchart_series *s = g_new0 (patchart_series, 1);

  s->labels = g_new0 (char *, n + 1);
  s->values = g_new (double, n);
  s->places = g_new0 (patchart_place, n);
  return s;
}

static void year_span (const patchart_counter *c, const patchart_keys *keys, int *lo, int *hi);

/* Years as labels: every year from the first to the last, in order, so
 * that --sort none draws a time line. */
static patchart_series *
year_series (const patchart_tally *t, int lo, int hi)
{
  patchart_series *s = series_new ((guint) (hi - lo + 1));

  s->n_items = (guint) (hi - lo + 1);
  for (guint i = 0; i < s->n_items; i++) {
    s->labels[i] = g_strdup_printf ("%d", lo + (int) i);
    s->values[i] = 0;
  }
  for (guint label = 0; label < patchart_keys_n_labels (t->keys[0]); label++) {
    guint i = (guint) (atoi (patchart_keys_label (t->keys[0], label)) - lo);
    s->values[i] = count_of (t, label);
    s->places[i] = patchart_keys_place (t->keys[0], label);
  }
  return s;
}

patchart_series *
patchart_counter_series (const patchart_counter *c, GError **error)
{
  const patchart_tally *t = merged (c);
  guint n = t->keys[0] ? patchart_keys_n_labels (t->keys[0]) : 0;
  guint *order;
  patchart_series *s;
  int lo, hi;

  if (!check_counted (c, n > 0, error))
    return NULL;
  if (patchart_keys_is_year (t->keys[0])) {
    year_span (c, t->keys[0], &lo, &hi);
    if (hi - lo + 1 <= MAX_YEAR_SPAN)
      return year_series (t, lo, hi);
  }
  order = patchart_keys_order (t->keys[0]);
  s = series_new (n);
  for (guint i = 0; i < n; i++) {
    s->labels[s->n_items] = g_strdup (patchart_keys_label (t->keys[0], order[i]));
    s->values[s->n_items] = count_of (t, order[i]);
    s->places[s->n_items] = patchart_keys_place (t->keys[0], order[i]);
    s->n_items++;
  }
  g_free (order);
  return s;
}

static guint
cell (const patchart_tally *t, guint r, guint col)
{
  const GArray *row = r < t->cells->len ? g_ptr_array_index (t->cells, r) : NULL;

  return row != NULL && col < row->len ? g_array_index (row, guint, col) : 0;
}

/* Label indexes of KEYS in first-seen order, those with a count only:
 * a row value seen with no column value (an empty date) adds no row. */
static GArray *
used (const patchart_tally *t, const patchart_keys *keys, gboolean rows)
{
  guint n = patchart_keys_n_labels (keys), n_other = patchart_keys_n_labels (t->keys[rows]);
  guint *order = patchart_keys_order (keys);
  GArray *list = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < n; i++) {
    gboolean any = FALSE;
    for (guint j = 0; j < n_other && !any; j++)
      any = (rows ? cell (t, order[i], j) : cell (t, j, order[i])) > 0;
    if (any)
      g_array_append_val (list, order[i]);
  }
  g_free (order);
  return list;
}

/* The first and last year to show: those counted, widened to the
 * --from-year/--to-year range when these are the dates filtered. */
static void
year_span (const patchart_counter *c, const patchart_keys *keys, int *lo, int *hi)
{
  *lo = 9999;
  *hi = 0;
  for (guint i = 0; i < patchart_keys_n_labels (keys); i++) {
    int year = atoi (patchart_keys_label (keys, i));
    *lo = MIN (*lo, year);
    *hi = MAX (*hi, year);
  }
  if (c->o->from_year > 0 && c->o->date_column == NULL)
    *lo = MIN (*lo, c->o->from_year);
  if (c->o->to_year > 0 && c->o->date_column == NULL)
    *hi = MAX (*hi, c->o->to_year);
}

/* Sets the matrix's column labels and places, and for each used label
 * the matrix column it goes to (POSITION, by label index).  Years are
 * laid out one per year from the first to the last, gaps included. */
static void
lay_out_columns (const patchart_counter *c, const GArray *cols, patchart_matrix *m, guint *position)
{
  const patchart_keys *keys = merged (c)->keys[1];
  gboolean years = patchart_keys_is_year (keys);
  int lo = 0, hi = 0;

  if (years)
    year_span (c, keys, &lo, &hi);
  if (!years || hi - lo + 1 > MAX_YEAR_SPAN)
    years = FALSE;
  m->n_cols = years ? (guint) (hi - lo + 1) : cols->len;
  m->col_labels = g_new0 (char *, m->n_cols + 1);
  m->col_places = g_new0 (patchart_place, m->n_cols);
  for (guint i = 0; years && i < m->n_cols; i++)
    m->col_labels[i] = g_strdup_printf ("%d", lo + (int) i);
  for (guint i = 0; i < cols->len; i++) {
    guint label = g_array_index (cols, guint, i);
    const char *text = patchart_keys_label (keys, label);
    position[label] = years ? (guint) (atoi (text) - lo) : i;
    if (!years)
      m->col_labels[i] = g_strdup (text);
    m->col_places[position[label]] = patchart_keys_place (keys, label);
  }
}

static void
fill_rows (const patchart_tally *t, const GArray *rows, const GArray *cols, const guint *position,
           patchart_matrix *m)
{
  m->n_rows = rows->len;
  m->row_labels = g_new0 (char *, rows->len + 1);
  m->row_places = g_new0 (patchart_place, rows->len);
  m->values = g_new0 (double, (gsize) rows->len * m->n_cols);
  for (guint i = 0; i < rows->len; i++) {
    guint r = g_array_index (rows, guint, i);
    m->row_labels[i] = g_strdup (patchart_keys_label (t->keys[0], r));
    m->row_places[i] = patchart_keys_place (t->keys[0], r);
    for (guint j = 0; j < cols->len; j++) {
      guint label = g_array_index (cols, guint, j);
      m->values[(gsize) i * m->n_cols + position[label]] = cell (t, r, label);
    }
  }
}

patchart_matrix *
patchart_counter_matrix (const patchart_counter *c, GError **error)
{
  const patchart_tally *t = merged (c);
  GArray *rows = NULL, *cols = NULL;
  guint *position;
  patchart_matrix *m = NULL;

  if (t->keys[1] != NULL) {
    rows = used (t, t->keys[0], TRUE);
    cols = used (t, t->keys[1], FALSE);
  }
  if (!check_counted (c, rows != NULL && rows->len > 0, error))
    goto out;
  position = g_new0 (guint, patchart_keys_n_labels (t->keys[1]) + 1);
  m = g_new0 (patchart_matrix, 1);
  lay_out_columns (c, cols, m, position);
  fill_rows (t, rows, cols, position, m);
  patchart_matrix_sort_numeric_columns (m);
  g_free (position);
out:
  if (rows != NULL)
    g_array_free (rows, TRUE);
  if (cols != NULL)
    g_array_free (cols, TRUE);
  return m;
}

guint
patchart_counter_n_skipped (const patchart_counter *c)
{
  return merged (c)->skips.n_skipped;
}

char *
patchart_counter_warning (const patchart_counter *c)
{
  const patchart_skips *skips = &merged (c)->skips;

  if (skips->n_skipped == 0)
    return NULL;
  return g_strdup_printf ("%s: skipped %u invalid value%s (--skip-invalid); the first: %s", c->name,
                          skips->n_skipped, skips->n_skipped == 1 ? "" : "s", skips->first);
}
