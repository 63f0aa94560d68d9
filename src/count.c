/* count.c — raw records counted per label or per pair, streaming. */
#include <stdlib.h>
#include <string.h>

#include "alias.h"
#include "cells.h"
#include "count.h"
#include "error.h"
#include "filter.h"
#include "keys.h"

/* Filling the years between the first and last is for a readable
 * heatmap; a wider span than this is a typo's, and left as it is. */
#define MAX_YEAR_SPAN 200

struct patchart_counter {
  char *name;
  const patchart_figure_options *o;
  patchart_alias *alias;
  gboolean started;        /* the header (or first row) has been seen */
  guint n_columns;
  char *names[2];          /* the counted columns' names, for messages */
  patchart_keys *keys[2];  /* labels, or rows and columns */
  patchart_filter *filter;
  GArray *counts;          /* series: guint per label */
  GPtrArray *cells;        /* matrix: a GArray of guint per row */
  GArray *indexes[2];
  guint n_records, n_kept;
  patchart_skips skips;
};

patchart_counter *
patchart_counter_new (const char *name, const patchart_figure_options *o, GError **error)
{
  patchart_counter *c = g_new0 (patchart_counter, 1);

  c->name = g_strdup (name);
  c->o = o;
  c->skips.enabled = o->skip_invalid;
  c->counts = g_array_new (FALSE, TRUE, sizeof (guint));
  c->cells = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  c->indexes[0] = g_array_new (FALSE, FALSE, sizeof (guint));
  c->indexes[1] = g_array_new (FALSE, FALSE, sizeof (guint));
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
  for (guint i = 0; i < 2; i++) {
    patchart_keys_free (c->keys[i]);
    g_free (c->names[i]);
    g_array_free (c->indexes[i], TRUE);
  }
  patchart_filter_free (c->filter);
  patchart_alias_free (c->alias);
  g_array_free (c->counts, TRUE);
  g_ptr_array_free (c->cells, TRUE);
  patchart_skips_clear (&c->skips);
  g_free (c->name);
  g_free (c);
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

/* Key column I from SPEC (default DEFAULT_COL); IPC codes and aliases
 * apply to the first one only.  *DATE_COL is set for a year: column. */
static gboolean
make_keys (patchart_counter *c, const patchart_table *header, guint i, const char *spec,
           guint default_col, gint *date_col, GError **error)
{
  patchart_key_rule rule = { 0 };
  const char *column = spec ? patchart_keys_spec (spec, &rule.year) : NULL;

  if (!patchart_cells_pick_column (header, column, default_col, &rule.col, error))
    return FALSE;
  c->names[i] = g_strdup (patchart_cells_column_name (header, rule.col));
  rule.column_name = c->names[i];
  rule.split = rule.year ? NULL : c->o->split;
  rule.ipc = i == 0 && !rule.year ? c->o->ipc : PATCHART_IPC_NONE;
  rule.alias = i == 0 && !rule.year ? c->alias : NULL;
  if (rule.year)
    *date_col = (gint) rule.col;
  c->keys[i] = patchart_keys_new (c->name, &rule);
  return TRUE;
}

static gboolean
resolve (patchart_counter *c, const patchart_table *header, GError **error)
{
  const patchart_figure_options *o = c->o;
  gint date_col = -1;

  if (o->kind == PATCHART_KIND_HEATMAP) {
    if (!make_keys (c, header, 0, o->row_column, 0, &date_col, error) ||
        !make_keys (c, header, 1, o->column_column, 1, &date_col, error))
      return FALSE;
  } else if (!make_keys (c, header, 0, o->label_column, 0, &date_col, error)) {
    return FALSE;
  }
  c->filter = patchart_filter_new (header, o, date_col, error);
  return c->filter != NULL;
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
start (patchart_counter *c, const patchart_csv_row *row, gboolean *is_record, GError **error)
{
  patchart_table *header;
  gboolean ok;

  *is_record = FALSE;
  if (!c->o->no_header && c->n_records == 0 && is_search_url (row))
    return TRUE;
  header = header_table (c, row, error);
  if (header == NULL)
    return FALSE;
  c->n_columns = row->n_fields;
  ok = resolve (c, header, error);
  patchart_table_free (header);
  c->started = TRUE;
  *is_record = c->o->no_header;
  return ok;
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

static void
count_series (patchart_counter *c)
{
  const GArray *a = c->indexes[0];

  for (guint i = 0; i < a->len; i++) {
    guint label = g_array_index (a, guint, i);
    if (label >= c->counts->len)
      g_array_set_size (c->counts, label + 1);
    g_array_index (c->counts, guint, label)++;
  }
}

static void
count_matrix (patchart_counter *c)
{
  const GArray *a = c->indexes[0], *b = c->indexes[1];

  for (guint i = 0; i < a->len; i++) {
    guint r = g_array_index (a, guint, i);
    GArray *row;
    while (c->cells->len <= r)
      g_ptr_array_add (c->cells, g_array_new (FALSE, TRUE, sizeof (guint)));
    row = g_ptr_array_index (c->cells, r);
    for (guint j = 0; j < b->len; j++) {
      guint col = g_array_index (b, guint, j);
      if (col >= row->len)
        g_array_set_size (row, col + 1);
      g_array_index (row, guint, col)++;
    }
  }
}

/* Counts one record that passed the filters. */
static gboolean
count_record (patchart_counter *c, const patchart_csv_row *row, GError **error)
{
  for (guint i = 0; i < 2 && c->keys[i] != NULL; i++) {
    const patchart_csv_field *field = &row->fields[patchart_keys_column (c->keys[i])];
    if (!patchart_keys_of (c->keys[i], field, c->indexes[i], &c->skips, error))
      return FALSE;
  }
  if (c->keys[1] == NULL)
    count_series (c);
  else
    count_matrix (c);
  return TRUE;
}

gboolean
patchart_counter_add_row (const patchart_csv_row *row, gpointer data, GError **error)
{
  patchart_counter *c = data;
  gboolean is_record = TRUE, keep;

  if (!c->started && !start (c, row, &is_record, error))
    return FALSE;
  c->n_records++;
  if (!is_record)
    return TRUE;
  if (row->n_fields != c->n_columns)
    return ragged (c, row, error);
  if (!patchart_filter_keep (c->filter, row, &keep, &c->skips, error))
    return FALSE;
  if (!keep)
    return TRUE;
  c->n_kept++;
  return count_record (c, row, error);
}

static gboolean
check_counted (const patchart_counter *c, gboolean any, GError **error)
{
  if (any)
    return TRUE;
  if (c->n_kept == 0 && c->n_records > 1)
    patchart_set_error_at (error, PATCHART_ERROR_DATA, c->name, 0, 0,
                           "no records left to count: the filters kept none of %u",
                           c->n_records - (c->o->no_header ? 0 : 1));
  else
    patchart_set_error_at (error, PATCHART_ERROR_DATA, c->name, 0, 0,
                           "nothing to count: no record has a value in column \"%s\"",
                           c->names[0] ? c->names[0] : "");
  return FALSE;
}

/* Counts of labels that were only seen in records the filters or other
 * columns left out are 0: those labels are not shown. */
patchart_series *
patchart_counter_series (const patchart_counter *c, GError **error)
{
  patchart_series *s;
  guint n = 0;

  for (guint i = 0; i < c->counts->len; i++)
    n += g_array_index (c->counts, guint, i) > 0;
  if (!check_counted (c, n > 0, error))
    return NULL;
  s = g_new0 (patchart_series, 1);
  s->labels = g_new0 (char *, n + 1);
  s->values = g_new (double, n);
  s->places = g_new (patchart_place, n);
  for (guint i = 0; i < c->counts->len; i++) {
    if (g_array_index (c->counts, guint, i) == 0)
      continue;
    s->labels[s->n_items] = g_strdup (patchart_keys_label (c->keys[0], i));
    s->values[s->n_items] = g_array_index (c->counts, guint, i);
    s->places[s->n_items] = patchart_keys_place (c->keys[0], i);
    s->n_items++;
  }
  return s;
}

guint
patchart_counter_n_skipped (const patchart_counter *c)
{
  return c->skips.n_skipped;
}

char *
patchart_counter_warning (const patchart_counter *c)
{
  if (c->skips.n_skipped == 0)
    return NULL;
  return g_strdup_printf ("%s: skipped %u invalid value%s (--skip-invalid); the first: %s",
                          c->name, c->skips.n_skipped, c->skips.n_skipped == 1 ? "" : "s",
                          c->skips.first);
}

static guint
cell (const patchart_counter *c, guint r, guint col)
{
  const GArray *row = g_ptr_array_index (c->cells, r);

  return col < row->len ? g_array_index (row, guint, col) : 0;
}

/* The column labels with a count, in first-seen order: a new array of
 * label indexes. */
static GArray *
used_columns (const patchart_counter *c)
{
  guint n = patchart_keys_n_labels (c->keys[1]);
  gboolean *used = g_new0 (gboolean, n);
  GArray *cols = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint r = 0; r < c->cells->len; r++)
    for (guint col = 0; col < n; col++)
      used[col] = used[col] || cell (c, r, col) > 0;
  for (guint col = 0; col < n; col++)
    if (used[col])
      g_array_append_val (cols, col);
  g_free (used);
  return cols;
}

/* The first and last year to show: those counted, widened to the
 * --from-year/--to-year range when the columns are years. */
static void
year_span (const patchart_counter *c, const GArray *cols, int *lo, int *hi)
{
  *lo = 9999;
  *hi = 0;
  for (guint i = 0; i < cols->len; i++) {
    int year = atoi (patchart_keys_label (c->keys[1], g_array_index (cols, guint, i)));
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
lay_out_columns (const patchart_counter *c, const GArray *cols, patchart_matrix *m,
                 guint *position)
{
  int lo, hi;
  gboolean years = patchart_keys_is_year (c->keys[1]);

  if (years)
    year_span (c, cols, &lo, &hi);
  if (!years || hi - lo + 1 > MAX_YEAR_SPAN)
    years = FALSE;
  m->n_cols = years ? (guint) (hi - lo + 1) : cols->len;
  m->col_labels = g_new0 (char *, m->n_cols + 1);
  m->col_places = g_new0 (patchart_place, m->n_cols);
  for (guint i = 0; years && i < m->n_cols; i++)
    m->col_labels[i] = g_strdup_printf ("%d", lo + (int) i);
  for (guint i = 0; i < cols->len; i++) {
    guint label = g_array_index (cols, guint, i);
    const char *text = patchart_keys_label (c->keys[1], label);
    position[label] = years ? (guint) (atoi (text) - lo) : i;
    if (!years)
      m->col_labels[i] = g_strdup (text);
    m->col_places[position[label]] = patchart_keys_place (c->keys[1], label);
  }
}

static gboolean
row_counted (const patchart_counter *c, guint r)
{
  const GArray *row = g_ptr_array_index (c->cells, r);

  for (guint i = 0; i < row->len; i++)
    if (g_array_index (row, guint, i) > 0)
      return TRUE;
  return FALSE;
}

/* One matrix row per row label counted with some column: a record with
 * a row value but no column value (an empty date) adds none. */
static void
fill_rows (const patchart_counter *c, const GArray *cols, const guint *position,
           patchart_matrix *m)
{
  m->row_labels = g_new0 (char *, c->cells->len + 1);
  m->row_places = g_new0 (patchart_place, c->cells->len);
  m->values = g_new0 (double, (gsize) c->cells->len * m->n_cols);
  for (guint r = 0; r < c->cells->len; r++) {
    double *values = &m->values[(gsize) m->n_rows * m->n_cols];
    if (!row_counted (c, r))
      continue;
    m->row_labels[m->n_rows] = g_strdup (patchart_keys_label (c->keys[0], r));
    m->row_places[m->n_rows] = patchart_keys_place (c->keys[0], r);
    for (guint i = 0; i < cols->len; i++) {
      guint label = g_array_index (cols, guint, i);
      values[position[label]] = cell (c, r, label);
    }
    m->n_rows++;
  }
}

patchart_matrix *
patchart_counter_matrix (const patchart_counter *c, GError **error)
{
  GArray *cols;
  guint *position;
  patchart_matrix *m;

  cols = c->keys[1] != NULL ? used_columns (c) : NULL;
  if (!check_counted (c, cols != NULL && cols->len > 0, error)) {
    if (cols != NULL)
      g_array_free (cols, TRUE);
    return NULL;
  }
  position = g_new0 (guint, patchart_keys_n_labels (c->keys[1]));
  m = g_new0 (patchart_matrix, 1);
  lay_out_columns (c, cols, m, position);
  fill_rows (c, cols, position, m);
  patchart_matrix_sort_numeric_columns (m);
  g_free (position);
  g_array_free (cols, TRUE);
  return m;
}
