/* SPDX-License-Identifier: MIT */
/* count.c — raw records counted into tallies, per label or per pair. */
#include <string.h>

#include "data/cells.h"
#include "count/count.h"
#include "util/error.h"

static patchart_tally *
tally_new (patchart_counter *c)
{
  patchart_tally *t = g_new0 (patchart_tally, 1);

  t->counter = c;
  t->skips.enabled = c->o->skip_invalid;
  t->counts = g_array_new (FALSE, TRUE, sizeof (guint));
  t->cells = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  t->indexes[0] = g_array_new (FALSE, FALSE, sizeof (guint));
  t->indexes[1] = g_array_new (FALSE, FALSE, sizeof (guint));
  if (c->o->unique_column != NULL)
    t->seen = patchart_unique_new ();
  return t;
}

static void
tally_free (gpointer data)
{
  patchart_tally *t = data;

  for (guint i = 0; i < 2; i++) {
    patchart_keys_free (t->keys[i]);
    g_array_free (t->indexes[i], TRUE);
  }
  patchart_filter_free (t->filter);
  g_array_free (t->counts, TRUE);
  g_ptr_array_free (t->cells, TRUE);
  patchart_skips_clear (&t->skips);
  patchart_unique_free (t->seen);
  g_free (t);
}

/* Gives T its key columns and filters, once the counter is ready. */
static gboolean
tally_prepare (patchart_tally *t, GError **error)
{
  patchart_counter *c = t->counter;

  for (guint i = 0; i < c->n_keys; i++)
    t->keys[i] = patchart_keys_new (c->name, &c->rules[i]);
  t->filter = patchart_filter_new (c->header, c->o, c->date_col, error);
  return t->filter != NULL;
}

patchart_counter *
patchart_counter_new (const char *name, const patchart_figure_options *o, gboolean matrix,
                      GError **error)
{
  patchart_counter *c = g_new0 (patchart_counter, 1);

  c->name = g_strdup (name);
  c->o = o;
  c->date_col = -1;
  c->unique_col = -1;
  c->n_keys = matrix ? 2 : 1;
  c->tallies = g_ptr_array_new_with_free_func (tally_free);
  g_ptr_array_add (c->tallies, tally_new (c));
  if (o->alias_file != NULL) {
    c->alias = patchart_alias_read (o->alias_file, o->delimiter, error);
    if (c->alias == NULL) {
      patchart_counter_free (c);
      return NULL;
    }
  }
  return c;
}

void
patchart_counter_free (patchart_counter *c)
{
  if (c == NULL)
    return;
  g_ptr_array_free (c->tallies, TRUE);
  g_free (c->names[0]);
  g_free (c->names[1]);
  patchart_table_free (c->header);
  patchart_alias_free (c->alias);
  g_free (c->name);
  g_free (c);
}

patchart_tally *
patchart_counter_first (patchart_counter *c)
{
  return g_ptr_array_index (c->tallies, 0);
}

patchart_tally *
patchart_counter_add_tally (patchart_counter *c)
{
  patchart_tally *t = tally_new (c);

  g_return_val_if_fail (c->ready, NULL);
  if (!tally_prepare (t, NULL))
    g_return_val_if_reached (NULL); /* the first tally was prepared alike */
  g_ptr_array_add (c->tallies, t);
  return t;
}

/* The header row as a table of its own, so that columns are found (and
 * missing ones reported) exactly as for a whole table. */
static patchart_table *
header_table (const patchart_counter *c, const patchart_csv_row *row, GError **error)
{
  GString *csv = g_string_new (NULL);
  patchart_table_options topts;
  patchart_table *t;

  for (guint i = 0; i < row->n_fields; i++) {
    char **parts = g_strsplit (row->fields[i].text, "\"", -1);
    char *quoted = g_strjoinv ("\"\"", parts);
    if (i > 0)
      g_string_append_c (csv, c->o->delimiter);
    g_string_append_printf (csv, "\"%s\"", quoted);
    g_free (quoted);
    g_strfreev (parts);
  }
  g_string_append_c (csv, '\n');
  patchart_table_options_init (&topts);
  topts.delimiter = c->o->delimiter;
  topts.has_header = !c->o->no_header;
  t = patchart_table_read_data (c->name, csv->str, csv->len, &topts, error);
  g_string_free (csv, TRUE);
  return t;
}

/* Key column I from SPEC (default DEFAULT_COL); IPC codes apply to the
 * first one only, aliases to every one (the offices a chart is split
 * by are named like its labels), neither to years; neither years nor
 * offices are split. */
static gboolean
make_rule (patchart_counter *c, guint i, const char *spec, guint default_col, GError **error)
{
  patchart_key_rule *rule = &c->rules[i];
  const char *column = spec ? patchart_keys_spec (spec, &rule->year, &rule->office) : NULL;

  if (!patchart_cells_pick_column (c->header, column, default_col, &rule->col, error))
    return FALSE;
  c->names[i] = g_strdup (patchart_cells_column_name (c->header, rule->col));
  rule->column_name = c->names[i];
  rule->split = rule->year || rule->office ? NULL : c->o->split;
  rule->ipc = i == 0 && !rule->year && !rule->office ? c->o->ipc : PATCHART_IPC_NONE;
  rule->alias = !rule->year ? c->alias : NULL;
  if (rule->year)
    c->date_col = (gint) rule->col;
  return TRUE;
}

/* --unique's column, if any. */
static gboolean
unique_rule (patchart_counter *c, GError **error)
{
  guint col;

  if (c->o->unique_column == NULL)
    return TRUE;
  if (!patchart_cells_pick_column (c->header, c->o->unique_column, 0, &col, error))
    return FALSE;
  c->unique_col = (gint) col;
  return TRUE;
}

static gboolean
make_rules (patchart_counter *c, GError **error)
{
  const patchart_figure_options *o = c->o;

  if (!unique_rule (c, error))
    return FALSE;
  if (c->n_keys == 2)
    return make_rule (c, 0, o->row_column, 0, error) &&
           make_rule (c, 1, o->column_column, 1, error);
  return make_rule (c, 0, o->label_column, 0, error);
}

static gboolean
is_search_url (const patchart_csv_row *row)
{
  char *first = g_strstrip (g_strdup (row->fields[0].text));
  gboolean is = g_ascii_strcasecmp (first, "search URL:") == 0;

  g_free (first);
  return is;
}

/* The first row: the header (or, without one, the first record). */
static gboolean
start (patchart_tally *t, const patchart_csv_row *row, gboolean *is_record, GError **error)
{
  patchart_counter *c = t->counter;

  *is_record = FALSE;
  if (!c->o->no_header && row->line == 1 && is_search_url (row))
    return TRUE;
  c->header = header_table (c, row, error);
  if (c->header == NULL || !make_rules (c, error) || !tally_prepare (t, error))
    return FALSE;
  c->n_columns = row->n_fields;
  c->ready = TRUE;
  *is_record = c->o->no_header;
  return TRUE;
}

static gboolean
ragged (const patchart_counter *c, const patchart_csv_row *row, GError **error)
{
  guint n = row->n_fields, m = c->n_columns;
  guint line = n > m ? row->fields[m].line : row->end_line;

  patchart_set_error_at (error, PATCHART_ERROR_DATA, c->name, line, MIN (n, m) + 1,
                         "row has %u field%s but the %s has %u", n, n == 1 ? "" : "s",
                         c->o->no_header ? "first row" : "header", m);
  return FALSE;
}

/* Whether the record ROW counts for labels A, B: always, unless --unique
 * has seen its id with them. */
static gboolean
counts_for (patchart_tally *t, const patchart_csv_row *row, guint a, guint b)
{
  const patchart_csv_field *id;

  if (t->seen == NULL)
    return TRUE;
  id = &row->fields[t->counter->unique_col];
  return patchart_unique_add (t->seen, a, b, id->text, row->line);
}

static void
add_count (patchart_tally *t, guint label)
{
  if (label >= t->counts->len)
    g_array_set_size (t->counts, label + 1);
  g_array_index (t->counts, guint, label)++;
}

static void
count_series (patchart_tally *t, const patchart_csv_row *row)
{
  const GArray *a = t->indexes[0];

  for (guint i = 0; i < a->len; i++) {
    guint label = g_array_index (a, guint, i);
    if (counts_for (t, row, label, 0))
      add_count (t, label);
  }
}

/* Adds N to the cell of row label R and column label COL. */
static void
add_cell (patchart_tally *t, guint r, guint col, guint n)
{
  GArray *row;

  while (t->cells->len <= r)
    g_ptr_array_add (t->cells, g_array_new (FALSE, TRUE, sizeof (guint)));
  row = g_ptr_array_index (t->cells, r);
  if (col >= row->len)
    g_array_set_size (row, col + 1);
  g_array_index (row, guint, col) += n;
}

static void
count_matrix (patchart_tally *t, const patchart_csv_row *row)
{
  const GArray *a = t->indexes[0], *b = t->indexes[1];

  for (guint i = 0; i < a->len; i++)
    for (guint j = 0; j < b->len; j++) {
      guint r = g_array_index (a, guint, i), col = g_array_index (b, guint, j);
      if (counts_for (t, row, r, col))
        add_cell (t, r, col, 1);
    }
}

/* Counts one record that passed the filters. */
static gboolean
count_record (patchart_tally *t, const patchart_csv_row *row, GError **error)
{
  for (guint i = 0; i < t->counter->n_keys; i++) {
    const patchart_csv_field *field = &row->fields[patchart_keys_column (t->keys[i])];
    if (!patchart_keys_of (t->keys[i], field, t->indexes[i], &t->skips, error))
      return FALSE;
  }
  if (t->counter->n_keys == 1)
    count_series (t, row);
  else
    count_matrix (t, row);
  return TRUE;
}

gboolean
patchart_tally_add_row (const patchart_csv_row *row, gpointer data, GError **error)
{
  patchart_tally *t = data;
  gboolean is_record = TRUE, keep;

  if (!t->counter->ready && !start (t, row, &is_record, error))
    return FALSE;
  if (!is_record)
    return TRUE;
  t->n_records++;
  if (row->n_fields != t->counter->n_columns)
    return ragged (t->counter, row, error);
  if (!patchart_filter_keep (t->filter, row, &keep, &t->skips, error))
    return FALSE;
  if (!keep)
    return TRUE;
  t->n_kept++;
  return count_record (t, row, error);
}

static void
merge_series (patchart_tally *dst, const patchart_tally *src, const guint *map)
{
  for (guint i = 0; i < src->counts->len; i++) {
    guint to = map[i];
    if (to >= dst->counts->len)
      g_array_set_size (dst->counts, to + 1);
    g_array_index (dst->counts, guint, to) += g_array_index (src->counts, guint, i);
  }
}

static void
merge_matrix (patchart_tally *dst, const patchart_tally *src, const guint *rows)
{
  guint *cols = patchart_keys_merge (dst->keys[1], src->keys[1]);

  for (guint r = 0; r < src->cells->len; r++) {
    const GArray *row = g_ptr_array_index (src->cells, r);
    for (guint col = 0; col < row->len; col++)
      if (g_array_index (row, guint, col) > 0)
        add_cell (dst, rows[r], cols[col], g_array_index (row, guint, col));
  }
  g_free (cols);
}

static void
added_label (guint a, guint b, gpointer dst)
{
  (void) b;
  add_count (dst, a);
}

static void
added_pair (guint a, guint b, gpointer dst)
{
  add_cell (dst, a, b, 1);
}

/* --unique: the union of what the tallies saw, each new entry counted. */
static void
merge_unique (patchart_tally *dst, const patchart_tally *src, const guint *map)
{
  guint *cols = NULL;

  if (src->counter->n_keys == 1) {
    patchart_unique_merge (dst->seen, src->seen, map, NULL, added_label, dst);
    return;
  }
  cols = patchart_keys_merge (dst->keys[1], src->keys[1]);
  patchart_unique_merge (dst->seen, src->seen, map, cols, added_pair, dst);
  g_free (cols);
}

static void
merge (patchart_tally *dst, const patchart_tally *src)
{
  guint *map;

  dst->n_records += src->n_records;
  dst->n_kept += src->n_kept;
  patchart_skips_merge (&dst->skips, &src->skips);
  if (src->keys[0] == NULL)
    return;
  map = patchart_keys_merge (dst->keys[0], src->keys[0]);
  if (src->seen != NULL)
    merge_unique (dst, src, map);
  else if (src->counter->n_keys == 1)
    merge_series (dst, src, map);
  else
    merge_matrix (dst, src, map);
  g_free (map);
}

void
patchart_counter_merge (patchart_counter *c)
{
  patchart_tally *first = patchart_counter_first (c);

  for (guint i = 1; i < c->tallies->len; i++)
    merge (first, g_ptr_array_index (c->tallies, i));
  g_ptr_array_set_size (c->tallies, 1);
}
