/* SPDX-License-Identifier: MIT */
/* table.c — a CSV file as rows of UTF-8 cells in one arena.
 *
 * Every file is read in pieces of whole rows (stream.c), converted to
 * UTF-8 on the way when it is in another encoding.  A reader that takes
 * the rows of each piece as they come (patchart_table_stream) drops them
 * from the table: the header row lives in an arena of its own, so that
 * the arena of data rows can be emptied after each piece. */
#include <string.h>

#include "read/csvread.h"
#include "read/stream.h"
#include "util/error.h"
#include "read/table.h"

/* Columns listed at most in a "no column" message. */
#define MAX_LISTED 20

struct patchart_table {
  char *name;
  GStringChunk *head;  /* the header row's texts and names */
  GStringChunk *arena; /* every data cell's text */
  GPtrArray *copies;   /* with PATCHART_DEBUG_ARENA: each text alone */
  guint n_head_copies; /* the first COPIES, the header's */
  GArray *cells;       /* patchart_cell, row by row, the header row first */
  const char **names;  /* trimmed header names in HEAD, or NULL */
  gboolean has_header;
  gboolean shaped; /* the first row has been read: N_COLUMNS is known */
  guint n_columns;
  guint n_records; /* rows held, the header row included */
};

void
patchart_table_options_init (patchart_table_options *options)
{
  g_return_if_fail (options != NULL);
  options->delimiter = ',';
  options->has_header = TRUE;
  options->encoding = NULL;
}

/* Keeps LENGTH bytes of TEXT and a NUL, in the header's arena when IN_HEAD.
 * Built with PATCHART_DEBUG_ARENA, every text is its own allocation, so
 * AddressSanitizer sees a read past its end. */
static const char *
keep (patchart_table *table, gboolean in_head, const char *text, gsize length)
{
#ifdef PATCHART_DEBUG_ARENA
  char *copy = g_malloc (length + 1);

  memcpy (copy, text, length);
  copy[length] = '\0';
  g_ptr_array_add (table->copies, copy);
  if (in_head)
    table->n_head_copies = table->copies->len;
  return copy;
#else
  return g_string_chunk_insert_len (in_head ? table->head : table->arena, text, (gssize) length);
#endif
}

static gboolean
ragged (const patchart_table *table, const patchart_csv_row *row, GError **error)
{
  guint n = row->n_fields;
  guint m = table->n_columns;
  /* Point at the first extra field, or where the first missing one
   * should have been. */
  guint line = n > m ? row->fields[m].line : row->end_line;

  patchart_set_error_at (error, PATCHART_ERROR_DATA, table->name, line, MIN (n, m) + 1,
                         "row has %u field%s but the %s has %u", n, n == 1 ? "" : "s",
                         table->has_header ? "header" : "first row", m);
  return FALSE;
}

/* Where TEXT starts without surrounding ASCII spaces and tabs; sets
 * *LENGTH to the length of what is left. */
static const char *
trim (const char *text, gsize *length)
{
  const char *end = text + strlen (text);

  while (*text == ' ' || *text == '\t')
    text++;
  while (end > text && (end[-1] == ' ' || end[-1] == '\t'))
    end--;
  *length = (gsize) (end - text);
  return text;
}

static void
set_names (patchart_table *table)
{
  guint col;

  table->names = g_new (const char *, table->n_columns);
  for (col = 0; col < table->n_columns; col++) {
    const patchart_cell *cell = &g_array_index (table->cells, patchart_cell, col);
    gsize length;
    const char *start = trim (cell->text, &length);

    table->names[col] = keep (table, TRUE, start, length);
  }
}

/* csvread's row callback. */
static gboolean
add_row (const patchart_csv_row *row, gpointer user_data, GError **error)
{
  patchart_table *table = user_data;
  gboolean is_header = table->has_header && !table->shaped;
  guint i;

  if (!table->shaped)
    table->n_columns = row->n_fields;
  else if (row->n_fields != table->n_columns)
    return ragged (table, row, error);
  table->shaped = TRUE;
  for (i = 0; i < row->n_fields; i++) {
    const patchart_csv_field *f = &row->fields[i];
    patchart_cell cell;

    cell.text = keep (table, is_header, f->text, f->length);
    cell.line = f->line;
    cell.column = f->column;
    g_array_append_val (table->cells, cell);
  }
  table->n_records++;
  if (is_header)
    set_names (table);
  return TRUE;
}

static patchart_table *
table_new (const char *name, gboolean has_header)
{
  patchart_table *table = g_new0 (patchart_table, 1);

  table->name = g_strdup (name != NULL ? name : "<data>");
  table->head = g_string_chunk_new (1024);
  table->arena = g_string_chunk_new (64 * 1024);
  table->copies = g_ptr_array_new_with_free_func (g_free);
  table->cells = g_array_new (FALSE, FALSE, sizeof (patchart_cell));
  table->has_header = has_header;
  return table;
}

gboolean
patchart_encoding_is_utf8 (const char *encoding)
{
  return encoding == NULL || g_ascii_strcasecmp (encoding, "UTF-8") == 0 ||
         g_ascii_strcasecmp (encoding, "UTF8") == 0;
}

/* Reads the pieces into TABLE, calling FUNC after each piece that added
 * data rows. */
static gboolean
read_pieces (patchart_table *table, patchart_pieces *pieces, const patchart_table_options *options,
             patchart_table_func func, gpointer user_data, GError **error)
{
  patchart_piece *piece = NULL;
  gboolean ok;

  if (!patchart_encoding_is_utf8 (options->encoding) &&
      !patchart_pieces_convert (pieces, options->encoding, options->delimiter, error))
    return FALSE;
  while ((ok = patchart_pieces_next (pieces, &piece, error)) && piece != NULL) {
    ok = patchart_piece_parse (piece, table->name, options->delimiter, add_row, table, error);
    patchart_pieces_done (pieces, piece);
    if (ok && func != NULL && patchart_table_n_rows (table) > 0)
      ok = func (table, user_data, error);
    if (!ok)
      break;
  }
  return ok;
}

patchart_table *
patchart_table_stream (const char *name, const char *path, const char *data, gsize length,
                       const patchart_table_options *options, patchart_table_func func,
                       gpointer user_data, GError **error)
{
  patchart_table_options defaults;
  patchart_pieces *pieces = NULL;
  patchart_table *table = NULL, *result = NULL;

  g_return_val_if_fail (path != NULL || data != NULL || length == 0, NULL);
  if (options == NULL) {
    patchart_table_options_init (&defaults);
    options = &defaults;
  }
  table = table_new (name, options->has_header);
  pieces = patchart_pieces_open (table->name, path, data, length, error);
  if (pieces != NULL && read_pieces (table, pieces, options, func, user_data, error))
    result = g_steal_pointer (&table);
  patchart_table_free (table);
  patchart_pieces_close (pieces);
  return result;
}

patchart_table *
patchart_table_read_data (const char *name, const char *data, gsize length,
                          const patchart_table_options *options, GError **error)
{
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  return patchart_table_stream (name, NULL, data, length, options, NULL, NULL, error);
}

patchart_table *
patchart_table_read_file (const char *path, const patchart_table_options *options, GError **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  return patchart_table_stream (strcmp (path, "-") == 0 ? "<stdin>" : path, path, NULL, 0, options,
                                NULL, NULL, error);
}

void
patchart_table_drop_rows (patchart_table *table)
{
  guint head;

  g_return_if_fail (table != NULL);
  head = table->has_header && table->shaped ? 1 : 0;
  g_array_set_size (table->cells, head * table->n_columns);
  table->n_records = head;
  g_string_chunk_clear (table->arena);
  g_ptr_array_set_size (table->copies, table->n_head_copies);
}

void
patchart_table_free (patchart_table *table)
{
  if (table == NULL)
    return;
  g_free (table->name);
  g_string_chunk_free (table->head);
  g_string_chunk_free (table->arena);
  g_ptr_array_unref (table->copies);
  g_array_free (table->cells, TRUE);
  g_free (table->names);
  g_free (table);
}

const char *
patchart_table_name (const patchart_table *table)
{
  g_return_val_if_fail (table != NULL, NULL);
  return table->name;
}

guint
patchart_table_n_rows (const patchart_table *table)
{
  g_return_val_if_fail (table != NULL, 0);
  return table->n_records - (table->has_header ? 1 : 0);
}

guint
patchart_table_n_columns (const patchart_table *table)
{
  g_return_val_if_fail (table != NULL, 0);
  return table->n_columns;
}

const char *
patchart_table_header (const patchart_table *table, guint col)
{
  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (col < table->n_columns, NULL);
  return table->names != NULL ? table->names[col] : NULL;
}

const patchart_cell *
patchart_table_cell (const patchart_table *table, guint row, guint col)
{
  gsize record;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (row < patchart_table_n_rows (table), NULL);
  g_return_val_if_fail (col < table->n_columns, NULL);
  record = (gsize) row + (table->has_header ? 1 : 0);
  return &g_array_index (table->cells, patchart_cell, record * table->n_columns + col);
}

/* TEXT case-folded and composed (NFC), for a case-insensitive match. */
static char *
fold (const char *text)
{
  char *folded = g_utf8_casefold (text, -1);
  char *composed = g_utf8_normalize (folded, -1, G_NORMALIZE_DEFAULT_COMPOSE);

  g_free (folded);
  return composed;
}

static gboolean
find_exact (const patchart_table *table, const char *spec, guint *col)
{
  guint i;

  for (i = 0; i < table->n_columns; i++) {
    if (strcmp (table->names[i], spec) == 0) {
      *col = i;
      return TRUE;
    }
  }
  return FALSE;
}

/* Of names that differ only in case, the first one wins. */
static gboolean
find_folded (const patchart_table *table, const char *spec, guint *col)
{
  char *want = fold (spec);
  gboolean found = FALSE;
  guint i;

  for (i = 0; i < table->n_columns && !found; i++) {
    char *have = fold (table->names[i]);

    found = strcmp (have, want) == 0;
    if (found)
      *col = i;
    g_free (have);
  }
  g_free (want);
  return found;
}

static gboolean
is_number (const char *spec)
{
  return *spec != '\0' && strspn (spec, "0123456789") == strlen (spec);
}

/* Takes SPEC as a 1-based column number. */
static gboolean
find_index (const patchart_table *table, const char *spec, guint *col)
{
  guint64 n = 0;

  if (!is_number (spec) || !g_ascii_string_to_unsigned (spec, 10, 1, table->n_columns, &n, NULL))
    return FALSE;
  *col = (guint) n - 1;
  return TRUE;
}

char *
patchart_table_list_columns (const patchart_table *table)
{
  GString *list = NULL;
  guint n;
  guint i;

  g_return_val_if_fail (table != NULL && table->names != NULL, NULL);
  list = g_string_new (NULL);
  n = MIN (table->n_columns, MAX_LISTED);
  for (i = 0; i < n; i++) {
    char *excerpt = patchart_excerpt (table->names[i]);

    g_string_append_printf (list, "%s\"%s\"", i > 0 ? ", " : "", excerpt);
    g_free (excerpt);
  }
  if (n < table->n_columns)
    g_string_append_printf (list, " and %u more", table->n_columns - n);
  return g_string_free (list, FALSE);
}

static void
no_column (const patchart_table *table, const char *spec, GError **error)
{
  char *list = NULL;

  if (is_number (spec)) {
    patchart_set_error_at (error, PATCHART_ERROR_USAGE, table->name, 0, 0,
                           "no column %s (the file has %u)", spec, table->n_columns);
  } else if (table->names == NULL) {
    patchart_set_error_at (error, PATCHART_ERROR_USAGE, table->name, 0, 0,
                           "no column \"%s\" (the file has no header row; "
                           "give a number from 1 to %u)",
                           spec, table->n_columns);
  } else {
    list = patchart_table_list_columns (table);
    patchart_set_error_at (error, PATCHART_ERROR_USAGE, table->name, 0, 0,
                           "no column \"%s\" (columns: %s)", spec, list);
  }
  g_free (list);
}

gboolean
patchart_table_find_column (const patchart_table *table, const char *spec, guint *col,
                            GError **error)
{
  char *want = NULL;
  const char *start;
  gsize length;
  gboolean found;

  g_return_val_if_fail (table != NULL, FALSE);
  g_return_val_if_fail (spec != NULL, FALSE);
  g_return_val_if_fail (col != NULL, FALSE);

  /* The spec comes from a person: valid UTF-8 from here on. */
  start = trim (spec, &length);
  want = g_utf8_make_valid (start, (gssize) length);
  found =
      (table->names != NULL && (find_exact (table, want, col) || find_folded (table, want, col))) ||
      find_index (table, want, col);
  if (!found)
    no_column (table, want, error);
  g_free (want);
  return found;
}
