/* SPDX-License-Identifier: MIT */
/* filter.c — --where and --from-year/--to-year over raw records. */
#include <stdlib.h>
#include <string.h>

#include "data/cells.h"
#include "count/filter.h"

/* What one column must hold: one of WANTED (case-folded), or a year in
 * the range when WANTED is NULL. */
typedef struct {
  guint col;
  gboolean year, office;
  patchart_keys *keys;
  char *column_name;
  GHashTable *wanted;
  GArray *verdict; /* gint8 per label: -1 not known yet, 0 no, 1 yes */
} condition;

struct patchart_filter {
  GPtrArray *conditions; /* condition *, one per column */
  int from_year, to_year;
  GArray *indexes;
};

static void
condition_free (gpointer data)
{
  condition *c = data;

  patchart_keys_free (c->keys);
  g_free (c->column_name);
  if (c->wanted != NULL)
    g_hash_table_destroy (c->wanted);
  g_array_free (c->verdict, TRUE);
  g_free (c);
}

static condition *
condition_new (const patchart_table *header, guint col, gboolean year, gboolean office,
               const char *split)
{
  condition *c = g_new0 (condition, 1);
  patchart_key_rule rule = { col,  year,  PATCHART_IPC_NONE, NULL, year || office ? NULL : split,
                             NULL, office };

  c->col = col;
  c->year = year;
  c->office = office;
  c->column_name = g_strdup (patchart_cells_column_name (header, col));
  rule.column_name = c->column_name;
  c->keys = patchart_keys_new (patchart_table_name (header), &rule);
  c->verdict = g_array_new (FALSE, FALSE, sizeof (gint8));
  return c;
}

/* The --where condition on COL (and YEAR), made if there is none yet. */
static condition *
condition_for (patchart_filter *f, const patchart_table *header, guint col, gboolean year,
               gboolean office, const char *split)
{
  condition *c;

  for (guint i = 0; i < f->conditions->len; i++) {
    c = g_ptr_array_index (f->conditions, i);
    if (c->wanted != NULL && c->col == col && c->year == year && c->office == office)
      return c;
  }
  c = condition_new (header, col, year, office, split);
  c->wanted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_ptr_array_add (f->conditions, c);
  return c;
}

static gboolean
add_where (patchart_filter *f, const patchart_table *header, const char *where, const char *split,
           GError **error)
{
  const char *eq = strchr (where, '=');
  char *spec = g_strndup (where, (gsize) (eq != NULL ? eq - where : 0));
  char *value = g_strstrip (g_strdup (eq != NULL ? eq + 1 : ""));
  gboolean year, office;
  guint col;
  gboolean ok = patchart_cells_pick_column (header, patchart_keys_spec (spec, &year, &office), 0,
                                            &col, error);

  if (ok) {
    condition *c = condition_for (f, header, col, year, office, split);
    g_hash_table_add (c->wanted, g_utf8_casefold (value, -1));
  }
  g_free (spec);
  g_free (value);
  return ok;
}

static gboolean
add_years (patchart_filter *f, const patchart_table *header, const patchart_figure_options *o,
           gint date_col, GError **error)
{
  guint col = (guint) date_col;
  gboolean year, office;

  f->from_year = o->from_year;
  f->to_year = o->to_year;
  if (o->from_year == 0 && o->to_year == 0)
    return TRUE;
  if (o->date_column != NULL) {
    const char *spec = patchart_keys_spec (o->date_column, &year, &office);
    if (!patchart_cells_pick_column (header, spec, 0, &col, error))
      return FALSE;
  } else if (date_col < 0) {
    g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE,
                 "from-year/to-year: which dates?  Give --date COLUMN, or count a year:COLUMN");
    return FALSE;
  }
  g_ptr_array_add (f->conditions, condition_new (header, col, TRUE, FALSE, NULL));
  return TRUE;
}

patchart_filter *
patchart_filter_new (const patchart_table *header, const patchart_figure_options *o, gint date_col,
                     GError **error)
{
  patchart_filter *f = g_new0 (patchart_filter, 1);

  f->conditions = g_ptr_array_new_with_free_func (condition_free);
  f->indexes = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; o->where != NULL && o->where[i] != NULL; i++)
    if (!add_where (f, header, o->where[i], o->split, error))
      goto fail;
  if (!add_years (f, header, o, date_col, error))
    goto fail;
  return f;
fail:
  patchart_filter_free (f);
  return NULL;
}

/* Whether label INDEX of C passes; decided once per label. */
static gboolean
passes (const patchart_filter *f, condition *c, guint index)
{
  const char *label = patchart_keys_label (c->keys, index);
  gint8 v;

  if (index < c->verdict->len && g_array_index (c->verdict, gint8, index) >= 0)
    return g_array_index (c->verdict, gint8, index);
  if (c->wanted == NULL) {
    int year = atoi (label);
    v = (f->from_year == 0 || year >= f->from_year) && (f->to_year == 0 || year <= f->to_year);
  } else {
    char *folded = g_utf8_casefold (label, -1);
    v = g_hash_table_contains (c->wanted, folded);
    g_free (folded);
  }
  if (index >= c->verdict->len) {
    gint8 unknown = -1;
    while (c->verdict->len <= index)
      g_array_append_val (c->verdict, unknown);
  }
  g_array_index (c->verdict, gint8, index) = v;
  return v;
}

gboolean
patchart_filter_keep (patchart_filter *f, const patchart_csv_row *row, gboolean *keep,
                      patchart_skips *skips, GError **error)
{
  *keep = TRUE;
  for (guint i = 0; i < f->conditions->len && *keep; i++) {
    condition *c = g_ptr_array_index (f->conditions, i);
    gboolean any = FALSE;
    if (!patchart_keys_of (c->keys, &row->fields[c->col], f->indexes, skips, error))
      return FALSE;
    for (guint j = 0; j < f->indexes->len && !any; j++)
      any = passes (f, c, g_array_index (f->indexes, guint, j));
    *keep = any;
  }
  return TRUE;
}

void
patchart_filter_free (patchart_filter *f)
{
  if (f == NULL)
    return;
  g_ptr_array_free (f->conditions, TRUE);
  g_array_free (f->indexes, TRUE);
  g_free (f);
}
