/* SPDX-License-Identifier: MIT */
/* table.c — a CSV file as rows of UTF-8 cells in one arena. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "read/csvread.h"
#include "read/stream.h"
#include "util/error.h"
#include "read/table.h"

/* Columns listed at most in a "no column" message. */
#define MAX_LISTED 20

struct patchart_table {
  char *name;
  GStringChunk *arena; /* every cell's text */
  GPtrArray *copies;   /* with PATCHART_DEBUG_ARENA: each text alone */
  GArray *cells;       /* patchart_cell, row by row, the header row first */
  const char **names;  /* trimmed header names in ARENA, or NULL */
  gboolean has_header;
  guint n_columns;
  guint n_records; /* rows read, the header row included */
};

void
patchart_table_options_init (patchart_table_options *options)
{
  g_return_if_fail (options != NULL);
  options->delimiter = ',';
  options->has_header = TRUE;
  options->encoding = NULL;
}

/* Keeps LENGTH bytes of TEXT and a NUL.  Built with PATCHART_DEBUG_ARENA,
 * every text is its own allocation, so AddressSanitizer sees a read past
 * its end. */
static const char *
keep (patchart_table *table, const char *text, gsize length)
{
#ifdef PATCHART_DEBUG_ARENA
  char *copy = g_malloc (length + 1);

  memcpy (copy, text, length);
  copy[length] = '\0';
  g_ptr_array_add (table->copies, copy);
  return copy;
#else
  return g_string_chunk_insert_len (table->arena, text, (gssize) length);
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

/* csvread's row callback. */
static gboolean
add_row (const patchart_csv_row *row, gpointer user_data, GError **error)
{
  patchart_table *table = user_data;
  guint i;

  if (table->n_records == 0)
    table->n_columns = row->n_fields;
  else if (row->n_fields != table->n_columns)
    return ragged (table, row, error);
  for (i = 0; i < row->n_fields; i++) {
    const patchart_csv_field *f = &row->fields[i];
    patchart_cell cell;

    cell.text = keep (table, f->text, f->length);
    cell.line = f->line;
    cell.column = f->column;
    g_array_append_val (table->cells, cell);
  }
  table->n_records++;
  return TRUE;
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

  if (!table->has_header)
    return;
  table->names = g_new (const char *, table->n_columns);
  for (col = 0; col < table->n_columns; col++) {
    const patchart_cell *cell = &g_array_index (table->cells, patchart_cell, col);
    gsize length;
    const char *start = trim (cell->text, &length);

    table->names[col] = keep (table, start, length);
  }
}

static patchart_table *
table_new (const char *name, gboolean has_header)
{
  patchart_table *table = g_new0 (patchart_table, 1);

  table->name = g_strdup (name != NULL ? name : "<data>");
  table->arena = g_string_chunk_new (64 * 1024);
  table->copies = g_ptr_array_new_with_free_func (g_free);
  table->cells = g_array_new (FALSE, FALSE, sizeof (patchart_cell));
  table->has_header = has_header;
  return table;
}

/* The conversion failed at byte N_READ of DATA: say where, as a position
 * in the text converted so far. */
static void
conversion_failed (const char *name, const char *data, gsize n_read,
                   const patchart_table_options *options, GError **error)
{
  char *before = g_convert (data, (gssize) n_read, "UTF-8", options->encoding, NULL, NULL, NULL);
  guint line = 1, column = 1;

  if (before != NULL)
    patchart_csv_locate (before, strlen (before), options->delimiter, &line, &column);
  patchart_set_error_at (error, PATCHART_ERROR_DATA, name, line, column,
                         "not %s text (byte 0x%02X): check --encoding", options->encoding,
                         (guint) (guchar) data[n_read]);
  g_free (before);
}

/* DATA as UTF-8 from OPTIONS' encoding; sets *LENGTH.  NULL on error. */
char *
patchart_table_convert (const char *name, const char *data, gsize *length,
                        const patchart_table_options *options, GError **error)
{
  GError *local = NULL;
  gsize n_read = 0;
  /* iconv takes "" for the locale's charset: never wanted here */
  GIConv cd = *options->encoding ? g_iconv_open ("UTF-8", options->encoding) : (GIConv) -1;
  char *text;

  if (cd == (GIConv) -1) {
    patchart_set_error_at (error, PATCHART_ERROR_USAGE, NULL, 0, 0,
                           "encoding %s: unknown (try GB18030, CP932, SHIFT_JIS, UTF-16, "
                           "or a name 'iconv --list' gives)",
                           options->encoding);
    return NULL;
  }
  g_iconv_close (cd);
  text = g_convert (data, (gssize) *length, "UTF-8", options->encoding, &n_read, length, &local);
  if (text != NULL)
    return text;
  if (n_read < *length)
    conversion_failed (name, data, n_read, options, error);
  else
    patchart_set_error_at (error, PATCHART_ERROR_DATA, name, 0, 0, "cannot convert from %s: %s",
                           options->encoding, local->message);
  g_error_free (local);
  return NULL;
}

gboolean
patchart_encoding_is_utf8 (const char *encoding)
{
  return encoding == NULL || g_ascii_strcasecmp (encoding, "UTF-8") == 0 ||
         g_ascii_strcasecmp (encoding, "UTF8") == 0;
}

patchart_table *
patchart_table_read_data (const char *name, const char *data, gsize length,
                          const patchart_table_options *options, GError **error)
{
  patchart_table_options defaults;
  patchart_table *table = NULL;
  patchart_table *result = NULL;
  char *converted = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  if (options == NULL) {
    patchart_table_options_init (&defaults);
    options = &defaults;
  }
  table = table_new (name, options->has_header);
  if (!patchart_encoding_is_utf8 (options->encoding)) {
    converted = patchart_table_convert (table->name, data, &length, options, error);
    if (converted == NULL)
      goto out;
    data = converted;
  }
  if (!patchart_csv_parse (table->name, data, length, options->delimiter, add_row, table, error))
    goto out;
  set_names (table);
  result = g_steal_pointer (&table);
out:
  patchart_table_free (table);
  g_free (converted);
  return result;
}

/* Reads all of FP into BYTES; sets errno and returns FALSE on failure. */
static gboolean
read_all (FILE *fp, GString *bytes)
{
  char buf[64 * 1024];
  size_t n;

  while ((n = fread (buf, 1, sizeof buf, fp)) > 0)
    g_string_append_len (bytes, buf, (gssize) n);
  return !ferror (fp);
}

/* The whole content of PATH ("-": standard input), or NULL. */
GString *
patchart_table_slurp (const char *path, const char *name, GError **error)
{
  gboolean is_stdin = strcmp (path, "-") == 0;
  FILE *fp = is_stdin ? stdin : fopen (path, "rb");
  GString *bytes = NULL;
  GString *result = NULL;

  if (fp == NULL) {
    patchart_set_error_at (error, PATCHART_ERROR_INPUT, name, 0, 0, "cannot open: %s",
                           g_strerror (errno));
    return NULL;
  }
  bytes = g_string_new (NULL);
  errno = 0;
  if (!read_all (fp, bytes)) {
    patchart_set_error_at (error, PATCHART_ERROR_INPUT, name, 0, 0, "cannot read: %s",
                           g_strerror (errno));
    goto out;
  }
  result = g_steal_pointer (&bytes);
out:
  if (!is_stdin)
    fclose (fp);
  if (bytes != NULL)
    g_string_free (bytes, TRUE);
  return result;
}

/* A UTF-8 file read in pieces of whole rows (stream.c), as counting reads
 * one: memory holds the cells kept and one piece, never the whole file,
 * and binary data is refused in the first piece, before the rest is read. */
static patchart_table *
read_pieces (const char *path, const char *name, const patchart_table_options *options,
             GError **error)
{
  patchart_pieces *pieces = patchart_pieces_open (name, path, NULL, 0, error);
  patchart_table *table = NULL, *result = NULL;
  patchart_piece *piece = NULL;
  gboolean ok;

  if (pieces == NULL)
    return NULL;
  table = table_new (name, options->has_header);
  while ((ok = patchart_pieces_next (pieces, &piece, error)) && piece != NULL) {
    ok = patchart_piece_parse (piece, table->name, options->delimiter, add_row, table, error);
    patchart_piece_free (piece);
    if (!ok)
      break;
  }
  if (ok) {
    set_names (table);
    result = g_steal_pointer (&table);
  }
  patchart_table_free (table);
  patchart_pieces_close (pieces);
  return result;
}

/* A file in another encoding is converted whole (patchart_table_convert),
 * then parsed. */
patchart_table *
patchart_table_read_file (const char *path, const patchart_table_options *options, GError **error)
{
  patchart_table_options defaults;
  const char *name;
  GString *bytes = NULL;
  patchart_table *table = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  if (options == NULL) {
    patchart_table_options_init (&defaults);
    options = &defaults;
  }
  name = strcmp (path, "-") == 0 ? "<stdin>" : path;
  if (patchart_encoding_is_utf8 (options->encoding))
    return read_pieces (path, name, options, error);
  bytes = patchart_table_slurp (path, name, error);
  if (bytes == NULL)
    return NULL;
  table = patchart_table_read_data (name, bytes->str, bytes->len, options, error);
  g_string_free (bytes, TRUE);
  return table;
}

void
patchart_table_free (patchart_table *table)
{
  if (table == NULL)
    return;
  g_free (table->name);
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
