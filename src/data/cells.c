/* SPDX-License-Identifier: MIT */
/* cells.c — typed values out of table cells, with errors at their place. */
#include <math.h>
#include <string.h>

#include "data/cells.h"
#include "util/error.h"
#include "util/number.h"

/* SPEC as a column number, without the spaces around it; NULL if it is
 * not one. */
static char *
index_text (const char *spec)
{
  char *text = g_strstrip (g_strdup (spec));

  if (*text != '\0' && strspn (text, "0123456789") == strlen (text))
    return text;
  g_free (text);
  return NULL;
}

/* As patchart_table_find_column(), but a column number that is out of
 * range lists the header names too, as a wrong name does. */
static gboolean
find_column (const patchart_table *table, const char *spec, guint *col, GError **error)
{
  GError *local = NULL;
  char *index = NULL;
  char *list = NULL;

  if (patchart_table_find_column (table, spec, col, &local))
    return TRUE;
  index = index_text (spec);
  if (index == NULL || patchart_table_header (table, 0) == NULL) {
    g_propagate_error (error, local);
    goto out;
  }
  g_clear_error (&local);
  list = patchart_table_list_columns (table);
  patchart_set_error_at (error, PATCHART_ERROR_USAGE, patchart_table_name (table), 0, 0,
                         "no column %s (the file has %u: %s)", index,
                         patchart_table_n_columns (table), list);
out:
  g_free (index);
  g_free (list);
  return FALSE;
}

/* Column SPEC, or the 0-based DEFAULT_COL when SPEC is NULL. */
gboolean
patchart_cells_pick_column (const patchart_table *table, const char *spec, guint default_col,
                            guint *col, GError **error)
{
  if (spec != NULL)
    return find_column (table, spec, col, error);
  if (default_col >= patchart_table_n_columns (table)) {
    patchart_set_error_at (error, PATCHART_ERROR_DATA, patchart_table_name (table), 1, 0,
                           "expected at least %u columns, found %u", default_col + 1,
                           patchart_table_n_columns (table));
    return FALSE;
  }
  *col = default_col;
  return TRUE;
}

const char *
patchart_cells_column_name (const patchart_table *table, guint col)
{
  const char *name = patchart_table_header (table, col);
  return name != NULL ? name : "";
}

gboolean
patchart_cells_check_rows (const patchart_table *table, GError **error)
{
  if (patchart_table_n_rows (table) > 0)
    return TRUE;
  patchart_set_error_at (error, PATCHART_ERROR_DATA, patchart_table_name (table), 0, 0,
                         "no data rows");
  return FALSE;
}

/* "column \"count\"", or "column 2" when the column has no name. */
static char *
describe_column (const patchart_table *table, guint col)
{
  const char *name = patchart_cells_column_name (table, col);

  if (*name != '\0') {
    char *excerpt = patchart_excerpt (name);
    char *described = g_strdup_printf ("column \"%s\"", excerpt);
    g_free (excerpt);
    return described;
  }
  return g_strdup_printf ("column %u", col + 1);
}

/* Parses the number in CELL; NAN for an empty cell when ALLOW_EMPTY. */
gboolean
patchart_cells_number (const patchart_table *table, guint row, guint col, gboolean allow_empty,
                       double *value, GError **error)
{
  const patchart_cell *cell = patchart_table_cell (table, row, col);
  const char *text = cell->text;
  char *column, *excerpt;
  gboolean parsed;

  while (*text == ' ' || *text == '\t')
    text++;
  if (allow_empty && *text == '\0') {
    *value = NAN;
    return TRUE;
  }
  parsed = patchart_number_parse (cell->text, value);
  if (parsed && fabs (*value) <= PATCHART_MAX_VALUE)
    return TRUE;
  column = describe_column (table, col);
  excerpt = patchart_excerpt (cell->text);
  if (parsed)
    patchart_set_error_at (error, PATCHART_ERROR_DATA, patchart_table_name (table), cell->line,
                           cell->column, "%s: %s is larger than a chart can show (at most %g)",
                           column, excerpt, PATCHART_MAX_VALUE);
  else
    patchart_set_error_at (error, PATCHART_ERROR_DATA, patchart_table_name (table), cell->line,
                           cell->column, "%s: expected a number, got \"%s\"", column, excerpt);
  g_free (excerpt);
  g_free (column);
  return FALSE;
}

/* The label in CELL, trimmed; NULL (with an error) if empty. */
char *
patchart_cells_label (const patchart_table *table, guint row, guint col, GError **error)
{
  const patchart_cell *cell = patchart_table_cell (table, row, col);
  char *label = g_strstrip (g_strdup (cell->text));
  char *column;

  if (*label != '\0')
    return label;
  g_free (label);
  column = describe_column (table, col);
  patchart_set_error_at (error, PATCHART_ERROR_DATA, patchart_table_name (table), cell->line,
                         cell->column, "%s: empty label", column);
  g_free (column);
  return NULL;
}

/* Adds VALUE to *SUM, refusing a total that no longer fits a double. */
gboolean
patchart_cells_add (double *sum, double value, const patchart_table *table,
                    const patchart_cell *cell, GError **error)
{
  double total;

  if (isnan (value))
    return TRUE; /* a missing cell adds nothing */
  total = isnan (*sum) ? value : *sum + value;
  if (fabs (total) <= PATCHART_MAX_VALUE) {
    *sum = total;
    return TRUE;
  }
  patchart_set_error_at (error, PATCHART_ERROR_DATA, patchart_table_name (table), cell->line,
                         cell->column, "the total for this label is too large");
  return FALSE;
}

/* Index of KEY in INDEX, adding it to LABELS when new. */
guint
patchart_cells_intern (GHashTable *index, GPtrArray *labels, GArray *places, char *key,
                       const patchart_cell *cell)
{
  gpointer found;
  patchart_place place = { cell->line, cell->column };

  if (g_hash_table_lookup_extended (index, key, NULL, &found)) {
    g_free (key);
    return GPOINTER_TO_UINT (found);
  }
  g_ptr_array_add (labels, key);
  g_array_append_val (places, place);
  g_hash_table_insert (index, key, GUINT_TO_POINTER (labels->len - 1));
  return labels->len - 1;
}

char **
patchart_cells_take_strv (GPtrArray *array)
{
  g_ptr_array_add (array, NULL);
  return (char **) g_ptr_array_free (array, FALSE);
}
