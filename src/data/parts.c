/* SPDX-License-Identifier: MIT */
/* parts.c — a series whose values are split into parts, one per series
 * (stacked or grouped bars), made from the label x series matrix that a
 * long or wide table, or a count of pairs, gives. */
#include <math.h>
#include <string.h>

#include "data/dataset.h"
#include "util/number.h"

static gboolean
all_numbers (char **labels, guint n)
{
  double v;

  for (guint i = 0; i < n; i++)
    if (!patchart_number_parse (labels[i], &v))
      return FALSE;
  return n > 0;
}

/* The order the parts are stacked in: by total, largest first (ties in
 * input order), so the biggest series sits on the axis; numbers (years)
 * keep their order. */
static guint *
part_order (const patchart_matrix *m)
{
  double *totals = g_new0 (double, m->n_cols);
  guint *order;

  for (guint r = 0; r < m->n_rows; r++)
    for (guint c = 0; c < m->n_cols; c++) {
      double v = m->values[(gsize) r * m->n_cols + c];
      if (!isnan (v))
        totals[c] += v;
    }
  if (all_numbers (m->col_labels, m->n_cols)) {
    order = g_new (guint, m->n_cols);
    for (guint c = 0; c < m->n_cols; c++)
      order[c] = c;
  } else {
    /* rank by total alone: a stable sort keeps ties in input order */
    char **ties = g_new0 (char *, m->n_cols + 1);
    for (guint c = 0; c < m->n_cols; c++)
      ties[c] = g_strdup_printf ("%010u", c);
    order = patchart_rank_order (ties, totals, m->n_cols, PATCHART_SORT_DESC);
    g_strfreev (ties);
  }
  g_free (totals);
  return order;
}

patchart_series *
patchart_series_from_matrix (patchart_matrix *m)
{
  patchart_series *s = g_new0 (patchart_series, 1);
  guint *order = part_order (m);

  s->n_items = m->n_rows;
  s->n_parts = m->n_cols;
  s->labels = g_strdupv (m->row_labels);
  s->places = g_memdup2 (m->row_places, sizeof (patchart_place) * m->n_rows);
  s->has_others = m->has_others;
  s->values = g_new0 (double, MAX (m->n_rows, 1));
  s->parts = g_new0 (double, MAX ((gsize) m->n_rows * m->n_cols, 1));
  s->part_names = g_new0 (char *, m->n_cols + 1);
  for (guint j = 0; j < m->n_cols; j++)
    s->part_names[j] = g_strdup (m->col_labels[order[j]]);
  for (guint i = 0; i < m->n_rows; i++)
    for (guint j = 0; j < m->n_cols; j++) {
      double v = m->values[(gsize) i * m->n_cols + order[j]];
      s->parts[(gsize) i * m->n_cols + j] = isnan (v) ? 0 : v;
      s->values[i] += isnan (v) ? 0 : v;
    }
  g_free (order);
  patchart_matrix_free (m);
  return s;
}

double
patchart_series_part (const patchart_series *s, guint i, guint j)
{
  g_return_val_if_fail (i < s->n_items && j < s->n_parts, 0);
  return s->parts[(gsize) i * s->n_parts + j];
}

void
patchart_series_drop_empty_parts (patchart_series *s)
{
  guint kept = 0;

  for (guint j = 0; j < s->n_parts; j++) {
    gboolean empty = TRUE;
    for (guint i = 0; i < s->n_items && empty; i++)
      empty = s->parts[(gsize) i * s->n_parts + j] == 0;
    if (empty) {
      g_free (s->part_names[j]);
      continue;
    }
    for (guint i = 0; i < s->n_items; i++)
      s->parts[(gsize) i * s->n_parts + kept] = s->parts[(gsize) i * s->n_parts + j];
    s->part_names[kept++] = s->part_names[j];
  }
  /* compact the rows to the new width */
  for (guint i = 0; i < s->n_items && kept < s->n_parts; i++)
    memmove (s->parts + (gsize) i * kept, s->parts + (gsize) i * s->n_parts,
             sizeof (double) * kept);
  s->part_names[kept] = NULL;
  s->n_parts = kept;
}

void
patchart_series_fold_parts (patchart_series *s, guint keep, const char *label)
{
  guint n = s->n_parts;

  if (n <= keep + 1)
    return;
  for (guint i = 0; i < s->n_items; i++) {
    double *row = s->parts + (gsize) i * n, rest = 0;
    for (guint j = keep; j < n; j++)
      rest += row[j];
    /* rows shrink to keep + 1 parts: move each to its new place */
    memmove (s->parts + (gsize) i * (keep + 1), row, sizeof (double) * keep);
    s->parts[(gsize) i * (keep + 1) + keep] = rest;
  }
  for (guint j = keep; j < n; j++)
    g_clear_pointer (&s->part_names[j], g_free);
  s->part_names[keep] = g_strdup (label);
  s->n_parts = keep + 1;
  s->parts_others = TRUE;
}
